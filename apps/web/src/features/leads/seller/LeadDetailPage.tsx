import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, EditOutlined, PhoneOutlined, StopOutlined } from '@ant-design/icons';
import type { LeadDetail } from '@cloudmart/contracts';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { can } from '../../../shared/access';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useCurrentUser } from '../../accounts/auth.queries';
import { beijingText } from '../../promotions/promotion-time';
import { AcceptModal, ReasonModal, RemarkModal } from './AnswerModals';
import { unnotedCall } from './lead-format';
import { LeadStatusTag, Masked, RemainingText, useNow } from './lead-parts';
import { LeadCallModal } from './LeadCallModal';
import { LeadTabs } from './lead-tabs';
import { leadsPath, useLead } from './leads.queries';
import { NoteForm } from './NoteForm';
import { ProposalsSection } from './ProposalsSection';

/** /seller/leads/:id — 需求详情 (guide 4 跟踪需求, 提交方案, 终止服务). */
export function LeadDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const lead = useLead(id);
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => void navigate(leadsPath)}>
      {t('leadsSeller.back')}
    </Button>
  );
  if (lead.isPending)
    return (
      <>
        <PageHeader before={back} title={t('leadsSeller.detailTitle')} />
        <LoadingBlock />
      </>
    );
  if (lead.isError)
    return (
      <>
        <PageHeader before={back} title={t('leadsSeller.detailTitle')} />
        <LoadError error={lead.error} onRetry={() => void lead.refetch()} />
      </>
    );
  return <LeadView lead={lead.data} back={back} />;
}

type Dialog = 'accept' | 'reject' | 'terminate' | 'remark' | 'call';

function LeadView({ lead: l, back }: { lead: LeadDetail; back: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const canManage = can(me, 'leads.manage');
  const may = (a: LeadDetail['actions'][number]) => canManage && l.actions.includes(a);
  // 商机管理's 联系客户 icon opens the call here (?call=1), where its 小记 is written
  const [dialog, setDialog] = useState<Dialog | null>(() => (params.get('call') === '1' && canManage && l.actions.includes('call') ? 'call' : null));
  const close = () => {
    setDialog(null);
    if (params.has('call')) setParams({}, { replace: true });
  };
  const waiting = unnotedCall(l.calls, l.notes, me.displayName);
  const ref = { id: l.id, name: l.name };

  return (
    <>
      <PageHeader
        before={back}
        title={
          <Flex gap={8} align="center" wrap>
            {l.name}
            <LeadStatusTag status={l.status} />
          </Flex>
        }
        extra={
          <>
            {may('call') ? (
              <Button type="primary" icon={<PhoneOutlined />} disabled={waiting !== null} onClick={() => setDialog('call')}>
                {t('leadsSeller.detail.call')}
              </Button>
            ) : null}
            {may('accept') ? (
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('accept')}>
                {t('leadsSeller.list.accept')}
              </Button>
            ) : null}
            {may('reject') ? (
              <Button danger icon={<CloseOutlined />} onClick={() => setDialog('reject')}>
                {t('leadsSeller.list.reject')}
              </Button>
            ) : null}
            {/* "单击右上角的终止服务" ("已成交状态下的需求无法终止服务": the server leaves it out of actions) */}
            {may('terminate') ? (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('terminate')}>
                {t('leadsSeller.terminate.button')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card title={t('leadsSeller.detail.content')} style={{ marginBottom: 16 }} data-testid="lead-info">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('leadsSeller.detail.no')}>{l.demandNo}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.remark')} span={2}>
            <Flex gap={4} align="center">
              <span>{l.remark ?? '—'}</span>
              {may('remark') ? (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDialog('remark')}>
                  {t('leadsSeller.list.setRemark')}
                </Button>
              ) : null}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.type')}>{t(`leadsSeller.types.${l.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.status')}>
            <Flex gap={8} align="center" wrap>
              <LeadStatusTag status={l.status} />
              {l.status === 'pending' ? <RemainingText dueAt={l.answerDueAt} now={now} /> : null}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.source')}>{t(`leadsSeller.sources.${l.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.category')}>{t(`leadsSeller.categories.${l.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.via')}>{t(`leadsSeller.vias.${l.via}`)}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.assignedAt')}>{beijingText(l.assignedAt, 16)}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.region')}>{l.region}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.budget')}>{t(`leadsSeller.budgets.${l.budget}`)}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.contactName')}>
            <Masked value={l.contactName} />
          </Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.contactPhone')}>
            <Masked value={l.contactPhone} />
          </Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.buyerAccount')}>
            <Masked value={l.buyerAccount} />
          </Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.myPhone')}>{l.contactPhoneOfSeller ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.summary')} span="filled">
            {l.summary}
          </Descriptions.Item>
          <Descriptions.Item label={t('leadsSeller.detail.body')} span="filled">
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{l.content ?? t('leadsSeller.detail.none')}</Typography.Text>
          </Descriptions.Item>
          {l.reasonType ? (
            <Descriptions.Item label={t('leadsSeller.detail.reason')} span="filled">
              {t(`leadsSeller.reasons.${l.reasonType}`)}
              {l.reason ? `：${l.reason}` : ''}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingTop: 8 } }}>
        <LeadTabs
          lead={l}
          noteForm={
            may('note') ? (
              <div style={{ maxWidth: 720, marginBottom: 8 }}>
                {waiting ? (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('leadsSeller.detail.noteRequired', { time: beijingText(waiting.createdAt, 16) })}
                    style={{ marginBottom: 12 }}
                    data-testid="note-required"
                  />
                ) : null}
                <NoteForm leadId={l.id} call={waiting} />
              </div>
            ) : null
          }
        />
      </Card>
      <ProposalsSection leadId={l.id} proposals={l.proposals} canPropose={may('propose')} />
      <AcceptModal lead={dialog === 'accept' ? ref : null} onClose={close} />
      <ReasonModal mode="reject" lead={dialog === 'reject' ? ref : null} onClose={close} />
      <ReasonModal mode="terminate" lead={dialog === 'terminate' ? ref : null} onClose={close} />
      <RemarkModal lead={dialog === 'remark' ? { ...ref, remark: l.remark } : null} onClose={close} />
      <LeadCallModal leadId={l.id} open={dialog === 'call'} calls={l.calls} defaultPhone={l.contactPhoneOfSeller} onClose={close} />
    </>
  );
}
