import { PlusOutlined } from '@ant-design/icons';
import type { CalendarDay } from '@cloudmart/contracts';
import { Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { holidayName } from '../calendar/holiday-name';
import { CalendarDayModal, type CalendarDialog } from './CalendarDayModal';
import { useDeleteCalendarDay, useOperatorCalendar } from './calendar.queries';
import { HolidayGroupsTable } from './HolidaysPage';
import { useStaffReporter } from './staff-errors';
import { listEmpty } from './staff-ui';
import { YearPicker } from './year-picker';
import { useFeedback } from '../../../shared/ui/feedback';

/** Operator 节假日设置: the holidays and make-up workdays that timeouts skip. */
export function WorkCalendarPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [dialog, setDialog] = useState<CalendarDialog | null>(null);
  const calendar = useOperatorCalendar(year);
  const remove = useDeleteCalendarDay();
  const shown = year ?? calendar.data?.year ?? new Date().getFullYear();

  const onDelete = (d: CalendarDay) =>
    remove.mutate(d.day, { onSuccess: () => void message.success(t('deliveryStaff.calendar.deleted')), onError: (err) => report(err) });

  const columns: TableColumnsType<CalendarDay> = [
    { key: 'day', title: t('deliveryStaff.calendar.day'), width: 130, dataIndex: 'day' },
    { key: 'weekday', title: t('deliveryStaff.calendar.weekday'), width: 90, render: (_, d) => dayjs(d.day).format('ddd') },
    {
      key: 'kind',
      title: t('deliveryStaff.calendar.kind'),
      width: 120,
      render: (_, d) => <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{t(`deliveryStaff.calendarKinds.${d.kind}`)}</Tag>,
    },
    { key: 'name', title: t('deliveryStaff.calendar.name'), render: (_, d) => holidayName(t, d.name) },
    { key: 'source', title: t('deliveryStaff.calendar.source'), width: 110, render: (_, d) => t(`deliveryStaff.calendar.sources.${d.source}`) },
    { key: 'updatedAt', title: t('deliveryStaff.calendar.updatedAt'), width: 170, render: (_, d) => formatDateTime(d.updatedAt) },
    { key: 'updatedBy', title: t('deliveryStaff.calendar.updatedBy'), width: 140, render: (_, d) => d.updatedBy ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, d) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ mode: 'edit', day: d })}>
            {t('deliveryStaff.calendar.edit')}
          </Button>
          <Popconfirm
            title={t('deliveryStaff.calendar.deleteConfirm', { day: d.day })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onDelete(d)}
          >
            <Button type="link" size="small" danger loading={remove.isPending && remove.variables === d.day}>
              {t('deliveryStaff.calendar.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('deliveryStaff.calendar.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ mode: 'add', year: shown })}>
            {t('deliveryStaff.calendar.add')}
          </Button>
        }
      />
      <Space vertical size={16} style={{ width: '100%' }}>
        <Card>
          <Typography.Paragraph type="secondary">{t('deliveryStaff.calendar.intro')}</Typography.Paragraph>
          <Flex gap={8} align="center">
            <Typography.Text>{t('deliveryStaff.calendar.year')}</Typography.Text>
            <YearPicker label={t('deliveryStaff.calendar.year')} value={shown} years={calendar.data?.years ?? []} onChange={setYear} />
          </Flex>
        </Card>
        <Card title={t('deliveryStaff.calendar.groups')}>
          <HolidayGroupsTable
            groups={calendar.data?.groups ?? []}
            loading={calendar.isFetching}
            error={calendar.error}
            label={t('deliveryStaff.calendar.groups')}
          />
        </Card>
        <Card title={t('deliveryStaff.calendar.days')}>
          <Table<CalendarDay>
            rowKey="day"
            columns={columns}
            dataSource={calendar.data?.days ?? []}
            loading={calendar.isFetching}
            aria-label={t('deliveryStaff.calendar.days')}
            locale={{ emptyText: listEmpty(t, calendar.error, t('deliveryStaff.calendar.empty')) }}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
          />
        </Card>
      </Space>
      <CalendarDayModal dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
