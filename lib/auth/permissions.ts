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
  'article.return': ['editor', 'admin'],
  'article.share': ['editor', 'admin'],
  'article.unpublish': ['editor', 'admin'],
  'article.correct': ['editor', 'admin'],
  'article.restoreRevision': ['editor', 'admin'],
  'article.trash': ['editor', 'admin'],
  'trash.empty': ['admin'],
  'article.takeOver': ['editor', 'admin'],
  'media.upload': ['writer', 'editor', 'admin'],
  'media.edit': ['writer', 'editor', 'admin'],
  'media.editAny': ['editor', 'admin'],
  'section.manage': ['editor', 'admin'],
  'tag.manage': ['editor', 'admin'],
  'home.curate': ['editor', 'admin'],
  'feeds.configure': ['editor', 'admin'],
  'page.manage': ['editor', 'admin'],
  'tip.manage': ['editor', 'admin'],
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
const WRITER_EDITABLE = new Set(['draft', 'review', 'returned']);

/** Whether this person may change this story now. */
export function canEditArticle(
  user: { id: number; role: Role },
  article: { status: string; createdBy: number | null; authorIds: number[] },
): boolean {
  if (can(user.role, 'article.editAny')) return true;
  if (!can(user.role, 'article.editOwn')) return false;
  return ownsArticle(user, article) && WRITER_EDITABLE.has(article.status);
}

/** The person created the story or is one of its authors. */
export function ownsArticle(user: { id: number }, article: { createdBy: number | null; authorIds: number[] }): boolean {
  return article.createdBy === user.id || article.authorIds.includes(user.id);
}

/**
 * Whether this person may open this story in the dashboard (editor, preview, history, presence):
 * editors and admins any story; writers their own and those readers can see now.
 * `publicNow` comes from isPublicAt() in lib/articles/visibility.ts.
 */
export function canViewArticle(
  user: { id: number; role: Role },
  article: { createdBy: number | null; authorIds: number[]; publicNow: boolean },
): boolean {
  if (can(user.role, 'article.editAny')) return true;
  if (!can(user.role, 'article.create')) return false;
  return article.publicNow || ownsArticle(user, article);
}

/**
 * Whether this person may change a photograph's alt text, caption, credit and focal point:
 * editors and admins any; writers only photos they uploaded that no published story uses.
 */
export function canEditMedia(user: { id: number; role: Role }, photo: { uploadedBy: number | null; usedByPublished: boolean }): boolean {
  if (can(user.role, 'media.editAny')) return true;
  if (!can(user.role, 'media.edit')) return false;
  return photo.uploadedBy === user.id && !photo.usedByPublished;
}

