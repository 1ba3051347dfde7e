import { orderStatuses, orderTypes } from '@cloudmart/contracts';
import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../shared/list-state';
import { dayRangeBounds, dayRangeOf, ListFilterForm, type DayRange, type ListFilterProps } from '../../shared/ui/ListFilterForm';
import type { OrderFilters } from './orders.queries';

interface FilterValues {
  orderNo?: string;
  productCode?: string;
  productName?: string;
  type?: string;
  status?: string;
  specName?: string;
  buyerUid?: string;
  created?: DayRange;
  paid?: DayRange;
}

function toValues(f: OrderFilters): FilterValues {
  return {
    orderNo: f.orderNo,
    productCode: f.productCode,
    productName: f.productName,
    type: f.type,
    status: f.status,
    specName: f.specName,
    buyerUid: f.buyerUid,
    created: dayRangeOf(f.createdFrom, f.createdTo),
    paid: dayRangeOf(f.paidFrom, f.paidTo),
  };
}

function toFilters(v: FilterValues): OrderFilters {
  const created = dayRangeBounds(v.created);
  const paid = dayRangeBounds(v.paid);
  return {
    orderNo: trimmed(v.orderNo),
    productCode: trimmed(v.productCode),
    productName: trimmed(v.productName),
    type: v.type,
    status: v.status,
    specName: trimmed(v.specName),
    buyerUid: trimmed(v.buyerUid),
    createdFrom: created.from,
    createdTo: created.to,
    paidFrom: paid.from,
    paidTo: paid.to,
  };
}

export function OrderFilterForm(props: ListFilterProps<OrderFilters>) {
  const { t } = useTranslation();
  return (
    <ListFilterForm name="orderFilters" ariaLabel={t('orders.filters')} toValues={toValues} toFilters={toFilters} {...props}>
      <Form.Item name="orderNo" label={t('orders.orderNo')} rules={[{ pattern: /^[0-9]{1,20}$/, message: t('validation.digitsOnly') }]}>
        <Input allowClear inputMode="numeric" />
      </Form.Item>
      <Form.Item name="productCode" label={t('orders.productCode')} rules={[{ max: 64, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="productName" label={t('orders.productName')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="type" label={t('orders.type')}>
        <Select allowClear placeholder={t('orders.anyType')} options={orderTypes.map((v) => ({ value: v, label: t(`orders.types.${v}`) }))} />
      </Form.Item>
      <Form.Item name="status" label={t('orders.status')}>
        <Select allowClear placeholder={t('orders.anyStatus')} options={orderStatuses.map((v) => ({ value: v, label: t(`orders.statuses.${v}`) }))} />
      </Form.Item>
      <Form.Item name="specName" label={t('orders.specName')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="buyerUid" label={t('orders.buyerUid')} rules={[{ pattern: /^[1-9][0-9]{0,15}$/, message: t('validation.positiveInteger') }]}>
        <Input allowClear inputMode="numeric" />
      </Form.Item>
      <Form.Item name="created" label={t('orders.createdRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="paid" label={t('orders.paidRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
      </Form.Item>
    </ListFilterForm>
  );
}
