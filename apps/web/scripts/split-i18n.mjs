// Split `x.i18n.ts` files that hold both languages (`export const fooZhCN = {…}` and
// `export const fooEnUS: typeof fooZhCN = {…}`) into `x.zh-CN.ts` and `x.en-US.ts`, so each
// language lands in its own chunk, and point shared/i18n/zh-CN.ts and en-US.ts at the new files.
//   node apps/web/scripts/split-i18n.mjs apps/web/src/features/foo/foo.i18n.ts [...]
// Other importers of the old file are listed: they should use hasTranslation() (shared/i18n)
// instead of reading the zh-CN object at run time, and `import type` for its shape.
import { readFileSync, writeFileSync, unlinkSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const i18nDir = join(src, 'shared', 'i18n');

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function importedNames(line) {
  const m = /\{([^}]*)\}/.exec(line);
  return m
    ? m[1]
        .split(',')
        .map((s) =>
          s
            .replace(/^\s*type\s+/, '')
            .trim()
            .split(/\s+as\s+/)
            .pop(),
        )
        .filter(Boolean)
    : [];
}

function keepUsedImports(imports, body) {
  return imports.flatMap((line) => {
    const used = importedNames(line).filter((n) => new RegExp(`\\b${n}\\b`).test(body));
    if (used.length === 0) return [];
    const from = /from\s+'[^']+'/.exec(line)[0];
    const isType = /^import type/.test(line);
    return [`import ${isType ? 'type ' : ''}{ ${used.join(', ')} } ${from};`];
  });
}

for (const arg of process.argv.slice(2)) {
  const file = resolve(arg);
  const text = readFileSync(file, 'utf8');
  const en = /export const (\w+)EnUS: typeof (\w+)ZhCN = \{/.exec(text);
  if (!en) throw new Error(`${arg}: no "export const xEnUS: typeof xZhCN = {" found`);
  const name = en[1];
  // the en-US part starts at its export, or at the comment block right above it
  let cut = en.index;
  const before = text.slice(0, cut).split('\n');
  before.pop(); // the (empty) start of the export line
  while (before.length && /^\s*(\/\/|\/\*\*|\*|\*\/)/.test(before[before.length - 1])) before.pop();
  cut = before.join('\n').length + 1;
  const head = text.slice(0, cut);
  const enPart = text.slice(cut);
  const importLines = [];
  const headLines = head.split('\n');
  // collect (possibly multi-line) import statements at the top of the file
  let i = 0;
  while (i < headLines.length && (/^import /.test(headLines[i]) || headLines[i].trim() === '')) {
    if (/^import /.test(headLines[i])) {
      let stmt = headLines[i];
      while (!/from\s+'[^']+';?\s*$/.test(stmt)) stmt += ' ' + headLines[++i].trim();
      importLines.push(stmt.replace(/\s+/g, ' '));
    }
    i++;
  }
  const zhBody = headLines.slice(i).join('\n').trimEnd() + '\n';
  const enBody = enPart.trimEnd() + '\n';
  const base = basename(file).replace(/\.i18n\.ts$/, '');
  const dir = dirname(file);
  const zhImports = keepUsedImports(importLines, zhBody);
  const enImports = [`import type { ${name}ZhCN } from './${base}.zh-CN';`, ...keepUsedImports(importLines, enBody)];
  const hasDoc = /^\s*\/\*\*|^\s*\/\//.test(enBody);
  const enDoc = hasDoc ? '' : `/** en-US, typed against zh-CN: a missing or extra key does not compile. */\n`;
  writeFileSync(join(dir, `${base}.zh-CN.ts`), (zhImports.length ? zhImports.join('\n') + '\n\n' : '') + zhBody);
  writeFileSync(join(dir, `${base}.en-US.ts`), enImports.join('\n') + '\n\n' + enDoc + enBody);
  unlinkSync(file);
  for (const [lang, catalogue] of [
    ['zh-CN', 'zh-CN.ts'],
    ['en-US', 'en-US.ts'],
  ]) {
    const p = join(i18nDir, catalogue);
    let rel = relative(i18nDir, join(dir, base)).split('\\').join('/');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    const old = readFileSync(p, 'utf8');
    const next = old.replace(`from '${rel}.i18n'`, `from '${rel}.${lang}'`);
    if (next === old) console.warn(`${catalogue}: no import of ${rel}.i18n to repoint`);
    writeFileSync(p, next);
  }
  const oldSpec = `/${base}.i18n'`;
  for (const f of sourceFiles(src)) {
    if (readFileSync(f, 'utf8').includes(oldSpec)) console.warn(`${relative(src, f)} still imports ${base}.i18n`);
  }
  console.log(`split ${relative(src, file)} -> ${base}.zh-CN.ts, ${base}.en-US.ts`);
}
