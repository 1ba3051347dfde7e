import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import type { FlowNode, PublishRuleCode } from '@cloudmart/contracts';
import { Button, Card, Flex, Popconfirm, Space, Tag, Typography, theme } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The key settings shown on a node card (guide: role, side, timeout, rejectable, auto-advance; the warranty end). */
function summaryOf(t: TFunction, node: FlowNode): string[] {
  const out: string[] = [];
  if (node.type === 'container') out.push(t('deliveryTemplates.summary.children', { count: node.children.length }));
  if (node.type === 'submit' && node.form) out.push(t('deliveryTemplates.summary.form', { form: t(`delivery.requirementForms.${node.form}`) }));
  if ('side' in node && node.side) out.push(t('deliveryTemplates.summary.side', { side: t(`delivery.sides.${node.side}`) }));
  if ('role' in node && node.role) out.push(t('deliveryTemplates.summary.role', { role: t(`delivery.roles.${node.role}`) }));
  if (node.type === 'assign') out.push(t('deliveryTemplates.summary.rule', { rule: t(`delivery.assignRules.${node.rule}`) }));
  if (node.type === 'general' && node.uploadRequired) out.push(t('deliveryTemplates.summary.uploadRequired'));
  // the warranty flow's complete node runs until the warranty ends: no timeout, no auto-advance
  const warranty = node.type === 'complete' && node.untilWarrantyEnds;
  if (warranty) out.push(t('deliveryTemplates.summary.untilWarrantyEnds'));
  else if ('timeoutDays' in node) {
    out.push(
      node.timeoutDays > 0
        ? t('deliveryTemplates.summary.timeout', { days: t('delivery.workingDays', { days: node.timeoutDays }) })
        : t('deliveryTemplates.summary.noTimeout'),
    );
  }
  if ('rejectable' in node && node.rejectable) out.push(t('deliveryTemplates.summary.rejectable'));
  if ('autoAdvance' in node && node.autoAdvance && !warranty) out.push(t('deliveryTemplates.summary.autoAdvance'));
  if (node.reminders.length) out.push(t('deliveryTemplates.summary.reminders', { count: node.reminders.length }));
  return out;
}

interface NodeCardProps {
  node: FlowNode;
  problems: readonly PublishRuleCode[];
  readOnly: boolean;
  canUp: boolean;
  canDown: boolean;
  onOpen: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  /** a container's nested chain */
  children?: ReactNode;
}

/** One node of the vertical chain: type, name, key settings; click to open its form. */
export function NodeCard({ node, problems, readOnly, canUp, canDown, onOpen, onMove, onDelete, children }: NodeCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const builtIn = node.type === 'assign_provider';
  const stop = (e: { stopPropagation: () => void }) => e.stopPropagation();
  const deleteTitle =
    node.type === 'container' && node.children.length > 0
      ? t('deliveryTemplates.chain.deleteContainerConfirm', { name: node.name, count: node.children.length })
      : t('deliveryTemplates.chain.deleteConfirm', { name: node.name });

  return (
    <section aria-label={t('deliveryTemplates.chain.nodeLabel', { name: node.name })} data-node-id={node.id} data-invalid={problems.length > 0 || undefined}>
      <Card
        size="small"
        hoverable
        onClick={onOpen}
        style={{
          width: '100%',
          borderColor: problems.length ? token.colorError : undefined,
          boxShadow: problems.length ? `0 0 0 1px ${token.colorError}` : undefined,
        }}
        title={
          <Space wrap size={6}>
            <Tag color={builtIn ? 'blue' : node.type === 'container' ? 'purple' : 'geekblue'}>{t(`delivery.nodeTypes.${node.type}`)}</Tag>
            <Typography.Text strong>{node.name}</Typography.Text>
          </Space>
        }
        extra={
          <Space size={0} onClick={stop} wrap>
            <Button type="link" size="small" icon={readOnly ? <EyeOutlined aria-hidden /> : <EditOutlined aria-hidden />} onClick={onOpen}>
              {readOnly ? t('deliveryTemplates.chain.view') : t('deliveryTemplates.chain.edit')}
            </Button>
            {readOnly || builtIn ? null : (
              <>
                <Button type="link" size="small" icon={<ArrowUpOutlined aria-hidden />} disabled={!canUp} onClick={() => onMove(-1)}>
                  {t('deliveryTemplates.chain.moveUp')}
                </Button>
                <Button type="link" size="small" icon={<ArrowDownOutlined aria-hidden />} disabled={!canDown} onClick={() => onMove(1)}>
                  {t('deliveryTemplates.chain.moveDown')}
                </Button>
                <Popconfirm
                  title={deleteTitle}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={onDelete}
                >
                  <Button type="link" size="small" danger icon={<DeleteOutlined aria-hidden />}>
                    {t('deliveryTemplates.chain.delete')}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        }
      >
        <Flex vertical gap={6}>
          {builtIn ? <Typography.Text type="secondary">{t('deliveryTemplates.chain.builtIn')}</Typography.Text> : null}
          <Flex wrap gap={4}>
            {summaryOf(t, node).map((s) => (
              <Tag key={s} bordered={false}>
                {s}
              </Tag>
            ))}
          </Flex>
          {problems.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 18, color: token.colorError }}>
              {problems.map((rule, i) => (
                <li key={`${rule}-${i}`}>{t(`deliveryTemplates.rules.${rule}`)}</li>
              ))}
            </ul>
          ) : null}
          {children ? (
            <div onClick={stop} style={{ cursor: 'default' }}>
              {children}
            </div>
          ) : null}
        </Flex>
      </Card>
    </section>
  );
}
