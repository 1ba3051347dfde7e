import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonModalProps {
  open: boolean;
  pending: boolean;
  title: string;
  okText: string;
  label: string;
  help?: string;
  /** a reason is required unless this is set (the operator's optional note) */
  optional?: boolean;
  danger?: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** A decision that carries a reason (rejecting a refund or an invoice, a note on a price flag). */
export function ReasonModal({ open, pending, title, okText, label, help, optional, danger = true, onCancel, onSubmit }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      okText={okText}
      okButtonProps={{ danger, loading: pending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} name="decisionReason" layout="vertical" onFinish={(v) => onSubmit(v.reason?.trim() ?? '')} disabled={pending}>
        <Form.Item
          name="reason"
          label={label}
          extra={help}
          rules={[
            ...(optional ? [] : [{ required: true, whitespace: true, message: t('aftersales.common.reasonRequired') }]),
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
