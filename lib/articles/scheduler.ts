import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { listComingDue, listRecentlyChanged } from '@/db/queries/articles-admin';
import { runSchedulerTick } from '@/db/queries/scheduler';
import { authSecret } from '../auth/secret';
import { articleChanged, articlePublished } from '../cache/invalidate';

/*
 * Scheduled stories are ordinary published stories whose publish time is in the future;
 * readers' queries already hide them until then. What must happen at that time is that
 * cached pages learn of them. Every few seconds each server instance asks itself, over
 * loopback, to run the tick (cache tags can only be expired inside a request). The tick's
 * window lives in the database and is taken with SKIP LOCKED, so across all instances each
 * due story is announced once, by whichever instance got there first; with Redis the
 * expiry reaches every instance through the shared cache (without Redis there is one
 * instance and its own memory). No cron job to set up, no reader traffic needed.
 */
export const SCHEDULER_PATH = '/api/scheduler';
const INTERVAL_MS = 10_000;

type SchedulerState = { timer?: NodeJS.Timeout };
const state = (globalThis as typeof globalThis & { __newsroomScheduler?: SchedulerState }).__newsroomScheduler ?? {};
(globalThis as typeof globalThis & { __newsroomScheduler?: SchedulerState }).__newsroomScheduler = state;

// A reader render that started before a save's cache expiry and finished after it is stored as
// fresh (in memory or in Redis alike: the shared cache does not prevent it); expiring recently
// saved stories once more on the next tick bounds such a stale copy.
const RESAVE_WINDOW_MS = 15_000;

/**
 * Expires the pages of stories that came due, or were saved, since the last tick of any
 * instance. Returns how many came due, or null when another instance is running the tick.
 */
export async function announceDueArticles(now = new Date()): Promise<number | null> {
  return runSchedulerTick(now, new Date(now.getTime() - 2 * INTERVAL_MS), async (lastCheck, tx) => {
    const due = await listComingDue({ after: lastCheck, until: now }, tx);
    const changed = await listRecentlyChanged({ after: new Date(lastCheck.getTime() - RESAVE_WINDOW_MS) }, tx);
    for (const article of due) articlePublished({ slug: article.slug, publishedAt: article.publishedAt });
    for (const article of changed) articleChanged({ slug: article.slug, publishedAt: article.publishedAt });
    return due.length;
  });
}

/** A scheduler token is good for the 30-second window it was made in and the next one. */
const TOKEN_WINDOW_MS = 30_000;

/** The token for the window holding `now`: a leaked one is useless a minute later. */
export function schedulerToken(now = Date.now()): string {
  const window = Math.floor(now / TOKEN_WINDOW_MS);
  return createHmac('sha256', authSecret()).update(`newsroom-scheduler:${window}`).digest('hex');
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Whether a call to the scheduler route comes from this deployment's own server: from loopback
 * (the address scripts/server.mjs decided, never a forwarded header) with a current token.
 */
export function isSchedulerCall(header: string | null, clientAddress: string, now = Date.now()): boolean {
  if (!LOOPBACK.has(clientAddress)) return false;
  const given = Buffer.from(header ?? '');
  return [now, now - TOKEN_WINDOW_MS].some((at) => {
    const expected = Buffer.from(schedulerToken(at));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** Starts the loopback tick; called once when the server starts (instrumentation.ts). */
export function startScheduler(): void {
  if (state.timer) return;
  state.timer = setInterval(() => {
    const port = process.env.PORT; // set by `next start` once it listens
    if (!port) return;
    fetch(`http://127.0.0.1:${port}${SCHEDULER_PATH}`, { method: 'POST', headers: { 'x-newsroom-scheduler': schedulerToken() } }).catch((error) =>
      console.error('scheduler: tick failed', error),
    );
  }, INTERVAL_MS);
  state.timer.unref();
  process.once('newsroom:shutdown', () => clearInterval(state.timer));
}
