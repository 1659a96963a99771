import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './run-tool.js';

// The layers of src/, left to right (DESIGN.md). A file may import its own
// layer and the layers to its left, never one to its right; folders that do
// not exist yet are fine. Files directly in src/ (index.ts, bundler.ts) are
// entries and may import any layer.
const LAYERS = [
  'core',
  'duration',
  'messages',
  'load',
  'model',
  'calendar',
  'recognition',
  'validate',
  'schedule',
  'export',
  'pages',
  'cli',
] as const;

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** The first folder below src/ of a path relative to src/, or undefined for an entry file. */
function layerOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

/**
 * The problems of one file's imports: an import of a layer to the right of
 * the file's own, of a folder that is not a layer, or of a Node built-in
 * (`node:fs`, or the bare `fs`) outside cli/. `file` is relative to src/,
 * with forward slashes.
 */
function importProblems(file: string, text: string): string[] {
  const own = layerOf(file);
  const problems: string[] = [];
  if (own !== undefined && !(LAYERS as readonly string[]).includes(own)) {
    return [`${file}: src/${own}/ is not a layer; add it to LAYERS in tests/quality/layers.test.ts and DESIGN.md`];
  }
  const { importedFiles } = ts.preProcessFile(text, true, true);
  for (const { fileName: specifier } of importedFiles) {
    if (specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] ?? '')) {
      if (own !== 'cli') problems.push(`${file}: imports the Node module '${specifier}'; only src/cli/ may (the library runs in browsers)`);
      continue;
    }
    if (!specifier.startsWith('.')) continue; // a package
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    if (target.startsWith('..')) {
      // The command reads the package's own package.json (its version); nothing else leaves src/.
      if (own !== 'cli') problems.push(`${file}: imports '${specifier}' from outside src/`);
      continue;
    }
    const layer = layerOf(target);
    if (own === undefined) continue;
    if (layer === undefined) {
      problems.push(`${file}: imports the entry '${specifier}'; entries import layers, not the other way round`);
      continue;
    }
    const from = LAYERS.indexOf(own as (typeof LAYERS)[number]);
    const to = LAYERS.indexOf(layer as (typeof LAYERS)[number]);
    if (to === -1) problems.push(`${file}: imports '${specifier}' from src/${layer}/, which is not a layer`);
    else if (to > from) problems.push(`${file}: ${own}/ imports '${specifier}' from ${layer}/, a layer to its right`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('layers', () => {
  it('no file in src/ imports a layer to its right, and only cli/ imports Node modules', () => {
    const src = join(root, 'src');
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((path) => importProblems(relative(src, path).split(sep).join('/'), readFileSync(path, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('catches imports to the right, Node modules outside cli/ and unknown folders', () => {
    expect(importProblems('core/a.ts', "import { x } from '../validate/rule.js';")).toEqual([
      "core/a.ts: core/ imports '../validate/rule.js' from validate/, a layer to its right",
    ]);
    expect(importProblems('load/a.ts', "import type { T } from '../schedule/plan.js';\nexport * from './b.js';")).toHaveLength(1);
    expect(importProblems('model/a.ts', "const m = await import('../export/ics.js');")).toHaveLength(1);
    expect(importProblems('schedule/a.ts', "import { x } from '../calendar/holidays.js';\nimport 'zod';")).toEqual([]);
    expect(importProblems('load/a.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(importProblems('core/a.ts', "const { createRequire } = require('module');")).toHaveLength(1);
    expect(importProblems('cli/a.ts', "import { readFileSync } from 'node:fs';\nimport { plan } from '../schedule/plan.js';")).toEqual([]);
    expect(importProblems('model/a.ts', "import pkg from '../../package.json';")).toHaveLength(1);
    expect(importProblems('utils/a.ts', "import { x } from '../core/errors.js';")).toHaveLength(1);
    expect(importProblems('core/a.ts', "import { x } from '../index.js';")).toHaveLength(1);
    expect(importProblems('bundler.ts', "import 'yaml';\nexport * from './index.js';\nimport { x } from './cli/run.js';")).toEqual([]);
  });
});
