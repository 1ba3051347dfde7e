import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ProjectListCard } from './ProjectListCard';
import { ProjectFilterForm } from './ProjectFilterForm';
import { operatorFilterKeys, projectListParams, projectListStateFrom, useOperatorProjects, type ProjectListState } from './projects.queries';

/** 交付纠纷: every seller's delivery projects, to find the disputed one and open it. */
export function OperatorProjectsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => projectListStateFrom(params, 'vendor', operatorFilterKeys), [params]);
  const projects = useOperatorProjects(state);
  // the operator sees every seller's projects: there is no scope to keep in the URL
  const go = (next: Partial<ProjectListState>) => {
    const p = projectListParams({ ...state, ...next });
    p.delete('scope');
    setParams(p);
  };

  return (
    <>
      <PageHeader title={t('deliveryProjects.operator.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('deliveryProjects.operator.intro')}</Typography.Paragraph>
        <ProjectFilterForm sellerFilters value={state.filters} onSearch={(filters) => go({ filters, page: 1 })} loading={projects.isFetching} />
      </Card>
      <ProjectListCard
        vendor
        state={state}
        list={projects}
        go={go}
        linkOf={(p) => `/operator/delivery-projects/${encodeURIComponent(p.id)}`}
        label={t('deliveryProjects.operator.title')}
      />
    </>
  );
}
