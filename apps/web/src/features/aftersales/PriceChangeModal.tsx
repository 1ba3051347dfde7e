import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen, yuanToFen } from '../../shared/money';
import { useAftersalesReporter } from './aftersales-ui';
import { useChangePrice } from './price-change.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface PriceChangeModalProps {
  open: boolean;
  orderId: string;
  /** what the buyer would pay now */
  currentFen: number;
  onClose: () => void;
}

/** 修改价格 (DOMAIN 2.6): new price and a reason, then a second confirmation showing old → new. */
export function PriceChangeModal({ open, orderId, currentFen, onClose }: PriceChangeModalProps) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const report = useAftersalesReporter();
  const change = useChangePrice(orderId);
  const [form] = Form.useForm<{ newPriceYuan: number; reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const confirm = (v: { newPriceYuan: number; reason: string }) => {
    const newPriceFen = yuanToFen(v.newPriceYuan);
    modal.confirm({
      title: t('aftersales.priceChange.confirmTitle'),
      content: (
        <>
          <p style={{ margin: 0 }}>{t('aftersales.priceChange.confirmContent', { old: formatFen(currentFen), new: formatFen(newPriceFen) })}</p>
          {newPriceFen === 0 ? <p style={{ margin: '8px 0 0' }}>{t('aftersales.priceChange.zeroWarning')}</p> : null}
        </>
      ),
      okButtonProps: { danger: newPriceFen === 0 },
      onOk: () =>
        change.mutateAsync({ newPriceFen, reason: v.reason.trim() }).then(
          () => {
            void message.success(t('aftersales.priceChange.done'));
            onClose();
          },
          (err: unknown) => report(err, form),
        ),
    });
  };

  return (
    <Modal
      open={open}
      title={t('aftersales.priceChange.title')}
      okText={t('aftersales.priceChange.submit')}
      okButtonProps={{ loading: change.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('aftersales.priceChange.caution')} />
      <Form form={form} name="priceChange" layout="vertical" onFinish={confirm} disabled={change.isPending}>
        <Form.Item label={t('aftersales.priceChange.oldPrice')}>
          <Input value={formatFen(currentFen)} readOnly aria-label={t('aftersales.priceChange.oldPrice')} />
        </Form.Item>
        <Form.Item name="newPriceYuan" label={t('aftersales.priceChange.newPrice')} rules={[{ required: true }, { type: 'number', min: 0 }]}>
          <InputNumber<number> min={0} precision={2} step={1} prefix="¥" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('aftersales.priceChange.reason')}
          rules={[
            { required: true, whitespace: true },
            { max: 200, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
