import { foldVietnamese } from '../format/fold';

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const MAX_WORD_LENGTH = 60;

/** One word of a query: as typed (NFC, lower case) and folded (no accents, đ→d). */
export type SearchWord = { exact: string; folded: string };

/** Words that must all appear; a phrase's words must also stand next to each other, in order. */
export type SearchClause = { words: SearchWord[]; phrase: boolean };

export type ParsedQuery = {
  text: string;
  truncated: boolean;
  clauses: SearchClause[];
  /** Every folded word once, for matching and for marking snippets. */
  terms: string[];
  /** True when some word was typed with accents: then exact-accent matches rank first. */
  accented: boolean;
  /** The last word is a prefix ("hung vuo" finds "Hùng Vương") unless it closes a phrase. */
  prefixLast: boolean;
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function wordsOf(part: string): SearchWord[] {
  const words: SearchWord[] = [];
  for (const [raw] of part.normalize('NFC').toLowerCase().matchAll(WORD)) {
    const exact = raw.slice(0, MAX_WORD_LENGTH);
    const folded = foldVietnamese(exact).replace(/[^\p{L}\p{N}]+/gu, '');
    if (folded) words.push({ exact, folded });
  }
  return words;
}

/**
 * A reader's query as clauses of words. Any input is acceptable: text between double quotes
 * is a phrase, everything else is plain words; control characters, quotes and symbols are
 * separators, so nothing a reader types can reach the database as query syntax. Overly
 * long input is cut, never refused; at most eight words are kept.
 */
export function parseSearchQuery(raw: unknown): ParsedQuery {
  const input = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : '';
  const truncated = input.length > MAX_QUERY_LENGTH;
  const text = input
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  const clauses: SearchClause[] = [];
  const seen = new Set<string>();
  let budget = MAX_TERMS;
  // Odd pieces between '"' are phrases; an unclosed quote still makes the rest a phrase.
  text.split('"').forEach((part, i) => {
    if (budget <= 0) return;
    const words = wordsOf(part);
    if (i % 2 === 1 && words.length > 1) {
      const kept = words.slice(0, budget);
      budget -= kept.length;
      clauses.push({ words: kept, phrase: true });
      return;
    }
    for (const word of words) {
      if (budget <= 0 || seen.has(word.exact)) continue;
      seen.add(word.exact);
      budget -= 1;
      clauses.push({ words: [word], phrase: false });
    }
  });

  const all = clauses.flatMap((c) => c.words);
  const last = clauses[clauses.length - 1];
  return {
    text,
    truncated,
    clauses,
    terms: [...new Set(all.map((w) => w.folded))],
    accented: all.some((w) => w.exact !== w.folded),
    prefixLast: Boolean(last && !last.phrase && !text.endsWith('"')),
  };
}

/**
 * The query as PostgreSQL tsquery text, built only from words of letters, marks and digits,
 * each quoted: every word must appear (`&`), a phrase's words in order (`<->`), the last word
 * may be a prefix (`:*`).
 */
export function toTsQuery(query: Pick<ParsedQuery, 'clauses' | 'prefixLast'>, form: 'exact' | 'folded'): string | null {
  if (!query.clauses.length) return null;
  const lastIndex = query.clauses.length - 1;
  const quote = (word: SearchWord, prefix: boolean) => `'${word[form]}'${prefix ? ':*' : ''}`;
  return query.clauses
    .map((clause, i) =>
      clause.phrase
        ? `(${clause.words.map((w) => quote(w, false)).join(' <-> ')})`
        : quote(clause.words[0]!, query.prefixLast && i === lastIndex),
    )
    .join(' & ');
}
