import type { ReviewableOrder } from '@cloudmart/contracts';
import { Form, Input, Modal, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAftersalesErrorReporter } from '../../aftersales/buyer/aftersales-errors';
import { reviewDimensions, type ReviewDimension } from '../../aftersales/buyer/aftersales-labels';
import { useReviewOrder } from './reviews.queries';
import { useFeedback } from '../../../shared/ui/feedback';

type ReviewForm = Record<ReviewDimension, number> & { comment?: string };

/** Rate one purchase 1–5 on quality, attitude and speed, with an optional comment. */
export function ReviewFormModal({ order, onClose }: { order: ReviewableOrder; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<ReviewForm>();
  const review = useReviewOrder(order.orderId);
  const report = useAftersalesErrorReporter();

  const submit = (v: ReviewForm) =>
    review
      .mutateAsync({ quality: v.quality, attitude: v.attitude, speed: v.speed, comment: v.comment?.trim() || null })
      .then(() => {
        void message.success(t('buyerAftersales.review.submitted'));
        onClose();
      })
      .catch(report);

  return (
    <Modal
      open
      title={t('buyerAftersales.review.modalTitle', { orderNo: order.orderNo })}
      okText={t('buyerAftersales.review.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={review.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {order.productName} / {order.specName}
      </Typography.Paragraph>
      <Form<ReviewForm> form={form} layout="horizontal" labelCol={{ span: 6 }} initialValues={{ quality: 5, attitude: 5, speed: 5 }} onFinish={submit}>
        {reviewDimensions.map((d) => (
          <Form.Item
            key={d}
            name={d}
            label={t(`buyerAftersales.reviewDimensions.${d}`)}
            rules={[{ required: true, type: 'number', min: 1, max: 5, message: t('validation.required') }]}
          >
            <Rate allowClear={false} aria-label={t(`buyerAftersales.reviewDimensions.${d}`)} />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('buyerAftersales.review.comment')} rules={[{ max: 500, message: t('validation.tooLong') }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t('buyerAftersales.review.commentPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
