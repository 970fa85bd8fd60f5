import { describe, expect, it } from 'vitest';
import { param } from '@/lib/site/query';

describe('query parameters', () => {
  it('are read by their hyphenated name', () => {
    expect(param({ 'trang-thai': 'draft' }, 'trang-thai')).toBe('draft');
    expect(param({ 'trang-thai': ['spam', 'pending'] }, 'trang-thai')).toBe('spam');
  });

  it('still read from a link bookmarked with the old underscore spelling', () => {
    expect(param({ trang_thai: 'review', chuyen_muc: '3', tac_gia: '7' }, 'trang-thai')).toBe('review');
    expect(param({ chuyen_muc: '3' }, 'chuyen-muc')).toBe('3');
    expect(param({ tac_gia: '7' }, 'tac-gia')).toBe('7');
  });

  it('prefer the one spelling when a link has both', () => {
    expect(param({ 'trang-thai': 'draft', trang_thai: 'review' }, 'trang-thai')).toBe('draft');
    expect(param({}, 'trang-thai')).toBeUndefined();
  });
});
