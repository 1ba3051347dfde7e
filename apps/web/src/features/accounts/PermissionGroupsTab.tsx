import { PlusOutlined } from '@ant-design/icons';
import type { PermissionGroup } from '@cloudmart/contracts';
import { Button, Empty, Flex, Popconfirm, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, useErrorReporter } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/ui/format';
import { useDeleteGroup, usePermissionGroups } from './accounts.queries';
import { GroupDrawer } from './GroupDrawer';
import { GroupMembersModal } from './GroupMembersModal';
import { permissionLabel } from './permission-labels';
import { useFeedback } from '../../shared/ui/feedback';

type DrawerState = { mode: 'create' } | { mode: 'edit'; group: PermissionGroup } | null;

export function PermissionGroupsTab() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const groups = usePermissionGroups();
  const remove = useDeleteGroup();
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [membersOf, setMembersOf] = useState<PermissionGroup | null>(null);

  const onDelete = (g: PermissionGroup) =>
    remove.mutateAsync(g.id).then(
      () => void message.success(t('common.deleted')),
      (err: unknown) => report(err),
    );

  const columns: TableColumnsType<PermissionGroup> = [
    { key: 'name', title: t('groups.name'), dataIndex: 'name', width: 180 },
    {
      key: 'description',
      title: t('groups.description'),
      dataIndex: 'description',
      width: 220,
      ellipsis: true,
      render: (_, g) => g.description ?? t('common.none'),
    },
    {
      key: 'permissions',
      title: t('groups.permissions'),
      render: (_, g) =>
        g.permissions.length === 0 ? (
          <Tag>{t('groups.noPermissions')}</Tag>
        ) : (
          <Flex gap={4} wrap>
            {g.permissions.map((p) => (
              <Tag key={p} color="blue">
                {permissionLabel(t, p)}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'members',
      title: t('groups.members'),
      width: 120,
      render: (_, g) => (
        <Tooltip title={g.members.map((m) => m.loginName).join(', ') || undefined}>
          <span>{t('groups.memberCount', { count: g.members.length })}</span>
        </Tooltip>
      ),
    },
    { key: 'createdAt', title: t('subAccounts.createdAt'), width: 170, render: (_, g) => formatDateTime(g.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, g) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDrawer({ mode: 'edit', group: g })}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setMembersOf(g)}>
            {t('groups.editMembers')}
          </Button>
          <Popconfirm
            title={t('groups.deleteConfirm', { name: g.name })}
            okButtonProps={{ danger: true }}
            okText={t('common.delete')}
            onConfirm={() => onDelete(g)}
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })}>
          {t('groups.create')}
        </Button>
      </Flex>
      <Table<PermissionGroup>
        rowKey="id"
        columns={columns}
        dataSource={groups.data ?? []}
        loading={groups.isFetching}
        scroll={{ x: 'max-content' }}
        size="middle"
        pagination={false}
        aria-label={t('subAccounts.tabs.groups')}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={groups.isError ? errorMessage(t, groups.error) : t('groups.empty')} />,
        }}
      />
      <GroupDrawer open={drawer !== null} editing={drawer?.mode === 'edit' ? drawer.group : null} onClose={() => setDrawer(null)} />
      <GroupMembersModal group={membersOf} onClose={() => setMembersOf(null)} />
    </>
  );
}
