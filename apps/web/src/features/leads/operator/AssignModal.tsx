import type { RoutingCandidate } from '@cloudmart/contracts';
import { Alert, Modal, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { listEmpty } from '../../../shared/ui/commerce-ui';
import { columnsWidth } from '../../../shared/ui/table-width';
import { useAssignDemand, useCandidates } from './operator-leads.queries';
import { orderCandidates } from './routing-format';
import { useFeedback } from '../../../shared/ui/feedback';

function columns(t: TFunction): TableColumnsType<RoutingCandidate> {
  return [
    {
      key: 'seller',
      title: t('leadsOperator.candidate.seller'),
      width: 220,
      ellipsis: true,
      render: (_, c) =>
        c.hadIt ? (
          <Tooltip title={t('leadsOperator.candidate.hadItHint')}>
            <span>
              {c.sellerName} <Tag>{t('leadsOperator.candidate.hadIt')}</Tag>
            </span>
          </Tooltip>
        ) : (
          c.sellerName
        ),
    },
    { key: 'serviceProducts', title: t('leadsOperator.candidate.serviceProducts'), width: 130, align: 'right', dataIndex: 'serviceProducts' },
    { key: 'following', title: t('leadsOperator.candidate.following'), width: 100, align: 'right', dataIndex: 'following' },
    { key: 'misses', title: t('leadsOperator.candidate.misses'), width: 120, align: 'right', dataIndex: 'misses' },
  ];
}

/** 指派: pick a seller with a listed service product; one that already had the demand is shown but disabled. */
export function AssignModal({ demandId, demandName, open, onClose }: { demandId: string; demandName: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const candidates = useCandidates(demandId, open);
  const assign = useAssignDemand(demandId);
  const [picked, setPicked] = useState<RoutingCandidate | null>(null);
  const rows = useMemo(() => orderCandidates(candidates.data ?? []), [candidates.data]);
  const cols = columns(t);

  const onOk = () => {
    if (!picked) {
      void message.warning(t('leadsOperator.pickSeller'));
      return;
    }
    void assign.mutateAsync(picked.sellerId).then(
      () => {
        void message.success(t('leadsOperator.assigned', { name: picked.sellerName }));
        setPicked(null);
        onClose();
      },
      (err: unknown) => report(err),
    );
  };
  return (
    <Modal
      open={open}
      width={720}
      title={t('leadsOperator.assignTitle', { name: demandName })}
      okText={t('leadsOperator.assignOk')}
      okButtonProps={{ disabled: !picked }}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('leadsOperator.assignHint')} style={{ marginBottom: 12 }} />
      <Table<RoutingCandidate>
        rowKey="sellerId"
        size="small"
        columns={cols}
        dataSource={rows}
        loading={candidates.isFetching}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: columnsWidth(cols) + 32, y: 360 }}
        aria-label={t('leadsOperator.assign')}
        rowSelection={{
          type: 'radio',
          columnWidth: 32,
          selectedRowKeys: picked ? [picked.sellerId] : [],
          onChange: (_keys, selected) => setPicked(selected[0] ?? null),
          getCheckboxProps: (c) => ({ disabled: c.hadIt, 'aria-label': c.sellerName }),
        }}
        onRow={(c) => ({ onClick: () => (c.hadIt ? undefined : setPicked(c)), style: { cursor: c.hadIt ? 'not-allowed' : 'pointer' } })}
        locale={{ emptyText: listEmpty(t, candidates.error, t('leadsOperator.noCandidates')) }}
      />
    </Modal>
  );
}
