import { deliveryRoles, type DeliveryRole } from '@cloudmart/contracts';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useManageAction } from './project-actions.queries';
import { useEmployeesOfRole } from './projects.queries';
import { isDeliveryRole, useProjectReporter } from './project-ui';

interface OperatorValues {
  role: DeliveryRole;
  userId: string;
  note: string;
}

/** 更换操作人: hand a role of the project to another employee with spare capacity. */
export function ChangeOperatorModal({ projectId, currentRole, onClose }: { projectId: string; currentRole: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OperatorValues>();
  const role = Form.useWatch('role', form);
  const employees = useEmployeesOfRole(role);
  const manage = useManageAction(projectId);
  const report = useProjectReporter();

  const submit = (v: OperatorValues) =>
    manage.mutate(
      { kind: 'change-operator', body: { role: v.role, userId: v.userId, note: v.note.trim() } },
      { onSuccess: onClose, onError: (err) => report(err, form, { employee_unavailable: 'userId', role_mismatch: 'userId' }) },
    );

  return (
    <Modal
      open
      title={t('deliveryProjects.manage.changeOperator')}
      okText={t('common.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={manage.isPending}
      destroyOnHidden
    >
      <Form<OperatorValues>
        form={form}
        name="changeOperator"
        layout="vertical"
        onFinish={submit}
        initialValues={{ role: currentRole && isDeliveryRole(currentRole) ? currentRole : undefined }}
        onValuesChange={(changed: Partial<OperatorValues>) => {
          if (changed.role) form.setFieldValue('userId', undefined);
        }}
      >
        <Form.Item name="role" label={t('deliveryProjects.manage.role')} rules={[{ required: true }]}>
          <Select placeholder={t('deliveryProjects.manage.select')} options={deliveryRoles.map((r) => ({ value: r, label: t(`delivery.roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="userId" label={t('deliveryProjects.manage.employee')} rules={[{ required: true }]}>
          <Select
            placeholder={t('deliveryProjects.manage.select')}
            loading={employees.isFetching}
            disabled={!role}
            notFoundContent={t('deliveryProjects.manage.noEmployees')}
            showSearch={{ optionFilterProp: 'label' }}
            options={(employees.data?.items ?? []).map((e) => ({
              value: e.userId,
              label: `${e.displayName}（${t('deliveryProjects.manage.employeeHint', { load: e.load, max: e.maxOpen })}）`,
              disabled: !e.accepting || e.accountStatus !== 'active',
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('deliveryProjects.manage.note')}
          rules={[
            { required: true, whitespace: true, message: t('deliveryProjects.manage.noteRequired') },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
