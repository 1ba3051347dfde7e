/** Strings of the store pages; en-US is typed against zh-CN so a missing key does not compile. */
export const storeZhCN = {
  title: 'store',
};

export const storeEnUS: typeof storeZhCN = {
  title: 'store',
};
