import { GiftOutlined, PlusOutlined, TagsOutlined } from '@ant-design/icons';
import type { CustomerKind, CustomerRow } from '@cloudmart/contracts';
import { customerKinds } from '@cloudmart/contracts';
import { Button, Card, Flex, Table, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { DownloadButton } from '../../shared/ui/DownloadButton';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SectionGate } from '../../shared/ui/SectionGate';
import { columnsWidth } from '../../shared/ui/table-width';
import { useCurrentUser } from '../accounts/auth.queries';
import { CallModal } from './CallModal';
import { customerColumns } from './customer-columns';
import { AddPrivateCustomerModal } from './CustomerFormModal';
import { CustomerFilterForm, type CustomerSearch } from './CustomerFilterForm';
import { CustomerTagsModal } from './CustomerTagsModal';
import { customersSection } from './customers.section';
import {
  customerListParams,
  customerListStateFrom,
  customerPagePath,
  exportCustomers,
  kindOf,
  useCustomers,
  type CustomerListState,
} from './customers.queries';
import { LinkAccountModal } from './LinkAccountModal';
import { SendCouponModal } from './SendCouponModal';
import { TagsDrawer } from './TagsDrawer';

/** 客户 > 客户中心 (guide 2.8). */
export function CustomersPage() {
  return (
    <SectionGate sections={[customersSection]}>
      <CustomerList />
    </SectionGate>
  );
}

type Dialog =
  | { kind: 'batchTags' }
  | { kind: 'tags'; customer: CustomerRow }
  | { kind: 'coupons' }
  | { kind: 'call'; customer: CustomerRow }
  | { kind: 'link'; customer: CustomerRow }
  | { kind: 'add' }
  | { kind: 'tagList' };

function CustomerList() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => customerListStateFrom(params), [params]);
  const kind = kindOf(state);
  const list = useCustomers(state);
  const canManage = can(me, 'customers.manage');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // the rows picked for a batch, kept across pages (their names label the send result)
  const [selected, setSelected] = useState<CustomerRow[]>([]);
  const close = () => setDialog(null);

  const go = (next: CustomerListState) => setParams(customerListParams(next));
  const onTab = (next: CustomerKind) => {
    setSelected([]);
    go({ filters: { ...state.filters, kind: next }, page: 1, pageSize: state.pageSize });
  };
  const onSearch = (s: CustomerSearch) => go({ filters: { kind: state.filters.kind, ...s }, page: 1, pageSize: state.pageSize });

  const columns = customerColumns(kind, t, {
    canManage,
    onTags: (c) => setDialog({ kind: 'tags', customer: c }),
    onCall: (c) => setDialog({ kind: 'call', customer: c }),
    onLink: (c) => setDialog({ kind: 'link', customer: c }),
  });
  const filtered = Boolean(state.filters.q || state.filters.tagId);

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        extra={
          <>
            <Button icon={<TagsOutlined />} onClick={() => setDialog({ kind: 'tagList' })}>
              {t('customers.manageTags')}
            </Button>
            <DownloadButton download={() => exportCustomers(state, t('customers.exportName'))}>{t('customers.export')}</DownloadButton>
          </>
        }
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={kind}
          onChange={(k) => onTab(k === 'private' ? 'private' : 'platform')}
          items={customerKinds.map((k) => ({ key: k, label: t(`customers.kinds.${k}`) }))}
        />
        <Typography.Paragraph type="secondary">{t(`customers.kindHint.${kind}`)}</Typography.Paragraph>
        <CustomerFilterForm value={{ q: state.filters.q, tagId: state.filters.tagId }} loading={list.isFetching} onSearch={onSearch} />
      </Card>
      <Card>
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          <Flex gap={8} align="center" wrap>
            {canManage ? (
              <>
                <Button icon={<TagsOutlined />} disabled={!selected.length} onClick={() => setDialog({ kind: 'batchTags' })}>
                  {t('customers.batchTags')}
                </Button>
                <Button icon={<GiftOutlined />} disabled={!selected.length} onClick={() => setDialog({ kind: 'coupons' })}>
                  {t('customers.batchCoupons')}
                </Button>
                {selected.length ? (
                  <>
                    <Typography.Text type="secondary">{t('customers.selected', { count: selected.length })}</Typography.Text>
                    <Button type="link" size="small" onClick={() => setSelected([])}>
                      {t('customers.clearSelection')}
                    </Button>
                  </>
                ) : null}
              </>
            ) : null}
          </Flex>
          {canManage && kind === 'private' ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
              {t('customers.addPrivate')}
            </Button>
          ) : null}
        </Flex>
        <Table<CustomerRow>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) + (canManage ? 32 : 0) }}
          size="middle"
          aria-label={t(`customers.kinds.${kind}`)}
          rowSelection={
            canManage
              ? {
                  columnWidth: 32,
                  preserveSelectedRowKeys: true,
                  selectedRowKeys: selected.map((c) => c.id),
                  onChange: (_keys, rows) => setSelected(rows.filter((r): r is CustomerRow => r !== undefined)),
                }
              : undefined
          }
          locale={{ emptyText: listEmpty(t, list.error, filtered ? t('customers.empty.filtered') : t(`customers.empty.${kind}`)) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
      <CustomerTagsModal
        target={
          dialog?.kind === 'batchTags'
            ? { mode: 'batch', customerIds: selected.map((c) => c.id) }
            : dialog?.kind === 'tags'
              ? { mode: 'single', customerId: dialog.customer.id, tagIds: dialog.customer.tags.map((tag) => tag.id) }
              : null
        }
        onClose={close}
      />
      <SendCouponModal recipients={dialog?.kind === 'coupons' ? selected : null} onClose={close} />
      {dialog?.kind === 'call' ? <CallModal open customerId={dialog.customer.id} onClose={close} /> : null}
      {dialog?.kind === 'link' ? <LinkAccountModal open customerId={dialog.customer.id} onClose={close} /> : null}
      <AddPrivateCustomerModal open={dialog?.kind === 'add'} onClose={close} onCreated={(c) => void navigate(customerPagePath(c.id))} />
      <TagsDrawer open={dialog?.kind === 'tagList'} onClose={close} canManage={canManage} />
    </>
  );
}
