import type { ArticleStatus } from '@/db/schema/articles';
import { toIsoVietnam } from '../format/dates';

/*
 * What a reader may see, decided here (in memory) and in db/queries/visibility.ts (the
 * same rule as SQL, for queries). The two are twins: tests/integration/visibility.test.ts
 * tries every status × trash × publish time against both and requires them to agree.
 * This module imports no database code, so the dashboard's client components use it too.
 */

export type StoryState = { status: ArticleStatus; publishedAt: Date | string | null; deletedAt?: Date | string | null };

/** Readers see the story at `now`: published, not in the trash, and its publish time has passed. */
export function isPublicAt(story: StoryState, now: Date = new Date()): boolean {
  return story.status === 'published' && !story.deletedAt && story.publishedAt !== null && new Date(story.publishedAt) <= now;
}

export const DISPLAY_STATUSES = ['draft', 'review', 'returned', 'published', 'scheduled', 'unpublished'] as const;

/** The status the dashboard shows: a published story whose time has not come is "scheduled". */
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export function isScheduledAt(story: StoryState, now: Date = new Date()): boolean {
  return story.status === 'published' && story.publishedAt !== null && new Date(story.publishedAt) > now;
}

export function displayStatus(story: StoryState, now: Date = new Date()): DisplayStatus {
  return isScheduledAt(story, now) ? 'scheduled' : story.status;
}

/*
 * The dashboard's `datetime-local` fields (`2026-05-01T18:30`) are typed in newsroom time,
 * Asia/Ho_Chi_Minh: UTC+7 all year (Vietnam keeps no daylight saving).
 */
const NEWSROOM_OFFSET = '+07:00';

/** `2026-05-01T18:30` → `2026-05-01T18:30:00+07:00`, the ISO form actions accept. */
export function vietnamLocalToIso(value: string): string {
  return `${value}:00${NEWSROOM_OFFSET}`;
}

/** `2026-05-01T18:30` typed in the dashboard, as an instant. */
export function fromVietnamLocal(value: string): Date {
  return new Date(vietnamLocalToIso(value));
}

/** The reverse, for a `datetime-local` field's value. */
export function toVietnamLocal(date: Date | string): string {
  return toIsoVietnam(date).slice(0, 16);
}
