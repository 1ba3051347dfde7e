import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface RejectModalProps {
  open: boolean;
  pending: boolean;
  onCancel: () => void;
  onReject: (reason: string) => void;
}

/** Rejecting needs a reason: the seller reads it. */
export function RejectModal({ open, pending, onCancel, onReject }: RejectModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('commerce.reviews.rejectTitle')}
      onCancel={onCancel}
      okText={t('commerce.reviews.reject')}
      okButtonProps={{ danger: true, loading: pending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} name="rejectReview" layout="vertical" onFinish={(v) => onReject(v.reason.trim())} disabled={pending}>
        <Form.Item
          name="reason"
          label={t('commerce.reviews.rejectReason')}
          extra={t('commerce.reviews.rejectHelp')}
          rules={[
            { required: true, whitespace: true },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
