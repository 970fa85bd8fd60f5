import 'server-only';
import { listAudit, type AuditEntry } from '@/db/queries/audit';
import { findStaffNames } from '@/db/queries/users';
import type { Role } from '@/db/schema/users';
import { formatDateTimeLine, toIsoVietnam } from '../format/dates';
import { messages } from '../i18n/messages';
import { decodeCursor, encodeCursor } from '../site/cursor';

/** The audit log as admins read it: newest first, 50 a page, keyset by id, filtered by kind. */
export const AUDIT_PAGE_SIZE = 50;

const t = messages.staff.audit;

export type AuditKind = keyof typeof t.kinds;
export const AUDIT_KINDS = Object.keys(t.kinds) as AuditKind[];

export type AuditQuery = { kind?: AuditKind; before?: number };

export type AuditRow = { id: number; when: string; iso: string; who: string; what: string; target: string; targetHref?: string; detail: string };

/** `?loai=staff&truoc=123` from the address bar; anything unknown is ignored. */
export function parseAuditQuery(params: { loai?: string | string[]; truoc?: string | string[] }): AuditQuery {
  const kind = typeof params.loai === 'string' && (AUDIT_KINDS as string[]).includes(params.loai) ? (params.loai as AuditKind) : undefined;
  return { kind, before: decodeCursor(params.truoc, 'id')?.id };
}

export async function readAuditPage(query: AuditQuery): Promise<{ rows: AuditRow[]; nextCursor: string | null }> {
  const entries = await listAudit({ limit: AUDIT_PAGE_SIZE + 1, beforeId: query.before, action: query.kind ? `${query.kind}.` : undefined });
  const page = entries.slice(0, AUDIT_PAGE_SIZE);
  const userIds = page.filter((e) => e.targetType === 'user' && /^\d+$/.test(e.targetId)).map((e) => Number(e.targetId));
  const names = await findStaffNames({ ids: [...new Set(userIds)] });
  return { rows: page.map((entry) => describeAuditEntry(entry, names)), nextCursor: entries.length > AUDIT_PAGE_SIZE ? encodeCursor({ id: page[page.length - 1]!.id }) : null };
}

const roleLabel = (role: unknown) => messages.staff.roles[role as Role] ?? String(role ?? '');
const FIELD_LABELS: Record<string, string> = { name: messages.staff.fields.name, bio: messages.staff.fields.bio, password: messages.staff.fields.password, ...messages.staff.settings.fields };

/** Who did what to which thing, in words. */
export function describeAuditEntry(entry: AuditEntry, staffNames: Map<number, string>): AuditRow {
  const base = { id: entry.id, when: formatDateTimeLine(entry.createdAt), iso: toIsoVietnam(entry.createdAt), who: entry.actorName ?? (entry.action.startsWith('auth.') ? t.unknownActor : t.system), what: t.actions[entry.action] ?? entry.action };
  return { ...base, ...describeTarget(entry, staffNames), detail: describeData(entry) };
}

function describeTarget(entry: AuditEntry, staffNames: Map<number, string>): { target: string; targetHref?: string } {
  const { targetType: type, targetId: id } = entry;
  if (!type) return { target: '' };
  if (type === 'user') return { target: staffNames.get(Number(id)) ?? `${t.targets.user} #${id}`, targetHref: `/admin/staff/${id}` };
  if (type === 'email') return { target: id };
  if (type === 'setting') return { target: t.targets.setting ?? type };
  return { target: `${t.targets[type] ?? type} #${id}` };
}

function describeData({ action, data }: AuditEntry): string {
  const parts: string[] = [];
  if (action === 'staff.role') parts.push(t.details.role(roleLabel(data.from), roleLabel(data.to)));
  if (action === 'staff.create' || (action === 'staff.update' && data.via === 'cli')) parts.push(roleLabel(data.role));
  if (action === 'staff.update' && data.active === true) parts.push(t.details.reactivated);
  const fields = Array.isArray(data.fields) ? data.fields : Array.isArray(data.changed) ? data.changed : null;
  if (fields?.length) parts.push(t.details.fields(fields.map((f) => FIELD_LABELS[String(f)] ?? String(f)).join(', ')));
  if (data.via === 'cli') parts.push(t.details.viaCli);
  return parts.join(' · ');
}
