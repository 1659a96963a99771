// An app that depends on curricula the way users' apps do: a folder with
// node_modules/curricula (a link to this repository, so the built dist/ and
// package.json's exports are what resolves), bundled with esbuild.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A bundled app: its one output file and the files esbuild took into it (absolute paths, links resolved). */
export interface BundledApp {
  file: string;
  inputs: string[];
  /** Removes the app's folders. */
  remove(): void;
}

/**
 * Bundles `source` (an ES module that imports 'curricula') into one file
 * in a fresh folder outside any node_modules, with esbuild's defaults for
 * the platform: the export conditions a user's bundle gets.
 */
export async function bundleApp(
  source: string,
  options: { platform: 'browser' | 'node'; format: 'iife' | 'esm' | 'cjs'; banner?: BuildOptions['banner']; outName: string },
): Promise<BundledApp> {
  if (!existsSync(join(ROOT, 'dist', 'bundler.js')) || !existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: build first with `npm run build` (npm test does)');
  }
  const project = mkdtempSync(join(tmpdir(), 'curricula-app-'));
  const out = mkdtempSync(join(tmpdir(), 'curricula-bundle-'));
  const remove = (): void => {
    rmSync(project, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  };
  try {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'curricula'), 'dir');
    writeFileSync(join(project, 'app.mjs'), source);
    const file = join(out, options.outName);
    const result = await build({
      entryPoints: [join(project, 'app.mjs')],
      absWorkingDir: project,
      bundle: true,
      platform: options.platform,
      format: options.format,
      ...(options.banner ? { banner: options.banner } : {}),
      outfile: file,
      metafile: true,
      logLevel: 'silent',
    });
    if (result.warnings.length > 0) throw new Error(`esbuild warned: ${result.warnings.map((w) => w.text).join('; ')}`);
    const meta: Metafile = result.metafile!;
    return { file, inputs: Object.keys(meta.inputs).map((input) => resolve(project, input)), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
