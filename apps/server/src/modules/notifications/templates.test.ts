import { locales } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { placeholdersOf, render, templateKeys, templates } from './templates.js';

const sample = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, `<${n}>`]));

describe('notification templates', () => {
  it.each(templateKeys.flatMap((key) => locales.map((locale) => [key, locale] as const)))('%s renders in %s with every placeholder filled', (key, locale) => {
    const out = render(key, locale, sample(templates[key].params));
    expect(out.title.length).toBeGreaterThan(0);
    expect(out.body.length).toBeGreaterThan(0);
    expect(`${out.title}${out.body}`).not.toMatch(/[{}]/);
    for (const p of templates[key].params) {
      if (placeholdersOf(templates[key][locale].body).includes(p)) expect(out.body).toContain(`<${p}>`);
    }
  });

  it.each(templateKeys)('%s declares exactly the params its texts use, in both languages', (key) => {
    for (const locale of locales) {
      const used = new Set([...placeholdersOf(templates[key][locale].title), ...placeholdersOf(templates[key][locale].body)]);
      expect([...used].sort()).toEqual([...templates[key].params].sort());
    }
  });

  it('includes the account and system templates other modules send', () => {
    expect(templateKeys).toEqual(
      expect.arrayContaining([
        'account.welcome',
        'account.password_changed',
        'account.subaccount_created',
        'account.subaccount_disabled',
        'account.password_reset',
        'system.test',
      ]),
    );
  });

  it('speaks the reader’s language', () => {
    expect(render('account.welcome', 'zh-CN', { displayName: '张三' }).body).toContain('张三，您好');
    expect(render('account.welcome', 'en-US', { displayName: 'Ann' }).title).toBe('Welcome to Cloudmart');
  });

  it('shows ISO timestamps as Beijing time in Chinese and UTC in English', () => {
    const at = '2026-03-01T06:05:00.000Z';
    expect(render('account.password_changed', 'zh-CN', { at }).body).toContain('2026-03-01 14:05（北京时间）');
    expect(render('account.password_changed', 'en-US', { at }).body).toContain('2026-03-01 06:05 UTC');
  });

  it('does not expand placeholders that arrive inside param values', () => {
    expect(render('system.test', 'en-US', { text: 'literal {text}' }).body).toBe('literal {text}');
  });

  it('throws on an unknown template, naming it', () => {
    expect(() => render('account.nope', 'zh-CN', {})).toThrow(/unknown notification template account\.nope/);
  });

  it('throws on a missing param instead of sending a raw placeholder', () => {
    expect(() => render('account.subaccount_created', 'en-US', { loginName: 'ops@demoisv' })).toThrow(/needs param "by"/);
  });

  it('does not treat inherited object keys as templates', () => {
    expect(() => render('toString', 'en-US', {})).toThrow(/unknown notification template/);
  });
});
