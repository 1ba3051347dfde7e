import type { SellerReview } from '@cloudmart/contracts';
import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAftersalesReporter } from '../aftersales/aftersales-ui';
import { useReplyToReview } from './reviews.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** 回复初评: one reply per review, within 30 days of it. */
export function ReplyModal({ review, onClose }: { review: SellerReview | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useAftersalesReporter();
  const reply = useReplyToReview();
  const [form] = Form.useForm<{ reply: string }>();
  useEffect(() => {
    if (review) form.resetFields();
  }, [review, form]);

  const submit = (v: { reply: string }) => {
    if (!review) return;
    reply.mutate(
      { id: review.id, reply: v.reply.trim() },
      {
        onSuccess: () => {
          void message.success(t('aftersales.reviews.replied'));
          onClose();
        },
        onError: (err) => report(err, form),
      },
    );
  };

  return (
    <Modal
      open={review !== null}
      title={t('aftersales.reviews.replyTitle')}
      okText={t('aftersales.reviews.replySubmit')}
      okButtonProps={{ loading: reply.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {review ? (
        <Typography.Paragraph type="secondary">
          {review.productName}: {review.comment ?? t('aftersales.reviews.noComment')}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} name="reviewReply" layout="vertical" onFinish={submit} disabled={reply.isPending}>
        <Form.Item
          name="reply"
          label={t('aftersales.reviews.replyLabel')}
          extra={t('aftersales.reviews.replyHelp')}
          rules={[
            { required: true, whitespace: true },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
