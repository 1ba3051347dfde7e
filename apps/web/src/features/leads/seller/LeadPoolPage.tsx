import { ThunderboltOutlined } from '@ant-design/icons';
import { demandTypes, type PoolItem } from '@cloudmart/contracts';
import { Button, Card, Empty, Flex, Form, Input, Popconfirm, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../../shared/access';
import { useErrorReporter } from '../../../shared/api/errors';
import { trimmed } from '../../../shared/list-state';
import { listEmpty, listPagination } from '../../../shared/ui/commerce-ui';
import { ListFilterForm } from '../../../shared/ui/ListFilterForm';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { columnsWidth } from '../../../shared/ui/table-width';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { useCurrentUser } from '../../accounts/auth.queries';
import { beijingText } from '../../promotions/promotion-time';
import { Masked } from './lead-parts';
import { leadPagePath, poolParams, poolStateFrom, useGrab, useLeadPool, type PoolListState } from './leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

type PoolSearch = { type?: string; q?: string };
const toValues = (f: PoolSearch): PoolSearch => ({ ...f });
const toFilters = (v: Partial<PoolSearch>): PoolSearch => ({ type: v.type || undefined, q: trimmed(v.q) });

/**
 * 商机 > 商机广场 (guide 4 获取需求): "用户在云市场发布的普通需求都会呈现在需求列表中，需求列表每整点更新一次，
 * 每天可抢5个需求。" A seller without a listed service product meets the 前提条件 instead of the list.
 */
export function LeadPoolPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => poolStateFrom(params), [params]);
  const pool = useLeadPool(state);
  const grab = useGrab();
  const canManage = can(me, 'leads.manage');
  const go = (next: PoolListState) => setParams(poolParams(next));
  const data = pool.data;
  const left = data ? Math.max(0, data.grabLimit - data.grabsToday) : 0;

  const onGrab = (d: PoolItem) =>
    grab.mutateAsync(d.id).then(
      (lead) =>
        void message.success(
          <span>
            {t('leadsSeller.pool.grabbed')} {/* the toast renders outside the router: a plain link that navigates with the page's hook */}
            <Typography.Link onClick={() => void navigate(leadPagePath(lead.id))}>{t('leadsSeller.pool.view')}</Typography.Link>
          </span>,
        ),
      // the loser of a race hears why: demand_already_taken, grab_limit_reached, needs_service_product…
      (err: unknown) => report(err),
    );

  const columns = poolColumns(t, {
    canManage,
    left,
    busyId: grab.isPending ? grab.variables : undefined,
    onGrab: (d) => void onGrab(d),
  });
  const filtered = Boolean(state.filters.type || state.filters.q);

  return (
    <>
      <PageHeader
        title={t('leadsSeller.poolTitle')}
        extra={
          data ? (
            <Tag color={left > 0 ? 'blue' : 'red'} style={{ fontSize: 14, padding: '4px 10px', marginInlineEnd: 0 }} data-testid="grabs-today">
              {t('leadsSeller.pool.grabsToday', { used: data.grabsToday, limit: data.grabLimit })}
            </Tag>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('leadsSeller.pool.hint')}</Typography.Paragraph>
        <ListFilterForm<PoolSearch, PoolSearch>
          name="poolFilters"
          ariaLabel={t('leadsSeller.pool.filters')}
          value={{ type: state.filters.type, q: state.filters.q }}
          toValues={toValues}
          toFilters={toFilters}
          onSearch={(f) => go({ filters: f, page: 1, pageSize: state.pageSize })}
          loading={pool.isFetching}
          actions="cell"
        >
          <Form.Item name="type" label={t('leadsSeller.pool.type')}>
            <Select
              allowClear
              placeholder={t('leadsSeller.pool.anyType')}
              options={demandTypes.map((v) => ({ value: v, label: t(`leadsSeller.types.${v}`) }))}
            />
          </Form.Item>
          <Form.Item name="q" label={t('leadsSeller.pool.q')} rules={[{ max: 60, message: t('leadsSeller.raise.tooLong', { max: 60 }) }]}>
            <Input allowClear placeholder={t('leadsSeller.pool.qPlaceholder')} />
          </Form.Item>
        </ListFilterForm>
      </Card>
      <Card>
        {data && !data.eligible ? (
          <NotEligible t={t} />
        ) : (
          <Table<PoolItem>
            rowKey="id"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={pool.isFetching}
            scroll={{ x: columnsWidth(columns) }}
            size="middle"
            aria-label={t('leadsSeller.poolTitle')}
            locale={{ emptyText: listEmpty(t, pool.error, filtered ? t('leadsSeller.pool.emptyFiltered') : t('leadsSeller.pool.empty')) }}
            pagination={listPagination(t, state, data?.total, go)}
          />
        )}
      </Card>
    </>
  );
}

/** 前提条件: "您至少需要发布一个服务类商品。发布服务类商品选择服务流时，建议您选择“商机系统定制服务流”。" */
function NotEligible({ t }: { t: TFunction }) {
  return (
    <Empty
      data-testid="pool-not-eligible"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Flex vertical gap={8} align="center" style={{ maxWidth: 560, margin: '0 auto' }}>
          <Typography.Text strong>{t('leadsSeller.pool.notEligibleTitle')}</Typography.Text>
          <Typography.Text type="secondary">{t('leadsSeller.pool.notEligible')}</Typography.Text>
        </Flex>
      }
    >
      <Link to="/seller/products/new">
        <Button type="primary">{t('leadsSeller.pool.toProducts')}</Button>
      </Link>
    </Empty>
  );
}

interface PoolActions {
  canManage: boolean;
  left: number;
  busyId: string | undefined;
  onGrab: (d: PoolItem) => void;
}

/** Fits 1280 px in both languages (916 px; the English menu leaves 944). */
function poolColumns(t: TFunction, a: PoolActions): TableColumnsType<PoolItem> {
  return [
    { key: 'name', title: t('leadsSeller.pool.name'), width: 150, render: (_, d) => <TwoLines primary={d.name} secondary={d.demandNo} /> },
    { key: 'type', title: t('leadsSeller.pool.type'), width: 112, render: (_, d) => t(`leadsSeller.types.${d.type}`) },
    {
      key: 'summary',
      title: t('leadsSeller.pool.summary'),
      width: 190,
      ellipsis: { showTitle: false },
      render: (_, d) => (
        <Tooltip title={d.summary} placement="topLeft">
          {d.summary}
        </Tooltip>
      ),
    },
    { key: 'region', title: t('leadsSeller.pool.region'), width: 84, ellipsis: true, render: (_, d) => d.region },
    { key: 'budget', title: t('leadsSeller.pool.budget'), width: 96, render: (_, d) => t(`leadsSeller.budgets.${d.budget}`) },
    { key: 'contact', title: t('leadsSeller.pool.contact'), width: 72, render: (_, d) => <Masked value={d.contactName} /> },
    {
      key: 'poolAt',
      title: t('leadsSeller.pool.poolAt'),
      width: 140,
      render: (_, d) => <TwoLines primary={beijingText(d.poolAt ?? d.createdAt, 16)} secondary={beijingText(d.createdAt, 16)} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 72,
      render: (_, d) =>
        a.canManage ? (
          <Popconfirm
            title={t('leadsSeller.pool.grabConfirm', { name: d.name })}
            description={t('leadsSeller.pool.grabExplain', { left: Math.max(0, a.left - 1) })}
            onConfirm={() => a.onGrab(d)}
            disabled={a.left <= 0}
          >
            <Tooltip title={a.left <= 0 ? t('leadsSeller.pool.limitReached') : undefined}>
              <Button type="link" size="small" icon={<ThunderboltOutlined />} disabled={a.left <= 0} loading={a.busyId === d.id} style={{ paddingInline: 0 }}>
                {t('leadsSeller.pool.grab')}
              </Button>
            </Tooltip>
          </Popconfirm>
        ) : null,
    },
  ];
}
