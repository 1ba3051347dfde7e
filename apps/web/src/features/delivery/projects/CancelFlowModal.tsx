import { useTranslation } from 'react-i18next';
import { useCancelFlow } from './project-actions.queries';
import { useProjectReporter } from './project-ui';
import { ReasonModal } from './ReasonModal';
import { useFeedback } from '../../../shared/ui/feedback';

interface CancelFlowModalProps {
  projectId: string;
  open: boolean;
  onClose: () => void;
}

/** 关闭流程: the operator's reason (1–500 characters) after a warning that both sides lose the flow for good. */
export function CancelFlowModal({ projectId, open, onClose }: CancelFlowModalProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const cancel = useCancelFlow(projectId);
  const report = useProjectReporter();
  return (
    <ReasonModal
      open={open}
      title={t('deliveryProjects.operator.closeTitle')}
      warning={t('deliveryProjects.operator.closeWarning')}
      label={t('deliveryProjects.operator.reason')}
      placeholder={t('deliveryProjects.operator.reasonPlaceholder')}
      requiredMessage={t('deliveryProjects.operator.reasonRequired')}
      okText={t('deliveryProjects.operator.confirm')}
      danger
      loading={cancel.isPending}
      onClose={onClose}
      onSubmit={(reason) =>
        cancel.mutate(reason, {
          onSuccess: () => {
            onClose();
            void message.success(t('deliveryProjects.operator.closed'));
          },
          onError: (err) => report(err),
        })
      }
    />
  );
}
