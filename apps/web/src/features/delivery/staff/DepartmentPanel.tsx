import { PlusOutlined } from '@ant-design/icons';
import type { Department } from '@cloudmart/contracts';
import { Button, Card, Empty, Flex, Popconfirm, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { DepartmentModal, type DepartmentDialog } from './DepartmentModal';
import { departmentForest } from './department-tree';
import { useStaffReporter } from './staff-errors';
import { useDeleteDepartment, useDepartments } from './staff.queries';
import { useFeedback } from '../../../shared/ui/feedback';

interface DepartmentPanelProps {
  selected: string | undefined;
  onSelect: (departmentId: string | undefined) => void;
}

/** The department tree (guide 5.4.2 创建部门): pick one to filter; create, edit, move, delete. */
export function DepartmentPanel({ selected, onSelect }: DepartmentPanelProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const departments = useDepartments();
  const remove = useDeleteDepartment();
  const [dialog, setDialog] = useState<DepartmentDialog | null>(null);
  const rows = useMemo(() => departments.data ?? [], [departments.data]);
  const forest = useMemo(() => departmentForest(rows, (d) => `${d.name} (${d.employees})`), [rows]);
  const current: Department | undefined = rows.find((d) => d.id === selected);

  const onDelete = (d: Department) =>
    remove.mutate(d.id, {
      onSuccess: () => {
        void message.success(t('deliveryStaff.departments.deleted'));
        onSelect(undefined);
      },
      onError: (err) => report(err),
    });

  return (
    <Card
      title={t('deliveryStaff.departments.title')}
      size="small"
      style={{ width: 240, flex: 'none' }}
      extra={
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ mode: 'create', parentId: null })}>
          {t('deliveryStaff.departments.add')}
        </Button>
      }
    >
      {departments.isPending ? (
        <LoadingBlock minHeight={120} />
      ) : departments.isError ? (
        <LoadError error={departments.error} onRetry={() => void departments.refetch()} />
      ) : (
        <>
          <Button
            type={selected === undefined ? 'primary' : 'text'}
            size="small"
            block
            style={{ justifyContent: 'flex-start', marginBottom: 8 }}
            onClick={() => onSelect(undefined)}
          >
            {t('deliveryStaff.departments.root')}
          </Button>
          {forest.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliveryStaff.departments.empty')} />
          ) : (
            <Tree
              aria-label={t('deliveryStaff.departments.title')}
              defaultExpandAll
              blockNode
              treeData={forest}
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : undefined)}
            />
          )}
          {current ? (
            <Flex vertical gap={4} style={{ marginTop: 12 }} role="group" aria-label={t('deliveryStaff.departments.actionsOf', { name: current.name })}>
              <Typography.Text strong>{current.name}</Typography.Text>
              <Flex gap={4} wrap>
                <Button size="small" onClick={() => setDialog({ mode: 'create', parentId: current.id })}>
                  {t('deliveryStaff.departments.addChild')}
                </Button>
                <Button size="small" onClick={() => setDialog({ mode: 'edit', department: current })}>
                  {t('deliveryStaff.departments.rename')}
                </Button>
                <Popconfirm
                  title={t('deliveryStaff.departments.deleteConfirm', { name: current.name })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => onDelete(current)}
                >
                  <Button size="small" danger loading={remove.isPending}>
                    {t('deliveryStaff.departments.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            </Flex>
          ) : null}
        </>
      )}
      <DepartmentModal dialog={dialog} departments={rows} onClose={() => setDialog(null)} />
    </Card>
  );
}
