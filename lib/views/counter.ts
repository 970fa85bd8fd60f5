import 'server-only';
import { isbot } from 'isbot';
import { addViews, type ViewBatch } from '@/db/queries/views';

/*
 * Readers' views, counted in memory and written in batches: one statement every few seconds
 * for all stories, never a row per view. A view reaches here from the story page's beacon
 * (pages stay cached, so the server never sees page loads); robots are not counted.
 */

const FLUSH_AFTER_MS = 5_000;
const MAX_PENDING = 2_000;
/** Views kept for a later try while the database is away, at most. */
const MAX_RETAINED = 20_000;
/** One count per address, story and hour, whatever a script sends; the browser dedupes too. */
const MAX_SEEN = 200_000;

type State = { pending: Map<string, ViewBatch[number]>; seen: Set<string>; seenHour: number; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };
const state: State = ((globalThis as { __newsroomViews?: State }).__newsroomViews ??= {
  pending: new Map(),
  seen: new Set(),
  seenHour: 0,
  timer: null,
  flushing: null,
});

const HOUR_MS = 3_600_000;

export type ViewOutcome = 'counted' | 'robot' | 'repeat';

export function countView({ articleId, userAgent, addressHash, now = new Date() }: { articleId: number; userAgent: string | null; addressHash: string; now?: Date }): ViewOutcome {
  if (!userAgent || isbot(userAgent)) return 'robot';
  const hour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  if (hour !== state.seenHour) {
    state.seen.clear();
    state.seenHour = hour;
  }
  const seenKey = `${addressHash}:${articleId}`;
  if (state.seen.has(seenKey)) return 'repeat';
  if (state.seen.size < MAX_SEEN) state.seen.add(seenKey);
  const key = `${articleId}:${hour}`;
  const entry = state.pending.get(key);
  if (entry) entry.views += 1;
  else state.pending.set(key, { articleId, hour: new Date(hour), views: 1 });
  if (state.pending.size >= MAX_PENDING) void flushViews();
  else state.timer ??= setTimeout(() => void flushViews(), FLUSH_AFTER_MS).unref();
  return 'counted';
}

/** Writes what has been counted; on failure the counts wait for the next flush (bounded). */
export async function flushViews(): Promise<void> {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  if (state.flushing) await state.flushing;
  if (state.pending.size === 0) return;
  const batch = [...state.pending.values()];
  state.pending = new Map();
  state.flushing = addViews(batch)
    .catch((error) => {
      console.error(`views: could not write ${batch.length} counts, keeping them for the next try`, error);
      for (const item of batch) {
        if (state.pending.size >= MAX_RETAINED) break;
        const key = `${item.articleId}:${item.hour.getTime()}`;
        const entry = state.pending.get(key);
        if (entry) entry.views += item.views;
        else state.pending.set(key, item);
      }
      state.timer ??= setTimeout(() => void flushViews(), FLUSH_AFTER_MS * 6).unref();
    })
    .finally(() => {
      state.flushing = null;
    });
  await state.flushing;
}
