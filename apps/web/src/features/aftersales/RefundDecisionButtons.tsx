import type { Refund } from '@cloudmart/contracts';
import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAftersalesReporter } from './aftersales-ui';
import { ReasonModal } from './ReasonModal';
import { useDecideRefund, type RefundSide } from './refunds.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface RefundDecisionButtonsProps {
  refund: Refund;
  side: RefundSide;
  size?: 'small' | 'middle';
  /** link-style buttons for table rows */
  link?: boolean;
  onDecided?: () => void;
}

/** 确认退款 (with a confirmation) and 驳回退款 (with a required reason). */
export function RefundDecisionButtons({ refund, side, size = 'middle', link, onDecided }: RefundDecisionButtonsProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useAftersalesReporter();
  const decide = useDecideRefund(side);
  const [rejecting, setRejecting] = useState(false);

  const approve = () =>
    decide.mutateAsync({ id: refund.id, decision: 'approve' }).then(() => {
      void message.success(t('aftersales.refunds.approved'));
      onDecided?.();
    }, report);
  const reject = (reason: string) =>
    decide.mutate(
      { id: refund.id, decision: 'reject', reason },
      {
        onSuccess: () => {
          void message.success(t('aftersales.refunds.rejected'));
          setRejecting(false);
          onDecided?.();
        },
        onError: (err) => report(err),
      },
    );

  const type = link ? 'link' : undefined;
  return (
    <>
      <Space size={link ? 0 : 8}>
        <Popconfirm title={t('aftersales.refunds.approveConfirm')} onConfirm={approve} okButtonProps={{ loading: decide.isPending }}>
          <Button type={link ? 'link' : 'primary'} size={size} disabled={decide.isPending}>
            {t('aftersales.refunds.approve')}
          </Button>
        </Popconfirm>
        <Button type={type} size={size} danger disabled={decide.isPending} onClick={() => setRejecting(true)}>
          {t('aftersales.refunds.reject')}
        </Button>
      </Space>
      <ReasonModal
        open={rejecting}
        pending={decide.isPending}
        title={t('aftersales.refunds.rejectTitle')}
        okText={t('aftersales.refunds.reject')}
        label={t('aftersales.refunds.rejectReason')}
        help={t('aftersales.refunds.rejectHelp')}
        onCancel={() => setRejecting(false)}
        onSubmit={reject}
      />
    </>
  );
}
