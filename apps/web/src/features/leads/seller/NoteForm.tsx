import { leadStages, type LeadNoteBody } from '@cloudmart/contracts';
import { Button, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { beijingText } from '../../promotions/promotion-time';
import { useAddNote } from './leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

type Values = Omit<LeadNoteBody, 'callId'>;

/**
 * 添加小记 (guide 4 跟踪需求: "与用户联系后，需按照要求添加小记，记录与客户的沟通内容"): 是否接通, 项目进度
 * (了解需求/明确需求/讨论价格/讨论合同/准备下单), 交流内容. With `call` it records that call, which
 * the server requires before the next one.
 */
export function NoteForm({
  leadId,
  call,
  onDone,
  name = 'leadNote',
}: {
  leadId: string;
  call?: { id: string; createdAt: string } | null;
  onDone?: () => void;
  /** the form's name (its field ids): the call dialog's form and the page's may be mounted together */
  name?: string;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const add = useAddNote(leadId);
  const onFinish = (v: Values) =>
    add.mutateAsync({ ...v, content: v.content.trim(), callId: call?.id }).then(
      () => {
        void message.success(t('leadsSeller.note.added'));
        form.resetFields();
        onDone?.();
      },
      (err: unknown) => report(err, form),
    );
  return (
    <Form<Values> form={form} layout="vertical" name={name} onFinish={(v) => void onFinish(v)} aria-label={t('leadsSeller.note.title')}>
      {call ? <Typography.Paragraph type="secondary">{t('leadsSeller.note.forCall', { time: beijingText(call.createdAt, 16) })}</Typography.Paragraph> : null}
      <Form.Item name="connected" label={t('leadsSeller.note.connected')} rules={[{ required: true, message: t('leadsSeller.note.pickRequired') }]}>
        <Radio.Group
          options={[
            { value: true, label: t('leadsSeller.note.yes') },
            { value: false, label: t('leadsSeller.note.no') },
          ]}
        />
      </Form.Item>
      <Form.Item name="stage" label={t('leadsSeller.note.stage')} rules={[{ required: true, message: t('leadsSeller.note.pickRequired') }]}>
        <Radio.Group optionType="button" options={leadStages.map((s) => ({ value: s, label: t(`leadsSeller.stages.${s}`) }))} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('leadsSeller.note.content')}
        rules={[
          { required: true, whitespace: true, message: t('leadsSeller.note.contentRequired') },
          { max: 1000, message: t('leadsSeller.raise.tooLong', { max: 1000 }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('leadsSeller.note.add')}
      </Button>
    </Form>
  );
}
