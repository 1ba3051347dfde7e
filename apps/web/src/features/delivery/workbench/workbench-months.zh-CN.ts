/** 我的工作台's per-area month switch (guide 5.5.5) and 配置产品在工作台展示 (5.4.10), namespace `deliveryWorkbenchExtra`. */
export const deliveryWorkbenchExtraZhCN = {
  monthPicker: '{{area}}统计月份',
  products: {
    button: '配置工作台产品',
    title: '配置产品在工作台展示',
    hint: '选择在员工“我的工作台”中以页签展示的产品（按选择顺序）；不选择时展示员工参与交付的全部产品。',
    label: '展示的产品',
    placeholder: '选择产品',
    saved: '工作台产品已保存',
  },
};
