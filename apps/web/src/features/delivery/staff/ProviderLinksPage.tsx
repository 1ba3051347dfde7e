import { PlusOutlined } from '@ant-design/icons';
import type { ProviderLink, SellerRef } from '@cloudmart/contracts';
import { Button, Card, Flex, Form, Modal, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useCreateProviderLink, useDeleteProviderLink, useProviderLinks, type LinkFilter } from './links.queries';
import { SellerPicker } from './SellerPicker';
import { useStaffReporter } from './staff-errors';
import { listEmpty } from './staff-ui';
import { useFeedback } from '../../../shared/ui/feedback';

const seller = (s: SellerRef) => `${s.name} (${s.code})`;

interface LinkValues {
  vendorSellerId?: string;
  providerSellerId?: string;
}

function CreateLinkModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const [form] = Form.useForm<LinkValues>();
  const create = useCreateProviderLink();
  const onFinish = (v: LinkValues) =>
    create.mutate(
      { vendorSellerId: v.vendorSellerId ?? '', providerSellerId: v.providerSellerId ?? '' },
      {
        onSuccess: () => {
          void message.success(t('deliveryStaff.links.created'));
          form.resetFields();
          onClose();
        },
        onError: (err) => report(err, { form, codeFields: { conflict: 'providerSellerId' }, wording: { conflict: 'link_exists' } }),
      },
    );
  return (
    <Modal
      open={open}
      title={t('deliveryStaff.links.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<LinkValues> form={form} name="providerLink" layout="vertical" onFinish={onFinish} disabled={create.isPending}>
        <Form.Item name="vendorSellerId" label={t('deliveryStaff.links.vendor')} rules={[{ required: true, message: t('deliveryStaff.links.vendorRequired') }]}>
          <SellerPicker placeholder={t('deliveryStaff.links.sellerPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="providerSellerId"
          label={t('deliveryStaff.links.provider')}
          dependencies={['vendorSellerId']}
          rules={[
            { required: true, message: t('deliveryStaff.links.providerRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                value && value === getFieldValue('vendorSellerId') ? Promise.reject(new Error(t('deliveryStaff.links.sameSeller'))) : Promise.resolve(),
            }),
          ]}
        >
          <SellerPicker placeholder={t('deliveryStaff.links.sellerPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Operator: which provider may deliver the products of which vendor (DOMAIN 5). */
export function ProviderLinksPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const [filter, setFilter] = useState<LinkFilter>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const links = useProviderLinks(filter);
  const remove = useDeleteProviderLink();

  const onDelete = (l: ProviderLink) =>
    remove.mutate(l.id, { onSuccess: () => void message.success(t('deliveryStaff.links.deleted')), onError: (err) => report(err) });

  const columns: TableColumnsType<ProviderLink> = [
    { key: 'vendor', title: t('deliveryStaff.links.vendor'), render: (_, l) => seller(l.vendor) },
    { key: 'provider', title: t('deliveryStaff.links.provider'), render: (_, l) => seller(l.provider) },
    { key: 'createdAt', title: t('deliveryStaff.links.createdAt'), width: 180, render: (_, l) => formatDateTime(l.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, l) => (
        <Popconfirm
          title={t('deliveryStaff.links.deleteConfirm', { vendor: l.vendor.name, provider: l.provider.name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onDelete(l)}
        >
          <Button type="link" size="small" danger loading={remove.isPending && remove.variables === l.id}>
            {t('deliveryStaff.links.delete')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('deliveryStaff.links.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('deliveryStaff.links.create')}
          </Button>
        }
      />
      <Card>
        <Typography.Paragraph type="secondary">{t('deliveryStaff.links.intro')}</Typography.Paragraph>
        <Flex style={{ marginBottom: 16 }}>
          <SellerPicker
            ariaLabel={t('deliveryStaff.links.filterSeller')}
            placeholder={t('deliveryStaff.links.filterSeller')}
            value={filter.sellerId}
            onChange={(sellerId) => setFilter((f) => ({ ...f, sellerId, page: 1 }))}
            style={{ width: 320 }}
          />
        </Flex>
        <Table<ProviderLink>
          rowKey="id"
          columns={columns}
          dataSource={links.data?.items ?? []}
          loading={links.isFetching}
          aria-label={t('deliveryStaff.links.title')}
          locale={{ emptyText: listEmpty(t, links.error, t('deliveryStaff.links.empty')) }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: links.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
      <CreateLinkModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
