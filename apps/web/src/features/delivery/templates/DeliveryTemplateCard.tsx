import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../app/access';
import { formatDateTime } from '../../../shared/ui/format';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useCurrentUser } from '../../auth/auth.queries';
import { TemplateStatusTag, useTemplateReporter } from './template-ui';
import { useLinkProductTemplate, useProductTemplate, useTemplates } from './templates.queries';
import { editorPath } from './useCopyAndOpen';

/**
 * 服务流程 of a service product (seller product editor): the linked template, or the public
 * basic one when none is linked, and a select of published templates (own and public) to link.
 * Needs the delivery.templates permission; others see nothing.
 */
export function DeliveryTemplateCard({ productId }: { productId: string }) {
  const me = useCurrentUser();
  const allowed = can(me, 'delivery.templates');
  return allowed ? <LinkCard productId={productId} /> : null;
}

function LinkCard({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useTemplateReporter();
  const current = useProductTemplate(productId, true);
  const published = useTemplates({ status: 'published', page: 1, pageSize: 100 });
  const link = useLinkProductTemplate();
  const [choice, setChoice] = useState<string | undefined>(undefined);

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
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('deliveryTemplates.product.noBasic')}</Typography.Text>
          )}
        </Descriptions.Item>
        {pt.linked ? <Descriptions.Item label={t('deliveryTemplates.product.linkedAt')}>{formatDateTime(pt.linkedAt)}</Descriptions.Item> : null}
      </Descriptions>
    );
  };

  const options = (published.data?.items ?? []).map((tpl) => ({
    value: tpl.id,
    label: tpl.kind === 'public' ? `${tpl.name}（${t('deliveryTemplates.product.publicTag')}）` : tpl.name,
  }));
  const linkedId = current.data?.linked ? current.data.template?.id : undefined;

  const onLink = () => {
    if (!choice) return;
    link.mutate(
      { productId, templateId: choice },
      {
        onSuccess: () => {
          void message.success(t('deliveryTemplates.product.linkedOk'));
          setChoice(undefined);
        },
        onError: (err) => report(err),
      },
    );
  };

  return (
    <Card title={t('deliveryTemplates.product.title')} id="delivery-template">
      <Flex vertical gap={12}>
        {body()}
        <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
          <Select
            aria-label={t('deliveryTemplates.product.select')}
            style={{ flex: 1 }}
            placeholder={t('deliveryTemplates.product.selectPlaceholder')}
            loading={published.isPending}
            value={choice}
            onChange={setChoice}
            options={options}
            notFoundContent={published.isError ? t('common.loadFailed') : t('deliveryTemplates.product.noPublished')}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Button type="primary" icon={<LinkOutlined aria-hidden />} disabled={!choice || choice === linkedId} loading={link.isPending} onClick={onLink}>
            {t('deliveryTemplates.product.link')}
          </Button>
        </Space.Compact>
        <Typography.Text type="secondary">{t('deliveryTemplates.product.help')}</Typography.Text>
      </Flex>
    </Card>
  );
}
