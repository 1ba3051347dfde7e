import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBuyerProjects } from './projects.queries';
import { ProjectStatusTag } from './project-ui';

/** On the buyer's order detail: the delivery project of this order, when there is one. */
export function OrderProjectLink({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const projects = useBuyerProjects({ tab: 'all', page: 1, pageSize: 1, orderId });
  const project = projects.data?.items[0];
  if (!project) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={
        <>
          {t('deliveryProjects.buyer.project')}：{project.stage?.name ?? '—'} <ProjectStatusTag status={project.status} />
        </>
      }
      action={<Link to={`/buyer/projects/${encodeURIComponent(project.id)}`}>{t('deliveryProjects.buyer.viewProject')}</Link>}
    />
  );
}
