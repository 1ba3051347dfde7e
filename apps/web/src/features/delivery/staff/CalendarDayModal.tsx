import { calendarDayKinds, type CalendarDay, type CalendarDayKind } from '@cloudmart/contracts';
import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetCalendarDay } from './calendar.queries';
import { useStaffReporter } from './staff-errors';
import { useFeedback } from '../../../shared/ui/feedback';

/** add: a new day (in `year`); edit: the kind and name of a stored day. */
export type CalendarDialog = { mode: 'add'; year: number } | { mode: 'edit'; day: CalendarDay };

interface Values {
  day?: Dayjs;
  kind: CalendarDayKind;
  name: string;
}

export function CalendarDayModal({ dialog, onClose }: { dialog: CalendarDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const [form] = Form.useForm<Values>();
  const save = useSetCalendarDay();

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') form.setFieldsValue({ day: dayjs(dialog.day.day), kind: dialog.day.kind, name: dialog.day.name });
  }, [dialog, form]);

  const onFinish = (v: Values) => {
    const day = dialog?.mode === 'edit' ? dialog.day.day : v.day?.format('YYYY-MM-DD');
    if (!day) return;
    save.mutate(
      { day, body: { kind: v.kind, name: v.name.trim() } },
      {
        onSuccess: () => {
          void message.success(t('deliveryStaff.calendar.saved'));
          onClose();
        },
        onError: (err) => report(err, { form }),
      },
    );
  };

  const defaultPicker = dialog?.mode === 'add' ? dayjs(`${dialog.year}-01-01`) : undefined;
  return (
    <Modal
      open={dialog !== null}
      title={dialog?.mode === 'edit' ? t('deliveryStaff.calendar.editTitle', { day: dialog.day.day }) : t('deliveryStaff.calendar.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} name="calendarDay" layout="vertical" onFinish={onFinish} initialValues={{ kind: 'holiday' }} disabled={save.isPending}>
        <Form.Item name="day" label={t('deliveryStaff.calendar.day')} rules={[{ required: true, message: t('deliveryStaff.calendar.dayRequired') }]}>
          <DatePicker disabled={dialog?.mode === 'edit'} defaultPickerValue={defaultPicker} format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="kind" label={t('deliveryStaff.calendar.kind')} rules={[{ required: true }]}>
          <Radio.Group options={calendarDayKinds.map((k) => ({ value: k, label: t(`deliveryStaff.calendarKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('deliveryStaff.calendar.name')}
          rules={[{ required: true, whitespace: true, max: 64, message: t('deliveryStaff.calendar.nameRequired') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
