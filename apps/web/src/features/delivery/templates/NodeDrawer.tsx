import type { FlowNode } from '@cloudmart/contracts';
import { Alert, Button, Divider, Drawer, Flex, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../../shared/ui/form-rules';
import { formValuesOf, nodeFromValues, type NodeFormValues } from './node-form';
import { NodeSettingsFields } from './NodeSettingsFields';
import { RemindersField } from './RemindersField';

interface NodeDrawerProps {
  /** the node being edited (or the fresh one being added); null: closed */
  node: FlowNode | null;
  readOnly: boolean;
  /** the node right before this one is a claim-order or assign-order node */
  afterAssign: boolean;
  onSave: (node: FlowNode) => void;
  onClose: () => void;
}

function TypeHelp({ node, afterAssign }: { node: FlowNode; afterAssign: boolean }) {
  const { t } = useTranslation();
  const notes: string[] = [];
  if (node.type === 'assign_provider') notes.push(t('deliveryTemplates.node.builtInHelp'));
  if (node.type === 'container') notes.push(t('deliveryTemplates.node.containerHelp'));
  if (node.type === 'complete') notes.push(t('deliveryTemplates.node.completeHelp'));
  if (afterAssign && (node.type === 'confirm' || node.type === 'complete')) notes.push(t('deliveryTemplates.node.afterAssignHelp'));
  if (!notes.length) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      {notes.map((n) => (
        <Alert key={n} type="info" showIcon title={n} />
      ))}
    </Flex>
  );
}

/** A node's form (guide 5.2.2: one form per node type), in a drawer beside the chain. */
export function NodeDrawer({ node, readOnly, afterAssign, onSave, onClose }: NodeDrawerProps) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<NodeFormValues>();

  useEffect(() => {
    if (!node) return;
    form.resetFields();
    form.setFieldsValue(formValuesOf(node));
  }, [node, form]);

  const onFinish = (v: NodeFormValues) => {
    if (node) onSave(nodeFromValues(node, v));
  };

  return (
    <Drawer
      title={node ? t(`delivery.nodeTypes.${node.type}`) : null}
      open={node !== null}
      onClose={onClose}
      size={640}
      forceRender
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{readOnly ? t('common.close') : t('common.cancel')}</Button>
          {readOnly ? null : (
            <Button type="primary" onClick={() => form.submit()}>
              {t('deliveryTemplates.node.save')}
            </Button>
          )}
        </Flex>
      }
    >
      {node ? <TypeHelp node={node} afterAssign={afterAssign} /> : null}
      <Form<NodeFormValues> form={form} name="node" layout="vertical" onFinish={onFinish} disabled={readOnly} scrollToFirstError>
        <Form.Item
          name="name"
          label={t('deliveryTemplates.node.name')}
          rules={[rules.requiredTrimmed, { max: 30, message: t('deliveryTemplates.node.nameMax') }]}
        >
          <Input autoComplete="off" maxLength={40} />
        </Form.Item>
        {node ? <NodeSettingsFields type={node.type} /> : null}
        <Divider style={{ margin: '8px 0 16px' }} />
        <RemindersField disabled={readOnly} />
      </Form>
    </Drawer>
  );
}
