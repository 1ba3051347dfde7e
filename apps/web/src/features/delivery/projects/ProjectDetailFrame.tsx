import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ProjectDetail } from '@cloudmart/contracts';
import { Button, Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useCurrentUser } from '../../accounts/auth.queries';
import { ProjectDetailView } from './ProjectDetailView';
import { useProjectDetail, type ProjectAudience } from './projects.queries';

interface ProjectDetailFrameProps {
  audience: ProjectAudience;
  /** where "back" goes when the page was opened directly */
  listPath: string;
  title: string;
  /** header actions once the project is loaded */
  extra?: (detail: ProjectDetail) => ReactNode;
}

/** The project page around the shared detail view: back link, title "<title> <order no.>", loading and errors. */
export function ProjectDetailFrame({ audience, listPath, title, extra }: ProjectDetailFrameProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const detail = useProjectDetail(audience, id);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate(listPath) : navigate(-1))}
    >
      {t('deliveryProjects.back')}
    </Button>
  );
  const data = detail.data;
  return (
    <>
      <PageHeader before={back} title={data ? `${title} ${data.project.orderNo}` : title} extra={data && extra ? extra(data) : null} />
      {detail.isPending ? (
        <Card>
          <LoadingBlock />
        </Card>
      ) : detail.isError ? (
        <Card>
          <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
        </Card>
      ) : (
        <ProjectDetailView audience={audience} detail={detail.data} meId={me.id} />
      )}
    </>
  );
}
