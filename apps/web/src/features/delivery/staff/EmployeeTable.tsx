import type { Employee, EmployeeListQuery } from '@cloudmart/contracts';
import { Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { tagLabel } from './employee-form';
import { formatDateTime } from '../../../shared/ui/format';
import { TwoLines } from '../../../shared/ui/TwoLines';
import type { OneTimePassword } from '../../../shared/ui/PasswordOnceModal';
import { useStaffReporter } from './staff-errors';
import { listEmpty, RoleTags, WorkStatusTag } from './staff-ui';
import { useDeleteEmployee, useEmployees, useResetEmployeePassword } from './staff.queries';
import { useFeedback } from '../../../shared/ui/feedback';

interface EmployeeTableProps {
  query: EmployeeListQuery;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (e: Employee) => void;
  onCapacity: (e: Employee) => void;
  onLeaves: (e: Employee) => void;
  onPassword: (p: OneTimePassword) => void;
}

export function EmployeeTable({ query, onPage, onEdit, onCapacity, onLeaves, onPassword }: EmployeeTableProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const list = useEmployees(query);
  const reset = useResetEmployeePassword();
  const remove = useDeleteEmployee();

  const onReset = (e: Employee) =>
    reset.mutate(e.userId, {
      onSuccess: (r) => onPassword({ reason: 'reset', loginName: r.employee.loginName, initialPassword: r.initialPassword }),
      onError: (err) => report(err),
    });
  const onDelete = (e: Employee) =>
    remove.mutate(e.userId, {
      onSuccess: () => void message.success(t('deliveryStaff.employees.deleted')),
      onError: (err) => report(err),
    });

  // Fits beside the department tree at 1280 px in both languages: the login name under the name,
  // the load under the department, the account's disabled mark with the work status; actions wrap.
  const columns: TableColumnsType<Employee> = [
    {
      key: 'displayName',
      title: t('deliveryStaff.employees.displayName'),
      width: 140,
      ellipsis: true,
      render: (_, e) => <TwoLines primary={e.displayName} secondary={e.loginName} />,
    },
    {
      key: 'department',
      title: t('deliveryStaff.employees.department'),
      width: 100,
      render: (_, e) => (
        <TwoLines
          primary={e.departmentName ?? t('common.none')}
          // open / max, as the guide's 活单量/持单量
          secondary={
            <span title={t('deliveryStaff.employees.loadHelp')}>
              {t('deliveryStaff.employees.load')}{' '}
              <Typography.Text type={e.load >= e.maxOpen ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>{`${e.load}/${e.maxOpen}`}</Typography.Text>
            </span>
          }
        />
      ),
    },
    { key: 'roles', title: t('deliveryStaff.employees.roles'), width: 125, render: (_, e) => <RoleTags roles={e.roles} /> },
    {
      key: 'tags',
      title: t('deliveryStaff.employees.tags'),
      width: 85,
      render: (_, e) => (e.tags.length ? e.tags.map((x) => <Tag key={x}>{tagLabel(t, x)}</Tag>) : t('common.none')),
    },
    {
      key: 'workStatus',
      title: t('deliveryStaff.employees.workStatus'),
      width: 105,
      render: (_, e) => (
        <Space vertical size={4}>
          <WorkStatusTag status={e.workStatus} />
          {e.accountStatus === 'disabled' ? <Tag color="red">{t('deliveryStaff.employees.accountDisabled')}</Tag> : null}
          {e.onLeaveUntil ? (
            <Typography.Text type="secondary">{t('deliveryStaff.employees.onLeaveUntil', { time: formatDateTime(e.onLeaveUntil) })}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 125,
      render: (_, e) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => onEdit(e)}>
            {t('deliveryStaff.employees.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => onCapacity(e)}>
            {t('deliveryStaff.employees.capacity')}
          </Button>
          <Button type="link" size="small" onClick={() => onLeaves(e)}>
            {t('deliveryStaff.employees.leaves')}
          </Button>
          <Popconfirm
            title={t('deliveryStaff.employees.resetConfirm', { name: e.displayName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => onReset(e)}
          >
            <Button type="link" size="small" loading={reset.isPending && reset.variables === e.userId}>
              {t('deliveryStaff.employees.resetPassword')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('deliveryStaff.employees.deleteConfirm', { name: e.displayName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onDelete(e)}
          >
            <Button type="link" size="small" danger loading={remove.isPending && remove.variables === e.userId}>
              {t('deliveryStaff.employees.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<Employee>
      rowKey="userId"
      columns={columns}
      dataSource={list.data?.items ?? []}
      loading={list.isFetching}
      size="middle"
      aria-label={t('deliveryStaff.employees.title')}
      locale={{ emptyText: listEmpty(t, list.error, t('deliveryStaff.employees.empty')) }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
    />
  );
}
