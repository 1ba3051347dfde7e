import { orderStatuses, orderTypes } from '@cloudmart/contracts';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFilters } from './orders.queries';
import { FilterActions } from '../../shared/ui/FilterActions';

type Range = [Dayjs | null, Dayjs | null] | null;

interface FilterValues {
  orderNo?: string;
  productCode?: string;
  productName?: string;
  type?: string;
  status?: string;
  specName?: string;
  buyerUid?: string;
  created?: Range;
  paid?: Range;
}

function rangeOf(from: string | undefined, to: string | undefined): Range {
  if (!from && !to) return null;
  return [from ? dayjs(from) : null, to ? dayjs(to) : null];
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
    created: rangeOf(f.createdFrom, f.createdTo),
    paid: rangeOf(f.paidFrom, f.paidTo),
  };
}

const trimmed = (v: string | undefined) => v?.trim() || undefined;

/** Whole days in the user's time zone, sent as ISO instants. */
function toFilters(v: FilterValues): OrderFilters {
  return {
    orderNo: trimmed(v.orderNo),
    productCode: trimmed(v.productCode),
    productName: trimmed(v.productName),
    type: v.type,
    status: v.status,
    specName: trimmed(v.specName),
    buyerUid: trimmed(v.buyerUid),
    createdFrom: v.created?.[0]?.startOf('day').toISOString(),
    createdTo: v.created?.[1]?.endOf('day').toISOString(),
    paidFrom: v.paid?.[0]?.startOf('day').toISOString(),
    paidTo: v.paid?.[1]?.endOf('day').toISOString(),
  };
}

interface OrderFilterFormProps {
  value: OrderFilters;
  onSearch: (filters: OrderFilters) => void;
  loading?: boolean;
}

export function OrderFilterForm({ value, onSearch, loading }: OrderFilterFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();

  // the URL is the source of truth (back button, shared links): mirror it into the form
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(value));
  }, [form, value]);

  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<FilterValues>
      form={form}
      name="orderFilters"
      labelCol={{ flex: '96px' }}
      labelWrap
      onFinish={(v) => onSearch(toFilters(v))}
      aria-label={t('orders.filters')}
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="orderNo" label={t('orders.orderNo')} rules={[{ pattern: /^[0-9]{1,20}$/, message: t('validation.digitsOnly') }]}>
            <Input allowClear inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="productCode" label={t('orders.productCode')} rules={[{ max: 64, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="productName" label={t('orders.productName')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="type" label={t('orders.type')}>
            <Select allowClear placeholder={t('orders.anyType')} options={orderTypes.map((v) => ({ value: v, label: t(`orders.types.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="status" label={t('orders.status')}>
            <Select allowClear placeholder={t('orders.anyStatus')} options={orderStatuses.map((v) => ({ value: v, label: t(`orders.statuses.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="specName" label={t('orders.specName')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="buyerUid" label={t('orders.buyerUid')} rules={[{ pattern: /^[1-9][0-9]{0,15}$/, message: t('validation.positiveInteger') }]}>
            <Input allowClear inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="created" label={t('orders.createdRange')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="paid" label={t('orders.paidRange')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <FilterActions
        onReset={() => {
          form.resetFields();
          onSearch({});
        }}
        loading={loading}
      />
    </Form>
  );
}
