import type { AftersalesSettings } from '@cloudmart/contracts';
import { Button, Card, Flex, Form, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useAftersalesReporter } from '../aftersales-ui';
import { useAftersalesSettings, useSaveAftersalesSettings } from './settings.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** 售后设置: the no-reason refund window and the seller's deadline before auto-approval (DOMAIN 2.5). */
export function AftersalesSettingsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useAftersalesReporter();
  const settings = useAftersalesSettings();
  const save = useSaveAftersalesSettings();
  const [form] = Form.useForm<AftersalesSettings>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [form, settings.data]);

  return (
    <>
      <PageHeader title={t('aftersales.settings.title')} />
      <Card style={{ maxWidth: 640 }}>
        {settings.isPending ? (
          <LoadingBlock />
        ) : settings.isError ? (
          <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <Form<AftersalesSettings>
            form={form}
            name="aftersalesSettings"
            layout="vertical"
            initialValues={settings.data}
            disabled={save.isPending}
            onFinish={(v) => save.mutate(v, { onSuccess: () => void message.success(t('aftersales.settings.saved')), onError: (e) => report(e, form) })}
          >
            <Form.Item
              name="refundWindowDays"
              label={t('aftersales.settings.refundWindowDays')}
              extra={t('aftersales.settings.refundWindowHelp')}
              rules={[{ required: true }, { type: 'integer', min: 0, max: 30 }]}
            >
              <InputNumber<number> min={0} max={30} precision={0} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="autoApproveDays"
              label={t('aftersales.settings.autoApproveDays')}
              extra={t('aftersales.settings.autoApproveHelp')}
              rules={[{ required: true }, { type: 'integer', min: 1, max: 15 }]}
            >
              <InputNumber<number> min={1} max={15} precision={0} style={{ width: 200 }} />
            </Form.Item>
            <Flex justify="end">
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Flex>
          </Form>
        )}
      </Card>
    </>
  );
}
