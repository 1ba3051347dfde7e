import { LockOutlined } from '@ant-design/icons';
import { productStatuses, type ProductStatus, type SellerDistributionProduct } from '@cloudmart/contracts';
import { Alert, Button, Card, Form, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { formatFen } from '../../shared/money';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { FilterActions } from '../../shared/ui/FilterActions';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SectionGate } from '../../shared/ui/SectionGate';
import { columnsWidth } from '../../shared/ui/table-width';
import { TwoLines } from '../../shared/ui/TwoLines';
import { useCurrentUser } from '../accounts/auth.queries';
import { distributionSection } from './distribution.section';
import { distributionListParams, distributionListStateFrom, useSellerDistributionProducts, type DistributionListState } from './distribution.queries';
import { DistributionSettingModal, type DistributionTarget } from './DistributionSettingModal';

const isProductStatus = (s: string): s is ProductStatus => productStatuses.some((k) => k === s);

function Content() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => distributionListStateFrom(params), [params]);
  const list = useSellerDistributionProducts(state);
  const [setting, setSetting] = useState<DistributionTarget | null>(null);
  const canManage = can(me, 'distribution.manage');
  const go = (next: DistributionListState) => setParams(distributionListParams(next));
  const statusText = (s: string) => (isProductStatus(s) ? t(`commerce.products.statuses.${s}`) : s);

  const columns: TableColumnsType<SellerDistributionProduct> = [
    {
      key: 'product',
      title: t('distribution.seller.product'),
      width: 220,
      render: (_, p) => <TwoLines primary={p.productName} secondary={statusText(p.productStatus)} />,
    },
    {
      key: 'state',
      title: t('distribution.seller.state'),
      width: 100,
      render: (_, p) => (p.ratePct === null ? <Tag>{t('distribution.seller.notJoined')}</Tag> : <Tag color="green">{t('distribution.seller.joined')}</Tag>),
    },
    {
      key: 'rate',
      title: t('distribution.seller.rate'),
      width: 140,
      render: (_, p) =>
        p.ratePct === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          // guide 2.3: "一旦设置，不可变更" — shown as locked, never editable
          <span data-testid="distribution-rate">
            <LockOutlined style={{ marginRight: 4, color: '#8c8c8c' }} />
            {t('distribution.seller.rateLocked', { rate: p.ratePct })}
          </span>
        ),
    },
    { key: 'joinedAt', title: t('distribution.seller.joinedAt'), width: 170, render: (_, p) => formatDateTime(p.joinedAt) },
    { key: 'orders', title: t('distribution.seller.orders'), width: 90, align: 'right', render: (_, p) => p.orderCount },
    { key: 'commission', title: t('distribution.seller.commission'), width: 120, align: 'right', render: (_, p) => formatFen(p.commissionFen) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 100,
      render: (_, p) =>
        canManage && p.ratePct === null ? (
          <Button type="link" size="small" onClick={() => setSetting({ productId: p.productId, productName: p.productName })}>
            {t('distribution.seller.setting')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('distribution.seller.title')} />
      <Alert type="info" showIcon title={t('distribution.seller.intro')} style={{ marginBottom: 16 }} />
      <Card style={{ marginBottom: 16 }}>
        <Form
          layout="inline"
          key={state.filters.q ?? ''}
          initialValues={{ q: state.filters.q ?? '' }}
          onFinish={(v: { q?: string }) => go({ filters: { q: v.q?.trim() || undefined }, page: 1, pageSize: state.pageSize })}
        >
          <Form.Item name="q" label={t('distribution.seller.search')}>
            <Input allowClear maxLength={60} style={{ width: 240 }} />
          </Form.Item>
          <FilterActions loading={list.isFetching} onReset={() => go({ filters: {}, page: 1, pageSize: state.pageSize })} />
        </Form>
      </Card>
      <Card>
        <Table<SellerDistributionProduct>
          rowKey="productId"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('distribution.seller.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('distribution.seller.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
      <DistributionSettingModal product={setting} onClose={() => setSetting(null)} />
    </>
  );
}

/** 商品 > 分销管理 (guide 2.3): every product with its distribution state; 分销设置 joins one at a rate that never changes. */
export function DistributionPage() {
  return (
    <SectionGate sections={[distributionSection]}>
      <Content />
    </SectionGate>
  );
}
