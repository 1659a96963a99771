import { createRequire } from 'node:module';

const providers = new Map<string, () => unknown>();
const loaded = new Map<string, unknown>();
let nodeRequire: NodeRequire | undefined;

/**
 * Loads a dependency on first use, synchronously, so the API stays
 * synchronous while heavy dependencies (the `yaml` document parser, needed
 * only for files with problems; date-holidays) stay out of the import path
 * and out of users' bundles until something needs them.
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
    nodeRequire ??= createRequire(import.meta.url);
    module = nodeRequire(id);
  }
  loaded.set(id, module);
  return module as T;
}

/**
 * Tells {@link lazyRequire} how to load a module, still on first use. The
 * command line bundles its dependencies into one file and registers loaders
 * for them here, so it never resolves node_modules at run time.
 *
 * @internal
 */
export function provideModule(id: string, load: () => unknown): void {
  providers.set(id, load);
}
