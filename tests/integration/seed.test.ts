import { describe, expect, it } from 'vitest';
import { countArticles } from '@/db/queries/seed';
import { seedBulkContent } from '@/lib/demo/seed';

describe('the benchmark dataset', () => {
  it('adds its stories once: a second run of the same size adds nothing and keeps every story', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await seedBulkContent({ count: 30, log });
    const afterFirst = await countArticles();
    expect(afterFirst).toBe(30);
    expect(lines.join('\n')).toContain('30 bài mới');

    lines.length = 0;
    await seedBulkContent({ count: 30, log });
    expect(await countArticles()).toBe(afterFirst);
    expect(lines.join('\n')).toContain('0 bài mới');

    // A larger size adds only the stories the smaller one lacked.
    lines.length = 0;
    await seedBulkContent({ count: 45, log });
    expect(await countArticles()).toBe(45);
    expect(lines.join('\n')).toContain('15 bài mới');
  });
});
