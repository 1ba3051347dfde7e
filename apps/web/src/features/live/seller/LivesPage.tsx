import { PlusOutlined } from '@ant-design/icons';
import type { LiveSummary } from '@cloudmart/contracts';
import { Button, Card, Input, Space, Spin, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../../shared/access';
import { listEmpty, listPagination } from '../../../shared/ui/commerce-ui';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useCurrentUser } from '../../accounts/auth.queries';
import { beijingText } from '../../promotions/promotion-time';
import { liveListParams, liveListStateFrom, livePagePath, useLivePermission, useLives, type LiveListState } from '../live.queries';
import { LivePermissionGate } from './LivePermissionGate';
import { LiveStatusTag } from './LiveStatusTag';

/** 营销 > 直播列表 (guide 2.11): 申请权限 first; then the lives with their review state. */
export function LivesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => liveListStateFrom(params), [params]);
  const permission = useLivePermission();
  const approved = permission.data?.status === 'approved';
  const list = useLives(state, approved);
  const canManage = can(me, 'live.manage');
  const go = (next: LiveListState) => setParams(liveListParams(next));

  const columns: TableColumnsType<LiveSummary> = [
    // fits 1280 px in both languages (950 px of columns): times without seconds
    { key: 'id', title: t('live.columns.id'), width: 190, ellipsis: true, render: (_, l) => <Link to={livePagePath(l.id)}>{l.id}</Link> },
    { key: 'name', title: t('live.columns.name'), width: 160, render: (_, l) => l.name },
    { key: 'mode', title: t('live.columns.mode'), width: 100, render: (_, l) => t(`live.modes.${l.mode}`) },
    { key: 'time', title: t('live.columns.time'), width: 240, render: (_, l) => `${beijingText(l.startsAt, 16)} - ${beijingText(l.endsAt, 16)}` },
    { key: 'status', title: t('live.columns.status'), width: 130, render: (_, l) => <LiveStatusTag status={l.status} /> },
    {
      key: 'actions',
      title: t('live.columns.actions'),
      width: 110,
      fixed: 'right',
      render: (_, l) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => void navigate(livePagePath(l.id))}>
            {t('live.view')}
          </Button>
          {canManage && l.status !== 'approved' ? (
            <Button type="link" size="small" onClick={() => void navigate(`${livePagePath(l.id)}/edit`)}>
              {t('live.editAction')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('live.title')}
        extra={
          approved && canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/seller/lives/new')}>
              {t('live.create')}
            </Button>
          ) : null
        }
      />
      {!permission.data ? (
        <Spin />
      ) : !approved ? (
        <LivePermissionGate permission={permission.data} canManage={canManage} />
      ) : (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Input.Search
              key={state.filters.q ?? ''}
              defaultValue={state.filters.q}
              placeholder={t('live.search')}
              enterButton={t('live.searchButton')}
              allowClear
              maxLength={100}
              style={{ maxWidth: 420 }}
              onSearch={(q) => go({ filters: q.trim() ? { q: q.trim() } : {}, page: 1, pageSize: state.pageSize })}
            />
          </Card>
          <Card>
            <Table<LiveSummary>
              rowKey="id"
              columns={columns}
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              scroll={{ x: 930 }}
              size="middle"
              aria-label={t('live.title')}
              locale={{ emptyText: listEmpty(t, list.error, t('live.empty')) }}
              pagination={listPagination(t, state, list.data?.total, go)}
            />
          </Card>
        </>
      )}
    </>
  );
}
