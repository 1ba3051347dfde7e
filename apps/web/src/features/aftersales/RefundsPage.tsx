import { refundOrigins, refundStatuses, type Refund } from '@cloudmart/contracts';
import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TwoLines } from '../../shared/ui/TwoLines';
import { columnsWidth } from '../../shared/ui/table-width';
import { useCurrentUser } from '../accounts/auth.queries';
import { listPagination } from '../../shared/ui/commerce-ui';
import { listEmpty } from './aftersales-ui';
import { RefundDecisionButtons } from './RefundDecisionButtons';
import { RefundDetailDrawer } from './RefundDetailDrawer';
import { RefundStatusTag } from './refund-labels';
import { refundListParams, refundListStateFrom, useRefunds, type RefundListState } from './refunds.queries';
import { SelectFilterForm } from './SelectFilterForm';
import { formatFen } from '../../shared/money';

/** 退款管理: buyers' requests to decide and the seller's own refunds under operator review. */
export function RefundsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const state = useMemo(() => refundListStateFrom(params), [params]);
  const list = useRefunds('seller', state);
  const canManage = can(me, 'refunds.manage');

  // the drawer lives in the path (/seller/refunds/:id, also the notification link), the filters in the query
  const go = (next: RefundListState, refundId?: string) => {
    const search = refundListParams(next).toString();
    void navigate(`/seller/refunds${refundId ? `/${encodeURIComponent(refundId)}` : ''}${search ? `?${search}` : ''}`);
  };

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (applied time, buyer, origin, review time).
  const columns: TableColumnsType<Refund> = [
    {
      key: 'orderNo',
      title: t('aftersales.refunds.orderNo'),
      width: 160,
      render: (_, r) => <TwoLines primary={r.orderNo} secondary={formatDateTime(r.createdAt)} />,
    },
    {
      key: 'product',
      title: t('aftersales.refunds.product'),
      width: 170,
      ellipsis: true,
      render: (_, r) => <TwoLines primary={r.productName} secondary={`${t('aftersales.refunds.buyer')} ${r.buyerUid}`} />,
    },
    {
      key: 'amount',
      title: t('aftersales.refunds.amount'),
      width: 130,
      align: 'right',
      render: (_, r) => <TwoLines primary={formatFen(r.amountFen)} secondary={t(`aftersales.refunds.origins.${r.origin}`)} />,
    },
    {
      key: 'status',
      title: t('aftersales.refunds.status'),
      width: 150,
      render: (_, r) => <TwoLines primary={<RefundStatusTag status={r.status} />} secondary={r.decidedAt ? formatDateTime(r.decidedAt) : null} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 280,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => go(state, r.id)}>
            {t('aftersales.common.view')}
          </Button>
          {canManage && r.status === 'reviewing' ? <RefundDecisionButtons refund={r} side="seller" size="small" link /> : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('aftersales.refunds.title')} />
      <Card style={{ marginBottom: 16 }}>
        <SelectFilterForm
          name="refundFilters"
          ariaLabel={t('aftersales.refunds.filters')}
          value={state.filters}
          loading={list.isFetching}
          onSearch={(filters) => go({ filters, page: 1, pageSize: state.pageSize })}
          fields={[
            {
              name: 'status',
              label: t('aftersales.refunds.status'),
              placeholder: t('aftersales.refunds.anyStatus'),
              options: refundStatuses.map((s) => ({ value: s, label: t(`aftersales.refunds.statuses.${s}`) })),
            },
            {
              name: 'origin',
              label: t('aftersales.refunds.origin'),
              placeholder: t('aftersales.refunds.anyOrigin'),
              options: refundOrigins.map((o) => ({ value: o, label: t(`aftersales.refunds.origins.${o}`) })),
            },
          ]}
        />
      </Card>
      <Card>
        <Table<Refund>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('aftersales.refunds.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('aftersales.refunds.empty')) }}
          pagination={listPagination(t, state, list.data?.total, (next) => go(next))}
        />
      </Card>
      <RefundDetailDrawer id={id} canManage={canManage} onClose={() => go(state)} />
    </>
  );
}
