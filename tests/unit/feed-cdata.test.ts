import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildRss } from '@/lib/feeds/rss';
import { defaultSiteSettings } from '@/lib/site/default-settings';

describe('RSS with hostile titles', () => {
  it('stays a valid document, and the title reads back as typed', () => {
    const title = 'a]]>b]]><x/>&amp; <script>alert(1)</script>';
    const sapo = ']]><item><title>giả</title></item><![CDATA[';
    const xml = buildRss({
      settings: defaultSiteSettings,
      title: 'Tin mới',
      description: 'Mô tả',
      path: '/',
      feedPath: '/rss.xml',
      stories: [{ id: 1, slug: 'a', title, sapo, sectionSlug: 'thoi-su', sectionName: 'Thời sự', publishedAt: new Date(0).toISOString(), image: null } as never],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ cdataPropName: false as never }).parse(xml);
    const item = doc.rss.channel.item;
    expect(Array.isArray(item)).toBe(false);
    expect(item.title).toBe(title);
    expect(item.description).toBe(sapo);
  });
});
