import { instanceStatuses } from '@cloudmart/contracts';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../list-state';
import type { InstanceListState } from './instances.queries';
import { FilterActions } from '../../../shared/ui/FilterActions';

type Filters = InstanceListState['filters'];

interface FilterValues {
  instanceId?: string;
  productCode?: string;
  productName?: string;
  status?: string;
  buyerUid?: string;
  expiringBefore?: Dayjs | null;
}

export function InstanceFilterForm({ value, onSearch, loading }: { value: Filters; onSearch: (f: Filters) => void; loading?: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({ ...value, expiringBefore: value.expiringBefore ? dayjs(value.expiringBefore) : null });
  }, [form, value]);

  const onFinish = (v: FilterValues) =>
    onSearch({
      instanceId: trimmed(v.instanceId),
      productCode: trimmed(v.productCode),
      productName: trimmed(v.productName),
      status: v.status,
      buyerUid: trimmed(v.buyerUid),
      expiringBefore: v.expiringBefore?.endOf('day').toISOString(),
    });

  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<FilterValues>
      form={form}
      name="instanceFilters"
      labelCol={{ flex: '96px' }}
      labelWrap
      onFinish={onFinish}
      aria-label={t('commerce.instances.filters')}
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="instanceId" label={t('commerce.instances.id')} rules={[{ max: 64, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="productCode" label={t('commerce.instances.productCode')} rules={[{ max: 64, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="productName" label={t('commerce.instances.productName')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="status" label={t('commerce.instances.status')}>
            <Select
              allowClear
              placeholder={t('commerce.instances.anyStatus')}
              options={instanceStatuses.map((v) => ({ value: v, label: t(`commerce.instances.statuses.${v}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="buyerUid"
            label={t('commerce.instances.buyerUid')}
            rules={[{ pattern: /^[1-9][0-9]{0,15}$/, message: t('validation.positiveInteger') }]}
          >
            <Input allowClear inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="expiringBefore" label={t('commerce.instances.expiringBefore')}>
            <DatePicker style={{ width: '100%' }} />
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
