import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Coupon, CouponHolder } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can } from '../../shared/access';
import { useErrorReporter } from '../../shared/api/errors';
import { DEFAULT_PAGE_SIZE, type ListState } from '../../shared/list-state';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useCurrentUser } from '../accounts/auth.queries';
import { CouponStatusTag, HoldingStatusTag } from './promotion-labels';
import { beijingRangeText, columnsWidth, couponOfferText, scenariosText, yuanPlain } from './promotion-format';
import { beijingText } from './promotion-time';
import { useCoupon, useCouponHolders, useVoidCoupon } from './promotions.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** /seller/coupons/:id — 详情 as the guide lays it out (状态, 信息, 使用情况), then who holds it. */
export function CouponDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const coupon = useCoupon(id);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => void navigate('/seller/coupons')}>
      {t('promotions.coupons.backToList')}
    </Button>
  );
  if (coupon.isPending)
    return (
      <>
        <PageHeader before={back} title={t('promotions.coupons.detailTitle')} />
        <LoadingBlock />
      </>
    );
  if (coupon.isError)
    return (
      <>
        <PageHeader before={back} title={t('promotions.coupons.detailTitle')} />
        <LoadError error={coupon.error} onRetry={() => void coupon.refetch()} />
      </>
    );
  return <CouponDetail coupon={coupon.data} back={back} />;
}

function CouponDetail({ coupon: c, back }: { coupon: Coupon; back: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const voidCoupon = useVoidCoupon();
  const canManage = can(me, 'promotions.manage');
  const sheets = (count: number) => t('promotions.coupons.sheets', { count });
  const names = (list: { name: string }[]) => (list.length ? list.map((p) => p.name).join('、') : '—');

  const onVoid = () =>
    voidCoupon.mutateAsync(c.id).then(
      () => void message.success(t('promotions.coupons.voided')),
      (err: unknown) => report(err),
    );

  const column = { xs: 1, md: 2 };
  return (
    <>
      <PageHeader
        before={back}
        title={c.name}
        extra={
          canManage && c.status === 'normal' ? (
            <Popconfirm title={t('promotions.coupons.voidConfirm')} onConfirm={onVoid} okButtonProps={{ danger: true }}>
              <Button danger loading={voidCoupon.isPending}>
                {t('promotions.coupons.void')}
              </Button>
            </Popconfirm>
          ) : null
        }
      />
      <Card title={t('promotions.coupons.sectionStatus')} style={{ marginBottom: 16 }} data-testid="coupon-status">
        <Descriptions size="small" column={column}>
          <Descriptions.Item label={t('promotions.coupons.createdAt')}>{beijingText(c.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.issuePeriod')}>{beijingRangeText(t, c.issueFrom, c.issueTo)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.currentStatus')}>
            {c.status === 'normal' ? t('promotions.coupons.statusNormal') : <CouponStatusTag status={c.status} />}
            {c.voidedAt ? `（${t('promotions.coupons.voidedAt')} ${beijingText(c.voidedAt)}）` : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.shopDisplay')}>{c.showInShop ? t('promotions.yes') : t('promotions.no')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('promotions.coupons.sectionInfo')} style={{ marginBottom: 16 }} data-testid="coupon-info">
        <Descriptions size="small" column={column}>
          <Descriptions.Item label={t('promotions.coupons.infoKind')}>{t(`promotions.coupons.kinds.${c.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.offer')}>{couponOfferText(t, c)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.validity')}>{beijingRangeText(t, c.validFrom, c.validTo)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.perUserLimit')}>
            {t('promotions.coupons.perUserLimitText', { count: c.perUserLimit })}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.scope')}>
            {c.scope === 'shop' ? t('promotions.coupons.scopeShop') : `${t('promotions.coupons.scopes.products')}：${names(c.products)}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.scenariosUsed')}>{scenariosText(t, c.scenarios)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.needsPurchased')}>{names(c.purchasedProducts)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.purchasedRange')}>{beijingRangeText(t, c.purchasedFrom, c.purchasedTo)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.orderCondition')}>
            {c.kind === 'threshold' && c.thresholdFen !== null
              ? t('promotions.coupons.orderConditionText', { amount: yuanPlain(c.thresholdFen) })
              : t('promotions.coupons.noCondition')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('promotions.coupons.sectionUsage')} style={{ marginBottom: 16 }} data-testid="coupon-usage">
        <Descriptions size="small" column={{ xs: 2, md: 4 }}>
          <Descriptions.Item label={t('promotions.coupons.issued')}>{sheets(c.issueCount)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.claimed')}>{sheets(c.claimedCount)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.used')}>{sheets(c.usedCount)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.coupons.expired')}>{sheets(c.expiredCount)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <HoldersCard couponId={c.id} />
    </>
  );
}

function HoldersCard({ couponId }: { couponId: string }) {
  const { t } = useTranslation();
  // the holders' page is local: the URL belongs to the coupon
  const [state, setState] = useState<ListState<never>>({ filters: {}, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const holders = useCouponHolders(couponId, state.page, state.pageSize);
  const columns: TableColumnsType<CouponHolder> = [
    { key: 'uid', title: t('promotions.coupons.buyerUid'), width: 110, render: (_, h) => h.buyerUid },
    { key: 'buyer', title: t('promotions.coupons.buyer'), width: 130, ellipsis: true, render: (_, h) => h.buyerName },
    { key: 'source', title: t('promotions.coupons.source'), width: 100, render: (_, h) => t(`promotions.coupons.sources.${h.source}`) },
    { key: 'status', title: t('promotions.coupons.holdingStatus'), width: 90, render: (_, h) => <HoldingStatusTag status={h.status} /> },
    { key: 'createdAt', title: t('promotions.coupons.claimedAt'), width: 160, render: (_, h) => beijingText(h.createdAt) },
    { key: 'usedAt', title: t('promotions.coupons.usedAt'), width: 160, render: (_, h) => beijingText(h.usedAt) },
    { key: 'orderNo', title: t('promotions.coupons.orderNo'), width: 150, ellipsis: true, render: (_, h) => h.orderNo ?? '—' },
  ];
  return (
    <Card title={t('promotions.coupons.holders')}>
      <Table<CouponHolder>
        rowKey="holdingId"
        columns={columns}
        dataSource={holders.data?.items ?? []}
        loading={holders.isFetching}
        scroll={{ x: columnsWidth(columns) }}
        size="middle"
        aria-label={t('promotions.coupons.holders')}
        locale={{ emptyText: listEmpty(t, holders.error, t('promotions.coupons.holdersEmpty')) }}
        pagination={listPagination(t, state, holders.data?.total, setState)}
      />
    </Card>
  );
}
