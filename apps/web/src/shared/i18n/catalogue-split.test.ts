import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const files = sourceFiles(SRC).map((f) => ({ path: relative(SRC, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

/** Run-time (not `import type`) imports of a language module (`x.zh-CN` / `x.en-US`). */
function runtimeLanguageImports(text: string): string[] {
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+\.(?:zh-CN|en-US))'/gm)].map((m) => m[1] ?? '');
}

// Each language is its own chunk (shared/i18n/index.ts loads the active one): a file holding
// both languages, or a component importing a language file, would put both in every page.
describe('i18n catalogues split by language', () => {
  it('keeps each language in its own files (x.zh-CN.ts and x.en-US.ts, not one x.i18n.ts)', () => {
    const both = files.filter((f) => /export const \w+ZhCN\b/.test(f.text) && /export const \w+EnUS\b/.test(f.text)).map((f) => f.path);
    expect(both, 'split with: node apps/web/scripts/split-i18n.mjs <file>').toEqual([]);
  });

  it('imports zh-CN modules at run time only from the zh-CN catalogue, en-US only from the en-US one', () => {
    const offenders = files.flatMap((f) =>
      runtimeLanguageImports(f.text)
        .filter((spec) => {
          const lang = spec.endsWith('.zh-CN') ? 'zh-CN' : 'en-US';
          // the language's catalogue, or another file of the same language (a lazy section's group)
          return f.path !== `shared/i18n/${lang}.ts` && !f.path.endsWith(`.${lang}.ts`);
        })
        .map((spec) => `${f.path} -> ${spec}`),
    );
    expect(offenders, 'use `import type` for the shape and hasTranslation() for a run-time check').toEqual([]);
  });
});
