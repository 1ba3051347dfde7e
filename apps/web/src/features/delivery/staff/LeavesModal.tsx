import type { Employee, Leave } from '@cloudmart/contracts';
import { Button, DatePicker, Divider, Form, Input, Modal, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { useStaffReporter } from './staff-errors';
import { listEmpty } from './staff-ui';
import { useCreateLeave, useEndLeave, useLeaves } from './staff.queries';
import { useFeedback } from '../../../shared/ui/feedback';

type LeaveState = 'current' | 'coming' | 'past';

/** Compared with this browser's clock at fetch time; the server decides again when a leave is ended. */
function stateOf(l: Leave, now: number): LeaveState {
  if (Date.parse(l.endsAt) <= now) return 'past';
  return Date.parse(l.startsAt) <= now ? 'current' : 'coming';
}

const stateColor: Record<LeaveState, string> = { current: 'blue', coming: 'gold', past: 'default' };

interface Values {
  period?: [Dayjs | null, Dayjs | null];
  reason?: string;
}

/** 请假 (guide 5.4.4): the employee's leave, add a period, end or cancel one. */
export function LeavesModal({ employee, onClose }: { employee: Employee | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const [form] = Form.useForm<Values>();
  const leaves = useLeaves(employee?.userId);
  const create = useCreateLeave();
  const end = useEndLeave();
  // when the list was fetched: a stable "now" for its state column
  const now = leaves.dataUpdatedAt;

  const onFinish = (v: Values) => {
    const [start, finish] = v.period ?? [null, null];
    if (!employee || !start || !finish) return;
    create.mutate(
      { userId: employee.userId, body: { startsAt: start.toISOString(), endsAt: finish.toISOString(), reason: v.reason?.trim() || undefined } },
      {
        onSuccess: () => {
          void message.success(t('deliveryStaff.leaves.added'));
          form.resetFields();
        },
        onError: (err) => report(err, { form, codeFields: { conflict: 'period' }, wording: { conflict: 'leave_overlap', validation_failed: 'leave_period' } }),
      },
    );
  };

  const onEnd = (l: Leave) =>
    end.mutate({ userId: l.userId, leaveId: l.id }, { onSuccess: () => void message.success(t('deliveryStaff.leaves.ended')), onError: (err) => report(err) });

  const columns: TableColumnsType<Leave> = [
    { key: 'start', title: t('deliveryStaff.leaves.start'), width: 170, render: (_, l) => formatDateTime(l.startsAt) },
    { key: 'end', title: t('deliveryStaff.leaves.end'), width: 170, render: (_, l) => formatDateTime(l.endsAt) },
    { key: 'reason', title: t('deliveryStaff.leaves.reason'), render: (_, l) => l.reason ?? t('common.none') },
    {
      key: 'state',
      title: t('deliveryStaff.leaves.state'),
      width: 90,
      render: (_, l) => {
        const s = stateOf(l, now);
        return <Tag color={stateColor[s]}>{t(`deliveryStaff.leaves.${s}`)}</Tag>;
      },
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 110,
      render: (_, l) => {
        const s = stateOf(l, now);
        if (s === 'past') return null;
        const label = s === 'current' ? t('deliveryStaff.leaves.endNow') : t('deliveryStaff.leaves.cancel');
        return (
          <Popconfirm
            title={s === 'current' ? t('deliveryStaff.leaves.endConfirm') : t('deliveryStaff.leaves.cancelConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => onEnd(l)}
          >
            <Button type="link" size="small" danger loading={end.isPending && end.variables.leaveId === l.id}>
              {label}
            </Button>
          </Popconfirm>
        );
      },
    },
  ];

  return (
    <Modal
      open={employee !== null}
      title={employee ? t('deliveryStaff.leaves.title', { name: employee.displayName }) : ''}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('deliveryStaff.leaves.hint')}</Typography.Paragraph>
      <Form<Values> form={form} name="leave" layout="inline" onFinish={onFinish} disabled={create.isPending}>
        <Form.Item
          name="period"
          label={t('deliveryStaff.leaves.period')}
          rules={[
            { required: true, message: t('deliveryStaff.leaves.periodRequired') },
            {
              validator: (_rule, value?: [Dayjs | null, Dayjs | null]) => {
                const [a, b] = value ?? [null, null];
                if (!a || !b) return Promise.resolve();
                if (!b.isAfter(a)) return Promise.reject(new Error(t('deliveryStaff.leaves.endAfterStart')));
                return Promise.resolve();
              },
            },
          ]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={[t('deliveryStaff.leaves.start'), t('deliveryStaff.leaves.end')]}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('deliveryStaff.leaves.reason')} rules={[{ max: 200, message: t('validation.tooLong') }]}>
          <Input maxLength={200} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('deliveryStaff.leaves.add')}
          </Button>
        </Form.Item>
      </Form>
      <Divider />
      <Table<Leave>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={leaves.data ?? []}
        loading={leaves.isFetching}
        aria-label={t('deliveryStaff.leaves.period')}
        locale={{ emptyText: listEmpty(t, leaves.error, t('deliveryStaff.leaves.empty')) }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
    </Modal>
  );
}
