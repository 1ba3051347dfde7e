import { AppstoreOutlined } from '@ant-design/icons';
import type { StoreProductCard } from '@cloudmart/contracts';
import { StarFilled } from '@ant-design/icons';
import { Button, Col, Empty, Flex, Row, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fileUrl } from '../../shared/api/files';
import { productPath } from './store.queries';
import { formatFen } from '../../shared/money';

/** The cover image, or a neutral tile when there is none or it cannot be read (e.g. logged out). */
export function ProductCover({ fileId, height, alt }: { fileId: string | null; height: number; alt: string }) {
  const { token } = theme.useToken();
  const [failed, setFailed] = useState(false);
  if (fileId && !failed) {
    return <img src={fileUrl(fileId)} alt={alt} onError={() => setFailed(true)} style={{ width: '100%', height, objectFit: 'cover', display: 'block' }} />;
  }
  // wrapped: a card cover forces its direct child to display: block
  return (
    <div aria-hidden>
      <Flex align="center" justify="center" style={{ height, background: token.colorFillTertiary }}>
        <AppstoreOutlined style={{ fontSize: height / 3, color: token.colorTextQuaternary }} />
      </Flex>
    </div>
  );
}

/** A product tile: a plain bordered box rather than antd's Card (which brings Tabs into the store's first load). */
export function ProductCard({ product }: { product: StoreProductCard }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [hover, setHover] = useState(false);
  const price =
    product.billing === 'postpaid'
      ? t('store.card.postpaid')
      : product.lowestPriceFen !== null
        ? t('store.card.from', { price: formatFen(product.lowestPriceFen) })
        : t('store.card.noPrice');
  return (
    <Link to={productPath(product.code)} aria-label={product.name} style={{ display: 'block', height: '100%', color: 'inherit' }}>
      <article
        data-testid="product-card"
        onMouseEnter={() => setHover(true)}
        onMouseLeave={() => setHover(false)}
        style={{
          height: '100%',
          overflow: 'hidden',
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
          boxShadow: hover ? token.boxShadowTertiary : 'none',
          transition: 'box-shadow 0.2s',
        }}
      >
        <ProductCover fileId={product.coverImageFileId} height={120} alt="" />
        <div style={{ padding: 16 }}>
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }} ellipsis>
            {product.name}
          </Typography.Title>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ minHeight: 44, margin: '6px 0' }}>
            {product.summary || t('common.none')}
          </Typography.Paragraph>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text strong style={{ color: '#f5222d', whiteSpace: 'nowrap' }}>
              {price}
            </Typography.Text>
            <Flex gap={4}>
              <Tag>{t(`store.productTypes.${product.type}`)}</Tag>
              {product.hasTrial ? <Tag color="green">{t('store.card.trial')}</Tag> : null}
            </Flex>
          </Flex>
          <Flex justify="space-between" gap={8} style={{ marginTop: 4 }}>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {product.seller.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {product.rating !== null ? (
                <>
                  <StarFilled style={{ color: token.colorWarning }} /> {t('store.card.rating', { rating: product.rating.toFixed(1) })} ·{' '}
                </>
              ) : null}
              {t('store.card.sales', { count: product.salesCount })}
            </Typography.Text>
          </Flex>
        </div>
      </article>
    </Link>
  );
}

interface ProductGridProps {
  items: readonly StoreProductCard[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  emptyText: string;
}

/** Previous / next with the page count: enough for a store page, without antd's Pagination (and its Select). */
function Pager({ total, page, pageSize, onPage }: Omit<ProductGridProps, 'items' | 'emptyText'>) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Flex justify="end" align="center" gap={12} style={{ marginTop: 16 }} role="navigation" aria-label={t('store.home.pageOf', { page, pages })}>
      <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('store.home.prevPage')}
      </Button>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t('store.home.pageOf', { page, pages })}</Typography.Text>
      <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('store.home.nextPage')}
      </Button>
    </Flex>
  );
}

export function ProductGrid({ items, total, page, pageSize, onPage, emptyText }: ProductGridProps) {
  if (items.length === 0) return <Empty description={emptyText} style={{ padding: 48 }} />;
  return (
    <>
      <Row gutter={[16, 16]} role="list">
        {items.map((p) => (
          <Col key={p.id} xs={24} sm={12} lg={8} role="listitem">
            <ProductCard product={p} />
          </Col>
        ))}
      </Row>
      <Pager total={total} page={page} pageSize={pageSize} onPage={onPage} />
    </>
  );
}
