import { errorCodes } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { deliveryCatalogueEnUS } from '../../features/delivery/delivery-catalogue.en-US';
import { deliveryCatalogueZhCN } from '../../features/delivery/delivery-catalogue.zh-CN';
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
    // the delivery context's own refusals are worded in its lazy section, loaded with the pages that show them
    ['zh-CN', { ...zhCN, ...deliveryCatalogueZhCN }],
    ['en-US', { ...enUS, ...deliveryCatalogueEnUS }],
  ] as const)('is worded in %s', (_, catalogue) => {
    const unworded = errorCodes.filter((code) => !errorNamespaces.some((ns) => typeof wordAt(catalogue, `${ns}.${code}`) === 'string'));
    expect(unworded).toEqual([]);
  });
});
