import { PlusOutlined } from '@ant-design/icons';
import { demandCategories, leadStatuses, type LeadRow } from '@cloudmart/contracts';
import { Button, Card, Form, Input, Select, Table, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { can } from '../../../shared/access';
import { trimmed } from '../../../shared/list-state';
import { listEmpty, listPagination } from '../../../shared/ui/commerce-ui';
import { ListFilterForm } from '../../../shared/ui/ListFilterForm';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { columnsWidth } from '../../../shared/ui/table-width';
import { useCurrentUser } from '../../accounts/auth.queries';
import { AcceptModal, ReasonModal, RemarkModal } from './AnswerModals';
import { leadColumns } from './lead-columns';
import { useNow } from './lead-parts';
import { isCategory, leadPagePath, leadParams, leadStateFrom, useLeads, type LeadListState } from './leads.queries';
import { RaiseDemandModal } from './RaiseDemandModal';

type LeadSearch = { status?: string; q?: string };
const toValues = (f: LeadSearch): LeadSearch => ({ ...f });
const toFilters = (v: Partial<LeadSearch>): LeadSearch => ({ status: v.status || undefined, q: trimmed(v.q) });

type Dialog = { kind: 'accept' | 'reject' | 'remark'; lead: LeadRow } | { kind: 'raise' };

const ALL = 'all';

/**
 * 商机 > 商机管理 (guide 4): "按需求类别为普通需求过滤，可以查看云市场分配给您的需求" — tabs by 需求类别,
 * filters by 需求状态 and name/ID; pending leads are answered here (接受 with a phone, 拒绝 with a
 * reason) within 24 hours, and 代客户提需求 enters demands taken by phone or offline.
 */
export function LeadsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => leadStateFrom(params), [params]);
  const list = useLeads(state);
  const now = useNow();
  const canManage = can(me, 'leads.manage');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const go = (next: LeadListState) => setParams(leadParams(next));
  const category = state.filters.category ?? ALL;

  const columns = leadColumns(t, {
    canManage,
    now,
    onAccept: (lead) => setDialog({ kind: 'accept', lead }),
    onReject: (lead) => setDialog({ kind: 'reject', lead }),
    onRemark: (lead) => setDialog({ kind: 'remark', lead }),
    onCall: (lead) => void navigate(`${leadPagePath(lead.id)}?call=1`),
  });
  const filtered = Boolean(state.filters.status || state.filters.q || state.filters.category);
  const picked = dialog && dialog.kind !== 'raise' ? dialog : null;

  return (
    <>
      <PageHeader
        title={t('leadsSeller.leadsTitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'raise' })}>
              {t('leadsSeller.list.raise')}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={category}
          onChange={(k) => go({ filters: { ...state.filters, category: isCategory(k) ? k : undefined }, page: 1, pageSize: state.pageSize })}
          items={[
            { key: ALL, label: t('leadsSeller.list.allCategories') },
            ...demandCategories.map((c) => ({ key: c, label: t(`leadsSeller.categories.${c}`) })),
          ]}
        />
        <Typography.Paragraph type="secondary">{t('leadsSeller.list.answerHint')}</Typography.Paragraph>
        <ListFilterForm<LeadSearch, LeadSearch>
          name="leadFilters"
          ariaLabel={t('leadsSeller.list.filters')}
          value={{ status: state.filters.status, q: state.filters.q }}
          toValues={toValues}
          toFilters={toFilters}
          onSearch={(f) => go({ filters: { category: state.filters.category, ...f }, page: 1, pageSize: state.pageSize })}
          loading={list.isFetching}
          actions="cell"
        >
          <Form.Item name="status" label={t('leadsSeller.list.status')}>
            <Select
              allowClear
              placeholder={t('leadsSeller.list.anyStatus')}
              options={leadStatuses.map((s) => ({ value: s, label: t(`leadsSeller.statuses.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="q" label={t('leadsSeller.list.q')} rules={[{ max: 60, message: t('leadsSeller.raise.tooLong', { max: 60 }) }]}>
            <Input allowClear placeholder={t('leadsSeller.list.qPlaceholder')} />
          </Form.Item>
        </ListFilterForm>
      </Card>
      <Card>
        <Table<LeadRow>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('leadsSeller.leadsTitle')}
          locale={{ emptyText: listEmpty(t, list.error, filtered ? t('leadsSeller.list.emptyFiltered') : t('leadsSeller.list.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
      <AcceptModal lead={picked?.kind === 'accept' ? picked.lead : null} onClose={close} />
      <ReasonModal mode="reject" lead={picked?.kind === 'reject' ? picked.lead : null} onClose={close} />
      <RemarkModal lead={picked?.kind === 'remark' ? picked.lead : null} onClose={close} />
      <RaiseDemandModal open={dialog?.kind === 'raise'} onClose={close} />
    </>
  );
}
