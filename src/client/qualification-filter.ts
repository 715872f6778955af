// Brings a qualification table (src/components/qualifications/QualificationTable.astro) to life: the
// text filter over category names and documents (with everyday words: 网约车, 律所, 外卖), "only rows
// that list documents", ?q=&only=documents in the address, and — when the chosen subject's table has
// no such category — where another subject's table has it. Thin DOM code over
// src/lib/qualification-filter.ts; every row is already in the page, so filtering only hides rows.
import {
  findElsewhere, haystack, matches, missingText, parseQualificationParams, qualificationSearch, understandQuery,
  type ElsewhereHit, type OtherTable,
} from '../lib/qualification-filter.ts';
import { categoryAnchor } from '../lib/qualifications.ts';
import type { CategorySynonyms } from '../lib/category-synonyms.ts';

const parseJson = <T>(text: string | undefined, fallback: T): T => {
  try { return JSON.parse(text ?? '') as T; } catch { return fallback; }
};

const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });

/** What the reader looked for is not in this subject's table: says so, and lists where another subject's table has it. */
function showMissing(missing: HTMLElement, tableName: string, elsewhere: ElsewhereHit[], query: string): void {
  const p = document.createElement('p');
  p.textContent = missingText(tableName, query, elsewhere);
  missing.append(p);
  for (const e of elsewhere) {
    // One list per table, named when there is more than one.
    if (elsewhere.length > 1) missing.append(Object.assign(document.createElement('p'), { className: 'q-elsewhere-label', textContent: `${e.label}：` }));
    const links = e.paths.map((path) => link(`${e.href}#${encodeURIComponent(categoryAnchor(path))}`, path.join(' › ')));
    if (e.total > e.paths.length) links.push(link(e.href + qualificationSearch(query, false), `在${e.label}中查看全部 ${e.total} 个`));
    const ul = document.createElement('ul');
    ul.append(...links.map((a) => { const li = document.createElement('li'); li.append(a); return li; }));
    missing.append(ul);
  }
}

export function initQualificationFilter(): void {
  const root = document.querySelector<HTMLElement>('[data-q-browser]');
  if (!root) return;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const input = q<HTMLInputElement>('#q-filter');
  const only = q<HTMLInputElement>('[data-only]');
  const status = q<HTMLElement>('[data-status]');
  const missing = q<HTMLElement>('[data-missing]');
  const notices = q<HTMLElement>('[data-notices]');
  const synonyms = parseJson<CategorySynonyms>(root.dataset.synonyms, {});
  const others = parseJson<OtherTable[]>(root.dataset.others, []);
  const tableName = root.dataset.tableName ?? '';

  // Each row's text, read once: its name, its documents and its 备注 (not "未列出资质文件").
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-row]')].map((tr) => ({
    tr,
    docs: tr.hasAttribute('data-docs'),
    text: haystack([...tr.querySelectorAll('[data-name], [data-docs-text] li, [data-note]')].map((n) => n.textContent ?? '')),
  }));
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];

  function render(write: boolean) {
    const understood = understandQuery(input.value, synonyms);
    let shown = 0;
    let found = 0;
    for (const r of rows) {
      const hit = matches(r.text, understood);
      if (hit) found++;
      const on = hit && (!only.checked || r.docs);
      r.tr.hidden = !on;
      if (on) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('tr[data-row]:not([hidden])');
    const filtering = understood.terms.length > 0;
    const also = understood.also.length ? `（也搜索了：${understood.also.join('、')}）` : '';
    status.textContent = filtering || only.checked
      ? (shown ? `显示 ${shown} 个类目${only.checked ? '（只看列出资质文件的）' : ''}${also}` : `没有匹配的类目${also}`)
      : '';
    // Not in this subject's table: say so, and where another subject's table has it.
    missing.replaceChildren();
    if (filtering && found === 0) showMissing(missing, tableName, findElsewhere(others, understood), input.value);
    if (write) {
      const search = qualificationSearch(input.value, only.checked);
      if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
    }
  }

  input.addEventListener('input', () => render(true));
  only.addEventListener('change', () => render(true));
  // From here the filter works; the markup rendered it disabled until this code ran.
  input.disabled = false;
  only.disabled = false;

  const parsed = parseQualificationParams(location.search);
  if (parsed.notices.length) {
    notices.replaceChildren(...parsed.notices.map((n) => Object.assign(document.createElement('p'), { textContent: n })));
    notices.hidden = false;
  }
  input.value = parsed.q;
  only.checked = parsed.onlyDocuments;
  render(false);
  // A deep link (#c-…) to a row the address's filter hides still shows that row.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target?.hasAttribute('data-row') && (target as HTMLElement).hidden) {
    (target as HTMLElement).hidden = false;
    target.closest<HTMLElement>('[data-group]')!.hidden = false;
  }
  target?.scrollIntoView({ block: 'center' });
}
