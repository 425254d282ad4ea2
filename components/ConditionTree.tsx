'use client';
/** The conditions of a title, in words, from the evaluation trace (the rules decide; this only displays). */
import { useTranslation } from '@/components/I18nProvider';
import type { Trace } from '../rules';
import { StatusIcon } from './StatusIcon';

export function ConditionTree({ trace }: { trace: Trace }) {
  return <ConditionList nodes={visibleChildren(trace)} />;
}

/** "One of" groups that are met show only the branch that met them. */
function visibleChildren(t: Trace): Trace[] {
  if (t.kind === 'not') return [];
  if (t.kind === 'any' && t.value === 'met') return t.children.filter((c) => c.value === 'met').slice(0, 1);
  return t.children;
}

function ConditionList({ nodes }: { nodes: Trace[] }) {
  if (!nodes.length) return null;
  return (
    <ul className="conditions">
      {nodes.map((n, i) => (
        <ConditionItem key={`${n.id}-${i}`} node={n} />
      ))}
    </ul>
  );
}

export function ConditionText({ id, legalRef }: { id: string; legalRef?: string }) {
  const { t } = useTranslation();
  const text = t(`conditions.${id}`);
  return <>{text || t('ui.results.conditionFallback', { ref: legalRef ?? '' })}</>;
}

function ConditionItem({ node }: { node: Trace }) {
  const { t } = useTranslation();
  const children = visibleChildren(node);
  const label =
    node.value === 'unknown' && node.assessedBy ? t(`ui.results.assessedBy.${node.assessedBy}`) : t(`ui.conditionStatus.${node.value}`);
  return (
    <li className={`condition condition-${node.value}`}>
      <span className="condition-line">
        <StatusIcon value={node.value} />
        <span className="condition-status">{label}</span>
        <span className="condition-text">
          <ConditionText id={node.id} legalRef={node.ref} />
          {node.ref && (
            <>
              {' '}
              <span className="ref">
                (<bdi dir="ltr">{node.ref}</bdi>)
              </span>
            </>
          )}
        </span>
      </span>
      {node.kind === 'any' && children.length > 1 && <span className="one-of">{t('ui.results.oneOf')}</span>}
      <ConditionList nodes={children} />
    </li>
  );
}
