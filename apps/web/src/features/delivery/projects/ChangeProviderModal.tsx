import { Alert, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useManageAction } from './project-actions.queries';
import { useAvailableProviders } from './projects.queries';
import { useProjectReporter } from './project-ui';

/** 更换服务商 (vendor): the flow starts over as a new run with the new provider. */
export function ChangeProviderModal({ projectId, currentProviderId, onClose }: { projectId: string; currentProviderId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ providerSellerId: string }>();
  const providers = useAvailableProviders(true);
  const manage = useManageAction(projectId);
  const report = useProjectReporter();

  return (
    <Modal
      open
      title={t('deliveryProjects.manage.changeProvider')}
      okText={t('common.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={manage.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('deliveryProjects.manage.providerRestart')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        name="changeProvider"
        layout="vertical"
        onFinish={(v) =>
          manage.mutate(
            { kind: 'change-provider', providerSellerId: v.providerSellerId },
            { onSuccess: onClose, onError: (err) => report(err, form, { provider_not_linked: 'providerSellerId' }) },
          )
        }
      >
        <Form.Item name="providerSellerId" label={t('deliveryProjects.manage.provider')} rules={[{ required: true }]}>
          <Select
            placeholder={t('deliveryProjects.manage.select')}
            loading={providers.isFetching}
            options={(providers.data ?? []).map((p) => ({ value: p.sellerId, label: p.name, disabled: p.sellerId === currentProviderId }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
