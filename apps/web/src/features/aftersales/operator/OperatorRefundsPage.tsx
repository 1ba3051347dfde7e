import { refundStatuses, type Refund, type RefundStatus } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Modal, Segmented, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { columnsWidth } from '../../../shared/ui/table-width';
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

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell carries
  // its secondary field on a second line (applied time, reason, buyer, type and release, review time),
  // and the decision buttons wrap under "view" instead of widening the table.
  const columns: TableColumnsType<Refund> = [
    {
      key: 'orderNo',
      title: t('aftersales.refunds.orderNo'),
      width: 145,
      render: (_, r) => <TwoLines primary={r.orderNo} secondary={formatDateTime(r.createdAt)} />,
    },
    {
      key: 'product',
      title: t('aftersales.refunds.product'),
      width: 140,
      ellipsis: true,
      render: (_, r) => <TwoLines primary={r.productName} secondary={r.reason} />,
    },
    {
      key: 'seller',
      title: t('aftersales.refunds.seller'),
      width: 110,
      ellipsis: true,
      render: (_, r) => <TwoLines primary={r.sellerName} secondary={`${t('aftersales.refunds.buyer')} ${r.buyerUid}`} />,
    },
    {
      key: 'amount',
      title: t('aftersales.refunds.amount'),
      width: 160,
      align: 'right',
      render: (_, r) => (
        <TwoLines
          primary={formatFen(r.amountFen)}
          secondary={`${t(`aftersales.refunds.kinds.${r.kind}`)} · ${t(`aftersales.refunds.releases.${r.release}`)}`}
        />
      ),
    },
    {
      key: 'status',
      title: t('aftersales.refunds.status'),
      width: 140,
      render: (_, r) => <TwoLines primary={<RefundStatusTag status={r.status} />} secondary={r.decidedAt ? formatDateTime(r.decidedAt) : null} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 230,
      render: (_, r) => (
        <Space size={0} wrap>
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
          scroll={{ x: columnsWidth(columns) }}
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
