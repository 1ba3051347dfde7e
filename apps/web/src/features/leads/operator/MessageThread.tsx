import type { LeadMessage } from '@cloudmart/contracts';
import { Button, Card, Empty, Flex, Form, Input, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/ui/format';
import { useReplyToSeller } from './operator-leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** 联系小二 from the operator's side: the seller's messages and the operator's replies, oldest first. */
export function MessageThread({ demandId, messages }: { demandId: string; messages: readonly LeadMessage[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ body?: string }>();
  const reply = useReplyToSeller(demandId);
  const onFinish = (v: { body?: string }) =>
    reply.mutateAsync((v.body ?? '').trim()).then(
      () => {
        void message.success(t('leadsOperator.replied'));
        form.resetFields();
      },
      (err: unknown) => report(err, form),
    );
  return (
    <Card title={t('leadsOperator.messagesCard')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('leadsOperator.messagesHint')}</Typography.Paragraph>
      {messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leadsOperator.noMessages')} />
      ) : (
        <Flex vertical gap={8} style={{ marginBottom: 16 }} role="log" aria-label={t('leadsOperator.messagesCard')}>
          {messages.map((m) => (
            <div
              key={m.id}
              style={{
                alignSelf: m.fromRole === 'operator' ? 'flex-end' : 'flex-start',
                maxWidth: '75%',
                padding: '8px 12px',
                borderRadius: 8,
                background: m.fromRole === 'operator' ? token.colorPrimaryBg : token.colorFillTertiary,
              }}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`leadsOperator.fromRoles.${m.fromRole}`)} · {m.authorName} · {formatDateTime(m.createdAt)}
              </Typography.Text>
              <div style={{ whiteSpace: 'pre-wrap' }}>{m.body}</div>
            </div>
          ))}
        </Flex>
      )}
      <Form form={form} name="replyToSeller" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="body" rules={[{ required: true, whitespace: true, max: 1000, message: t('leadsOperator.replyRule') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('leadsOperator.replyPlaceholder')} aria-label={t('leadsOperator.reply')} />
        </Form.Item>
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={reply.isPending}>
            {t('leadsOperator.reply')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
