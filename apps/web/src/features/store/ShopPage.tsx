import { ShopOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { ShopCoupons } from '../promotions-buyer/ShopCoupons';
import { useTrackPageView } from '../analytics/track';
import { AskDemandButton } from './AskDemandButton';
import { ProductGrid } from './ProductCard';
import { ShopScore } from './ShopScore';
import { STORE_PAGE_SIZE, useStoreShop } from './store.queries';

/** A seller's shop: its listed, visible products. */
export function ShopPage() {
  const { t } = useTranslation();
  const { sellerCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const shop = useStoreShop(sellerCode, page);
  // the store knows a shop by its seller's code (unique); the tracker names the shop by it
  useTrackPageView({ page: 'shop', sellerId: shop.data?.seller.code });

  if (shop.isPending) return <LoadingBlock />;
  if (shop.isError) return <LoadError error={shop.error} onRetry={() => void shop.refetch()} />;
  const { seller, products } = shop.data;
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={16} align="center" wrap>
          <ShopOutlined style={{ fontSize: 40, color: '#1677ff' }} />
          <div style={{ flex: 1, minWidth: 240 }}>
            <PageHeader title={seller.name} />
            <Typography.Text type="secondary">
              {t('store.shop.code', { code: seller.code })} · {t('store.home.count', { total: products.total })}
            </Typography.Text>
            <div style={{ marginTop: 8 }}>
              <ShopScore sellerCode={seller.code} />
            </div>
          </div>
          <AskDemandButton sellerCode={seller.code} />
        </Flex>
      </Card>
      <ShopCoupons sellerCode={seller.code} />
      <ProductGrid
        items={products.items}
        total={products.total}
        page={page}
        pageSize={STORE_PAGE_SIZE}
        onPage={(p) => setParams(p > 1 ? { page: String(p) } : {})}
        emptyText={t('store.shop.empty')}
      />
    </>
  );
}
