// Generates content/categories/personal-editions.yaml: the official personal-category tables
// (面向个人开发者开放的服务类目 / 个人主体小程序开放的服务类目), one edition per change, read from the
// copies kept by the public tracker github.com/wepyjs/weapp-document-tracker (an HTML→Markdown crawl
// of the official pages that keeps the tables as raw HTML).
//
//   node scripts/category-editions.ts [path-to-tracker-git-dir] [--check]
//
// The tracker is read with `git --git-dir=… show COMMIT:PATH`, so a bare clone is enough. --check
// writes nothing and fails when the committed file differs from what the tracker gives.
//
// Reading the tables (the D1 way, see ../shared/RULES.md; the table reading itself is shared with
// scripts/category-qualifications.ts in ./tracker-tables.ts): merged cells are restored from
// rowspan/colspan; a third-level cell that is "/" or blank means "no third level"; a row that has only
// its (merged) first-level cell — left behind when entries were deleted — is skipped. The output is
// deterministic: the same tracker gives the same bytes.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import {
  cellText, git, noThirdLevel, readGrid, ReadError, scalar, section, trackerDir, trackerUrl, versions, writeOrCheck, type Cell, type Version,
} from './tracker-tables.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(repoRoot, 'content/categories/personal-editions.yaml');

const guideFile = 'md/_debug_wxadoc_introduction_index.md';
const materialFile = 'md/_debug_wxadoc_product_material.md';
const guideHeading = '面向个人开发者开放的服务类目';
const materialHeading = '个人主体小程序开放的服务类目';

interface EditionSpec { id: string; date: string; commit: string; file: string; heading: string; document: 'guide' | 'material' }

/** The editions: every commit at which the personal table changed (the tracker's own dates). */
const specs: EditionSpec[] = [
  { id: '2017-06', date: '2017-06-16', commit: 'bbd6e517b5e54fbe94d3cf9a41f5d60cd1cc3c82', file: guideFile, heading: guideHeading, document: 'guide' },
  { id: '2017-11', date: '2017-11-02', commit: '80e2c96d97e45bdbe4e641de3fed8efdde71190d', file: guideFile, heading: guideHeading, document: 'guide' },
  { id: '2018-04', date: '2018-04-16', commit: 'bc58bc2f88d385dbcdadb443d36e35b545e70616', file: guideFile, heading: guideHeading, document: 'guide' },
  { id: '2018-07', date: '2018-07-04', commit: '8a3bcd2c766b24a44cdcc9b8f607de824c48e903', file: guideFile, heading: guideHeading, document: 'guide' },
  { id: '2018-09', date: '2018-09-11', commit: '75c679bd87c543462403df4c3fb717a11597f320', file: materialFile, heading: materialHeading, document: 'material' },
];
/** The guide's own edition (the site's seed, content/rules/categories.yaml). */
const guideEdition = '2018-04';

type Tree = Node[];
interface Node { name: string; children: Node[] }

// The tracker and the HTML-table reading (section, cell text, rowspan/colspan) are in ./tracker-tables.ts.

/** An extra column's value per row ("商业服务 › 律师" → "《律师执业资格证》"), by column name. */
type Extras = Map<string, Map<string, string>>;
interface Reading { tree: Tree; notes: string[]; extras: Extras }

/** The category tree of one personal table, read the D1 way. */
function readTable(markdown: string, heading: string): Reading {
  const body = section(markdown, heading);
  if (body === null) throw new ReadError(`no "## ${heading}" section`);
  const table = /<table\b[\s\S]*?<\/table>/i.exec(body)?.[0];
  if (!table) throw new ReadError(`no <table> under "## ${heading}"`);
  const { grid, columns } = readGrid(table);
  const head = grid[0]!.map((c) => c?.text ?? '');
  if (head[0] !== '一级分类' || head[1] !== '二级分类' || head[2] !== '三级分类') throw new ReadError(`unexpected header row: ${head.join(' | ')}`);

  const tree: Tree = [];
  const nodeOf = new Map<Cell, Node>();
  const thirdsSeen = new Set<Cell>();
  const emptyRows: string[] = [];
  const blankThirds: string[] = [];
  const missingThirds: string[] = [];
  const extras: Extras = new Map();
  grid.slice(1).forEach((slots, i) => {
    const row = i + 2;
    const [c1, c2, c3] = slots;
    if (!c1 || !c1.text) throw new ReadError(`row ${row}: no first-level category`);
    let l1 = nodeOf.get(c1);
    if (!l1) { l1 = { name: c1.text, children: [] }; nodeOf.set(c1, l1); tree.push(l1); }
    if (!c2) {
      if (c3) throw new ReadError(`row ${row}: a third-level cell without a second-level one`);
      emptyRows.push(l1.name); // left behind by deleted entries: the merged first-level cell spans it, nothing else
      return;
    }
    if (noThirdLevel(c2.text)) throw new ReadError(`row ${row}: empty second-level category under ${l1.name}`);
    let l2 = nodeOf.get(c2);
    if (!l2) {
      if (c2 === c1) throw new ReadError(`row ${row}: a cell spans the first two columns`);
      l2 = { name: c2.text, children: [] }; nodeOf.set(c2, l2); l1.children.push(l2);
    }
    if (!c3) { missingThirds.push(l2.name); }
    else if (!thirdsSeen.has(c3)) {
      thirdsSeen.add(c3);
      if (noThirdLevel(c3.text)) { if (c3.text !== '/' && c3.text !== '／') blankThirds.push(l2.name); }
      else if (c3 === c2) throw new ReadError(`row ${row}: a cell spans the second and third columns`);
      else l2.children.push({ name: c3.text, children: [] });
    }
    const label = [l1.name, l2.name, ...(c3 && !noThirdLevel(c3.text) ? [c3.text] : [])].join(' › ');
    for (let col = 3; col < columns; col++) {
      const name = grid[0]![col]?.text ?? `第 ${col + 1} 列`;
      const value = slots[col]?.text ?? '';
      if (!extras.has(name)) extras.set(name, new Map());
      extras.get(name)!.set(label, value === '' ? '（空）' : value);
    }
  });
  for (const l1 of tree) {
    if (l1.children.length === 0) throw new ReadError(`${l1.name} has no second-level categories`);
    for (const l2 of l1.children) {
      const names = l2.children.map((c) => c.name);
      if (new Set(names).size !== names.length) throw new ReadError(`${l1.name} > ${l2.name}: a third-level name appears twice`);
    }
    const names = l1.children.map((c) => c.name);
    if (new Set(names).size !== names.length) throw new ReadError(`${l1.name}: a second-level name appears twice`);
  }

  const notes: string[] = [];
  for (const name of emptyRows) notes.push(`“${name}”的合并单元格下有一行空行（删去条目后留下），已略过。`);
  if (blankThirds.length) notes.push(`${blankThirds.map((n) => `“${n}”`).join('、')}的三级类目格留空，按“无三级类目”读。`);
  if (missingThirds.length) notes.push(`${missingThirds.map((n) => `“${n}”`).join('、')}所在行没有三级类目格，按“无三级类目”读。`);
  for (const [name, rows] of extras) {
    const values = new Set(rows.values());
    notes.push(values.size === 1
      ? `原表另有“${name}”一列，各行均为“${[...values][0]}”。`
      : `原表另有“${name}”一列（本数据未收录）。`);
  }
  return { tree, notes, extras };
}

/**
 * The note on an extra column, over every copy with the same categories: the column can change while
 * the tree does not (2018-09-17: 商业服务 › 律师 gets 《律师执业资格证》), and a note read from the first
 * copy alone would say "各行均为“/”" for the whole span. Null when the column never changed.
 */
interface NoteSource { date: string; commit: string; url: string }
function extrasNote(
  name: string, first: Version, copies: { version: Version; extras: Extras }[], file: string,
): { note: string; sources: NoteSource[] } | null {
  const changes: string[] = [];
  const sources: NoteSource[] = [];
  let before = copies[0]!.extras.get(name) ?? new Map<string, string>();
  for (const { version, extras } of copies.slice(1)) {
    const now = extras.get(name) ?? new Map<string, string>();
    for (const [row, value] of now) {
      if (before.get(row) === value) continue;
      changes.push(`${version.date} 起“${row}”一行为“${value}”`);
      // The copy each change is read from, linked beside the note (noteSources).
      const url = `${trackerUrl}/blob/${version.commit}/${file}`;
      if (!sources.some((x) => x.commit === version.commit)) sources.push({ date: version.date, commit: version.commit, url });
    }
    before = now;
  }
  if (!changes.length) return null;
  const values = new Set(copies[0]!.extras.get(name)?.values());
  const start = values.size === 1 ? `${first.date} 的存档各行均为“${[...values][0]}”` : `${first.date} 的存档各行不一`;
  return { note: `原表另有“${name}”一列（本数据未收录）：${start}；${changes.join('；')}。`, sources };
}

// ── the editions ───────────────────────────────────────────────────────────────────────────────

const sameTree = (a: Tree, b: Tree): boolean => JSON.stringify(a) === JSON.stringify(b);

function tryRead(gitDir: string, v: Version, file: string, heading: string): Reading | null {
  try { return readTable(git(gitDir, ['show', `${v.commit}:${file}`]), heading); } catch { return null; }
}

function buildEditions(gitDir: string) {
  const history = new Map<string, Version[]>();
  return specs.map((spec) => {
    let text: string;
    try { text = git(gitDir, ['show', `${spec.commit}:${spec.file}`]); } catch {
      throw new ReadError(`${spec.id}: ${spec.commit}:${spec.file} is not in the tracker (is it the right repository?)`);
    }
    let reading: Reading;
    try { reading = readTable(text, spec.heading); } catch (e) {
      throw new ReadError(`${spec.id} (${spec.commit.slice(0, 9)}:${spec.file}): ${(e as Error).message}`);
    }
    if (!history.has(spec.file)) history.set(spec.file, versions(gitDir, spec.file));
    const list = history.get(spec.file)!;
    const at = list.findIndex((v) => v.commit === spec.commit);
    if (at < 0) throw new ReadError(`${spec.id}: ${spec.commit} does not change ${spec.file}`);
    if (list[at]!.date !== spec.date) throw new ReadError(`${spec.id}: the tracker dates ${spec.commit.slice(0, 9)} ${list[at]!.date}, not ${spec.date}`);
    // The last copy of the file that still has the same table (the table may be unchanged for a while).
    let last = list[at]!;
    const copies = [{ version: last, extras: reading.extras }];
    for (const v of list.slice(at + 1)) {
      const later = tryRead(gitDir, v, spec.file, spec.heading);
      if (!later || !sameTree(later.tree, reading.tree)) break;
      last = v;
      copies.push({ version: v, extras: later.extras });
    }
    const noteSources: NoteSource[] = [];
    const notes = reading.notes.map((n) => {
      const column = /^原表另有“(.+?)”一列/.exec(n)?.[1];
      const read = column ? extrasNote(column, list[at]!, copies, spec.file) : null;
      if (!read) return n;
      noteSources.push(...read.sources);
      return read.note;
    });
    const what = spec.document === 'guide' ? '官方指南' : '服务类目页面';
    return {
      id: spec.id,
      date: spec.date,
      label: `官方 ${spec.date} 版类目表（仅供参考，现行以平台为准）`,
      document: spec.document,
      source: {
        title: `${what} ${spec.date} 版“${spec.heading}”（weapp-document-tracker 存档）`,
        url: `${trackerUrl}/blob/${spec.commit}/${spec.file}`,
        commit: spec.commit,
        heading: spec.heading,
      },
      lastSeen: { date: last.date, commit: last.commit },
      notes,
      ...(noteSources.length ? { noteSources } : {}),
      tree: reading.tree,
    };
  });
}

// ── writing ────────────────────────────────────────────────────────────────────────────────────

/** A node in the shorthand of content/rules/categories.yaml: a name without children is a plain string. */
function flowNode(node: Node): string {
  return node.children.length === 0 ? scalar(node.name) : `{ name: ${scalar(node.name)}, children: [${node.children.map(flowNode).join(', ')}] }`;
}

function emit(editions: ReturnType<typeof buildEditions>, head: string): string {
  const out: string[] = [
    '# R27–R28 的各官方版本：面向个人开发者（个人主体）开放的服务类目表。',
    '# 由 scripts/category-editions.ts 从 github.com/wepyjs/weapp-document-tracker 的存档生成，请勿手改；重新生成：',
    '#   node scripts/category-editions.ts [tracker 的 git 目录]',
    '# 读法同 D1：按 <td rowspan> 还原合并单元格；三级类目格写“/”或留空即“无三级类目”；删去条目后留下的空行略过。',
    '# 树的写法同 content/rules/categories.yaml：没有 children 的二级类目即“无三级类目”。',
    '# date 是存档首次见到这份表的日期（变化发生在上一份存档之后、这一天或之前）；lastSeen 是表格未变的最后一份存档。',
    `# 读取的存档版本：${head}`,
    `guideEdition: "${guideEdition}"`,
    'editions:',
  ];
  for (const e of editions) {
    out.push(
      `  - id: "${e.id}"`,
      `    date: "${e.date}"`,
      `    label: ${scalar(e.label)}`,
      `    document: ${e.document}`,
      '    source:',
      `      title: ${scalar(e.source.title)}`,
      `      url: ${JSON.stringify(e.source.url)}`,
      `      commit: ${scalar(e.source.commit)}`,
      `      heading: ${scalar(e.source.heading)}`,
      `    lastSeen: { date: "${e.lastSeen.date}", commit: ${scalar(e.lastSeen.commit)} }`,
    );
    if (e.notes.length === 0) out.push('    notes: []');
    else { out.push('    notes:'); for (const n of e.notes) out.push(`      - ${scalar(n)}`); }
    if (e.noteSources) {
      out.push('    noteSources:');
      for (const x of e.noteSources) out.push(`      - { date: "${x.date}", commit: ${scalar(x.commit)}, url: ${JSON.stringify(x.url)} }`);
    }
    out.push('    tree:');
    for (const l1 of e.tree) {
      const allLeaves = l1.children.every((c) => c.children.length === 0);
      out.push(`      - name: ${scalar(l1.name)}`);
      if (allLeaves) out.push(`        children: [${l1.children.map((c) => scalar(c.name)).join(', ')}]`);
      else { out.push('        children:'); for (const l2 of l1.children) out.push(`          - ${flowNode(l2)}`); }
    }
  }
  return out.join('\n') + '\n';
}

/** The shorthand back to nodes, to check that the YAML reads back as what was read. */
type Shorthand = string | { name: string; children: Shorthand[] };
const fromShorthand = (s: Shorthand): Node => (typeof s === 'string' ? { name: s, children: [] } : { name: s.name, children: s.children.map(fromShorthand) });

const count = (tree: Tree) => [tree.length, tree.flatMap((n) => n.children).length, tree.flatMap((n) => n.children).flatMap((n) => n.children).length];

function main(argv: string[]) {
  const check = argv.includes('--check');
  const gitDir = trackerDir(argv, 'scripts/category-editions.ts', 'content/categories/personal-editions.yaml');

  const head = git(gitDir, ['rev-parse', 'HEAD']).trim();
  const editions = buildEditions(gitDir);
  const text = emit(editions, head);
  const back = yaml.load(text) as { editions: { id: string; tree: Shorthand[] }[] };
  editions.forEach((e, i) => {
    if (!sameTree(back.editions[i]!.tree.map(fromShorthand), e.tree)) throw new ReadError(`${e.id}: the YAML does not read back as the table`);
  });

  for (const e of editions) {
    const notes = e.notes.length ? `  (${e.notes.length} note${e.notes.length > 1 ? 's' : ''})` : '';
    console.log(`${e.id}  ${count(e.tree).join(' / ')}  ${e.source.commit.slice(0, 9)} … ${e.lastSeen.date}${notes}`);
  }
  const rel = outFile.slice(repoRoot.length + 1);
  writeOrCheck(outFile, rel, text, check, 'scripts/category-editions.ts');
}

if (import.meta.main) {
  try { main(process.argv.slice(2)); } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    console.error(`无法读取类目表 / Cannot read a category table: ${e.message}`);
    process.exit(1);
  }
}

export { readTable, readGrid, cellText };
