'use client';
/**
 * Results that lead (issue 14), in the order rules/results.ts decides (resultsView): red flags and deadlines;
 * when most answers are "I don't know", the three questions that settle the most, with where to find each
 * answer; titles of right met; titles of right with one or two answers to confirm; case-by-case routes,
 * strongest first; the rest, collapsed, with its reason. Each title names where to file, the same way
 * everywhere (online on ANEF, or in person at the préfecture found from the postcode). No eligibility is
 * decided here.
 */
import Link from 'next/link';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation, type TFunction } from '@/components/I18nProvider';
import { evaluate, nextScreen, screensLeft, type CardResult } from '../../rules';
import { channelKind, resultsView, statusGroup, type Banner, type ResultsView } from '../../rules/results';
import { lookupPostcode, officeNameFr, type PrefixFile } from '../../filing/communes';
import { AlertList } from '../../components/AlertList';
import { bidiName } from '../../components/Bidi';
import { HeldTitleNotice } from '../../components/HeldTitleNotice';
import { FocusHeading } from '../../components/FocusHeading';
import { HelpContacts } from '../../components/HelpContacts';
import { GeneralReferrals, ReferralList } from '../../components/ReferralList';
import { ResultCard } from '../../components/ResultCard';
import { StorageNotice } from '../../components/StorageNotice';
import { StatusIcon } from '../../components/StatusIcon';
import { useAnswers } from '../../wizard/answers';
import { formatDate, formatNumber, todayIso } from '../../wizard/dates';

async function fetchJson<X>(path: string): Promise<X | null> {
  try {
    const res = await fetch(`/${path}`, { credentials: 'same-origin' });
    return res.ok ? ((await res.json()) as X) : null;
  } catch {
    return null;
  }
}

/**
 * The préfecture of the postcode, by its official name ("Préfecture du Rhône"), from the commune files (same origin,
 * precached). `pending` while the file loads: the results wait for it rather than change under the reader's eyes.
 */
function useOffice(postcode: unknown): { pending: boolean; name?: string } {
  const [office, setOffice] = useState<{ postcode: string; name?: string }>();
  const valid = typeof postcode === 'string' && /^\d{5}$/.test(postcode) ? postcode : undefined;
  useEffect(() => {
    if (!valid) return;
    let alive = true;
    void lookupPostcode(valid, fetchJson<PrefixFile>).then((r) => {
      if (!alive) return;
      const names = r.ok ? [...new Set(r.places.filter((p) => p.authority !== 'overseas-collectivity').map(officeNameFr))] : [];
      setOffice({ postcode: valid, name: names.join(' / ') || undefined });
    });
    return () => {
      alive = false;
    };
  }, [valid]);
  if (!valid) return { pending: false };
  return office?.postcode === valid ? { pending: false, name: office.name } : { pending: true };
}

/** Where to file, said one way for every title: online (ANEF), in person at the named préfecture, or OFII first. */
export function channelText(t: TFunction, r: CardResult, office: string | undefined): string {
  const isolate = (s: string) => `\u2068${s}\u2069`;
  // ANEF files still go to the préfecture of the place of residence: name it too.
  if (r.channel === 'ANEF') return office ? t('lead.channel.online-office', { office: isolate(office) }) : t('lead.channel.online');
  const place = r.channel === 'Paris police prefecture' ? 'Préfecture de police de Paris' : office;
  const medical = channelKind(r) === 'medical';
  if (!place) return t(medical ? 'lead.channel.medical-unknown' : 'lead.channel.in-person-unknown');
  return t(medical ? 'lead.channel.medical' : 'lead.channel.in-person', { office: isolate(place) });
}

export function ResultsPage({ lang, frNames }: { lang: string; frNames: Record<string, string> }) {
  const { t } = useTranslation();
  const { ready, answers } = useAnswers();
  const asOf = todayIso();
  const { ev, view, next, left } = useMemo(() => {
    if (!ready) return { ev: undefined, view: undefined, next: undefined, left: 0 };
    const e = evaluate(answers, { asOf });
    return { ev: e, view: resultsView(e, answers), next: nextScreen(answers, { asOf }), left: screensLeft(answers, { asOf }) };
  }, [ready, answers, asOf]);
  const empty = ready && Object.keys(answers).length === 0;
  const { pending, name: office } = useOffice(answers.postcode);

  // No background request depends on the results (issue 15): the worker keeps every checklist and letter
  // of the language, whatever the answers (app/sw.ts).

  const nameOf = (r: CardResult) => t(`cards.${r.id}.name`) || r.legalBasis.join(', ');
  const card = (r: CardResult) => <ResultCard key={r.id} result={r} lang={lang} frName={frNames[r.id]} variant="full" filingPlace={channelText(t, r, office)} />;
  const where = (r: CardResult) => (
    <p className="title-where" data-where={r.id}>
      <span className="label">{t('lead.channel.label')}</span> {channelText(t, r, office)}
    </p>
  );
  /** A title as one line that opens on its full card (case-by-case routes; every title when most answers are unknown). */
  const row = (r: CardResult, status: ReactNode, extra?: ReactNode) => (
    <details className="title-row" key={r.id} data-row={r.id}>
      <summary>
        <span className="title-row-name">{bidiName(nameOf(r), lang)}</span>
        <span className="title-row-status">{status}</span>
      </summary>
      {extra}
      {card(r)}
    </details>
  );
  const compact = view?.mostlyUnknown ?? false;

  return (
    <div className="results-page">
      <StorageNotice />
      <FocusHeading>{t('ui.results.title')}</FocusHeading>
      {(!ready || (pending && !empty)) && <p className="loading">{t('ui.common.loading')}</p>}
      {empty && (
        <>
          <p>{t('ui.check.empty')}</p>
          <Link className="button button-primary" href={`/${lang}/`}>
            {t('ui.check.start')}
          </Link>
        </>
      )}
      {ev && view && !empty && !pending && (
        <>
          <p className="lead">{t('ui.results.lead', { date: formatDate(asOf, lang) })}</p>
          <AlertList alerts={ev.alerts} lang={lang} />
          {/* The title held now and its renewal window (rules/renewals.ts), with the other deadlines. */}
          {ev.heldTitle && <HeldTitleNotice held={ev.heldTitle} lang={lang} />}
          <Banners banners={view.banners} lang={lang} t={t} nameOf={(id) => nameOf(ev.results.find((r) => r.id === id)!)} />
          {view.settleFirst.length > 0 && <SettleFirst view={view} lang={lang} t={t} />}
          {/* Situations Sésame cannot assess, pointed to by the answers: right after the red flags. */}
          <ReferralList referrals={ev.referrals} />
          {next && (
            <div className="notice">
              <p>{t('ui.results.unanswered', { count: left })}</p>
              <Link className="button button-secondary" href={`/${lang}/q/${next.id}/`} prefetch={false}>
                {t('ui.check.continueQuestions')}
              </Link>
            </div>
          )}
          {view.met.length + view.confirm.length + view.caseByCase.length === 0 && (
            <section className="nothing" aria-labelledby="nothing-title">
              <h2 id="nothing-title">{t('ui.results.nothingTitle')}</h2>
              <p>{compact ? t('lead.nothingYet') : t('ui.results.nothingBody')}</p>
            </section>
          )}
          {view.met.length > 0 && (
            <section className="result-group" aria-labelledby="g-eligible">
              <h2 id="g-eligible">{t('lead.groups.met')}</h2>
              <p className="group-lead">{t('lead.groups.metLead')}</p>
              {view.met.map((r) => (compact ? row(r, t(`ui.status.${statusGroup(r)}`)) : <div key={r.id}>{where(r)}{card(r)}</div>))}
            </section>
          )}
          {view.confirm.length > 0 && (
            <section className="result-group" aria-labelledby="g-if-confirmed">
              <h2 id="g-if-confirmed">{t('lead.groups.confirm')}</h2>
              <p className="group-lead">{t('lead.groups.confirmLead')}</p>
              {view.confirm.map(({ result: r, questions }) => {
                const toConfirm = (
                  <div className="to-confirm">
                    <p className="label">{questions.length > 0 ? t('lead.groups.confirmQuestions') : t('lead.groups.confirmAssessed')}</p>
                    {questions.length > 0 && (
                      <ul>
                        {questions.map((f) => (
                          <li key={f}>
                            <Link href={`/${lang}/q/${f}/?from=results`} prefetch={false}>{t(`facts.${f}.question`) || t(`facts.${f}.summary`)}</Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
                return compact ? row(r, t(`ui.status.${statusGroup(r)}`), toConfirm) : <div key={r.id}>{where(r)}{toConfirm}{card(r)}</div>;
              })}
            </section>
          )}
          {view.caseByCase.length > 0 && (
            <section className="result-group" aria-labelledby="g-discretionary">
              <h2 id="g-discretionary">{t('lead.groups.caseByCase')}</h2>
              <p className="group-lead">{t('lead.groups.caseByCaseLead')}</p>
              {view.caseByCase.map(({ result: r, strength }) =>
                row(
                  r,
                  <span className={`strength strength-${strength}`} data-strength={strength}>
                    {t(`ui.results.caseByCase.strength.${strength}`)}
                  </span>,
                  where(r),
                ),
              )}
            </section>
          )}
          <HelpContacts />
          {view.collapsed.length > 0 && (
            <details className="ruled-out">
              <summary>{t('lead.groups.rest', { count: view.collapsed.length })}</summary>
              <p className="group-lead">{t('lead.groups.restLead')}</p>
              <ul className="rest-list">
                {view.collapsed.map((c) => (
                  <li key={c.result.id} data-card={c.result.id} data-reason={c.reason}>
                    <strong>{bidiName(nameOf(c.result), lang)}</strong>{' '}
                    <span className="small">
                      {t(`lead.reason.${c.reason}`, { n: c.missingCount ?? 0 })}
                      {c.reason === 'condition-unmet' && c.conditionId && <> {t(`conditions.${c.conditionId}`)}</>}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <GeneralReferrals referrals={ev.referrals} />
          <p className="small">{t('ui.results.disclaimer')}</p>
          <p className="button-row">
            <Link className="button button-secondary" href={`/${lang}/check/`}>
              {t('ui.results.changeAnswers')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

/** A route closing soon, the person's card ending: before any title (issue 14). */
function Banners({ banners, lang, t, nameOf }: { banners: readonly Banner[]; lang: string; t: TFunction; nameOf: (id: string) => string }) {
  // The held title has its own notice above (HeldTitleNotice); the removal order its alert.
  const own = banners.filter((b) => b.kind === 'route-closing');
  if (own.length === 0) return null;
  return (
    <section className="alerts banners" aria-labelledby="banners-title">
      <h2 id="banners-title">{t('lead.bannersTitle')}</h2>
      {own.map((b) =>
        b.kind === 'route-closing' ? (
          <div key={`${b.kind}-${b.cardId}`} className="alert alert-deadline" data-banner="route-closing" data-card={b.cardId}>
            <h3>
              <StatusIcon value="warning" /> {t('lead.routeClosing.title')}
            </h3>
            <p className="banner-name">{bidiName(nameOf(b.cardId), lang)}</p>
            <p>
              <strong>{t('lead.routeClosing.body', { date: formatDate(b.date, lang), days: formatNumber(b.daysLeft, lang) })}</strong>
            </p>
            <p className="ref">
              <bdi dir="ltr">{b.ref}</bdi>
            </p>
          </div>
        ) : null,
      )}
    </section>
  );
}

/** Most answers "I don't know": the three answers that would settle the most titles, and where to find them. */
function SettleFirst({ view, lang, t }: { view: ResultsView; lang: string; t: TFunction }) {
  return (
    <section className="settle-first" aria-labelledby="settle-title">
      <h2 id="settle-title">{t('lead.settleTitle')}</h2>
      <p>{t('lead.settleLead')}</p>
      <ol>
        {view.settleFirst.map((q) => (
          <li key={q.fact} data-settle={q.fact}>
            <p>
              <strong>{t(`facts.${q.fact}.question`) || t(`facts.${q.fact}.summary`)}</strong>
            </p>
            <p className="small">{t(`lead.findIn.${q.source}`)}</p>
            <p>
              <Link href={`/${lang}/q/${q.fact}/?from=results`} prefetch={false}>
                {t('lead.settleAnswer')}
                <span className="visually-hidden"> : {t(`facts.${q.fact}.summary`)}</span>
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
