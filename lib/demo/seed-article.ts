import fs from 'node:fs';
import path from 'node:path';

/** The reference story (db/seed/seed-article.txt), split into the parts of an article page. */
export type ReferenceStory = {
  sectionName: string;
  title: string;
  dateLine: string;
  sapo: string;
  caption: string;
  paragraphs: string[];
  creditLine: string;
};

export function readReferenceStory(file = path.resolve(process.cwd(), 'db/seed/seed-article.txt')): ReferenceStory {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);
  const creditIndex = lines.findIndex((line) => /^(Bài|Ảnh|Bài, ảnh):/.test(line));
  if (creditIndex < 6) throw new Error(`seed article: no credit line found in ${file}`);
  const [sectionName, title, dateLine, sapo, caption] = lines as [string, string, string, string, string];
  return {
    sectionName,
    title,
    dateLine,
    sapo,
    caption,
    paragraphs: lines.slice(5, creditIndex),
    creditLine: lines[creditIndex]!.split('TAG:')[0]!.trim(),
  };
}
