import { deliveryRoles, requirementForms, sides, type NodeType } from '@cloudmart/contracts';
import { Form, Input, InputNumber, Radio, Select, Space, Switch, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasOneDecimalAtMost, type NodeFormValues } from './node-form';
import { RequirementFormPreview } from './RequirementFormPreview';

/*
 * The settings of each node type, as the guide's node forms (5.2.2). Fields the guide marks
 * with * carry the asterisk; a draft may still leave them blank (publishing names them).
 */

function useFieldRules() {
  const { t } = useTranslation();
  const label: FormRule[] = [{ max: 20, message: t('deliveryTemplates.node.labelMax') }];
  const timeout: FormRule[] = [
    { type: 'number', min: 0, max: 365, message: t('deliveryTemplates.node.timeoutRange') },
    {
      validator: (_r, v: unknown) =>
        typeof v !== 'number' || hasOneDecimalAtMost(v) ? Promise.resolve() : Promise.reject(new Error(t('deliveryTemplates.node.timeoutPrecision'))),
    },
  ];
  return { label, timeout };
}

function LabelItem({ name, label }: { name: 'submitLabel' | 'viewLabel' | 'confirmLabel' | 'rejectLabel' | 'uploadLabel'; label: string }) {
  const rules = useFieldRules();
  return (
    <Form.Item name={name} label={label} required rules={rules.label}>
      <Input autoComplete="off" maxLength={30} />
    </Form.Item>
  );
}

function TimeoutItem() {
  const { t } = useTranslation();
  const rules = useFieldRules();
  return (
    <Form.Item name="timeoutDays" label={t('deliveryTemplates.node.timeout')} extra={t('deliveryTemplates.node.timeoutHelp')} rules={rules.timeout}>
      <InputNumber min={0} max={365} step={1} style={{ width: 160 }} />
    </Form.Item>
  );
}

function RoleItem({ help }: { help?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="role" label={t('deliveryTemplates.node.role')} required extra={help ? t('deliveryTemplates.node.roleHelp') : undefined}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('deliveryTemplates.node.rolePlaceholder')}
        options={deliveryRoles.map((r) => ({ value: r, label: t(`delivery.roles.${r}`) }))}
      />
    </Form.Item>
  );
}

function SideItem() {
  const { t } = useTranslation();
  return (
    <Form.Item name="side" label={t('deliveryTemplates.node.side')} required>
      <Radio.Group options={sides.map((s) => ({ value: s, label: t(`delivery.sides.${s}`) }))} />
    </Form.Item>
  );
}

function SwitchItem({ name, label, extra }: { name: 'rejectable' | 'autoAdvance' | 'untilWarrantyEnds' | 'uploadRequired'; label: string; extra?: string }) {
  return (
    <Form.Item name={name} label={label} valuePropName="checked" extra={extra}>
      <Switch aria-label={label} />
    </Form.Item>
  );
}

/**
 * 可驳回 + 驳回按钮 (only when rejectable), 质保期满自动完成 (complete node only; it replaces the
 * timeout), 超时时间, 超时进入下一步 (only with a timeout > 0).
 */
function RejectAndTimeout({ withWarranty = false }: { withWarranty?: boolean }) {
  const { t } = useTranslation();
  const rejectable = Form.useWatch<NodeFormValues['rejectable']>('rejectable');
  const timeoutDays = Form.useWatch<NodeFormValues['timeoutDays']>('timeoutDays');
  const untilWarrantyEnds = Form.useWatch<NodeFormValues['untilWarrantyEnds']>('untilWarrantyEnds');
  const timed = !(withWarranty && untilWarrantyEnds);
  return (
    <>
      <SwitchItem name="rejectable" label={t('deliveryTemplates.node.rejectable')} extra={t('deliveryTemplates.node.rejectableHelp')} />
      {rejectable ? <LabelItem name="rejectLabel" label={t('deliveryTemplates.node.rejectLabel')} /> : null}
      {withWarranty ? (
        <SwitchItem name="untilWarrantyEnds" label={t('deliveryTemplates.node.untilWarrantyEnds')} extra={t('deliveryTemplates.node.untilWarrantyEndsHelp')} />
      ) : null}
      {timed ? <TimeoutItem /> : null}
      {timed && typeof timeoutDays === 'number' && timeoutDays > 0 ? <SwitchItem name="autoAdvance" label={t('deliveryTemplates.node.autoAdvance')} /> : null}
    </>
  );
}

function SubmitFields() {
  const { t } = useTranslation();
  const form = Form.useWatch<NodeFormValues['form']>('form');
  return (
    <>
      <Form.Item label={t('deliveryTemplates.node.form')} required htmlFor="node_form">
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="form" noStyle>
            <Select
              id="node_form"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('deliveryTemplates.node.form')}
              placeholder={t('deliveryTemplates.node.formPlaceholder')}
              options={requirementForms.map((f) => ({ value: f, label: t(`delivery.requirementForms.${f}`) }))}
            />
          </Form.Item>
          <RequirementFormPreview formKey={form} />
        </Space.Compact>
      </Form.Item>
      <LabelItem name="submitLabel" label={t('deliveryTemplates.node.submitLabel')} />
      <LabelItem name="viewLabel" label={t('deliveryTemplates.node.viewLabel')} />
      <TimeoutItem />
    </>
  );
}

function AssignFields() {
  const { t } = useTranslation();
  return (
    <>
      <RoleItem />
      <Form.Item name="rule" label={t('deliveryTemplates.node.rule')} required>
        <Radio.Group options={(['provider_first', 'department_first'] as const).map((r) => ({ value: r, label: t(`delivery.assignRules.${r}`) }))} />
      </Form.Item>
    </>
  );
}

function ConfirmFields() {
  const { t } = useTranslation();
  const side = Form.useWatch<NodeFormValues['side']>('side');
  return (
    <>
      <SideItem />
      {side === 'provider' ? <RoleItem help /> : null}
      <LabelItem name="confirmLabel" label={t('deliveryTemplates.node.confirmLabel')} />
      <RejectAndTimeout />
    </>
  );
}

function GeneralFields() {
  const { t } = useTranslation();
  const side = Form.useWatch<NodeFormValues['side']>('side');
  const upload = Form.useWatch<NodeFormValues['uploadRequired']>('uploadRequired');
  return (
    <>
      <SideItem />
      {side === 'provider' ? <RoleItem help /> : null}
      <SwitchItem name="uploadRequired" label={t('deliveryTemplates.node.uploadRequired')} />
      {upload ? (
        <Form.Item name="uploadKind" label={t('deliveryTemplates.node.uploadKind')}>
          <Radio.Group options={(['any', 'contract'] as const).map((k) => ({ value: k, label: t(`deliveryTemplates.node.uploadKinds.${k}`) }))} />
        </Form.Item>
      ) : null}
      <LabelItem name="uploadLabel" label={t('deliveryTemplates.node.uploadLabel')} />
      <LabelItem name="viewLabel" label={t('deliveryTemplates.node.contentViewLabel')} />
      <LabelItem name="confirmLabel" label={t('deliveryTemplates.node.confirmLabel')} />
      <TimeoutItem />
    </>
  );
}

/** Every setting of a node type besides its name and reminders. */
export function NodeSettingsFields({ type }: { type: NodeType }) {
  const { t } = useTranslation();
  switch (type) {
    case 'assign_provider':
    case 'container':
      return null;
    case 'submit':
      return <SubmitFields />;
    case 'claim':
      return (
        <>
          <RoleItem />
          <TimeoutItem />
        </>
      );
    case 'assign':
      return <AssignFields />;
    case 'confirm':
      return <ConfirmFields />;
    case 'general':
      return <GeneralFields />;
    case 'complete':
      return (
        <>
          <LabelItem name="confirmLabel" label={t('deliveryTemplates.node.confirmLabel')} />
          <RejectAndTimeout withWarranty />
        </>
      );
  }
}
