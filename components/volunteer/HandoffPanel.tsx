'use client';
/**
 * Hand-off without a server: a QR code of a link to the public site with the answers in the
 * fragment (never a query string), and the answers as a small JSON file (export / import).
 * Encoding and validation live in app/_wizard/handoff.ts.
 */
import { useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import type { Situation } from '../../rules';
import { exportFile, exportFileName, handoffUrl, importFile, type HandoffResult } from '../../app/_wizard/handoff';
import { saveAnswers } from '../../app/_wizard/answers';
import { LANGS, LANGUAGES } from '../../locales/languages';

/** The site's public address, fixed at build time (README: NEXT_PUBLIC_SITE_URL). */
export const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL || 'http://127.0.0.1:4173';


export function HandoffPanel({ lang, answers }: { lang: string; answers: Situation }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(lang);
  const [qr, setQr] = useState<{ src: string; url: string } | null>(null);
  const [qrError, setQrError] = useState(false);

  const makeQr = async () => {
    const url = handoffUrl(SITE_URL, target, answers);
    try {
      const QR = (await import('qrcode')).default;
      const src = await QR.toDataURL(url, { errorCorrectionLevel: 'L', margin: 4, scale: 6 });
      setQrError(false);
      setQr({ src, url });
    } catch {
      // Too much data for one QR code: the file still works.
      setQr(null);
      setQrError(true);
    }
  };

  const download = () => {
    const now = new Date();
    const url = URL.createObjectURL(new Blob([exportFile(answers, now)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(now);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="v-handoff" aria-labelledby="v-handoff-title">
      <h2 id="v-handoff-title">{t('volunteer.handoff.title')}</h2>
      <p>{t('volunteer.handoff.lead')}</p>
      <div className="v-handoff-row">
        <label htmlFor="v-handoff-lang">{t('volunteer.handoff.language')}</label>
        <select
          id="v-handoff-lang"
          className="input"
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            setQr(null);
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={LANGUAGES[l].htmlLang}>
              {LANGUAGES[l].name}
            </option>
          ))}
        </select>
        <button type="button" className="button button-primary" onClick={() => void makeQr()}>
          {t('volunteer.handoff.showQr')}
        </button>
      </div>
      {qrError && (
        <p className="notice notice-warning" role="alert">
          {t('volunteer.handoff.qrTooBig')}
        </p>
      )}
      {qr && (
        <figure className="v-qr">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the device */}
          <img src={qr.src} alt={t('volunteer.handoff.qrAlt')} data-url-length={qr.url.length} />
          <figcaption className="small">{t('volunteer.handoff.qrCaption')}</figcaption>
        </figure>
      )}
      <h3>{t('volunteer.handoff.fileTitle')}</h3>
      <p className="small">{t('volunteer.handoff.fileLead')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={download}>
          {t('volunteer.handoff.export')}
        </button>
      </div>
      <ImportAnswers />
    </section>
  );
}

/** Import a JSON file: validated and migrated like a fragment; a bad file changes nothing. */
export function ImportAnswers() {
  const { t } = useTranslation();
  const [result, setResult] = useState<HandoffResult | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = file.size > 64 * 1024 ? '' : await file.text();
    const r = text ? importFile(text) : ({ ok: false, problem: 'too-large' } as const);
    if (r.ok) saveAnswers(r.answers);
    setResult(r);
  };
  return (
    <div className="v-import">
      <label htmlFor="v-import-file" className="label">
        {t('volunteer.handoff.import')}
      </label>
      <input
        id="v-import-file"
        type="file"
        accept="application/json,.json"
        className="v-file"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <div aria-live="polite">
        {result?.ok && (
          <p className="notice" data-import="ok">
            {t('volunteer.handoff.imported', { count: Object.keys(result.answers).length })}
            {result.migratedFrom !== undefined && ` ${t('volunteer.handoff.migrated', { version: result.migratedFrom })}`}
          </p>
        )}
        {result && !result.ok && (
          <p className="notice notice-warning" role="alert" data-import="error">
            <strong>{t('volunteer.handoff.invalidTitle')}</strong> {t(`volunteer.handoff.problems.${result.problem}`)} {t('volunteer.handoff.nothingChanged')}
          </p>
        )}
      </div>
    </div>
  );
}
