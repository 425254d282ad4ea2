'use client';
/**
 * The full condition tree of one title, as the rules traced it: every node met / unmet /
 * unknown, its article, the facts it read, who assesses it, its low-confidence note and its
 * M-confidence mark. Display only: values come from the trace.
 */
import { useTranslation } from '@/components/I18nProvider';
import type { Trace } from '../../rules';
import { StatusIcon } from '../StatusIcon';
import { ConditionLine, ConditionText } from '../ConditionTree';

export function TraceTree({ trace, cardId }: { trace: Trace; cardId?: string }) {
  return <NodeList nodes={trace.children} cardId={cardId} />;
}

function NodeList({ nodes, cardId }: { nodes: Trace[]; cardId?: string }) {
  if (!nodes.length) return null;
  return (
    <ul className="conditions v-tree">
      {nodes.map((n, i) => (
        <NodeItem key={`${n.id}-${i}`} node={n} cardId={cardId} />
      ))}
    </ul>
  );
}

function NodeItem({ node, cardId }: { node: Trace; cardId?: string }) {
  const { t } = useTranslation();
  const status = t(`ui.conditionStatus.${node.value}`);
  const uses = node.kind === 'test' ? node.uses : [];
  return (
    <li className={`condition condition-${node.value}`} data-node={node.id} data-value={node.value}>
      <ConditionLine value={node.value} status={status} legalRef={node.ref}>
        {node.kind === 'not' && <em>{t('volunteer.tree.not')} </em>}
        <ConditionText id={node.id} legalRef={node.ref} cardId={cardId} />
      </ConditionLine>
      {(node.assessedBy || node.confidence === 'M' || node.confidence === 'L' || uses.length > 0 || node.verify) && (
        <div className="v-node-meta">
          {node.assessedBy && <span className="v-badge v-badge-assessed">{t(`volunteer.tree.assessedBy.${node.assessedBy}`)}</span>}
          {(node.confidence === 'M' || node.confidence === 'L') && (
            <span className="v-badge v-badge-confidence">{t(`volunteer.tree.confidence.${node.confidence}`)}</span>
          )}
          {node.verify && (
            <p className="v-verify">
              <StatusIcon value="warning" /> <strong>{t('volunteer.tree.verify')}</strong> {t(`verify.${node.verify}`) || t(`ui.verifyCommon.${node.verify}`)}
            </p>
          )}
          {uses.length > 0 && (
            <p className="v-uses">
              <span className="label">{t('volunteer.tree.uses')}</span> {uses.map((f) => t(`facts.${f}.summary`) || f).join(' · ')}
            </p>
          )}
        </div>
      )}
      {node.kind === 'any' && node.children.length > 1 && <span className="one-of">{t('ui.results.oneOf')}</span>}
      <NodeList nodes={node.children} cardId={cardId} />
    </li>
  );
}
