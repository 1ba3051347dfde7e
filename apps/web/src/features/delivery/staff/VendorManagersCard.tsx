import { PlusOutlined } from '@ant-design/icons';
import { createVendorManagerBody, vendorManagerPasswordReply, vendorManagerSchema, type VendorManager } from '@cloudmart/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid } from '../../../shared/api/client';
import { applyFormErrors, useErrorReporter } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/ui/format';
import { PasswordOnceModal, type OneTimePassword } from '../../../shared/ui/PasswordOnceModal';
import { useFeedback } from '../../../shared/ui/feedback';

const key = ['delivery-vendor-managers'] as const;

interface Values {
  loginName: string;
  displayName: string;
  phone?: string;
  email?: string;
}

/** 管理子账号 of the vendor (guide 5.2.7): "目前，厂商创建的RAM子账号仅有一种角色，即厂商项目经理". */
export function VendorManagersCard() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [creating, setCreating] = useState(false);
  const [password, setPassword] = useState<OneTimePassword | null>(null);
  const list = useQuery({ queryKey: key, queryFn: () => apiGet('/delivery/vendor-managers', z.array(vendorManagerSchema)) });
  const create = useMutation({
    mutationFn: (v: Values) => apiSend('POST', '/delivery/vendor-managers', vendorManagerPasswordReply, createVendorManagerBody.parse(v)),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: key });
      setCreating(false);
      form.resetFields();
      setPassword({ reason: 'created', loginName: r.manager.loginName, initialPassword: r.initialPassword });
    },
    onError: (err) => {
      if (!applyFormErrors(form, err, t)) report(err, form, { login_taken: 'loginName' });
    },
  });
  const remove = useMutation({
    mutationFn: (userId: string) => apiSendVoid('DELETE', `/delivery/vendor-managers/${encodeURIComponent(userId)}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: key });
      void message.success(t('deliveryVendorManagers.deleted'));
    },
    onError: (err) => report(err),
  });
  const k = 'deliveryVendorManagers';
  const columns: TableColumnsType<VendorManager> = [
    { key: 'loginName', title: t(`${k}.loginName`), dataIndex: 'loginName' },
    { key: 'displayName', title: t(`${k}.displayName`), dataIndex: 'displayName' },
    { key: 'phone', title: t(`${k}.phone`), render: (_, m) => m.phone ?? '—' },
    { key: 'email', title: t(`${k}.email`), render: (_, m) => m.email ?? '—' },
    { key: 'createdAt', title: t(`${k}.createdAt`), render: (_, m) => formatDateTime(m.createdAt), width: 150 },
    {
      key: 'action',
      title: t(`${k}.action`),
      width: 90,
      render: (_, m) => (
        <Popconfirm title={t(`${k}.deleteConfirm`)} okText={t(`${k}.yes`)} cancelText={t(`${k}.no`)} onConfirm={() => remove.mutate(m.userId)}>
          <Button type="link" size="small" danger>
            {t(`${k}.delete`)}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Card
      title={t(`${k}.title`)}
      style={{ marginTop: 16 }}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t(`${k}.create`)}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t(`${k}.intro`)}</Typography.Paragraph>
      <Table<VendorManager>
        rowKey="userId"
        size="small"
        aria-label={t(`${k}.title`)}
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        pagination={false}
        locale={{ emptyText: t(`${k}.empty`) }}
      />
      <Modal
        open={creating}
        title={t(`${k}.createTitle`)}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form<Values> form={form} layout="vertical" name="vendorManager" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="loginName" label={t(`${k}.loginName`)} rules={[{ required: true, whitespace: true }, { max: 32 }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="displayName" label={t(`${k}.displayName`)} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t(`${k}.phone`)}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t(`${k}.email`)} rules={[{ type: 'email', message: t('validation.email') }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <PasswordOnceModal value={password} title={t(`${k}.passwordTitle`)} warning={t('deliveryStaff.password.warning')} onClose={() => setPassword(null)} />
    </Card>
  );
}
