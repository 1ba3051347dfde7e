import type { Leave } from '@cloudmart/contracts';
import { Alert, Card, Descriptions, Empty, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { tagLabel } from './employee-form';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useStaffReporter } from './staff-errors';
import { RoleTags, WorkStatusTag } from './staff-ui';
import { useMyDeliveryProfile, useSetMyAccepting } from './staff.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** 我的接单状态: the caller's delivery profile and their own accepting switch. */
export function MyDeliveryPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const profile = useMyDeliveryProfile();
  const setAccepting = useSetMyAccepting();
  const title = <PageHeader title={t('deliveryStaff.me.title')} />;

  if (profile.isPending)
    return (
      <>
        {title}
        <LoadingBlock />
      </>
    );
  if (profile.isError)
    return (
      <>
        {title}
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      </>
    );
  if (profile.data === null) {
    return (
      <>
        {title}
        <Card>
          <Empty
            description={
              <Space vertical size={4}>
                <Typography.Text strong>{t('deliveryStaff.me.notEmployee')}</Typography.Text>
                <Typography.Text type="secondary">{t('deliveryStaff.me.notEmployeeHelp')}</Typography.Text>
              </Space>
            }
          />
        </Card>
      </>
    );
  }

  const { employee, leaves } = profile.data;
  const onToggle = (accepting: boolean) =>
    setAccepting.mutate(accepting, { onSuccess: () => void message.success(t('deliveryStaff.me.saved')), onError: (err) => report(err) });
  const columns: TableColumnsType<Leave> = [
    { key: 'start', title: t('deliveryStaff.leaves.start'), render: (_, l) => formatDateTime(l.startsAt) },
    { key: 'end', title: t('deliveryStaff.leaves.end'), render: (_, l) => formatDateTime(l.endsAt) },
    { key: 'reason', title: t('deliveryStaff.leaves.reason'), render: (_, l) => l.reason ?? t('common.none') },
  ];

  return (
    <>
      {title}
      <Space vertical size={16} style={{ width: '100%' }}>
        <Card title={t('deliveryStaff.me.accepting')}>
          <Space vertical>
            <Space>
              <Switch
                aria-label={t('deliveryStaff.me.accepting')}
                checked={employee.accepting}
                loading={setAccepting.isPending}
                onChange={onToggle}
                checkedChildren={t('deliveryStaff.me.acceptingOn')}
                unCheckedChildren={t('deliveryStaff.me.acceptingOff')}
              />
              <WorkStatusTag status={employee.workStatus} />
            </Space>
            <Typography.Text type="secondary">{t('deliveryStaff.me.switchHelp')}</Typography.Text>
            {employee.onLeaveUntil ? (
              <Alert type="info" showIcon title={t('deliveryStaff.me.onLeaveNote', { time: formatDateTime(employee.onLeaveUntil) })} />
            ) : null}
          </Space>
        </Card>
        <Card title={t('deliveryStaff.me.profile')}>
          <Descriptions column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('deliveryStaff.employees.loginName')}>{employee.loginName}</Descriptions.Item>
            <Descriptions.Item label={t('deliveryStaff.employees.displayName')}>{employee.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('deliveryStaff.employees.department')}>{employee.departmentName ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('deliveryStaff.employees.roles')}>
              <RoleTags roles={employee.roles} />
            </Descriptions.Item>
            <Descriptions.Item label={t('deliveryStaff.employees.load')}>{`${employee.load}/${employee.maxOpen}`}</Descriptions.Item>
            <Descriptions.Item label={t('deliveryStaff.form.maxOpen')}>{employee.maxOpen}</Descriptions.Item>
            <Descriptions.Item label={t('deliveryStaff.employees.tags')}>
              {employee.tags.length ? employee.tags.map((x) => <Tag key={x}>{tagLabel(t, x)}</Tag>) : t('common.none')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('deliveryStaff.me.leaves')}>
          <Table<Leave>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={leaves}
            pagination={false}
            aria-label={t('deliveryStaff.me.leaves')}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliveryStaff.leaves.empty')} /> }}
          />
        </Card>
      </Space>
    </>
  );
}
