import 'server-only';
import { appendAudit } from '@/db/queries/audit';
import type { Executor } from '@/db/client';

export type AuditAction =
  | 'auth.signIn'
  | 'auth.signInFailed'
  | 'auth.signInThrottled'
  | 'auth.resetRequested'
  | 'auth.passwordReset'
  | 'auth.twoStepOn'
  | 'auth.twoStepOff'
  | 'auth.twoStepFailed'
  | 'auth.recoveryCodeUsed'
  | 'article.create'
  | 'article.save'
  | 'article.submit'
  | 'article.return'
  | 'article.note'
  | 'article.previewLink'
  | 'article.previewRevoke'
  | 'article.publish'
  | 'article.schedule'
  | 'article.unpublish'
  | 'article.correct'
  | 'article.restoreRevision'
  | 'article.trash'
  | 'article.restore'
  | 'trash.empty'
  | 'article.takeOver'
  | 'media.upload'
  | 'media.update'
  | 'section.save'
  | 'tag.save'
  | 'tag.merge'
  | 'home.curate'
  | 'settings.save'
  | 'settings.twoStepRoles'
  | 'staff.twoStepReset'
  | 'staff.create'
  | 'staff.update'
  | 'staff.role'
  | 'staff.deactivate'
  | 'staff.resetPassword'
  | 'staff.resetLink'
  | 'comment.approve'
  | 'comment.reject'
  | 'comment.spam'
  | 'comment.delete'
  | 'comment.reply'
  | 'blocklist.save'
  | 'page.create'
  | 'page.save'
  | 'page.publish'
  | 'page.unpublish'
  | 'page.move'
  | 'page.delete'
  | 'tip.handle'
  | 'tip.reopen';

/** Appends one entry to the audit log (never updated, never deleted). */
export async function audit(
  entry: { actorId: number | null; action: AuditAction; targetType?: string; targetId?: string | number; data?: Record<string, unknown> },
  tx?: Executor,
): Promise<void> {
  await appendAudit({ ...entry, targetId: entry.targetId === undefined ? '' : String(entry.targetId) }, tx);
}
