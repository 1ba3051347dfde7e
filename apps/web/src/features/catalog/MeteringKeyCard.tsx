import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../shared/ui/CopyField';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { useGenerateMeteringKey } from './spi.queries';

/**
 * Postpaid products push usage with a metering key. The server keeps only its hash, so the
 * key is shown once in a dialog that closes only through its button.
 */
export function MeteringKeyCard({ productId, editable }: { productId: string; editable: boolean }) {
  const { t } = useTranslation();
  const report = useCommerceReporter();
  const generate = useGenerateMeteringKey();
  const [key, setKey] = useState<string | null>(null);
  const [generated, setGenerated] = useState(false);

  const run = () =>
    generate.mutateAsync(productId).then((reply) => {
      setKey(reply.key);
      setGenerated(true);
    }, report);

  return (
    <Card title={t('commerce.metering.title')} id="metering">
      <Typography.Paragraph type="secondary">{t('commerce.metering.intro')}</Typography.Paragraph>
      <Typography.Paragraph>{generated ? t('commerce.metering.has') : t('commerce.metering.hint')}</Typography.Paragraph>
      {editable ? (
        <Popconfirm title={t('commerce.metering.regenerateConfirm')} onConfirm={run}>
          <Button icon={<KeyOutlined />} loading={generate.isPending}>
            {t('commerce.metering.generate')}
          </Button>
        </Popconfirm>
      ) : null}
      <Modal
        open={key !== null}
        title={t('commerce.metering.onceTitle')}
        onCancel={() => setKey(null)}
        mask={{ closable: false }}
        keyboard={false}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setKey(null)}>
            {t('commerce.metering.saved')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('commerce.metering.onceWarning')} style={{ marginBottom: 16 }} />
        <Form layout="vertical" component="div">
          <Form.Item label={t('commerce.metering.title')} htmlFor="metering-key" style={{ marginBottom: 0 }}>
            <CopyField id="metering-key" value={key ?? ''} monospace />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
