import { describe, expect, it } from 'vitest';
import { validateRequirementAnswers } from './requirement-forms.js';

// The customer's answers to a preset requirement form, as the engine checks them on submit.
describe('requirement answers', () => {
  const complete = {
    contact_name: '张三',
    contact_phone: '13800000000',
    contact_email: 'zhangsan@example.com',
    delivery_address: '杭州市西湖区文三路 1 号',
    description: '部署并配置',
    expected_date: '2026-07-01',
  };

  // guide 8: "Customer submits contact information, including name, phone number, Email, delivery address. (*mandatory)"
  it('the general form asks for name, phone, Email and delivery address, all mandatory, and checks the Email', () => {
    const { contact_name, contact_phone, contact_email, delivery_address, ...rest } = complete;
    expect([contact_name, contact_phone, contact_email, delivery_address].every(Boolean)).toBe(true);
    expect(validateRequirementAnswers('general_demand', rest)).toEqual([
      { field: 'contact_name', message: 'required' },
      { field: 'contact_phone', message: 'required' },
      { field: 'contact_email', message: 'required' },
      { field: 'delivery_address', message: 'required' },
    ]);
    expect(validateRequirementAnswers('general_demand', { ...complete, contact_email: 'not-an-email' })).toEqual([
      { field: 'contact_email', message: 'Invalid email address' },
    ]);
    expect(validateRequirementAnswers('general_demand', { ...complete, delivery_address: '  ' })).toEqual([{ field: 'delivery_address', message: 'required' }]);
  });

  it('accept complete answers and leave optional fields out', () => {
    expect(validateRequirementAnswers('general_demand', complete)).toEqual([]);
    expect(validateRequirementAnswers('general_demand', { ...complete, expected_date: '', attachment: ['fil_1'] })).toEqual([]);
  });

  it('name each missing, malformed or unknown field', () => {
    const errors = validateRequirementAnswers('general_demand', {
      contact_name: ' ',
      contact_phone: 13800000000,
      expected_date: '2026-02-30',
      extra: 'x',
      attachment: [1],
    });
    expect(errors.map((e) => e.field)).toEqual([
      'contact_name',
      'contact_phone',
      'contact_email',
      'delivery_address',
      'description',
      'expected_date',
      'attachment',
      'extra',
    ]);
  });

  it('accept only the offered options of a select field', () => {
    const site = { contact_name: '张三', contact_phone: '138', company_name: '某公司', pages: '首页、关于我们', site_type: 'shop' };
    expect(validateRequirementAnswers('website_demand', site)).toEqual([]);
    expect(validateRequirementAnswers('website_demand', { ...site, site_type: 'castle' })).toEqual([{ field: 'site_type', message: 'not one of the options' }]);
  });
});
