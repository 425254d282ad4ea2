'use client';
import { useRef } from 'react';
import { eraseEverything } from '../wizard/erase';

interface Labels {
  button: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}

/** "Erase my answers", in every header, with a confirmation dialog. Reloads the start page so nothing stays in memory. */
export function EraseButton({ lang, labels }: { lang: string; labels: Labels }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const erase = async () => {
    await eraseEverything(document, window.localStorage, window.sessionStorage);
    // A full reload on purpose: nothing of the answers may stay in the page's memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`/${lang}/`);
  };
  return (
    <>
      <button type="button" className="button button-erase" onClick={() => dialog.current?.showModal()}>
        {labels.button}
      </button>
      <dialog ref={dialog} className="erase-dialog" aria-labelledby="erase-title" aria-describedby="erase-body">
        <h2 id="erase-title">{labels.title}</h2>
        <p id="erase-body">{labels.body}</p>
        <div className="button-row">
          <button type="button" className="button button-danger" onClick={() => void erase()}>
            {labels.confirm}
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            {labels.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
