// The calculators' inputs mirrored in the query string (src/lib/site-params.ts lists the names), so
// a result can be shared. Values are read whole as plain text, never a prefix of them: an overlong
// value is refused, not cut; choices are whitelisted; other parameters (WeChat's
// `from=singlemessage`, `utm_*`) are left alone. Nothing read here is ever HTML.

/** Longest value read: far more than any real value, short enough to show in a message. */
export const maxParamLength = 256;

/** The raw text of a parameter, or null when absent or refused as overlong (see `readParam`). */
export function readText(search: string, key: string): string | null {
  const value = new URLSearchParams(search).get(key);
  return value !== null && value.length > maxParamLength ? null : value;
}

/** A parameter's value (null when absent or refused) and, when refused, why: a Chinese sentence. */
export function readParam(search: string, key: string): { value: string | null; refused: string | null } {
  const value = new URLSearchParams(search).get(key);
  return value !== null && value.length > maxParamLength
    ? { value: null, refused: `链接中的“${key}”过长（${value.length} 个字符），已忽略。` }
    : { value, refused: null };
}

/** A parameter that must be one of `allowed`: the value, or invalid (present but unknown), or absent. */
export function readChoice<T extends string>(search: string, key: string, allowed: readonly T[]): { value: T | null; invalid: boolean } {
  const value = new URLSearchParams(search).get(key);
  const match = allowed.find((a) => a === value) ?? null;
  return { value: match, invalid: value !== null && !match };
}

/** The query string with `updates` applied (null or "" removes a key); other keys are kept, values whole. */
export function withParams(search: string, updates: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
