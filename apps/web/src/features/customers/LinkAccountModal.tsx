import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { useLinkCustomer } from './customers.queries';
import { useFeedback } from '../../shared/ui/feedback';

/**
 * 关联账号 (guide 2.8 私有客户关联为平台客户: "填写该客户的阿里云账号，单击保存"). Linking merges the
 * private customer into a platform one and cannot be undone, so the save asks once more.
 */
export function LinkAccountModal({ customerId, open, onClose }: { customerId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ buyerLoginName: string }>();
  const link = useLinkCustomer(customerId);

  const onFinish = ({ buyerLoginName }: { buyerLoginName: string }) => {
    const account = buyerLoginName.trim();
    modal.confirm({
      title: t('customers.linkModal.confirmTitle', { account }),
      content: t('customers.linkModal.explain'),
      okText: t('customers.linkModal.confirm'),
      onOk: () =>
        link.mutateAsync(account).then(
          () => {
            void message.success(t('customers.linkModal.done'));
            onClose();
          },
          (err: unknown) => report(err, form, { buyer_account_unknown: 'buyerLoginName', customer_already_linked: 'buyerLoginName' }),
        ),
    });
  };

  return (
    <Modal
      open={open}
      title={t('customers.linkModal.title')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('customers.linkModal.explain')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="linkAccount" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="buyerLoginName"
          label={t('customers.linkModal.account')}
          rules={[
            { required: true, whitespace: true, message: t('customers.linkModal.accountRequired') },
            { max: 64, message: t('customers.form.tooLong', { max: 64 }) },
          ]}
        >
          <Input placeholder={t('customers.linkModal.accountPlaceholder')} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
