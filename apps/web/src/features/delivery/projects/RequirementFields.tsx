import type { RequirementField } from '@cloudmart/contracts';
import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { FileUploadField } from '../../../shared/ui/FileUploadField';

const maxLength: Record<RequirementField['type'], number> = { text: 200, textarea: 5000, select: 64, date: 10, file: 64, email: 200 };

/** One Form.Item per field of a preset requirement form, with its required marker. */
export function RequirementFields({ fields }: { fields: readonly RequirementField[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      {fields.map((f) => {
        const label = f.label[locale];
        const textual = f.type === 'text' || f.type === 'textarea' || f.type === 'email';
        // the required rule alone for a date: a rule with more keys is checked as a string, and a
        // picked date (a dayjs object) then failed with this rule's message, "请填写期望上线日期"
        const rules = [
          textual
            ? { required: f.required, whitespace: true, message: t('deliveryProjects.requirements.required', { label }) }
            : { required: f.required, message: t('deliveryProjects.requirements.required', { label }) },
          ...(textual ? [{ max: maxLength[f.type], message: t('validation.tooLong') }] : []),
          ...(f.type === 'email' ? [{ type: 'email' as const, message: t('validation.email') }] : []),
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
