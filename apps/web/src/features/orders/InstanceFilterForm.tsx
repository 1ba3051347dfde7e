import { instanceStatuses } from '@cloudmart/contracts';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../shared/list-state';
import { ListFilterForm, type ListFilterProps } from '../../shared/ui/ListFilterForm';
import type { InstanceListState } from './instances.queries';

type Filters = InstanceListState['filters'];

interface FilterValues {
  instanceId?: string;
  productCode?: string;
  productName?: string;
  status?: string;
  buyerUid?: string;
  expiringBefore?: Dayjs | null;
}

function toValues(f: Filters): FilterValues {
  return { ...f, expiringBefore: f.expiringBefore ? dayjs(f.expiringBefore) : null };
}

function toFilters(v: FilterValues): Filters {
  return {
    instanceId: trimmed(v.instanceId),
    productCode: trimmed(v.productCode),
    productName: trimmed(v.productName),
    status: v.status,
    buyerUid: trimmed(v.buyerUid),
    expiringBefore: v.expiringBefore?.endOf('day').toISOString(),
  };
}

export function InstanceFilterForm(props: ListFilterProps<Filters>) {
  const { t } = useTranslation();
  return (
    <ListFilterForm name="instanceFilters" ariaLabel={t('commerce.instances.filters')} toValues={toValues} toFilters={toFilters} {...props}>
      <Form.Item name="instanceId" label={t('commerce.instances.id')} rules={[{ max: 64, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="productCode" label={t('commerce.instances.productCode')} rules={[{ max: 64, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="productName" label={t('commerce.instances.productName')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="status" label={t('commerce.instances.status')}>
        <Select
          allowClear
          placeholder={t('commerce.instances.anyStatus')}
          options={instanceStatuses.map((v) => ({ value: v, label: t(`commerce.instances.statuses.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="buyerUid" label={t('commerce.instances.buyerUid')} rules={[{ pattern: /^[1-9][0-9]{0,15}$/, message: t('validation.positiveInteger') }]}>
        <Input allowClear inputMode="numeric" />
      </Form.Item>
      <Form.Item name="expiringBefore" label={t('commerce.instances.expiringBefore')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </ListFilterForm>
  );
}
