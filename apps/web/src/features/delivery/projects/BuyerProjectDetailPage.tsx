import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useCurrentUser } from '../../auth/auth.queries';
import { ProjectDetailView } from './ProjectDetailView';
import { useProjectDetail } from './projects.queries';

/** The customer's project: timeline, current step and the customer's actions (no notes, ever). */
export function BuyerProjectDetailPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const detail = useProjectDetail('buyer', id);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/buyer/projects') : navigate(-1))}
    >
      {t('deliveryProjects.back')}
    </Button>
  );
  const data = detail.data;
  return (
    <>
      <PageHeader before={back} title={data ? `${t('deliveryProjects.buyer.project')} ${data.project.orderNo}` : t('deliveryProjects.buyer.project')} />
      {detail.isPending ? (
        <Card>
          <LoadingBlock />
        </Card>
      ) : detail.isError ? (
        <Card>
          <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
        </Card>
      ) : (
        <ProjectDetailView audience="buyer" detail={detail.data} meId={me.id} />
      )}
    </>
  );
}
