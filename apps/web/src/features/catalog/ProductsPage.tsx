import { PlusOutlined } from '@ant-design/icons';
import type { SellerProductRow } from '@cloudmart/contracts';
import { Button, Card, Popconfirm, Space, Switch, Table, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { formatDateTime } from '../../shared/ui/format';
import { TwoLines } from '../../shared/ui/TwoLines';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../accounts/auth.queries';
import { listEmpty, listPagination, useCommerceReporter } from '../../shared/ui/commerce-ui';
import { DelistingModal } from './DelistingModal';
import { previewPath, ProductStatusTag, ReviewStatusTag } from './product-labels';
import { ProductFilterForm } from './ProductFilterForm';
import { productListParams, productListStateFrom, useProductVisibility, useSellerProducts, type ProductListState } from './products.queries';
import { useSubmitAction } from './useSubmitAction';
import { useFeedback } from '../../shared/ui/feedback';

export function ProductsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => productListStateFrom(params), [params]);
  const list = useSellerProducts(state);
  const visibility = useProductVisibility();
  const { submit } = useSubmitAction();
  const [delisting, setDelisting] = useState<SellerProductRow | null>(null);
  const canManage = can(me, 'products.manage');
  // guide 2.9 方法一: 设置优惠 on a listed prepaid product's row
  const canDiscount = can(me, 'promotions.manage');
  const go = (next: ProductListState) => setParams(productListParams(next));
  const editor = (p: SellerProductRow, hash = '') => `/seller/products/${encodeURIComponent(p.id)}${hash}`;

  const setVisible = (p: SellerProductRow, visible: boolean) =>
    visibility.mutate(
      { id: p.id, visible },
      {
        onSuccess: () => void message.success(t(visible ? 'commerce.products.visibleOn' : 'commerce.products.visibleOff')),
        onError: (err) => report(err),
      },
    );

  const columns: TableColumnsType<SellerProductRow> = [
    // Fits 1280 px in both languages: secondary fields (created time, billing) on a second line.
    {
      key: 'code',
      title: t('commerce.products.code'),
      dataIndex: 'code',
      fixed: 'left',
      width: 150,
      render: (_, p) => <TwoLines primary={<Link to={editor(p)}>{p.code}</Link>} secondary={formatDateTime(p.createdAt)} />,
    },
    { key: 'name', title: t('commerce.products.name'), dataIndex: 'name', width: 160, ellipsis: true },
    {
      key: 'type',
      title: t('commerce.products.type'),
      width: 140,
      render: (_, p) => <TwoLines primary={t(`commerce.products.types.${p.type}`)} secondary={t(`commerce.products.billings.${p.billing}`)} />,
    },
    { key: 'status', title: t('commerce.products.status'), width: 90, render: (_, p) => <ProductStatusTag status={p.status} /> },
    { key: 'review', title: t('commerce.products.reviewStatus'), width: 100, render: (_, p) => <ReviewStatusTag status={p.reviewStatus} /> },
    {
      key: 'visible',
      title: (
        <Tooltip title={t('commerce.products.visibleHelp')}>
          <span>{t('commerce.products.visible')}</span>
        </Tooltip>
      ),
      width: 100,
      render: (_, p) => (
        <Switch
          size="small"
          checked={p.visible}
          disabled={!canManage || p.status === 'delisted'}
          loading={visibility.isPending && visibility.variables.id === p.id}
          aria-label={`${t('commerce.products.visible')} ${p.name}`}
          onChange={(v) => setVisible(p, v)}
        />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 190,
      render: (_, p) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => void navigate(editor(p))}>
            {canManage && p.status !== 'delisted' ? t('common.edit') : t('commerce.instances.view')}
          </Button>
          <Button type="link" size="small" onClick={() => void navigate(editor(p, '#specs'))}>
            {t('commerce.products.specs')}
          </Button>
          {canManage && p.status === 'draft' && p.reviewStatus !== 'pending' ? (
            <Popconfirm title={t('commerce.products.submitConfirm')} onConfirm={() => submit(p.id)}>
              <Button type="link" size="small">
                {t('commerce.products.submit')}
              </Button>
            </Popconfirm>
          ) : null}
          <Button type="link" size="small" href={previewPath(p.code)} target="_blank" rel="noopener">
            {t('commerce.products.preview')}
          </Button>
          {canDiscount && p.status === 'listed' && p.billing === 'prepaid' ? (
            <Button type="link" size="small" onClick={() => void navigate(`/seller/discounts/new?productId=${encodeURIComponent(p.id)}`)}>
              {t('promotions.discounts.setDiscount')}
            </Button>
          ) : null}
          {canManage && p.status === 'listed' ? (
            <Button type="link" size="small" danger onClick={() => setDelisting(p)}>
              {t('commerce.products.delist')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('commerce.products.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/seller/products/new')}>
              {t('commerce.products.create')}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <ProductFilterForm value={state.filters} onSearch={(filters) => go({ filters, page: 1, pageSize: state.pageSize })} loading={list.isFetching} />
      </Card>
      <Card>
        <Table<SellerProductRow>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('commerce.products.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('commerce.products.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
      <DelistingModal product={delisting} onClose={() => setDelisting(null)} />
    </>
  );
}
