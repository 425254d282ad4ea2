'use client';
/**
 * Hand-off without a server and without plaintext: a QR code of a link to the public site with the
 * answers ENCRYPTED in the fragment (never a query string), and a 20-digit code shown here, that the
 * volunteer reads out and the person types (the key never travels in the link); plus the answers as a
 * small JSON file (export / import, plaintext: the page says where it goes and to delete it).
 * Encryption and validation live in wizard/handoff.ts.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import type { Situation } from '../../rules';
import { exportFile, exportFileName, formatCode, handoffUrl, importFile, newCode, sealHandoff, siteMismatch, type HandoffResult } from '../../wizard/handoff';
import { saveAnswers } from '../../wizard/answers';
import { LANGS, LANGUAGES } from '../../locales/languages';

/** The site's public address, fixed at build time (README: NEXT_PUBLIC_SITE_URL). */
export const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL || 'http://127.0.0.1:4173';


export function HandoffPanel({ lang, answers }: { lang: string; answers: Situation }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(lang);
  const [qr, setQr] = useState<{ src: string; url: string; code: string } | null>(null);
  const [qrError, setQrError] = useState<null | 'qrTooBig' | 'noCrypto'>(null);
  const [busy, setBusy] = useState(false);
  const [here, setHere] = useState<string | null>(null);
  // The address in use is known only in the browser.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setHere(window.location.origin), []);

  const makeQr = async () => {
    setBusy(true);
    setQr(null);
    const code = newCode();
    let url: string;
    try {
      url = handoffUrl(SITE_URL, target, await sealHandoff(answers, code));
    } catch {
      // No Web Crypto (a plain-http address other than localhost): the file still works.
      setBusy(false);
      return setQrError('noCrypto');
    }
    try {
      const QR = (await import('qrcode')).default;
      const src = await QR.toDataURL(url, { errorCorrectionLevel: 'L', margin: 4, scale: 6 });
      setQrError(null);
      setQr({ src, url, code });
    } catch {
      // Too much data for one QR code: the file still works.
      setQrError('qrTooBig');
    }
    setBusy(false);
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
          autoComplete="off"
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
        <button type="button" className="button button-primary" onClick={() => void makeQr()} disabled={busy}>
          {t('volunteer.handoff.showQr')}
        </button>
      </div>
      {here && siteMismatch(SITE_URL, here) && (
        <p className="notice notice-warning" data-site-mismatch>
          {t('volunteer.handoff.siteMismatch', { site: new URL(SITE_URL).origin, here })}
        </p>
      )}
      <div aria-live="polite">
        {busy && <p>{t('volunteer.handoff.preparing')}</p>}
        {qrError && (
          <p className="notice notice-warning" role="alert">
            {t(`volunteer.handoff.${qrError}`)}
          </p>
        )}
      </div>
      {qr && (
        <figure className="v-qr">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the device */}
          <img src={qr.src} alt={t('volunteer.handoff.qrAlt')} data-url-length={qr.url.length} />
          <figcaption className="small">{t('volunteer.handoff.qrCaption')}</figcaption>
          <div className="v-code">
            <p className="v-code-title">{t('volunteer.handoff.codeTitle')}</p>
            <p className="v-code-digits" dir="ltr" lang="en" data-handoff-code={qr.code}>
              {formatCode(qr.code)}
            </p>
            <p className="small">{t('volunteer.handoff.codeHelp')}</p>
          </div>
        </figure>
      )}
      <h3>{t('volunteer.handoff.fileTitle')}</h3>
      <p className="small">{t('volunteer.handoff.fileLead')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={download}>
          {t('volunteer.handoff.export')}
        </button>
      </div>
      <p className="small" data-export-where>{t('volunteer.handoff.exportWhere')}</p>
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
