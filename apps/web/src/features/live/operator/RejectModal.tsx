import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** The reason the seller reads; required. */
export function RejectModal({ open, busy, onCancel, onReject }: { open: boolean; busy: boolean; onCancel: () => void; onReject: (reason: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('live.operator.rejectTitle')}
      okText={t('live.operator.reject')}
      okButtonProps={{ danger: true, loading: busy }}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v) => onReject(v.reason.trim()))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: t('live.operator.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t('live.operator.rejectPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
