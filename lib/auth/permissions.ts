import type { Role } from '@/db/schema/users';

/**
 * Who may do what: the one table. Pages hide what a role cannot do; every server action
 * and route handler asks `can` again before acting.
 */
export const PERMISSIONS = {
  'dashboard.open': ['writer', 'editor', 'moderator', 'admin'],
  'article.create': ['writer', 'editor', 'admin'],
  'article.editOwn': ['writer', 'editor', 'admin'],
  'article.editAny': ['editor', 'admin'],
  'article.submit': ['writer', 'editor', 'admin'],
  'article.publish': ['editor', 'admin'],
  'article.unpublish': ['editor', 'admin'],
  'article.correct': ['editor', 'admin'],
  'article.restoreRevision': ['editor', 'admin'],
  'article.trash': ['editor', 'admin'],
  'trash.empty': ['admin'],
  'article.takeOver': ['editor', 'admin'],
  'media.upload': ['writer', 'editor', 'admin'],
  'media.edit': ['writer', 'editor', 'admin'],
  'section.manage': ['editor', 'admin'],
  'tag.manage': ['editor', 'admin'],
  'home.curate': ['editor', 'admin'],
  'comment.moderate': ['moderator', 'editor', 'admin'],
  'staff.manage': ['admin'],
  'settings.manage': ['admin'],
  'audit.read': ['admin'],
  'profile.edit': ['writer', 'editor', 'moderator', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return Boolean(role) && (PERMISSIONS[permission] as readonly Role[]).includes(role as Role);
}

/** Statuses in which a writer may still change their own story. */
const WRITER_EDITABLE = new Set(['draft', 'review']);

/** Whether this person may change this story now. */
export function canEditArticle(
  user: { id: number; role: Role },
  article: { status: string; createdBy: number | null; authorIds: number[] },
): boolean {
  if (can(user.role, 'article.editAny')) return true;
  if (!can(user.role, 'article.editOwn')) return false;
  const own = article.createdBy === user.id || article.authorIds.includes(user.id);
  return own && WRITER_EDITABLE.has(article.status);
}

