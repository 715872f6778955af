// The notice of what a 资格自查 address had that was ignored (address.ts says what and why), written
// into the page's #wz-notice region. One rendering for both kinds of page: a question's island shows
// it in place; an outcome's page, a static document, shows what the start page handed it on the way
// there (sessionStorage, read once). Built from text nodes: the tokens come from the address.
import type { Ignored } from '../lib/eligibility/address.ts';

/** The notice names this many ignored items, then counts the rest. */
const named = 3;
const stashKey = 'wz-ignored';
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function element(tag: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  e.append(...children);
  return e;
}

/** Shows the notice (or removes it, given nothing). */
export function showIgnored(ignored: readonly Ignored[]): void {
  const region = document.getElementById('wz-notice');
  if (!region) return;
  region.replaceChildren();
  if (ignored.length === 0) return;
  const items = ignored.slice(0, named).map((d) => element('li', '“', element('code', shorten(d.token)), `”：${d.why}`));
  if (ignored.length > named) items.push(element('li', `以及另外 ${ignored.length - named} 处`));
  const notice = element('div',
    element('p', element('strong', `地址中有 ${ignored.length} 处内容已忽略：`)), element('ul', ...items),
    element('p', '下面从仍然有效的回答继续。'));
  notice.className = 'wz-notice';
  region.append(notice);
}

/** Keeps the notice for the outcome's page the reader is sent to (lost, harmlessly, where storage is refused). */
export function stashIgnored(ignored: readonly Ignored[]): void {
  try { sessionStorage.setItem(stashKey, JSON.stringify(ignored)); } catch { /* the notice is lost, not the answers */ }
}

/** The stashed notice, once; nothing if none, or if what is stored is not a notice. */
export function takeStashedIgnored(): Ignored[] {
  try {
    const raw = sessionStorage.getItem(stashKey);
    sessionStorage.removeItem(stashKey);
    const list: unknown = JSON.parse(raw ?? '[]');
    const valid = Array.isArray(list) && list.every((d) => typeof d?.token === 'string' && typeof d?.why === 'string');
    return valid ? list as Ignored[] : [];
  } catch {
    return [];
  }
}
