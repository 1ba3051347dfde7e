import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { useCloseDemand } from './operator-leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** 关闭需求: a reason (kept in the log), and a warning that it cannot be undone. */
export function CloseDemandModal({ demandId, demandName, open, onClose }: { demandId: string; demandName: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ reason?: string }>();
  const close = useCloseDemand(demandId);
  const onFinish = (v: { reason?: string }) =>
    close.mutateAsync((v.reason ?? '').trim()).then(
      () => {
        void message.success(t('leadsOperator.closed'));
        onClose();
      },
      (err: unknown) => report(err, form),
    );
  return (
    <Modal
      open={open}
      title={t('leadsOperator.closeTitle', { name: demandName })}
      okText={t('leadsOperator.closeOk')}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={close.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('leadsOperator.closeHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="closeDemand" onFinish={(v) => void onFinish(v)} preserve={false}>
        <Form.Item
          name="reason"
          label={t('leadsOperator.closeReason')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('leadsOperator.closeReasonRule') }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('leadsOperator.closeReasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
