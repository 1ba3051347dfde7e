import { discountPublishStatuses, effectiveStatuses } from '@cloudmart/contracts';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../shared/list-state';
import { ListFilterForm, type ListFilterProps } from '../../shared/ui/ListFilterForm';
import { usePromotionProducts, type DiscountFilters } from './promotions.queries';

type FilterValues = DiscountFilters;

const toValues = (f: DiscountFilters): FilterValues => ({ ...f });
const toFilters = (v: Partial<FilterValues>): DiscountFilters => ({
  productId: v.productId,
  name: trimmed(v.name),
  publishStatus: v.publishStatus,
  effectiveStatus: v.effectiveStatus,
});

/** 商品优惠设置's filters: product, name, 发布状态, 生效状态. */
export function DiscountFilterForm(props: ListFilterProps<DiscountFilters>) {
  const { t } = useTranslation();
  const products = usePromotionProducts();
  return (
    <ListFilterForm name="discountFilters" ariaLabel={t('promotions.discounts.filters')} toValues={toValues} toFilters={toFilters} {...props}>
      <Form.Item name="productId" label={t('promotions.discounts.product')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={products.isPending}
          placeholder={t('promotions.discounts.anyProduct')}
          options={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('promotions.discounts.name')} rules={[{ max: 30, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="publishStatus" label={t('promotions.discounts.publishStatus')}>
        <Select
          allowClear
          placeholder={t('promotions.discounts.any')}
          options={discountPublishStatuses.map((s) => ({ value: s, label: t(`promotions.discounts.publishStatuses.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="effectiveStatus" label={t('promotions.discounts.effectiveStatus')}>
        <Select
          allowClear
          placeholder={t('promotions.discounts.any')}
          options={effectiveStatuses.map((s) => ({ value: s, label: t(`promotions.discounts.effectiveStatuses.${s}`) }))}
        />
      </Form.Item>
    </ListFilterForm>
  );
}
