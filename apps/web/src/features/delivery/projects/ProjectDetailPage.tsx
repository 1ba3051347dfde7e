import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/access';
import { useCurrentUser } from '../../accounts/auth.queries';
import { ManageActions } from './ManageActions';
import { ProjectDetailFrame } from './ProjectDetailFrame';

/** 项目详情 in the delivery center (vendor, provider admin, employee); managers get the steering actions. */
export function ProjectDetailPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <ProjectDetailFrame
      audience="seller"
      listPath="/delivery/projects"
      title={t('deliveryProjects.detailTitle')}
      extra={(data) =>
        can(me, 'delivery.projects.manage') && (data.viewer === 'vendor' || data.viewer === 'provider') ? <ManageActions detail={data} /> : null
      }
    />
  );
}
