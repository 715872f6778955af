// Generates content/categories/qualifications.yaml: the official page 特殊行业所需资质材料 (later
// 小程序开放的服务类目) — each category with the qualification documents it needs — at two dates:
// 2018-04-16 (the guide's date: one table, not split by subject) and 2018-11-15 (the last tracked
// copy: one table each for 非个人主体, 个人主体 and 海外主体). Read from the copies kept by
// github.com/wepyjs/weapp-document-tracker, like scripts/category-editions.ts.
//
//   node scripts/category-qualifications.ts [path-to-tracker-git-dir] [--check]
//
// Reading (D1, ../shared/RULES.md; the table reading is shared in ./tracker-tables.ts): merged cells
// are restored into every row they cover; a level cell that is "/" or blank means "no such level"; a
// row with only its merged first-level cell is skipped. A documents or 备注 cell keeps its text
// verbatim; "/" and blank are recorded as such (cell state), apart from a row that has no cell there.
// What the reading had to decide is written into each table's notes. Same tracker → same bytes.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { git, ReadError, trackerDir, trackerUrl, versions, writeOrCheck, type Version } from './tracker-tables.ts';
import { readEditionTable, readPageHead, type QualificationRow, type Subject, type TableReading } from './qualification-tables.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outRel = 'content/categories/qualifications.yaml';
const outFile = join(repoRoot, outRel);
const file = 'md/_debug_wxadoc_product_material.md';

interface TableSpec {
  subject: Subject;
  /** The "## heading" above the table; null: the page's only table. */
  heading: string | null;
  /** Readings of the text that no rule can make: each is checked against the records it speaks of. */
  remarks?: { note: string; mustContain: string }[];
}
interface EditionSpec { id: string; date: string; commit: string; tables: TableSpec[] }

const specs: EditionSpec[] = [
  {
    id: '2018-04', date: '2018-04-16', commit: 'bc58bc2f88d385dbcdadb443d36e35b545e70616',
    tables: [{
      subject: 'all', heading: null,
      remarks: [
        { note: '“金融业 > 保险”一格末尾的“（说明：四选一，如果选第一个，需要同时提供两个资质）”是原文的一部分，照录。', mustContain: '（说明：四选一，如果选第一个，需要同时提供两个资质）' },
        { note: '一级类目“IT 科技”原文带空格（2018-11 版写“IT科技”），照录；按类目查找时不计空格。', mustContain: 'IT 科技' },
      ],
    }],
  },
  {
    id: '2018-11', date: '2018-11-15', commit: 'c0fec2d849f0ae03a00af6f74a5c1a356c1bfd7d',
    tables: [
      {
        subject: 'enterprise', heading: '非个人主体小程序开放的服务类目',
        remarks: [
          { note: '“快递业与邮政 > 寄件/收件”的资质文件在原文中是一段：“…《快递业务经营许可证》快递企业末端网点需提供…”，两句之间没有换行或标点，照录为一条。', mustContain: '《快递业务经营许可证》快递企业末端网点' },
          { note: '“文娱 > 视频”的资质文件里“《网络文化经营许可证）”括号不成对，是原文如此，照录。', mustContain: '《网络文化经营许可证）' },
          { note: '“时政信息”“电商平台”“社交红包”的二级类目与一级类目同名，照录。', mustContain: '社交红包' },
        ],
      },
      { subject: 'personal', heading: '个人主体小程序开放的服务类目' },
      { subject: 'overseas', heading: '海外主体小程序开放的服务类目' },
    ],
  },
];
const guideEdition = '2018-04';

const sourceUrl = (commit: string) => `${trackerUrl}/blob/${commit}/${file}`;
const sameRecords = (a: QualificationRow[], b: QualificationRow[]) => JSON.stringify(a) === JSON.stringify(b);

/** The run of tracker versions, around the one read, whose copy of this table gives the same records. */
function unchangedRange(gitDir: string, list: Version[], at: number, spec: TableSpec, records: QualificationRow[]) {
  const same = (v: Version) => {
    try {
      return sameRecords(readEditionTable(git(gitDir, ['show', `${v.commit}:${file}`]), spec.heading, spec.subject).records, records);
    } catch { return false; }
  };
  let from = at; while (from > 0 && same(list[from - 1]!)) from--;
  let to = at; while (to < list.length - 1 && same(list[to + 1]!)) to++;
  return { from: list[from]!, to: list[to]! };
}

function buildEditions(gitDir: string) {
  const list = versions(gitDir, file);
  return specs.map((spec) => {
    const at = list.findIndex((v) => v.commit === spec.commit);
    if (at < 0) throw new ReadError(`${spec.id}: ${spec.commit} does not change ${file} (is it the right repository?)`);
    if (list[at]!.date !== spec.date) throw new ReadError(`${spec.id}: the tracker dates ${spec.commit.slice(0, 9)} ${list[at]!.date}, not ${spec.date}`);
    const text = git(gitDir, ['show', `${spec.commit}:${file}`]);
    const where = `${spec.id} (${spec.commit.slice(0, 9)}:${file})`;
    const head = (() => { try { return readPageHead(text); } catch (e) { throw new ReadError(`${where}: ${(e as Error).message}`); } })();
    const tables = spec.tables.map((t) => {
      let reading: TableReading;
      try { reading = readEditionTable(text, t.heading, t.subject); } catch (e) {
        throw new ReadError(`${where}, ${t.heading ?? 'the table'}: ${(e as Error).message}`);
      }
      const all = JSON.stringify(reading.records);
      for (const r of t.remarks ?? []) {
        if (all.includes(JSON.stringify(r.mustContain).slice(1, -1))) continue;
        throw new ReadError(`${where}: a remark no longer applies (no "${r.mustContain}"): ${r.note}`);
      }
      return {
        subject: t.subject, heading: t.heading, columns: reading.columns,
        unchanged: unchangedRange(gitDir, list, at, t, reading.records),
        notes: [...reading.notes, ...(t.remarks ?? []).map((r) => r.note)],
        records: reading.records,
      };
    });
    return { id: spec.id, date: spec.date, pageTitle: head.title, caveat: head.caveat, source: { commit: spec.commit, url: sourceUrl(spec.commit) }, tables };
  });
}

type Edition = ReturnType<typeof buildEditions>[number];

// ── writing: one record per line, so a change in the source is a one-line diff ──────────────────

const q = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));

function emit(editions: Edition[], head: string): string {
  const out = [
    '# 特殊行业所需资质材料 / 小程序开放的服务类目：各主体类型的服务类目及“法务建议的资质文件”，两个官方版本。',
    '# 由 scripts/category-qualifications.ts 从 github.com/wepyjs/weapp-document-tracker 的存档生成，请勿手改；重新生成或核对：',
    '#   node scripts/category-qualifications.ts [tracker 的 git 目录] [--check]',
    '# 2018-04 = 指南同日的页面（一张表，不分主体）；2018-11 = 存档最后一版（非个人 enterprise / 个人 personal / 海外 overseas 三张表）。',
    '# 读法同 D1：合并单元格按 rowspan/colspan 还原到它覆盖的每一行；类目格写“/”或留空即“无此级”（记 null）；只剩合并一级格的空行略过。',
    '# documents 是资质文件格的原文，按原文的分行/分段逐条列出，不改写；documentsCell / noteCell 记该格的状态：',
    '#   text 有内容；slash 原文写“/”（未列出资质/无备注）；empty 格子留空；missing 该行没有这一格；no-column 原表没有这一列。',
    '# date 是所读存档的日期；unchanged 是这张表内容完全相同的存档范围。notes 记下读表时须作的判断。',
    `# 读取的存档版本：${head}`,
    `guideEdition: "${guideEdition}"`,
    'editions:',
  ];
  for (const e of editions) {
    out.push(
      `  - id: "${e.id}"`,
      `    date: "${e.date}"`,
      `    pageTitle: ${q(e.pageTitle)}`,
      `    caveat: ${q(e.caveat)}`,
      `    source: { commit: ${q(e.source.commit)}, url: ${q(e.source.url)} }`,
      '    tables:',
    );
    for (const t of e.tables) {
      const v = (x: Version) => `{ date: "${x.date}", commit: ${q(x.commit)} }`;
      out.push(
        `      - subject: ${t.subject}`,
        `        heading: ${q(t.heading)}`,
        `        columns: [${t.columns.map(q).join(', ')}]`,
        `        unchanged: { from: ${v(t.unchanged.from)}, to: ${v(t.unchanged.to)} }`,
      );
      if (t.notes.length === 0) out.push('        notes: []');
      else { out.push('        notes:'); for (const n of t.notes) out.push(`          - ${q(n)}`); }
      out.push('        records:');
      for (const r of t.records) {
        out.push(`          - { level1: ${q(r.level1)}, level2: ${q(r.level2)}, level3: ${q(r.level3)}, documents: [${r.documents.map(q).join(', ')}], `
          + `documentsCell: ${r.documentsCell}, note: ${q(r.note)}, noteCell: ${r.noteCell} }`);
      }
    }
  }
  return out.join('\n') + '\n';
}

function main(argv: string[]) {
  const check = argv.includes('--check');
  const gitDir = trackerDir(argv, 'scripts/category-qualifications.ts', outRel);
  const head = git(gitDir, ['rev-parse', 'HEAD']).trim();
  const editions = buildEditions(gitDir);
  const text = emit(editions, head);
  // The YAML must read back as exactly what was read from the tables.
  const back = yaml.load(text) as { editions: { tables: { records: unknown }[] }[] };
  editions.forEach((e, i) => e.tables.forEach((t, j) => {
    if (JSON.stringify(back.editions[i]!.tables[j]!.records) === JSON.stringify(t.records)) return;
    throw new ReadError(`${e.id} ${t.subject}: the YAML does not read back as the table`);
  }));

  for (const e of editions) {
    for (const t of e.tables) {
      const l2 = new Set(t.records.map((r) => `${r.level1}>${r.level2}`)).size;
      const listed = t.records.filter((r) => r.documentsCell === 'text').length;
      const levels = `${new Set(t.records.map((r) => r.level1)).size} / ${l2} / ${t.records.filter((r) => r.level3 !== null).length}`;
      console.log(`${e.id} ${t.subject.padEnd(10)} ${t.records.length} rows  ${levels}  ${listed} with documents  `
        + `${t.unchanged.from.date} … ${t.unchanged.to.date}  (${t.notes.length} notes)`);
    }
  }
  writeOrCheck(outFile, outRel, text, check, 'scripts/category-qualifications.ts');
}

if (import.meta.main) {
  try { main(process.argv.slice(2)); } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    console.error(`无法读取资质材料表 / Cannot read a qualification table: ${e.message}`);
    process.exit(1);
  }
}
