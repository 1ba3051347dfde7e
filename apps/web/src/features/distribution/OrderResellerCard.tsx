import type { OrderReseller } from '@cloudmart/contracts';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../shared/money';
import { SectionGate } from '../../shared/ui/SectionGate';
import { distributionSection } from './distribution.section';

const statusColor: Record<OrderReseller['commissionStatus'], string> = {
  pending: 'processing',
  settled: 'success',
  clawed_back: 'warning',
  cancelled: 'default',
};

export function CommissionStatusTag({ status }: { status: OrderReseller['commissionStatus'] }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`distribution.commissionStatuses.${status}`)}</Tag>;
}

function ResellerDescriptions({ reseller }: { reseller: OrderReseller }) {
  const { t } = useTranslation();
  return (
    <Card title={t('distribution.orderCard.title')} data-testid="order-reseller">
      <Descriptions
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'reseller', label: t('distribution.orderCard.reseller'), children: reseller.displayName },
          { key: 'code', label: t('distribution.orderCard.code'), children: reseller.resellerCode },
          { key: 'rate', label: t('distribution.orderCard.rate'), children: `${reseller.ratePct}%` },
          { key: 'commission', label: t('distribution.orderCard.commission'), children: formatFen(reseller.commissionFen) },
          { key: 'status', label: t('distribution.orderCard.status'), children: <CommissionStatusTag status={reseller.commissionStatus} /> },
        ]}
      />
    </Card>
  );
}

/** 分销商信息 at the bottom of a distribution order's detail (guide 2.3 二.3: "在详情页底部可以查看到本订单对应的分销商信息"). */
export function OrderResellerCard({ reseller }: { reseller: OrderReseller | null | undefined }) {
  if (!reseller) return null;
  return (
    <SectionGate sections={[distributionSection]}>
      <ResellerDescriptions reseller={reseller} />
    </SectionGate>
  );
}
