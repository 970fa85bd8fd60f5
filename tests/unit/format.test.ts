import { describe, expect, it } from 'vitest';
import { formatDateLine, formatDateTimeLine, toIsoVietnam } from '@/lib/format/dates';
import { foldVietnamese } from '@/lib/format/fold';
import { slugify, uniqueSlug } from '@/lib/format/slug';

describe('slugify', () => {
  it('drops Vietnamese diacritics and turns đ into d', () => {
    expect(slugify('Phường Hùng Vương xây dựng tổ chức cơ sở Đảng TSVM')).toBe('phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm');
    expect(slugify('Đường đến Điện Biên')).toBe('duong-den-dien-bien');
  });

  it('collapses punctuation and trims dashes', () => {
    expect(slugify('  “Kinh tế” 2025: tăng trưởng 8%!  ')).toBe('kinh-te-2025-tang-truong-8');
  });

  it('keeps long slugs short, cutting at a word', () => {
    const slug = slugify('Một tiêu đề rất dài '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('finds the first free variant', async () => {
    const taken = new Set(['tin-moi', 'tin-moi-2']);
    expect(await uniqueSlug('tin-moi', async (s) => taken.has(s))).toBe('tin-moi-3');
    expect(await uniqueSlug('', async () => false)).toBe('bai-viet');
  });
});

describe('foldVietnamese', () => {
  it('folds accents, đ and case', () => {
    expect(foldVietnamese('Hùng Vương')).toBe('hung vuong');
    expect(foldVietnamese('ĐẢNG bộ')).toBe('dang bo');
    expect(foldVietnamese('Nghị quyết số 05')).toBe('nghi quyet so 05');
  });
});

describe('Vietnamese dates', () => {
  it('writes the date line in Vietnam time', () => {
    expect(formatDateLine(new Date('2022-01-20T08:30:00+07:00'))).toBe('Thứ Năm, 20/01/2022');
    // 23:30 UTC on Wednesday is already Thursday in Hà Nội.
    expect(formatDateLine(new Date('2022-01-19T17:30:00Z'))).toBe('Thứ Năm, 20/01/2022');
    expect(formatDateLine('2024-06-02T03:00:00Z')).toBe('Chủ Nhật, 02/06/2024');
  });

  it('adds the time and writes ISO 8601 with +07:00', () => {
    expect(formatDateTimeLine('2022-01-20T01:30:00Z')).toBe('Thứ Năm, 20/01/2022 08:30');
    expect(toIsoVietnam('2022-01-20T01:30:00Z')).toBe('2022-01-20T08:30:00+07:00');
  });
});

describe('vietnamDayRange', () => {
  it('is the Vietnam calendar day, from 00:00 +07:00 to the next', async () => {
    const { vietnamDayRange } = await import('@/lib/format/dates');
    expect(vietnamDayRange('2025-03-01')).toEqual({ start: new Date('2025-03-01T00:00:00+07:00'), end: new Date('2025-03-02T00:00:00+07:00') });
    expect(vietnamDayRange('2024-12-31')!.end).toEqual(new Date('2025-01-01T00:00:00+07:00'));
  });

  it('refuses days that do not exist and anything else', async () => {
    const { vietnamDayRange } = await import('@/lib/format/dates');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '0000-01-01', '', 'hôm nay', '2025-03-01T00:00']) expect(vietnamDayRange(bad), bad).toBeNull();
    expect(vietnamDayRange('2024-02-29')).not.toBeNull();
  });
});
