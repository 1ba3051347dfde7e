import { PlusOutlined } from '@ant-design/icons';
import type { Coupon } from '@cloudmart/contracts';
import { Alert, Button, Card, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { useErrorReporter } from '../../shared/api/errors';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TwoLines } from '../../shared/ui/TwoLines';
import { useCurrentUser } from '../accounts/auth.queries';
import { CouponFilterForm } from './CouponFilterForm';
import { CouponStatusTag } from './promotion-labels';
import { columnsWidth, couponOfferText } from './promotion-format';
import { beijingText } from './promotion-time';
import { couponListParams, couponListStateFrom, couponPagePath, useCoupons, useVoidCoupon, type CouponListState } from './promotions.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** 营销 > 优惠券设置 (guide 2.10): issue, look at and void the shop's coupons. */
export function CouponsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => couponListStateFrom(params), [params]);
  const list = useCoupons(state);
  const voidCoupon = useVoidCoupon();
  const canManage = can(me, 'promotions.manage');
  const go = (next: CouponListState) => setParams(couponListParams(next));

  const onVoid = (c: Coupon) =>
    voidCoupon.mutateAsync(c.id).then(
      () => void message.success(t('promotions.coupons.voided')),
      (err: unknown) => report(err),
    );

  const columns: TableColumnsType<Coupon> = [
    // Fits 1280 px in both languages (940 px of columns; the en-US table has 942): the chosen products
    // under the scope, the end under the start; 满200元减20元 and "Chosen products" on one line.
    {
      key: 'name',
      title: t('promotions.coupons.name'),
      width: 124,
      // names run to 30 characters: wrapped, not cut (the name is what tells coupons apart)
      render: (_, c) => <Link to={couponPagePath(c.id)}>{c.name}</Link>,
    },
    { key: 'kind', title: t('promotions.coupons.kind'), width: 76, render: (_, c) => t(`promotions.coupons.kinds.${c.kind}`) },
    { key: 'offer', title: t('promotions.coupons.offer'), width: 120, render: (_, c) => couponOfferText(t, c) },
    {
      key: 'scope',
      title: t('promotions.coupons.scope'),
      width: 124,
      render: (_, c) => (
        <TwoLines primary={t(`promotions.coupons.scopes.${c.scope}`)} secondary={c.scope === 'products' ? c.products.map((p) => p.name).join('、') : null} />
      ),
    },
    {
      key: 'validity',
      title: t('promotions.coupons.validity'),
      width: 136,
      render: (_, c) => <TwoLines primary={beijingText(c.validFrom, 16)} secondary={t('promotions.until', { to: beijingText(c.validTo, 16) })} />,
    },
    {
      key: 'counts',
      // the long heading wraps instead of being cut, and only after a slash (已发行/ 已领取/ 已使用, not 已领/取)
      title: (
        <div style={{ whiteSpace: 'normal', wordBreak: 'keep-all' }}>
          {t('promotions.coupons.counts')
            .split('/')
            .map((part, i) =>
              i === 0 ? (
                part
              ) : (
                <Fragment key={i}>
                  /<wbr />
                  {part}
                </Fragment>
              ),
            )}
        </div>
      ),
      width: 96,
      render: (_, c) => t('promotions.coupons.countsValue', { issued: c.issueCount, claimed: c.claimedCount, used: c.usedCount }),
    },
    { key: 'status', title: t('promotions.coupons.status'), width: 76, render: (_, c) => <CouponStatusTag status={c.status} /> },
    {
      key: 'createdAt',
      title: t('promotions.coupons.createdAt'),
      width: 92,
      render: (_, c) => <TwoLines primary={beijingText(c.createdAt, 10)} secondary={beijingText(c.createdAt).slice(11)} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 96,
      render: (_, c) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => void navigate(couponPagePath(c.id))}>
            {t('promotions.coupons.detail')}
          </Button>
          {canManage && c.status === 'normal' ? (
            <Popconfirm title={t('promotions.coupons.voidConfirm')} onConfirm={() => onVoid(c)} okButtonProps={{ danger: true }}>
              <Button type="link" size="small" danger>
                {t('promotions.coupons.void')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('promotions.coupons.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/seller/coupons/new')}>
              {t('promotions.coupons.create')}
            </Button>
          ) : null
        }
      />
      <Alert type="info" showIcon title={t('promotions.stacking')} style={{ marginBottom: 16 }} />
      <Card style={{ marginBottom: 16 }}>
        <CouponFilterForm value={state.filters} loading={list.isFetching} onSearch={(filters) => go({ filters, page: 1, pageSize: state.pageSize })} />
      </Card>
      <Card>
        <Table<Coupon>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('promotions.coupons.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('promotions.coupons.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
    </>
  );
}
