import type { TemplateSimulation, TemplateSummary } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { node, project, publishTemplate, startDirect, tasksOf } from '../../../test/kits/delivery/delivery-test-kit.js';

const API = '/api/v1/delivery/templates';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** a Beijing wall-clock time */
const bj = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);

/** a flow whose every timed step moves on by itself, so the engine walks it on the clock alone */
const acrossNationalDay = [
  node.provider,
  { id: 'prep', type: 'confirm', name: '服务商确认', side: 'provider', confirmLabel: '确认', timeoutDays: 1.5, autoAdvance: true },
  node.check({ rejectable: false, timeoutDays: 0.5, autoAdvance: true }),
  node.complete({ timeoutDays: 14, autoAdvance: true }),
];

async function simulate(loginName: string, id: string, body: Record<string, unknown>) {
  return (await t.agent(loginName)).post(`${API}/${id}/simulate`, body);
}

describe('template simulator', () => {
  it('gives every step’s due time on the work calendar, 17:30 of a working day, with the 14-day auto-confirm', async () => {
    t.clock.set(bj('2026-09-29 16:00'));
    const id = await publishTemplate(t, t.seed.demoSellerId, acrossNationalDay);
    const res = await simulate('demo', id, { start: '2026-09-29T16:00:00+08:00' });
    expect(res.statusCode, res.body).toBe(200);
    const sim = res.json<TemplateSimulation>();
    // guide 5.4 "若今日任务在当天的17:30仍未完成，则项目进入超时状态"; FAQ "超时时间以工作日来计算，不包含节假日"
    expect(sim.steps.map((s) => [s.nodeId, s.dueAt, s.advancesOnTimeout])).toEqual([
      ['ap', null, false],
      ['prep', bj('2026-09-30 17:30').toISOString(), true], // 1.5 days: 09-29 and 09-30
      ['chk', bj('2026-10-08 17:30').toISOString(), true], // entered 09-30 17:30 → starts on 10-08, after National Day
      ['done', bj('2026-10-27 17:30').toISOString(), true], // 14 working days from 10-09, the Saturday 10-10 make-up day counted
    ]);
    expect(sim.autoConfirmAt).toBe(bj('2026-10-27 17:30').toISOString());
    expect(sim.completedAt).toBe(sim.autoConfirmAt);
  });

  it('agrees with the engine driven on the manual clock across National Day', async () => {
    t.clock.set(bj('2026-09-29 16:00'));
    const id = await publishTemplate(t, t.seed.demoSellerId, acrossNationalDay, 'prd_sim');
    const sim = (await simulate('demo', id, { start: t.clock.now().toISOString() })).json<TemplateSimulation>();
    const projectId = await startDirect(t, 'prd_sim', t.seed.demoSellerId);

    // each step done exactly at its due instant: move the clock there and let the sweep act
    for (let guard = 0; (await project(t, projectId)).status !== 'completed' && guard < 10; guard++) {
      const live = (await tasksOf(t, projectId)).find((x) => x.status === 'open');
      if (!live?.dueAt) throw new Error('a step without a due time would wait forever');
      t.clock.set(live.dueAt);
      await t.deps.scheduler.runDue();
    }
    const tasks = await tasksOf(t, projectId);
    expect(
      tasks.map((x) => ({ nodeId: x.nodeId, enteredAt: x.enteredAt.toISOString(), dueAt: x.dueAt?.toISOString() ?? null, doneAt: x.doneAt?.toISOString() })),
    ).toEqual(sim.steps.map((s) => ({ nodeId: s.nodeId, enteredAt: s.enteredAt, dueAt: s.dueAt, doneAt: s.doneAt })));
    expect((await project(t, projectId)).completedAt?.toISOString()).toBe(sim.completedAt);
  });

  it('simulates the editor’s unsaved nodes and a public template', async () => {
    const id = await publishTemplate(t, t.seed.demoSellerId, acrossNationalDay);
    const nodes = [node.provider, { ...node.submit, timeoutDays: 2 }, node.complete({ timeoutDays: 1, autoAdvance: false })];
    const sim = (await simulate('demo', id, { start: '2026-10-09T18:00:00+08:00', nodes })).json<TemplateSimulation>();
    // after 17:30 on Friday 10-09: day 1 is the Saturday make-up day 10-10, day 2 Monday 10-12
    expect(sim.steps.map((s) => s.dueAt)).toEqual([null, bj('2026-10-12 17:30').toISOString(), bj('2026-10-13 17:30').toISOString()]);
    expect(sim.autoConfirmAt).toBeNull();

    const list = (await (await t.agent('demo')).get(`${API}?scope=public`)).json<{ items: TemplateSummary[] }>();
    const basic = list.items.find((i) => i.presetKey === 'basic');
    const pub = (await simulate('demo', basic?.id ?? '', { start: '2026-09-29T10:00:00+08:00' })).json<TemplateSimulation>();
    expect(pub.autoConfirmAt).not.toBeNull();
    expect(pub.steps.at(-1)).toMatchObject({ type: 'complete', timeoutDays: 14, advancesOnTimeout: true });
  });

  it('runs a warranty flow’s last step on calendar days', async () => {
    const id = await publishTemplate(t, t.seed.demoSellerId, [node.provider, node.complete({ untilWarrantyEnds: true })]);
    const sim = (await simulate('demo', id, { start: '2026-09-30T10:00:00+08:00', warrantyDays: 30 })).json<TemplateSimulation>();
    expect(sim.steps.at(-1)).toMatchObject({ dueClock: 'calendar', dueAt: bj('2026-10-30 10:00').toISOString(), advancesOnTimeout: true });
  });

  it('hides another seller’s template (404), needs the templates permission and a valid start', async () => {
    const id = await publishTemplate(t, t.seed.demoSellerId, acrossNationalDay);
    const start = '2026-09-29T10:00:00+08:00';
    const other = await simulate('acme', id, { start });
    expect([other.statusCode, other.json<{ code: string }>().code]).toEqual([404, 'not_found']);
    const ops = await simulate('ops@demoisv', id, { start });
    expect([ops.statusCode, ops.json<{ code: string }>().code]).toEqual([403, 'permission_denied']);
    const bad = await simulate('demo', id, { start: 'tomorrow' });
    expect([bad.statusCode, bad.json<{ code: string }>().code]).toEqual([400, 'validation_failed']);
  });
});
