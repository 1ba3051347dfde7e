import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleBoundaries } from '../../../../scripts/lint/module-boundaries.mjs';

// The module walls of docs/architecture.md, as the lint rules see them. Files are linted
// under made-up names inside the real source tree, so the rules read the real *.tables.ts.
const SRC = fileURLToPath(new URL('..', import.meta.url));
const REPO = path.resolve(SRC, '../../..');

// cwd '/' so the made-up files in a temporary folder match the config too
const linter = new Linter({ configType: 'flat', cwd: '/' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'module-boundaries': moduleBoundaries },
    rules: { 'module-boundaries/no-deep-import': 'error', 'module-boundaries/no-foreign-write': 'error' },
  },
];

/** The rule ids reported for `code` linted as the file at `rel` (relative to a source root). */
function lint(rel: string, code: string, root = SRC): string[] {
  const messages = linter.verify(code, config, { filename: path.join(root, rel) });
  return messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const DEEP = 'module-boundaries/no-deep-import';
const WRITE = 'module-boundaries/no-foreign-write';

describe('no-deep-import', () => {
  it("reports a module reaching into another module's tables, services or queries", () => {
    expect(lint('modules/aftersales/planted.ts', "import { orders } from '../orders/orders.tables.js';")).toEqual([DEEP]);
    expect(lint('modules/aftersales/planted.ts', "import { payOrder } from '../orders/payment.service.js';")).toEqual([DEEP]);
    expect(lint('modules/billing/planted.ts', "import { listProducts } from '../catalog/products.queries.js';")).toEqual([DEEP]);
    expect(lint('modules/aftersales/planted.ts', "export * from '../orders/orders.tables.js';")).toEqual([DEEP]);
    expect(lint('modules/aftersales/planted.ts', "export async function f() { return import('../orders/orders.tables.js'); }")).toEqual([DEEP]);
  });

  it("lets a module import another module's index and its own files", () => {
    expect(
      lint('modules/aftersales/planted.ts', "import { orders, repriceUnpaid } from '../orders/index.js';\nimport { refunds } from './aftersales.tables.js';"),
    ).toEqual([]);
    expect(lint('modules/orders/planted.ts', "import { sandboxProvider } from './payments/sandbox.js';")).toEqual([]);
  });

  it('holds tests inside modules to indexes too, but lets them use the test tree', () => {
    expect(lint('modules/aftersales/planted.test.ts', "import { ledgerTxns } from '../ledger/ledger.tables.js';")).toEqual([DEEP]);
    expect(
      lint('modules/aftersales/planted.test.ts', "import { order } from '../../test/kits/orders.js';\nimport { createTestApp } from '../../test/harness.js';"),
    ).toEqual([]);
  });

  it('holds the test tree, the seed, app.ts and the module registry to indexes, and lets test kits import anything', () => {
    expect(lint('test/planted.test.ts', "import { orders } from '../modules/orders/orders.tables.js';")).toEqual([DEEP]);
    expect(lint('test/planted.test.ts', "import { orders } from '../modules/orders/index.js';")).toEqual([]);
    expect(lint('seed/planted.ts', "import { users } from '../modules/accounts/accounts.tables.js';")).toEqual([DEEP]);
    expect(lint('app.ts', "import { ordersRoutes } from './modules/orders/orders.routes.js';")).toEqual([DEEP]);
    expect(lint('modules/index.ts', "import { ordersModule } from './orders/index.js';")).toEqual([]);
    expect(lint('test/kits/planted.ts', "import { orders } from '../../modules/orders/orders.tables.js';")).toEqual([]);
    expect(lint('platform/db/planted.ts', "import * as orders from '../../modules/orders/orders.tables.js';")).toEqual([]);
  });

  it('takes the module to be the first folder under modules/, so delivery rooms are one module', () => {
    expect(lint('modules/delivery/engine/planted.ts', "import { orders } from '../../orders/orders.tables.js';")).toEqual([DEEP]);
    expect(lint('modules/delivery/engine/planted.ts', "import { orders } from '../../orders/index.js';")).toEqual([]);
    expect(lint('modules/delivery/planted.ts', "import { x } from './engine/flow-runner.js';")).toEqual([]);
  });

  describe('rooms', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'walls-'));
    const src = path.join(root, 'apps', 'server', 'src');
    mkdirSync(path.join(src, 'modules', 'shop', 'engine'), { recursive: true });
    mkdirSync(path.join(src, 'modules', 'shop', 'calendar'), { recursive: true });
    writeFileSync(path.join(src, 'modules', 'shop', 'engine', 'index.ts'), 'export {};\n');
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it("reports a room reaching into another room's files when that room has an index", () => {
      expect(lint('modules/shop/calendar/planted.ts', "import { run } from '../engine/runner.js';", src)).toEqual([DEEP]);
      expect(lint('modules/shop/calendar/planted.ts', "import { run } from '../engine/index.js';", src)).toEqual([]);
    });

    it('leaves rooms without an index (the flat layout) alone', () => {
      expect(lint('modules/shop/engine/planted.ts', "import { day } from '../calendar/days.js';", src)).toEqual([]);
    });
  });
});

describe('no-foreign-write', () => {
  it("reports a module inserting, updating or deleting another module's table", () => {
    const head =
      "import { orders } from '../orders/index.js';\nimport * as o from '../orders/index.js';\nimport type { Db } from '../../platform/db/client.js';\n";
    expect(lint('modules/aftersales/planted.ts', `${head}export const f = (tx: Db) => tx.insert(orders).values({});`)).toEqual([WRITE]);
    expect(lint('modules/aftersales/planted.ts', `${head}export const f = (tx: Db) => tx.update(orders).set({});`)).toEqual([WRITE]);
    expect(lint('modules/aftersales/planted.ts', `${head}export const f = (tx: Db) => tx.delete(o.payments);`)).toEqual([WRITE]);
  });

  it('reports raw SQL that writes a table the module does not declare', () => {
    const head = "import { sql } from 'drizzle-orm';\nimport { orders } from '../orders/index.js';\n";
    expect(lint('modules/ledger/planted.ts', `${head}export const q = sql\`update orders set settled_at = now() where id = \${'x'}\`;`)).toEqual([WRITE]);
    expect(lint('modules/ledger/planted.ts', `${head}export const q = sql\`insert into payments (id) values (\${'x'})\`;`)).toEqual([WRITE]);
    expect(lint('modules/ledger/planted.ts', `${head}export const q = sql\`delete from "orders" where id = \${'x'}\`;`)).toEqual([WRITE]);
    expect(lint('modules/ledger/planted.ts', `${head}export const q = sql\`update \${orders} set settled_at = now()\`;`)).toEqual([WRITE]);
  });

  it('lets a module write its own tables, lock rows and upsert', () => {
    const code = [
      "import { sql } from 'drizzle-orm';",
      "import { createHmac } from 'node:crypto';",
      "import { ledgerTxns } from './ledger.tables.js';",
      "import { orders } from '../orders/index.js';",
      "import type { Db } from '../../platform/db/client.js';",
      'export const f = (tx: Db) => tx.insert(ledgerTxns).values([]);',
      "export const g = (body: string) => createHmac('sha256', 'k').update(body).digest('hex');",
      'export const h = sql`select id from orders where id = ${1} for update skip locked`;',
      'export const i = sql`insert into ledger_accounts (id) values (${1}) on conflict (id) do update set id = excluded.id`;',
      'export const j = sql`update ledger_txns set kind = ${1}`;',
      'export const k = (tx: Db) => tx.select({ id: orders.id }).from(orders).for("update");',
    ].join('\n');
    expect(lint('modules/ledger/planted.ts', code)).toEqual([]);
  });

  it('leaves tests and test kits alone: they build fixtures', () => {
    const code =
      "import { orders } from '../orders/index.js';\nimport type { Db } from '../../platform/db/client.js';\nexport const f = (tx: Db) => tx.insert(orders).values({});";
    expect(lint('modules/aftersales/planted.test.ts', code)).toEqual([]);
    expect(lint('test/kits/planted.ts', code.replace("'../orders/index.js'", "'../../modules/orders/index.js'"))).toEqual([]);
  });
});

describe('npm run lint', () => {
  it('fails on a planted violation: the repository config wires both rules for the server', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const code = [
      "import { orders } from '../orders/orders.tables.js';",
      "import { payments } from '../orders/index.js';",
      "import type { Db } from '../../platform/db/client.js';",
      'export const f = (tx: Db) => tx.update(payments).set({ status: "failed" });',
      'export const g = orders;',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: path.join(SRC, 'modules', 'aftersales', 'planted.ts') });
    expect(result?.messages.map((m) => m.ruleId).sort()).toEqual([DEEP, WRITE]);
  });
});
