// shim until delivery's tests import the kit (src/test/kits/catalog.ts); removed after the delivery rooms merge
export * from '../../test/kits/catalog.js';
