import type { LocalizedText, RequirementField, RequirementForm, RequirementFormDef } from '@cloudmart/contracts';
import type { FieldError } from '../../../platform/http/problem.js';

/*
 * The preset requirement forms (需求表单模板) of submit-requirements nodes. Sellers pick one
 * and preview it; the customer fills it in; the engine checks the answers with
 * validateRequirementAnswers. Custom forms are not offered (the guide: ask the platform).
 */

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });
const text = (key: string, label: LocalizedText, required = true): RequirementField => ({ key, label, type: 'text', required });
const area = (key: string, label: LocalizedText, required = true): RequirementField => ({ key, label, type: 'textarea', required });
const date = (key: string, label: LocalizedText): RequirementField => ({ key, label, type: 'date', required: false });
const file = (key: string, label: LocalizedText): RequirementField => ({ key, label, type: 'file', required: false });
const email = (key: string, label: LocalizedText): RequirementField => ({ key, label, type: 'email', required: true });
const select = (key: string, label: LocalizedText, required: boolean, options: [string, LocalizedText][]): RequirementField => ({
  key,
  label,
  type: 'select',
  required,
  options: options.map(([value, l]) => ({ value, label: l })),
});

const contactName = text('contact_name', t('联系人', 'Contact name'));
const contactPhone = text('contact_phone', t('联系电话', 'Contact phone'));

export const requirementFormDefs: Readonly<Record<RequirementForm, RequirementFormDef>> = {
  // guide 8 (Submit Demand): "Customer submits contact information, including name, phone number,
  // Email, delivery address. (*mandatory)", then "Detail demands (*mandatory)", "Upload attachment (Available)"
  general_demand: {
    key: 'general_demand',
    name: t('通用需求表单', 'General requirements'),
    fields: [
      contactName,
      contactPhone,
      email('contact_email', t('邮箱', 'Email')),
      text('delivery_address', t('交付地址', 'Delivery address')),
      area('description', t('需求描述', 'What you need')),
      date('expected_date', t('期望完成日期', 'Expected by')),
      file('attachment', t('附件', 'Attachment')),
    ],
  },
  website_demand: {
    key: 'website_demand',
    name: t('建站需求表单', 'Website requirements'),
    fields: [
      contactName,
      contactPhone,
      text('company_name', t('企业名称', 'Company name')),
      select('site_type', t('网站类型', 'Site type'), true, [
        ['corporate', t('企业官网', 'Corporate site')],
        ['shop', t('商城网站', 'Online shop')],
        ['portal', t('门户网站', 'Portal')],
        ['landing', t('活动落地页', 'Landing page')],
      ]),
      text('domain', t('已有域名', 'Existing domain'), false),
      select('style', t('设计风格', 'Design style'), false, [
        ['simple', t('简约', 'Simple')],
        ['business', t('商务', 'Business')],
        ['tech', t('科技', 'Tech')],
        ['other', t('其他', 'Other')],
      ]),
      area('pages', t('页面与栏目', 'Pages and sections')),
      area('references', t('参考网站', 'Reference sites'), false),
      file('materials', t('素材资料', 'Materials')),
      date('expected_date', t('期望上线日期', 'Expected launch date')),
    ],
  },
  deployment_demand: {
    key: 'deployment_demand',
    name: t('部署需求表单', 'Deployment requirements'),
    fields: [
      contactName,
      contactPhone,
      select('environment', t('部署环境', 'Environment'), true, [
        ['public_cloud', t('公有云', 'Public cloud')],
        ['private_cloud', t('私有云', 'Private cloud')],
        ['on_premise', t('本地机房', 'On premises')],
      ]),
      area('server_info', t('服务器信息', 'Servers')),
      area('access', t('远程访问方式', 'Remote access'), false),
      date('expected_date', t('期望部署日期', 'Deploy by')),
    ],
  },
  contract_info: {
    key: 'contract_info',
    name: t('签约信息表单', 'Contract details'),
    fields: [
      text('company_name', t('公司名称', 'Company name')),
      text('credit_code', t('统一社会信用代码', 'Unified social credit code')),
      text('address', t('注册地址', 'Registered address')),
      text('signer', t('签约人', 'Signatory')),
      contactPhone,
      area('mailing_address', t('合同邮寄地址', 'Mailing address for the contract'), false),
    ],
  },
};

export const requirementFormList: readonly RequirementFormDef[] = Object.values(requirementFormDefs);

const MAX_LENGTH: Readonly<Record<RequirementField['type'], number>> = { text: 200, textarea: 5000, select: 64, date: 10, file: 64, email: 200 };
/** the shape zod's email check accepts, kept simple: one @, a dot in the domain, no spaces */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** One answer: null when fine, else the message. File answers are ids of uploaded files (one or more). */
function answerProblem(field: RequirementField, value: unknown): string | null {
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return field.required ? 'required' : null;
  if (field.type === 'file') {
    const ids = Array.isArray(value) ? value : [value];
    return ids.length <= 10 && ids.every((v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_LENGTH.file) ? null : 'expected file ids';
  }
  if (typeof value !== 'string') return 'expected text';
  if (value.trim() === '') return field.required ? 'required' : null;
  if (value.length > MAX_LENGTH[field.type]) return `at most ${MAX_LENGTH[field.type]} characters`;
  if (field.type === 'date' && !isDay(value)) return 'expected a date (YYYY-MM-DD)';
  if (field.type === 'email' && !EMAIL.test(value.trim())) return 'Invalid email address';
  if (field.type === 'select' && !field.options?.some((o) => o.value === value)) return 'not one of the options';
  return null;
}

/** Checks the customer's answers to a preset form; an empty list means they are complete and valid. */
export function validateRequirementAnswers(form: RequirementForm, answers: Readonly<Record<string, unknown>>): FieldError[] {
  const fields = requirementFormDefs[form].fields;
  const errors: FieldError[] = [];
  for (const f of fields) {
    const message = answerProblem(f, answers[f.key]);
    if (message) errors.push({ field: f.key, message });
  }
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) errors.push({ field: key, message: 'unknown field' });
  return errors;
}
