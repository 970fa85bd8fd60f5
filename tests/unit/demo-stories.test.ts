import { describe, expect, it } from 'vitest';
import { generateDemoStories } from '@/db/seed/demo-stories';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('generateDemoStories', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoStories(30, 3)).toEqual(generateDemoStories(30, 3));
    expect(generateDemoStories(30, 3)[0]!.title).not.toEqual(generateDemoStories(30, 4)[0]!.title);
  });

  it('covers every section with unique, well-formed Vietnamese stories', () => {
    const stories = generateDemoStories(5000, 1);
    expect(stories).toHaveLength(5000);
    expect(new Set(stories.slice(0, 80).map((s) => s.sectionSlug)).size).toBe(8);
    expect(new Set(stories.map((s) => s.title)).size).toBe(5000);
    for (const story of stories.slice(0, 400)) {
      expect(story.paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(story.paragraphs.length).toBeLessThanOrEqual(8);
      expect(words(story.title)).toBeGreaterThanOrEqual(5);
      expect(words(story.sapo)).toBeGreaterThanOrEqual(20);
      for (const text of [story.title, story.sapo, ...story.paragraphs]) {
        expect(text).toBe(text.normalize('NFC'));
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/năm \d\.\d{3}/); // years are never digit-grouped
      }
      for (const p of story.paragraphs) expect(p).toMatch(/[.!?…”]$/);
      expect(story.tags.length).toBeGreaterThanOrEqual(2);
    }
    expect(stories.some((s) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(s.title))).toBe(true);
  });

  it('spreads publication times strictly backwards from now', () => {
    const stories = generateDemoStories(300, 2);
    for (let i = 1; i < stories.length; i++) expect(stories[i]!.hoursAgo).toBeGreaterThan(stories[i - 1]!.hoursAgo);
    expect(stories[0]!.hoursAgo).toBeLessThan(6);
  });
});
