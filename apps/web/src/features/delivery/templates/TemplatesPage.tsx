import { PlusOutlined } from '@ant-design/icons';
import { templateScopes, templateStatuses, type TemplateListQuery, type TemplateSummary } from '@cloudmart/contracts';
import { Button, Card, Popconfirm, Select, Space, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { CreateTemplateModal } from './CreateTemplateModal';
import { listEmpty, TemplateStatusTag, useTemplateReporter } from './template-ui';
import { useDeleteTemplate, useTemplates } from './templates.queries';
import { editorPath, useCopyAndOpen } from './useCopyAndOpen';
import { useFeedback } from '../../../shared/ui/feedback';

type Scope = (typeof templateScopes)[number];
const DEFAULT_PAGE_SIZE = 20;

function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Tab, status filter and paging live in the URL, so reloads and the back button keep them. */
function queryFrom(params: URLSearchParams): TemplateListQuery & { scope: Scope } {
  const scope = templateScopes.find((s) => s === params.get('scope')) ?? 'public';
  const status = templateStatuses.find((s) => s === params.get('status'));
  return { scope, status, page: positiveInt(params.get('page'), 1, 10_000), pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100) };
}

function paramsOf(q: TemplateListQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.scope && q.scope !== 'public') p.set('scope', q.scope);
  if (q.status) p.set('status', q.status);
  if (q.page > 1) p.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(q.pageSize));
  return p;
}

export function TemplatesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const report = useTemplateReporter();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFrom(params), [params]);
  const list = useTemplates(query);
  const remove = useDeleteTemplate();
  const { copy, copyingId } = useCopyAndOpen();
  const [creating, setCreating] = useState(false);
  const go = (next: TemplateListQuery) => setParams(paramsOf(next));

  const onDelete = (tpl: TemplateSummary) =>
    remove.mutate(tpl.id, { onSuccess: () => void message.success(t('deliveryTemplates.list.deleted')), onError: (err) => report(err) });

  const columns: TableColumnsType<TemplateSummary> = [
    {
      key: 'name',
      title: t('deliveryTemplates.list.name'),
      width: 280,
      render: (_, tpl) => (
        <Space vertical size={0}>
          <Link to={editorPath(tpl.id)}>{tpl.name}</Link>
          {tpl.description ? (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
              {tpl.description}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { key: 'status', title: t('deliveryTemplates.list.status'), width: 100, render: (_, tpl) => <TemplateStatusTag status={tpl.status} /> },
    { key: 'steps', title: t('deliveryTemplates.list.steps'), width: 90, dataIndex: 'stepCount' },
    { key: 'updatedAt', title: t('deliveryTemplates.list.updatedAt'), width: 170, render: (_, tpl) => formatDateTime(tpl.updatedAt) },
    { key: 'publishedAt', title: t('deliveryTemplates.list.publishedAt'), width: 170, render: (_, tpl) => formatDateTime(tpl.publishedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, tpl) => (
        <Space size={0} wrap>
          {tpl.editable ? (
            <Button type="link" size="small" onClick={() => void navigate(editorPath(tpl.id))}>
              {t('deliveryTemplates.list.edit')}
            </Button>
          ) : (
            <Button type="link" size="small" onClick={() => void navigate(editorPath(tpl.id))}>
              {t('deliveryTemplates.list.view')}
            </Button>
          )}
          <Button type="link" size="small" loading={copyingId === tpl.id} onClick={() => copy(tpl.id)}>
            {t('deliveryTemplates.list.copy')}
          </Button>
          {tpl.editable ? (
            <Popconfirm
              title={t('deliveryTemplates.list.deleteConfirm', { name: tpl.name })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => onDelete(tpl)}
            >
              <Button type="link" size="small" danger loading={remove.isPending && remove.variables === tpl.id}>
                {t('deliveryTemplates.list.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  const statusFilter = (
    <Select
      aria-label={t('deliveryTemplates.list.statusFilter')}
      style={{ width: 140 }}
      value={query.status ?? ''}
      onChange={(v: string) => go({ ...query, status: templateStatuses.find((s) => s === v), page: 1 })}
      options={[
        { value: '', label: t('deliveryTemplates.list.allStatuses') },
        ...templateStatuses.map((s) => ({ value: s, label: t(`deliveryTemplates.statuses.${s}`) })),
      ]}
    />
  );

  return (
    <>
      <PageHeader
        title={t('deliveryTemplates.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('deliveryTemplates.list.create')}
          </Button>
        }
      />
      <Card>
        <Tabs
          activeKey={query.scope}
          onChange={(key) => go({ scope: templateScopes.find((s) => s === key) ?? 'public', page: 1, pageSize: query.pageSize })}
          items={templateScopes.map((s) => ({ key: s, label: t(`deliveryTemplates.tabs.${s}`) }))}
          tabBarExtraContent={statusFilter}
        />
        <Table<TemplateSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t(`deliveryTemplates.tabs.${query.scope}`)}
          locale={{
            emptyText: listEmpty(t, list.error, t(query.scope === 'mine' ? 'deliveryTemplates.list.emptyMine' : 'deliveryTemplates.list.emptyPublic')),
          }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (n) => t('common.total', { total: n }),
            onChange: (page, pageSize) => go({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }),
          }}
        />
      </Card>
      <CreateTemplateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
