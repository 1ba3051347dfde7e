import { Card, Empty, Flex, Input, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useOperatorSellers, type OperatorSeller, type SellerFilter } from './sellers.queries';

export function SellersPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<SellerFilter>({ page: 1, pageSize: 20 });
  const sellers = useOperatorSellers(filter);

  const columns: TableColumnsType<OperatorSeller> = [
    { key: 'code', title: t('operator.code'), dataIndex: 'code', width: 160 },
    { key: 'name', title: t('operator.name'), dataIndex: 'name' },
    { key: 'mainLoginName', title: t('operator.mainLoginName'), dataIndex: 'mainLoginName', width: 180 },
    { key: 'subAccountCount', title: t('operator.subAccountCount'), dataIndex: 'subAccountCount', width: 120, align: 'right' },
    { key: 'createdAt', title: t('operator.createdAt'), width: 180, render: (_, s) => formatDateTime(s.createdAt) },
  ];

  return (
    <>
      <PageHeader title={t('operator.sellersTitle')} />
      <Card>
        <Flex style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label={t('operator.searchPlaceholder')}
            placeholder={t('operator.searchPlaceholder')}
            style={{ width: 320 }}
            enterButton={t('common.search')}
            onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
          />
        </Flex>
        <Table<OperatorSeller>
          rowKey="id"
          columns={columns}
          dataSource={sellers.data?.items ?? []}
          loading={sellers.isFetching}
          size="middle"
          aria-label={t('operator.sellersTitle')}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={sellers.isError ? errorMessage(t, sellers.error) : t('operator.empty')} />,
          }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: sellers.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
    </>
  );
}
