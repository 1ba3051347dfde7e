import type { DepartmentTaskFigures, ProviderWorkbench } from '@cloudmart/contracts';
import { Card, Col, DatePicker, Flex, Progress, Row, Select, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/access';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useCurrentUser } from '../../accounts/auth.queries';
import { useDepartments } from '../staff/staff.queries';
import { NoData, PlainList, ProjectLinkList, ReviewList, useRate } from './workbench-ui';
import { useProviderWorkbench } from './workbench.queries';
import { WorkbenchProductsButton } from './WorkbenchProductsModal';

const gutter: [number, number] = [16, 16];

/** The department picker needs the staff permission (the department list is behind it). */
function DepartmentPicker({ value, onChange }: { value: string | undefined; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const departments = useDepartments();
  return (
    <Select
      allowClear
      style={{ minWidth: 180 }}
      aria-label={t('deliveryWorkbench.provider.department')}
      placeholder={t('deliveryWorkbench.provider.allDepartments')}
      loading={departments.isPending}
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}

function TodayCard({ w }: { w: ProviderWorkbench }) {
  const { t } = useTranslation();
  const rate = useRate();
  const k = 'deliveryWorkbench.provider.today';
  return (
    <Card title={t(`${k}.title`)} style={{ height: '100%' }}>
      <Row gutter={gutter}>
        <Col xs={12} md={6}>
          <Statistic title={<span title={t(`${k}.dueHelp`)}>{t(`${k}.due`)}</span>} value={w.tasks.due} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t(`${k}.done`)} value={w.tasks.done} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t(`${k}.rate`)} value={rate(w.tasks.completionRate)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={<span title={t(`${k}.earlyHelp`)}>{t(`${k}.early`)}</span>} value={w.tasks.doneEarly} />
        </Col>
      </Row>
    </Card>
  );
}

function DepartmentsCard({ rows }: { rows: DepartmentTaskFigures[] }) {
  const { t } = useTranslation();
  const rate = useRate();
  const k = 'deliveryWorkbench.provider.departments';
  const columns: TableColumnsType<DepartmentTaskFigures> = [
    { key: 'name', title: t(`${k}.name`), render: (_, d) => d.departmentName ?? t('deliveryWorkbench.noDepartment') },
    { key: 'due', title: t(`${k}.due`), dataIndex: 'due', align: 'right' },
    { key: 'done', title: t(`${k}.done`), dataIndex: 'done', align: 'right' },
    { key: 'early', title: t(`${k}.early`), dataIndex: 'doneEarly', align: 'right' },
    {
      key: 'rate',
      title: t(`${k}.rate`),
      width: 200,
      render: (_, d) => (d.completionRate === null ? rate(null) : <Progress percent={d.completionRate} size="small" format={() => rate(d.completionRate)} />),
    },
  ];
  return (
    <Card title={t(`${k}.title`)}>
      <Table<DepartmentTaskFigures>
        rowKey={(d) => d.departmentId ?? ''}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        aria-label={t(`${k}.title`)}
        locale={{ emptyText: <NoData text={t(`${k}.empty`)} /> }}
      />
    </Card>
  );
}

function DeliveryCards({ w }: { w: ProviderWorkbench }) {
  const { t } = useTranslation();
  const d = 'deliveryWorkbench.provider.delivered';
  const c = 'deliveryWorkbench.provider.capacity';
  const orders = (count: number) => t('deliveryWorkbench.orders', { count });
  return (
    <Row gutter={gutter}>
      <Col xs={24} lg={12}>
        <Card title={t(`${d}.title`)} style={{ height: '100%' }}>
          <Row gutter={gutter}>
            {(['today', 'thisMonth', 'lastMonth', 'yesterday'] as const).map((key) => (
              <Col xs={12} md={6} key={key}>
                <Statistic title={t(`${d}.${key}`)} value={orders(w.delivered[key])} />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t(`${c}.title`)} style={{ height: '100%' }}>
          <Row gutter={gutter}>
            <Col xs={12} md={6}>
              <Statistic title={<span title={t(`${c}.unassignedHelp`)}>{t(`${c}.unassigned`)}</span>} value={orders(w.unassigned)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={<span title={t(`${c}.totalHelp`)}>{t(`${c}.total`)}</span>} value={orders(w.capacity.total)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t(`${c}.open`)} value={orders(w.capacity.open)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t(`${c}.remaining`)} value={orders(w.capacity.remaining)} />
            </Col>
          </Row>
          <Typography.Text type="secondary">{`${t(`${c}.onDuty`)}: ${w.capacity.employees}`}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

function RejectedCard({ rejected }: { rejected: ProviderWorkbench['rejected'] }) {
  const { t } = useTranslation();
  const rate = useRate();
  const k = 'deliveryWorkbench.provider.rejected';
  return (
    <Card title={t(`${k}.title`)} style={{ height: '100%' }}>
      <Row gutter={gutter}>
        <Col span={12}>
          <Statistic title={t(`${k}.count`)} value={t(`${k}.ofTotal`, { count: rejected.projects, total: rejected.total })} />
        </Col>
        <Col span={12}>
          <Statistic title={t(`${k}.share`)} value={rate(rejected.percent)} />
        </Col>
      </Row>
      <Typography.Title level={2} style={{ fontSize: 14, marginTop: 16 }}>
        {t(`${k}.perDepartment`)}
      </Typography.Title>
      {rejected.perDepartment.length === 0 ? (
        <NoData text={t(`${k}.empty`)} />
      ) : (
        <PlainList
          items={rejected.perDepartment}
          label={t(`${k}.perDepartment`)}
          keyOf={(d) => d.departmentId ?? ''}
          render={(d) => (
            <Flex justify="space-between">
              <span>{d.departmentName ?? t('deliveryWorkbench.noDepartment')}</span>
              <span>{t('deliveryWorkbench.orders', { count: d.projects })}</span>
            </Flex>
          )}
        />
      )}
    </Card>
  );
}

function LinksCard({ kind, links }: { kind: 'overdue' | 'paused'; links: ProviderWorkbench['overdue'] }) {
  const { t } = useTranslation();
  const k = `deliveryWorkbench.provider.${kind}` as const;
  // the project list's tab of the same name (guide: 跳转至项目管理页面的已超时/已暂停项目页签)
  const all = `/delivery/projects?scope=provider&tab=${kind}`;
  return (
    // the link sits in the footer: beside the title it clipped "Overdue projects (n)" in a third-width card
    <Card
      title={`${t(`${k}.title`)} (${links.total})`}
      actions={[
        <Link key="all" to={all}>
          {t(`${k}.viewAll`)}
        </Link>,
      ]}
      style={{ height: '100%' }}
    >
      <ProjectLinkList items={links.items} empty={t(`${k}.empty`)} sinceLabel={t(`${k}.since`)} label={t(`${k}.title`)} />
    </Card>
  );
}

/** 管理工作台 (guide 5.4.9): the provider's day, deliveries, capacity, rejections, stalled projects and bad reviews. */
export function ProviderWorkbenchPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [date, setDate] = useState<string | undefined>();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const workbench = useProviderWorkbench(date, departmentId);
  const w = workbench.data;
  const shown = date ?? w?.date;

  const header = (
    <PageHeader
      title={t('deliveryWorkbench.provider.title')}
      extra={
        <>
          {can(me, 'delivery.staff') ? <WorkbenchProductsButton /> : null}
          {can(me, 'delivery.staff') ? <DepartmentPicker value={departmentId} onChange={setDepartmentId} /> : null}
          <DatePicker
            aria-label={t('deliveryWorkbench.date')}
            allowClear={false}
            value={shown ? dayjs(shown) : null}
            onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : undefined)}
          />
        </>
      }
    />
  );
  if (workbench.isPending) {
    return (
      <>
        {header}
        <LoadingBlock />
      </>
    );
  }
  if (workbench.isError || !w) {
    return (
      <>
        {header}
        <LoadError error={workbench.error} onRetry={() => void workbench.refetch()} />
      </>
    );
  }
  const k = 'deliveryWorkbench.provider.bad';
  return (
    <>
      {header}
      <Flex vertical gap={16}>
        <TodayCard w={w} />
        <DepartmentsCard rows={w.perDepartment} />
        <DeliveryCards w={w} />
        <Row gutter={gutter}>
          <Col xs={24} lg={8}>
            <RejectedCard rejected={w.rejected} />
          </Col>
          <Col xs={24} lg={8}>
            <LinksCard kind="overdue" links={w.overdue} />
          </Col>
          <Col xs={24} lg={8}>
            <LinksCard kind="paused" links={w.paused} />
          </Col>
        </Row>
        <Card title={t(`${k}.title`)} extra={<Space>{t(`${k}.count`, { count: w.badReviews.total })}</Space>}>
          <ReviewList items={w.badReviews.items} empty={t(`${k}.empty`)} label={t(`${k}.title`)} />
        </Card>
      </Flex>
    </>
  );
}
