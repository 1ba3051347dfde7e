import { deliveryRoles, type DeliveryRole, type DueClock, type ProjectListItem, type ProjectStatus } from '@cloudmart/contracts';
import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/client';
import { errorMessage, useErrorReporter } from '../../../shared/api/errors';
import { calendarTimeLeft, workingTimeLeft } from './due-time';
import type { deliveryProjectsZhCN } from './projects.zh-CN';
import { hasTranslation } from '../../../shared/i18n';
import { useFeedback } from '../../../shared/ui/feedback';

type ProjectErrorKey = keyof typeof deliveryProjectsZhCN.errors;
function isProjectErrorCode(code: string): code is ProjectErrorKey {
  return hasTranslation(`deliveryProjects.errors.${code}`);
}

/** The delivery project codes first (not_your_task, upload_required…), then the app-wide ones. */
export function projectErrorMessage(t: TFunction, err: unknown): string {
  if (isApiError(err) && isProjectErrorCode(err.code)) return t(`deliveryProjects.errors.${err.code}`);
  return errorMessage(t, err);
}

/** Like useErrorReporter, but a delivery code is shown in the project wording. */
export function useProjectReporter(): ReturnType<typeof useErrorReporter> {
  const report = useErrorReporter();
  const { message } = useFeedback();
  const { t } = useTranslation();
  return useCallback(
    (err, form, codeFields) => {
      if (isApiError(err) && isProjectErrorCode(err.code) && !codeFields?.[err.code]) {
        void message.error(projectErrorMessage(t, err));
        return;
      }
      report(err, form, codeFields);
    },
    [message, report, t],
  );
}

const statusColors: Record<ProjectStatus, string> = { queued: 'gold', running: 'processing', paused: 'orange', completed: 'success', cancelled: 'default' };

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`delivery.projectStatuses.${status}`)}</Tag>;
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? <Tag color="error">{t('deliveryProjects.overdue')}</Tag> : null;
}

/** 操作人 | 角色: the live task's operator, the customer, or the system. */
export function OperatorCell({ item }: { item: Pick<ProjectListItem, 'operator' | 'operatorRole' | 'operatorSide'> }) {
  const { t } = useTranslation();
  const name = item.operator?.name ?? (item.operatorSide === 'customer' ? t('deliveryProjects.customerSide') : t('deliveryProjects.system'));
  return (
    <>
      <div>{name}</div>
      {item.operatorRole || item.operatorSide === 'customer' ? (
        <Typography.Text type="secondary">{roleLabel(t, item.operatorRole, item.operatorSide)}</Typography.Text>
      ) : null}
    </>
  );
}

export const isDeliveryRole = (v: string): v is DeliveryRole => (deliveryRoles as readonly string[]).includes(v);

export function roleLabel(t: TFunction, role: string | null, side: string | null): string {
  if (role) return isDeliveryRole(role) ? t(`delivery.roles.${role}`) : role;
  if (side === 'customer') return t('deliveryProjects.customerSide');
  return t('deliveryProjects.system');
}

/**
 * "剩余 X 个工作日", "已超时" or "不限时" — from the working time the server counted; on the
 * 'calendar' clock (a step that runs until the warranty ends) plain time: "质保期剩余 X 天".
 */
export function DueText({ remainingWorkingMs, dueClock, overdue }: { remainingWorkingMs: number | null; dueClock: DueClock; overdue: boolean }) {
  const { t } = useTranslation();
  if (overdue) return <Tag color="error">{t('deliveryProjects.overdue')}</Tag>;
  if (remainingWorkingMs === null) return <>{t('deliveryProjects.current.noDue')}</>;
  if (dueClock === 'calendar') {
    const left = calendarTimeLeft(remainingWorkingMs);
    return (
      <>
        {'days' in left
          ? t('deliveryProjects.current.warrantyRemaining', { days: left.days })
          : t('deliveryProjects.current.warrantyRemainingHours', { hours: left.hours })}
      </>
    );
  }
  const left = workingTimeLeft(remainingWorkingMs);
  return (
    <>{'days' in left ? t('deliveryProjects.current.remaining', { days: left.days }) : t('deliveryProjects.current.remainingHours', { hours: left.hours })}</>
  );
}
