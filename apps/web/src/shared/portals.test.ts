import { describe, expect, it } from 'vitest';
import { canEnterDelivery, isFor } from './access';
import { homePathOf, landingPath } from './portals';

// issue 11 item 8: "Designers and PMs land in the delivery center; non-staff never see 我的工作台/我的接单状态;
// sub-accounts without any delivery permission do not see 交付中心"
const main = { kind: 'seller' as const, isMain: true, permissions: [] };
const ops = { kind: 'seller' as const, isMain: false, permissions: ['orders.view', 'orders.export'] };
const pmNoPermissions = { kind: 'seller' as const, isMain: false, permissions: [] };
const viewer = { kind: 'seller' as const, isMain: false, permissions: ['delivery.projects.view'] };
const buyer = { kind: 'buyer' as const, isMain: false, permissions: [] };

describe('where each account lands', () => {
  it('sends a delivery employee sub-account to the delivery center, everyone else to their portal home', () => {
    expect(homePathOf(pmNoPermissions, true)).toBe('/delivery');
    expect(homePathOf(ops, false)).toBe('/seller');
    // the main account runs the business even when it also has a delivery profile
    expect(homePathOf(main, true)).toBe('/seller');
    expect(homePathOf(buyer, false)).toBe('/buyer');
    expect(homePathOf({ kind: 'operator', isMain: false }, false)).toBe('/operator');
  });

  it('after log-in keeps a redirect into the user’s portal, the delivery center (sellers) or the store; else asks `/`', () => {
    expect(landingPath(ops, '/seller/orders')).toBe('/seller/orders');
    expect(landingPath(ops, '/delivery/projects')).toBe('/delivery/projects');
    expect(landingPath(buyer, '/delivery/projects')).toBe('/buyer');
    expect(landingPath(buyer, '/store/products/x')).toBe('/store/products/x');
    expect(landingPath(ops, '//evil.example')).toBe('/');
    expect(landingPath(ops, null)).toBe('/');
    expect(landingPath(buyer, null)).toBe('/buyer');
  });
});

describe('who sees the delivery center and the employee pages', () => {
  it('shows 交付中心 with any delivery permission or a delivery profile, never to other sub-accounts', () => {
    expect(canEnterDelivery(main, false)).toBe(true);
    expect(canEnterDelivery(viewer, false)).toBe(true);
    expect(canEnterDelivery(pmNoPermissions, true)).toBe(true);
    expect(canEnterDelivery(ops, false)).toBe(false);
    expect(canEnterDelivery(buyer, true)).toBe(false);
  });

  it('shows 我的工作台 and 我的接单状态 only to delivery employees, not to the main account that is not staff', () => {
    expect(isFor(main, 'deliveryEmployee', false)).toBe(false);
    expect(isFor(main, 'deliveryEmployee', true)).toBe(true);
    expect(isFor(viewer, 'deliveryEmployee', false)).toBe(false);
    expect(isFor(ops, undefined, false)).toBe(true);
  });
});
