import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Flex, Form, Input, List, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { commerceErrorMessage } from '../../shared/ui/commerce-ui';
import { useCreateTag, useCustomerTags, useDeleteTag, type TagWithCount } from './customers.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** 客户标签: the seller's tag list (the 设置标签 pickers choose from it). */
export function TagsDrawer({ open, onClose, canManage }: { open: boolean; onClose: () => void; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ name: string }>();
  const tags = useCustomerTags();
  const create = useCreateTag();
  const remove = useDeleteTag();

  const onCreate = ({ name }: { name: string }) =>
    create.mutateAsync(name.trim()).then(
      () => {
        void message.success(t('customers.tagsDrawer.created'));
        form.resetFields();
      },
      (err: unknown) => report(err, form),
    );
  const onDelete = (tag: TagWithCount) =>
    remove.mutateAsync(tag.id).then(
      () => void message.success(t('customers.tagsDrawer.deleted')),
      (err: unknown) => report(err),
    );
  // "how many customers carry it", when the server counts them
  const deleteText = (tag: TagWithCount) =>
    tag.customerCount === undefined
      ? t('customers.tagsDrawer.deleteNone')
      : tag.customerCount > 0
        ? t('customers.tagsDrawer.deleteCarried', { count: tag.customerCount })
        : null;

  return (
    <Drawer open={open} onClose={onClose} title={t('customers.tagsDrawer.title')} size={420} destroyOnHidden>
      {canManage ? (
        <Form form={form} name="createTag" onFinish={(v) => void onCreate(v)} style={{ marginBottom: 16 }}>
          <Flex gap={8} align="start">
            <Form.Item
              name="name"
              style={{ flex: 1, marginBottom: 0 }}
              rules={[
                { required: true, whitespace: true, message: t('customers.tagsDrawer.nameRequired') },
                { max: 20, message: t('customers.tagsDrawer.nameTooLong') },
              ]}
            >
              <Input placeholder={t('customers.tagsDrawer.name')} aria-label={t('customers.tagsDrawer.name')} maxLength={20} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
              {t('customers.tagsDrawer.add')}
            </Button>
          </Flex>
        </Form>
      ) : null}
      <List<TagWithCount>
        loading={tags.isPending}
        dataSource={tags.data ?? []}
        aria-label={t('customers.tagsDrawer.title')}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tags.error ? commerceErrorMessage(t, tags.error) : t('customers.tagsDrawer.empty')} />
          ),
        }}
        renderItem={(tag) => (
          <List.Item
            actions={
              canManage
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('customers.tagsDrawer.deleteConfirm', { name: tag.name })}
                      description={deleteText(tag)}
                      onConfirm={() => onDelete(tag)}
                      okButtonProps={{ danger: true }}
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${tag.name}`}>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Flex gap={8} align="baseline">
              <span>{tag.name}</span>
              {tag.customerCount !== undefined ? (
                <Typography.Text type="secondary">{t('customers.tagsDrawer.count', { count: tag.customerCount })}</Typography.Text>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
