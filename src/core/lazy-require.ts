import { CurriculaDependencyError } from './errors.js';

type Require = (id: string) => unknown;

const providers = new Map<string, () => unknown>();
const loaded = new Map<string, unknown>();
let base: string | undefined;
let nodeRequire: Require | undefined;

/** What needs each optional dependency, for the message when it cannot be loaded. */
const PURPOSE: Readonly<Record<string, string>> = {
  yaml: 'to locate problems in YAML text and to write YAML',
  'js-yaml': 'to read YAML text',
  'date-holidays': 'for public holidays',
  './messages-en.cjs': 'for English texts',
  './messages-de.cjs': 'for German texts',
  './recognition-profiles.cjs': 'for the built-in recognition profiles',
};

/**
 * Node's `require` for packages beside `base`, reached through
 * `process.getBuiltinModule` (Node 20.16, 22.3) rather than an import of
 * `node:module`: a static import of a Node module makes browser bundlers
 * (esbuild, Vite, webpack) refuse the whole package, and a `require`
 * written in the code makes webpack bundle a context of every file it might
 * name. Undefined outside Node or before an entry said where it is.
 */
function runtimeRequire(): Require | undefined {
  if (base === undefined) return undefined;
  const { process } = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  const nodeModule = process?.getBuiltinModule?.('module') as { createRequire?: (from: string) => Require } | undefined;
  return nodeModule?.createRequire?.(base);
}

/**
 * Tells {@link lazyRequire} where to resolve packages from that no provider
 * gives: the URL of the Node entry (src/node.ts), so that dependencies are
 * found in the package's own node_modules. The entry passes its
 * `import.meta.url`; the shared code never names `import.meta`, which
 * bundlers warn about in CommonJS and IIFE output.
 *
 * @internal
 */
export function resolveModulesFrom(url: string): void {
  base = url;
  nodeRequire = undefined;
}

/**
 * Loads a dependency on first use, synchronously, so the API stays
 * synchronous while heavy dependencies (the `yaml` document parser, needed
 * only for files with problems; date-holidays) stay out of the import path
 * until something needs them. Bundles get them from a provider: the
 * package's bundler entry (src/bundler.ts) and the command register static
 * loaders; plain Node resolves them from node_modules beside the package
 * (src/node.ts, {@link resolveModulesFrom}).
 *
 * @internal
 */
export function lazyRequire<T>(id: string): T {
  const ready = loaded.get(id);
  if (ready !== undefined) return ready as T;
  const provider = providers.get(id);
  let module: unknown;
  if (provider !== undefined) module = provider();
  else {
    nodeRequire ??= runtimeRequire();
    const what = id.startsWith('./') ? `its file ${id.slice(2)}` : `the package '${id}'`;
    const needed = `curricula needs ${what}${PURPOSE[id] === undefined ? '' : ` (${PURPOSE[id]})`}`;
    if (nodeRequire === undefined) {
      throw new CurriculaDependencyError(
        `${needed} and cannot load it here: ` +
          'bundle curricula with a bundler that applies the "module" export condition (esbuild, Vite, webpack and Rollup do by default), ' +
          'or run it on Node.js 20.16 or later with its dependencies installed.',
      );
    }
    try {
      module = nodeRequire(id);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
      throw new CurriculaDependencyError(
        `${needed} and cannot find it (${(error as Error).message.split('\n')[0]}): ` +
          'install the dependencies beside the bundle, or bundle curricula with a bundler that applies the "module" export condition, which includes them.',
      );
    }
  }
  loaded.set(id, module);
  return module as T;
}

/**
 * Tells {@link lazyRequire} how to load a module, still on first use. The
 * command line bundles its dependencies into one file and registers loaders
 * for them here, so it never resolves node_modules at run time; the bundler
 * entry registers the statically imported modules.
 *
 * @internal
 */
export function provideModule(id: string, load: () => unknown): void {
  providers.set(id, load);
}
