// Facts are written once, in limits.yaml, and looked up by dotted key ("members.personal.developers").
// A fact is a number or a list of strings (the platforms of R3, the surfaces of R48).
import type { Limits } from './types.ts';

export type FactValue = number | readonly string[];

const isStringList = (node: unknown): node is readonly string[] =>
  Array.isArray(node) && node.length > 0 && node.every((item) => typeof item === 'string');

/** The fact at `key`; throws on an unknown key or on anything that is not a number or a list of strings. */
export function lookupFactValue(limits: Limits, key: string): FactValue {
  let node: unknown = limits;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, part)) {
      throw new Error(`unknown fact "${key}" (no "${part}" in limits.yaml)`);
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'number' || isStringList(node)) return node;
  throw new Error(`fact "${key}" is not a number or a list of strings in limits.yaml`);
}

/** A number to compute with; throws when the fact is a list. */
export function lookupFact(limits: Limits, key: string): number {
  const value = lookupFactValue(limits, key);
  if (typeof value !== 'number') throw new Error(`fact "${key}" is not a number in limits.yaml`);
  return value;
}

/** How a fact reads in Chinese text: a number as digits, a list joined with the enumeration comma. */
export const factText = (value: FactValue): string => (typeof value === 'number' ? String(value) : value.join('、'));

const placeholder = /\{([a-zA-Z.]+)\}/g;

/** Replaces every {key} in a text with its fact; throws on an unknown key. */
export function fillFacts(text: string, limits: Limits): string {
  return text.replace(placeholder, (_, key: string) => factText(lookupFactValue(limits, key)));
}
