import { foldVietnamese } from '../format/fold';
import type { ParsedQuery } from './query';

/** A piece of a snippet: plain text, or a word the query matched (shown in <mark>). */
export type SnippetSegment = { text: string; mark: boolean };

const WINDOW_WORDS = 32;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The passage of a story's text that best shows why it matched: the window of about
 * 32 words holding the most query words (words with the reader's exact accents count
 * double), cut at word boundaries, with the matched words marked in the story's own
 * spelling. Plain segments, never HTML: the page renders them as text and <mark> elements.
 */
export function buildSnippet(source: string, query: Pick<ParsedQuery, 'clauses' | 'prefixLast'>): SnippetSegment[] {
  return snippetsFor(query)(source);
}

/**
 * `buildSnippet` for every hit of one query: stories repeat their syllables ("của", "người",
 * "dân"…), within and across them, so each spelling is scored once for the whole page of results.
 */
export function snippetsFor(query: Pick<ParsedQuery, 'clauses' | 'prefixLast'>): (source: string) => SnippetSegment[] {
  const all = query.clauses.flatMap((c) => c.words);
  const exact = new Set(all.map((w) => w.exact));
  const folded = new Set(all.map((w) => w.folded));
  const prefix = query.prefixLast ? all[all.length - 1] : undefined;
  const scoreOf = new Map<string, number>();
  const scored = (spelling: string) => {
    let score = scoreOf.get(spelling);
    if (score === undefined) {
      const lower = spelling.normalize('NFC').toLowerCase();
      const fold = foldVietnamese(lower);
      score =
        exact.has(lower) || (prefix && lower.startsWith(prefix.exact))
          ? 2
          : folded.has(fold) || (prefix && fold.startsWith(prefix.folded))
            ? 1
            : 0;
      scoreOf.set(spelling, score);
    }
    return score;
  };
  return (source) => snippetOf(source, scored);
}

function snippetOf(source: string, scored: (spelling: string) => number): SnippetSegment[] {
  const text = source.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, score: scored(m[0]) }));
  if (!words.length) return [{ text: text.slice(0, 240), mark: false }];

  // Best window by a running sum over the word scores.
  let best = 0;
  let bestSum = -1;
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += words[i]!.score;
    if (i >= WINDOW_WORDS) sum -= words[i - WINDOW_WORDS]!.score;
    const start = Math.max(0, i - WINDOW_WORDS + 1);
    if (sum > bestSum) {
      bestSum = sum;
      best = start;
    }
  }
  // Start a few words before the first match, so the marked word has some context.
  const firstMatch = words.slice(best, best + WINDOW_WORDS).findIndex((w) => w.score > 0);
  const from = firstMatch > 4 ? best + firstMatch - 4 : best;
  const to = Math.min(words.length, from + WINDOW_WORDS);

  const segments: SnippetSegment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = segments[segments.length - 1];
    if (last && !last.mark && !mark) last.text += piece;
    else segments.push({ text: piece, mark });
  };
  if (from > 0) push('… ', false);
  let cursor = words[from]!.start;
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, word.end), word.score > 0);
    cursor = word.end;
  }
  const tail = to < words.length ? ' …' : text.slice(cursor);
  push(tail, false);
  return segments;
}
