import { LinkOutlined } from '@ant-design/icons';
import type { ProductTemplateBody } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Flex, Form, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/access';
import { formatDateTime } from '../../../shared/ui/format';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useCurrentUser } from '../../accounts/auth.queries';
import { TemplateStatusTag, useTemplateReporter } from './template-ui';
import { useLinkProductTemplate, useProductTemplate, useTemplates } from './templates.queries';
import { editorPath } from './useCopyAndOpen';
import { useFeedback } from '../../../shared/ui/feedback';

/**
 * 服务流程 of a service product (seller product editor): the linked template, or the public
 * basic one when none is linked, and a select of published templates (own and public) to link.
 * A warranty template (its complete node runs until the warranty ends) also needs the
 * product's warranty period in days. Needs the delivery.templates permission; others see nothing.
 */
export function DeliveryTemplateCard({ productId }: { productId: string }) {
  const me = useCurrentUser();
  const allowed = can(me, 'delivery.templates');
  return allowed ? <LinkCard productId={productId} /> : null;
}

interface LinkValues {
  templateId?: string;
  warrantyDays?: number | null;
}

function LinkCard({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useTemplateReporter();
  const current = useProductTemplate(productId, true);
  const published = useTemplates({ status: 'published', page: 1, pageSize: 100 });
  const link = useLinkProductTemplate();
  const [form] = Form.useForm<LinkValues>();
  const choice = Form.useWatch('templateId', form);
  const warrantyDays = Form.useWatch('warrantyDays', form);

  const body = () => {
    if (current.isPending) return <LoadingBlock minHeight={120} />;
    if (current.isError) return <LoadError error={current.error} onRetry={() => void current.refetch()} />;
    const pt = current.data;
    const tpl = pt.template;
    return (
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('deliveryTemplates.product.current')}>
          {tpl ? (
            <Space wrap>
              <Link to={editorPath(tpl.id)}>{tpl.name}</Link>
              <TemplateStatusTag status={tpl.status} />
              {pt.linked ? <Tag color="green">{t('deliveryTemplates.product.linked')}</Tag> : <Tag>{t('deliveryTemplates.product.unlinked')}</Tag>}
              {pt.warrantyDays !== null ? <Tag color="blue">{t('deliveryTemplates.product.warranty', { days: pt.warrantyDays })}</Tag> : null}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('deliveryTemplates.product.noBasic')}</Typography.Text>
          )}
        </Descriptions.Item>
        {pt.linked ? <Descriptions.Item label={t('deliveryTemplates.product.linkedAt')}>{formatDateTime(pt.linkedAt)}</Descriptions.Item> : null}
      </Descriptions>
    );
  };

  const templates = published.data?.items ?? [];
  const options = templates.map((tpl) => ({
    value: tpl.id,
    label: tpl.kind === 'public' ? `${tpl.name}（${t('deliveryTemplates.product.publicTag')}）` : tpl.name,
  }));
  const linkedId = current.data?.linked ? current.data.template?.id : undefined;
  const linkedWarrantyDays = current.data?.warrantyDays ?? null;
  // a warranty template needs the period; relinking the linked one may change it
  const warranty = templates.find((tpl) => tpl.id === choice)?.warranty === true;
  const unchanged = choice === linkedId && (!warranty || warrantyDays === linkedWarrantyDays);

  const onValuesChange = (changed: LinkValues) => {
    if (changed.templateId !== undefined && changed.templateId === linkedId && linkedWarrantyDays !== null) {
      form.setFieldValue('warrantyDays', linkedWarrantyDays);
    }
  };

  const onLink = (v: LinkValues) => {
    if (!v.templateId) return;
    // only a warranty template takes warrantyDays (the server refuses it otherwise)
    const body: ProductTemplateBody = { templateId: v.templateId, ...(warranty && typeof v.warrantyDays === 'number' ? { warrantyDays: v.warrantyDays } : {}) };
    link.mutate(
      { productId, body },
      {
        onSuccess: () => {
          void message.success(t('deliveryTemplates.product.linkedOk'));
          form.resetFields();
        },
        onError: (err) => report(err, form),
      },
    );
  };

  return (
    <Card title={t('deliveryTemplates.product.title')} id="delivery-template">
      <Flex vertical gap={12}>
        {body()}
        <Form<LinkValues> form={form} name="productTemplate" layout="inline" onFinish={onLink} onValuesChange={onValuesChange} style={{ rowGap: 12 }}>
          <Form.Item name="templateId" style={{ flex: '1 1 280px', maxWidth: 440 }}>
            <Select
              aria-label={t('deliveryTemplates.product.select')}
              style={{ width: '100%' }}
              placeholder={t('deliveryTemplates.product.selectPlaceholder')}
              loading={published.isPending}
              options={options}
              notFoundContent={published.isError ? t('common.loadFailed') : t('deliveryTemplates.product.noPublished')}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          {warranty ? (
            <Form.Item
              name="warrantyDays"
              label={t('deliveryTemplates.product.warrantyDays')}
              tooltip={t('deliveryTemplates.product.warrantyDaysHelp')}
              rules={[
                { required: true, message: t('validation.required') },
                { type: 'integer', min: 1, max: 3650, message: t('deliveryTemplates.product.warrantyDaysRange') },
              ]}
            >
              <InputNumber<number> min={1} max={3650} precision={0} style={{ width: 120 }} />
            </Form.Item>
          ) : null}
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<LinkOutlined aria-hidden />} disabled={!choice || unchanged} loading={link.isPending}>
              {t('deliveryTemplates.product.link')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">{t('deliveryTemplates.product.help')}</Typography.Text>
      </Flex>
    </Card>
  );
}
