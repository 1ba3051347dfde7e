import { couponHoldingStatuses, type CouponHoldingStatus } from '@cloudmart/contracts';
import { Button, Card, Empty, Flex, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { listParams, listStateFrom } from '../orders/buyer/buyer.queries';
import { scopeText } from './CouponStrip';
import { couponTerms, formatDate } from './promotion-format';
import { useMyCoupons, type MyCoupon } from './promotions-buyer.queries';
import { StackingRule } from './StackingRule';

const statuses: readonly CouponHoldingStatus[] = couponHoldingStatuses;

function UsedOrder({ c }: { c: MyCoupon }) {
  const { t } = useTranslation();
  if (!c.orderNo) return <>{t('common.none')}</>;
  return c.orderId ? <Link to={`/buyer/orders/${encodeURIComponent(c.orderId)}`}>{c.orderNo}</Link> : <>{c.orderNo}</>;
}

/** 我的优惠券: 可使用 / 已使用 / 已过期, each paged; the tab and page live in the URL. */
export function BuyerCouponsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => listStateFrom(params, statuses), [params]);
  const status: CouponHoldingStatus = state.status || 'usable';
  const coupons = useMyCoupons(status, state.page, state.pageSize);

  const columns: TableColumnsType<MyCoupon> = [
    {
      key: 'name',
      title: t('promotionsBuyer.myCoupons.name'),
      width: 200,
      render: (_, c) => (
        <Flex vertical gap={4} align="start">
          <Typography.Text strong>{c.name}</Typography.Text>
          <Tag color={status === 'usable' ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>
            {couponTerms(t, c)}
          </Tag>
        </Flex>
      ),
    },
    { key: 'seller', title: t('promotionsBuyer.myCoupons.seller'), dataIndex: 'sellerName', width: 130, ellipsis: true },
    {
      key: 'scope',
      title: t('promotionsBuyer.myCoupons.scope'),
      width: 200,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Typography.Text ellipsis={{ tooltip: scopeText(t, c) }} style={{ maxWidth: 184 }}>
            {scopeText(t, c)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('promotionsBuyer.scenarioList', { list: c.scenarios.map((s) => t(`promotionsBuyer.scenarios.${s}`)).join(t('promotionsBuyer.listSeparator')) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'validity',
      title: t('promotionsBuyer.myCoupons.validity'),
      width: 120,
      render: (_, c) => (
        <Flex vertical>
          <span>{formatDate(c.validFrom)}</span>
          <Typography.Text type="secondary">{formatDate(c.validTo)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'source',
      title: t('promotionsBuyer.myCoupons.source'),
      width: 130,
      render: (_, c) => (
        <Flex vertical>
          <span>{t(`promotionsBuyer.sources.${c.source}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={t('promotionsBuyer.myCoupons.receivedAt')}>
            {formatDate(c.createdAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(status === 'used'
      ? [
          {
            key: 'order',
            title: t('promotionsBuyer.myCoupons.order'),
            width: 170,
            render: (_: unknown, c: MyCoupon) => (
              <Flex vertical>
                <UsedOrder c={c} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }} title={t('promotionsBuyer.myCoupons.usedAt')}>
                  {formatDateTime(c.usedAt)}
                </Typography.Text>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  const empty = coupons.isError ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={errorMessage(t, coupons.error)} />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`promotionsBuyer.myCoupons.empty.${status}`)}>
      {status === 'usable' ? (
        <Flex vertical align="center" gap={8}>
          <Typography.Text type="secondary">{t('promotionsBuyer.myCoupons.emptyHint')}</Typography.Text>
          <Button type="primary" onClick={() => void navigate('/store')}>
            {t('promotionsBuyer.myCoupons.goStore')}
          </Button>
        </Flex>
      ) : null}
    </Empty>
  );

  return (
    <>
      <PageHeader title={t('promotionsBuyer.myCoupons.title')} />
      <Card>
        <Tabs
          activeKey={status}
          onChange={(key) => setParams(listParams({ ...state, status: key === 'usable' ? '' : (statuses.find((s) => s === key) ?? ''), page: 1 }))}
          items={statuses.map((s) => ({ key: s, label: t(`promotionsBuyer.myCoupons.tabs.${s}`) }))}
        />
        <Table<MyCoupon>
          rowKey="holdingId"
          columns={columns}
          dataSource={coupons.data?.items ?? []}
          loading={coupons.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('promotionsBuyer.myCoupons.title')}
          locale={{ emptyText: empty }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: coupons.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams(listParams({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize })),
          }}
        />
        <div style={{ marginTop: 8 }}>
          <StackingRule />
        </div>
      </Card>
    </>
  );
}
