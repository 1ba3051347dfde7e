// The delivery's permission node (declared in contracts so the web app uses the same string).
export { deliveryPermissions } from '@cloudmart/contracts';
