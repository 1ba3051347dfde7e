import { refundStatuses, type Refund, type RefundStatus } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Modal, Segmented, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { listPagination } from '../../../shared/ui/commerce-ui';
import { DEFAULT_PAGE_SIZE } from '../../../shared/list-state';
import { listEmpty } from '../aftersales-ui';
import { RefundDecisionButtons } from '../RefundDecisionButtons';
import { refundItems, RefundStatusTag } from '../refund-labels';
import { useRefunds } from '../refunds.queries';
import { formatFen } from '../../../shared/money';

// a seller's refund waits in operator_review; buyers' requests never reach this queue
const tabs = refundStatuses.filter((s) => s !== 'reviewing');

/** 退款审核: refunds sellers initiated, approved or rejected by an operator. */
export function OperatorRefundsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RefundStatus>('operator_review');
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [viewing, setViewing] = useState<Refund | null>(null);
  const state = { filters: { status }, ...paging };
  const list = useRefunds('operator', state);

  const columns: TableColumnsType<Refund> = [
    { key: 'seller', title: t('aftersales.refunds.seller'), width: 160, render: (_, r) => r.sellerName },
    { key: 'product', title: t('aftersales.refunds.product'), width: 200, ellipsis: true, render: (_, r) => r.productName },
    { key: 'buyer', title: t('aftersales.refunds.buyer'), width: 110, render: (_, r) => r.buyerUid },
    { key: 'orderNo', title: t('aftersales.refunds.orderNo'), width: 180, render: (_, r) => r.orderNo },
    { key: 'kind', title: t('aftersales.refunds.kind'), width: 80, render: (_, r) => t(`aftersales.refunds.kinds.${r.kind}`) },
    { key: 'amount', title: t('aftersales.refunds.amount'), width: 120, align: 'right', render: (_, r) => formatFen(r.amountFen) },
    { key: 'release', title: t('aftersales.refunds.release'), width: 110, render: (_, r) => t(`aftersales.refunds.releases.${r.release}`) },
    { key: 'reason', title: t('aftersales.refunds.reason'), width: 200, ellipsis: true, render: (_, r) => r.reason },
    { key: 'appliedAt', title: t('aftersales.refunds.appliedAt'), width: 170, render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'reviewedAt', title: t('aftersales.refunds.reviewedAt'), width: 170, render: (_, r) => formatDateTime(r.decidedAt) },
    { key: 'status', title: t('aftersales.refunds.status'), width: 110, render: (_, r) => <RefundStatusTag status={r.status} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setViewing(r)}>
            {t('aftersales.common.view')}
          </Button>
          {r.status === 'operator_review' ? <RefundDecisionButtons refund={r} side="operator" size="small" link /> : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('aftersales.refunds.operatorTitle')} />
      <Card>
        <Segmented<RefundStatus>
          style={{ marginBottom: 16 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={tabs.map((s) => ({ value: s, label: t(`aftersales.refunds.statuses.${s}`) }))}
        />
        <Table<Refund>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('aftersales.refunds.operatorTitle')}
          locale={{ emptyText: listEmpty(t, list.error, t('aftersales.refunds.operatorEmpty')) }}
          pagination={listPagination(t, state, list.data?.total, ({ page, pageSize }) => setPaging({ page, pageSize }))}
        />
      </Card>
      <Modal open={viewing !== null} title={t('aftersales.refunds.detailTitle')} footer={null} width={720} onCancel={() => setViewing(null)} destroyOnHidden>
        {viewing ? <Descriptions bordered column={1} size="small" items={refundItems(viewing, t, 'operator')} /> : null}
      </Modal>
    </>
  );
}
