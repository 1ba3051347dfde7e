import type { AnalyticsProducts, BreakdownFigures, CategoryAnalyticsRow, ProductAnalyticsRow, ProductTypeAnalyticsRow } from '@cloudmart/contracts';
import { Input, Table, Tabs, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { commerceSection } from '../../shared/i18n/commerce.section';
import { formatFen } from '../../shared/money';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { SectionGate } from '../../shared/ui/SectionGate';
import { columnsWidth } from '../../shared/ui/table-width';
import { formatRate } from './analytics-format';
import { useProductsReport, type ProductsListState } from './analytics.queries';
import { DataPage, usePeriodState } from './DataPage';
import { FigureGrid, NoData, Section, useFigureText } from './figures';
import { MetricTrend } from './MetricTrend';

function ProductOverview({ data }: { data: AnalyticsProducts }) {
  const { t } = useTranslation();
  const o = data.overview;
  const tr = data.trend;
  const empty = tr.every((p) => p.visitors === 0 && p.views === 0);
  return (
    <Section title={t('analytics.sections.productOverview')}>
      <FigureGrid
        figures={[
          { name: 'goodsVisitors', kind: 'count', metric: o.visitors },
          { name: 'goodsViews', kind: 'count', metric: o.views },
          { name: 'visitedProducts', kind: 'count', metric: o.visitedProducts },
          { name: 'goodsStay', kind: 'seconds', metric: o.avgStaySeconds },
          { name: 'detailBounce', kind: 'rate', metric: o.bounceRate, lowerIsBetter: true },
        ]}
      />
      <div style={{ marginTop: 16 }}>
        {empty ? (
          <NoData />
        ) : (
          <MetricTrend
            testId="products-trend"
            buckets={tr.map((p) => p.bucket)}
            series={[
              { name: 'visitors', kind: 'count', values: tr.map((p) => p.visitors) },
              { name: 'views', kind: 'count', values: tr.map((p) => p.views) },
              { name: 'trafficBounce', kind: 'rate', values: tr.map((p) => p.bounceRate) },
              { name: 'pvPerVisitor', kind: 'ratio', values: tr.map((p) => p.pvPerVisitor) },
              { name: 'trafficStay', kind: 'seconds', values: tr.map((p) => p.avgStaySeconds) },
            ]}
          />
        )}
      </div>
    </Section>
  );
}

function Details({ data, list, onList }: { data: AnalyticsProducts; list: ProductsListState; onList: (next: ProductsListState) => void }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const productColumns: TableColumnsType<ProductAnalyticsRow> = [
    {
      key: 'title',
      title: t('analytics.columns.product'),
      width: 180,
      ellipsis: true,
      fixed: 'left',
      render: (_, r) => <Link to={`/seller/products/${encodeURIComponent(r.productId)}`}>{r.title}</Link>,
    },
    { key: 'category', title: t('analytics.columns.category'), width: 110, ellipsis: true, render: (_, r) => r.categoryName ?? t('analytics.noCategory') },
    { key: 'views', title: t('analytics.columns.views'), width: 80, align: 'right', dataIndex: 'views' },
    { key: 'visitors', title: t('analytics.columns.visitors'), width: 80, align: 'right', dataIndex: 'visitors' },
    { key: 'stay', title: t('analytics.columns.avgStay'), width: 150, align: 'right', render: (_, r) => text('seconds', r.avgStaySeconds) },
    { key: 'orderAmount', title: t('analytics.columns.orderAmount'), width: 120, align: 'right', render: (_, r) => formatFen(r.orderAmountFen) },
    { key: 'paid', title: t('analytics.columns.paidAmount'), width: 120, align: 'right', render: (_, r) => formatFen(r.paidFen) },
    { key: 'orderingBuyers', title: t('analytics.columns.orderingBuyers'), width: 130, align: 'right', dataIndex: 'orderingBuyers' },
    { key: 'payingBuyers', title: t('analytics.columns.payingBuyers'), width: 120, align: 'right', dataIndex: 'payingBuyers' },
  ];
  // 类目明细 and 商品类目明细 give the same figures, per market category and per product type
  const breakdownColumns = <T extends BreakdownFigures>(): TableColumnsType<T> => [
    { key: 'products', title: t('analytics.columns.products'), width: 80, align: 'right', render: (_, r) => r.products },
    { key: 'visitors', title: t('analytics.columns.visitors'), width: 80, align: 'right', render: (_, r) => r.visitors },
    { key: 'views', title: t('analytics.columns.views'), width: 80, align: 'right', render: (_, r) => r.views },
    { key: 'bounce', title: t('analytics.columns.bounceRate'), width: 130, align: 'right', render: (_, r) => formatRate(r.bounceRate) },
    { key: 'orderAmount', title: t('analytics.columns.orderAmount'), width: 120, align: 'right', render: (_, r) => formatFen(r.orderAmountFen) },
    { key: 'paid', title: t('analytics.columns.paidAmount'), width: 120, align: 'right', render: (_, r) => formatFen(r.paidFen) },
    { key: 'payingBuyers', title: t('analytics.columns.payingBuyers'), width: 120, align: 'right', render: (_, r) => r.payingBuyers },
  ];
  const categoryColumns: TableColumnsType<CategoryAnalyticsRow> = [
    { key: 'category', title: t('analytics.columns.category'), width: 150, ellipsis: true, dataIndex: 'categoryName' },
    ...breakdownColumns<CategoryAnalyticsRow>(),
  ];
  const typeColumns: TableColumnsType<ProductTypeAnalyticsRow> = [
    {
      key: 'productType',
      title: t('analytics.columns.productType'),
      width: 150,
      ellipsis: true,
      render: (_, r) => t(`commerce.products.types.${r.productType}`),
    },
    ...breakdownColumns<ProductTypeAnalyticsRow>(),
  ];
  return (
    <>
      <Section
        title={t('analytics.sections.productRows')}
        help={t('analytics.help.productRows')}
        extra={
          <Input.Search
            allowClear
            size="small"
            aria-label={t('analytics.searchPlaceholder')}
            placeholder={t('analytics.searchPlaceholder')}
            defaultValue={list.q}
            style={{ width: 220 }}
            onSearch={(q) => onList({ page: 1, pageSize: list.pageSize, q: q.trim() || undefined })}
          />
        }
      >
        <Table<ProductAnalyticsRow>
          size="small"
          rowKey="productId"
          data-testid="product-rows"
          dataSource={data.rows.items}
          columns={productColumns}
          scroll={{ x: columnsWidth(productColumns) }}
          locale={{ emptyText: t('analytics.emptyRows') }}
          pagination={{
            current: data.rows.page,
            pageSize: data.rows.pageSize,
            total: data.rows.total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (n) => t('common.total', { total: n }),
            onChange: (page, pageSize) => onList({ page: pageSize === list.pageSize ? page : 1, pageSize, q: list.q }),
          }}
        />
      </Section>
      <Section title={t('analytics.sections.categoryRows')} help={t('analytics.help.categoryRows')}>
        <Table<CategoryAnalyticsRow>
          size="small"
          rowKey="categoryId"
          data-testid="category-rows"
          dataSource={data.categories}
          columns={categoryColumns}
          scroll={{ x: columnsWidth(categoryColumns) }}
          pagination={false}
          locale={{ emptyText: t('analytics.emptyCategories') }}
        />
      </Section>
      <Section title={t('analytics.sections.productTypeRows')} help={t('analytics.help.productTypeRows')} testId="product-type-rows">
        <Table<ProductTypeAnalyticsRow>
          size="small"
          rowKey="productType"
          dataSource={data.productTypes}
          columns={typeColumns}
          scroll={{ x: columnsWidth(typeColumns) }}
          pagination={false}
          locale={{ emptyText: t('analytics.emptyProductTypes') }}
        />
      </Section>
    </>
  );
}

const productTabs = ['overview', 'detail'] as const;
type ProductTab = (typeof productTabs)[number];

function listFrom(params: URLSearchParams): ProductsListState {
  const page = Number(params.get('page'));
  const size = Number(params.get('pageSize'));
  const q = params.get('q')?.slice(0, 60) || undefined;
  return { page: Number.isInteger(page) && page >= 1 ? page : 1, pageSize: [10, 20, 50, 100].includes(size) ? size : 20, q };
}

/** 数据 > 商品 (guide 7 查看商品分析数据): 商品概况 and 详细分析 (商品明细, 类目明细, 商品类目明细) as tabs. */
export function ProductsDataPage() {
  const { t } = useTranslation();
  const [state] = usePeriodState();
  const [params, setParams] = useSearchParams();
  const tab: ProductTab = productTabs.find((k) => k === params.get('tab')) ?? 'overview';
  const list = listFrom(params);
  const q = useProductsReport(state, list);
  const patch = (next: Record<string, string | undefined>) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(next)) {
        if (v === undefined) p.delete(k);
        else p.set(k, v);
      }
      return p;
    });
  const onList = (next: ProductsListState) =>
    patch({ page: next.page > 1 ? String(next.page) : undefined, pageSize: next.pageSize !== 20 ? String(next.pageSize) : undefined, q: next.q });
  return (
    <DataPage report="products" range={q.data?.range}>
      {q.isPending ? (
        <LoadingBlock />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => patch({ tab: k })}
          items={[
            { key: 'overview', label: t('analytics.sections.productOverview'), children: <ProductOverview data={q.data} /> },
            {
              key: 'detail',
              label: t('analytics.sections.productDetail'),
              // 商品类目明细 names the types with the catalogue's words (commerce.products.types)
              children: (
                <SectionGate sections={[commerceSection]}>
                  <Details data={q.data} list={list} onList={onList} />
                </SectionGate>
              ),
            },
          ]}
        />
      )}
    </DataPage>
  );
}
