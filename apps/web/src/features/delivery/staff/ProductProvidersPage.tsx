import type { SellerProductRow } from '@cloudmart/contracts';
import { Button, Card, Flex, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/client';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ProductStatusTag } from '../../catalog/product-labels';
import { ProductProvidersDrawer } from './ProductProvidersDrawer';
import { useServiceProducts, type ServiceProductQuery } from './providers.queries';
import { listEmpty } from './staff-ui';

/** 产品服务商 (guide 5.2.3–5.2.4): the vendor's service products, each with its providers. */
export function ProductProvidersPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<ServiceProductQuery>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<SellerProductRow | null>(null);
  const products = useServiceProducts(query);
  const noAccess = isApiError(products.error) && products.error.code === 'permission_denied';

  const columns: TableColumnsType<SellerProductRow> = [
    { key: 'name', title: t('deliveryStaff.products.name'), dataIndex: 'name' },
    { key: 'code', title: t('deliveryStaff.products.code'), dataIndex: 'code', width: 180 },
    { key: 'status', title: t('deliveryStaff.products.status'), width: 120, render: (_, p) => <ProductStatusTag status={p.status} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => setEditing(p)} aria-label={`${t('deliveryStaff.products.edit')} ${p.name}`}>
          {t('deliveryStaff.products.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('deliveryStaff.products.title')} />
      <Card>
        <Typography.Paragraph type="secondary">{t('deliveryStaff.products.intro')}</Typography.Paragraph>
        <Flex style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label={t('deliveryStaff.products.searchName')}
            placeholder={t('deliveryStaff.products.searchName')}
            style={{ width: 320 }}
            enterButton={t('common.search')}
            onSearch={(name) => setQuery((q) => ({ ...q, name: name.trim() || undefined, page: 1 }))}
          />
        </Flex>
        <Table<SellerProductRow>
          rowKey="id"
          columns={columns}
          dataSource={products.data?.items ?? []}
          loading={products.isFetching}
          aria-label={t('deliveryStaff.products.title')}
          locale={{
            emptyText: noAccess
              ? listEmpty(t, null, t('deliveryStaff.products.noProductAccess'))
              : listEmpty(t, products.error, t('deliveryStaff.products.empty')),
          }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: products.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
      <ProductProvidersDrawer product={editing} onClose={() => setEditing(null)} />
    </>
  );
}
