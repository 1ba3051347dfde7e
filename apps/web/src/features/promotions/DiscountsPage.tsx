import { PlusOutlined } from '@ant-design/icons';
import type { Discount } from '@cloudmart/contracts';
import { Alert, Button, Card, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { useErrorReporter } from '../../shared/api/errors';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TwoLines } from '../../shared/ui/TwoLines';
import { useCurrentUser } from '../accounts/auth.queries';
import { DiscountFilterForm } from './DiscountFilterForm';
import { EffectiveStatusTag, PublishStatusTag } from './promotion-labels';
import { columnsWidth, discountValueText } from './promotion-format';
import { beijingText } from './promotion-time';
import {
  discountListParams,
  discountListStateFrom,
  discountPagePath as discountPath,
  useDeleteDiscount,
  useDiscounts,
  usePublishDiscount,
  type DiscountListState,
} from './promotions.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** 营销 > 商品优惠设置 (guide 2.9 管理商品优惠): the seller's discounts, published from 预发布 once previewed. */
export function DiscountsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => discountListStateFrom(params), [params]);
  const list = useDiscounts(state);
  const publish = usePublishDiscount();
  const remove = useDeleteDiscount();
  const canManage = can(me, 'promotions.manage');
  const go = (next: DiscountListState) => setParams(discountListParams(next));

  const onPublish = (d: Discount) =>
    publish.mutateAsync(d.id).then(
      () => void message.success(t('promotions.discounts.published')),
      (err: unknown) => report(err),
    );
  const onDelete = (d: Discount) =>
    remove.mutateAsync(d.id).then(
      () => void message.success(t('promotions.discounts.deleted')),
      (err: unknown) => report(err),
    );

  const columns: TableColumnsType<Discount> = [
    // Fits 1280 px in both languages: the discount's size under its name, the time under the date.
    {
      key: 'name',
      title: t('promotions.discounts.name'),
      width: 170,
      render: (_, d) => <TwoLines primary={<Link to={discountPath(d.id)}>{d.name}</Link>} secondary={discountValueText(t, d)} />,
    },
    { key: 'product', title: t('promotions.discounts.product'), width: 150, ellipsis: true, render: (_, d) => d.productName },
    { key: 'publish', title: t('promotions.discounts.publishStatus'), width: 100, render: (_, d) => <PublishStatusTag status={d.publishStatus} /> },
    {
      key: 'effective',
      title: t('promotions.discounts.effectiveStatus'),
      width: 120,
      render: (_, d) => (
        <TwoLines primary={<EffectiveStatusTag status={d.effectiveStatus} />} secondary={t('promotions.until', { to: beijingText(d.endsAt, 16) })} />
      ),
    },
    { key: 'type', title: t('promotions.discounts.type'), width: 90, render: (_, d) => t(`promotions.discounts.types.${d.type}`) },
    {
      key: 'createdAt',
      title: t('promotions.discounts.createdAt'),
      width: 110,
      render: (_, d) => <TwoLines primary={beijingText(d.createdAt, 10)} secondary={beijingText(d.createdAt).slice(11)} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 150,
      render: (_, d) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => void navigate(discountPath(d.id))}>
            {t('promotions.discounts.view')}
          </Button>
          {canManage && d.publishStatus === 'prepublished' ? (
            <Popconfirm title={t('promotions.discounts.publishConfirm')} onConfirm={() => onPublish(d)}>
              <Button type="link" size="small">
                {t('promotions.discounts.publish')}
              </Button>
            </Popconfirm>
          ) : null}
          {canManage ? (
            <Button type="link" size="small" onClick={() => void navigate(`${discountPath(d.id)}/edit`)}>
              {t('common.edit')}
            </Button>
          ) : null}
          {canManage ? (
            <Popconfirm title={t('promotions.discounts.deleteConfirm', { name: d.name })} onConfirm={() => onDelete(d)} okButtonProps={{ danger: true }}>
              <Button type="link" size="small" danger>
                {t('common.delete')}
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
        title={t('promotions.discounts.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/seller/discounts/new')}>
              {t('promotions.discounts.create')}
            </Button>
          ) : null
        }
      />
      <Alert type="info" showIcon title={t('promotions.stacking')} style={{ marginBottom: 16 }} />
      <Card style={{ marginBottom: 16 }}>
        <DiscountFilterForm value={state.filters} loading={list.isFetching} onSearch={(filters) => go({ filters, page: 1, pageSize: state.pageSize })} />
      </Card>
      <Card>
        <Table<Discount>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('promotions.discounts.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('promotions.discounts.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
    </>
  );
}
