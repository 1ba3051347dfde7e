import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tabs, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatFen } from '../../../shared/money';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { distributionSection } from '../distribution.section';
import { resellerListParams, resellerListStateFrom, useResellerProfile, type ResellerListState, type ResellerTab } from '../distribution.queries';
import { ResellerJoinCard } from './ResellerJoinCard';
import { ReferredOrdersList, ResellerProductsList, StatementsList } from './ResellerLists';

function Console() {
  const { t } = useTranslation();
  const profile = useResellerProfile();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => resellerListStateFrom(params), [params]);
  const go = (next: ResellerListState) => setParams(resellerListParams(next));
  const tab: ResellerTab = state.filters.tab === 'orders' || state.filters.tab === 'statements' ? state.filters.tab : 'products';
  const p = profile.data;

  const body = profile.isPending ? (
    <LoadingBlock />
  ) : profile.isError ? (
    <Card>
      <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
    </Card>
  ) : !p?.joined ? (
    <ResellerJoinCard />
  ) : (
    <Flex vertical gap={16}>
      <Card title={t('distribution.reseller.profile')}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'name', label: t('distribution.reseller.displayName'), children: p.displayName },
            { key: 'code', label: t('distribution.reseller.code'), children: <Typography.Text copyable>{p.code}</Typography.Text> },
            { key: 'joinedAt', label: t('distribution.reseller.joinedAt'), children: formatDateTime(p.joinedAt) },
            {
              key: 'balance',
              label: (
                <Tooltip title={t('distribution.reseller.balanceHelp')}>
                  <span>
                    {t('distribution.reseller.balance')} <QuestionCircleOutlined />
                  </span>
                </Tooltip>
              ),
              children: (
                <Typography.Text strong type={p.balanceFen < 0 ? 'danger' : undefined} data-testid="reseller-balance">
                  {formatFen(p.balanceFen)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => go({ filters: { tab: key === 'products' ? undefined : key }, page: 1, pageSize: state.pageSize })}
          destroyOnHidden
          items={[
            { key: 'products', label: t('distribution.reseller.tabs.products'), children: <ResellerProductsList state={state} go={go} /> },
            { key: 'orders', label: t('distribution.reseller.tabs.orders'), children: <ReferredOrdersList state={state} go={go} /> },
            { key: 'statements', label: t('distribution.reseller.tabs.statements'), children: <StatementsList state={state} go={go} /> },
          ]}
        />
      </Card>
    </Flex>
  );

  return (
    <>
      <PageHeader title={t('distribution.reseller.title')} />
      {body}
    </>
  );
}

/** 分销商中心: a buyer joins the reseller programme, takes referral links and follows commissions. */
export function ResellerPage() {
  return (
    <SectionGate sections={[distributionSection]}>
      <Console />
    </SectionGate>
  );
}
