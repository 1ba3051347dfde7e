import type { Call, LeadDetail } from '@cloudmart/contracts';
import { Button, Empty, Flex, Form, Input, Table, Tabs, Tag, Timeline, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { hasTranslation } from '../../../shared/i18n';
import type { LazySections } from '../../../shared/i18n/lazy-sections';
import { columnsWidth } from '../../../shared/ui/table-width';
import { beijingText } from '../../promotions/promotion-time';
import { CallDuration, CallOutcome, CallStatusTag } from './lead-parts';
import { useSendMessage } from './leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

type LogAction = keyof LazySections['leadsSeller']['logs']['actions'];
/** The server's action names are labelled when known and shown as sent otherwise. */
function isLogAction(a: string): a is LogAction {
  return hasTranslation(`leadsSeller.logs.actions.${a}`);
}

const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

/** The guide's 页签 under 需求内容: 沟通小记 · 操作记录 (· 联系小二 on operator-raised leads), plus the calls. */
export function LeadTabs({ lead, noteForm }: { lead: LeadDetail; noteForm: ReactNode }) {
  const { t } = useTranslation();
  const items = [
    {
      key: 'notes',
      label: `${t('leadsSeller.detail.notesTab')} (${lead.notes.length})`,
      children: (
        <>
          {noteForm}
          <NotesTimeline lead={lead} />
        </>
      ),
    },
    { key: 'logs', label: t('leadsSeller.detail.logsTab'), children: <LogsTimeline lead={lead} /> },
    { key: 'calls', label: `${t('leadsSeller.detail.callsTab')} (${lead.calls.length})`, children: <CallsTable calls={lead.calls} /> },
    ...(lead.messages === null
      ? []
      : [{ key: 'messages', label: t('leadsSeller.detail.messagesTab'), children: <MessagesPanel lead={lead} messages={lead.messages} /> }]),
  ];
  return <Tabs items={items} />;
}

function NotesTimeline({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  if (!lead.notes.length) return empty(t('leadsSeller.note.empty'));
  const notes = [...lead.notes].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return (
    <Timeline
      style={{ marginTop: 16 }}
      data-testid="notes"
      items={notes.map((n) => ({
        key: n.id,
        color: n.connected ? 'green' : 'gray',
        content: (
          <div>
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{beijingText(n.createdAt, 16)}</Typography.Text>
              <Typography.Text>{n.authorName}</Typography.Text>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t(`leadsSeller.stages.${n.stage}`)}
              </Tag>
              <Tag color={n.connected ? 'success' : 'default'}>{n.connected ? t('leadsSeller.note.connectedYes') : t('leadsSeller.note.connectedNo')}</Tag>
            </Flex>
            <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{n.content}</Typography.Paragraph>
          </div>
        ),
      }))}
    />
  );
}

function LogsTimeline({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  if (!lead.logs.length) return empty(t('leadsSeller.logs.empty'));
  const logs = [...lead.logs].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const action = (a: string) => (isLogAction(a) ? t(`leadsSeller.logs.actions.${a}`) : a);
  return (
    <Timeline
      data-testid="logs"
      items={logs.map((l) => ({
        key: l.id,
        content: (
          <div>
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{beijingText(l.createdAt, 19)}</Typography.Text>
              <Typography.Text strong>{action(l.action)}</Typography.Text>
              <Typography.Text type="secondary">
                {t(`leadsSeller.logs.roles.${l.actorRole}`)}
                {l.actorName ? ` · ${l.actorName}` : ''}
              </Typography.Text>
            </Flex>
            {l.detail ? <Typography.Text>{l.detail}</Typography.Text> : null}
          </div>
        ),
      }))}
    />
  );
}

function CallsTable({ calls }: { calls: readonly Call[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Call> = [
    { key: 'createdAt', title: t('leadsSeller.call.createdAt'), width: 150, render: (_, c) => beijingText(c.createdAt, 16) },
    { key: 'caller', title: t('leadsSeller.call.caller'), width: 120, render: (_, c) => c.callerName },
    { key: 'callerPhone', title: t('leadsSeller.call.callerPhone'), width: 130, render: (_, c) => c.callerPhoneMasked },
    { key: 'virtual', title: t('leadsSeller.call.virtualNumber'), width: 140, render: (_, c) => c.virtualNumber },
    { key: 'status', title: t('leadsSeller.call.status'), width: 96, render: (_, c) => <CallStatusTag call={c} /> },
    { key: 'outcome', title: t('leadsSeller.call.outcome'), width: 100, render: (_, c) => <CallOutcome call={c} /> },
    { key: 'duration', title: t('leadsSeller.call.duration'), width: 100, render: (_, c) => <CallDuration call={c} /> },
  ];
  return (
    <Table<Call>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...calls]}
      pagination={false}
      scroll={{ x: columnsWidth(columns) }}
      aria-label={t('leadsSeller.detail.callsTab')}
      locale={{ emptyText: empty(t('leadsSeller.call.empty')) }}
    />
  );
}

/** 联系小二: "留言内容会展示在小二的工作台中，同时小二会收到邮件提醒。小二回复的内容会在联系小二页签中显示。" */
function MessagesPanel({ lead, messages }: { lead: LeadDetail; messages: NonNullable<LeadDetail['messages']> }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ body: string }>();
  const send = useSendMessage(lead.id);
  const canSend = lead.actions.includes('message');
  const onFinish = ({ body }: { body: string }) =>
    send.mutateAsync(body.trim()).then(
      () => {
        void message.success(t('leadsSeller.messages.sent'));
        form.resetFields();
      },
      (err: unknown) => report(err, form),
    );
  return (
    <>
      <Typography.Paragraph type="secondary">{t('leadsSeller.messages.hint')}</Typography.Paragraph>
      {canSend ? (
        <Form form={form} layout="vertical" name="leadMessage" onFinish={(v) => void onFinish(v)}>
          <Form.Item
            name="body"
            label={t('leadsSeller.messages.label')}
            rules={[
              { required: true, whitespace: true, message: t('leadsSeller.messages.required') },
              { max: 1000, message: t('leadsSeller.raise.tooLong', { max: 1000 }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} placeholder={t('leadsSeller.messages.placeholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {t('leadsSeller.messages.add')}
          </Button>
        </Form>
      ) : null}
      {messages.length ? (
        <Timeline
          style={{ marginTop: 16 }}
          data-testid="messages"
          items={[...messages]
            .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
            .map((m) => ({
              key: m.id,
              color: m.fromRole === 'operator' ? 'green' : 'blue',
              content: (
                <div>
                  <Flex gap={8} wrap>
                    <Typography.Text type="secondary">{beijingText(m.createdAt, 16)}</Typography.Text>
                    <Typography.Text strong>
                      {m.fromRole === 'operator' ? `${t('leadsSeller.messages.operator')} · ${m.authorName}` : m.authorName}
                    </Typography.Text>
                  </Flex>
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{m.body}</Typography.Paragraph>
                </div>
              ),
            }))}
        />
      ) : (
        empty(t('leadsSeller.messages.empty'))
      )}
    </>
  );
}
