import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ProjectListCard } from './ProjectListCard';
import { projectListParams, projectListStateFrom, statusTabOf, useBuyerProjects, type ProjectListState } from './projects.queries';

/** 服务项目: the buyer's delivery projects, by status tab. */
export function BuyerProjectsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => projectListStateFrom(params, 'mine'), [params]);
  const projects = useBuyerProjects({ tab: statusTabOf(state.tab), page: state.page, pageSize: state.pageSize });
  // the buyer list has neither scope nor filters: keep the URL to tab and paging
  const go = (next: Partial<ProjectListState>) => {
    const p = projectListParams({ ...state, filters: {}, ...next });
    p.delete('scope');
    setParams(p);
  };

  return (
    <>
      <PageHeader title={t('deliveryProjects.buyerTitle')} />
      <ProjectListCard
        buyer
        state={state}
        list={projects}
        go={go}
        linkOf={(p) => `/buyer/projects/${encodeURIComponent(p.id)}`}
        label={t('deliveryProjects.buyerTitle')}
      />
    </>
  );
}
