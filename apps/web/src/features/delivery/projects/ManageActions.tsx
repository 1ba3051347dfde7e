import type { ProjectDetail } from '@cloudmart/contracts';
import { Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeOperatorModal } from './ChangeOperatorModal';
import { ChangeProviderModal } from './ChangeProviderModal';
import { useManageAction, type ManageAction } from './project-actions.queries';
import { useProjectReporter } from './project-ui';
import { ReasonModal } from './ReasonModal';

type Open = 'pause' | 'operator' | 'provider' | null;

/** 暂停/恢复, 更换操作人, 更换服务商, 立即分配 (delivery.projects.manage; the vendor alone moves providers). */
export function ManageActions({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const p = detail.project;
  const manage = useManageAction(p.id);
  const report = useProjectReporter();
  const [open, setOpen] = useState<Open>(null);
  const run = (a: ManageAction) => manage.mutate(a, { onSuccess: () => setOpen(null), onError: (err) => report(err) });
  const isVendor = detail.viewer === 'vendor';
  const live = p.status === 'running' || p.status === 'paused';
  // a finished or cancelled project has nothing left to manage
  if (!live && !(isVendor && p.status === 'queued')) return null;

  return (
    <Flex gap={8} wrap role="group" aria-label={t('deliveryProjects.manage.title')}>
      {p.status === 'running' ? <Button onClick={() => setOpen('pause')}>{t('deliveryProjects.manage.pause')}</Button> : null}
      {p.status === 'paused' ? (
        <Popconfirm
          title={t('deliveryProjects.manage.resumeTitle')}
          description={t('deliveryProjects.manage.resumeHint')}
          onConfirm={() => run({ kind: 'resume' })}
        >
          <Button loading={manage.isPending}>{t('deliveryProjects.manage.resume')}</Button>
        </Popconfirm>
      ) : null}
      {live ? <Button onClick={() => setOpen('operator')}>{t('deliveryProjects.manage.changeOperator')}</Button> : null}
      {isVendor && (p.status === 'running' || p.status === 'queued') ? (
        <Button onClick={() => setOpen('provider')}>{t('deliveryProjects.manage.changeProvider')}</Button>
      ) : null}
      {isVendor && p.status === 'queued' ? (
        <Popconfirm title={t('deliveryProjects.manage.assignProviderTitle')} onConfirm={() => run({ kind: 'assign-provider' })}>
          <Button type="primary" loading={manage.isPending}>
            {t('deliveryProjects.manage.assignProvider')}
          </Button>
        </Popconfirm>
      ) : null}
      <ReasonModal
        open={open === 'pause'}
        title={t('deliveryProjects.manage.pauseTitle')}
        label={t('deliveryProjects.manage.pauseReason')}
        requiredMessage={t('deliveryProjects.manage.pauseReasonRequired')}
        okText={t('common.confirm')}
        loading={manage.isPending}
        onClose={() => setOpen(null)}
        onSubmit={(reason) => run({ kind: 'pause', reason })}
      />
      {open === 'operator' ? <ChangeOperatorModal projectId={p.id} currentRole={detail.liveTask?.role ?? null} onClose={() => setOpen(null)} /> : null}
      {open === 'provider' ? <ChangeProviderModal projectId={p.id} currentProviderId={p.provider?.id ?? null} onClose={() => setOpen(null)} /> : null}
    </Flex>
  );
}
