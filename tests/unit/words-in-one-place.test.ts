import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a person reads lives in lib/i18n. This test reads the source with the
 * TypeScript tokenizer (so comments never count) and fails on any string literal,
 * template or JSX text outside lib/i18n that carries Vietnamese letters.
 */
const root = path.resolve(__dirname, '../..');
const scanned = ['app', 'components', 'lib', 'db'];

/** Folders and files left out, each with why. scripts/ is not scanned at all: its output is CLI text for operators. */
const excluded: Record<string, string> = {
  'lib/i18n': 'the one place the words live',
  'db/seed': 'demo stories, sections and people: content, not interface',
  'lib/demo': 'demo content shown on a fresh install, not interface',
  'lib/comments/demo.ts': 'demo readers\' comments: content, not interface',
  'lib/site/default-settings.ts': 'the publisher\'s particulars until an admin edits them: stored content',
  'lib/auth/secret.ts': 'a start-up error for the operator\'s terminal (bilingual), never shown in a page',
  'db/lock.ts': 'a CLI/start-up error for the operator\'s terminal (bilingual), never shown in a page; db/ may not import lib/i18n',
  'db/migrations': 'generated SQL and snapshots',
};

const vietnamese =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/;

function sourceFiles(dir: string): string[] {
  const rel = path.relative(root, dir).split(path.sep).join('/');
  if (rel in excluded) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    const relFile = path.relative(root, full).split(path.sep).join('/');
    return /\.(ts|tsx)$/.test(name) && !(relFile in excluded) ? [full] : [];
  });
}

function vietnameseStrings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let value: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) {
      value = node.text;
    } else if (ts.isTemplateExpression(node)) {
      value = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('${}');
    }
    if (value !== undefined && vietnamese.test(value)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${path.relative(root, file)}:${line + 1} ${value.trim().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('words a person reads', () => {
  it('come from lib/i18n, never from a literal elsewhere', () => {
    const files = scanned.flatMap((dir) => sourceFiles(path.join(root, dir)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(vietnameseStrings)).toEqual([]);
  });

  it('the scanner sees strings, templates and JSX text but not comments', () => {
    const sample = path.join(root, 'tests/unit/fixtures/vietnamese-sample.tsx');
    const found = vietnameseStrings(sample).map((line) => line.replace(/^.*?:(\d+) .*$/, '$1'));
    expect(found).toEqual(['3', '4', '5', '6']);
  });
});
