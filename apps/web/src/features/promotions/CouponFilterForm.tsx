import { couponStatuses } from '@cloudmart/contracts';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../shared/list-state';
import { ListFilterForm, type ListFilterProps } from '../../shared/ui/ListFilterForm';
import type { CouponFilters } from './promotions.queries';

const toValues = (f: CouponFilters): CouponFilters => ({ ...f });
const toFilters = (v: Partial<CouponFilters>): CouponFilters => ({ name: trimmed(v.name), status: v.status });

/** 优惠券设置's filters: name and status. */
export function CouponFilterForm(props: ListFilterProps<CouponFilters>) {
  const { t } = useTranslation();
  return (
    <ListFilterForm name="couponFilters" ariaLabel={t('promotions.coupons.filters')} toValues={toValues} toFilters={toFilters} actions="cell" {...props}>
      <Form.Item name="name" label={t('promotions.coupons.name')} rules={[{ max: 30, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="status" label={t('promotions.coupons.status')}>
        <Select
          allowClear
          placeholder={t('promotions.coupons.any')}
          options={couponStatuses.map((s) => ({ value: s, label: t(`promotions.coupons.statuses.${s}`) }))}
        />
      </Form.Item>
    </ListFilterForm>
  );
}
