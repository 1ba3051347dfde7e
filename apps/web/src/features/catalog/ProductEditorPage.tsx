import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import type { SellerProductDetail } from '@cloudmart/contracts';
import { Alert, Button, Card, Flex, Popconfirm, Space, Switch, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { can } from '../../shared/access';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useCurrentUser } from '../accounts/auth.queries';
import { DeliveryTemplateCard } from '../delivery/templates/DeliveryTemplateCard';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { DelistingModal } from './DelistingModal';
import { MeteringKeyCard } from './MeteringKeyCard';
import { previewPath, ProductStatusTag, ReviewStatusTag } from './product-labels';
import { ProductBasicForm } from './ProductBasicForm';
import { useProductVisibility, useSellerProduct } from './products.queries';
import { SpecsCard } from './SpecsCard';
import { SpiCard } from './SpiCard';
import { useSubmitAction } from './useSubmitAction';
import { useFeedback } from '../../shared/ui/feedback';

function HeaderActions({ product, canManage }: { product: SellerProductDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const visibility = useProductVisibility();
  const { submit, pending } = useSubmitAction();
  const [delisting, setDelisting] = useState(false);
  const live = product.status !== 'delisted';
  const delistPending = product.delistingRequest?.status === 'pending';

  return (
    <Space wrap>
      {canManage && live ? (
        <Tooltip title={t('commerce.products.visibleHelp')}>
          <Space>
            <Typography.Text>{t('commerce.products.visible')}</Typography.Text>
            <Switch
              checked={product.visible}
              loading={visibility.isPending}
              aria-label={t('commerce.products.visible')}
              onChange={(visible) =>
                visibility.mutate(
                  { id: product.id, visible },
                  {
                    onSuccess: () => void message.success(t(visible ? 'commerce.products.visibleOn' : 'commerce.products.visibleOff')),
                    onError: (e) => report(e),
                  },
                )
              }
            />
          </Space>
        </Tooltip>
      ) : null}
      <Button icon={<EyeOutlined />} href={previewPath(product.code)} target="_blank" rel="noopener">
        {t('commerce.products.preview')}
      </Button>
      {canManage && product.status === 'draft' && product.reviewStatus !== 'pending' ? (
        <Popconfirm title={t('commerce.products.submitConfirm')} onConfirm={() => submit(product.id)}>
          <Button type="primary" loading={pending}>
            {t('commerce.products.submit')}
          </Button>
        </Popconfirm>
      ) : null}
      {canManage && product.status === 'listed' && !delistPending ? (
        <Button danger onClick={() => setDelisting(true)}>
          {t('commerce.products.delist')}
        </Button>
      ) : null}
      <DelistingModal product={delisting ? product : null} onClose={() => setDelisting(false)} />
    </Space>
  );
}

function StateNotices({ product }: { product: SellerProductDetail }) {
  const { t } = useTranslation();
  const notices = [];
  if (product.status === 'delisted') notices.push(<Alert key="delisted" type="warning" showIcon title={t('commerce.editor.readOnly')} />);
  if (product.reviewStatus === 'rejected' && product.rejectReason)
    notices.push(<Alert key="rejected" type="error" showIcon title={t('commerce.products.rejectReason', { reason: product.rejectReason })} />);
  if (product.reviewStatus === 'pending') notices.push(<Alert key="pending" type="info" showIcon title={t('commerce.editor.inReview')} />);
  if (product.delistingRequest?.status === 'pending')
    notices.push(<Alert key="delisting" type="warning" showIcon title={t('commerce.editor.delistingPending')} />);
  if (product.delistingRequest?.status === 'rejected')
    notices.push(
      <Alert
        key="delistRejected"
        type="info"
        showIcon
        title={t('commerce.editor.delistingRejected', { reason: product.delistingRequest.decisionReason ?? '' })}
      />,
    );
  return notices.length ? (
    <Flex vertical gap={8}>
      {notices}
    </Flex>
  ) : null;
}

export function ProductEditorPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { id } = useParams();
  const product = useSellerProduct(id);
  const canManage = can(me, 'products.manage');

  // the list's "specs" action lands on #specs once the page has loaded
  const loaded = product.isSuccess;
  useEffect(() => {
    if (loaded && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ behavior: 'smooth' });
  }, [loaded, location.hash]);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/seller/products') : navigate(-1))}
    >
      {t('commerce.editor.backToList')}
    </Button>
  );

  if (id === undefined) {
    return (
      <>
        <PageHeader before={back} title={t('commerce.editor.createTitle')} />
        <ProductBasicForm product={null} editable={canManage} />
      </>
    );
  }
  if (product.isPending || product.isError) {
    return (
      <>
        <PageHeader before={back} title={t('commerce.editor.editTitle')} />
        <Card>{product.isPending ? <LoadingBlock /> : <LoadError error={product.error} onRetry={() => void product.refetch()} />}</Card>
      </>
    );
  }
  const p = product.data;
  const editable = canManage && p.status !== 'delisted';
  return (
    <>
      <PageHeader
        before={back}
        title={
          <Space wrap>
            <span>{p.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 14 }}>
              {p.code}
            </Typography.Text>
            <ProductStatusTag status={p.status} />
            <ReviewStatusTag status={p.reviewStatus} />
          </Space>
        }
        extra={<HeaderActions product={p} canManage={canManage} />}
      />
      <Flex vertical gap={16}>
        <StateNotices product={p} />
        <ProductBasicForm product={p} editable={editable} />
        <SpecsCard product={p} editable={editable} />
        {p.type === 'saas' ? <SpiCard product={p} editable={editable} /> : null}
        {p.billing === 'postpaid' ? <MeteringKeyCard productId={p.id} editable={editable} /> : null}
        {p.type === 'service' ? <DeliveryTemplateCard productId={p.id} /> : null}
      </Flex>
    </>
  );
}
