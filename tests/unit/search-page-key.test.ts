import { describe, expect, it } from 'vitest';
import { routeSearch, searchedBefore, searchPageKey, searchParamsOfKey, searchResultsPath } from '@/lib/search/page-key.mjs';

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

describe('the server routing a search (routeSearch)', () => {
  const address = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const request = (url: string, method = 'GET') => ({ method, url });

  it('sends a search asked for again to its cached page; the first one renders as asked', () => {
    const q = encodeURIComponent(`bão ${Math.random()}`);
    const reader = address();
    const first = request(`/tim-kiem?q=${q}&chuyen-muc=thoi-su`);
    expect(routeSearch(first, reader)).toBe('search');
    expect(first.url).toBe(`/tim-kiem?q=${q}&chuyen-muc=thoi-su`);
    // The same search, parameters in another order and repeated, from another reader.
    const again = request(`/tim-kiem?chuyen-muc=thoi-su&q=${q}&chuyen-muc=kinh-te`);
    expect(routeSearch(again, address())).toBe('search');
    const key = searchPageKey({ q: decodeURIComponent(q), 'chuyen-muc': 'thoi-su' })!;
    expect(again.url).toBe(searchResultsPath(key));
    // A client navigation's payload keeps Next's cache-busting parameter, and only that.
    const payload = request(`/tim-kiem?q=${q}&chuyen-muc=thoi-su&_rsc=abc12&x=1`);
    expect(routeSearch(payload, address())).toBe('search');
    expect(payload.url).toBe(`${searchResultsPath(key)}?_rsc=abc12`);
  });

  it('limits searches per address: 30 at once, then one a second; the empty form and other pages are not counted', () => {
    const reader = address();
    for (let i = 0; i < 5; i++) expect(routeSearch(request('/tim-kiem'), reader)).toBe('search');
    expect(routeSearch(request('/'), reader)).toBe('other');
    expect(routeSearch(request('/tim-kiem-khac?q=a'), reader)).toBe('other');
    const verdicts = Array.from({ length: 31 }, (_, i) => routeSearch(request(`/tim-kiem?q=lan${i}${Math.random()}`), reader));
    expect(verdicts.slice(0, 30)).toEqual(Array(30).fill('search'));
    expect(verdicts[30]).toBe('refused');
    // The results pages' own addresses and an encoded spelling of the path count as searches too.
    expect(routeSearch(request(searchResultsPath(searchPageKey({ q: 'x' })!)), reader)).toBe('refused');
    expect(routeSearch(request('/tim-ki%65m?q=x'), reader)).toBe('refused');
    expect(routeSearch(request('/tim-kiem?q=x'), address())).toBe('search');
  });
});
