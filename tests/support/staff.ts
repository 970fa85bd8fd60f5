import { upsertSections, upsertStaff } from '@/db/queries/seed';
import type { Role } from '@/db/schema/users';

export type Person = { id: number; name: string; email: string; role: Role };

/**
 * Staff of a test file's own: `key → role`, with emails under `domain` so that no two files
 * share a person. Returns the people by key, ready for signInAs().
 */
export async function makeStaff<K extends string>(domain: string, roles: Record<K, Role>): Promise<Record<K, Person>> {
  const entries = Object.entries(roles) as [K, Role][];
  const ids = await upsertStaff(entries.map(([key, role]) => ({ email: `${key}@${domain}`, name: `Người ${key}`, slug: `${domain.replace(/\W+/g, '-')}-${key}`, role })));
  return Object.fromEntries(entries.map(([key, role]) => [key, { id: ids.get(`${key}@${domain}`)!, name: `Người ${key}`, email: `${key}@${domain}`, role }])) as Record<K, Person>;
}

/** A section of the test file's own; returns its id. */
export async function makeSection(slug: string, name = slug): Promise<number> {
  return (await upsertSections([{ slug, name, description: '', position: 0 }])).get(slug)!;
}
