import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness.js';
import type { Database } from './client.js';
import { preparedFor } from './prepared.js';

describe('prepared statements', () => {
  let database: Database;
  let builds = 0;
  const plusOne = preparedFor((db) => {
    builds++;
    return db
      .select({ n: sql<number>`${sql.placeholder('n')}::int + 1`.as('n') })
      .from(sql`(select 1) as one`)
      .prepare('prepared_test_plus_one');
  });

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('answers with the values of each call, on the database and in transactions', async () => {
    expect(await plusOne(database.db).execute({ n: 1 })).toEqual([{ n: 2 }]);
    expect(await plusOne(database.db).execute({ n: 41 })).toEqual([{ n: 42 }]);
    const inTx = await database.db.transaction(async (tx) => {
      const a = await plusOne(tx).execute({ n: 2 });
      const b = await plusOne(tx).execute({ n: 3 });
      return [a, b];
    });
    expect(inTx).toEqual([[{ n: 3 }], [{ n: 4 }]]);
  });

  it('is built once per pooled session on PostgreSQL, not once per transaction', async () => {
    if (database.kind !== 'pg') return; // PGlite's transactions are each a client of their own
    builds = 0;
    for (let i = 0; i < 20; i++) {
      await database.db.transaction(async (tx) => {
        expect(await plusOne(tx).execute({ n: i })).toEqual([{ n: i + 1 }]);
      });
    }
    // twenty transactions ran on at most the pool's ten sessions, some already built for above
    expect(builds).toBeLessThanOrEqual(10);
  });
});
