import { describe, expect, it } from 'vitest';
import { bodyStats, bodyWordCount, characterCount, checkLength, countWords, readingMinutes, SYLLABLES_PER_MINUTE } from '@/lib/articles/reading';
import { paragraphsToDoc } from '@/lib/articles/rich-text';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('countWords', () => {
  it('counts Vietnamese syllables, as readers and newsrooms count "chữ"', () => {
    expect(countWords('Phường Hùng Vương xây dựng tổ chức cơ sở Đảng TSVM')).toBe(11);
    expect(countWords('Hà Nội')).toBe(2);
  });

  it('does not count punctuation standing alone, and counts a word with punctuation attached once', () => {
    expect(countWords('Giá lúa – theo ông Giang – tăng … • /')).toBe(6);
    expect(countWords('“Đảng viên phải gương mẫu”, ông nói.')).toBe(7);
    expect(countWords('(Ảnh: Ngô Tuấn Anh)')).toBe(4);
  });

  it('counts numbers and abbreviations with their punctuation as one word', () => {
    expect(countWords('617 đảng viên, 12.000 người, tăng 5,2% so với TP.HCM và COVID-19')).toBe(12);
    expect(countWords('ngày 20/01/2022')).toBe(2);
  });

  it('counts words written with combining marks (pasted text) like precomposed ones', () => {
    const decomposed = 'Vie\u0302\u0323t Nam'; // "Việt Nam" as e + circumflex + dot below
    expect(countWords(decomposed)).toBe(2);
    expect(countWords(decomposed.normalize('NFC'))).toBe(2);
  });

  it('is zero for nothing, white space or punctuation only', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t\u00a0 ')).toBe(0);
    expect(countWords('… – —')).toBe(0);
  });
});

describe('bodyWordCount', () => {
  it('counts what readers read: text, headings, lists, quotes, table cells and captions, not the pictures', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Chi bộ điển hình' }] },
      paragraph('Đảng bộ phường có 617 đảng viên.'),
      { type: 'figure', attrs: { mediaId: 1, key: 'a.jpg', width: 800, height: 600, alt: 'Cuộc họp chi bộ ở tổ dân phố', caption: 'Chi ủy họp bàn', credit: 'Ảnh: Ngô Tuấn Anh' } },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Một ý')] }] },
      { type: 'blockquote', content: [paragraph('Lời trích dẫn')] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1 }, content: [paragraph('Năm')] }] },
          { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [paragraph('2022')] }] },
        ],
      },
    );
    // 4 + 7 + caption 4 (alt and credit are not read as text) + 2 + 3 + table 2.
    expect(bodyWordCount(body)).toBe(22);
  });

  it("counts as the reader page shows: an unknown block's words as a paragraph, a bad link's text, no stray attributes", () => {
    expect(bodyWordCount(doc({ type: 'callout', content: [{ type: 'text', text: 'vẫn hiện ra' }] }, paragraph('Hiện ra')))).toBe(5);
    expect(bodyWordCount(doc({ type: 'paragraph', attrs: { title: 'không đọc' }, content: [{ type: 'text', text: 'Đọc', marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] }] }))).toBe(1);
  });

  it('is zero for an empty body and for junk', () => {
    expect(bodyWordCount(paragraphsToDoc(['']))).toBe(0);
    expect(bodyWordCount(null)).toBe(0);
    expect(bodyWordCount('chữ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it(`is words at ${SYLLABLES_PER_MINUTE} a minute, rounded up, at least 1 once there is a word`, () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(SYLLABLES_PER_MINUTE)).toBe(1);
    expect(readingMinutes(SYLLABLES_PER_MINUTE + 1)).toBe(2);
    expect(readingMinutes(1234)).toBe(Math.ceil(1234 / SYLLABLES_PER_MINUTE));
  });

  it('comes with the word count for a body', () => {
    expect(bodyStats(doc(paragraph('Ba chữ thôi')))).toEqual({ words: 3, minutes: 1 });
    expect(bodyStats(doc())).toEqual({ words: 0, minutes: 0 });
  });
});

describe('characterCount', () => {
  it('counts Vietnamese letters as one each, typed precomposed or with combining marks', () => {
    expect(characterCount('Việt Nam')).toBe(8);
    expect(characterCount('Vie\u0302\u0323t Nam')).toBe(8);
    expect(characterCount('Vie\u0323\u0302t')).toBe(4); // marks in the other order: still one letter
    expect(characterCount('Đảng bộ')).toBe(7);
  });

  it('counts a run of white space once and none at the ends, as search engines show the text', () => {
    expect(characterCount('  Hà   Nội\n')).toBe(6);
    expect(characterCount('')).toBe(0);
  });

  it('counts an emoji as one character', () => {
    expect(characterCount('Tết 🎉')).toBe(5);
  });
});

describe('checkLength', () => {
  const text = (n: number) => 'a'.repeat(n);

  it('has no hint inside the range, nor for an empty field', () => {
    expect(checkLength('title', text(70))).toEqual({ count: 70, max: 70, hint: null });
    expect(checkLength('title', text(30)).hint).toBeNull();
    expect(checkLength('title', '').hint).toBeNull();
  });

  it('hints when a title is longer than 70 characters or very short', () => {
    expect(checkLength('title', text(71))).toEqual({ count: 71, max: 70, hint: 'long' });
    expect(checkLength('title', 'Mưa lớn').hint).toBe('short');
  });

  it('gives the sapo a range of 120–200 characters', () => {
    expect(checkLength('sapo', text(119)).hint).toBe('short');
    expect(checkLength('sapo', text(120)).hint).toBeNull();
    expect(checkLength('sapo', text(200)).hint).toBeNull();
    expect(checkLength('sapo', text(201))).toEqual({ count: 201, max: 200, hint: 'long' });
  });

  it('measures in characters as seen, so a pasted title with combining marks is not over-counted', () => {
    const seen = 'Tiến độ dự án đường Vành đai 3 chậm vì vướng mặt bằng ở nhiều phường'; // 68 characters
    const pasted = seen.normalize('NFD');
    expect(pasted.length).toBeGreaterThan(70);
    expect(checkLength('title', pasted)).toEqual({ count: 68, max: 70, hint: null });
  });
});
