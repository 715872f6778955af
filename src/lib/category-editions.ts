// The official editions of the personal category table (content/categories/personal-editions.yaml):
// counting, diffing two editions, merging them into one tree for the browser, and the browser's
// ?edition= parameter and sentences. Pure and browser-safe: no DOM, no file system, no zod.
import type { TreeCounts } from './categories.ts';

/** A category as the editions hold it (CategoryNode from the rule data fits too). */
export interface EditionNode { name: string; children: readonly EditionNode[] }

/** What the browser needs to know about an edition (no tree). */
export interface EditionRef { id: string; date: string }

export const pathSeparator = '>';
const shown = (path: readonly string[]) => path.join(' › ');

export function countTree(tree: readonly EditionNode[]): TreeCounts {
  const level2 = tree.flatMap((n) => n.children);
  return { level1: tree.length, level2: level2.length, level3: level2.flatMap((n) => n.children).length };
}

export const countsText = (c: TreeCounts) => `共 ${c.level1} 个一级类目、${c.level2} 个二级类目、${c.level3} 个三级类目。`;

// ── diff ────────────────────────────────────────────────────────────────────────────────────────

export interface DiffEntry { path: string[]; level: number }
export interface Rename { from: string[]; to: string[] }
export interface EditionDiff {
  /** Every category of `to` not in `from`, at every level, in `to`'s order (a new parent and its children). */
  added: DiffEntry[];
  /** Every category of `from` not in `to`, at every level, in `from`'s order. */
  removed: DiffEntry[];
  /** A category whose name changed in place: same parent, a shared "/"-part of the name, one candidate each way. */
  renamed: Rename[];
  from: TreeCounts;
  to: TreeCounts;
}

const parts = (name: string) => new Set(name.split(/[/／、]/).map((s) => s.trim()).filter(Boolean));
const sharePart = (a: string, b: string) => { const pa = parts(a); return [...parts(b)].some((p) => pa.has(p)); };

function entries(node: EditionNode, path: string[]): DiffEntry[] {
  const own = [...path, node.name];
  return [{ path: own, level: own.length }, ...node.children.flatMap((c) => entries(c, own))];
}

function diffLevel(from: readonly EditionNode[], to: readonly EditionNode[], fromPath: string[], toPath: string[], out: EditionDiff) {
  const toNames = new Set(to.map((n) => n.name));
  const fromNames = new Set(from.map((n) => n.name));
  const gone = from.filter((n) => !toNames.has(n.name));
  const fresh = to.filter((n) => !fromNames.has(n.name));
  // A rename is only taken when it is unambiguous both ways.
  const renames = new Map<EditionNode, EditionNode>();
  for (const g of gone) {
    const candidates = fresh.filter((f) => sharePart(g.name, f.name));
    if (candidates.length !== 1) continue;
    const f = candidates[0]!;
    if (gone.filter((h) => sharePart(h.name, f.name)).length === 1) renames.set(g, f);
  }
  const renamedTo = new Set(renames.values());
  for (const n of from) {
    const match = to.find((m) => m.name === n.name);
    if (match) diffLevel(n.children, match.children, [...fromPath, n.name], [...toPath, n.name], out);
    else if (renames.has(n)) {
      const m = renames.get(n)!;
      out.renamed.push({ from: [...fromPath, n.name], to: [...toPath, m.name] });
      diffLevel(n.children, m.children, [...fromPath, n.name], [...toPath, m.name], out);
    } else out.removed.push(...entries(n, fromPath));
  }
  for (const m of to) if (!fromNames.has(m.name) && !renamedTo.has(m)) out.added.push(...entries(m, toPath));
}

/** What changed from one edition to another. Order changes are not differences. */
export function diffTrees(from: readonly EditionNode[], to: readonly EditionNode[]): EditionDiff {
  const out: EditionDiff = { added: [], removed: [], renamed: [], from: countTree(from), to: countTree(to) };
  diffLevel(from, to, [], [], out);
  const order = (tree: readonly EditionNode[]) => new Map(tree.flatMap((n) => entries(n, [])).map((e, i) => [e.path.join(pathSeparator), i]));
  const toOrder = order(to);
  out.added.sort((a, b) => toOrder.get(a.path.join(pathSeparator))! - toOrder.get(b.path.join(pathSeparator))!);
  return out;
}

/** Entries with no ancestor among them, each with its descendants' names (for "法律服务（含法律咨询、在线法律服务）"). */
export function topmost(list: readonly DiffEntry[]): { path: string[]; within: string[] }[] {
  const ids = new Set(list.map((e) => e.path.join(pathSeparator)));
  const hasAncestor = (e: DiffEntry) => e.path.slice(0, -1).some((_, i) => ids.has(e.path.slice(0, i + 1).join(pathSeparator)));
  return list.filter((e) => !hasAncestor(e)).map((e) => ({
    path: e.path,
    within: list
      .filter((d) => d.path.length > e.path.length && d.path.slice(0, e.path.length).join(pathSeparator) === e.path.join(pathSeparator))
      .map((d) => d.path.at(-1)!),
  }));
}

/** Top-most entries grouped by their parent, for one line per parent: "生活服务 › 票务、生活缴费、外送". */
export function groupByParent(list: readonly DiffEntry[]): { parent: string[]; items: { name: string; within: string[] }[] }[] {
  const groups: { parent: string[]; items: { name: string; within: string[] }[] }[] = [];
  for (const t of topmost(list)) {
    const parent = t.path.slice(0, -1);
    let g = groups.find((x) => x.parent.join(pathSeparator) === parent.join(pathSeparator));
    if (!g) { g = { parent, items: [] }; groups.push(g); }
    g.items.push({ name: t.path.at(-1)!, within: t.within });
  }
  return groups;
}

/** "与 2018-04 版指南相比：新增 13 项，删除 8 项" (every level counts; renames are named apart). */
export function diffSummary(diff: EditionDiff, guideId: string): string {
  if (!diff.added.length && !diff.removed.length && !diff.renamed.length) return `与 ${guideId} 版指南相比：类目相同。`;
  return `与 ${guideId} 版指南相比：新增 ${diff.added.length} 项，删除 ${diff.removed.length} 项` +
    (diff.renamed.length ? `，改名 ${diff.renamed.length} 项` : '') + '。';
}

export const renameText = (r: Rename) => `${shown(r.from)} → ${r.to.at(-1)}`;

// ── one tree for every edition ──────────────────────────────────────────────────────────────────

export interface UnionNode {
  name: string;
  path: string[];
  id: string;
  /** Per edition (in the order given): the position among its siblings, or null when absent. */
  positions: (number | null)[];
  children: UnionNode[];
}

/**
 * Every category of every edition in one tree, so the browser switches edition by showing, hiding
 * and reordering what the server rendered. Siblings follow the first edition given (the guide's),
 * and a category the first lacks follows its preceding sibling in the edition that has it.
 */
export function unionTree(trees: readonly (readonly EditionNode[])[], lead = 0, parent: string[] = []): UnionNode[] {
  const order = [lead, ...trees.map((_, i) => i).filter((i) => i !== lead)];
  const names: string[] = [];
  for (const e of order) {
    const list = trees[e]!;
    list.forEach((n, i) => {
      if (names.includes(n.name)) return;
      const before = list.slice(0, i).map((m) => m.name).filter((m) => names.includes(m)).at(-1);
      names.splice(before === undefined ? 0 : names.indexOf(before) + 1, 0, n.name);
    });
  }
  return names.map((name) => {
    const path = [...parent, name];
    const nodes = trees.map((list) => list.find((n) => n.name === name));
    return {
      name, path, id: path.join(pathSeparator),
      positions: trees.map((list) => { const i = list.findIndex((n) => n.name === name); return i < 0 ? null : i; }),
      children: unionTree(nodes.map((n) => n?.children ?? []), lead, path),
    };
  });
}

export const flattenUnion = (nodes: readonly UnionNode[]): UnionNode[] => nodes.flatMap((n) => [n, ...flattenUnion(n.children)]);

/** How a category of `edition` differs from the guide's table: "新增", "改名（指南中为“…”）" or nothing. */
export function badgeFor(id: string, diff: EditionDiff): string | null {
  const rename = diff.renamed.find((r) => r.to.join(pathSeparator) === id);
  if (rename) return `改名（指南中为“${rename.from.at(-1)}”）`;
  return diff.added.some((a) => a.path.join(pathSeparator) === id) ? '新增' : null;
}

// ── the address and the sentences the browser shows ─────────────────────────────────────────────

export interface EditionParam { edition: string; notice: string | null }

/** Reads ?edition= (an id such as 2018-07, or the edition's date); anything else gets a notice and the guide's edition. */
export function parseEditionParam(search: string, editions: readonly EditionRef[], guideId: string): EditionParam {
  const raw = new URLSearchParams(search).get('edition');
  if (raw === null) return { edition: guideId, notice: null };
  const value = raw.normalize('NFKC').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const found = editions.find((e) => e.id === value || e.date === value);
  if (found) return { edition: found.id, notice: null };
  const text = value.length > 20 ? `${value.slice(0, 20)}…` : value;
  return {
    edition: guideId,
    notice: (value === '' ? '链接中的类目表版本是空的' : `链接中的类目表版本“${text}”不存在`) +
      `，已显示 ${guideId} 版指南的类目表；其他版本可在“类目表版本”中选择。`,
  };
}

/** The label of an edition in a sentence: "2018-04 版指南" for the guide's, else "2018-07 版". */
export const editionName = (id: string, guideId: string) => (id === guideId ? `${id} 版指南` : `${id} 版`);

/**
 * Where a category was open to individuals, for a category missing from some edition:
 * "“丽人”在 2018-07、2018-09 版中开放给个人；2018-04 版指南中没有". Null when every edition has it.
 */
export function editionNote(label: string, inEditions: readonly string[], all: readonly string[], current: string, guideId: string): string | null {
  if (inEditions.length === all.length) return null;
  const where = inEditions.length ? `“${label}”在 ${inEditions.join('、')} 版中开放给个人` : `“${label}”不在任何一版中`;
  if (!inEditions.includes(current)) return `${where}；${editionName(current, guideId)}中没有。`;
  if (!inEditions.includes(guideId)) return `${where}；${editionName(guideId, guideId)}中没有。`;
  return `${where}。`;
}
