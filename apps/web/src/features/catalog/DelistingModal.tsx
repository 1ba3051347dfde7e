import type { FilePurpose, SellerProductRow } from '@cloudmart/contracts';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { FileUploadField } from '../../shared/ui/FileUploadField';
import { previewPath } from './product-labels';
import { useProductVisibility, useRequestDelisting } from './products.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface DelistingValues {
  reason: string;
  activeUsers: number;
  letterFileId: string;
  understood: boolean;
}

/** A zip goes to the scan archive; PDFs and images are documents. */
function letterPurpose(file: File): FilePurpose {
  return file.name.toLowerCase().endsWith('.zip') ? 'scan_archive' : 'document';
}

type DelistProduct = Pick<SellerProductRow, 'id' | 'code' | 'name' | 'visible'>;

/** Delisting is final, so the dialog leads with the warning and offers hiding instead. */
export function DelistingModal({ product, onClose }: { product: DelistProduct | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [form] = Form.useForm<DelistingValues>();
  const delist = useRequestDelisting();
  const visibility = useProductVisibility();

  useEffect(() => {
    if (product) form.resetFields();
  }, [product, form]);

  const onFinish = (v: DelistingValues) => {
    if (!product) return;
    delist.mutate(
      { id: product.id, body: { reason: v.reason.trim(), activeUsers: v.activeUsers, letterFileId: v.letterFileId } },
      {
        onSuccess: () => {
          void message.success(t('commerce.delisting.submitted'));
          onClose();
        },
        onError: (err) => report(err, form),
      },
    );
  };

  const hideInstead = () => {
    if (!product) return;
    visibility.mutate(
      { id: product.id, visible: false },
      {
        onSuccess: () => {
          void message.success(t('commerce.products.visibleOff'));
          onClose();
        },
        onError: (err) => report(err),
      },
    );
  };

  const link = product ? `${window.location.origin}${previewPath(product.code)}` : '';
  return (
    <Modal
      open={product !== null}
      title={t('commerce.delisting.title')}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      okText={t('commerce.delisting.submit')}
      okButtonProps={{ danger: true, loading: delist.isPending }}
      onOk={() => form.submit()}
    >
      <Alert
        type="error"
        showIcon
        title={t('commerce.delisting.warningTitle')}
        description={t('commerce.delisting.warning')}
        action={
          product?.visible ? (
            <Button size="small" onClick={hideInstead} loading={visibility.isPending}>
              {t('commerce.delisting.hideInstead')}
            </Button>
          ) : null
        }
        style={{ marginBottom: 16 }}
      />
      <Form<DelistingValues> form={form} name="delisting" layout="vertical" onFinish={onFinish} disabled={delist.isPending}>
        <Form.Item label={t('commerce.delisting.product')} htmlFor="delisting_product">
          <Input id="delisting_product" readOnly variant="filled" value={product ? `${product.code} ${product.name}` : ''} />
        </Form.Item>
        <Form.Item label={t('commerce.delisting.link')} htmlFor="delisting_link">
          <Input id="delisting_link" readOnly variant="filled" value={link} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('commerce.delisting.reason')}
          rules={[
            { required: true, whitespace: true },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
        <Form.Item name="activeUsers" label={t('commerce.delisting.activeUsers')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1_000_000_000} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="letterFileId"
          label={t('commerce.delisting.letter')}
          extra={t('commerce.delisting.letterHelp')}
          rules={[{ required: true, message: t('commerce.delisting.letterRequired') }]}
        >
          <FileUploadField id="delisting_letterFileId" purposeOf={letterPurpose} accept=".pdf,.png,.jpg,.jpeg,.zip" />
        </Form.Item>
        <Form.Item
          name="understood"
          valuePropName="checked"
          rules={[{ validator: (_r, v: unknown) => (v === true ? Promise.resolve() : Promise.reject(new Error(t('commerce.delisting.confirmRequired')))) }]}
          style={{ marginBottom: 0 }}
        >
          <Checkbox>{t('commerce.delisting.confirmText')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
