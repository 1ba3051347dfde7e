import { ReloadOutlined } from '@ant-design/icons';
import type { QueueQuery } from '@cloudmart/contracts';
import { Button, Popconfirm } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../shared/access';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useCurrentUser } from '../../accounts/auth.queries';
import { useProjectReporter } from '../projects/project-ui';
import { EmployeeQueueCard } from './EmployeeQueueCard';
import { ProviderQueueCard } from './ProviderQueueCard';
import { queueParams, queueQueryFrom, useDeliveryQueue, useRetryQueue } from './queue.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/**
 * 排队情况 (guide 5.2.5 / 5.4.5): projects of my products waiting for a provider and tasks of my
 * deliveries waiting for an employee. The route needs delivery.projects.view; 立即分配 and
 * 立即重试 need delivery.projects.manage and are hidden without it.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const me = useCurrentUser();
  const canManage = can(me, 'delivery.projects.manage');
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queueQueryFrom(params), [params]);
  const queue = useDeliveryQueue(query);
  const retry = useRetryQueue();
  const report = useProjectReporter();
  const error = queue.isError ? queue.error : null;

  const go = (next: Partial<QueueQuery>) => setParams(queueParams({ ...query, ...next }));
  const retryNow = () =>
    retry.mutate(undefined, {
      onSuccess: (r) =>
        void (r.providersAssigned + r.employeesAssigned > 0
          ? message.success(t('deliveryQueue.retry.done', { providers: r.providersAssigned, employees: r.employeesAssigned }))
          : message.info(t('deliveryQueue.retry.nothing'))),
      onError: (err) => report(err),
    });

  return (
    <>
      <PageHeader
        title={t('deliveryQueue.title')}
        extra={
          canManage ? (
            <Popconfirm title={t('deliveryQueue.retry.title')} description={t('deliveryQueue.retry.hint')} onConfirm={retryNow}>
              <Button type="primary" icon={<ReloadOutlined />} loading={retry.isPending}>
                {t('deliveryQueue.retry.button')}
              </Button>
            </Popconfirm>
          ) : null
        }
      />
      <ProviderQueueCard
        list={queue.data?.projects}
        loading={queue.isFetching}
        error={error}
        canManage={canManage}
        canSetProviders={can(me, 'delivery.providers')}
        pagination={{
          current: query.projectsPage,
          pageSize: query.projectsPageSize,
          total: queue.data?.projects.total ?? 0,
          onChange: (page, pageSize) => go({ projectsPage: pageSize === query.projectsPageSize ? page : 1, projectsPageSize: pageSize }),
        }}
      />
      <EmployeeQueueCard
        list={queue.data?.tasks}
        loading={queue.isFetching}
        error={error}
        canSetStaff={can(me, 'delivery.staff')}
        pagination={{
          current: query.tasksPage,
          pageSize: query.tasksPageSize,
          total: queue.data?.tasks.total ?? 0,
          onChange: (page, pageSize) => go({ tasksPage: pageSize === query.tasksPageSize ? page : 1, tasksPageSize: pageSize }),
        }}
      />
    </>
  );
}
