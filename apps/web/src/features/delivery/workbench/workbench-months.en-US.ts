import type { deliveryWorkbenchExtraZhCN } from './workbench-months.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryWorkbenchExtraEnUS: typeof deliveryWorkbenchExtraZhCN = {
  monthPicker: 'Month of {{area}}',
  products: {
    button: 'Workbench products',
    title: 'Products on the employees’ workbenches',
    hint: 'Pick the products shown as tabs on the employees’ “My workbench” (in the order picked); with none picked, every product they work on is shown.',
    label: 'Products shown',
    placeholder: 'Pick products',
    saved: 'Workbench products saved',
  },
};
