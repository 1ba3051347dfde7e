import { refundOrigins, refundStatuses, type Refund } from '@cloudmart/contracts';
import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../accounts/auth.queries';
import { listPagination } from '../../shared/ui/commerce-ui';
import { listEmpty } from './aftersales-ui';
import { RefundDecisionButtons } from './RefundDecisionButtons';
import { RefundDetailDrawer } from './RefundDetailDrawer';
import { RefundStatusTag, RefundOriginTag } from './refund-labels';
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

  const columns: TableColumnsType<Refund> = [
    { key: 'product', title: t('aftersales.refunds.product'), width: 200, ellipsis: true, render: (_, r) => r.productName },
    { key: 'buyer', title: t('aftersales.refunds.buyer'), width: 110, render: (_, r) => r.buyerUid },
    { key: 'orderNo', title: t('aftersales.refunds.orderNo'), width: 180, render: (_, r) => r.orderNo },
    { key: 'amount', title: t('aftersales.refunds.amount'), width: 120, align: 'right', render: (_, r) => formatFen(r.amountFen) },
    { key: 'origin', title: t('aftersales.refunds.origin'), width: 110, render: (_, r) => <RefundOriginTag origin={r.origin} /> },
    { key: 'appliedAt', title: t('aftersales.refunds.appliedAt'), width: 170, render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'reviewedAt', title: t('aftersales.refunds.reviewedAt'), width: 170, render: (_, r) => formatDateTime(r.decidedAt) },
    { key: 'status', title: t('aftersales.refunds.status'), width: 110, render: (_, r) => <RefundStatusTag status={r.status} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
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
          scroll={{ x: 'max-content' }}
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
