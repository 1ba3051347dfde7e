import type { ProjectDetail } from '@cloudmart/contracts';
import { Button, Flex, Popconfirm, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/client';
import { useClaimOrder, useNodeAction, type NodeAction } from './project-actions.queries';
import { useRequirementForms, type ProjectAudience } from './projects.queries';
import { useProjectReporter } from './project-ui';
import { ReasonModal } from './ReasonModal';
import type { RequirementFormDef } from '@cloudmart/contracts';
import { formOfAnswers } from './requirement-form';
import { RequirementsModal } from './RequirementsModal';
import { UploadStepButton } from './UploadStepButton';
import { useFeedback } from '../../../shared/ui/feedback';

interface NodeActionsProps {
  audience: ProjectAudience;
  detail: ProjectDetail;
  meId: string;
}

/**
 * What the caller may do on the live step: its operator (side and assignee) acts; anyone
 * else sees why not. The server's not_your_task stays the final word. Buttons carry the
 * node's own labels (liveTask.settings), with the generic ones when a label is not set.
 */
export function NodeActions({ audience, detail, meId }: NodeActionsProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const projectId = detail.project.id;
  const live = detail.liveTask;
  const action = useNodeAction(audience, projectId);
  const claim = useClaimOrder();
  const forms = useRequirementForms();
  const report = useProjectReporter();
  const [rejecting, setRejecting] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  // the operator only reads a project; steps belong to its customer and provider
  if (audience === 'operator' || !live || detail.project.status !== 'running') return null;
  const step = detail.timeline.find((s) => s.nodeId === live.nodeId);
  const side = audience === 'buyer' ? 'customer' : 'provider';
  const mine = live.status === 'open' && live.side === side && live.assignee?.id === meId;
  // a claim step is open to every employee of its role, not one assignee
  const claimable = audience === 'seller' && step?.type === 'claim' && live.side === 'provider';
  if (!step || (!mine && !claimable)) {
    return live.side === side && audience === 'seller' ? <Typography.Text type="secondary">{t('deliveryProjects.current.notYours')}</Typography.Text> : null;
  }

  const run = (a: NodeAction, after?: () => void) =>
    action.mutate(a, {
      onSuccess: () => {
        after?.();
        void message.success(t('deliveryProjects.actions.done'));
      },
      onError: (err) => {
        if (isApiError(err) && err.code === 'conflict') void message.warning(t('deliveryProjects.actions.staleHint'));
        else report(err);
      },
    });
  const nodeId = live.nodeId;
  const settings = live.settings;
  const rejectButton = settings.rejectable ? (
    <Button danger onClick={() => setRejecting(true)}>
      {settings.rejectLabel ?? t('deliveryProjects.actions.reject')}
    </Button>
  ) : null;
  const confirmButton = (label: string, title: string, a: NodeAction, description?: string) => (
    <Popconfirm title={title} description={description} onConfirm={() => run(a)}>
      <Button type="primary" loading={action.isPending}>
        {label}
      </Button>
    </Popconfirm>
  );

  let buttons: ReactNode = null;
  switch (step.type) {
    case 'submit': {
      buttons =
        audience === 'buyer' ? (
          <Button type="primary" onClick={() => setSubmitting(true)}>
            {settings.submitLabel ?? t('deliveryProjects.requirements.submitTitle')}
          </Button>
        ) : null;
      break;
    }
    case 'confirm':
      buttons = (
        <>
          {confirmButton(settings.confirmLabel ?? t('deliveryProjects.actions.confirm'), t('deliveryProjects.actions.confirmTitle'), {
            kind: 'confirm',
            nodeId,
          })}
          {rejectButton}
        </>
      );
      break;
    case 'general':
      buttons = (
        <>
          <UploadStepButton
            audience={audience}
            projectId={projectId}
            label={settings.uploadLabel ?? t('deliveryProjects.actions.upload')}
            purpose={settings.uploadKind === 'contract' ? 'delivery_contract' : 'delivery'}
          />
          {confirmButton(settings.confirmLabel ?? t('deliveryProjects.actions.complete'), t('deliveryProjects.actions.completeTitle'), {
            kind: 'complete-task',
            nodeId,
          })}
        </>
      );
      break;
    case 'complete':
      buttons =
        audience === 'buyer' ? (
          <>
            {confirmButton(
              settings.confirmLabel ?? t('deliveryProjects.actions.completeProject'),
              t('deliveryProjects.actions.completeProjectTitle'),
              { kind: 'complete-project', nodeId },
              t('deliveryProjects.actions.completeProjectHint'),
            )}
            {rejectButton}
          </>
        ) : null;
      break;
    case 'claim':
      buttons = (
        <Button type="primary" loading={claim.isPending} onClick={() => claim.mutate(detail.project.orderNo, { onError: (err) => report(err) })}>
          {t('deliveryProjects.claim.button')}
        </Button>
      );
      break;
    default:
      buttons = null;
  }
  const previous = detail.requirements.filter((r) => r.nodeId === nodeId).at(-1);

  return (
    <>
      <Flex gap={8} wrap aria-label={t('deliveryProjects.actions.title')} role="group">
        {buttons}
      </Flex>
      <ReasonModal
        open={rejecting}
        title={t('deliveryProjects.actions.rejectTitle')}
        label={t('deliveryProjects.actions.reason')}
        requiredMessage={t('deliveryProjects.actions.reasonRequired')}
        okText={t('common.confirm')}
        danger
        loading={action.isPending}
        onClose={() => setRejecting(false)}
        onSubmit={(reason) => run({ kind: 'reject', nodeId, reason }, () => setRejecting(false))}
      />
      {submitting ? (
        <RequirementsModal
          projectId={projectId}
          nodeId={nodeId}
          knownForm={knownForm(forms.data, settings.form, previous?.answers)}
          submitLabel={t('deliveryProjects.actions.submit')}
          onClose={() => setSubmitting(false)}
        />
      ) : null}
    </>
  );
}

/** The step's own form (from its settings); else the one earlier answers were given on. */
function knownForm(
  forms: readonly RequirementFormDef[] | undefined,
  key: string | null,
  answers: Record<string, unknown> | undefined,
): RequirementFormDef | null {
  if (!forms) return null;
  const own = key ? forms.find((f) => f.key === key) : undefined;
  return own ?? (answers ? formOfAnswers(forms, answers) : null);
}
