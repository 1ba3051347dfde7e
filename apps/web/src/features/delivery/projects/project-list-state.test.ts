import { describe, expect, it } from 'vitest';
import { operatorFilterKeys, projectListParams, projectListStateFrom } from './projects.queries';

describe('project list state in the URL', () => {
  const url = new URLSearchParams('tab=cancelled&orderNo=202600000039&vendorSellerId=sel_acme&providerSellerId=sel_demo&page=2');

  it('keeps the seller filters only on the operator list', () => {
    expect(projectListStateFrom(url, 'vendor', operatorFilterKeys).filters).toEqual({
      orderNo: '202600000039',
      vendorSellerId: 'sel_acme',
      providerSellerId: 'sel_demo',
    });
    expect(projectListStateFrom(url, 'vendor').filters).toEqual({ orderNo: '202600000039' });
  });

  it('writes the operator filters back to the URL', () => {
    const state = projectListStateFrom(url, 'vendor', operatorFilterKeys);
    const params = projectListParams(state);
    params.delete('scope');
    expect(params.toString()).toBe('tab=cancelled&orderNo=202600000039&vendorSellerId=sel_acme&providerSellerId=sel_demo&page=2');
  });
});
