import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClaimOrder } from './project-actions.queries';
import { useProjectReporter } from './project-ui';

interface ClaimValues {
  orderNo: string;
}

/** 认领订单: an account manager enters the customer's order number at a claim step. */
export function ClaimOrderModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClaimValues>();
  const claim = useClaimOrder();
  const report = useProjectReporter();

  const submit = (v: ClaimValues) =>
    claim.mutate(v.orderNo.trim(), {
      onSuccess: (state) => {
        void message.success(t('deliveryProjects.claim.done', { orderNo: state.orderNo }));
        form.resetFields();
        onClose();
        void navigate(`/delivery/projects/${encodeURIComponent(state.id)}`);
      },
      onError: (err) => report(err, form, { not_found: 'orderNo', claim_not_allowed: 'orderNo' }),
    });

  return (
    <Modal
      open={open}
      title={t('deliveryProjects.claim.title')}
      okText={t('deliveryProjects.claim.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={claim.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('deliveryProjects.claim.hint')}</Typography.Paragraph>
      <Form<ClaimValues> form={form} name="claimOrder" layout="vertical" onFinish={submit}>
        <Form.Item
          name="orderNo"
          label={t('deliveryProjects.claim.orderNo')}
          rules={[
            { required: true, whitespace: true },
            { max: 32, message: t('validation.tooLong') },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
