// The ledger's permission node (declared in contracts so the web app uses the same string).
export { financePermissions } from '@cloudmart/contracts';
