/**
 * Results shared by the rules of one `validate()` call (Zwischenspeicher
 * eines Prüflaufs): the module index of a program, the analysed sessions
 * of an offering, the offering views. Each is computed on first use in a
 * call and dropped when the outermost call returns.
 *
 * Not a global WeakMap keyed by the documents, which is what this
 * replaced, nor one long-lived Map cleared after each call: a validate()
 * call usually sees freshly parsed documents, and a structure that lives
 * across calls while holding them made every young-generation collection
 * several times slower (validating 1,000 small programs spent a quarter of
 * its time there). The maps are created per call instead and die with it.
 */

const resets: ((open: boolean) => void)[] = [];
let openCalls = 0;

/**
 * Runs `run` as one validation call: memoised results live until the
 * outermost call returns (a custom rule may call validate() itself).
 */
export function inValidationCall<T>(run: () => T): T {
  if (openCalls++ === 0) for (const reset of resets) reset(true);
  try {
    return run();
  } finally {
    if (--openCalls === 0) for (const reset of resets) reset(false);
  }
}

/**
 * `compute`, memoised per key for the duration of a validation call;
 * outside one (a helper called on its own) every call computes afresh.
 */
export function callMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let memo: Map<K, V> | undefined;
  resets.push((open) => {
    memo = open ? new Map() : undefined;
  });
  return (key) => {
    if (memo === undefined) return compute(key);
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
