import type { FlowNode, PublicTemplateKey } from '@cloudmart/contracts';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { holidayName } from '../calendar/holiday-name';
import { holidayNamesEnUS } from '../calendar/holiday-names.en-US';
import { holidayNamesZhCN } from '../calendar/holiday-names.zh-CN';
import { localizePreset, localizePresetNodes } from './preset-texts';
import { presetTextsEnUS } from './preset-texts.en-US';
import { presetTextsZhCN } from './preset-texts.zh-CN';
import { beijingIso, beijingText } from './simulator-time';

// only the catalogues under test, in a private instance
const i18n = i18next.createInstance();
let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  await i18n.init({
    resources: {
      'zh-CN': { translation: { deliveryPresets: presetTextsZhCN, deliveryHolidayNames: holidayNamesZhCN } },
      'en-US': { translation: { deliveryPresets: presetTextsEnUS, deliveryHolidayNames: holidayNamesEnUS } },
    },
    lng: 'en-US',
  });
  en = i18n.getFixedT('en-US');
  zh = i18n.getFixedT('zh-CN');
});

const website = {
  presetKey: 'website' as PublicTemplateKey | null,
  name: '分步骤建站服务流程',
  description: '提交建站需求 → …',
  nodes: [
    { id: 'assign_provider', type: 'assign_provider', name: '分配服务商', reminders: [] },
    {
      id: 'stage_demand',
      type: 'container',
      name: '需求阶段',
      reminders: [],
      children: [{ id: 'submit_demand', type: 'submit', name: '提交建站需求', reminders: [], timeoutDays: 3 }],
    },
    { id: 'extra', type: 'complete', name: '自定义', reminders: [], timeoutDays: 0, autoAdvance: false, rejectable: false, untilWarrantyEnds: false },
  ] as FlowNode[],
};

describe('public templates in the user’s language (stored Chinese)', () => {
  it('shows the preset’s name, description and node names in English, containers’ children too', () => {
    const shown = localizePresetNodes(website, en);
    expect(shown.name).toBe('Step-by-step website build flow');
    expect(shown.description).toMatch(/^Submit website requirements/);
    expect(shown.nodes.map((n) => n.name)).toEqual(['Assign provider', 'Requirements stage', '自定义']);
    const stage = shown.nodes[1];
    expect(stage?.type === 'container' ? stage.children.map((c) => c.name) : []).toEqual(['Submit website requirements']);
  });

  it('keeps Chinese in zh-CN and leaves own templates as stored', () => {
    expect(localizePresetNodes(website, zh).nodes[0]?.name).toBe('分配服务商');
    const own = { ...website, presetKey: null, name: '我的流程' };
    expect(localizePreset(own, en)).toBe(own);
  });

  it('has an English text for every Chinese preset text', () => {
    for (const key of Object.keys(presetTextsZhCN) as PublicTemplateKey[]) {
      expect(Object.keys(presetTextsEnUS[key].nodes).sort()).toEqual(Object.keys(presetTextsZhCN[key].nodes).sort());
    }
  });
});

describe('holiday names', () => {
  it('translates the preset (chinese-days) names and keeps an operator’s own', () => {
    expect(holidayName(en, '国庆节')).toBe('National Day');
    expect(holidayName(en, '春节')).toBe('Spring Festival');
    expect(holidayName(zh, '国庆节')).toBe('国庆节');
    expect(holidayName(en, '公司年会')).toBe('公司年会');
  });
});

describe('simulator times are Beijing wall clock', () => {
  it('reads and writes instants as Beijing time, wherever the browser is', () => {
    expect(beijingText('2026-10-08T09:30:00.000Z')).toBe('2026-10-08 17:30');
    expect(beijingIso({ format: () => '2026-09-30T10:00' } as never)).toBe('2026-09-30T10:00:00+08:00');
  });
});
