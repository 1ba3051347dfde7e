import { useTranslation } from 'react-i18next';
import { ProjectDetailFrame } from './ProjectDetailFrame';

/** The customer's project: timeline, current step and the customer's actions (no notes, ever). */
export function BuyerProjectDetailPage() {
  const { t } = useTranslation();
  return <ProjectDetailFrame audience="buyer" listPath="/buyer/projects" title={t('deliveryProjects.buyer.project')} />;
}
