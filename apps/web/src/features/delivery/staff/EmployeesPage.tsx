import { PlusOutlined } from '@ant-design/icons';
import type { Employee } from '@cloudmart/contracts';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { CapacityModal } from './CapacityModal';
import { DepartmentPanel } from './DepartmentPanel';
import { EmployeeDrawer } from './EmployeeDrawer';
import { EmployeeFilters, type EmployeeFilterValues } from './EmployeeFilters';
import { PasswordOnceModal, type OneTimePassword } from '../../../shared/ui/PasswordOnceModal';
import { EmployeeTable } from './EmployeeTable';
import { LeavesModal } from './LeavesModal';
import { VendorManagersCard } from './VendorManagersCard';
import { can } from '../../../shared/access';
import { useCurrentUser } from '../../accounts/auth.queries';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'capacity' | 'leaves'; employee: Employee };

/** 员工管理 (guide 5.4.2–5.4.4): the department tree on the left, employees on the right. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<EmployeeFilterValues>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [password, setPassword] = useState<OneTimePassword | null>(null);
  const filter = (next: EmployeeFilterValues) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const close = () => setDialog(null);
  const employeeOf = (kind: 'edit' | 'capacity' | 'leaves') => (dialog && dialog.kind === kind ? dialog.employee : null);

  return (
    <>
      <PageHeader
        title={t('deliveryStaff.employees.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
            {t('deliveryStaff.employees.create')}
          </Button>
        }
      />
      <Flex gap={16} align="start">
        <DepartmentPanel selected={filters.departmentId} onSelect={(departmentId) => filter({ ...filters, departmentId })} />
        <Card style={{ flex: 1, minWidth: 0 }}>
          <EmployeeFilters value={filters} onChange={filter} />
          <EmployeeTable
            query={{ ...filters, ...paging }}
            onPage={(page, pageSize) => setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize }))}
            onEdit={(employee) => setDialog({ kind: 'edit', employee })}
            onCapacity={(employee) => setDialog({ kind: 'capacity', employee })}
            onLeaves={(employee) => setDialog({ kind: 'leaves', employee })}
            onPassword={setPassword}
          />
        </Card>
      </Flex>
      {can(me, 'account.admin') ? <VendorManagersCard /> : null}
      <EmployeeDrawer
        open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        editing={employeeOf('edit')}
        departmentId={filters.departmentId}
        onClose={close}
        onCreated={(p) => {
          close();
          setPassword(p);
        }}
      />
      <CapacityModal employee={employeeOf('capacity')} onClose={close} />
      <LeavesModal employee={employeeOf('leaves')} onClose={close} />
      <PasswordOnceModal
        value={password}
        title={password?.reason === 'reset' ? t('deliveryStaff.password.resetTitle') : t('deliveryStaff.password.createdTitle')}
        warning={t('deliveryStaff.password.warning')}
        onClose={() => setPassword(null)}
      />
    </>
  );
}
