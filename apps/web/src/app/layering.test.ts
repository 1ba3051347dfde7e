import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every relative import of `file`, as a path under src/ (e.g. `app/routes`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.\.?\/[^']+)'/g)].map((m) => m[1] ?? '');
  return specs.map((s) =>
    relative(SRC, resolve(dirname(file), s))
      .split('\\')
      .join('/'),
  );
}

function offenders(layer: string, forbidden: string): string[] {
  return sourceFiles(join(SRC, layer)).flatMap((f) =>
    importsOf(f)
      .filter((target) => target === forbidden || target.startsWith(`${forbidden}/`))
      .map((target) => `${relative(SRC, f)} -> ${target}`),
  );
}

// app/ composes the features (route table, shell); a feature that reached back into app/
// closed a cycle through the lazy route table, so shared pieces live in shared/ instead.
describe('web layering', () => {
  it('keeps features/ from importing app/', () => {
    expect(offenders('features', 'app')).toEqual([]);
  });

  it('keeps shared/ from importing app/', () => {
    expect(offenders('shared', 'app')).toEqual([]);
  });
});
