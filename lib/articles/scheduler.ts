import 'server-only';
import { listComingDue } from '@/db/queries/articles-admin';
import { articlePublished } from '../cache/invalidate';

/*
 * Scheduled stories are ordinary published stories whose publish time is in the future;
 * readers' queries already hide them until then. What must happen at that time is that
 * cached pages learn of them: every few seconds each server instance expires the pages of
 * stories that came due since its last look. No cron job, no reader traffic needed.
 */
const INTERVAL_MS = 10_000;
let lastCheck = new Date();
let timer: NodeJS.Timeout | undefined;

export async function announceDueArticles(now = new Date()): Promise<number> {
  const due = await listComingDue({ after: lastCheck, until: now });
  lastCheck = now;
  for (const article of due) articlePublished({ slug: article.slug });
  return due.length;
}

export function startScheduler(): void {
  if (timer) return;
  lastCheck = new Date();
  timer = setInterval(() => {
    announceDueArticles().catch((error) => console.error('scheduler: could not announce due stories', error));
  }, INTERVAL_MS);
  timer.unref();
}
