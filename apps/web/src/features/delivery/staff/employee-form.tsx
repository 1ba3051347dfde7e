import { employeeTagPresets, type EmployeeTagPreset } from '@cloudmart/contracts';
import { Form, Select, TreeSelect, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentForest } from './department-tree';
import { presetTagWords } from './preset-tag-words';
import { useDepartments } from './staff.queries';

/* Fields shared by the employee drawer and the capacity dialog. */

export function useEmployeeRules() {
  const { t } = useTranslation();
  return useMemo(() => {
    const maxOpen: FormRule[] = [
      { required: true, message: t('deliveryStaff.form.maxOpenRule') },
      { type: 'integer', min: 0, max: 50, message: t('deliveryStaff.form.maxOpenRule') },
    ];
    const tags: FormRule[] = [
      {
        validator: (_rule, value: unknown) => {
          const xs = Array.isArray(value) ? value.map(String) : [];
          const ok = xs.length <= 5 && xs.every((x) => x.trim().length >= 1 && x.trim().length <= 10);
          return ok ? Promise.resolve() : Promise.reject(new Error(t('deliveryStaff.form.tagsRule')));
        },
      },
    ];
    return { maxOpen, tags };
  }, [t]);
}

const isPresetTag = (tag: string): tag is EmployeeTagPreset => (employeeTagPresets as readonly string[]).includes(tag);

/** a preset stored by its Chinese word (as the guide writes it, e.g. older data's 标准) is the same preset */
const presetByWord: ReadonlyMap<string, EmployeeTagPreset> = new Map(employeeTagPresets.map((k) => [presetTagWords[k], k]));

/** A tag as shown: the preset ones in the reader's language, any other word as typed. */
export function tagLabel(t: TFunction, tag: string): string {
  const preset = isPresetTag(tag) ? tag : presetByWord.get(tag);
  return preset ? t(`deliveryTags.${preset}`) : tag;
}

/** 选择标签 (guide 5.4.3: "(最多5个标签) 标准 高级 尊贵 旗舰"): the four presets offered, other words typed in. */
export function TagsField() {
  const { t } = useTranslation();
  const rules = useEmployeeRules();
  return (
    <Form.Item name="tags" label={t('deliveryStaff.form.tags')} rules={rules.tags}>
      <Select
        mode="tags"
        maxCount={5}
        tokenSeparators={[',', '，']}
        placeholder={t('deliveryStaff.form.tagsPlaceholder')}
        options={employeeTagPresets.map((tag) => ({ value: tag, label: t(`deliveryTags.${tag}`) }))}
      />
    </Form.Item>
  );
}

/** Trimmed, de-duplicated tags. */
export function cleanTags(tags: readonly string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((x) => x.trim()).filter(Boolean))];
}

export function DepartmentSelect({
  id,
  value,
  onChange,
  placeholder,
}: {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  placeholder: string;
}) {
  const departments = useDepartments();
  const tree = useMemo(() => departmentForest(departments.data ?? []), [departments.data]);
  return (
    <TreeSelect
      id={id}
      allowClear
      treeDefaultExpandAll
      loading={departments.isPending}
      treeData={tree}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      placeholder={placeholder}
    />
  );
}
