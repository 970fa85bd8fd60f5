import { describe, expect, it } from 'vitest';
import type { PublicArticle } from '@/db/queries/public-articles';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { articleSlugBase } from '@/lib/format/slug';
import { articleMetadata, siteTitle } from '@/lib/site/metadata';
import { describe as describeText, documentTitle, storyShare, type ShareableStory } from '@/lib/site/share';
import { googleResult, socialCard } from '@/lib/site/share-preview';
import { defaultSiteSettings } from '@/lib/site/default-settings';

const photo = { id: 7, key: '2026/12/abc.jpg', width: 2400, height: 1600, alt: 'Chi ủy họp bàn', focalX: 0.25, focalY: 0.4 };

const story = (over: Partial<ShareableStory> = {}): ShareableStory => ({
  title: 'Phường Hùng Vương xây dựng tổ chức cơ sở Đảng TSVM',
  seoTitle: '',
  sapo: 'Đảng bộ phường Hùng Vương đã chú trọng nâng cao chất lượng hoạt động của các chi bộ.',
  seoDescription: '',
  body: paragraphsToDoc(['Đảng bộ phường hiện có 617 đảng viên.']),
  sectionSlug: 'xay-dung-dang',
  slug: 'phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm',
  image: photo,
  ...over,
});

describe('storyShare', () => {
  it('takes the headline, the sapo as description, the story address and the 1200×630 card of the featured photo', () => {
    expect(storyShare(story())).toEqual({
      title: 'Phường Hùng Vương xây dựng tổ chức cơ sở Đảng TSVM',
      description: 'Đảng bộ phường Hùng Vương đã chú trọng nâng cao chất lượng hoạt động của các chi bộ.',
      path: '/xay-dung-dang/phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm',
      image: { url: '/og/7/250-400.jpg', width: 1200, height: 630, alt: 'Chi ủy họp bàn' },
    });
  });

  it('prefers the SEO title and description, and falls back to the body when there is no sapo', () => {
    expect(storyShare(story({ seoTitle: 'Tiêu đề SEO', seoDescription: 'Mô tả SEO' }))).toMatchObject({ title: 'Tiêu đề SEO', description: 'Mô tả SEO' });
    expect(storyShare(story({ sapo: '' })).description).toBe('Đảng bộ phường hiện có 617 đảng viên.');
  });

  it('has no card picture without a featured photo', () => {
    expect(storyShare(story({ image: null })).image).toBeNull();
  });

  it('is what the reader page says in its metadata', () => {
    const article = {
      ...story(),
      id: 1,
      creditLine: '',
      commentsClosed: false,
      publishedAt: '2022-01-20T01:00:00.000Z',
      updatedAt: '2022-01-20T01:00:00.000Z',
      section: { id: 3, slug: 'xay-dung-dang', name: 'Xây dựng Đảng' },
      image: { ...photo, caption: '', credit: '' },
      authors: [],
      tags: [],
      corrections: [],
    } satisfies PublicArticle;
    const share = storyShare(story());
    const metadata = articleMetadata(article);
    expect(metadata.title).toBe(share.title);
    expect(metadata.description).toBe(share.description);
    expect(metadata.alternates?.canonical).toBe(share.path);
    expect(metadata.openGraph).toMatchObject({ title: share.title, description: share.description, url: share.path, images: [{ ...share.image, type: 'image/jpeg' }] });
    expect(siteTitle(defaultSiteSettings).title).toMatchObject({ template: documentTitle('%s', defaultSiteSettings.paperName) });
  });
});

describe('describe', () => {
  it('keeps a short text whole, white space folded', () => {
    expect(describeText('  Mưa   lớn\nở Vĩnh Yên ')).toBe('Mưa lớn ở Vĩnh Yên');
  });

  it('cuts a long text at a word before the limit, without a dangling comma, and marks the cut', () => {
    const text = 'Đảng bộ phường Hùng Vương, thành phố Phúc Yên đã chú trọng nâng cao chất lượng';
    expect(describeText(text, 32)).toBe('Đảng bộ phường Hùng Vương…');
    expect(describeText(text, 32).length).toBeLessThanOrEqual(33);
  });
});

describe('the share preview', () => {
  const site = { name: 'Báo Vĩnh Phúc Mới', url: 'https://www.baovinhphucmoi.vn' };

  it('shows a Google result: the site, the address as a breadcrumb, the page title cut near 60 characters', () => {
    const result = googleResult(storyShare(story()), site);
    expect(result.siteName).toBe('Báo Vĩnh Phúc Mới');
    expect(result.breadcrumb).toBe('https://www.baovinhphucmoi.vn › xay-dung-dang › phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm');
    expect(result.title).toBe('Phường Hùng Vương xây dựng tổ chức cơ sở Đảng TSVM | Báo…');
    expect(result.title.length).toBeLessThanOrEqual(61);
    expect(result.description).toBe(storyShare(story()).description);
  });

  it('cuts a long description near 155 characters', () => {
    const long = 'Nhằm thực hiện có hiệu quả Nghị quyết số 05 của Tỉnh ủy về nâng cao chất lượng tổ chức cơ sở Đảng, đảng viên, Đảng bộ phường Hùng Vương đã chú trọng nâng cao chất lượng, hiệu quả hoạt động của các chi bộ.';
    const result = googleResult(storyShare(story({ sapo: long })), site);
    expect(result.description.endsWith('…')).toBe(true);
    expect(result.description.length).toBeLessThanOrEqual(156);
    expect(long.startsWith(result.description.slice(0, -1))).toBe(true);
  });

  it('shows a Facebook/Zalo card: the domain in capitals without www, the title and description, the card picture', () => {
    const card = socialCard(storyShare(story()), site);
    expect(card).toEqual({
      domain: 'BAOVINHPHUCMOI.VN',
      title: 'Phường Hùng Vương xây dựng tổ chức cơ sở Đảng TSVM',
      description: storyShare(story()).description,
      image: { url: '/og/7/250-400.jpg', width: 1200, height: 630, alt: 'Chi ủy họp bàn' },
    });
    expect(socialCard(storyShare(story()), { name: 'x', url: 'http://localhost:3150' }).domain).toBe('LOCALHOST:3150');
  });

  it("gives a new story the address its first save will give it (the typed slug, else the title's)", () => {
    expect(articleSlugBase({ slug: '', title: 'Mưa lớn ở Vĩnh Yên' })).toBe('mua-lon-o-vinh-yen');
    expect(articleSlugBase({ slug: 'mua-lon', title: 'Mưa lớn ở Vĩnh Yên' })).toBe('mua-lon');
    expect(articleSlugBase({ slug: '', title: '' })).toBe('bai-viet');
  });
});
