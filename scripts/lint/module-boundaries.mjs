// Module walls for apps/server (issue 10): a module is reached only through its index.ts, and a
// module writes only the tables it declares. Registered in eslint.config.js; tested by
// apps/server/src/test/module-boundaries.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC_MARK = `${path.sep}apps${path.sep}server${path.sep}src${path.sep}`;

/** Where a file sits under apps/server/src, or null for files elsewhere. */
function locate(file) {
  const abs = path.resolve(file);
  const at = abs.lastIndexOf(SRC_MARK);
  if (at < 0) return null;
  const srcRoot = abs.slice(0, at + SRC_MARK.length - 1);
  const parts = path.relative(srcRoot, abs).split(path.sep);
  return { abs, srcRoot, parts };
}

/**
 * What part of the server a file belongs to. The module is the first path segment after
 * `modules/`, so `modules/delivery/engine/x.ts` is module `delivery`, room `engine`.
 */
function classify(file) {
  const where = locate(file);
  if (!where) return { kind: 'outside' };
  const { parts, srcRoot } = where;
  const test = /\.test\.ts$/.test(parts[parts.length - 1] ?? '');
  if (parts[0] === 'modules') {
    if (parts.length === 2) return { kind: 'registry', srcRoot };
    const room = parts.length > 3 ? parts[2] : null;
    return { kind: 'module', module: parts[1], room, rest: parts.slice(2), test, srcRoot };
  }
  if (parts[0] === 'test' && parts[1] === 'kits') return { kind: 'kit', srcRoot };
  if (parts[0] === 'test') return { kind: 'test', srcRoot };
  if (parts[0] === 'seed') return { kind: 'seed', srcRoot };
  if (parts.length === 1 && parts[0] === 'app.ts') return { kind: 'app', srcRoot };
  return { kind: 'other', srcRoot };
}

/** The file a relative specifier names (`.js` maps to `.ts`), or null for packages. */
function resolveSpecifier(importer, spec) {
  if (typeof spec !== 'string' || !spec.startsWith('.')) return null;
  return path.resolve(path.dirname(path.resolve(importer)), spec).replace(/\.js$/, '.ts');
}

const sourcesOf = (node) => {
  if (node.type === 'ImportExpression') return node.source.type === 'Literal' ? node.source : null;
  return node.source ?? null;
};

const noDeepImport = {
  meta: {
    type: 'problem',
    docs: { description: "Other modules are reached only through their index.ts (and a module's rooms through theirs)" },
    schema: [],
    messages: {
      deep: "'{{spec}}' reaches into module '{{target}}': import '{{target}}/index.js' instead (docs/architecture.md, Module walls).",
      room: "'{{spec}}' reaches into room '{{room}}' of module '{{module}}': import that room's index.js instead.",
    },
  },
  create(context) {
    const me = classify(context.filename);
    if (me.kind === 'outside' || me.kind === 'kit' || me.kind === 'other') return {};
    const check = (node) => {
      const source = sourcesOf(node);
      if (!source) return;
      const target = resolveSpecifier(context.filename, source.value);
      if (!target) return;
      const it = classify(target);
      if (it.kind !== 'module') return;
      const isIndex = it.rest.length === 1 && it.rest[0] === 'index.ts';
      if (me.kind === 'module' && me.module === it.module) {
        // rooms: a file in one room reaches another room of its module through that room's index
        if (me.room && it.room && me.room !== it.room && !(it.rest.length === 2 && it.rest[1] === 'index.ts')) {
          if (existsSync(path.join(it.srcRoot, 'modules', it.module, it.room, 'index.ts')))
            context.report({ node: source, messageId: 'room', data: { spec: source.value, room: it.room, module: it.module } });
        }
        return;
      }
      if (!isIndex) context.report({ node: source, messageId: 'deep', data: { spec: source.value, target: it.module } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const ownTablesCache = new Map();

/** SQL names of the tables a module declares (`pgTable('name'` in its *.tables.ts files). */
function ownTables(srcRoot, module) {
  const dir = path.join(srcRoot, 'modules', module);
  const key = dir;
  if (ownTablesCache.has(key)) return ownTablesCache.get(key);
  const names = new Set();
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.tables.ts')) {
        for (const m of readFileSync(path.join(d, e.name), 'utf8').matchAll(/pgTable\(\s*['"]([A-Za-z0-9_]+)['"]/g)) names.add(m[1]);
      }
    }
  };
  walk(dir);
  ownTablesCache.set(key, names);
  return names;
}

const WRITE_METHODS = new Set(['insert', 'update', 'delete']);
const SQL_WRITE = /\b(insert\s+into|delete\s+from|update)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?(\s+set\b)?/gi;
const SQL_WRITE_BEFORE_PLACEHOLDER = /\b(insert\s+into|delete\s+from|update)\s*"?$/i;

const noForeignWrite = {
  meta: {
    type: 'problem',
    docs: { description: 'A module writes only the tables it declares; other tables change through their owner’s functions' },
    schema: [],
    messages: {
      call: "Module '{{module}}' writes '{{table}}', which module '{{owner}}' owns: call a function of '{{owner}}' instead.",
      sql: "Module '{{module}}' writes table '{{table}}' in raw SQL; it declares no such table.",
    },
  },
  create(context) {
    const me = classify(context.filename);
    if (me.kind !== 'module' || me.test) return {};
    const sourceCode = context.sourceCode;

    /** The module that owns the imported binding `name` at `node`, when it is another module. */
    function foreignOwner(node, name) {
      let scope = sourceCode.getScope(node);
      while (scope) {
        const v = scope.set.get(name);
        if (v) {
          const def = v.defs[0];
          if (!def || def.type !== 'ImportBinding' || def.parent.type !== 'ImportDeclaration') return null;
          const target = resolveSpecifier(context.filename, def.parent.source.value);
          if (!target) return null;
          const it = classify(target);
          return it.kind === 'module' && it.module !== me.module ? it.module : null;
        }
        scope = scope.upper;
      }
      return null;
    }

    /** `orders` or `ns.orders`: the identifier the table object is reached through. */
    const rootName = (arg) => {
      if (arg?.type === 'Identifier') return { id: arg.name, shown: arg.name };
      if (arg?.type === 'MemberExpression' && arg.object.type === 'Identifier' && !arg.computed && arg.property.type === 'Identifier')
        return { id: arg.object.name, shown: `${arg.object.name}.${arg.property.name}` };
      return null;
    };

    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (!WRITE_METHODS.has(callee.property.name)) return;
        const r = rootName(node.arguments[0]);
        if (!r) return;
        const owner = foreignOwner(node, r.id);
        if (owner) context.report({ node, messageId: 'call', data: { module: me.module, table: r.shown, owner } });
      },
      TaggedTemplateExpression(node) {
        const tag =
          node.tag.type === 'Identifier'
            ? node.tag.name
            : node.tag.type === 'MemberExpression' && node.tag.object.type === 'Identifier'
              ? node.tag.object.name
              : null;
        if (tag !== 'sql') return;
        const { quasis, expressions } = node.quasi;
        const own = ownTables(me.srcRoot, me.module);
        const text = quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? ');
        for (const m of text.matchAll(SQL_WRITE)) {
          const verb = m[1].toLowerCase();
          // `for update`, `do update set`, `for no key update` lock or upsert; they name no table after `update`
          if (verb === 'update') {
            if (!m[3]) continue;
            const before = text.slice(0, m.index).trimEnd().toLowerCase();
            if (/\b(for|do|key)$/.test(before)) continue;
          }
          if (!own.has(m[2])) context.report({ node, messageId: 'sql', data: { module: me.module, table: m[2] } });
        }
        // `update ${orders} set …`: the table object is interpolated
        quasis.forEach((q, i) => {
          if (i >= expressions.length || !SQL_WRITE_BEFORE_PLACEHOLDER.test(q.value.cooked ?? q.value.raw)) return;
          const r = rootName(expressions[i]);
          if (!r) return;
          const owner = foreignOwner(node, r.id);
          if (owner) context.report({ node, messageId: 'call', data: { module: me.module, table: r.shown, owner } });
        });
      },
    };
  },
};

export const moduleBoundaries = {
  meta: { name: 'module-boundaries' },
  rules: { 'no-deep-import': noDeepImport, 'no-foreign-write': noForeignWrite },
};
