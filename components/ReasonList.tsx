'use client';
/** Why a title is ruled out: the unmet conditions the rules returned, each with its article. */
import { useTranslation } from '@/components/I18nProvider';
import type { Reason } from '../rules';
import { ConditionLine, ConditionText } from './ConditionTree';

export function ReasonList({ reasons, className = 'conditions', showStatus = true, cardId }: { reasons: readonly Reason[]; className?: string; showStatus?: boolean; cardId?: string }) {
  const { t } = useTranslation();
  return (
    <ul className={className}>
      {reasons.map((reason, i) => (
        <li key={`${reason.id}-${i}`} className="condition condition-unmet" data-reason={reason.id}>
          <ConditionLine value="unmet" status={showStatus ? t('ui.conditionStatus.unmet') : undefined} legalRef={reason.ref}>
            {reason.id === 'not-in-force-on-date' ? t('ui.results.notInForce') : <ConditionText id={reason.id} legalRef={reason.ref} cardId={cardId} />}
          </ConditionLine>
        </li>
      ))}
    </ul>
  );
}
