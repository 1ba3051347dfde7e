import { PlusOutlined } from '@ant-design/icons';
import type { SubAccount } from '@cloudmart/contracts';
import { Badge, Button, Empty, Flex, Input, Popconfirm, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, useErrorReporter } from '../../shared/api/errors';
import { TwoLines } from '../../shared/ui/TwoLines';
import { formatDateTime } from '../../shared/ui/format';
import { useResetPassword, useSubAccountAction, useSubAccounts, type SubAccountAction, type SubAccountFilter } from './accounts.queries';
import { PasswordOnceModal, type OneTimePassword } from '../../shared/ui/PasswordOnceModal';
import { SubAccountDrawer } from './SubAccountDrawer';
import { useFeedback } from '../../shared/ui/feedback';

type StatusChoice = 'all' | 'active' | 'disabled';
type DrawerState = { mode: 'create' } | { mode: 'edit'; account: SubAccount } | null;

export function SubAccountsTab() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [filter, setFilter] = useState<SubAccountFilter>({ page: 1, pageSize: 20 });
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [generated, setGenerated] = useState<OneTimePassword | null>(null);
  const list = useSubAccounts(filter);
  const action = useSubAccountAction();
  const reset = useResetPassword();

  const run = (account: SubAccount, kind: SubAccountAction) =>
    action.mutateAsync({ id: account.id, action: kind }).then(
      () => void message.success(t(kind === 'delete' ? 'common.deleted' : kind === 'disable' ? 'subAccounts.disabled' : 'subAccounts.enabled')),
      (err: unknown) => report(err),
    );

  const resetPassword = (account: SubAccount) =>
    reset.mutateAsync(account.id).then(
      (reply) => setGenerated({ reason: 'reset', loginName: reply.subAccount.loginName, initialPassword: reply.initialPassword }),
      (err: unknown) => report(err),
    );

  const columns: TableColumnsType<SubAccount> = [
    // Fits 1280 px in both languages: the display name under the login name, the creation time under the last log-in.
    {
      key: 'loginName',
      title: t('subAccounts.loginName'),
      dataIndex: 'loginName',
      width: 200,
      render: (_, a) => <TwoLines primary={a.loginName} secondary={a.displayName} />,
    },
    {
      key: 'groups',
      title: t('subAccounts.groups'),
      render: (_, a) =>
        a.groups.length === 0 ? (
          t('common.none')
        ) : (
          <Flex gap={4} wrap>
            {a.groups.map((g) => (
              <Tag key={g.id}>{g.name}</Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 100,
      render: (_, a) => <Badge status={a.status === 'active' ? 'success' : 'default'} text={t(`subAccounts.status.${a.status}`)} />,
    },
    {
      key: 'lastLoginAt',
      title: t('subAccounts.lastLoginAt'),
      width: 170,
      render: (_, a) => (
        <TwoLines primary={formatDateTime(a.lastLoginAt, t('subAccounts.never'))} secondary={`${t('subAccounts.createdAt')} ${formatDateTime(a.createdAt)}`} />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDrawer({ mode: 'edit', account: a })}>
            {t('common.edit')}
          </Button>
          {a.status === 'active' ? (
            <Popconfirm title={t('subAccounts.disableConfirm')} onConfirm={() => run(a, 'disable')}>
              <Button type="link" size="small">
                {t('subAccounts.disable')}
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm title={t('subAccounts.enableConfirm')} onConfirm={() => run(a, 'enable')}>
              <Button type="link" size="small">
                {t('subAccounts.enable')}
              </Button>
            </Popconfirm>
          )}
          <Popconfirm title={t('subAccounts.resetConfirm')} onConfirm={() => resetPassword(a)}>
            <Button type="link" size="small">
              {t('subAccounts.resetPassword')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('subAccounts.deleteConfirm', { name: a.loginName })}
            okButtonProps={{ danger: true }}
            okText={t('common.delete')}
            onConfirm={() => run(a, 'delete')}
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
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            aria-label={t('subAccounts.searchPlaceholder')}
            placeholder={t('subAccounts.searchPlaceholder')}
            style={{ width: 280 }}
            onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
          />
          <Select<StatusChoice>
            aria-label={t('subAccounts.statusFilter')}
            style={{ width: 140 }}
            value={filter.status ?? 'all'}
            onChange={(v) => setFilter((f) => ({ ...f, status: v === 'all' ? undefined : v, page: 1 }))}
            options={[
              { value: 'all', label: t('common.all') },
              { value: 'active', label: t('subAccounts.status.active') },
              { value: 'disabled', label: t('subAccounts.status.disabled') },
            ]}
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })}>
          {t('subAccounts.create')}
        </Button>
      </Flex>
      <Table<SubAccount>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        size="middle"
        aria-label={t('subAccounts.tabs.subAccounts')}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={list.isError ? errorMessage(t, list.error) : t('subAccounts.empty')} />,
        }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
        }}
      />
      <SubAccountDrawer
        open={drawer !== null}
        editing={drawer?.mode === 'edit' ? drawer.account : null}
        onClose={() => setDrawer(null)}
        onCreated={(reply) => {
          setDrawer(null);
          setGenerated({ reason: 'created', loginName: reply.subAccount.loginName, initialPassword: reply.initialPassword });
        }}
      />
      <PasswordOnceModal
        value={generated}
        title={generated?.reason === 'reset' ? t('subAccounts.passwordTitleReset') : t('subAccounts.passwordTitleCreated')}
        warning={t('subAccounts.passwordWarning')}
        onClose={() => setGenerated(null)}
      />
    </>
  );
}
