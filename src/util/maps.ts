/** The two map idioms the engine and rules use everywhere: a value worked out once per key, and lists by key. */

type AnyMap<K, V> = Map<K, V> | (K extends object ? WeakMap<K, V> : never);

/** The value for `key`, computed on first request (an undefined answer is remembered too). */
export function memoized<K, V>(cache: AnyMap<K, V>, key: K, compute: () => V): V {
  const map = cache as Map<K, V>;
  if (map.has(key)) return map.get(key) as V;
  const value = compute();
  map.set(key, value);
  return value;
}

/** Appends `value` to the list under `key`, creating the list on first use. */
export function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
