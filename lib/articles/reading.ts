import { docToPlainText } from './rich-text';

/*
 * The editor's measures of a story: how many words, how long to read, and whether the title and
 * the sapo are of a length that search results and social cards show whole. Pure: the editor
 * computes them as the writer types.
 *
 * A word is what a Vietnamese reader counts as a "chữ": Vietnamese writes one syllable per
 * space-separated token ("Hà Nội" is two), as Word and newsroom word limits count it. So a word is
 * a run of non-space characters with at least one letter or digit in it: "12.000", "5,2%",
 * "COVID-19", "TP.HCM" and "(ảnh" are one each; a lone "–", "…", "•" or "/" is none.
 *
 * What is counted is what a reader reads in the body, after the same allowlist readers get
 * (docToPlainText): paragraphs, headings, quotes, lists, table cells, the captions of photos and
 * galleries and the titles of embeds. The pictures, players and tables themselves are not words.
 */

/** Vietnamese read aloud runs at ~150–180 syllables a minute and silent reading of news at ~200–250; we take 220. */
export const SYLLABLES_PER_MINUTE = 220;

const hasLetterOrDigit = /[\p{L}\p{N}]/u;

/** The words of a piece of plain text, counted as above. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (hasLetterOrDigit.test(token)) count++;
  return count;
}

/** The words of a story body (Tiptap JSON), as readers get it. */
export function bodyWordCount(body: unknown): number {
  return countWords(docToPlainText(body));
}

/** Minutes to read `words`: rounded up, at least 1 once there is a word, 0 for an empty body. */
export function readingMinutes(words: number): number {
  return words > 0 ? Math.max(1, Math.ceil(words / SYLLABLES_PER_MINUTE)) : 0;
}

/** A story body's measures, as the editor shows them under it. */
export function bodyStats(body: unknown): { words: number; minutes: number } {
  const words = bodyWordCount(body);
  return { words, minutes: readingMinutes(words) };
}

let graphemes: Intl.Segmenter | null | undefined;

/**
 * Characters as a person sees them: "ệ" is one whether typed precomposed or as e + two combining
 * marks (pasted text often is), and white space counts once per run, as search engines show it.
 */
export function characterCount(text: string): number {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (graphemes === undefined) graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('vi', { granularity: 'grapheme' }) : null;
  return graphemes ? Array.from(graphemes.segment(clean)).length : Array.from(clean).length;
}

/**
 * The lengths that show whole, by field, in characters. Titles: Google shows about 60–70
 * characters of a title and Facebook two lines of ~35; under ~30 a news headline rarely says
 * enough. The sapo is the page's description: Google shows ~155 characters of it and the page
 * gives at most 200, while a lead under ~120 rarely carries the news. SEO description: as Google.
 */
export const LENGTH_RULES = {
  title: { min: 30, max: 70 },
  sapo: { min: 120, max: 200 },
  seoTitle: { min: 30, max: 70 },
  seoDescription: { min: 70, max: 160 },
} as const;

export type LengthField = keyof typeof LENGTH_RULES;

/** A field's length against its rule: `short` and `long` are advice, never a reason to refuse a save. */
export type LengthCheck = { count: number; max: number; hint: 'short' | 'long' | null };

export function checkLength(field: LengthField, text: string): LengthCheck {
  const { min, max } = LENGTH_RULES[field];
  const count = characterCount(text);
  const hint = count > max ? 'long' : count > 0 && count < min ? 'short' : null;
  return { count, max, hint };
}
