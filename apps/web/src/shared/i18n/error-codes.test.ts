import { errorCodes } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { aftersalesEnUS } from '../../features/aftersales/aftersales.en-US';
import { aftersalesZhCN } from '../../features/aftersales/aftersales.zh-CN';
import { buyerAftersalesEnUS } from '../../features/aftersales/buyer/buyer-aftersales.en-US';
import { buyerAftersalesZhCN } from '../../features/aftersales/buyer/buyer-aftersales.zh-CN';
import { deliveryCatalogueEnUS } from '../../features/delivery/delivery-catalogue.en-US';
import { deliveryCatalogueZhCN } from '../../features/delivery/delivery-catalogue.zh-CN';
import { storeEnUS } from '../../features/store/store.en-US';
import { storeZhCN } from '../../features/store/store.zh-CN';
import { commerceEnUS } from './commerce.en-US';
import { commerceZhCN } from './commerce.zh-CN';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

/** Where the pages look a code up: the app-wide catalogues first, then the context that shows it. */
const errorNamespaces = [
  'errors',
  'domainErrors',
  'commerce.errors',
  'aftersales.errors',
  'buyerAftersales.errors',
  'store.errors',
  'deliveryProjects.errors',
  'deliveryTemplates.errors',
  'deliveryStaff.errors',
];

function wordAt(catalogue: object, path: string): unknown {
  let node: unknown = catalogue;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return node;
}

// issue 11 item 6: a user who meets a refusal reads why, in their language, never a bare code
describe('every server error code', () => {
  it.each([
    // a context's own refusals are worded in its lazy section, loaded with the pages that show them
    [
      'zh-CN',
      { ...zhCN, ...deliveryCatalogueZhCN, commerce: commerceZhCN, aftersales: aftersalesZhCN, buyerAftersales: buyerAftersalesZhCN, store: storeZhCN },
    ],
    [
      'en-US',
      { ...enUS, ...deliveryCatalogueEnUS, commerce: commerceEnUS, aftersales: aftersalesEnUS, buyerAftersales: buyerAftersalesEnUS, store: storeEnUS },
    ],
  ] as const)('is worded in %s', (_, catalogue) => {
    const unworded = errorCodes.filter((code) => !errorNamespaces.some((ns) => typeof wordAt(catalogue, `${ns}.${code}`) === 'string'));
    expect(unworded).toEqual([]);
  });
});
