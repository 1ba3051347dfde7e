import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormRules } from '../../../shared/ui/form-rules';
import { useTemplateReporter } from './template-ui';
import { useCreateTemplate } from './templates.queries';
import { editorPath } from './useCopyAndOpen';
import { useFeedback } from '../../../shared/ui/feedback';

interface CreateValues {
  name: string;
  description?: string;
}

/** 新建流程模板: name and description, then straight into the node editor. */
export function CreateTemplateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const rules = useFormRules();
  const report = useTemplateReporter();
  const create = useCreateTemplate();
  const [form] = Form.useForm<CreateValues>();

  const onFinish = (v: CreateValues) =>
    create.mutate(
      { name: v.name.trim(), description: v.description?.trim() || undefined },
      {
        onSuccess: (draft) => {
          void message.success(t('common.saved'));
          onClose();
          void navigate(editorPath(draft.id));
        },
        onError: (err) => report(err, form),
      },
    );

  return (
    <Modal
      title={t('deliveryTemplates.create.title')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<CreateValues> form={form} name="createTemplate" layout="vertical" onFinish={onFinish} disabled={create.isPending}>
        <Form.Item
          name="name"
          label={t('deliveryTemplates.create.name')}
          rules={[rules.requiredTrimmed, { max: 50, message: t('deliveryTemplates.create.nameMax') }]}
        >
          <Input autoComplete="off" placeholder={t('deliveryTemplates.create.namePlaceholder')} maxLength={60} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('deliveryTemplates.create.description')}
          rules={[{ max: 500, message: t('deliveryTemplates.create.descriptionMax') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
