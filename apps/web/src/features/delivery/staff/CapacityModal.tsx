import type { Employee } from '@cloudmart/contracts';
import { Form, InputNumber, Modal, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanTags, TagsField, useEmployeeRules } from './employee-form';
import { useStaffReporter } from './staff-errors';
import { useSetEmployeeCapacity } from './staff.queries';
import { useFeedback } from '../../../shared/ui/feedback';

interface Values {
  maxOpen: number;
  tags?: string[];
  accepting: boolean;
}

/** 配置持单量 (guide 5.4.3): max open projects 0–50, up to 5 tags and the accepting switch. */
export function CapacityModal({ employee, onClose }: { employee: Employee | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const rules = useEmployeeRules();
  const [form] = Form.useForm<Values>();
  const save = useSetEmployeeCapacity();

  useEffect(() => {
    if (employee) form.setFieldsValue({ maxOpen: employee.maxOpen, tags: employee.tags, accepting: employee.accepting });
  }, [employee, form]);

  const onFinish = (v: Values) => {
    if (!employee) return;
    save.mutate(
      { userId: employee.userId, body: { maxOpen: v.maxOpen, tags: cleanTags(v.tags), accepting: v.accepting } },
      {
        onSuccess: () => {
          void message.success(t('deliveryStaff.form.saved'));
          onClose();
        },
        onError: (err) => report(err, { form }),
      },
    );
  };

  return (
    <Modal
      open={employee !== null}
      title={employee ? t('deliveryStaff.form.capacityTitle', { name: employee.displayName }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} name="capacity" layout="vertical" onFinish={onFinish} disabled={save.isPending}>
        <Form.Item name="maxOpen" label={t('deliveryStaff.form.maxOpen')} rules={rules.maxOpen} extra={t('deliveryStaff.form.capacityHelp')}>
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <TagsField />
        <Form.Item name="accepting" label={t('deliveryStaff.form.accepting')} valuePropName="checked">
          <Switch checkedChildren={t('deliveryStaff.form.acceptingOn')} unCheckedChildren={t('deliveryStaff.form.acceptingOff')} />
        </Form.Item>
        {employee?.workStatus === 'on_leave' ? <Typography.Text type="secondary">{t('deliveryStaff.leaves.hint')}</Typography.Text> : null}
      </Form>
    </Modal>
  );
}
