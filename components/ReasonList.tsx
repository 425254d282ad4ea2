'use client';
/** Why a title is ruled out: the unmet conditions the rules returned, each with its article. */
import { useTranslation } from '@/components/I18nProvider';
import type { Reason } from '../rules';
import { ConditionText } from './ConditionTree';
import { StatusIcon } from './StatusIcon';

export function ReasonList({ reasons, className = 'conditions', showStatus = true, cardId }: { reasons: readonly Reason[]; className?: string; showStatus?: boolean; cardId?: string }) {
  const { t } = useTranslation();
  return (
    <ul className={className}>
      {reasons.map((reason, i) => (
        <li key={`${reason.id}-${i}`} className="condition condition-unmet" data-reason={reason.id}>
          <span className="condition-line">
            <StatusIcon value="unmet" />
            {showStatus && <span className="condition-status">{t('ui.conditionStatus.unmet')}</span>}
            <span className="condition-text">
              {reason.id === 'not-in-force-on-date' ? t('ui.results.notInForce') : <ConditionText id={reason.id} legalRef={reason.ref} cardId={cardId} />}
              {reason.ref && (
                <>
                  {' '}
                  <span className="ref">
                    (<bdi dir="ltr">{reason.ref}</bdi>)
                  </span>
                </>
              )}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
