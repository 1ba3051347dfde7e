import { setWorkbenchProductsBody, workbenchProductsReply } from '@cloudmart/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../../../shared/api/client';
import { useErrorReporter } from '../../../shared/api/errors';
import { useFeedback } from '../../../shared/ui/feedback';

const key = ['delivery-workbench', 'products'] as const;

/** 配置产品在工作台展示 (guide 5.4.10): the products shown as tabs on the employees' 我的工作台. */
export function WorkbenchProductsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('deliveryWorkbenchExtra.products.button')}</Button>
      {open ? <WorkbenchProductsModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function WorkbenchProductsModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ productIds: string[] }>();
  const current = useQuery({ queryKey: key, queryFn: () => apiGet('/delivery/workbench/products', workbenchProductsReply) });
  const save = useMutation({
    mutationFn: (productIds: string[]) =>
      apiSend('PUT', '/delivery/workbench/products', workbenchProductsReply, setWorkbenchProductsBody.parse({ productIds })),
    onSuccess: (data) => {
      qc.setQueryData(key, data);
      void qc.invalidateQueries({ queryKey: ['delivery-workbench', 'me'] });
      void message.success(t('deliveryWorkbenchExtra.products.saved'));
      onClose();
    },
    onError: (err) => report(err),
  });
  useEffect(() => {
    if (current.data) form.setFieldsValue({ productIds: current.data.configured.map((p) => p.productId) });
  }, [current.data, form]);

  return (
    <Modal
      open
      title={t('deliveryWorkbenchExtra.products.title')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !current.data }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('deliveryWorkbenchExtra.products.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="workbenchProducts" onFinish={(v) => save.mutate(v.productIds ?? [])}>
        <Form.Item name="productIds" label={t('deliveryWorkbenchExtra.products.label')}>
          <Select
            mode="multiple"
            maxCount={20}
            loading={current.isPending}
            placeholder={t('deliveryWorkbenchExtra.products.placeholder')}
            optionFilterProp="label"
            options={(current.data?.available ?? []).map((p) => ({ value: p.productId, label: p.productName }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
