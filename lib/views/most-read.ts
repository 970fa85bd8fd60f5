import 'server-only';
import { unstable_cache } from 'next/cache';
import { countViews, listMostRead, type ViewCounts } from '@/db/queries/views';
import { vietnamDayStart } from '../format/dates';

const DAY_MS = 24 * 3_600_000;
/** Fewer stories read in the last day than this: the box looks back a week instead. */
const THIN_TRAFFIC = 5;
export const MOST_READ_SIZE = 6;

/** The box "Đọc nhiều": most read in 24 hours, or in 7 days when traffic is thin. Lags ≤ 5 minutes. */
export const getMostRead = unstable_cache(
  async () => {
    const now = Date.now();
    const day = await listMostRead({ since: new Date(now - DAY_MS), limit: MOST_READ_SIZE });
    if (day.length >= THIN_TRAFFIC) return day;
    return listMostRead({ since: new Date(now - 7 * DAY_MS), limit: MOST_READ_SIZE });
  },
  ['most-read'],
  { revalidate: 300 },
);

/** Views of each story for the dashboard: today (Vietnam's day), the last 7 days, in all. */
export async function getViewCounts(ids: number[], now = new Date()): Promise<Map<number, ViewCounts>> {
  return countViews({ ids, dayStart: vietnamDayStart(now), weekStart: new Date(now.getTime() - 7 * DAY_MS) });
}
