import { Card, Flex, Menu, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../../shared/i18n';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { ProductGrid } from './ProductCard';
import { STORE_PAGE_SIZE, storeSearchFrom, storeSearchParams, useStoreCategories, useStoreProducts } from './store.queries';

const ALL = '__all__';

/** Storefront home and search: categories on the left, matching products on the right. */
export function StoreHomePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => storeSearchFrom(params), [params]);
  const categories = useStoreCategories();
  const products = useStoreProducts(state);
  const zh = (i18n.language || currentLocale()) !== 'en-US';

  const items = [
    { key: ALL, label: t('store.home.allCategories') },
    ...(categories.data ?? []).map((c) => ({ key: c.id, label: `${zh ? c.nameZh : c.nameEn} (${c.productCount})` })),
  ];
  const current = categories.data?.find((c) => c.id === state.categoryId);
  const title = state.q ? t('store.home.resultsFor', { q: state.q }) : current ? (zh ? current.nameZh : current.nameEn) : t('store.home.title');

  return (
    <Flex gap={24} align="start">
      <Card size="small" title={t('store.home.categories')} style={{ width: 220, flexShrink: 0 }} styles={{ body: { padding: 4 } }}>
        <nav aria-label={t('store.home.categories')}>
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none' }}
            selectedKeys={[state.categoryId || ALL]}
            items={items}
            onClick={({ key }) => setParams(storeSearchParams({ q: state.q, categoryId: key === ALL ? '' : key, page: 1 }))}
          />
        </nav>
      </Card>
      <div style={{ flex: 1, minWidth: 0 }}>
        <PageHeader
          title={title}
          extra={products.data ? <Typography.Text type="secondary">{t('store.home.count', { total: products.data.total })}</Typography.Text> : null}
        />
        {products.isPending ? (
          <LoadingBlock />
        ) : products.isError ? (
          <LoadError error={products.error} onRetry={() => void products.refetch()} />
        ) : (
          <ProductGrid
            items={products.data.items}
            total={products.data.total}
            page={state.page}
            pageSize={STORE_PAGE_SIZE}
            onPage={(page) => setParams(storeSearchParams({ ...state, page }))}
            emptyText={state.q || state.categoryId ? t('store.home.noMatch') : t('store.home.empty')}
          />
        )}
      </div>
    </Flex>
  );
}
