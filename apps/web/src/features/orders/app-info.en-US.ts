import type { appInfoZhCN } from './app-info.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const appInfoEnUS: typeof appInfoZhCN = {
  fields: {
    frontEndUrl: 'App URL',
    adminUrl: 'Admin console URL',
    ssoUrl: 'Single sign-on URL',
    username: 'User name',
    password: 'Password',
  },
  open: 'Open',
};
