import { CloudOutlined, ShopOutlined } from '@ant-design/icons';
import type { StoreProductDetail } from '@cloudmart/contracts';
import { Alert, Button, Card, Col, Divider, Flex, Row, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { AskDemandButton } from './AskDemandButton';
import { ProductCover } from './ProductCard';
import { ProductMedia } from './ProductMedia';
import { ProductNotFound } from './ProductNotFound';
import { checkoutPath, initialSelection, resolveSelection, type Selection } from './selection';
import { SpecPicker } from './SpecPicker';
import { shopPath, useStoreProduct } from './store.queries';
import { formatFen } from '../../shared/money';
import { CouponStrip } from '../promotions-buyer/CouponStrip';
import { OfferPrice, PreviewBanner } from '../promotions-buyer/OfferPrice';
import { offerFor } from '../promotions-buyer/promotion-format';
import { useClient, useProductOffers } from '../promotions-buyer/promotions-buyer.queries';
import { StackingRule } from '../promotions-buyer/StackingRule';
import { referralCodeOf, rememberReferral } from '../distribution/referral-storage';
import { useTrackPageView } from '../analytics/track';
import { TierBadge } from '../growth/TierBadge';

function TextBlock({ text }: { text: string }) {
  const { t } = useTranslation();
  return text.trim() ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>
  ) : (
    <Typography.Text type="secondary">{t('store.product.nothingYet')}</Typography.Text>
  );
}

function ProductBody({ product }: { product: StoreProductDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useTrackPageView({ page: 'product', productId: product.id });
  const [sel, setSel] = useState<Selection>(() => initialSelection(product));
  const resolved = resolveSelection(product, sel);
  const total = resolved === null ? null : resolved.totalFen === null ? t('store.product.billedByUsage') : formatFen(resolved.totalFen);
  // the best price per spec × term for this viewer and client; the page works without it
  const offers = useProductOffers(product.id, useClient());
  const offer = resolved?.spec.isTrial ? undefined : offerFor(offers.data?.prices, sel.specId, sel.period);
  const coupons = offers.data?.coupons ?? [];
  // a reseller's referral link (?ref=CODE): kept for this product, sent with a new purchase of it
  const [params] = useSearchParams();
  const ref = referralCodeOf(params);
  useEffect(() => {
    if (ref) rememberReferral(product.id, ref);
  }, [product.id, ref]);

  return (
    <>
      {!product.visible ? <Alert type="info" showIcon title={t('store.product.hiddenNotice')} style={{ marginBottom: 16 }} /> : null}
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <div style={{ borderRadius: 8, overflow: 'hidden' }}>
              <ProductCover fileId={product.coverImageFileId} height={200} alt={product.name} />
            </div>
          </Col>
          <Col xs={24} md={16}>
            <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
              {product.name}
            </Typography.Title>
            <Flex gap={8} wrap style={{ marginBottom: 8 }}>
              <TierBadge productId={product.id} />
              {product.cloudNative ? (
                <Tooltip title={t('store.cloudNativeHint')}>
                  <Tag color="geekblue" icon={<CloudOutlined />} data-testid="cloud-native-badge">
                    {t('store.cloudNative')}
                  </Tag>
                </Tooltip>
              ) : null}
              <Tag>{t(`store.productTypes.${product.type}`)}</Tag>
              <Tag color={product.billing === 'postpaid' ? 'orange' : 'blue'}>{t(`store.billing.${product.billing}`)}</Tag>
              <Typography.Text type="secondary">{t('store.product.code', { code: product.code })}</Typography.Text>
            </Flex>
            <Typography.Paragraph type="secondary">{product.summary}</Typography.Paragraph>
            <Flex gap={12} align="center" wrap>
              <Link to={shopPath(product.seller.code)}>
                <ShopOutlined /> {t('store.product.shopLink', { name: product.seller.name })}
              </Link>
              {/* a service is often priced per project: ask its shop for a proposal (guide 4 定向需求) */}
              {product.type === 'service' ? <AskDemandButton sellerCode={product.seller.code} /> : null}
            </Flex>
            <Divider />
            {product.specs.length === 0 ? (
              <Alert type="warning" showIcon title={t('store.product.noSpecs')} />
            ) : (
              <>
                <SpecPicker product={product} value={sel} onChange={setSel} offers={offers.data?.prices} />
                <PreviewBanner offer={offer} />
                <Flex align="center" justify="space-between" gap={16} wrap>
                  <OfferPrice offer={offer} quantity={resolved?.body.quantity ?? 1} fallback={total ?? t('common.none')} />
                  <Button type="primary" size="large" disabled={resolved === null} onClick={() => void navigate(checkoutPath(product.code, sel))}>
                    {resolved?.spec.isTrial ? t('store.product.tryNow') : t('store.product.buyNow')}
                  </Button>
                </Flex>
                <div style={{ marginTop: 8 }}>
                  <StackingRule />
                </div>
                {coupons.length > 0 ? (
                  <div style={{ marginTop: 16 }} data-testid="product-coupons">
                    <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
                      {t('promotionsBuyer.coupons.title')}
                    </Typography.Title>
                    <CouponStrip coupons={coupons} />
                  </div>
                ) : null}
              </>
            )}
          </Col>
        </Row>
      </Card>
      <div style={{ marginBottom: 16 }}>
        <ProductMedia product={product} />
      </div>
      <Card>
        <Tabs
          items={[
            { key: 'description', label: t('store.product.description'), children: <TextBlock text={product.description} /> },
            { key: 'cases', label: t('store.product.customerCases'), children: <TextBlock text={product.customerCases} /> },
            { key: 'qualification', label: t('store.product.qualification'), children: <TextBlock text={product.qualification} /> },
          ]}
        />
      </Card>
    </>
  );
}

/** /store/products/:code — also the preview URL of a hidden product. */
export function ProductPage() {
  const { code = '' } = useParams();
  const product = useStoreProduct(code);
  if (product.isPending) return <LoadingBlock />;
  if (product.isError) {
    if (isApiError(product.error) && product.error.status === 404) return <ProductNotFound />;
    return <LoadError error={product.error} onRetry={() => void product.refetch()} />;
  }
  // keyed: another product starts with its own default selection
  return <ProductBody key={product.data.id} product={product.data} />;
}
