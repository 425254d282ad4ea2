'use client';
/**
 * "Where to file": postcode or commune name → préfecture / sous-préfecture towns.
 * The commune data is fetched from /communes/*.json (same origin) only when the person
 * searches; nothing of it is in the page's JavaScript.
 */
import { useEffect, useId, useState } from 'react';
import {
  COMMUNES_SOURCE, OFFICIAL_DIRECTORY_URL, POSTCODE_PATTERN, lookupPostcode, normalisePostcode, officeNameFr, placeForMatch, searchCommuneName,
  type FilingPlace, type NameMatch, type NamesFile, type PrefixFile,
} from '../../filing/communes';
import type { T } from './strings';
import { asciiDigits } from '../../locales/languages';

async function fetchJson<X>(path: string): Promise<X | null> {
  try {
    const res = await fetch(`/${path}`, { credentials: 'same-origin' });
    if (!res.ok) return null;
    return (await res.json()) as X;
  } catch {
    return null;
  }
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; key: string }
  | { kind: 'places'; places: FilingPlace[] }
  | { kind: 'names'; matches: NameMatch[] };

export function FilingPlaceFinder({ t, initialPostcode, onPlace }: { t: T; initialPostcode?: string; onPlace?: (p: FilingPlace | null) => void }) {
  const id = useId();
  const [query, setQuery] = useState(initialPostcode ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [chosen, setChosen] = useState<FilingPlace | null>(null);

  const choose = (p: FilingPlace | null) => {
    setChosen(p);
    onPlace?.(p);
  };

  async function run(q: string) {
    const text = q.trim();
    if (!text) return;
    setState({ kind: 'loading' });
    const pc = normalisePostcode(asciiDigits(text)); // a postcode typed in Persian or Bengali digits
    if (/^\d+$/.test(pc)) {
      const r = await lookupPostcode(pc, fetchJson<PrefixFile>);
      if (!r.ok) {
        choose(null);
        return setState({ kind: 'error', key: r.error });
      }
      setState({ kind: 'places', places: r.places });
      choose(r.places.length === 1 ? r.places[0]! : null);
      return;
    }
    const m = await searchCommuneName(text, fetchJson<NamesFile>);
    if (m === 'too-short' || m === 'no-file') return setState({ kind: 'error', key: m });
    if (m.length === 0) return setState({ kind: 'error', key: 'no-name' });
    setState({ kind: 'names', matches: m });
  }

  // Answers already hold a postcode: look it up once, on this page only.
  useEffect(() => {
    if (!initialPostcode || !POSTCODE_PATTERN.test(initialPostcode)) return;
    /* eslint-disable react-hooks/set-state-in-effect -- the saved answers are known only after hydration */
    setQuery(initialPostcode);
    void run(initialPostcode);
    /* eslint-enable react-hooks/set-state-in-effect */
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialPostcode]);

  async function pickName(m: NameMatch) {
    setState({ kind: 'loading' });
    const p = await placeForMatch(m, fetchJson<PrefixFile>);
    if (!p) return setState({ kind: 'error', key: 'no-file' });
    setState({ kind: 'places', places: [p] });
    choose(p);
  }

  return (
    <div className="ck-finder">
      <form
        className="ck-no-print ck-finder-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(query);
        }}
      >
        <label htmlFor={`${id}-q`}>{t('checklist.where.label')}</label>
        <p className="hint" id={`${id}-hint`}>{t('checklist.where.hint')}</p>
        <div className="ck-finder-row">
          <input
            id={`${id}-q`}
            aria-describedby={`${id}-hint`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            name="xq"
            autoComplete="off"
            inputMode="text"
            dir="ltr"
          />
          <button type="submit" className="button button-secondary">{t('checklist.where.search')}</button>
        </div>
      </form>
      <div aria-live="polite">
        {state.kind === 'loading' && <p>{t('checklist.where.loading')}</p>}
        {state.kind === 'error' && <p className="ck-error" role="alert">{t(`checklist.where.errors.${state.key}`)}</p>}
        {state.kind === 'names' && (
          <ul className="ck-matches ck-no-print">
            {state.matches.map((m) => (
              <li key={`${m.code}-${m.nom}`}>
                <button type="button" className="linkish" onClick={() => void pickName(m)}>
                  <span lang="fr">{m.nom}</span> <bdi>({m.postcode})</bdi>
                  {m.parent ? <> — <span lang="fr">{m.parent}</span></> : null}
                </button>
              </li>
            ))}
          </ul>
        )}
        {state.kind === 'places' && state.places.length > 1 && !chosen && (
          <fieldset className="ck-no-print">
            <legend>{t('checklist.where.which')}</legend>
            {state.places.map((p) => (
              <button key={p.commune.code} type="button" className="linkish ck-choice" onClick={() => choose(p)}>
                <span lang="fr">{p.commune.nom}</span> <bdi>({p.departement.code})</bdi>
              </button>
            ))}
          </fieldset>
        )}
        {chosen && <PlaceAnswer t={t} place={chosen} />}
      </div>
      <p className="ck-source">
        {t('checklist.where.source')} <span lang="fr">{COMMUNES_SOURCE.name}</span>, {COMMUNES_SOURCE.licence}.
      </p>
    </div>
  );
}

function PlaceAnswer({ t, place }: { t: T; place: FilingPlace }) {
  const dep = `${place.departement.nom} (${place.departement.code})`;
  return (
    <div className="ck-place">
      <p>
        <span lang="fr">{place.commune.nom}</span> <bdi>{place.postcode}</bdi> — {t('checklist.where.departement')} <span lang="fr">{dep}</span>
      </p>
      {place.authority === 'paris-police-prefecture' && <p><strong lang="fr">{officeNameFr(place)}</strong>. {t('checklist.where.paris')}</p>}
      {place.authority === 'prefecture' && (
        <>
          <p>
            {t('checklist.where.prefecture')} <strong lang="fr">{officeNameFr(place)}</strong> — <span lang="fr">{place.prefecture.nom}</span>
          </p>
          {['92', '93', '94'].includes(place.departement.code) && <p>{t('checklist.where.petiteCouronne')}</p>}
          {place.sousPrefecture && (
            <p>
              {t('checklist.where.sousPrefecture')} <strong lang="fr">{place.sousPrefecture.nom}</strong>. {t('checklist.where.sousPrefectureWarning')}
            </p>
          )}
        </>
      )}
      {place.authority === 'overseas-collectivity' && <p>{t('checklist.where.com')}</p>}
      <p>
        {t('checklist.where.directory')}{' '}
        <a href={OFFICIAL_DIRECTORY_URL} rel="noopener noreferrer" target="_blank">
          lannuaire.service-public.gouv.fr
        </a>{' '}
        ({t('checklist.official')})
      </p>
    </div>
  );
}
