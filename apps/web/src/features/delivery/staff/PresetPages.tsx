import type { DeliveryRoleInfo, LocalizedText, MessageTemplateInfo } from '@cloudmart/contracts';
import { Alert, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { listEmpty } from './staff-ui';
import { useDeliveryRoles, useMessageTemplates } from './presets.queries';

function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === 'en-US' ? text['en-US'] : text['zh-CN']);
}

/** 查看角色 (guide 5.2.9): the preset roles, read-only. */
export function RolesPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const roles = useDeliveryRoles();
  const columns: TableColumnsType<DeliveryRoleInfo> = [
    { key: 'name', title: t('deliveryStaff.roles.name'), width: 180, render: (_, r) => localized(r.label) },
    { key: 'key', title: t('deliveryStaff.roles.key'), width: 180, render: (_, r) => <Typography.Text code>{r.key}</Typography.Text> },
    { key: 'description', title: t('deliveryStaff.roles.description'), render: (_, r) => localized(r.description) },
  ];
  return (
    <>
      <PageHeader title={t('deliveryStaff.roles.title')} />
      <Card>
        <Alert type="info" showIcon title={t('deliveryStaff.roles.note')} style={{ marginBottom: 16 }} />
        <Table<DeliveryRoleInfo>
          rowKey="key"
          columns={columns}
          dataSource={roles.data ?? []}
          loading={roles.isFetching}
          pagination={false}
          aria-label={t('deliveryStaff.roles.title')}
          locale={{ emptyText: listEmpty(t, roles.error, t('deliveryStaff.roles.empty')) }}
        />
      </Card>
    </>
  );
}

/** 消息模板 (guide 5.2.11): the preset reminder texts, read-only. */
export function MessageTemplatesPage() {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const templates = useMessageTemplates();
  const textOf = (m: MessageTemplateInfo) => (i18n.language === 'en-US' ? m.text['en-US'] : m.text['zh-CN']);
  const columns: TableColumnsType<MessageTemplateInfo> = [
    { key: 'name', title: t('deliveryStaff.messages.name'), width: 220, render: (_, m) => localized(m.name) },
    { key: 'recipient', title: t('deliveryStaff.messages.recipient'), width: 130, render: (_, m) => t(`delivery.recipients.${m.recipient}`) },
    { key: 'trigger', title: t('deliveryStaff.messages.trigger'), width: 150, render: (_, m) => t(`delivery.triggers.${m.trigger}`) },
    {
      key: 'content',
      title: t('deliveryStaff.messages.content'),
      render: (_, m) => (
        <>
          <Typography.Text strong>{textOf(m).title}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {textOf(m).body}
          </Typography.Paragraph>
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('deliveryStaff.messages.title')} />
      <Card>
        <Alert type="info" showIcon title={t('deliveryStaff.messages.note')} style={{ marginBottom: 16 }} />
        <Table<MessageTemplateInfo>
          rowKey="key"
          columns={columns}
          dataSource={templates.data ?? []}
          loading={templates.isFetching}
          pagination={false}
          aria-label={t('deliveryStaff.messages.title')}
          locale={{ emptyText: listEmpty(t, templates.error, t('deliveryStaff.messages.empty')) }}
        />
      </Card>
    </>
  );
}
