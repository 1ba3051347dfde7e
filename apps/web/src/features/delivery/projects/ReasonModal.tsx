import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface ReasonModalProps {
  open: boolean;
  title: string;
  label: string;
  requiredMessage: string;
  okText: string;
  loading: boolean;
  danger?: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** A required reason (驳回原因, 暂停原因), 1–500 characters as the contracts ask. */
export function ReasonModal({ open, title, label, requiredMessage, okText, loading, danger, onSubmit, onClose }: ReasonModalProps) {
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
      <Form form={form} name="reason" layout="vertical" onFinish={(v) => onSubmit(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={label}
          rules={[
            { required: true, whitespace: true, message: requiredMessage },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
