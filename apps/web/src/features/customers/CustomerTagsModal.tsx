import { Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { useBatchTags, useCustomerTags, useSetCustomerTags } from './customers.queries';
import { useFeedback } from '../../shared/ui/feedback';

type TagsTarget = { mode: 'batch'; customerIds: string[] } | { mode: 'single'; customerId: string; tagIds: string[] };

interface CustomerTagsModalProps {
  /** null: closed */
  target: TagsTarget | null;
  onClose: () => void;
}

/**
 * 设置标签 (one customer: replaces its tags) and 批量添加标签 (several: adds to theirs), as the
 * guide has them: "为单个客户设置标签 … 为批量客户设置标签：勾选多个目标客户 … 批量添加标签".
 */
export function CustomerTagsModal({ target, onClose }: CustomerTagsModalProps) {
  if (target === null) return null;
  return target.mode === 'batch' ? (
    <BatchTags customerIds={target.customerIds} onClose={onClose} />
  ) : (
    <SingleTags customerId={target.customerId} tagIds={target.tagIds} onClose={onClose} />
  );
}

function TagPicker({
  form,
  initial,
  required,
  onFinish,
}: {
  form: ReturnType<typeof Form.useForm<{ tagIds: string[] }>>[0];
  initial: string[];
  required: boolean;
  onFinish: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const tags = useCustomerTags();
  const none = tags.isSuccess && tags.data.length === 0;
  return (
    <Form form={form} layout="vertical" name="customerTags" initialValues={{ tagIds: initial }} onFinish={(v) => onFinish(v.tagIds)} preserve={false}>
      <Form.Item
        name="tagIds"
        label={t('customers.tagsModal.pick')}
        rules={[
          ...(required ? [{ required: true, type: 'array' as const, min: 1, message: t('customers.tagsModal.pickRequired') }] : []),
          { type: 'array', max: 20, message: t('customers.tagsModal.tooMany') },
        ]}
        extra={none ? t('customers.tagsModal.noTagsYet') : undefined}
      >
        <Select
          mode="multiple"
          allowClear
          loading={tags.isPending}
          optionFilterProp="label"
          options={(tags.data ?? []).map((tag) => ({ value: tag.id, label: tag.name }))}
          aria-label={t('customers.tagsModal.pick')}
        />
      </Form.Item>
    </Form>
  );
}

function BatchTags({ customerIds, onClose }: { customerIds: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ tagIds: string[] }>();
  const batch = useBatchTags();
  const onFinish = (tagIds: string[]) =>
    batch.mutateAsync({ customerIds, tagIds }).then(
      (r) => {
        void message.success(t('customers.tagsModal.batchDone', { count: r.updated }));
        onClose();
      },
      (err: unknown) => report(err, form),
    );
  return (
    <Modal open title={t('customers.tagsModal.batchTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={batch.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('customers.tagsModal.batchHint', { count: customerIds.length })}</Typography.Paragraph>
      <TagPicker form={form} initial={EMPTY} required onFinish={(ids) => void onFinish(ids)} />
    </Modal>
  );
}

const EMPTY: string[] = [];

function SingleTags({ customerId, tagIds, onClose }: { customerId: string; tagIds: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ tagIds: string[] }>();
  const save = useSetCustomerTags(customerId);
  const onFinish = (ids: string[]) =>
    save.mutateAsync(ids).then(
      () => {
        void message.success(t('customers.tagsModal.saved'));
        onClose();
      },
      (err: unknown) => report(err, form),
    );
  return (
    <Modal open title={t('customers.tagsModal.singleTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <TagPicker form={form} initial={tagIds} required={false} onFinish={(ids) => void onFinish(ids ?? [])} />
    </Modal>
  );
}
