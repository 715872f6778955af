// Calculator inputs mirrored in the query string, so a result can be shared. Values are read as
// plain text (capped in length), choices are whitelisted, and nothing read here is ever HTML.
export const maxParamLength = 40;

/** The raw text of a parameter, or null when absent; overlong values are cut. */
export function readText(search: string, key: string): string | null {
  const value = new URLSearchParams(search).get(key);
  return value === null ? null : value.slice(0, maxParamLength);
}

/** A parameter that must be one of `allowed`: the value, or invalid (present but unknown), or absent. */
export function readChoice<T extends string>(search: string, key: string, allowed: readonly T[]): { value: T | null; invalid: boolean } {
  const value = readText(search, key);
  const match = allowed.find((a) => a === value) ?? null;
  return { value: match, invalid: value !== null && !match };
}

/** The query string with `updates` applied (null or "" removes a key); other keys are kept. */
export function withParams(search: string, updates: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value.slice(0, maxParamLength));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
