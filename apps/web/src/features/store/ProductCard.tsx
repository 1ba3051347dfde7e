import { AppstoreOutlined } from '@ant-design/icons';
import type { StoreProductCard } from '@cloudmart/contracts';
import { Card, Col, Empty, Flex, Pagination, Row, Tag, Typography, theme } from 'antd';
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

export function ProductCard({ product }: { product: StoreProductCard }) {
  const { t } = useTranslation();
  const price =
    product.billing === 'postpaid'
      ? t('store.card.postpaid')
      : product.lowestPriceFen !== null
        ? t('store.card.from', { price: formatFen(product.lowestPriceFen) })
        : t('store.card.noPrice');
  return (
    <Link to={productPath(product.code)} aria-label={product.name}>
      <Card
        hoverable
        cover={<ProductCover fileId={product.coverImageFileId} height={120} alt="" />}
        styles={{ body: { padding: 16 } }}
        style={{ height: '100%' }}
      >
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }} ellipsis>
          {product.name}
        </Typography.Title>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ minHeight: 44, margin: '6px 0' }}>
          {product.summary || t('common.none')}
        </Typography.Paragraph>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong style={{ color: '#f5222d' }}>
            {price}
          </Typography.Text>
          <Flex gap={4}>
            <Tag>{t(`store.productTypes.${product.type}`)}</Tag>
            {product.hasTrial ? <Tag color="green">{t('store.card.trial')}</Tag> : null}
          </Flex>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {product.seller.name}
        </Typography.Text>
      </Card>
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

export function ProductGrid({ items, total, page, pageSize, onPage, emptyText }: ProductGridProps) {
  const { t } = useTranslation();
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
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Pagination current={page} pageSize={pageSize} total={total} onChange={onPage} showTotal={(n) => t('common.total', { total: n })} />
      </Flex>
    </>
  );
}
