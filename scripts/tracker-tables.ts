// Reading the official pages' tables from the copies kept by the public tracker
// github.com/wepyjs/weapp-document-tracker (an HTML→Markdown crawl that keeps tables as raw HTML).
// Shared by scripts/category-editions.ts and scripts/category-qualifications.ts so that both read
// merged cells the same (D1) way: a merged cell is restored into every slot it covers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const defaultTracker = '/work/.mirror/wepyjs+weapp-document-tracker/repo/.git';
export const trackerUrl = 'https://github.com/wepyjs/weapp-document-tracker';

/** A problem in the tracker's copy: the scripts print it in both languages and stop. */
export class ReadError extends Error {}

/** Writes a generated file; with --check writes nothing and exits 1 when the committed file differs. */
export function writeOrCheck(outFile: string, rel: string, text: string, check: boolean, script: string): void {
  if (check) {
    const committed = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (committed !== text) { console.error(`${rel} is out of date: run node ${script}`); process.exit(1); }
    console.log(`${rel} is up to date.`);
    return;
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(`wrote ${rel}`);
}

// ── the tracker ─────────────────────────────────────────────────────────────────────────────────

export function git(gitDir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function missingTracker(gitDir: string, script: string, outFile: string): never {
  console.error([
    `找不到 weapp-document-tracker 的 git 目录：${gitDir}`,
    `Cannot find the weapp-document-tracker git directory: ${gitDir}`,
    '',
    '先取一份存档（只需裸仓库），再把它的路径传给本脚本：',
    'Get a copy first (a bare clone is enough), then pass its path to this script:',
    '',
    `  git clone --bare ${trackerUrl}.git /tmp/weapp-document-tracker.git`,
    `  node ${script} /tmp/weapp-document-tracker.git`,
    '',
    `网站和测试只读已提交的 ${outFile}，平时不需要运行本脚本。`,
    `The site and the tests read the committed ${outFile}; you only need this script to regenerate it.`,
  ].join('\n'));
  process.exit(2);
}

/** The tracker's git directory from the command line (or TRACKER_GIT_DIR); exits with help when absent. */
export function trackerDir(argv: string[], script: string, outFile: string): string {
  let gitDir = resolve(argv.find((a) => !a.startsWith('--')) ?? process.env.TRACKER_GIT_DIR ?? defaultTracker);
  if (existsSync(join(gitDir, '.git'))) gitDir = join(gitDir, '.git'); // a clone with a work tree
  if (!existsSync(gitDir)) missingTracker(gitDir, script, outFile);
  try { git(gitDir, ['rev-parse', '--git-dir']); } catch { missingTracker(gitDir, script, outFile); }
  return gitDir;
}

export interface Version { commit: string; date: string }

/** The file's versions in the tracker, oldest first (the tracker commits a file only when it changed). */
export function versions(gitDir: string, file: string): Version[] {
  return git(gitDir, ['log', '--format=%H %ad', '--date=short', 'HEAD', '--', file]).trim().split('\n')
    .map((line) => { const [commit, date] = line.split(' '); return { commit: commit!, date: date! }; })
    .reverse();
}

// ── reading one HTML table ──────────────────────────────────────────────────────────────────────

/** The section under a "## heading" line, up to the next heading of level 1 or 2. */
export function section(markdown: string, heading: string): string | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^##\s/.test(l) && cellText(l.replace(/^##\s+/, '')) === heading);
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^#{1,2}\s/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return named[e.toLowerCase()] ?? whole;
  });
}

/** A cell's text: tags and Markdown emphasis removed, entities decoded, all kinds of space trimmed. */
export function cellText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ').replace(/\*\*|__/g, ''))
    .replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * A cell's lines as the page showed them: the crawl writes each paragraph of a cell on its own line
 * (blank lines between), and <br>/<p> also break. Each line is read like cellText; empty ones drop.
 */
export function cellLines(html: string): string[] {
  return html.replace(/<br\s*\/?>|<\/?p\b[^>]*>|<\/?div\b[^>]*>|<\/?li\b[^>]*>/gi, '\n').split('\n').map(cellText).filter((l) => l !== '');
}

export interface Cell { text: string; html: string; rowspan: number; colspan: number; header: boolean }

function attr(attrs: string, name: string): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/** A merged cell whose rowspan ran into a row that gives its own cell for every column. */
export interface CutSpan { cell: Cell; column: number; row: number; rowsLeft: number }

export interface GridOptions {
  /**
   * Some tables overstate a rowspan: the span still covers a row that lists a cell for every column.
   * With this set, such a row ends the span (recorded in `cut`); without it, the table is rejected.
   */
  endSpansAtFullRow?: boolean;
}

/** The table's rows as grids of cell references: a merged cell appears in every slot it covers. */
export function readGrid(tableHtml: string, options: GridOptions = {}): { grid: (Cell | undefined)[][]; columns: number; cut: CutSpan[] } {
  // Rows in document order: the crawl puts some rows in a <tfoot> in mid-table, which the page
  // continues across (its rowspans run on into the next <tbody>), so row groups are not boundaries.
  const rows = [...tableHtml.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((m) =>
    [...m[1]!.matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/gi)].map((c): Cell => ({
      text: cellText(c[3]!), html: c[3]!, rowspan: attr(c[2]!, 'rowspan'), colspan: attr(c[2]!, 'colspan'), header: c[1]!.toLowerCase() === 'th',
    })));
  if (rows.length < 2) throw new ReadError('the table has no data rows');
  const columns = rows[0]!.reduce((n, c) => n + c.colspan, 0);
  const pending: { cell: Cell; left: number }[] = [];
  const cut: CutSpan[] = [];
  const grid = rows.map((cells, r) => {
    if (options.endSpansAtFullRow && cells.reduce((n, c) => n + c.colspan, 0) === columns) {
      pending.forEach((p, column) => {
        if (p.left > 0) { cut.push({ cell: p.cell, column, row: r + 1, rowsLeft: p.left }); p.left = 0; }
      });
    }
    const slots: (Cell | undefined)[] = [];
    let next = 0;
    for (let col = 0; col < columns; col++) {
      const held = pending[col];
      if (held && held.left > 0) { slots[col] = held.cell; held.left--; continue; }
      const cell = cells[next++];
      if (!cell) continue; // a short row: the rest of its slots are empty
      for (let k = 0; k < cell.colspan && col + k < columns; k++) {
        slots[col + k] = cell;
        pending[col + k] = { cell, left: cell.rowspan - 1 };
      }
      col += cell.colspan - 1;
    }
    if (next < cells.length) throw new ReadError(`row ${r + 1} has more cells than the table has columns (${columns})`);
    return slots;
  });
  const overhang = pending.find((p) => p && p.left > 0);
  if (overhang) throw new ReadError(`the cell "${overhang.cell.text}" spans ${overhang.left} row(s) beyond the end of the table`);
  return { grid, columns, cut };
}

/** A third-level cell that means "no third level" (D1): "/" (either width) or blank. */
export const isSlash = (text: string) => text === '/' || text === '／';
export const noThirdLevel = (text: string) => text === '' || isSlash(text);

// ── writing YAML by hand (so the output is stable, short and readable) ───────────────────────────

/** A YAML scalar: plain when safe, else a JSON string (valid YAML). */
export function scalar(text: string): string {
  const plain = /^[\p{Script=Han}A-Za-z0-9][\p{Script=Han}\p{P}A-Za-z0-9 ]*$/u.test(text)
    && !/[:#,[\]{}&*!|>'"%@`]|^[-?]|\s$/.test(text) && !/^(true|false|null|yes|no|on|off|~|[\d.:-]+)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
