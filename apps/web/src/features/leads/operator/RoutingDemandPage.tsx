import { ArrowLeftOutlined } from '@ant-design/icons';
import type { OperatorDemandDetail } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Empty, Table, Tag, Timeline, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { columnsWidth } from '../../../shared/ui/table-width';
import { DemandStatusTag } from '../buyer/DemandStatusTag';
import { leadsBuyerSection } from '../buyer/leads-buyer.section';
import { ProposalCard } from '../buyer/ProposalCard';
import { AssignModal } from './AssignModal';
import { CloseDemandModal } from './CloseDemandModal';
import { leadsOperatorSection } from './leads-operator.section';
import { MessageThread } from './MessageThread';
import { useRoutingDemand } from './operator-leads.queries';
import { canAssign, canClose, remainingOf, routingPath } from './routing-format';

type LeadItem = OperatorDemandDetail['leads'][number];

const leadStatusColor: Record<LeadItem['status'], string> = {
  pending: 'gold',
  following: 'processing',
  won: 'success',
  rejected: 'red',
  expired: 'volcano',
  terminated: 'default',
};

/** Now, ticking each minute, so 剩余…小时…分 counts down while the page stays open. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function AnswerDue({ lead }: { lead: LeadItem }) {
  const { t } = useTranslation();
  const now = useMinuteClock();
  if (!lead.answerDueAt) return <>{t('common.none')}</>;
  if (lead.status !== 'pending') return <>{formatDateTime(lead.answerDueAt)}</>;
  const left = remainingOf(lead.answerDueAt, now);
  return (
    <span title={formatDateTime(lead.answerDueAt)}>
      {left ? t('leadsOperator.lead.remaining', left) : <Typography.Text type="danger">{t('leadsOperator.lead.overdue')}</Typography.Text>}
    </span>
  );
}

function leadColumns(t: TFunction): TableColumnsType<LeadItem> {
  return [
    { key: 'seller', title: t('leadsOperator.lead.seller'), width: 180, ellipsis: true, dataIndex: 'sellerName' },
    { key: 'via', title: t('leadsOperator.lead.via'), width: 100, render: (_, l) => t(`leadsOperator.vias.${l.via}`) },
    {
      key: 'status',
      title: t('leadsOperator.lead.status'),
      width: 120,
      render: (_, l) => <Tag color={leadStatusColor[l.status]}>{t(`leadsOperator.leadStatuses.${l.status}`)}</Tag>,
    },
    {
      key: 'assignedAt',
      title: t('leadsOperator.lead.assignedEnded'),
      width: 160,
      render: (_, l) => <TwoLines primary={formatDateTime(l.assignedAt)} secondary={l.endedAt ? formatDateTime(l.endedAt) : undefined} />,
    },
    { key: 'answerDue', title: t('leadsOperator.lead.answerDue'), width: 150, render: (_, l) => <AnswerDue lead={l} /> },
    {
      key: 'reason',
      title: t('leadsOperator.lead.reason'),
      width: 220,
      ellipsis: true,
      render: (_, l) => (l.reasonType ? [t(`leadsOperator.reasons.${l.reasonType}`), l.reason].filter(Boolean).join('：') : (l.reason ?? t('common.none'))),
    },
  ];
}

function DemandCard({ d }: { d: OperatorDemandDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('leadsOperator.demandCard')} style={{ marginBottom: 16 }}>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'demandNo', label: t('leadsBuyer.field.demandNo'), children: <Typography.Text copyable>{d.demandNo}</Typography.Text> },
          {
            key: 'status',
            label: t('leadsBuyer.field.status'),
            children: (
              <>
                <DemandStatusTag status={d.status} />
                {d.status === 'open' && !d.pooled ? <Tag color="orange">{t('leadsOperator.routingTag')}</Tag> : null}
              </>
            ),
          },
          { key: 'source', label: t('leadsBuyer.field.source'), children: t(`leadsBuyer.sources.${d.source}`) },
          { key: 'category', label: t('leadsBuyer.field.category'), children: t(`leadsBuyer.categories.${d.category}`) },
          { key: 'type', label: t('leadsBuyer.field.type'), children: t(`leadsBuyer.types.${d.type}`) },
          { key: 'budget', label: t('leadsBuyer.field.budget'), children: t(`leadsBuyer.budgets.${d.budget}`) },
          { key: 'region', label: t('leadsBuyer.field.region'), children: d.region },
          { key: 'buyer', label: t('leadsOperator.field.buyerAccount'), children: d.buyerAccount },
          { key: 'contact', label: t('leadsBuyer.field.contactName'), children: `${d.contactName} ${d.contactPhone}` },
          { key: 'createdAt', label: t('leadsBuyer.field.createdAt'), children: formatDateTime(d.createdAt) },
          { key: 'poolAt', label: t('leadsOperator.field.poolAt'), children: formatDateTime(d.poolAt) },
          { key: 'returns', label: t('leadsOperator.field.returns'), children: d.returns },
          { key: 'summary', label: t('leadsBuyer.field.summary'), children: d.summary, span: 'filled' },
          {
            key: 'content',
            label: t('leadsBuyer.field.content'),
            children: d.content ? <span style={{ whiteSpace: 'pre-wrap' }}>{d.content}</span> : t('common.none'),
            span: 'filled',
          },
        ]}
      />
    </Card>
  );
}

/** One demand in 商机路由: every seller that had it, the log, the 联系小二 thread, 指派 and 关闭需求. */
export function RoutingDemandPage() {
  return (
    <SectionGate sections={[leadsBuyerSection, leadsOperatorSection]}>
      <RoutingDemand />
    </SectionGate>
  );
}

function RoutingDemand() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const demand = useRoutingDemand(id);
  const [dialog, setDialog] = useState<'assign' | 'close' | null>(null);
  const d = demand.data;
  const cols = leadColumns(t);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate(routingPath) : navigate(-1))}
    >
      {t('leadsOperator.backToList')}
    </Button>
  );
  return (
    <>
      <PageHeader
        before={back}
        title={d ? `${t('leadsOperator.detailTitle')} ${d.demandNo}` : t('leadsOperator.detailTitle')}
        extra={
          d ? (
            <>
              {canAssign(d.status) ? (
                <Button type="primary" onClick={() => setDialog('assign')}>
                  {t('leadsOperator.assign')}
                </Button>
              ) : null}
              {canClose(d.status) ? (
                <Button danger onClick={() => setDialog('close')}>
                  {t('leadsOperator.close')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {demand.isPending ? (
        <LoadingBlock />
      ) : demand.isError ? (
        <Card>
          <LoadError error={demand.error} onRetry={() => void demand.refetch()} />
        </Card>
      ) : (
        <>
          <DemandCard d={demand.data} />
          <Card title={t('leadsOperator.leadsCard')} style={{ marginBottom: 16 }}>
            <Table<LeadItem>
              rowKey="id"
              size="small"
              columns={cols}
              dataSource={demand.data.leads}
              pagination={false}
              scroll={{ x: columnsWidth(cols) }}
              aria-label={t('leadsOperator.leadsCard')}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leadsOperator.noLeads')} /> }}
            />
          </Card>
          {demand.data.source === 'operator' || demand.data.messages.length > 0 ? (
            <MessageThread demandId={demand.data.id} messages={demand.data.messages} />
          ) : null}
          {demand.data.proposals.length > 0 ? (
            <Card title={t('leadsOperator.proposalsCard')} style={{ marginBottom: 16 }}>
              {demand.data.proposals.map((p) => (
                <ProposalCard key={p.id} proposal={p} />
              ))}
            </Card>
          ) : null}
          <Card title={t('leadsOperator.logsCard')}>
            {demand.data.logs.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leadsOperator.noLogs')} />
            ) : (
              <Timeline
                items={demand.data.logs.map((l) => ({
                  key: l.id,
                  content: (
                    <>
                      <Typography.Text type="secondary">{formatDateTime(l.createdAt)}</Typography.Text>{' '}
                      <Typography.Text strong>
                        {t(`leadsOperator.actors.${l.actorRole}`)}
                        {l.actorName ? ` ${l.actorName}` : ''}
                      </Typography.Text>{' '}
                      {l.action}
                      {l.detail ? <Typography.Text type="secondary"> · {l.detail}</Typography.Text> : null}
                    </>
                  ),
                }))}
              />
            )}
          </Card>
          <AssignModal demandId={demand.data.id} demandName={demand.data.name} open={dialog === 'assign'} onClose={() => setDialog(null)} />
          <CloseDemandModal demandId={demand.data.id} demandName={demand.data.name} open={dialog === 'close'} onClose={() => setDialog(null)} />
        </>
      )}
    </>
  );
}
