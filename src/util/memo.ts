/**
 * The value of `key` in `cache`, made by `make` and kept the first time it is asked for. Used for
 * what a build computes once and reads many times: by content (a WeakMap, kept as long as the
 * records are), by chart state, by Markdown text. `make` must not return undefined.
 */
export function cached<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
