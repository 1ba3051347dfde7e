import { describe, expect, it } from 'vitest';
import { listingProblemsOf, type ListingCandidate } from './listing-readiness.js';
import { mediaLayoutOf } from './media-layout.js';

const ready: ListingCandidate = {
  type: 'saas',
  billing: 'prepaid',
  name: '智能客服',
  description: 'desc',
  spiUrl: 'https://isv.example/spi',
  specs: [{ hidden: false, isTrial: false, priceCount: 1, meterCount: 0 }],
};

describe('listing readiness', () => {
  it('finds nothing missing on a complete product', () => {
    expect(listingProblemsOf(ready)).toEqual([]);
  });

  it('lists every missing piece at once', () => {
    expect(listingProblemsOf({ ...ready, name: ' ', description: '', spiUrl: null, specs: [] })).toEqual([
      'name_missing',
      'description_missing',
      'no_priced_visible_spec',
      'spi_url_missing',
    ]);
  });

  it('needs the SPI endpoint only for SaaS', () => {
    expect(listingProblemsOf({ ...ready, type: 'service', spiUrl: null })).toEqual([]);
  });

  it('does not count hidden, trial or unpriced specs as sellable', () => {
    const specs = [
      { hidden: true, isTrial: false, priceCount: 2, meterCount: 0 },
      { hidden: false, isTrial: true, priceCount: 0, meterCount: 0 },
      { hidden: false, isTrial: false, priceCount: 0, meterCount: 0 },
    ];
    expect(listingProblemsOf({ ...ready, specs })).toEqual(['no_priced_visible_spec']);
  });

  it('needs a meter, not a price, on a postpaid product', () => {
    expect(listingProblemsOf({ ...ready, billing: 'postpaid' })).toEqual(['no_priced_visible_spec']);
    expect(listingProblemsOf({ ...ready, billing: 'postpaid', specs: [{ hidden: false, isTrial: false, priceCount: 0, meterCount: 1 }] })).toEqual([]);
  });
});

describe('product page media layout (2.12)', () => {
  it('shows video with a live tab, live alone, video alone, or nothing', () => {
    expect(mediaLayoutOf({ videoFileId: 'f', liveId: 'l' })).toBe('video_and_live');
    expect(mediaLayoutOf({ videoFileId: null, liveId: 'l' })).toBe('live');
    expect(mediaLayoutOf({ videoFileId: 'f', liveId: null })).toBe('video');
    expect(mediaLayoutOf({ videoFileId: null, liveId: null })).toBe('none');
  });
});
