import { ApiOutlined } from '@ant-design/icons';
import { spiModes, type SellerProductDetail, type SpiMode, type SpiTestReply } from '@cloudmart/contracts';
import { Alert, Button, Card, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { useSaveSpi, useSpiSettings, useTestSpi } from './spi.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface SpiValues {
  url: string;
  secret?: string;
  mode: SpiMode;
}

/** The contract takes http(s) URLs; async-validator's `url` type rejects hosts such as 127.0.0.1:9. */
function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function TestResult({ result }: { result: SpiTestReply }) {
  const { t } = useTranslation();
  const status = result.httpStatus ?? '—';
  const ms = result.durationMs;
  const title = result.ok
    ? t('commerce.spi.testOk', { status, ms })
    : result.error
      ? t('commerce.spi.testFailed', { error: result.error })
      : t('commerce.spi.testFailedStatus', { status, ms });
  return <Alert type={result.ok ? 'success' : 'error'} showIcon title={title} role="status" style={{ marginTop: 16 }} />;
}

/** The SaaS provisioning endpoint: URL, signing secret (write-only) and mode, with a live test call. */
export function SpiCard({ product, editable }: { product: SellerProductDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [form] = Form.useForm<SpiValues>();
  const settings = useSpiSettings(product.id);
  const save = useSaveSpi();
  const test = useTestSpi();
  const saved = settings.data;
  const secretSet = saved?.secretSet ?? false;

  useEffect(() => {
    if (saved) form.setFieldsValue({ url: saved.url ?? '', mode: saved.mode });
  }, [form, saved]);

  const onFinish = (v: SpiValues) =>
    save.mutate(
      { id: product.id, body: { url: v.url.trim(), secret: v.secret?.trim() || undefined, mode: v.mode } },
      {
        onSuccess: () => {
          void message.success(t('commerce.spi.saved'));
          form.setFieldValue('secret', '');
          test.reset();
        },
        onError: (err) => report(err, form),
      },
    );

  return (
    <Card title={t('commerce.spi.title')} id="spi-settings">
      <Typography.Paragraph type="secondary">{t('commerce.spi.intro')}</Typography.Paragraph>
      <Form<SpiValues>
        form={form}
        name="spiSettings"
        layout="vertical"
        onFinish={onFinish}
        disabled={!editable || save.isPending}
        initialValues={{ mode: 'hmac' }}
      >
        <Form.Item
          name="url"
          label={t('commerce.spi.url')}
          rules={[
            { required: true, whitespace: true },
            {
              validator: (_r, v: string | undefined) =>
                !v || isHttpUrl(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('commerce.spi.urlInvalid'))),
            },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input placeholder="https://" inputMode="url" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="secret"
            label={
              <span>
                {t('commerce.spi.secret')}{' '}
                <Tag color={secretSet ? 'success' : 'default'}>{secretSet ? t('commerce.spi.secretSet') : t('commerce.spi.secretUnset')}</Tag>
              </span>
            }
            extra={secretSet ? t('commerce.spi.secretKeep') : t('commerce.spi.secretHelp')}
            rules={[
              { required: !secretSet, message: t('commerce.spi.secretHelp') },
              { min: 16, max: 128, message: t('commerce.spi.secretHelp') },
            ]}
            style={{ flex: '1 1 280px' }}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="mode" label={t('commerce.spi.mode')} style={{ flex: '0 1 220px' }}>
            <Select options={spiModes.map((m) => ({ value: m, label: t(`commerce.spi.modes.${m}`) }))} />
          </Form.Item>
        </Flex>
        {editable ? (
          <Flex justify="end" gap={8}>
            <Button
              icon={<ApiOutlined />}
              disabled={!saved?.url || !secretSet}
              loading={test.isPending}
              onClick={() => test.mutate(product.id, { onError: (err) => report(err) })}
            >
              {t('commerce.spi.test')}
            </Button>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('commerce.spi.save')}
            </Button>
          </Flex>
        ) : null}
      </Form>
      {test.data ? <TestResult result={test.data} /> : null}
    </Card>
  );
}
