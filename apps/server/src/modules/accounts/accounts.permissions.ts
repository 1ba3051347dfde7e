// The account module's permission nodes (declared in contracts so the web app uses the same strings).
export { accountPermissions } from '@cloudmart/contracts';
