// shim until delivery's tests import the kit (src/test/kits/orders.ts); removed after the delivery rooms merge
export * from '../../test/kits/orders.js';
