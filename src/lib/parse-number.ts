// Reading a count the way people type it: "５", " 3 个", "1,000". Anything else gets a Chinese
// message for the inline error; the caller never sees NaN, a fraction or an unsafe integer.
export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

export interface CountOptions {
  /** Largest sensible answer; above it the input is treated as a typing mistake. */
  max: number;
  /** Unit the reader may type after the number ("个", "组", "次"); "个" is always accepted. */
  unit?: string;
}

const plain = /^\d+$/;
const grouped = /^\d{1,3}(,\d{3})+$/;

export function parseCount(raw: string, { max, unit }: CountOptions): ParseResult {
  // Invisible format characters (Cf: zero-width space, bidi controls) pasted from a chat go, as in
  // text-normalise's stripInvisible, written out so the calculators do not load that module; NFKC
  // turns full-width digits, signs, commas and spaces into their ASCII forms.
  let text = raw.replace(/\p{Cf}/gu, '').normalize('NFKC').trim();
  if (text === '') return { ok: false, message: '请填写一个数字，例如 3。' };
  for (const u of new Set(['个', unit ?? '个'])) {
    if (text.endsWith(u)) text = text.slice(0, -u.length).trim();
  }
  if (text === '') return { ok: false, message: '请在单位前填写数字，例如 3。' };
  if (/^[-−]\s*\d/.test(text)) return { ok: false, message: '不能是负数，请填写 0 或更大的整数。' };
  if (/^\+?\d*[.．。]\d+$/.test(text) || /^\d+[.．]$/.test(text)) return { ok: false, message: '请填写整数，不能有小数。' };
  if (text.startsWith('+')) text = text.slice(1);
  if (!plain.test(text) && !grouped.test(text)) return { ok: false, message: '请只填写阿拉伯数字，例如 3。' };
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isSafeInteger(value) || value > max) {
    return { ok: false, message: `这个数字太大了，请填写不超过 ${max} 的整数。` };
  }
  return { ok: true, value };
}
