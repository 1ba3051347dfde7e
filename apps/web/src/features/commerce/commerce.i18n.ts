/** Strings of the commerce pages; en-US is typed against zh-CN so a missing key does not compile. */
export const commerceZhCN = {
  title: 'commerce',
};

export const commerceEnUS: typeof commerceZhCN = {
  title: 'commerce',
};
