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
 * spelling (another spelling of a word typed with accents only if the story lacks the typed
 * one). Plain segments, never HTML: the page renders them as text and <mark> elements.
 */
export function buildSnippet(source: string, query: Pick<ParsedQuery, 'clauses' | 'prefixLast'>): SnippetSegment[] {
  return snippetsFor(query)(source);
}

/** How one spelling in a story meets the query's words. */
type Meeting = {
  /** Indices of the query's words this spelling has exactly as typed (a prefix for the last). */
  exact: number[];
  /** Indices of the words it meets only without accents. */
  folded: number[];
};

/**
 * `buildSnippet` for every hit of one query: stories repeat their syllables ("của", "người",
 * "dân"…), within and across them, so each spelling is read once for the whole page of results.
 */
export function snippetsFor(query: Pick<ParsedQuery, 'clauses' | 'prefixLast'>): (source: string) => SnippetSegment[] {
  const all = query.clauses.flatMap((c) => c.words);
  const last = all.length - 1;
  const accented = all.map((w) => w.exact !== w.folded);
  const meetingOf = new Map<string, Meeting>();
  const meeting = (spelling: string) => {
    let found = meetingOf.get(spelling);
    if (found === undefined) {
      const lower = spelling.normalize('NFC').toLowerCase();
      const fold = foldVietnamese(lower);
      found = { exact: [], folded: [] };
      all.forEach((w, i) => {
        const prefix = query.prefixLast && i === last;
        if (lower === w.exact || (prefix && lower.startsWith(w.exact))) found!.exact.push(i);
        else if (fold === w.folded || (prefix && fold.startsWith(w.folded))) found!.folded.push(i);
      });
      meetingOf.set(spelling, found);
    }
    return found;
  };
  return (source) => snippetOf(source, meeting, accented);
}

/**
 * Scores for a story's words: 2 where a word is as the reader typed it, 1 where it is the same
 * word with other accents. A word the reader typed with accents ("bão") marks other spellings of
 * it ("báo") only in a story that lacks the reader's own: that story was found without accents.
 */
function scoresOf(spellings: string[], meeting: (spelling: string) => Meeting, accented: boolean[]): number[] {
  const meetings = spellings.map(meeting);
  const typedHere = new Set(meetings.flatMap((m) => m.exact));
  return meetings.map((m) =>
    m.exact.length ? 2 : m.folded.some((i) => !accented[i] || !typedHere.has(i)) ? 1 : 0,
  );
}

function snippetOf(source: string, meeting: (spelling: string) => Meeting, accented: boolean[]): SnippetSegment[] {
  const text = source.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const found = [...text.matchAll(WORD)];
  const scores = scoresOf(found.map((m) => m[0]), meeting, accented);
  const words = found.map((m, i) => ({ start: m.index, end: m.index + m[0].length, score: scores[i]! }));
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
