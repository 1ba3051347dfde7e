import { Col, Form, Row, type FormProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Children, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterActions } from './FilterActions';

/** A RangePicker's value; either end may be open. */
export type DayRange = [Dayjs | null, Dayjs | null] | null;

/** The picker value for two ISO instants from the URL. */
export function dayRangeOf(from: string | undefined, to: string | undefined): DayRange {
  if (!from && !to) return null;
  return [from ? dayjs(from) : null, to ? dayjs(to) : null];
}

/** Whole days in the user's time zone, sent as ISO instants. */
export function dayRangeBounds(range: DayRange | undefined): { from: string | undefined; to: string | undefined } {
  return { from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.endOf('day').toISOString() };
}

/** What a list page hands its filter form: the URL's filters, and where a search goes. */
export interface ListFilterProps<F> {
  /** the filters in the URL, which stays the source of truth (back button, shared links) */
  value: F;
  onSearch: (filters: F) => void;
  loading?: boolean;
}

interface ListFilterFormProps<F, V extends object> extends ListFilterProps<F> {
  /** the form's name (antd prefixes field ids with it) */
  name: string;
  ariaLabel: string;
  /** URL filters → form values; a module-level function, so the form is only reset when `value` changes */
  toValues: (filters: F) => V;
  /** form values → URL filters (trimmed, days turned into instants); reset sends it no values */
  toFilters: (values: Partial<NoInfer<V>>) => F;
  /** labels beside the fields (console lists) or above them */
  layout?: 'horizontal' | 'vertical';
  /** the buttons on a row of their own, or in the grid's next cell (short forms) */
  actions?: 'row' | 'cell';
  /** the fields (Form.Items); each takes one grid cell */
  children: ReactNode;
}

const cell = { xs: 24, md: 12, xl: 8 };
type LayoutProps = Pick<FormProps, 'layout' | 'labelCol' | 'labelWrap'>;
/** English labels ('Created between', 'Product code') need more room than Chinese ones to stay on one line. */
function layoutOf(layout: 'horizontal' | 'vertical', language: string): LayoutProps {
  if (layout === 'vertical') return { layout: 'vertical' };
  return { labelCol: { flex: language.startsWith('en') ? '124px' : '96px' }, labelWrap: false };
}

/** The filter form above every list: a three-column grid of fields, then reset / search. */
export function ListFilterForm<F, V extends object>({
  name,
  ariaLabel,
  value,
  toValues,
  toFilters,
  onSearch,
  loading,
  layout = 'horizontal',
  actions = 'row',
  children,
}: ListFilterFormProps<F, V>) {
  const [form] = Form.useForm<V>();
  const { i18n } = useTranslation();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(value));
  }, [form, value, toValues]);

  const buttons = (
    <FilterActions
      loading={loading}
      onReset={() => {
        form.resetFields();
        onSearch(toFilters({}));
      }}
    />
  );
  return (
    <Form<V> form={form} name={name} {...layoutOf(layout, i18n.language)} onFinish={(v) => onSearch(toFilters(v))} aria-label={ariaLabel}>
      <Row gutter={16}>
        {Children.toArray(children).map((field, i) => (
          <Col key={i} {...cell}>
            {field}
          </Col>
        ))}
        {actions === 'cell' ? <Col {...cell}>{layout === 'vertical' ? <Form.Item label=" ">{buttons}</Form.Item> : buttons}</Col> : null}
      </Row>
      {actions === 'row' ? buttons : null}
    </Form>
  );
}
