/**
 * The `curricula` executable (dist/cli.cjs): runs the command's bundle
 * (dist/cli-run.cjs, built from src/cli/main.ts) with V8's code cache, the
 * way Node 22's `module.enableCompileCache()` does, which Node 20 lacks.
 * Compiling the 650 kB bundle was a third of a short run's time; with the
 * cache a run starts from the code an earlier run compiled (about 25 ms less
 * on the 2-core bench machine). The first run, and any run where the cache
 * cannot be used, compiles as Node would: the cache is an optimisation,
 * never a condition.
 *
 * The cache is one file per bundle content, Node version and architecture
 * in `<tmpdir>/curricula-compile-cache-<uid>`, a folder only its owner may
 * write (it is not used otherwise). `NODE_DISABLE_COMPILE_CACHE=1`, Node's
 * own switch, turns it off.
 *
 * @example
 * ```sh
 * npx curricula validate "programs/*.yaml"
 * ```
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

type ModuleWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

const bundle = join(__dirname, 'cli-run.cjs');
// Without its first line (the #! line): the bundle is compiled as a function body.
const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const cacheFile = cachePath(source);
const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
// Node's module wrapper, on the bundle's first line so that its line numbers stay as they are.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  ...(cachedData === undefined ? {} : { cachedData }),
});
if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
  // Written at exit, so that it holds the functions this run compiled too, not only the top level.
  process.once('exit', () => writeCache(cacheFile, script.createCachedData()));
}
const module = { exports: {} };
(script.runInThisContext() as ModuleWrapper).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));

/** Where this bundle's cache is, or undefined when there is no folder to trust with it. */
function cachePath(text: string): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const uid = process.getuid?.();
    const dir = join(tmpdir(), `curricula-compile-cache-${uid ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = statSync(dir);
    // Code from a folder someone else can write would run as this user: only our own, closed one.
    if (!info.isDirectory() || (uid !== undefined && info.uid !== uid) || (process.platform !== 'win32' && (info.mode & 0o022) !== 0)) return undefined;
    // V8 checks a cache's source by its length only: the content is in the name.
    const key = createHash('sha256').update(text).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 32);
    return join(dir, `cli-${key}.v8`);
  } catch {
    return undefined;
  }
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): void {
  // Another run may write the same file: each writes its own and renames it into place.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // No cache this time: the next run compiles again.
  }
}
