import { EyeOutlined } from '@ant-design/icons';
import type { RequirementForm } from '@cloudmart/contracts';
import { Button, Empty, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useRequirementForms } from './templates.queries';

function PreviewBody({ formKey }: { formKey: RequirementForm }) {
  const { t } = useTranslation();
  const forms = useRequirementForms();
  const locale = currentLocale();
  if (forms.isPending) return <LoadingBlock minHeight={160} />;
  if (forms.isError) return <LoadError error={forms.error} onRetry={() => void forms.refetch()} />;
  const def = forms.data.find((f) => f.key === formKey);
  if (!def) return <Empty description={t('deliveryTemplates.preview.notFound')} />;
  return (
    <List
      size="small"
      bordered
      header={<Typography.Text strong>{t('deliveryTemplates.preview.fields')}</Typography.Text>}
      dataSource={def.fields}
      renderItem={(f) => (
        <List.Item key={f.key}>
          <Space vertical size={2}>
            <Space wrap>
              <Typography.Text>{f.label[locale]}</Typography.Text>
              <Tag>{t(`deliveryTemplates.preview.types.${f.type}`)}</Tag>
              <Tag color={f.required ? 'red' : 'default'}>{t(f.required ? 'deliveryTemplates.preview.required' : 'deliveryTemplates.preview.optional')}</Tag>
            </Space>
            {f.options?.length ? (
              <Typography.Text type="secondary">
                {t('deliveryTemplates.preview.options', { options: f.options.map((o) => o.label[locale]).join(' / ') })}
              </Typography.Text>
            ) : null}
          </Space>
        </List.Item>
      )}
    />
  );
}

/** 预览: the preset requirement form's fields, as the customer will fill them in. */
export function RequirementFormPreview({ formKey }: { formKey: RequirementForm | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<EyeOutlined aria-hidden />} disabled={!formKey} onClick={() => setOpen(true)}>
        {t('deliveryTemplates.node.preview')}
      </Button>
      <Modal
        title={formKey ? t('deliveryTemplates.preview.title', { name: t(`delivery.requirementForms.${formKey}`) }) : null}
        open={open && formKey !== undefined}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t('common.close')}</Button>}
        destroyOnHidden
      >
        {formKey ? <PreviewBody formKey={formKey} /> : null}
      </Modal>
    </>
  );
}
