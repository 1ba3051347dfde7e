import type { EmployeeWorkbench, WorkbenchNodeCounts } from '@cloudmart/contracts';
import { Badge, Card, Col, DatePicker, Empty, Flex, Row, Space, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { AvatarCard } from './AvatarCard';
import { MonthTrend } from './MonthTrend';
import { NoData, ReviewList, useRate } from './workbench-ui';
import { useEmployeeWorkbench } from './workbench.queries';

const gutter: [number, number] = [16, 16];
const ALL = '';

function TasksCard({ w, onProduct }: { w: EmployeeWorkbench; onProduct: (productId: string | undefined) => void }) {
  const { t } = useTranslation();
  const k = 'deliveryWorkbench.employee.tasks';
  const columns: TableColumnsType<WorkbenchNodeCounts> = [
    { key: 'node', title: t(`${k}.node`), dataIndex: 'nodeName' },
    { key: 'due', title: t(`${k}.due`), dataIndex: 'due', align: 'right' },
    { key: 'done', title: t(`${k}.done`), dataIndex: 'done', align: 'right' },
    { key: 'rejected', title: t(`${k}.rejected`), dataIndex: 'rejected', align: 'right' },
  ];
  const tabs = [
    { key: ALL, label: t('deliveryWorkbench.employee.allProducts') },
    ...w.products.map((p) => ({
      key: p.productId,
      // the red number: tasks due that day and not done yet (guide 5.5.5)
      label: (
        <Badge count={p.pending} size="small" offset={[6, -2]}>
          <span>{p.productName}</span>
        </Badge>
      ),
    })),
  ];
  return (
    <Card title={t(`${k}.title`)}>
      <Tabs activeKey={w.productId ?? ALL} onChange={(key) => onProduct(key === ALL ? undefined : key)} items={tabs} />
      <Row gutter={gutter} style={{ marginBottom: 16 }}>
        {(['due', 'done', 'rejected', 'pending'] as const).map((key) => (
          <Col xs={12} md={6} key={key}>
            <Statistic title={t(`${k}.${key}`)} value={w.tasks[key]} />
          </Col>
        ))}
      </Row>
      <Table<WorkbenchNodeCounts>
        rowKey={(n) => `${n.nodeId}:${n.nodeName}`}
        size="small"
        columns={columns}
        dataSource={w.nodes}
        pagination={false}
        aria-label={t(`${k}.title`)}
        locale={{ emptyText: <NoData text={t(`${k}.empty`)} /> }}
      />
    </Card>
  );
}

/** The month switch at an area's top right (guide 5.5.5: "您还可以在每个区域的右上角切换数据的统计月份"). */
function MonthSwitch({ area, month, onChange }: { area: string; month: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  return (
    <DatePicker
      picker="month"
      size="small"
      allowClear={false}
      aria-label={t('deliveryWorkbenchExtra.monthPicker', { area })}
      value={dayjs(`${month}-01`)}
      onChange={(d) => {
        if (d) onChange(d.format('YYYY-MM'));
      }}
    />
  );
}

function MonthCard({ month, onMonth }: { month: EmployeeWorkbench['month']; onMonth: (month: string) => void }) {
  const { t } = useTranslation();
  const rate = useRate();
  const k = 'deliveryWorkbench.employee.month';
  const title = t(`${k}.title`, { month: month.month });
  return (
    <Card title={title} extra={<MonthSwitch area={title} month={month.month} onChange={onMonth} />} style={{ height: '100%' }}>
      <Row gutter={gutter}>
        <Col xs={12} md={6}>
          <Statistic title={t(`${k}.delivered`)} value={t('deliveryWorkbench.orders', { count: month.delivered })} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t(`${k}.goodReviews`)} value={t('deliveryWorkbench.orders', { count: month.goodReviews })} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t(`${k}.averageHours`)}
            value={month.averageDeliveryHours === null ? t('common.none') : t(`${k}.hours`, { value: month.averageDeliveryHours })}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t(`${k}.onTime`)} value={rate(month.onTimeRate)} />
        </Col>
      </Row>
    </Card>
  );
}

function RankingCard({ ranking, onMonth }: { ranking: EmployeeWorkbench['ranking']; onMonth: (month: string) => void }) {
  const { t } = useTranslation();
  const k = 'deliveryWorkbench.employee.ranking';
  return (
    <Card title={t(`${k}.title`)} extra={<MonthSwitch area={t(`${k}.title`)} month={ranking.month} onChange={onMonth} />} style={{ height: '100%' }}>
      {/* nobody has delivered yet this month: a ranking of ties at 0 says nothing */}
      {ranking.of === 0 || ranking.top.every((r) => r.delivered === 0) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`${k}.empty`)} />
      ) : (
        <Space vertical style={{ width: '100%' }}>
          <Typography.Text strong>{t(`${k}.mine`, { place: ranking.place, of: ranking.of })}</Typography.Text>
          <ol aria-label={t(`${k}.title`)} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {ranking.top.map((r) => (
              <li key={r.userId}>
                <Flex justify="space-between" gap={8} style={{ padding: '4px 0' }}>
                  <span>
                    <Typography.Text type="secondary">{t(`${k}.place`, { place: r.place })}</Typography.Text> {r.displayName}
                  </span>
                  <span>{t('deliveryWorkbench.orders', { count: r.delivered })}</span>
                </Flex>
              </li>
            ))}
          </ol>
        </Space>
      )}
    </Card>
  );
}

/** 我的工作台 (guide 5.5.5): my day by product, my month and year, my ranking, my latest reviews, my photo. */
export function EmployeeWorkbenchPage() {
  const { t } = useTranslation();
  const [date, setDate] = useState<string | undefined>();
  const [productId, setProductId] = useState<string | undefined>();
  // each area's own month; a new date brings both back to the date's month
  const [month, setMonth] = useState<string | undefined>();
  const [rankingMonth, setRankingMonth] = useState<string | undefined>();
  const workbench = useEmployeeWorkbench(date, productId, { ...(month ? { month } : {}), ...(rankingMonth ? { rankingMonth } : {}) });
  const w = workbench.data;
  const shown = date ?? w?.date;

  const header = (
    <PageHeader
      title={t('deliveryWorkbench.employee.title')}
      extra={
        w ? (
          <DatePicker
            aria-label={t('deliveryWorkbench.date')}
            allowClear={false}
            value={shown ? dayjs(shown) : null}
            onChange={(d) => {
              setDate(d ? d.format('YYYY-MM-DD') : undefined);
              setMonth(undefined);
              setRankingMonth(undefined);
            }}
          />
        ) : null
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
  if (workbench.isError) {
    return (
      <>
        {header}
        <LoadError error={workbench.error} onRetry={() => void workbench.refetch()} />
      </>
    );
  }
  if (!w) {
    return (
      <>
        {header}
        <Card>
          <Empty
            description={
              <Space vertical size={4}>
                <Typography.Text strong>{t('deliveryWorkbench.employee.notEmployee')}</Typography.Text>
                <Typography.Text type="secondary">{t('deliveryWorkbench.employee.notEmployeeHelp')}</Typography.Text>
              </Space>
            }
          />
        </Card>
      </>
    );
  }
  const y = 'deliveryWorkbench.employee.year';
  return (
    <>
      {header}
      <Row gutter={gutter}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <TasksCard w={w} onProduct={setProductId} />
            <MonthCard month={w.month} onMonth={setMonth} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <AvatarCard me={w.me} />
            <Card title={t(`${y}.title`, { year: w.year.year })}>
              <Row gutter={gutter}>
                <Col span={12}>
                  <Statistic title={t(`${y}.total`)} value={t('deliveryWorkbench.orders', { count: w.year.total })} />
                </Col>
                <Col span={12}>
                  <Statistic title={t(`${y}.allTime`)} value={t('deliveryWorkbench.orders', { count: w.year.allTime })} />
                </Col>
              </Row>
              <Typography.Title level={2} style={{ fontSize: 14, marginTop: 16 }}>
                {t(`${y}.trend`)}
              </Typography.Title>
              <MonthTrend monthly={w.year.monthly} />
            </Card>
            <RankingCard ranking={w.ranking} onMonth={setRankingMonth} />
            <Card title={t('deliveryWorkbench.employee.reviews.title')}>
              <ReviewList items={w.reviews} empty={t('deliveryWorkbench.employee.reviews.empty')} label={t('deliveryWorkbench.employee.reviews.title')} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
