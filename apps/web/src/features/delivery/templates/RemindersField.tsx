import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { messageTemplateKeys, reminderRecipients, reminderTriggers, type Reminder } from '@cloudmart/contracts';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const MAX_REMINDERS = 10;
const newRow: Reminder = { recipient: 'provider_employee', trigger: 'enter', template: 'node_enter_employee' };
const cell = { flex: 1, minWidth: 0, marginBottom: 0 } as const;
const search = { optionFilterProp: 'label' };

/** 消息提醒设置: rows of recipient × trigger × preset message template, with 新增 and 删除. */
export function RemindersField({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const recipientOptions = reminderRecipients.map((r) => ({ value: r, label: t(`delivery.recipients.${r}`) }));
  const triggerOptions = reminderTriggers.map((r) => ({ value: r, label: t(`delivery.triggers.${r}`) }));
  const templateOptions = messageTemplateKeys.map((k) => ({ value: k, label: t(`delivery.messageTemplates.${k}`) }));
  const rowLabel = (n: number, field: string) => t('deliveryTemplates.reminders.fieldOfRow', { n, field });
  const required = { required: true, message: t('validation.required') };

  return (
    <Form.List name="reminders">
      {(rows, { add, remove }) => (
        <section aria-label={t('deliveryTemplates.reminders.title')}>
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('deliveryTemplates.reminders.title')}</Typography.Text>
            <Button size="small" icon={<PlusOutlined aria-hidden />} disabled={disabled || rows.length >= MAX_REMINDERS} onClick={() => add({ ...newRow })}>
              {t('deliveryTemplates.reminders.add')}
            </Button>
          </Flex>
          {rows.length === 0 ? (
            <Typography.Text type="secondary">{t('deliveryTemplates.reminders.empty')}</Typography.Text>
          ) : (
            <Flex vertical gap={8}>
              <Flex gap={8} aria-hidden>
                <Typography.Text type="secondary" style={cell}>
                  {t('deliveryTemplates.reminders.recipient')}
                </Typography.Text>
                <Typography.Text type="secondary" style={cell}>
                  {t('deliveryTemplates.reminders.trigger')}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ ...cell, flex: 1.4 }}>
                  {t('deliveryTemplates.reminders.template')}
                </Typography.Text>
                <span style={{ width: 72 }} />
              </Flex>
              {rows.map((row, i) => (
                <Flex key={row.key} gap={8} align="start">
                  <Form.Item name={[row.name, 'recipient']} rules={[required]} style={cell}>
                    <Select showSearch={search} aria-label={rowLabel(i + 1, t('deliveryTemplates.reminders.recipient'))} options={recipientOptions} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'trigger']} rules={[required]} style={cell}>
                    <Select showSearch={search} aria-label={rowLabel(i + 1, t('deliveryTemplates.reminders.trigger'))} options={triggerOptions} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'template']} rules={[required]} style={{ ...cell, flex: 1.4 }}>
                    <Select
                      showSearch={search}
                      aria-label={rowLabel(i + 1, t('deliveryTemplates.reminders.template'))}
                      options={templateOptions}
                      popupMatchSelectWidth={false}
                    />
                  </Form.Item>
                  <Button
                    danger
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    disabled={disabled}
                    onClick={() => remove(row.name)}
                    aria-label={`${t('deliveryTemplates.reminders.remove')} ${i + 1}`}
                    style={{ width: 72 }}
                  >
                    {t('deliveryTemplates.reminders.remove')}
                  </Button>
                </Flex>
              ))}
            </Flex>
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
            {rows.length >= MAX_REMINDERS ? t('deliveryTemplates.reminders.max') : t('deliveryTemplates.reminders.presetHelp')}
          </Typography.Paragraph>
        </section>
      )}
    </Form.List>
  );
}
