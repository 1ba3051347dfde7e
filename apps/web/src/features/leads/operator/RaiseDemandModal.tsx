import type { Demand } from '@cloudmart/contracts';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { useOperatorSellers } from '../../accounts/operator/sellers.queries';
import { DemandFields } from '../buyer/DemandFields';
import { demandFieldsOf, type DemandFormValues } from '../buyer/demand-format';
import { useRaiseDemand } from './operator-leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

interface Values extends DemandFormValues {
  buyerLoginName?: string;
  sellerId?: string;
}

/** 小二代提: a demand taken by phone or chat, to routing or assigned to a seller at once. */
export function RaiseDemandModal({ open, onClose, onRaised }: { open: boolean; onClose: () => void; onRaised: (d: Demand) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseDemand();
  const [q, setQ] = useState('');
  const sellers = useOperatorSellers({ q: q || undefined, page: 1, pageSize: 20 });

  const onFinish = (v: Values) => {
    return raise.mutateAsync({ ...demandFieldsOf(v), buyerLoginName: (v.buyerLoginName ?? '').trim(), ...(v.sellerId ? { sellerId: v.sellerId } : {}) }).then(
      (d) => {
        void message.success(t('leadsOperator.raised'));
        form.resetFields();
        onRaised(d);
      },
      (err: unknown) => report(err, form),
    );
  };
  return (
    <Modal
      open={open}
      width={760}
      title={t('leadsOperator.raiseTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={raise.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('leadsOperator.raiseHint')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" name="raiseDemand" onFinish={(v) => void onFinish(v)} preserve={false}>
        <Form.Item
          name="buyerLoginName"
          label={t('leadsOperator.buyerLoginName')}
          rules={[{ required: true, whitespace: true, max: 64, message: t('leadsOperator.buyerLoginNameRule') }]}
        >
          <Input placeholder={t('leadsOperator.buyerLoginNamePlaceholder')} maxLength={64} />
        </Form.Item>
        <DemandFields />
        <Form.Item name="sellerId" label={t('leadsOperator.assignTo')}>
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t('leadsOperator.assignToPlaceholder')}
            loading={sellers.isFetching}
            options={(sellers.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
