'use client';
/**
 * The printable checklist for one title and one person. All legal decisions come from the
 * rules module (evaluate) and filing/guide.ts; this component only lays them out.
 * Bilingual when the page is not French: French (what the préfecture reads) + the person's language.
 */
import Link from 'next/link';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { evaluate, type CardResult } from '../../rules';
import { useAnswers } from '../../wizard/answers';
import { parseTicks } from '../../wizard/storage';
import { formatDate, formatEuros, todayIso } from '../../wizard/dates';
import { dirOf, htmlLangOf } from '../../locales/languages';
import {
  channelGuide, COMMISSION_REF, commissionCase, groupDocuments, helpNow, IMPLICIT_REFUSAL, implicitRefusalDelay, letterFor, oqtfDetention,
} from '../../filing/guide';
import { DETENTION_SHORTEST_FIRST } from '../../rules/remedies';
import { duration } from '../../locales/duration';
import { remedyValues } from '../remedyValues';
import type { Messages } from '../../locales/types';
import { FilingPlaceFinder } from './FilingPlaceFinder';
import type { FilingPlace } from '../../filing/communes';
import { bidiName, isolateLatin } from '../Bidi';
import { cardName, docName, docProof, makeList, makeT, type T } from './strings';
import { useSharedStrings } from './useSharedStrings';

const TICKS_KEY = (cardId: string) => `sesame.checklist.${cardId}`;

function useTicks(cardId: string) {
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  useEffect(() => {
    try {
      // Tampered ticks are dropped, never a crash (storage.ts parseTicks).
      // eslint-disable-next-line react-hooks/set-state-in-effect -- read once from the device after hydration
      setTicks(parseTicks(window.localStorage.getItem(TICKS_KEY(cardId))));
    } catch {
      /* private mode: ticks live for this visit only */
    }
  }, [cardId]);
  const toggle = (id: string, on: boolean) => {
    setTicks((prev) => {
      const next = { ...prev, [id]: on };
      try {
        window.localStorage.setItem(TICKS_KEY(cardId), JSON.stringify(next));
      } catch {
        /* ignore */
      }
      return next;
    });
  };
  return [ticks, toggle] as const;
}

/** A line in two languages: the person's language, then French (print: side by side). */
function Bi({ lang, mine, fr, as = 'span', className }: { lang: string; mine: ReactNode; fr: ReactNode; as?: 'span' | 'div' | 'h2' | 'p'; className?: string }) {
  const Tag = as;
  if (lang === 'fr') return <Tag className={className}>{fr}</Tag>;
  return (
    <Tag className={`ck-bi ${className ?? ''}`}>
      <span className="ck-col ck-col-fr" lang="fr" dir="ltr">{fr}</span>
      <span className="ck-col ck-col-mine" lang={htmlLangOf(lang)} dir={dirOf(lang)}>{mine}</span>
    </Tag>
  );
}

const NONE: Messages = {};

/** `loading` is rendered by the page (the strings come from /<lang>/strings.json, shared by every checklist of the language). */
export function ChecklistView({ lang, cardId, loading, rulesVersion }: { lang: string; cardId: string; loading: string; rulesVersion: string }) {
  const strings = useSharedStrings(lang);
  const msgs = strings?.mine ?? NONE;
  const fr = strings?.fr ?? NONE;
  const t = useMemo(() => makeT(msgs), [msgs]);
  const tf = useMemo(() => makeT(fr), [fr]);
  const list = useMemo(() => makeList(msgs), [msgs]);
  const { ready, answers } = useAnswers();
  const [asOf, setAsOf] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the device's date, known only after hydration
  useEffect(() => setAsOf(todayIso()), []);
  const ev = useMemo(() => (ready && asOf ? evaluate(answers, { asOf }) : null), [ready, answers, asOf]);
  const result = ev?.results.find((r) => r.id === cardId);
  const [ticks, toggle] = useTicks(cardId);
  const [name, setName] = useState('');
  const [place, setPlace] = useState<FilingPlace | null>(null);

  const nameMine = cardName(msgs, cardId);
  const nameFr = cardName(fr, cardId);

  if (!strings || !ready || !ev || !result) return <p className="loading">{loading}</p>;
  const hasAnswers = Object.keys(answers).length > 0;
  const groups = groupDocuments(result);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const done = groups.reduce((n, g) => n + g.items.filter((i) => ticks[i.id]).length, 0);
  const help = helpNow(ev, result, answers);
  const commission = commissionCase(result, answers, ev.asOf);
  const silence = implicitRefusalDelay(result);
  const guide = channelGuide(result.channel);
  const oqtf = ev.alerts.find((a) => a.id === 'oqtf');
  const detention = oqtfDetention(answers);
  // Time limits and articles of the remedies come from rules/remedies.ts; the strings only interpolate them.
  const rv = remedyValues(lang, t);

  return (
    <article className="ck" data-card={cardId}>
      <header className="ck-head">
        <Bi as="h2" className="ck-kicker" lang={lang} mine={t('checklist.title')} fr={tf('checklist.title')} />
        <Bi as="p" className="ck-card-name" lang={lang} mine={bidiName(nameMine || result.legalBasis.join(', '), lang)} fr={nameFr || result.legalBasis.join(', ')} />
        <dl className="ck-meta">
          <div>
            <dt>{t('checklist.legalBasis')}</dt>
            <dd><bdi dir="ltr">{result.legalBasis.join(', ')}</bdi></dd>
          </div>
          <div>
            <dt>{t('checklist.evaluatedOn')}</dt>
            <dd><bdi>{formatDate(ev.asOf, lang)}</bdi></dd>
          </div>
          <div>
            <dt>{t('checklist.rulesVersion')}</dt>
            <dd><bdi dir="ltr">{rulesVersion}</bdi> · {t('checklist.verifiedOn')} <bdi>{formatDate(result.verifiedOn, lang)}</bdi></dd>
          </div>
          <div>
            <dt>{t('checklist.where.short')}</dt>
            <dd>{t(`checklist.channel.${guide}.name`)}</dd>
          </div>
        </dl>
        <div className="ck-name">
          <label htmlFor="ck-n" className="ck-no-print">{t('checklist.nameLabel')}</label>
          <input id="ck-n" name="xn" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" className="ck-no-print" />
          {name.trim() && <p className="ck-print-only">{t('checklist.nameLabel')} : {name}</p>}
          <p className="hint ck-no-print">{t('checklist.nameHint')}</p>
        </div>
        <p className="ck-actions ck-no-print">
          <button type="button" className="button button-primary" onClick={() => window.print()}>{t('checklist.print')}</button>{' '}
          <Link href={`/${lang}/letters/${cardId}/`} prefetch={false}>{t('checklist.lettersLink')}</Link>
        </p>
      </header>

      {!hasAnswers && <p className="callout ck-no-print">{t('checklist.noAnswers')} <Link href={`/${lang}/`}>{t('checklist.start')}</Link></p>}

      {oqtf && (
        <section className="ck-urgent" aria-labelledby="ck-oqtf" data-deadline-passed={oqtf.deadlinePassed ? 'true' : undefined}>
          {/* F-10: the rules read the deadline against the evaluation date; a passed deadline is never "challenge it now". */}
          <h2 id="ck-oqtf">{t(oqtf.deadlinePassed ? 'checklist.remedies.oqtf.urgentTitlePassed' : 'checklist.remedies.oqtf.urgentTitle')}</h2>
          {oqtf.deadlinePassed ? (
            <p><strong>{t('checklist.remedies.oqtf.passed')}</strong></p>
          ) : detention === 'depends' ? (
            <>
              <p><strong>{t('checklist.remedies.oqtf.depends')}</strong></p>
              <ul>
                {DETENTION_SHORTEST_FIRST.map((d) => <li key={d}>{isolateLatin(t(`checklist.remedies.oqtf.${d}`, rv))}</li>)}
              </ul>
            </>
          ) : (
            <p><strong>{isolateLatin(t(`checklist.remedies.oqtf.${detention}`, rv))}</strong></p>
          )}
          {oqtf.deadline && <p>{t('checklist.remedies.oqtf.lastDay', { date: formatDate(oqtf.deadline, lang) })}</p>}
          {!oqtf.enforcementEnded && <p>{isolateLatin(t('checklist.remedies.oqtf.enforceable', rv))}</p>}
          <p>{t('checklist.remedies.oqtf.today')}</p>
        </section>
      )}

      {result.status !== 'eligible' && (
        <p className="ck-status">{t(`checklist.status.${result.status}`)}</p>
      )}

      <section className="ck-docs" aria-labelledby="ck-docs-title">
        <h2 id="ck-docs-title" className="ck-no-print">
          {t('checklist.documentsTitle')} <span className="ck-count">({t('checklist.ticked', { done, total })})</span>
        </h2>
        {lang !== 'fr' && (
          <p className="ck-bi ck-colheads" aria-hidden="true">
            <span className="ck-col ck-col-fr" lang="fr">{t('checklist.frenchColumn')}</span>
            <span className="ck-col ck-col-mine">{t('checklist.yourColumn')}</span>
          </p>
        )}
        {groups.map((g) => (
          <div key={g.group} className="ck-group">
            <Bi as="h2" className="ck-group-title" lang={lang} mine={t(`checklist.groups.${g.group}`)} fr={tf(`checklist.groups.${g.group}`)} />
            <ul className="ck-items">
              {g.items.map((item) => (
                <li key={item.id} className="ck-item">
                  <label className="ck-item-row">
                    <input type="checkbox" checked={!!ticks[item.id]} onChange={(e) => toggle(item.id, e.target.checked)} />
                    <span className="ck-box" aria-hidden="true" />
                    <span className="ck-item-text">
                      <Bi
                        as="div"
                        lang={lang}
                        fr={<><strong>{docName(fr, item.id)}</strong> <span className="ck-ref">(<bdi>{item.ref}</bdi>)</span><span className="ck-proof">{docProof(fr, item.id)}</span></>}
                        mine={<><strong>{docName(msgs, item.id)}</strong> <span className="ck-ref">(<bdi>{item.ref}</bdi>)</span><span className="ck-proof">{docProof(msgs, item.id)}</span></>}
                      />
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="hint">{t('checklist.copiesHint')}</p>
      </section>

      <Fee t={t} lang={lang} result={result} />

      <section className="ck-section" aria-labelledby="ck-where">
        <h2 id="ck-where">{t('checklist.where.title')}</h2>
        <ChannelText t={t} list={list} guide={guide} />
        <FilingPlaceFinder t={t} initialPostcode={typeof answers.postcode === 'string' ? answers.postcode : undefined} onPlace={setPlace} />
        <h3>{t('checklist.receipt.title')}</h3>
        <p>{t(guide === 'anef' ? 'checklist.receipt.anef' : 'checklist.receipt.prefecture')}</p>
        {guide === 'ofii-medical' && <p>{t('checklist.receipt.ofii')}</p>}
        <h3>{t('checklist.noAppointment.title')}</h3>
        <ol>{list('checklist.noAppointment.steps', rv).map((s) => <li key={s}>{isolateLatin(s)}</li>)}</ol>
        <p className="ck-no-print">
          <Link href={`/${lang}/letters/${cardId}/?kind=${letterFor(result.channel)}`} prefetch={false}>{t(`checklist.letters.${letterFor(result.channel)}`)}</Link>
        </p>
      </section>

      <section className="ck-section" aria-labelledby="ck-remedies">
        <h2 id="ck-remedies">{t('checklist.remedies.title')}</h2>
        <h3>{t('checklist.remedies.implicit.title')}</h3>
        <p>
          {'days' in silence
            ? t('checklist.remedies.implicit.textDays', { days: duration('days', silence.days, lang, t) })
            : t('checklist.remedies.implicit.text', { months: duration('months', silence.months, lang, t) })}{' '}
          <span className="ck-ref">(<bdi>{silence.ref}</bdi>)</span>
        </p>
        <p>{t('checklist.remedies.implicit.caveat')} <span className="ck-ref">(<bdi>{IMPLICIT_REFUSAL.noDecisionRef}</bdi>)</span></p>
        <h3>{t('checklist.remedies.oqtf.title')}</h3>
        <p>{t('checklist.remedies.oqtf.what')}</p>
        <ul>
          {[...DETENTION_SHORTEST_FIRST].reverse().map((d) => <li key={d}>{isolateLatin(t(`checklist.remedies.oqtf.${d}`, rv))}</li>)}
        </ul>
        {commission && (
          <>
            <h3>{t('checklist.remedies.commission.title')}</h3>
            <p>{isolateLatin(t(`checklist.remedies.commission.${commission}`, rv))} <span className="ck-ref">(<bdi>{COMMISSION_REF}</bdi>)</span></p>
          </>
        )}
        <h3>{t('checklist.remedies.help.title')}</h3>
        {help.length > 0 ? (
          <ul>{help.map((h) => <li key={h}>{isolateLatin(t(`checklist.remedies.help.${h}`, rv))}</li>)}</ul>
        ) : (
          <p>{t('checklist.remedies.help.general')}</p>
        )}
      </section>

      <footer className="ck-disclaimer">
        <p>{t('checklist.disclaimer')}</p>
        <PrintPrivacy t={t} items={printedItems({ oqtf: !!oqtf, help, commission, place: !!place, name: !!name.trim() })} />
        {lang !== 'fr' && <p lang="fr" dir="ltr">{tf('checklist.disclaimer')}</p>}
      </footer>
    </article>
  );
}

/** Help items that say something about the person's situation (refusal, detention, conviction…). */
const SITUATION_HELP = new Set(['detention', 'refusal-pending', 'dublin', 'public-order']);

/**
 * What the printed sheet holds that comes from the answers, so its privacy line is true (issue 15):
 * the title and its documents always; the removal order, situation points, place and name when printed.
 */
export function printedItems(p: { oqtf: boolean; help: readonly string[]; commission: string | null | undefined; place: boolean; name: boolean }): string[] {
  return [
    'title',
    'documents',
    ...(p.oqtf || p.help.includes('oqtf') || p.help.includes('other-removal') ? ['removal'] : []),
    ...(p.help.some((h) => SITUATION_HELP.has(h)) || p.commission === 'aes-10-years' ? ['situation'] : []),
    ...(p.place ? ['place'] : []),
    ...(p.name ? ['name'] : []),
  ];
}

function PrintPrivacy({ t, items }: { t: T; items: string[] }) {
  return (
    <p className="ck-print-privacy" data-print-privacy={items.join(' ')}>
      {t('checklist.printPrivacy.lead')} {items.map((k) => t(`checklist.printPrivacy.${k}`)).join(t('checklist.printPrivacy.sep'))}. {t('checklist.printPrivacy.keep')}
    </p>
  );
}

function Fee({ t, lang, result }: { t: T; lang: string; result: CardResult }) {
  const fee = result.fee;
  return (
    <section className="ck-section ck-fee" aria-labelledby="ck-fee">
      <h2 id="ck-fee">{t('checklist.fee.title')}</h2>
      {fee.free ? (
        <p>{t('checklist.fee.free')}</p>
      ) : fee.amountUnknown ? (
        <p>{t('checklist.fee.amountUnknown')}</p>
      ) : (
        <>
          <ul>
            {fee.parts.map((p) => (
              <li key={p.id}>
                {t(`checklist.fee.parts.${p.id}`)} : <bdi>{formatEuros(p.amount, lang)}</bdi> <span className="ck-ref">(<bdi>{p.ref}</bdi>)</span>
                {p.atFiling ? <> — {t('checklist.fee.atFiling', { amount: formatEuros(p.atFiling, lang) })}</> : null}
              </li>
            ))}
          </ul>
          <p><strong>{t('checklist.fee.total', { amount: formatEuros(fee.total, lang) })}</strong></p>
          {fee.maybeParts.map((p) => (
            <p key={p.id}>{t('checklist.fee.maybe', { part: t(`checklist.fee.parts.${p.id}`), amount: formatEuros(p.amount, lang) })}</p>
          ))}
        </>
      )}
      {fee.verify && <p className="hint">{t('checklist.fee.verify')}</p>}
    </section>
  );
}

function ChannelText({ t, list, guide }: { t: T; list: (k: string) => string[]; guide: string }) {
  return (
    <div className="ck-channel">
      <h3>{t(`checklist.channel.${guide}.name`)}</h3>
      <p>{t(`checklist.channel.${guide}.intro`)}</p>
      <ol>{list(`checklist.channel.${guide}.steps`).map((s) => <li key={s}>{s}</li>)}</ol>
      {guide === 'anef' && (
        <p>
          <a href="https://administration-etrangers-en-france.interieur.gouv.fr/" rel="noopener noreferrer" target="_blank">administration-etrangers-en-france.interieur.gouv.fr</a> ({t('checklist.official')})
        </p>
      )}
    </div>
  );
}
