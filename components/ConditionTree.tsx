'use client';
/** The conditions of a title, in words, from the evaluation trace (the rules decide; this only displays). */
import type { ReactNode } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import type { Trace, Tri } from '../rules';
import { StatusIcon } from './StatusIcon';

/** `cardId`: a condition's text can be the card's own (cards.<id>.conditions.<node>) where its rule differs from the shared one. */
export function ConditionTree({ trace, cardId }: { trace: Trace; cardId?: string }) {
  return <ConditionList nodes={visibleChildren(trace)} cardId={cardId} />;
}

/** "One of" groups that are met show only the branch that met them. */
function visibleChildren(t: Trace): Trace[] {
  if (t.kind === 'not') return [];
  if (t.kind === 'any' && t.value === 'met') return t.children.filter((c) => c.value === 'met').slice(0, 1);
  return t.children;
}

function ConditionList({ nodes, cardId }: { nodes: Trace[]; cardId?: string }) {
  if (!nodes.length) return null;
  return (
    <ul className="conditions">
      {nodes.map((n, i) => (
        <ConditionItem key={`${n.id}-${i}`} node={n} cardId={cardId} />
      ))}
    </ul>
  );
}

/**
 * A condition in words: the card's own text where the rule differs between cards (issue 12 item 15:
 * "married for a year" is marriage only for the accord cards, marriage or PACS for the protection
 * ones), else the shared conditions.<id>.
 */
export function ConditionText({ id, legalRef, cardId }: { id: string; legalRef?: string; cardId?: string }) {
  const { t } = useTranslation();
  const text = (cardId && t(`cards.${cardId}.conditions.${id}`)) || t(`conditions.${id}`);
  return <>{text || t('ui.results.conditionFallback', { ref: legalRef ?? '' })}</>;
}

/** One condition's line: its icon, its status in words (unless `status` is left out), its text and its article. */
export function ConditionLine({ value, status, legalRef, children }: { value: Tri; status?: string; legalRef?: string; children: ReactNode }) {
  return (
    <span className="condition-line">
      <StatusIcon value={value} />
      {status !== undefined && <span className="condition-status">{status}</span>}
      <span className="condition-text">
        {children}
        {legalRef && (
          <>
            {' '}
            <span className="ref">
              (<bdi dir="ltr">{legalRef}</bdi>)
            </span>
          </>
        )}
      </span>
    </span>
  );
}

function ConditionItem({ node, cardId }: { node: Trace; cardId?: string }) {
  const { t } = useTranslation();
  const children = visibleChildren(node);
  const label =
    node.value === 'unknown' && node.assessedBy ? t(`ui.results.assessedBy.${node.assessedBy}`) : t(`ui.conditionStatus.${node.value}`);
  return (
    <li className={`condition condition-${node.value}`}>
      <ConditionLine value={node.value} status={label} legalRef={node.ref}>
        <ConditionText id={node.id} legalRef={node.ref} cardId={cardId} />
      </ConditionLine>
      {node.kind === 'any' && children.length > 1 && <span className="one-of">{t('ui.results.oneOf')}</span>}
      <ConditionList nodes={children} cardId={cardId} />
    </li>
  );
}
