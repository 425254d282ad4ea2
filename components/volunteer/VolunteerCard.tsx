'use client';
/** One title in the volunteer view: status, why, the full trace, what the préfecture weighs, when and what would change. */
import { useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import type { CardResult } from '../../rules';
import { statusGroup } from '../../rules/results';
import type { Change, Projection } from '../../rules/projection';
import { formatDate } from '../../wizard/dates';
import { StatusIcon } from '../StatusIcon';
import { TraceTree } from './TraceTree';
import { ConditionText as NodeText } from '../ConditionTree';
import { ReasonList } from '../ReasonList';
import { LegalBasisLine } from '../LegalBasisLine';
import { bidiName } from '../Bidi';
import { WarningsNotice, warningText } from '../WarningsNotice';

interface Props {
  r: CardResult;
  lang: string;
  /** From the rules (walk of the trace): nodes another body assesses. */
  assessed: { id: string; ref?: string; assessedBy?: string }[];
  changes: Change[];
  /** undefined while it is being computed; only for not-eligible cards. */
  projection?: Projection;
  computing: boolean;
}

export function VolunteerCard({ r, lang, assessed, changes, projection, computing }: Props) {
  const { t } = useTranslation();
  const ruledOut = r.status === 'not-eligible';
  const notInForce = r.reasons.some((x) => x.id === 'not-in-force-on-date');
  const [treeOpen, setTreeOpen] = useState(!ruledOut);
  const name = t(`cards.${r.id}.name`) || r.legalBasis.join(', ');
  const headingId = `v-card-${r.id}`;
  const statusText = t(`volunteer.status.${statusGroup(r)}`);

  return (
    <article className={`result-card v-card result-${ruledOut ? 'ruled-out' : r.status}`} aria-labelledby={headingId} data-card={r.id} data-status={r.status}>
      <h3 id={headingId}>{bidiName(name, lang)}</h3>
      <LegalBasisLine legalBasis={r.legalBasis} />
      <p className={`status-line status-${r.status}`}>
        <StatusIcon value={r.status} /> <strong className="v-status">{statusText}</strong>
      </p>
      <p className="small">
        {t(`ui.kind.${r.kind}.label`)} {r.confidence !== 'H' && <span className="v-badge v-badge-confidence">{t(`volunteer.card.confidence.${r.confidence}`)}</span>}
      </p>

      {r.reasons.length > 0 && (
        <>
          <p className="label">{t('volunteer.card.whyNot')}</p>
          <ReasonList reasons={r.reasons} className="conditions v-reasons" showStatus={false} cardId={r.id} />
        </>
      )}

      {r.verifyNotes.length > 0 && (
        <div className="notice notice-verify">
          <p>
            <StatusIcon value="warning" /> <strong>{t('volunteer.card.verifyTitle')}</strong>
          </p>
          <ul>
            {r.verifyNotes.map((v) => (
              <li key={v}>{t(`verify.${v}`) || t(`ui.verifyCommon.${v}`) || v}</li>
            ))}
          </ul>
        </div>
      )}

      {r.kind === 'discretionary' && !ruledOut ? (
        <div className="v-weighs">
          <h4>{t('volunteer.card.weighsTitle')}</h4>
          <p className="small">{t('volunteer.card.weighsLead')}</p>
          <ul>
            {assessed.map((n) => (
              <li key={n.id}>
                <NodeText id={n.id} legalRef={n.ref} cardId={r.id} /> {n.ref && <span className="ref">(<bdi dir="ltr">{n.ref}</bdi>)</span>}
                {n.assessedBy && <span className="v-badge v-badge-assessed">{t(`volunteer.tree.assessedBy.${n.assessedBy}`)}</span>}
              </li>
            ))}
            {r.warnings.map((w) => (
              <li key={w}>{warningText(t, w)}</li>
            ))}
            {assessed.length + r.warnings.length === 0 && <li>{t('volunteer.card.weighsGeneral')}</li>}
          </ul>
        </div>
      ) : (
        <WarningsNotice warnings={r.warnings} />
      )}

      {ruledOut && (
        <p className="v-from" data-eligible-from={projection?.from ?? ''}>
          <span className="label">{t('volunteer.card.fromTitle')}</span>{' '}
          {computing || !projection ? (
            <span className="small">{t('volunteer.card.computing')}</span>
          ) : projection.from ? (
            <>
              <strong>{formatDate(projection.from, lang)}</strong>
              {projection.resolves.length > 0 && (
                <>
                  {' : '}
                  {projection.resolves.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ' · '}
                      <NodeText id={id} cardId={r.id} />
                    </span>
                  ))}
                </>
              )}
            </>
          ) : (
            t('volunteer.card.notWithinHorizon')
          )}
        </p>
      )}

      {/* A route not in force on that date: no answer can reopen it, only a change in the law. */}
      {notInForce && <p className="v-changes small">{t('volunteer.card.noChangeNotInForce')}</p>}
      {r.status !== 'eligible' && !notInForce && changes.length > 0 && (
        <div className="v-changes">
          <p className="label">{t('volunteer.card.changesTitle')}</p>
          <ul>
            {changes.map((c, i) => (
              <li key={`${c.id}-${i}`} data-change={c.id}>
                <strong>{t(`volunteer.card.change.${c.from}`)}</strong> <NodeText id={c.id} legalRef={c.ref} cardId={r.id} />{' '}
                {c.ref && (
                  <span className="ref">
                    (<bdi dir="ltr">{c.ref}</bdi>)
                  </span>
                )}
                {c.assessedBy && <span className="v-badge v-badge-assessed">{t(`volunteer.tree.assessedBy.${c.assessedBy}`)}</span>}
                {c.facts.length > 0 && (
                  <span className="small v-change-facts">
                    {' '}
                    {t('volunteer.card.changeFacts')} {c.facts.map((f) => t(`facts.${f}.summary`) || f).join(' · ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <details className="v-tree-box" open={treeOpen} onToggle={(e) => setTreeOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('volunteer.card.treeTitle')}</summary>
        {treeOpen && <TraceTree trace={r.conditions} cardId={r.id} />}
      </details>
    </article>
  );
}
