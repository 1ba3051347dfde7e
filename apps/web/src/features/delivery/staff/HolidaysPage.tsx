import type { HolidayGroup } from '@cloudmart/contracts';
import { Alert, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { holidayName } from '../calendar/holiday-name';
import { useHolidays } from './presets.queries';
import { listEmpty } from './staff-ui';
import { YearPicker } from './year-picker';

/** Dates that wrap between days, never inside one. */
function DayList({ days, none }: { days: readonly string[]; none: string }) {
  if (days.length === 0) return none;
  return days.map((d, i) => (
    <span key={d} style={{ whiteSpace: 'nowrap' }}>
      {d}
      {i < days.length - 1 ? '、' : ''}
    </span>
  ));
}

export function HolidayGroupsTable({ groups, loading, error, label }: { groups: readonly HolidayGroup[]; loading: boolean; error: unknown; label: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<HolidayGroup> = [
    {
      key: 'name',
      title: t('deliveryStaff.holidays.name'),
      width: 200,
      render: (_, g) => <span style={{ whiteSpace: 'nowrap' }}>{holidayName(t, g.name)}</span>,
    },
    { key: 'dates', title: t('deliveryStaff.holidays.dates'), render: (_, g) => <DayList days={g.holidays} none={t('common.none')} /> },
    { key: 'workdays', title: t('deliveryStaff.holidays.workdays'), render: (_, g) => <DayList days={g.workdays} none={t('common.none')} /> },
    { key: 'daysOff', title: t('deliveryStaff.holidays.daysOff'), width: 110, render: (_, g) => t('deliveryStaff.holidays.daysUnit', { count: g.daysOff }) },
  ];
  return (
    <Table<HolidayGroup>
      rowKey="name"
      columns={columns}
      dataSource={[...groups]}
      loading={loading}
      pagination={false}
      aria-label={label}
      locale={{ emptyText: listEmpty(t, error, t('deliveryStaff.holidays.empty')) }}
    />
  );
}

/** 节假日 (guide 5.2.10): the preset holidays of a year, read-only. */
export function HolidaysPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>(undefined);
  const holidays = useHolidays(year);
  const shown = year ?? holidays.data?.year ?? new Date().getFullYear();
  return (
    <>
      <PageHeader title={t('deliveryStaff.holidays.title')} />
      <Card>
        <Alert type="info" showIcon title={t('deliveryStaff.holidays.note')} style={{ marginBottom: 16 }} />
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Typography.Text>{t('deliveryStaff.holidays.year')}</Typography.Text>
          <YearPicker label={t('deliveryStaff.holidays.year')} value={shown} years={holidays.data?.years ?? []} onChange={setYear} />
        </Flex>
        <HolidayGroupsTable
          groups={holidays.data?.groups ?? []}
          loading={holidays.isFetching}
          error={holidays.error}
          label={t('deliveryStaff.holidays.title')}
        />
      </Card>
    </>
  );
}
