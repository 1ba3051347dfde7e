import { DownloadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { projectTabs, sellerProjectTabs, type ProjectScope, type SellerProjectTab } from '@cloudmart/contracts';
import { Button, Card, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../shared/access';
import { useErrorReporter } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { MyDownloadsDrawer } from '../../downloads/MyDownloadsDrawer';
import { ProjectListCard } from './ProjectListCard';
import { useCurrentUser } from '../../accounts/auth.queries';
import { ClaimOrderModal } from './ClaimOrderModal';
import { ProjectFilterForm } from './ProjectFilterForm';
import { projectExportBody, projectListParams, projectListStateFrom, useProjectExport, useSellerProjects, type ProjectListState } from './projects.queries';
import { useFeedback } from '../../../shared/ui/feedback';

const mineListTabs: readonly SellerProjectTab[] = ['all', 'pending', 'handled'];

/** 项目管理 (guide 5.2.6 / 5.4.6): my work for everyone; the company's projects with delivery.projects.view. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canViewAll = can(me, 'delivery.projects.view');
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => projectListStateFrom(params, canViewAll ? 'vendor' : 'mine', undefined, sellerProjectTabs), [params, canViewAll]);
  // without the permission only "mine" is offered (the server would answer 403)
  const scoped: ProjectListState = canViewAll ? parsed : { ...parsed, scope: 'mine' };
  // 我的项目 has 全部/待处理/已处理 (guide 5.5.3); the company's lists have the status tabs
  const tabs: readonly SellerProjectTab[] = scoped.scope === 'mine' ? mineListTabs : projectTabs;
  const state: ProjectListState = tabs.includes(scoped.tab) ? scoped : { ...scoped, tab: 'all' };
  const projects = useSellerProjects(state);
  const [claiming, setClaiming] = useState(false);
  const [downloadsOpen, setDownloadsOpen] = useState(false);
  const { message } = useFeedback();
  const report = useErrorReporter();
  const exportList = useProjectExport();
  // 列表导出: the list as filtered now goes to 我的下载, which opens to show it building
  const startExport = () =>
    exportList.mutate(projectExportBody(state), {
      onSuccess: () => {
        void message.success(t('downloads.queued'));
        setDownloadsOpen(true);
      },
      onError: (err) => report(err),
    });

  const go = (next: Partial<ProjectListState>) => setParams(projectListParams({ ...state, page: 1, ...next }));
  const scopes: ProjectScope[] = canViewAll ? ['mine', 'vendor', 'provider'] : ['mine'];

  return (
    <>
      <PageHeader
        title={t('deliveryProjects.title')}
        extra={
          <>
            <Button onClick={() => setClaiming(true)}>{t('deliveryProjects.claim.button')}</Button>
            <Button icon={<DownloadOutlined />} onClick={startExport} loading={exportList.isPending}>
              {t('deliveryProjects.export')}
            </Button>
            <Button icon={<FolderOpenOutlined />} onClick={() => setDownloadsOpen(true)}>
              {t('downloads.button')}
            </Button>
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        {scopes.length > 1 ? (
          <Segmented<ProjectScope>
            aria-label={t('deliveryProjects.scopeLabel')}
            style={{ marginBottom: 16 }}
            value={state.scope}
            onChange={(scope) => go({ scope, tab: 'all' })}
            options={scopes.map((s) => ({ value: s, label: t(`deliveryProjects.scopes.${s}`) }))}
          />
        ) : null}
        <ProjectFilterForm value={state.filters} onSearch={(filters) => go({ filters })} loading={projects.isFetching} />
      </Card>
      <ProjectListCard
        state={state}
        list={projects}
        go={go}
        linkOf={(p) => `/delivery/projects/${encodeURIComponent(p.id)}`}
        label={t('deliveryProjects.title')}
        tabs={tabs}
      />
      <ClaimOrderModal open={claiming} onClose={() => setClaiming(false)} />
      <MyDownloadsDrawer open={downloadsOpen} onClose={() => setDownloadsOpen(false)} />
    </>
  );
}
