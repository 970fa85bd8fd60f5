import 'server-only';
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { deleteSetting } from '@/db/queries/home';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { breakingChanged } from '../cache/invalidate';
import { cacheTags } from '../cache/tags';
import { taxonomyMessages } from '../i18n/vi/taxonomy';

/* The breaking-news banner: one row of site_settings, shown on every reader page until it expires. */

export const BREAKING_KEY = 'breaking';

const storedSchema = z.object({ text: z.string(), href: z.string(), expiresAt: z.string() });
export type Breaking = z.infer<typeof storedSchema>;

async function loadBreaking(): Promise<Breaking | null> {
  const parsed = storedSchema.safeParse(await readSetting({ key: BREAKING_KEY }));
  return parsed.success ? parsed.data : null;
}

/** The stored banner, expired or not (the dashboard shows both). */
export const getBreaking = unstable_cache(loadBreaking, ['breaking'], { tags: [cacheTags.breaking] });

/**
 * The banner readers should see at `now`, or null. Expiry is checked at render time, not
 * in the cache: the cached row only changes when an editor edits it, and the reader layout
 * re-renders at least once a minute (see app/(site)/layout.tsx) to drop an expired banner.
 */
export async function getLiveBreaking(now = new Date()): Promise<Breaking | null> {
  const banner = await getBreaking();
  return banner && new Date(banner.expiresAt) > now ? banner : null;
}

/** `2026-05-01T18:30` typed in the dashboard is Vietnam time (UTC+7, no daylight saving). */
export function fromVietnamLocal(value: string): Date {
  return new Date(`${value}:00+07:00`);
}

/** The reverse, for a `datetime-local` field's default value. */
export function toVietnamLocal(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

export async function setBreaking(
  user: CurrentUser,
  input: { text: string; href: string; expiresAt: string },
  now = new Date(),
): Promise<{ ok: true; data: Breaking } | { ok: false; error: string; field: 'expiresAt' }> {
  const expires = fromVietnamLocal(input.expiresAt);
  if (Number.isNaN(expires.getTime())) return { ok: false, error: taxonomyMessages.home.expiresInvalid, field: 'expiresAt' };
  if (expires <= now) return { ok: false, error: taxonomyMessages.home.expiresPast, field: 'expiresAt' };
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
