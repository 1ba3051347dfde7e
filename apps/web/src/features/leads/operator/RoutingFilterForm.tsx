import { demandSources, demandStatuses } from '@cloudmart/contracts';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../../shared/list-state';
import { ListFilterForm, type ListFilterProps } from '../../../shared/ui/ListFilterForm';

export interface RoutingSearch {
  status?: string;
  source?: string;
  routing?: string;
  q?: string;
}
interface Values {
  status?: string;
  source?: string;
  routing?: boolean;
  q?: string;
}

const toValues = (f: RoutingSearch): Values => ({ status: f.status, source: f.source, routing: f.routing === '1', q: f.q });
const toFilters = (v: Partial<Values>): RoutingSearch => ({
  status: v.status || undefined,
  source: v.source || undefined,
  routing: v.routing ? '1' : undefined,
  q: trimmed(v.q),
});

/** 商机路由's filters: status, source, only the demands waiting for routing, and a search. */
export function RoutingFilterForm(props: ListFilterProps<RoutingSearch>) {
  const { t } = useTranslation();
  return (
    <ListFilterForm name="routingFilters" ariaLabel={t('leadsOperator.title')} toValues={toValues} toFilters={toFilters} {...props}>
      <Form.Item name="q" label={t('leadsOperator.filters.q')} rules={[{ max: 60, message: t('leadsBuyer.rule.tooLong', { max: 60 }) }]}>
        <Input allowClear placeholder={t('leadsOperator.filters.qPlaceholder')} />
      </Form.Item>
      <Form.Item name="status" label={t('leadsOperator.filters.status')}>
        <Select
          allowClear
          placeholder={t('leadsOperator.filters.any')}
          options={demandStatuses.map((s) => ({ value: s, label: t(`leadsBuyer.statuses.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="source" label={t('leadsOperator.filters.source')}>
        <Select
          allowClear
          placeholder={t('leadsOperator.filters.any')}
          options={demandSources.map((s) => ({ value: s, label: t(`leadsBuyer.sources.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="routing" label={t('leadsOperator.filters.routing')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </ListFilterForm>
  );
}
