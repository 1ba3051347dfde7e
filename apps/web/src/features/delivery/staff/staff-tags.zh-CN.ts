import { presetTagWords } from './preset-tag-words';

/** The preset employee tags of the capacity dialog (guide 5.4.3: 标准 高级 尊贵 旗舰), namespace `deliveryTags`. */
export const deliveryTagsZhCN = { ...presetTagWords };
