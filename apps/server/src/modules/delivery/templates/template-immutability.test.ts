import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { deliveryTemplates } from '../delivery.tables.js';

// DOMAIN 5: published templates cannot be edited — the database refuses it, whatever the caller.
describe('published templates are immutable in the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const insert = (id: string, status: 'draft' | 'published') =>
    t.deps.db.execute(
      sql`insert into delivery_templates (id, seller_id, kind, name, status, nodes, created_at, updated_at) values (${id}, 's1', 'private', 'T', ${status}, '[]'::jsonb, now(), now())`,
    );

  /** the database's message (drizzle wraps it as the cause of a 'Failed query' error) */
  async function refusal(query: Promise<unknown>): Promise<string> {
    try {
      await query;
      return 'accepted';
    } catch (e) {
      const cause = (e as { cause?: unknown }).cause;
      return cause instanceof Error ? cause.message : String(e);
    }
  }

  it('lets a draft change and refuses any update or delete of a published row', async () => {
    await insert('tpl-draft', 'draft');
    await t.deps.db.execute(sql`update delivery_templates set name = 'T2' where id = 'tpl-draft'`);
    await t.deps.db.execute(sql`update delivery_templates set status = 'published' where id = 'tpl-draft'`);
    expect(await refusal(t.deps.db.execute(sql`update delivery_templates set name = 'T3' where id = 'tpl-draft'`))).toMatch(/immutable/);
    expect(await refusal(t.deps.db.execute(sql`update delivery_templates set nodes = '[]'::jsonb where id = 'tpl-draft'`))).toMatch(/immutable/);
    expect(await refusal(t.deps.db.execute(sql`delete from delivery_templates where id = 'tpl-draft'`))).toMatch(/immutable/);
    await insert('tpl-pub', 'published');
    expect(await refusal(t.deps.db.execute(sql`update delivery_templates set status = 'draft' where id = 'tpl-pub'`))).toMatch(/immutable/);
    const [row] = await t.deps.db
      .select({ name: deliveryTemplates.name, status: deliveryTemplates.status })
      .from(deliveryTemplates)
      .where(eq(deliveryTemplates.id, 'tpl-draft'));
    expect(row).toEqual({ name: 'T2', status: 'published' });
  });
});
