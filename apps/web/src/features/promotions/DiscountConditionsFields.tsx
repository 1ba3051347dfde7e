import { clients, promotionScenarios } from '@cloudmart/contracts';
import { Checkbox, Form, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 优惠条件 > 指定限制条件 (guide 2.9): 订单业务类型, 订购个数, 客户端, 订购时长, 是否必须首购, 是否必须实名.
 * Items of the editor's form; an empty one means "any".
 */
export function DiscountConditionsFields({ termOptions }: { termOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const yesNo = [
    { value: true, label: t('promotions.yes') },
    { value: false, label: t('promotions.no') },
  ];
  return (
    <div style={{ paddingInlineStart: 24, borderInlineStart: '2px solid rgba(5,5,5,0.06)', marginBottom: 24 }}>
      <Form.Item name="scenarios" label={t('promotions.discounts.scenariosField')} extra={t('promotions.discounts.scenariosHelp')}>
        <Checkbox.Group options={promotionScenarios.map((s) => ({ value: s, label: t(`promotions.scenarios.${s}`) }))} />
      </Form.Item>
      <Form.Item name="minQuantity" label={t('promotions.discounts.minQuantity')}>
        <InputNumber
          min={1}
          max={100}
          precision={0}
          prefix={t('promotions.discounts.minQuantityAddon')}
          suffix={t('promotions.discounts.minQuantityUnit')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="clients" label={t('promotions.discounts.clientsField')}>
        <Checkbox.Group options={clients.map((c) => ({ value: c, label: t(`promotions.clients.${c}`) }))} />
      </Form.Item>
      <Form.Item name="terms" label={t('promotions.discounts.termsField')}>
        <Select mode="multiple" allowClear placeholder={t('promotions.discounts.termsPlaceholder')} options={termOptions} style={{ maxWidth: 400 }} />
      </Form.Item>
      <Form.Item name="firstPurchaseOnly" label={t('promotions.discounts.firstPurchase')} extra={t('promotions.discounts.firstPurchaseHelp')}>
        <Radio.Group options={yesNo} />
      </Form.Item>
      <Form.Item name="realNameOnly" label={t('promotions.discounts.realName')} extra={t('promotions.discounts.realNameHelp')} style={{ marginBottom: 0 }}>
        <Radio.Group options={yesNo} />
      </Form.Item>
    </div>
  );
}
