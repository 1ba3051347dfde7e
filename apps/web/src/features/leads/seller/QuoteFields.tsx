import { DeleteOutlined } from '@ant-design/icons';
import type { QuotableProduct } from '@cloudmart/contracts';
import { Button, Col, Form, InputNumber, Row, Select, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../shared/money';
import { listPriceFen, parsePeriod, periodKey, specOf, type QuoteDraft } from './lead-format';

interface QuoteFieldsProps {
  form: FormInstance;
  /** the Form.List's field name for this row */
  name: number;
  products: readonly QuotableProduct[];
  onRemove?: () => void;
}

/**
 * One 报价单 (guide 4 提交方案: "添加报价单允许服务商在自己的商品列表中选择商品，选择规格，并进行商品改价"):
 * product → spec → term → quantity → the adjusted price, with the list price beside it. Picking an
 * earlier field clears the later ones, and a picked term fills the list price in as a start.
 */
export function QuoteFields({ form, name, products, onRemove }: QuoteFieldsProps) {
  const { t } = useTranslation();
  const path = ['quotes', name];
  const draft: QuoteDraft | undefined = Form.useWatch(path, form);
  const product = products.find((p) => p.id === draft?.productId);
  const spec = specOf(products, draft?.productId, draft?.specId);
  const list = listPriceFen(products, draft);
  const set = (patch: Partial<QuoteDraft>) => form.setFieldValue(path, { ...draft, ...patch });
  const pick = { required: true, message: t('leadsSeller.proposalForm.pick') };
  const periodLabel = (unit: 'month' | 'year', count: number) => t(`leadsSeller.proposalForm.periods.${unit}`, { count });

  return (
    <Row gutter={8} align="top" data-testid="quote-row" wrap={false}>
      <Col flex="1 1 180px" style={{ minWidth: 0 }}>
        <Form.Item name={[name, 'productId']} label={t('leadsSeller.proposalForm.product')} rules={[pick]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('leadsSeller.proposalForm.productPlaceholder')}
            options={products.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(productId: string) => set({ productId, specId: undefined, period: undefined, price: undefined })}
            aria-label={t('leadsSeller.proposalForm.product')}
          />
        </Form.Item>
      </Col>
      <Col flex="1 1 130px" style={{ minWidth: 0 }}>
        <Form.Item name={[name, 'specId']} label={t('leadsSeller.proposalForm.spec')} rules={[pick]}>
          <Select
            placeholder={t('leadsSeller.proposalForm.specPlaceholder')}
            disabled={!product}
            options={(product?.specs ?? []).map((s) => ({ value: s.id, label: s.name }))}
            onChange={(specId: string) => set({ specId, period: undefined, price: undefined })}
            aria-label={t('leadsSeller.proposalForm.spec')}
          />
        </Form.Item>
      </Col>
      <Col flex="0 0 112px">
        <Form.Item name={[name, 'period']} label={t('leadsSeller.proposalForm.period')} rules={[pick]}>
          <Select
            placeholder={t('leadsSeller.proposalForm.periodPlaceholder')}
            disabled={!spec}
            options={(spec?.prices ?? []).map((p) => ({ value: periodKey(p.unit, p.duration), label: periodLabel(p.unit, p.duration) }))}
            onChange={(period: string) => {
              const picked = parsePeriod(period);
              const price = spec?.prices.find((p) => picked && p.unit === picked.unit && p.duration === picked.duration);
              set({ period, price: price ? (price.priceFen * (draft?.quantity ?? 1)) / 100 : undefined });
            }}
            aria-label={t('leadsSeller.proposalForm.period')}
          />
        </Form.Item>
      </Col>
      <Col flex="0 0 76px">
        <Form.Item name={[name, 'quantity']} label={t('leadsSeller.proposalForm.quantity')} rules={[pick]}>
          <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} aria-label={t('leadsSeller.proposalForm.quantity')} />
        </Form.Item>
      </Col>
      <Col flex="0 0 150px">
        <Form.Item
          name={[name, 'price']}
          label={t('leadsSeller.proposalForm.price')}
          rules={[{ required: true, message: t('leadsSeller.proposalForm.priceRequired') }]}
          extra={
            list === null ? null : <Typography.Text type="secondary">{t('leadsSeller.proposalForm.listPrice', { price: formatFen(list) })}</Typography.Text>
          }
        >
          <InputNumber min={0.01} max={100_000_000} precision={2} prefix="¥" style={{ width: '100%' }} aria-label={t('leadsSeller.proposalForm.price')} />
        </Form.Item>
      </Col>
      {onRemove ? (
        <Col flex="0 0 32px">
          <Form.Item label=" ">
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('leadsSeller.proposalForm.removeQuote')} onClick={onRemove} />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
