import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toTsQuery } from '@/lib/search/query';
import { buildSnippet } from '@/lib/search/snippet';
import { HOSTILE_STRINGS } from '../hostile/payloads';

describe('parseSearchQuery', () => {
  it('folds accents and case into terms, and keeps the words as typed', () => {
    expect(parseSearchQuery('Hùng Vương').terms).toEqual(['hung', 'vuong']);
    expect(parseSearchQuery('ĐẢNG').terms).toEqual(['dang']);
    expect(parseSearchQuery('Bão').clauses).toEqual([{ words: [{ exact: 'bão', folded: 'bao' }], phrase: false }]);
    expect(parseSearchQuery('Bão').accented).toBe(true);
    expect(parseSearchQuery('bao').accented).toBe(false);
  });

  it('reads decomposed accents as the composed letters', () => {
    expect(parseSearchQuery('Tie\u0302\u0301ng Vie\u0323\u0302t').clauses.map((c) => c.words[0]!.exact)).toEqual(['tiếng', 'việt']);
  });

  it('makes text between double quotes a phrase', () => {
    const query = parseSearchQuery('họp "tổ dân phố 6" phường');
    expect(query.clauses.map((c) => [c.phrase, c.words.map((w) => w.exact).join(' ')])).toEqual([
      [false, 'họp'],
      [true, 'tổ dân phố 6'],
      [false, 'phường'],
    ]);
    expect(query.prefixLast).toBe(true);
    expect(parseSearchQuery('"tổ dân phố"').prefixLast).toBe(false);
    expect(parseSearchQuery('"tổ dân phố').clauses[0]!.phrase).toBe(true);
  });

  it('accepts anything a reader can type', () => {
    expect(parseSearchQuery('').terms).toEqual([]);
    expect(parseSearchQuery(undefined).terms).toEqual([]);
    expect(parseSearchQuery(['a b', 'c']).terms).toEqual(['a', 'b']);
    expect(parseSearchQuery('"quoted" 100% \u0000nul 😀 emoji').terms).toEqual(['quoted', '100', 'nul', 'emoji']);
    expect(parseSearchQuery("'; drop table articles; --").terms).toEqual(['drop', 'table', 'articles']);
  });

  it('keeps at most eight words', () => {
    expect(parseSearchQuery('a b c d "e f g h i j" k').clauses.flatMap((c) => c.words)).toHaveLength(8);
  });

  it('cuts very long queries and says so', () => {
    const parsed = parseSearchQuery('a'.repeat(1000));
    expect(parsed.truncated).toBe(true);
    expect(parsed.text.length).toBe(200);
  });
});

describe('toTsQuery', () => {
  it('joins words with AND, phrases with <->, and lets the last word be a prefix', () => {
    expect(toTsQuery(parseSearchQuery('Hùng Vương'), 'folded')).toBe("'hung' & 'vuong':*");
    expect(toTsQuery(parseSearchQuery('Hùng Vương'), 'exact')).toBe("'hùng' & 'vương':*");
    expect(toTsQuery(parseSearchQuery('"tổ dân phố 6"'), 'folded')).toBe("('to' <-> 'dan' <-> 'pho' <-> '6')");
    expect(toTsQuery(parseSearchQuery('ĐẢNG'), 'folded')).toBe("'dang':*");
  });

  it('keeps nothing that could change the query syntax', () => {
    expect(toTsQuery(parseSearchQuery("a' | b & !c:* (d)"), 'folded')).toBe("'a' & 'b' & 'c' & 'd':*");
    expect(toTsQuery(parseSearchQuery("a & !b | (c:* <-> 'd')"), 'folded')).toBe("'a' & 'b' & 'c' & 'd':*");
    expect(toTsQuery(parseSearchQuery('😀 \\ : * !'), 'folded')).toBeNull();
    for (const { label, value } of HOSTILE_STRINGS) {
      const text = toTsQuery(parseSearchQuery(value), 'exact') ?? '';
      // Every operand is one quoted run of letters, marks and digits.
      expect(text.replace(/'[\p{L}\p{M}\p{N}]+'(:\*)?/gu, '').replace(/[()&<\->\s]/g, ''), label).toBe('');
    }
  });
});

describe('buildSnippet', () => {
  const marked = (source: string, q: string) =>
    buildSnippet(source, parseSearchQuery(q))
      .filter((s) => s.mark)
      .map((s) => s.text);

  it('marks matched words in the story’s own accents, with or without accents typed', () => {
    expect(marked('Cơn bão số 3 đổ bộ; báo chí đưa tin.', 'bao')).toEqual(['bão', 'báo']);
    expect(marked('Cơn Bão số 3 đổ bộ.', 'bão')).toEqual(['Bão']);
    expect(marked('Phường Hùng Vương họp.', 'hung vuo')).toEqual(['Hùng', 'Vương']);
  });

  it('marks other accents of a word typed with accents only where the story lacks the typed one', () => {
    expect(marked('Cơn bão số 3 đổ bộ; báo chí đưa tin.', 'bão')).toEqual(['bão']);
    expect(marked('Báo chí đưa tin về bao lâu.', 'bão')).toEqual(['Báo', 'bao']);
    // Each word on its own: "kinh" was typed without accents, "tế" with them.
    expect(marked('Kinh tế không tệ, kính mời.', 'kinh tế')).toEqual(['Kinh', 'tế', 'kính']);
    expect(marked('Hùng Vương, hưng vượng.', 'hùng vươ')).toEqual(['Hùng', 'Vương']);
  });

  it('keeps the text as text and cuts around the best passage', () => {
    const words = Array.from({ length: 100 }, (_, i) => `từ${i}`).join(' ');
    const segments = buildSnippet(`${words} <b>bão</b> ${words}`, parseSearchQuery('bão'));
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('<b>bão</b>');
    expect(segments.filter((s) => s.mark)).toEqual([{ text: 'bão', mark: true }]);
  });

  it('shows the opening words when only the title matched', () => {
    expect(buildSnippet('Sapo của bài.', parseSearchQuery('khác'))).toEqual([{ text: 'Sapo của bài.', mark: false }]);
    expect(buildSnippet('', parseSearchQuery('khác'))).toEqual([]);
  });
});
