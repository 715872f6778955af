// Code a reader can take in at one sitting: no source file over 300 lines, no function over 80 lines,
// no line over 160 characters. Functions are measured with TypeScript's own parser (an .astro file's
// frontmatter and scripts are measured as lines only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const maxFileLines = 300;
const maxFunctionLines = 80;
const maxLineLength = 160;

const sourceFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts'], { encoding: 'utf8' })
  .split('\n').filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f));

const lineOf = (file: ts.SourceFile, pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1;

function longFunctions(path: string, text: string): string[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = lineOf(file, node.getStart(file));
      const lines = lineOf(file, node.end) - start + 1;
      if (lines > maxFunctionLines) {
        const name = (node as ts.FunctionLikeDeclaration).name?.getText(file) ?? '(anonymous)';
        found.push(`${path}:${start} ${name} is ${lines} lines`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test(`no source file in src/ or scripts/ is longer than ${maxFileLines} lines`, () => {
  const long = sourceFiles
    .map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > maxFileLines)
    .map(({ f, lines }) => `${f}: ${lines} lines`);
  assert.deepEqual(long, []);
});

test(`no function in src/ or scripts/ is longer than ${maxFunctionLines} lines`, () => {
  const long = sourceFiles.filter((f) => /\.(ts|tsx)$/.test(f)).flatMap((f) => longFunctions(f, readFileSync(f, 'utf8')));
  assert.deepEqual(long, []);
});

test(`no line in src/ or scripts/ is longer than ${maxLineLength} characters`, () => {
  const long = sourceFiles.flatMap((f) => readFileSync(f, 'utf8').split('\n')
    .map((line, i) => ({ at: `${f}:${i + 1}`, length: [...line].length }))
    .filter(({ length }) => length > maxLineLength)
    .map(({ at, length }) => `${at} (${length})`));
  assert.deepEqual(long, []);
});
