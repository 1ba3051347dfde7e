/** 应用信息: the fields a seller's SPI returns when it opens an instance (namespace `appInfo`). */
export const appInfoZhCN = {
  fields: {
    frontEndUrl: '应用访问地址',
    adminUrl: '管理后台地址',
    ssoUrl: '单点登录地址',
    username: '登录用户名',
    password: '登录密码',
  },
  open: '打开',
};
