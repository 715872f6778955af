// Reading one copy of the page 特殊行业所需资质材料 / 小程序开放的服务类目 into rows (one per category),
// for scripts/category-qualifications.ts. The HTML-table reading itself is ./tracker-tables.ts.
import {
  cellLines, cellText, isSlash, noThirdLevel, readGrid, ReadError, section, type Cell, type CutSpan,
} from './tracker-tables.ts';

export type Subject = 'all' | 'enterprise' | 'personal' | 'overseas';
/** text: has content; slash: "/"; empty: a blank cell; missing: the row has no cell there; no-column: the table has no such column. */
export type CellState = 'text' | 'slash' | 'empty' | 'missing';
export type NoteState = CellState | 'no-column';

export interface QualificationRow {
  level1: string;
  level2: string | null;
  level3: string | null;
  /** The documents cell's lines, verbatim (empty unless documentsCell is text). */
  documents: string[];
  documentsCell: CellState;
  /** The 备注 cell verbatim (lines joined by "\n"), or null. */
  note: string | null;
  noteCell: NoteState;
}

export interface TableReading { columns: string[]; records: QualificationRow[]; notes: string[] }

/** The page's title and its caveat sentence ("…本文档仅供参考。"), the line just under the title. */
export function readPageHead(markdown: string): { title: string; caveat: string } {
  const lines = markdown.split('\n');
  const at = lines.flatMap((l, i) => (l.includes('本文档仅供参考') ? [i] : []));
  if (at.length !== 1) throw new ReadError(`expected one caveat line ("…本文档仅供参考"), found ${at.length}`);
  let t = at[0]! - 1;
  while (t >= 0 && lines[t]!.trim() === '') t--;
  const title = cellText(lines[t]?.replace(/^#+\s*/, '') ?? '');
  if (!title) throw new ReadError('no title above the caveat');
  return { title, caveat: cellText(lines[at[0]!]!) };
}

const columnKinds: [kind: 'level1' | 'level2' | 'level3' | 'documents' | 'note', pattern: RegExp][] = [
  ['level1', /^一级(类目|分类)$/], ['level2', /^二级(类目|分类)$/], ['level3', /^三级(类目|分类)$/], ['documents', /资质文件$/], ['note', /^备注$/],
];

function cellState(cell: Cell | undefined): CellState {
  if (!cell) return 'missing';
  if (cell.text === '') return 'empty';
  return isSlash(cell.text) ? 'slash' : 'text';
}

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join('、');

type Grid = (Cell | undefined)[][];
/** Where the third-level, documents and 备注 columns are (the first two are always 一级, 二级). */
interface Columns { c3: number | undefined; cDocs: number; cNote: number | undefined }

function readColumns(head: string[]): Columns {
  const col = new Map<string, number>();
  head.forEach((name, i) => {
    const kind = columnKinds.find(([, p]) => p.test(name))?.[0];
    if (!kind || col.has(kind)) throw new ReadError(`unexpected header row: ${head.join(' | ')}`);
    col.set(kind, i);
  });
  if (col.get('level1') !== 0 || col.get('level2') !== 1 || !col.has('documents')) throw new ReadError(`unexpected header row: ${head.join(' | ')}`);
  return { c3: col.get('level3'), cDocs: col.get('documents')!, cNote: col.get('note') };
}

/** The rows read as records, and what the notes say about the rest: rows skipped, cells read as "none". */
interface Rows {
  records: QualificationRow[];
  /** grid row → its record, to name rows in notes */
  rowOf: Map<number, QualificationRow>;
  leftovers: string[];
  blank2: string[];
  blank3: string[];
  missing3: string[];
}

function readRows(grid: Grid, { c3, cDocs, cNote }: Columns): Rows {
  const rows: Rows = { records: [], rowOf: new Map(), leftovers: [], blank2: [], blank3: [], missing3: [] };
  grid.slice(1).forEach((slots, i) => {
    const row = i + 2;
    const [s1, s2] = slots;
    if (!s1 || !s1.text) throw new ReadError(`row ${row}: no first-level category`);
    if (!s2) {
      // Left behind by deleted entries: the row holds only a (merged) first-level cell (D1).
      rows.leftovers.push(s1.text);
      return;
    }
    if (s2 === s1) throw new ReadError(`row ${row}: a cell spans the first two columns`);
    const level2 = noThirdLevel(s2.text) ? null : s2.text;
    let level3: string | null = null;
    if (c3 !== undefined) {
      const s3 = slots[c3];
      if (!s3) rows.missing3.push(`${s1.text} > ${s2.text}`);
      else if (s3 === s2) throw new ReadError(`row ${row}: a cell spans the second and third columns`);
      else if (!noThirdLevel(s3.text)) level3 = s3.text;
      else if (s3.text === '') rows.blank3.push(`${s1.text} > ${s2.text}`);
    }
    if (level2 === null) {
      if (level3 !== null) throw new ReadError(`row ${row}: a third level without a second one under ${s1.text}`);
      if (s2.text === '') rows.blank2.push(s1.text); else throw new ReadError(`row ${row}: second-level category "/" under ${s1.text}`);
    }
    const docs = slots[cDocs];
    const documentsCell = cellState(docs);
    const noteSlot = cNote === undefined ? undefined : slots[cNote];
    const noteCell: NoteState = cNote === undefined ? 'no-column' : cellState(noteSlot);
    const record: QualificationRow = {
      level1: s1.text, level2, level3,
      documents: documentsCell === 'text' ? cellLines(docs!.html) : [],
      documentsCell,
      note: noteCell === 'text' ? cellLines(noteSlot!.html).join('\n') : null,
      noteCell,
    };
    rows.records.push(record);
    rows.rowOf.set(row - 1, record);
  });
  return rows;
}

const rowName = (r: QualificationRow | undefined) =>
  (r ? [r.level1, r.level2, r.level3].filter((x) => x !== null).join(' > ') : '（空行）');

/** The documents and 备注 columns' merged cells, each read into every row it covers: which rows share one. */
function mergedCellNotes(grid: Grid, head: string[], { cDocs, cNote }: Columns, { records, rowOf }: Rows): string[] {
  const notes: string[] = [];
  for (const c of [cDocs, cNote]) {
    if (c === undefined) continue;
    const spans = new Map<Cell, QualificationRow[]>();
    grid.forEach((slots, g) => {
      const s = slots[c];
      const r = rowOf.get(g);
      if (s && r && s.rowspan > 1 && cellState(s) === 'text') spans.set(s, [...(spans.get(s) ?? []), r]);
    });
    const groups = [...spans.values()].filter((rs) => rs.length > 1).map((rs) => {
      const l1s = [...new Set(rs.map((r) => r.level1))];
      const l2s = [...new Set(rs.map((r) => r.level2 ?? ''))];
      const whole = l1s.length === 1 && records.filter((r) => r.level1 === l1s[0]).length === rs.length;
      const label = l1s.length > 1 ? rs.map(rowName).join('、') : whole && l2s.length > 1 ? l1s[0] : `${l1s[0]} > ${l2s.join('、')}`;
      return `${label}（${rs.length} 行）`;
    });
    if (groups.length) notes.push(`“${head[c]}”一列有合并单元格，按它覆盖的每一行逐行记入同一内容：${groups.join('；')}。`);
  }
  return notes;
}

/** The notes on how this copy's table was read, in a fixed order. */
function readingNotes(html: string, subject: Subject, cols: Columns, rows: Rows, cut: CutSpan[], head: string[]): string[] {
  const { blank2, blank3, missing3, leftovers, rowOf } = rows;
  const notes: string[] = [];
  if (subject === 'all') notes.push('该版页面只有这一张表，不按主体类型分表，也没有说明它适用于哪些主体；记为 subject: all。它只列需要资质的类目，不是“开放类目”清单。');
  if (cols.c3 === undefined) notes.push('原表只有一级、二级两列类目，没有三级类目列（level3 均为 null）。');
  if (cols.cNote === undefined) notes.push('原表没有“备注”列（noteCell: no-column）。');
  if (blank2.length) notes.push(`${quoted(blank2)}一行的二级类目格留空，按“无二级类目”读（level2 为 null）。`);
  if (blank3.length) notes.push(`${quoted(blank3)}的三级类目格留空，按“无三级类目”读。`);
  if (missing3.length) notes.push(`${quoted(missing3)}所在行没有三级类目格，按“无三级类目”读。`);
  for (const l1 of leftovers) notes.push(`“${l1}”的合并单元格下有一行空行（删去条目后留下），已略过。`);
  for (const c of cut) {
    notes.push(`“${c.cell.text}”一格（${head[c.column]}列）写 rowspan=${c.cell.rowspan}，比它实际覆盖的行多 ${c.rowsLeft} 行：`
      + `下一行“${rowName(rowOf.get(c.row - 1))}”每一列都有自己的格子，按该合并格在此之前结束读。`);
  }
  const tfootRows = [...html.matchAll(/<tfoot\b[^>]*>([\s\S]*?)<\/tfoot>/gi)]
    .map((m) => cellText(/<td\b[^>]*>([\s\S]*?)<\/td>/i.exec(m[1]!)?.[1] ?? ''));
  if (tfootRows.length) {
    notes.push(`原表 HTML 把${quoted(tfootRows)}开头的一行放在表中间的 <tfoot> 里（夹在两段 <tbody> 之间），它的合并单元格接着下面的行；`
      + '按文档顺序读（浏览器会把 <tfoot> 挪到表尾，那样这几行就没有一级类目）。');
  }
  return notes;
}

/** The table under "## heading" (or the page's only table when heading is null), one row per category. */
export function readEditionTable(markdown: string, heading: string | null, subject: Subject): TableReading {
  const body = heading === null ? markdown : section(markdown, heading);
  if (body === null) throw new ReadError(`no "## ${heading}" section`);
  const tables = [...body.matchAll(/<table\b[\s\S]*?<\/table>/gi)].map((m) => m[0]);
  if (tables.length === 0) throw new ReadError('no <table>');
  if (heading === null && tables.length > 1) throw new ReadError(`the page has ${tables.length} tables, expected one`);
  const html = tables[0]!;
  const { grid, cut } = readGrid(html, { endSpansAtFullRow: true });
  const head = grid[0]!.map((c) => c?.text ?? '');
  const cols = readColumns(head);
  const rows = readRows(grid, cols);

  const keys = rows.records.map((r) => [r.level1, r.level2, r.level3].join('>'));
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new ReadError(`the category ${dup} appears twice`);

  const notes = [...readingNotes(html, subject, cols, rows, cut, head), ...mergedCellNotes(grid, head, cols, rows)];
  return { columns: head, records: rows.records, notes };
}
