import { Alert, Descriptions, Drawer, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/ui/format';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { RefundDecisionButtons } from './RefundDecisionButtons';
import { refundItems } from './refund-labels';
import { useSellerRefund } from './refunds.queries';

interface RefundDetailDrawerProps {
  /** the refund in the URL (/seller/refunds/:id); undefined keeps the drawer closed */
  id: string | undefined;
  canManage: boolean;
  onClose: () => void;
}

/** 退款详情: the refund, its buyer and order, with 确认退款 / 驳回退款 while it waits for the seller. */
export function RefundDetailDrawer({ id, canManage, onClose }: RefundDetailDrawerProps) {
  const { t } = useTranslation();
  const refund = useSellerRefund(id);
  const r = refund.data;
  const decidable = canManage && r?.status === 'reviewing';
  return (
    <Drawer
      open={Boolean(id)}
      title={t('aftersales.refunds.detailTitle')}
      size="large"
      onClose={onClose}
      destroyOnHidden
      extra={decidable && r ? <RefundDecisionButtons refund={r} side="seller" /> : null}
    >
      {refund.isPending ? (
        <LoadingBlock />
      ) : refund.isError ? (
        <LoadError error={refund.error} onRetry={() => void refund.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          {refund.data.status === 'reviewing' && refund.data.dueAt ? (
            <Alert type="info" showIcon title={t('aftersales.refunds.autoApproveHint', { date: formatDateTime(refund.data.dueAt) })} />
          ) : null}
          <Descriptions bordered column={1} items={refundItems(refund.data, t, 'seller')} />
        </Flex>
      )}
    </Drawer>
  );
}
