import type { ClaimRow } from '@cloudmart/contracts';
import { Button, Form, Input, Modal, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { useClaimOrder, useClaimSearch } from './project-actions.queries';
import { useProjectReporter } from './project-ui';
import { useFeedback } from '../../../shared/ui/feedback';

interface SearchValues {
  orderNo: string;
}

/**
 * 订单认领 (guide 5.4.8 / 5.5.4): "输入订单编号，单击查询。订单列表中出现查询到的订单结果。单击操作列的认领。
 * 在您确定认领这笔订单吗？提示框中，单击是。目标订单操作列的认领变为已认领。"
 */
export function ClaimOrderModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<SearchValues>();
  const [orderNo, setOrderNo] = useState<string | null>(null);
  const found = useClaimSearch(orderNo);
  const claim = useClaimOrder();
  const report = useProjectReporter();

  const close = () => {
    form.resetFields();
    setOrderNo(null);
    onClose();
  };
  const doClaim = (row: ClaimRow) =>
    claim.mutate(row.orderNo, {
      onSuccess: () => void message.success(t('deliveryProjects.claim.done', { orderNo: row.orderNo })),
      onError: (err) => report(err),
    });

  const actionOf = (row: ClaimRow) => {
    if (row.state === 'claimable')
      return (
        <Popconfirm title={t('deliveryClaim.confirm')} okText={t('deliveryClaim.yes')} cancelText={t('deliveryClaim.no')} onConfirm={() => doClaim(row)}>
          <Button type="link" size="small" loading={claim.isPending}>
            {t('deliveryClaim.claim')}
          </Button>
        </Popconfirm>
      );
    if (row.state === 'claimed')
      return <Typography.Text type="secondary">{row.claimedByMe ? t('deliveryClaim.claimed') : t('deliveryClaim.claimedByOther')}</Typography.Text>;
    return <Typography.Text type="secondary">{t('deliveryClaim.unavailable')}</Typography.Text>;
  };

  const columns: TableColumnsType<ClaimRow> = [
    { key: 'orderNo', title: t('deliveryClaim.columns.orderNo'), dataIndex: 'orderNo' },
    { key: 'product', title: t('deliveryClaim.columns.product'), dataIndex: 'productName' },
    { key: 'customer', title: t('deliveryClaim.columns.customer'), dataIndex: 'customerName' },
    { key: 'createdAt', title: t('deliveryClaim.columns.createdAt'), render: (_, r) => formatDateTime(r.createdAt), width: 150 },
    { key: 'stage', title: t('deliveryClaim.columns.stage'), render: (_, r) => r.stage ?? '—' },
    {
      key: 'action',
      title: t('deliveryClaim.columns.action'),
      width: 140,
      render: (_, r) => (
        <>
          {actionOf(r)}
          {r.claimedByMe ? (
            <Link to={`/delivery/projects/${encodeURIComponent(r.projectId)}`} onClick={close} style={{ marginLeft: 8 }}>
              {t('deliveryClaim.open')}
            </Link>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <Modal open={open} title={t('deliveryProjects.claim.title')} footer={null} onCancel={close} width={860} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('deliveryProjects.claim.hint')}</Typography.Paragraph>
      <Form<SearchValues> form={form} name="claimSearch" layout="inline" onFinish={(v) => setOrderNo(v.orderNo.trim())} style={{ marginBottom: 16 }}>
        <Form.Item
          name="orderNo"
          label={t('deliveryProjects.claim.orderNo')}
          rules={[
            { required: true, whitespace: true, message: t('deliveryClaim.placeholder') },
            { pattern: /^\s*[0-9]{1,32}\s*$/, message: t('deliveryProjects.filters.orderNoDigits') },
          ]}
        >
          <Input autoFocus allowClear placeholder={t('deliveryClaim.placeholder')} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={found.isFetching}>
            {t('deliveryClaim.search')}
          </Button>
        </Form.Item>
      </Form>
      {orderNo !== null ? (
        <Table<ClaimRow>
          aria-label={t('deliveryClaim.results')}
          rowKey="projectId"
          size="small"
          columns={columns}
          dataSource={found.data?.items ?? []}
          loading={found.isFetching}
          pagination={false}
          locale={{ emptyText: found.isError ? t('errors.unknown') : t('deliveryClaim.empty') }}
        />
      ) : null}
    </Modal>
  );
}
