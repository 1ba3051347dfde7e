import type { deliveryVendorManagersZhCN } from './vendor-managers.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryVendorManagersEnUS: typeof deliveryVendorManagersZhCN = {
  title: 'Vendor project managers',
  intro:
    'A vendor’s delivery sub-accounts have one role: vendor project manager. Its permissions are preset: flow templates, product providers and capacity, the queue, and projects (changing the provider too).',
  create: 'New project manager',
  createTitle: 'New vendor project manager',
  loginName: 'Sub-account name',
  displayName: 'Name',
  phone: 'Mobile',
  email: 'Email',
  createdAt: 'Created',
  action: 'Action',
  delete: 'Delete',
  deleteConfirm: 'Delete this account?',
  yes: 'Yes',
  no: 'No',
  deleted: 'Deleted',
  empty: 'No project manager sub-accounts yet',
  passwordTitle: 'Project manager sub-account created',
};
