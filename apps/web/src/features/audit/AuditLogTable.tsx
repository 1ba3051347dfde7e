import { auditActions, type AuditAction, type AuditEntry } from '@cloudmart/contracts';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { formatDateTime } from '../../shared/ui/format';
import { TwoLines } from '../../shared/ui/TwoLines';
import { columnsWidth } from '../../shared/ui/table-width';
import { DEFAULT_PAGE_SIZE } from '../../shared/list-state';
import { useAuditLog, type AuditFilters } from './audit.queries';

interface FilterForm {
  action?: AuditAction;
  actor?: string;
  sellerId?: string;
}

/** What was sent, on one line: `key: value` pairs, long values cut (the whole JSON in the tooltip). */
function detailsLine(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

/** The 操作日志 list with its filters, for the main account (its organisation) and operators (all). */
export function AuditLogTable({ audience }: { audience: 'seller' | 'operator' }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterForm>();
  const [filters, setFilters] = useState<AuditFilters>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const list = useAuditLog(audience, filters);

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.at'), width: 170, render: (_, e) => <TwoLines primary={formatDateTime(e.at)} secondary={e.ip ? `IP ${e.ip}` : undefined} /> },
    {
      key: 'actor',
      title: t('audit.actor'),
      width: 180,
      ellipsis: true,
      // operators see which organisation a seller's sub-account acted for (the 服务商 ID filter's value)
      render: (_, e) => (
        <TwoLines
          primary={e.actorLogin}
          secondary={audience === 'operator' && e.sellerId ? e.sellerId : `${t(`audit.actorKinds.${e.actorKind}`)} · ${e.actorName}`}
        />
      ),
    },
    { key: 'action', title: t('audit.action'), width: 160, render: (_, e) => <Tag>{t(`audit.actions.${e.action}`)}</Tag> },
    {
      key: 'subject',
      title: t('audit.subject'),
      width: 190,
      ellipsis: true,
      render: (_, e) => (e.subjectId ? <Typography.Text copyable={{ text: e.subjectId }}>{e.subjectId}</Typography.Text> : '—'),
    },
    {
      key: 'details',
      title: t('audit.details'),
      width: 240,
      ellipsis: { showTitle: false },
      render: (_, e) => (
        <Tooltip title={<pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(e.details, null, 2)}</pre>}>
          <span>{detailsLine(e.details)}</span>
        </Tooltip>
      ),
    },
  ];

  const apply = (v: FilterForm) =>
    setFilters((f) => ({ page: 1, pageSize: f.pageSize, action: v.action, actor: v.actor?.trim() || undefined, sellerId: v.sellerId?.trim() || undefined }));

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t(audience === 'operator' ? 'audit.operatorIntro' : 'audit.intro')}</Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="action">
          <Select<AuditAction>
            allowClear
            placeholder={t('audit.allActions')}
            aria-label={t('audit.action')}
            style={{ width: 200 }}
            options={auditActions.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
          />
        </Form.Item>
        <Form.Item name="actor">
          <Input allowClear maxLength={140} placeholder={t('audit.actorPlaceholder')} aria-label={t('audit.actor')} style={{ width: 200 }} />
        </Form.Item>
        {audience === 'operator' && (
          <Form.Item name="sellerId">
            <Input allowClear maxLength={64} placeholder={t('audit.sellerPlaceholder')} aria-label={t('audit.seller')} style={{ width: 220 }} />
          </Form.Item>
        )}
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('audit.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              {t('audit.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: columnsWidth(columns) }}
        size="middle"
        aria-label={t('audit.title')}
        locale={{ emptyText: listEmpty(t, list.error, t('audit.empty')) }}
        pagination={listPagination(t, { filters: {}, page: filters.page, pageSize: filters.pageSize }, list.data?.total, ({ page, pageSize }) =>
          setFilters((f) => ({ ...f, page, pageSize })),
        )}
      />
    </Card>
  );
}
