import type { FlowNode, PublishProblem } from '@cloudmart/contracts';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function nodeNames(nodes: readonly FlowNode[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of nodes) {
    if (!names.has(n.id)) names.set(n.id, n.name);
    if (n.type === 'container') for (const c of n.children) if (!names.has(c.id)) names.set(c.id, c.name);
  }
  return names;
}

function scrollToNode(id: string): void {
  document.querySelector(`[data-node-id="${CSS.escape(id)}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

/** Every broken publish rule of the last publish attempt, each naming its node. */
export function PublishProblems({ problems, nodes, onClose }: { problems: readonly PublishProblem[]; nodes: readonly FlowNode[]; onClose: () => void }) {
  const { t } = useTranslation();
  const names = nodeNames(nodes);
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={t('deliveryTemplates.editor.problemsTitle', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p, i) => {
            const message = t(`deliveryTemplates.rules.${p.rule}`);
            const name = p.nodeId ? (names.get(p.nodeId) ?? p.nodeId) : t('deliveryTemplates.flowLevel');
            const text = t('deliveryTemplates.editor.problemAt', { node: name, message });
            const nodeId = p.nodeId;
            return (
              <li key={`${p.rule}-${p.nodeId ?? ''}-${i}`} data-rule={p.rule}>
                {nodeId && names.has(nodeId) ? <Typography.Link onClick={() => scrollToNode(nodeId)}>{text}</Typography.Link> : text}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
