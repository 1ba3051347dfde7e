import { ArrowDownOutlined, PlusOutlined } from '@ant-design/icons';
import type { FlowNode, PublishRuleCode } from '@cloudmart/contracts';
import { Button, Flex, Tooltip, Typography, theme } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeCard } from './NodeCard';
import { canDelete, canMove, type InsertPoint, type NodePath } from './template-doc';

export interface ChainActions {
  onOpen: (p: NodePath) => void;
  onMove: (p: NodePath, delta: -1 | 1) => void;
  onDelete: (p: NodePath) => void;
  onAdd: (point: InsertPoint) => void;
}

interface FlowChainProps extends ChainActions {
  nodes: readonly FlowNode[];
  problems: ReadonlyMap<string | null, readonly PublishRuleCode[]>;
  readOnly: boolean;
}

/** The line between two cards, with the "+" that adds a node there (editable drafts only). */
function Connector({ label, readOnly, onAdd }: { label: string; readOnly: boolean; onAdd: () => void }) {
  const { token } = theme.useToken();
  const line = <div style={{ width: 2, height: 10, background: token.colorBorder }} />;
  return (
    <Flex vertical align="center" style={{ padding: '2px 0' }}>
      {line}
      {readOnly ? (
        <ArrowDownOutlined style={{ color: token.colorTextTertiary }} aria-hidden />
      ) : (
        <Tooltip title={label}>
          <Button shape="circle" size="small" icon={<PlusOutlined aria-hidden />} aria-label={label} onClick={onAdd} />
        </Tooltip>
      )}
      {line}
    </Flex>
  );
}

const noProblems: readonly PublishRuleCode[] = [];

/** A container's children, indented, each followed by its own "+". */
function ChildChain({
  container,
  index,
  problems,
  readOnly,
  nodes,
  ...actions
}: FlowChainProps & { container: Extract<FlowNode, { type: 'container' }>; index: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div style={{ marginInlineStart: 16, paddingInlineStart: 12, borderInlineStart: `2px dashed ${token.colorBorder}` }}>
      {container.children.length === 0 ? <Typography.Text type="secondary">{t('deliveryTemplates.chain.containerEmpty')}</Typography.Text> : null}
      <Connector
        label={t('deliveryTemplates.chain.addInto', { name: container.name })}
        readOnly={readOnly}
        onAdd={() => actions.onAdd({ container: index, at: 0 })}
      />
      {container.children.map((child, c) => {
        const p: NodePath = { index, child: c };
        return (
          <Fragment key={`${child.id}-${c}`}>
            <NodeCard
              node={child}
              problems={problems.get(child.id) ?? noProblems}
              readOnly={readOnly}
              canUp={canMove(nodes, p, -1)}
              canDown={canMove(nodes, p, 1)}
              onOpen={() => actions.onOpen(p)}
              onMove={(d) => actions.onMove(p, d)}
              onDelete={() => actions.onDelete(p)}
            />
            {readOnly && c === container.children.length - 1 ? null : (
              <Connector
                label={t('deliveryTemplates.chain.addAfter', { name: child.name })}
                readOnly={readOnly}
                onAdd={() => actions.onAdd({ container: index, at: c + 1 })}
              />
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

/** The flow as a vertical chain of node cards, "+" between every two nodes and after the last. */
export function FlowChain(props: FlowChainProps) {
  const { t } = useTranslation();
  const { nodes, problems, readOnly, onOpen, onMove, onDelete, onAdd } = props;
  return (
    <Flex vertical style={{ maxWidth: 720, margin: '0 auto' }}>
      {nodes.map((node, i) => {
        const p: NodePath = { index: i };
        const last = i === nodes.length - 1;
        return (
          <Fragment key={`${node.id}-${i}`}>
            <NodeCard
              node={node}
              problems={problems.get(node.id) ?? noProblems}
              readOnly={readOnly}
              canUp={canMove(nodes, p, -1)}
              canDown={canMove(nodes, p, 1)}
              onOpen={() => onOpen(p)}
              onMove={(d) => onMove(p, d)}
              onDelete={() => (canDelete(nodes, p) ? onDelete(p) : undefined)}
            >
              {node.type === 'container' ? <ChildChain {...props} container={node} index={i} /> : null}
            </NodeCard>
            {readOnly && last ? null : (
              <Connector label={t('deliveryTemplates.chain.addAfter', { name: node.name })} readOnly={readOnly} onAdd={() => onAdd({ at: i + 1 })} />
            )}
          </Fragment>
        );
      })}
    </Flex>
  );
}
