import type { ProjectMessage } from '@cloudmart/contracts';
import { Alert, Button, Empty, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { usePostConversation, type ProjectAudience } from './projects.queries';
import { useProjectReporter } from './project-ui';

interface ConversationPanelProps {
  audience: ProjectAudience;
  projectId: string;
  kind: 'message' | 'note';
  items: readonly ProjectMessage[];
  /** ties a new message to the live step */
  nodeId: string | null;
  /** the operator reads the conversation but takes no part in it */
  readOnly?: boolean;
}

/** 项目留言 (both sides) or 项目备注 (provider side only, never shown to the customer). */
export function ConversationPanel({ audience, projectId, kind, items, nodeId, readOnly }: ConversationPanelProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string }>();
  const post = usePostConversation(audience, projectId, kind);
  const report = useProjectReporter();
  const submit = (v: { body: string }) =>
    post.mutate({ body: v.body.trim(), ...(nodeId ? { nodeId } : {}) }, { onSuccess: () => form.resetFields(), onError: (err) => report(err, form) });

  return (
    <Flex vertical gap={16}>
      {kind === 'note' ? <Alert type="info" showIcon title={t('deliveryProjects.conversation.notesHint')} /> : null}
      {items.length ? (
        <List
          size="small"
          dataSource={[...items]}
          renderItem={(m) => (
            <List.Item key={m.id}>
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{m.author.name}</Typography.Text>
                    <Tag color={m.authorSide === 'customer' ? 'blue' : 'default'}>{t(`delivery.sides.${m.authorSide}`)}</Tag>
                    {m.nodeName ? <Typography.Text type="secondary">{m.nodeName}</Typography.Text> : null}
                    <Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text>
                  </Flex>
                }
                description={<span style={{ whiteSpace: 'pre-wrap' }}>{m.body}</span>}
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(kind === 'note' ? 'deliveryProjects.conversation.emptyNotes' : 'deliveryProjects.conversation.emptyMessages')}
        />
      )}
      {readOnly ? null : (
        <Form form={form} name={`conversation-${kind}`} layout="vertical" onFinish={submit}>
          <Form.Item
            name="body"
            label={t(kind === 'note' ? 'deliveryProjects.conversation.noteLabel' : 'deliveryProjects.conversation.messageLabel')}
            rules={[
              { required: true, whitespace: true, message: t('deliveryProjects.conversation.bodyRequired') },
              { max: 2000, message: t('validation.tooLong') },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              showCount
              placeholder={t(kind === 'note' ? 'deliveryProjects.conversation.placeholderNote' : 'deliveryProjects.conversation.placeholderMessage')}
            />
          </Form.Item>
          <Flex justify="end">
            <Button type="primary" htmlType="submit" loading={post.isPending}>
              {t('deliveryProjects.conversation.post')}
            </Button>
          </Flex>
        </Form>
      )}
    </Flex>
  );
}
