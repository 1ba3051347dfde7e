/** 我的下载: exports built in the background, listed for their owner, kept seven days. */
export const downloadsZhCN = {
  button: '我的下载',
  title: '我的下载',
  hint: '导出文件在后台生成，生成后保留 7 天。',
  queued: '已开始导出，生成后可在“我的下载”中下载',
  empty: '还没有导出文件。在列表页点击“列表导出”即可生成。',
  columns: { fileName: '文件名', status: '状态', rows: '行数', size: '大小', createdAt: '导出时间', expiresAt: '保留至', actions: '操作' },
  statuses: { pending: '生成中', ready: '可下载', failed: '生成失败', expired: '已过期' },
  download: '下载',
  remove: '删除',
  removeConfirm: '删除后文件不可恢复，确定删除？',
  removed: '已删除',
  failedHint: '生成失败，请重新导出',
  refresh: '刷新',
  kinds: { 'delivery.projects': '交付项目列表', 'analytics.report': '经营数据' },
};
