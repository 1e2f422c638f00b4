/** Looking entries up by reference. The content check has already stopped the build for any reference that points nowhere. */
import type { Ref } from '../entries';

/** The entries that the references name, in the references' order. */
export function resolveRefs<T extends { id: string }>(refs: readonly Ref[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return refs.map((ref) => byId.get(ref.id)).filter((item): item is T => item !== undefined);
}

/** The entry a reference names, or undefined. */
export function resolveRef<T extends { id: string }>(ref: Ref | undefined, items: readonly T[]): T | undefined {
  return ref ? items.find((item) => item.id === ref.id) : undefined;
}
