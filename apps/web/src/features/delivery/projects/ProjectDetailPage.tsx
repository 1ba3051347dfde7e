import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { can } from '../../../app/access';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useCurrentUser } from '../../auth/auth.queries';
import { ManageActions } from './ManageActions';
import { ProjectDetailView } from './ProjectDetailView';
import { useProjectDetail } from './projects.queries';

/** 项目详情 in the delivery center (vendor, provider admin, employee). */
export function ProjectDetailPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const detail = useProjectDetail('seller', id);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/delivery/projects') : navigate(-1))}
    >
      {t('deliveryProjects.back')}
    </Button>
  );
  const data = detail.data;
  const manages = data && can(me, 'delivery.projects.manage') && (data.viewer === 'vendor' || data.viewer === 'provider');
  return (
    <>
      <PageHeader
        before={back}
        title={data ? `${t('deliveryProjects.detailTitle')} ${data.project.orderNo}` : t('deliveryProjects.detailTitle')}
        extra={manages ? <ManageActions detail={data} /> : null}
      />
      {detail.isPending ? (
        <Card>
          <LoadingBlock />
        </Card>
      ) : detail.isError ? (
        <Card>
          <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
        </Card>
      ) : (
        <ProjectDetailView audience="seller" detail={detail.data} meId={me.id} />
      )}
    </>
  );
}
