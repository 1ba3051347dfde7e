export * from './permissions.js';
export * from './accounts.js';
export * from './notifications.js';
export * from './files.js';
export * from './orders.js';
export * from './catalog.js';
export * from './ledger.js';
