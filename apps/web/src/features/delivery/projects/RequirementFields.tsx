import type { RequirementField } from '@cloudmart/contracts';
import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { FileUploadField } from '../../../shared/ui/FileUploadField';

const maxLength: Record<RequirementField['type'], number> = { text: 200, textarea: 5000, select: 64, date: 10, file: 64 };

/** One Form.Item per field of a preset requirement form, with its required marker. */
export function RequirementFields({ fields }: { fields: readonly RequirementField[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      {fields.map((f) => {
        const label = f.label[locale];
        const rules = [
          { required: f.required, whitespace: f.type === 'text' || f.type === 'textarea', message: t('deliveryProjects.requirements.required', { label }) },
          ...(f.type === 'text' || f.type === 'textarea' ? [{ max: maxLength[f.type], message: t('validation.tooLong') }] : []),
        ];
        return (
          <Form.Item key={f.key} name={f.key} label={label} rules={rules}>
            {f.type === 'textarea' ? (
              <Input.TextArea rows={3} maxLength={maxLength.textarea} />
            ) : f.type === 'select' ? (
              <Select
                allowClear
                placeholder={t('deliveryProjects.requirements.selectPlaceholder')}
                options={(f.options ?? []).map((o) => ({ value: o.value, label: o.label[locale] }))}
              />
            ) : f.type === 'date' ? (
              <DatePicker style={{ width: '100%' }} />
            ) : f.type === 'file' ? (
              <FileUploadField purposeOf={() => 'delivery'} accept="" label={t('deliveryProjects.requirements.file')} />
            ) : (
              <Input maxLength={maxLength.text} />
            )}
          </Form.Item>
        );
      })}
    </>
  );
}
