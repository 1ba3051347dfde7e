import { postDemandBody, type Proposal, type Quote } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { activeQuotes, demandBodyOf, isCancellable, isPayable, MOBILE, payTarget, postDemandPath, sellerCodeOf } from './demand-format';

const quote = (id: string, status: Quote['status']): Quote => ({
  id,
  productId: 'p1',
  specId: 's1',
  productName: '企业官网建设',
  productType: 'service',
  specName: '标准版',
  unit: 'year',
  duration: 1,
  quantity: 1,
  listPriceFen: 500_000,
  priceFen: 450_000,
  status,
  orderId: null,
  createdAt: '2026-12-05T10:00:00+08:00',
  revokedAt: status === 'revoked' ? '2026-12-05T11:00:00+08:00' : null,
});
const proposal = (status: Proposal['status'], quotes: Quote[]): Pick<Proposal, 'status' | 'quotes'> => ({ status, quotes });

describe('发布需求 form → postDemandBody', () => {
  const values = {
    name: ' 定制企业网站 ',
    type: 'website' as const,
    summary: ' 官网改版 ',
    content: '   ',
    region: '杭州',
    budget: '5000_10000' as const,
    contactName: '王先生',
    contactPhone: '13800001111',
  };

  it('trims the text, leaves a blank 需求内容 out and passes the contract', () => {
    const body = demandBodyOf(values);
    expect(body).toEqual({
      name: '定制企业网站',
      type: 'website',
      summary: '官网改版',
      region: '杭州',
      budget: '5000_10000',
      contactName: '王先生',
      contactPhone: '13800001111',
    });
    expect(postDemandBody.safeParse(body).success).toBe(true);
  });

  it('names the shop for a 定向需求 ("用户给您发布定向需求")', () => {
    expect(demandBodyOf(values, 'SHOP1').sellerCode).toBe('SHOP1');
    expect(postDemandBody.safeParse(demandBodyOf(values, 'SHOP1')).success).toBe(true);
  });

  it('checks the mobile number as the contract does', () => {
    expect(MOBILE.test('13800001111')).toBe(true);
    for (const bad of ['12800001111', '1380000111', '+8613800001111', '138-0000-1111']) expect(MOBILE.test(bad)).toBe(false);
  });
});

describe('向TA提需求 link', () => {
  it('carries the shop code, read back by the form', () => {
    const path = postDemandPath('a b&c');
    expect(path).toBe('/buyer/demands/new?seller=a%20b%26c');
    expect(sellerCodeOf(new URL(path, 'http://x').searchParams)).toBe('a b&c');
  });

  it('ignores an empty, oversize or NUL-bearing code', () => {
    expect(sellerCodeOf(new URLSearchParams('seller=%20'))).toBeUndefined();
    expect(sellerCodeOf(new URLSearchParams(`seller=${'x'.repeat(65)}`))).toBeUndefined();
    expect(sellerCodeOf(new URLSearchParams('seller=a%00b'))).toBeUndefined();
    expect(postDemandPath()).toBe('/buyer/demands/new');
  });
});

describe('一键支付', () => {
  it('pays only the active quotes; a revoked quote is never paid', () => {
    const p = proposal('sent', [quote('q1', 'revoked'), quote('q2', 'active')]);
    expect(activeQuotes(p).map((q) => q.id)).toEqual(['q2']);
    expect(isPayable(p)).toBe(true);
  });

  it('offers no payment for a paid proposal or one whose quotes are all revoked', () => {
    expect(isPayable(proposal('paid', [quote('q1', 'active')]))).toBe(false);
    expect(isPayable(proposal('sent', [quote('q1', 'revoked')]))).toBe(false);
    expect(isPayable(proposal('paying', [quote('q1', 'active')]))).toBe(true);
  });

  it('routes to the store cashier inside the app, loads an external one, and falls back to the orders', () => {
    expect(payTarget({ orderIds: ['o1', 'o2'], amountFen: 1, payUrl: '/store/pay?orders=o1,o2' })).toEqual({ route: '/store/pay?orders=o1,o2' });
    expect(payTarget({ orderIds: ['o1'], amountFen: 1, payUrl: 'https://pay.example/cashier?id=1' })).toEqual({
      href: 'https://pay.example/cashier?id=1',
    });
    expect(payTarget({ orderIds: ['o1'], amountFen: 1, payUrl: '//evil.example/x' })).toEqual({ href: '//evil.example/x' });
    expect(payTarget({ orderIds: ['o1'], amountFen: 1, payUrl: '' })).toEqual({ route: '/store/pay/o1' });
    expect(payTarget({ orderIds: ['o1', 'o2'], amountFen: 1, payUrl: '' })).toEqual({ route: '/store/pay?orders=o1,o2' });
  });
});

describe('取消需求', () => {
  it('is offered while open or followed, not once won or closed (demand_not_cancellable)', () => {
    expect(isCancellable('open')).toBe(true);
    expect(isCancellable('taken')).toBe(true);
    expect(isCancellable('won')).toBe(false);
    expect(isCancellable('closed')).toBe(false);
  });
});
