import type { ReviewableOrder } from '@cloudmart/contracts';
import { Alert, Button, Card, Empty, Table, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { aftersalesErrorMessage } from '../../aftersales/buyer/aftersales-errors';
import { BUYER_PAGE_SIZE } from '../../orders/buyer/buyer.queries';
import { MyReviewsList } from './MyReviewsList';
import { ReviewFormModal } from './ReviewFormModal';
import { useReviewables } from './reviews.queries';

type Tab = 'pending' | 'mine';

function Reviewables() {
  const { t } = useTranslation();
  const reviewables = useReviewables();
  const [writing, setWriting] = useState<ReviewableOrder | null>(null);
  const columns: TableColumnsType<ReviewableOrder> = [
    {
      key: 'orderNo',
      title: t('buyerAftersales.review.orderNo'),
      width: 170,
      render: (_, o) => <Link to={`/buyer/orders/${encodeURIComponent(o.orderId)}`}>{o.orderNo}</Link>,
    },
    { key: 'product', title: t('buyerAftersales.review.product'), dataIndex: 'productName', width: 220, ellipsis: true },
    { key: 'spec', title: t('buyerAftersales.review.spec'), dataIndex: 'specName', width: 140 },
    { key: 'paidAt', title: t('buyerAftersales.review.paidAt'), width: 170, render: (_, o) => formatDateTime(o.paidAt) },
    { key: 'reviewBefore', title: t('buyerAftersales.review.reviewBefore'), width: 170, render: (_, o) => formatDateTime(o.reviewBefore) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 90,
      render: (_, o) => (
        <Button type="link" size="small" onClick={() => setWriting(o)} aria-label={`${t('buyerAftersales.review.write')} ${o.orderNo}`}>
          {t('buyerAftersales.review.write')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Alert type="info" showIcon title={t('buyerAftersales.review.pendingHint')} style={{ marginBottom: 16 }} />
      <Table<ReviewableOrder>
        rowKey="orderId"
        columns={columns}
        dataSource={reviewables.data ?? []}
        loading={reviewables.isFetching}
        scroll={{ x: 'max-content' }}
        size="middle"
        aria-label={t('buyerAftersales.review.tabPending')}
        pagination={{ pageSize: BUYER_PAGE_SIZE, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={reviewables.isError ? aftersalesErrorMessage(t, reviewables.error) : t('buyerAftersales.review.noPending')}
            />
          ),
        }}
      />
      {writing ? <ReviewFormModal order={writing} onClose={() => setWriting(null)} /> : null}
    </>
  );
}

function positive(v: string | null, fallback: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 10_000) : fallback;
}

/** 评价: purchases to review, and the buyer's reviews with the seller's replies. */
export function BuyerReviewsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'mine' ? 'mine' : 'pending';
  const page = positive(params.get('page'), 1);
  const pageSize = Math.min(positive(params.get('pageSize'), BUYER_PAGE_SIZE), 100);
  const go = (next: Tab, p = 1, size = BUYER_PAGE_SIZE) => {
    const sp = new URLSearchParams();
    if (next === 'mine') sp.set('tab', 'mine');
    if (p > 1) sp.set('page', String(p));
    if (size !== BUYER_PAGE_SIZE) sp.set('pageSize', String(size));
    setParams(sp);
  };
  return (
    <>
      <PageHeader title={t('menu.myReviews')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => go(k === 'mine' ? 'mine' : 'pending')}
          items={[
            { key: 'pending', label: t('buyerAftersales.review.tabPending'), children: <Reviewables /> },
            {
              key: 'mine',
              label: t('buyerAftersales.review.tabMine'),
              children: <MyReviewsList page={page} pageSize={pageSize} onPage={(p, size) => go('mine', p, size)} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
