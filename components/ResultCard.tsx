'use client';
/** One title in the results: name (official French name kept), legal basis, what its kind means, conditions, filing, fee, dates. */
import Link from 'next/link';
import { useTranslation } from '@/components/I18nProvider';
import type { CardResult, FactId } from '../rules';
import { formatDate, formatEuros } from '../wizard/dates';
import { ConditionTree } from './ConditionTree';
import { ReasonList } from './ReasonList';
import { LegalBasisLine } from './LegalBasisLine';
import { StatusIcon } from './StatusIcon';
import { IntegrationPathNote } from './IntegrationPathNote';
import { WarningsNotice } from './WarningsNotice';
import { bidiName, isolateLatin, nameText } from './Bidi';
import { statusGroup } from '../rules/results';

interface Props {
  result: CardResult;
  lang: string;
  /** The official French name, shown beside the translation on en/ar pages. */
  frName?: string;
  variant: 'full' | 'ruled-out';
  /** Where to file, as the results page says it for every title (the préfecture named from the postcode). */
  filingPlace?: string;
}

/**
 * A case-by-case route (L435-1, L423-23, AFA 6-5): the non-binding indicators and how strong the case
 * looks, in words (never a percentage). They never change the status shown above. The region is named by its
 * heading and the card's (`cardHeadingId`): two case-by-case routes on one page are two distinct landmarks (axe
 * landmark-unique; P04's results show L423-23 and AES together).
 */
function CaseStrength({ indicators, strength, cardHeadingId }: { indicators: NonNullable<CardResult['indicators']>; strength: NonNullable<CardResult['strength']>; cardHeadingId: string }) {
  const { t } = useTranslation();
  return (
    <section className="case-strength" aria-labelledby={`${cardHeadingId}-strength ${cardHeadingId}`}>
      <h4 id={`${cardHeadingId}-strength`}>{t('ui.results.caseByCase.title')}</h4>
      <p className="small">{t('ui.results.caseByCase.lead')}</p>
      <p className={`strength strength-${strength}`}>
        <strong>{t(`ui.results.caseByCase.strength.${strength}`)}</strong>
      </p>
      <ul className="indicator-list">
        {indicators.map((i) => (
          <li key={i.id} data-indicator={i.id} data-value={i.value}>
            <StatusIcon value={i.value} /> {isolateLatin(t(`ui.results.caseByCase.indicators.${i.id}`))} : <strong>{t(`ui.results.caseByCase.value.${i.value}`)}</strong>{' '}
            <span className="small">
              ({t('ui.results.caseByCase.sourceLabel')} {isolateLatin(t(`ui.results.caseByCase.sources.${i.id}`))})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ResultCard({ result: r, lang, frName, variant, filingPlace }: Props) {
  const { t } = useTranslation();
  const name = t(`cards.${r.id}.name`) || r.legalBasis.join(', ');
  const headingId = `card-${r.id}`;
  const basis = <LegalBasisLine legalBasis={r.legalBasis} />;
  const officialName = frName && frName !== name && (
    <p className="official-name">
      <span className="label">{t('ui.results.officialName')}</span>{' '}
      <span lang="fr" dir="ltr">
        {nameText(frName)}
      </span>
    </p>
  );

  if (variant === 'ruled-out') {
    return (
      <article className="result-card result-ruled-out" aria-labelledby={headingId} data-card={r.id}>
        <h3 id={headingId}>{bidiName(name, lang)}</h3>
        {officialName}
        {basis}
        <p className="status-line">
          <StatusIcon value="not-eligible" /> {t('ui.status.not-eligible')}
        </p>
        <p className="label">{t('ui.results.whyNot')}</p>
        <ReasonList reasons={r.reasons} cardId={r.id} />
        {r.notes.map((n) => (
          <p key={n.id} className="notice notice-note">
            {isolateLatin(t(`ui.results.notes.${n.id}`, { titles: n.cardIds.map((id) => t(`cards.${id}.name`) || id).join(' ; ') }))}
          </p>
        ))}
        {r.integrationPath && <IntegrationPathNote path={r.integrationPath} lang={lang} />}
      </article>
    );
  }

  const summary = t(`cards.${r.id}.summary`);
  const fee = r.fee;
  return (
    <article className={`result-card result-${r.status}`} aria-labelledby={headingId} data-card={r.id}>
      <h3 id={headingId}>{bidiName(name, lang)}</h3>
      {officialName}
      {basis}
      <p className={`status-line status-${r.status}`}>
        <StatusIcon value={r.status} /> <strong>{t(`ui.status.${statusGroup(r)}`)}</strong>
      </p>
      <p className="kind">
        <strong>{t(`ui.kind.${r.kind}.label`)}</strong> {t(`ui.kind.${r.kind}.meaning`)}
      </p>
      {summary && <p>{summary}</p>}

      {r.verify && (
        <div className="notice notice-verify">
          <p>
            <StatusIcon value="warning" /> <strong>{t('ui.results.verifyTitle')}</strong> {t('ui.results.verifyBody')}
          </p>
          {r.verifyNotes.length > 0 && (
            <ul>
              {r.verifyNotes.map((v) => {
                const text = t(`verify.${v}`) || t(`ui.verifyCommon.${v}`);
                return text ? <li key={v}>{text}</li> : null;
              })}
            </ul>
          )}
        </div>
      )}
      {r.notes.map((n) => (
        <p key={n.id} className="notice notice-note">
          {isolateLatin(t(`ui.results.notes.${n.id}`, { titles: n.cardIds.map((id) => t(`cards.${id}.name`) || id).join(' ; ') }))}
        </p>
      ))}
      <WarningsNotice warnings={r.warnings} />

      {r.integrationPath && <IntegrationPathNote path={r.integrationPath} lang={lang} />}

      <h4>{t('ui.results.conditionsTitle')}</h4>
      <ConditionTree trace={r.conditions} cardId={r.id} />

      {r.indicators && r.strength && <CaseStrength indicators={r.indicators} strength={r.strength} cardHeadingId={headingId} />}

      {r.missing.length > 0 && (
        <>
          <h4>{t('ui.results.missingTitle')}</h4>
          <ul className="missing-list">
            {r.missing.map((f: FactId) => (
              <li key={f}>
                <Link href={`/${lang}/q/${f}/?from=results`} prefetch={false}>{t(`facts.${f}.summary`) || t(`facts.${f}.question`)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}

      <dl className="card-facts">
        <div>
          <dt>{t('ui.results.whereToFile')}</dt>
          <dd>
            {isolateLatin(filingPlace ?? (t(`ui.channels.${r.channel}`) || r.channel))}
            {r.channelVerify && <span className="small"> {t('ui.results.channelVerify')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('ui.results.fee')}</dt>
          <dd>
            {fee.free ? (
              t('ui.fees.free')
            ) : fee.amountUnknown ? (
              t('ui.fees.amountUnknown')
            ) : (
              <ul className="fee-list">
                {fee.parts.map((p) => (
                  <li key={p.id}>
                    {isolateLatin(t(`ui.fees.parts.${p.id}`))} : <bdi>{formatEuros(p.amount, lang)}</bdi>
                    {p.atFiling !== undefined && <span className="small"> {isolateLatin(t('ui.fees.atFiling', { amount: formatEuros(p.atFiling, lang) }))}</span>}
                  </li>
                ))}
                {fee.maybeParts.map((p) => (
                  <li key={p.id}>
                    {isolateLatin(t(`ui.fees.parts.${p.id}`))} : <bdi>{formatEuros(p.amount, lang)}</bdi> <em>{t('ui.fees.mayBeDue')}</em>
                  </li>
                ))}
                <li className="fee-total">
                  <strong>
                    {t('ui.fees.total')} : <bdi>{formatEuros(fee.total, lang)}</bdi>
                  </strong>
                  {fee.maybeParts.length > 0 && <span className="small"> {t('ui.fees.totalWithoutMaybe')}</span>}
                </li>
              </ul>
            )}
          </dd>
        </div>
        {r.deadlines.length > 0 && (
          <div>
            <dt>{t('ui.results.deadlines')}</dt>
            <dd>
              <ul>
                {r.deadlines.map((d) => (
                  <li key={d.id}>
                    {isolateLatin(t(`ui.deadlines.${d.id}`) || t('ui.deadlines.generic'))} : <strong>{formatDate(d.date, lang)}</strong>{' '}
                    <span className="ref">
                      (<bdi dir="ltr">{d.ref}</bdi>)
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {r.validUntil && (
          <div>
            <dt>{t('ui.results.validUntilTitle')}</dt>
            <dd>{t('ui.results.validUntil', { date: formatDate(r.validUntil, lang) })}</dd>
          </div>
        )}
        <div>
          <dt>{t('ui.results.lastChecked')}</dt>
          <dd>{formatDate(r.verifiedOn, lang)}</dd>
        </div>
      </dl>
      <p>
        <Link className="button button-secondary" href={`/${lang}/checklist/${r.id}/`} prefetch={false}>
          {t('ui.results.checklist')}
          <span className="visually-hidden"> : {name}</span>
        </Link>
      </p>
    </article>
  );
}
