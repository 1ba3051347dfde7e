import { ArrowLeftOutlined } from '@ant-design/icons';
import type { BuyerDemandDetail, BuyerProposal } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Empty, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { commerceErrorMessage } from '../../../shared/ui/commerce-ui';
import { useErrorReporter } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { DemandStatusTag } from './DemandStatusTag';
import { useBuyerDemand, useCancelDemand, usePayProposal } from './buyer-leads.queries';
import { demandsPath, isCancellable, payTarget } from './demand-format';
import { leadsBuyerSection } from './leads-buyer.section';
import { ProposalCard } from './ProposalCard';
import { useFeedback } from '../../../shared/ui/feedback';

/** 需求详情 in the buyer console: the demand, the proposals sent for it and 一键支付. */
export function BuyerDemandDetailPage() {
  return (
    <SectionGate sections={[leadsBuyerSection]}>
      <DemandDetail />
    </SectionGate>
  );
}

function DemandCard({ d }: { d: BuyerDemandDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('leadsBuyer.demandCard')} style={{ marginBottom: 16 }}>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'demandNo', label: t('leadsBuyer.field.demandNo'), children: <Typography.Text copyable>{d.demandNo}</Typography.Text> },
          { key: 'status', label: t('leadsBuyer.field.status'), children: <DemandStatusTag status={d.status} /> },
          { key: 'type', label: t('leadsBuyer.field.type'), children: t(`leadsBuyer.types.${d.type}`) },
          { key: 'category', label: t('leadsBuyer.field.category'), children: t(`leadsBuyer.categories.${d.category}`) },
          { key: 'source', label: t('leadsBuyer.field.source'), children: t(`leadsBuyer.sources.${d.source}`) },
          { key: 'seller', label: t('leadsBuyer.field.seller'), children: d.sellerName ?? t('leadsBuyer.noSeller') },
          { key: 'region', label: t('leadsBuyer.field.region'), children: d.region },
          { key: 'budget', label: t('leadsBuyer.field.budget'), children: t(`leadsBuyer.budgets.${d.budget}`) },
          { key: 'createdAt', label: t('leadsBuyer.field.createdAt'), children: formatDateTime(d.createdAt) },
          { key: 'contactName', label: t('leadsBuyer.field.contactName'), children: d.contactName },
          { key: 'contactPhone', label: t('leadsBuyer.field.contactPhone'), children: d.contactPhone },
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

function DemandDetail() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const location = useLocation();
  const report = useErrorReporter();
  const { id = '' } = useParams();
  const demand = useBuyerDemand(id);
  const cancel = useCancelDemand(id);
  const pay = usePayProposal();

  const onPay = (p: BuyerProposal) =>
    pay.mutateAsync(p).then(
      (reply) => {
        const target = payTarget(reply);
        if ('route' in target) void navigate(target.route);
        else window.location.assign(target.href);
      },
      (err: unknown) => {
        // a changed proposal (a quote revoked meanwhile) is shown afresh
        void demand.refetch();
        void message.error(commerceErrorMessage(t, err));
      },
    );
  const onCancel = () =>
    cancel.mutateAsync().then(
      () => void message.success(t('leadsBuyer.cancelled')),
      (err: unknown) => report(err),
    );

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate(demandsPath) : navigate(-1))}
    >
      {t('leadsBuyer.backToList')}
    </Button>
  );
  const d = demand.data;
  return (
    <>
      <PageHeader
        before={back}
        title={d ? `${t('leadsBuyer.detailTitle')} ${d.name}` : t('leadsBuyer.detailTitle')}
        extra={
          d && isCancellable(d.status) ? (
            <Popconfirm
              title={t('leadsBuyer.cancelConfirmTitle')}
              description={t('leadsBuyer.cancelConfirm')}
              onConfirm={() => onCancel()}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
            >
              <Button danger loading={cancel.isPending}>
                {t('leadsBuyer.cancel')}
              </Button>
            </Popconfirm>
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
          <Card title={t('leadsBuyer.proposalsCard')}>
            {demand.data.proposals.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leadsBuyer.noProposals')} />
            ) : (
              demand.data.proposals.map((p) => (
                <ProposalCard
                  key={p.id}
                  proposal={p}
                  onPay={demand.data.status === 'closed' ? undefined : (x) => void onPay(x)}
                  paying={pay.isPending && pay.variables?.id === p.id}
                />
              ))
            )}
          </Card>
        </>
      )}
    </>
  );
}
