import { productTypes, storeSorts, type StoreCategory } from '@cloudmart/contracts';
import { Button, Flex, Input, Segmented, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../../shared/i18n';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { ProductGrid } from './ProductCard';
import { STORE_PAGE_SIZE, storeSearchFrom, storeSearchParams, useStoreCategories, useStoreProducts, type StoreSearch } from './store.queries';

const ANY = '';

/*
 * The store's first page is kept light (it is the first thing a visitor loads): segmented
 * controls, inputs and buttons from antd's core, no Select, Pagination, Menu or Card.
 */

function CategoryNav({ categories, current, onPick }: { categories: readonly StoreCategory[]; current: string; onPick: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const zh = (i18n.language || currentLocale()) !== 'en-US';
  const entries = [
    { id: ANY, label: t('store.home.allCategories') },
    ...categories.map((c) => ({ id: c.id, label: `${zh ? c.nameZh : c.nameEn} (${c.productCount})` })),
  ];
  return (
    <nav
      aria-label={t('store.home.categories')}
      style={{
        width: 220,
        flexShrink: 0,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: 8,
        background: token.colorBgContainer,
      }}
    >
      <Typography.Text strong style={{ display: 'block', padding: '4px 8px 8px' }}>
        {t('store.home.categories')}
      </Typography.Text>
      <Flex vertical gap={2}>
        {entries.map((e) => (
          <Button
            key={e.id || 'all'}
            type={e.id === current ? 'primary' : 'text'}
            ghost={false}
            block
            aria-current={e.id === current ? 'page' : undefined}
            onClick={() => onPick(e.id)}
            style={{ justifyContent: 'flex-start', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {e.label}
          </Button>
        ))}
      </Flex>
    </nav>
  );
}

function PriceRange({ state, onApply }: { state: StoreSearch; onApply: (min: number | null, max: number | null) => void }) {
  const { t } = useTranslation();
  const [min, setMin] = useState(state.minPrice?.toString() ?? '');
  const [max, setMax] = useState(state.maxPrice?.toString() ?? '');
  const parse = (v: string) => (v.trim() === '' || !Number.isFinite(Number(v)) || Number(v) < 0 ? null : Math.floor(Number(v)));
  const apply = () => {
    const [a, b] = [parse(min), parse(max)];
    // a reversed range is read the way the buyer meant it
    onApply(a !== null && b !== null && a > b ? b : a, a !== null && b !== null && a > b ? a : b);
  };
  return (
    <Flex gap={8} align="center" wrap={false}>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {t('store.home.price')}
      </Typography.Text>
      <Input
        aria-label={t('store.home.minPrice')}
        placeholder={t('store.home.minPrice')}
        prefix="¥"
        inputMode="numeric"
        value={min}
        onChange={(e) => setMin(e.target.value.replace(/[^\d]/g, ''))}
        onPressEnter={apply}
        style={{ width: 110 }}
      />
      <span aria-hidden>–</span>
      <Input
        aria-label={t('store.home.maxPrice')}
        placeholder={t('store.home.maxPrice')}
        prefix="¥"
        inputMode="numeric"
        value={max}
        onChange={(e) => setMax(e.target.value.replace(/[^\d]/g, ''))}
        onPressEnter={apply}
        style={{ width: 110 }}
      />
      <Button onClick={apply}>{t('store.home.applyPrice')}</Button>
    </Flex>
  );
}

/** Storefront home and search: categories on the left; filters, sort and matching products on the right. */
export function StoreHomePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => storeSearchFrom(params), [params]);
  const categories = useStoreCategories();
  const products = useStoreProducts(state);
  const zh = (i18n.language || currentLocale()) !== 'en-US';
  const go = (next: Partial<StoreSearch>) => setParams(storeSearchParams({ ...state, page: 1, ...next }));

  const current = categories.data?.find((c) => c.id === state.categoryId);
  const title = state.q ? t('store.home.resultsFor', { q: state.q }) : current ? (zh ? current.nameZh : current.nameEn) : t('store.home.title');
  const filtered = state.type !== '' || state.minPrice !== null || state.maxPrice !== null;

  return (
    <Flex gap={24} align="start">
      <CategoryNav categories={categories.data ?? []} current={state.categoryId} onPick={(categoryId) => go({ categoryId })} />
      <div style={{ flex: 1, minWidth: 0 }}>
        <PageHeader
          title={title}
          extra={products.data ? <Typography.Text type="secondary">{t('store.home.count', { total: products.data.total })}</Typography.Text> : null}
        />
        <Flex vertical gap={12} style={{ marginBottom: 16 }} role="search" aria-label={t('store.home.filters')}>
          <Flex gap={16} align="center" wrap>
            <Flex gap={8} align="center">
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {t('store.home.type')}
              </Typography.Text>
              <Segmented
                aria-label={t('store.home.type')}
                value={state.type}
                onChange={(type) => go({ type: productTypes.find((p) => p === type) ?? '' })}
                options={[{ value: ANY, label: t('store.home.anyType') }, ...productTypes.map((p) => ({ value: p, label: t(`store.productTypes.${p}`) }))]}
              />
            </Flex>
            {/* keyed: the inputs start over from the URL when it changes */}
            <PriceRange key={`${state.minPrice}-${state.maxPrice}`} state={state} onApply={(minPrice, maxPrice) => go({ minPrice, maxPrice })} />
            {filtered ? (
              <Button type="link" onClick={() => go({ type: '', minPrice: null, maxPrice: null })}>
                {t('store.home.clearFilters')}
              </Button>
            ) : null}
          </Flex>
          <Flex gap={8} align="center">
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('store.home.sort')}
            </Typography.Text>
            <Segmented
              aria-label={t('store.home.sort')}
              value={state.sort}
              onChange={(sort) => go({ sort: storeSorts.find((s) => s === sort) ?? 'newest' })}
              options={storeSorts.map((s) => ({ value: s, label: t(`store.home.sorts.${s}`) }))}
            />
          </Flex>
        </Flex>
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
            emptyText={state.q || state.categoryId || filtered ? t('store.home.noMatch') : t('store.home.empty')}
          />
        )}
      </div>
    </Flex>
  );
}
