import type { Cursor } from '@/db/queries/public-articles';

/** A list cursor as a short URL segment: `<ms since epoch in base36>-<id in base36>`. */
export function encodeCursor(row: { publishedAt: string; id: number }): string {
  return `${new Date(row.publishedAt).getTime().toString(36)}-${row.id.toString(36)}`;
}

/** The cursor in a URL segment, or null when it is not one we made. */
export function decodeCursor(value: string): Cursor | null {
  const match = /^([0-9a-z]{1,12})-([0-9a-z]{1,10})$/.exec(value);
  if (!match) return null;
  const ms = Number.parseInt(match[1]!, 36);
  const id = Number.parseInt(match[2]!, 36);
  if (!Number.isSafeInteger(ms) || !Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const publishedAt = new Date(ms);
  if (Number.isNaN(publishedAt.getTime()) || ms > 8.64e15) return null;
  return { publishedAt, id };
}
