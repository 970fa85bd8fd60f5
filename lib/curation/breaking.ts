import 'server-only';
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { deleteSetting, readSetting, writeSetting } from '@/db/queries/settings';
import { fromVietnamLocal } from '../articles/visibility';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { breakingChanged } from '../cache/invalidate';
import { cacheTags } from '../cache/tags';
import { breakingSchema } from '../validation/taxonomy';

/* The breaking-news banner: one row of site_settings, shown on every reader page until it expires. */

export const BREAKING_KEY = 'breaking';

/** Why a banner was refused; lib/actions/curation.ts puts it into words. */
export type BreakingRefusal = 'expiresInvalid' | 'expiresPast';

const storedSchema = z.object({ text: z.string(), href: z.string(), expiresAt: z.string() });
export type Breaking = z.infer<typeof storedSchema>;

async function loadBreaking(): Promise<Breaking | null> {
  const parsed = storedSchema.safeParse(await readSetting({ key: BREAKING_KEY }));
  if (!parsed.success) return null;
  // A link saved before the stricter check (`/\\evil.example`) is dropped, not followed.
  return { ...parsed.data, href: breakingSchema.shape.href.safeParse(parsed.data.href).success ? parsed.data.href : '' };
}

/*
 * Why an expired banner disappears although reader pages are cached:
 * - the row is cached under the 'breaking' tag, which setting or removing it expires at once;
 * - the expiry is compared with the clock when a page renders (getLiveBreaking);
 * - `revalidate: 60` here also caps the lifetime of every cached page that reads it (Next
 *   shrinks a page's revalidate to that of the unstable_cache entries it used), so each
 *   reader page re-renders at most a minute after it was rendered and then drops the banner.
 * Next serves the stale copy to the request that triggers the re-render: on a busy page the
 * banner stays up to about a minute past its expiry; on a page nobody opened meanwhile, the
 * first visit after the expiry still shows it once. Acceptable for a banner, and cheap: one
 * re-render per page per minute under traffic, from data caches.
 */
const READER_PAGE_TTL_SECONDS = 60;

/** The stored banner, expired or not (the dashboard shows both). */
export const getBreaking = unstable_cache(loadBreaking, ['breaking'], { tags: [cacheTags.breaking], revalidate: READER_PAGE_TTL_SECONDS });

/** The banner readers should see at `now`, or null. */
export async function getLiveBreaking(now = new Date()): Promise<Breaking | null> {
  const banner = await getBreaking();
  return banner && new Date(banner.expiresAt) > now ? banner : null;
}

export async function setBreaking(
  user: CurrentUser,
  input: { text: string; href: string; expiresAt: string },
  now = new Date(),
): Promise<{ ok: true; data: Breaking } | { ok: false; reason: BreakingRefusal; field: 'expiresAt' }> {
  const expires = fromVietnamLocal(input.expiresAt);
  if (Number.isNaN(expires.getTime())) return { ok: false, reason: 'expiresInvalid', field: 'expiresAt' };
  if (expires <= now) return { ok: false, reason: 'expiresPast', field: 'expiresAt' };
  const data: Breaking = { text: input.text, href: input.href, expiresAt: expires.toISOString() };
  const db = await getDb();
  await db.transaction(async (tx) => {
    await writeSetting({ key: BREAKING_KEY, value: data, tx });
    await audit({ actorId: user.id, action: 'home.curate', targetType: 'breaking', data }, tx);
  });
  breakingChanged();
  return { ok: true, data };
}

export async function clearBreaking(user: CurrentUser): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await deleteSetting({ key: BREAKING_KEY, tx });
    await audit({ actorId: user.id, action: 'home.curate', targetType: 'breaking', data: { cleared: true } }, tx);
  });
  breakingChanged();
}
