// Numbers are written once, in limits.yaml, and looked up by dotted key ("members.personal.developers").
import type { Limits } from './types.ts';

export function lookupFact(limits: Limits, key: string): number {
  let node: unknown = limits;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) {
      throw new Error(`unknown fact "${key}" (no "${part}" in limits.yaml)`);
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'number') throw new Error(`fact "${key}" is not a number in limits.yaml`);
  return node;
}

const placeholder = /\{([a-zA-Z.]+)\}/g;

/** Replaces every {key} in a text with its number; throws on an unknown key. */
export function fillFacts(text: string, limits: Limits): string {
  return text.replace(placeholder, (_, key: string) => String(lookupFact(limits, key)));
}
