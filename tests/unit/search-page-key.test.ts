import { describe, expect, it } from 'vitest';
import { searchedBefore, searchPageKey, searchParamsOfKey, searchResultsPath } from '@/lib/search/page-key';

describe('search page keys', () => {
  it('hold a query and its filters, and give them back', () => {
    const key = searchPageKey({ q: '  "tổ dân phố 6" bão ', 'chuyen-muc': 'thoi-su', 'tu-ngay': '2025-03-01', den_ngay: '2025-03-31', sau: 'abc', other: 'x' })!;
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchResultsPath(key)).toBe(`/tim-kiem/ket-qua/${key}`);
    expect(searchParamsOfKey(key)).toEqual({ q: '"tổ dân phố 6" bão', 'chuyen-muc': 'thoi-su', 'tu-ngay': '2025-03-01', 'den-ngay': '2025-03-31', sau: 'abc' });
  });

  it('are the same for the same search, whatever the order or repeats of the parameters', () => {
    const a = searchPageKey({ q: 'bão', 'chuyen-muc': 'thoi-su' });
    expect(searchPageKey({ 'chuyen-muc': ['thoi-su', 'kinh-te'], q: ' bão' })).toBe(a);
    expect(searchPageKey({ q: 'báo', 'chuyen-muc': 'thoi-su' })).not.toBe(a);
  });

  it('are not made without a query', () => {
    expect(searchPageKey({})).toBeNull();
    expect(searchPageKey({ q: '   ', 'chuyen-muc': 'thoi-su' })).toBeNull();
  });

  it('refuse what the server did not make', () => {
    const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    for (const key of ['', 'khong-phai-khoa', '!!!', encode('chuyen-muc=thoi-su'), encode('q=a&q=b'), encode('q=a&admin=1'), 'x'.repeat(5000), encode('\u0000').slice(0, 1)]) {
      expect(searchParamsOfKey(key), key.slice(0, 20)).toBeNull();
    }
    expect(searchParamsOfKey(encode('q=b%C3%A3o'))).toEqual({ q: 'bão' });
  });

  it('tell a search asked for again within the minute', () => {
    const key = searchPageKey({ q: `lần đầu ${Math.random()}` })!;
    expect(searchedBefore(key)).toBe(false);
    expect(searchedBefore(key)).toBe(true);
  });
});
