import { CheckCircleFilled } from '@ant-design/icons';
import type { Discount } from '@cloudmart/contracts';
import { Button, Flex, Modal, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { previewPath } from '../catalog/product-labels';
import { usePublishDiscount, type PromotionProduct } from './promotions.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface Props {
  /** the discount just created (预发布); null = closed */
  discount: Discount | null;
  product: PromotionProduct | undefined;
  /** after 确定发布 or 稍后发布 */
  onDone: () => void;
}

/**
 * Guide 2.9 step 4–5: 创建成功 — preview the product page (only this seller sees a 预发布 discount),
 * then 确定发布 makes it visible to everyone.
 */
export function DiscountCreatedModal({ discount, product, onDone }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const publish = usePublishDiscount();

  const onPublish = () => {
    if (!discount) return;
    publish.mutate(discount.id, {
      onSuccess: () => {
        void message.success(t('promotions.discounts.published'));
        onDone();
      },
      onError: (err) => report(err),
    });
  };

  return (
    <Modal
      open={discount !== null}
      title={
        <Flex gap={8} align="center">
          <CheckCircleFilled style={{ color: token.colorSuccess }} />
          {t('promotions.discounts.createdTitle')}
        </Flex>
      }
      closable={false}
      mask={{ closable: false }}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onDone} disabled={publish.isPending}>
            {t('promotions.discounts.later')}
          </Button>
          <Button type="primary" loading={publish.isPending} onClick={onPublish}>
            {t('promotions.discounts.publish')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph>
        {t('promotions.discounts.createdPreview')}{' '}
        {product ? (
          <Typography.Link href={previewPath(product.code)} target="_blank" rel="noopener">
            {product.name}
          </Typography.Link>
        ) : (
          discount?.productName
        )}
      </Typography.Paragraph>
      <Typography.Paragraph>{t('promotions.discounts.createdPrepublished')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('promotions.discounts.createdPublishHint')}
      </Typography.Paragraph>
    </Modal>
  );
}
