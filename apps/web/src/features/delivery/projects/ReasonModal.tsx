import { Alert, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonModalProps {
  open: boolean;
  title: string;
  label: string;
  requiredMessage: string;
  okText: string;
  loading: boolean;
  danger?: boolean;
  /** what the action does that cannot be taken back, above the reason */
  warning?: ReactNode;
  placeholder?: string;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** A required reason (驳回原因, 暂停原因, 关闭原因), 1–500 characters as the contracts ask. */
export function ReasonModal({ open, title, label, requiredMessage, okText, loading, danger, warning, placeholder, onSubmit, onClose }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      {warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} name="reason" layout="vertical" onFinish={(v) => onSubmit(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={label}
          rules={[
            { required: true, whitespace: true, message: requiredMessage },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} autoFocus placeholder={placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
