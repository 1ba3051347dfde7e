import type { ProjectStatus } from '@cloudmart/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelFlowModal } from './CancelFlowModal';
import { ProjectDetailFrame } from './ProjectDetailFrame';

/** A flow can be closed while it is still going: queued for a provider, running or paused. */
const closable: readonly ProjectStatus[] = ['queued', 'running', 'paused'];

/** The operator's read-only project (纠纷处理), with 关闭流程 while the flow is open. */
export function OperatorProjectDetailPage() {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  return (
    <ProjectDetailFrame
      audience="operator"
      listPath="/operator/delivery-projects"
      title={t('deliveryProjects.operator.detailTitle')}
      extra={(data) =>
        closable.includes(data.project.status) ? (
          <>
            <Button danger onClick={() => setClosing(true)}>
              {t('deliveryProjects.operator.close')}
            </Button>
            <CancelFlowModal projectId={data.project.id} open={closing} onClose={() => setClosing(false)} />
          </>
        ) : null
      }
    />
  );
}
