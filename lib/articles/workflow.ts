import 'server-only';
import { getDb } from '@/db/client';
import {
  articleSlugInUse,
  dropRedirectsFor,
  getArticleForEdit,
  insertArticle,
  insertCorrection,
  insertRevision,
  mediaAlts,
  recordArticleRedirect,
  sectionExists,
  setArticleAuthors,
  setArticleTags,
  updateArticleIfVersion,
  type EditableArticle,
} from '@/db/queries/articles-admin';
import { deleteDraftBuffer, deleteNewStoryBuffer } from '@/db/queries/draft-buffers';
import type { ArticleStatus } from '@/db/schema/articles';
import { audit, type AuditAction } from '../audit/log';
import { can, canEditArticle } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import { articleChanged, articlePublished, articleUnpublished } from '../cache/invalidate';
import { articleSlugBase, slugify, uniqueSlug } from '../format/slug';
import type { ArticleFields } from '../validation/article';
import { insertNote } from '@/db/queries/notes';
import { deliverSoon } from '../mail/outbox';
import { notifyStoryEvent, type StoryEvent } from '../notifications/notify';
import { articleContentColumns } from './derive';
import { sanitizeDoc, type SafeBlock } from './rich-text';
import { isPublicAt } from './visibility';

/*
 * The story workflow: draft → review → published (now or scheduled) → unpublished; an editor may
 * send a story in review back to its writer with a reason (returned → review again).
 * Every change is checked against the role table and the story's state, refused when it
 * starts from a stale version, written with a whole-record revision in one transaction,
 * audited, and followed by exactly the cache invalidation readers need.
 */

export type Snapshot = ArticleFields & { status: ArticleStatus; publishedAt: string | null };

export type WorkflowSuccess = { ok: true; id: number; version: number; status: ArticleStatus; slug: string; publishedAt: string | null };
/** What publishing still needs: a field, or how many images in the body lack a description. */
export type MissingPart = 'title' | 'sapo' | 'section' | 'featuredAlt' | { bodyAlt: number };
/** Why a change was refused, as a code; lib/actions/articles.ts is the one place it becomes a sentence. */
export type WorkflowRefusal = 'forbidden' | 'notFound' | 'noSection' | 'notSubmittable' | 'incomplete' | 'scheduleInPast' | 'notPublished' | 'badRevision' | 'notInReview';
/** A plain refusal (with what publishing still needs), or a conflict with a newer version. */
export type WorkflowFailure =
  | { ok: false; reason: WorkflowRefusal; missing?: MissingPart[] }
  | { ok: false; reason: 'conflict'; conflict: true; current: Snapshot & { version: number } };
export type WorkflowResult = WorkflowSuccess | WorkflowFailure;

const refuse = (reason: WorkflowRefusal) => ({ ok: false as const, reason });
const conflictWith = (article: EditableArticle) => ({ ok: false as const, reason: 'conflict' as const, conflict: true as const, current: { ...snapshotOf(article), version: article.version } });

/** The editor's fields of a stored story. */
export function fieldsOf(article: EditableArticle): ArticleFields {
  return {
    title: article.title,
    sapo: article.sapo,
    body: article.body as ArticleFields['body'],
    sectionId: article.sectionId,
    tags: article.tagNames,
    creditLine: article.creditLine,
    authorIds: article.authorIds,
    featuredMediaId: article.featuredMediaId,
    slug: article.slug,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
  };
}

function snapshotOf(article: EditableArticle): Snapshot {
  return { ...fieldsOf(article), status: article.status, publishedAt: article.publishedAt?.toISOString() ?? null };
}


/** The photos of a body, gallery photos included: each needs its alt text before publication. */
function figuresOf(blocks: SafeBlock[]): { alt: string }[] {
  return blocks.flatMap((b) =>
    b.type === 'figure' ? [b] : b.type === 'gallery' ? b.images : b.type === 'blockquote' ? figuresOf(b.content) : b.type === 'bulletList' || b.type === 'orderedList' ? b.items.flatMap(figuresOf) : [],
  );
}

/** What publishing still needs; empty when ready. */
export async function missingForPublication(fields: ArticleFields): Promise<MissingPart[]> {
  const missing: MissingPart[] = [];
  if (!fields.title.trim()) missing.push('title');
  if (!fields.sapo.trim()) missing.push('sapo');
  if (!fields.sectionId || !(await sectionExists({ id: fields.sectionId }))) missing.push('section');
  const figures = figuresOf(sanitizeDoc(fields.body));
  const bodyWithoutAlt = figures.filter((f) => !f.alt.trim()).length;
  if (bodyWithoutAlt) missing.push({ bodyAlt: bodyWithoutAlt });
  if (fields.featuredMediaId) {
    const alts = await mediaAlts({ ids: [fields.featuredMediaId] });
    if (!alts.get(fields.featuredMediaId)?.trim()) missing.push('featuredAlt');
  }
  return missing;
}

async function chooseSlug(fields: ArticleFields, articleId?: number): Promise<string> {
  return uniqueSlug(articleSlugBase(fields), (candidate) => articleSlugInUse({ slug: candidate, exceptId: articleId }));
}

/** The workflow steps people are told of (lib/notifications/notify.ts). */
const STORY_EVENTS: Partial<Record<AuditAction, StoryEvent['kind']>> = {
  'article.submit': 'submitted',
  'article.return': 'returned',
  'article.publish': 'published',
  'article.schedule': 'scheduled',
};

type Change = {
  user: CurrentUser;
  id: number;
  baseVersion: number;
  fields: ArticleFields;
  status?: ArticleStatus;
  publishedAt?: Date | null;
  action: AuditAction;
  correction?: string;
  /** Written with the change: the reason an editor sends the story back. */
  returnReason?: string;
  auditData?: Record<string, unknown>;
};

/** The one write path for an existing story. */
async function applyChange(change: Change): Promise<WorkflowResult> {
  const db = await getDb();
  const before = await getArticleForEdit({ id: change.id });
  if (!before || before.deletedAt) return refuse('notFound');
  if (!canEditArticle(change.user, before)) return refuse('forbidden');
  if (before.version !== change.baseVersion) return conflictWith(before);
  if (change.fields.sectionId && !(await sectionExists({ id: change.fields.sectionId }))) return refuse('noSection');
  const slug = await chooseSlug(change.fields, change.id);
  const status = change.status ?? before.status;
  const publishedAt = change.publishedAt === undefined ? before.publishedAt : change.publishedAt;
  const wasPublic = isPublicAt(before);
  const written = await db.transaction(async (tx) => {
    const ok = await updateArticleIfVersion(tx, change.id, change.baseVersion, {
      ...articleContentColumns(change.fields),
      sectionId: change.fields.sectionId ?? before.sectionId,
      slug,
      status,
      publishedAt,
    });
    if (!ok) return false;
    await setArticleTags(tx, change.id, uniqueTags(change.fields.tags));
    await setArticleAuthors(tx, change.id, [...new Set(change.fields.authorIds)]);
    if (slug !== before.slug && before.publishedAt) {
      await recordArticleRedirect(tx, { oldSlug: before.slug, articleId: change.id });
      await dropRedirectsFor(tx, { slug, articleId: change.id });
    }
    if (change.correction) await insertCorrection(tx, { articleId: change.id, note: change.correction, createdBy: change.user.id });
    if (change.returnReason) await insertNote(tx, { articleId: change.id, authorId: change.user.id, kind: 'return', body: change.returnReason });
    const version = change.baseVersion + 1;
    const snapshot: Snapshot = { ...change.fields, slug, status, publishedAt: publishedAt?.toISOString() ?? null };
    await insertRevision(tx, { articleId: change.id, version, snapshot, createdBy: change.user.id });
    await deleteDraftBuffer({ articleId: change.id, userId: change.user.id }, tx);
    await audit({ actorId: change.user.id, action: change.action, targetType: 'article', targetId: change.id, data: { version, status, ...change.auditData } }, tx);
    const event = STORY_EVENTS[change.action];
    if (event) {
      const article = { id: change.id, title: change.fields.title, createdBy: before.createdBy, authorIds: change.fields.authorIds, publishedAt };
      await notifyStoryEvent(tx, { kind: event, article, actor: change.user, text: change.returnReason });
    }
    return true;
  });
  if (!written) return conflictWith((await getArticleForEdit({ id: change.id }))!);
  deliverSoon(); // the notifications' email, now that the change is committed
  const isPublic = isPublicAt({ status, publishedAt });
  const ref = { slug, previousSlug: before.slug, publishedAt, previousPublishedAt: before.publishedAt };
  if (isPublic && !wasPublic) articlePublished(ref);
  else if (!isPublic && wasPublic) articleUnpublished(ref);
  else if (isPublic) articleChanged(ref);
  else if (before.slug !== slug) articleChanged(ref); // a cached 404 of a scheduled story's old slug
  return { ok: true, id: change.id, version: change.baseVersion + 1, status, slug, publishedAt: publishedAt?.toISOString() ?? null };
}

function uniqueTags(names: string[]) {
  const bySlug = new Map<string, { name: string; slug: string }>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { name: name.trim(), slug });
  }
  return [...bySlug.values()];
}

/** A new draft by `user`, listed as its author unless others are named; their new-story autosave is deleted with it. */
export async function createArticle(user: CurrentUser, fields: ArticleFields): Promise<WorkflowResult> {
  if (!can(user.role, 'article.create')) return refuse('forbidden');
  if (!fields.sectionId || !(await sectionExists({ id: fields.sectionId }))) return refuse('noSection');
  const db = await getDb();
  const slug = await chooseSlug(fields);
  const authorIds = fields.authorIds.length ? [...new Set(fields.authorIds)] : [user.id];
  const id = await db.transaction(async (tx) => {
    const id = await insertArticle(tx, {
      ...articleContentColumns(fields),
      slug,
      sectionId: fields.sectionId!,
      status: 'draft',
      createdBy: user.id,
    });
    await setArticleTags(tx, id, uniqueTags(fields.tags));
    await setArticleAuthors(tx, id, authorIds);
    const snapshot: Snapshot = { ...fields, authorIds, slug, status: 'draft', publishedAt: null };
    await insertRevision(tx, { articleId: id, version: 1, snapshot, createdBy: user.id });
    // The new story is saved (whichever first action saved it): its autosave is no longer needed.
    await deleteNewStoryBuffer({ userId: user.id }, tx);
    await audit({ actorId: user.id, action: 'article.create', targetType: 'article', targetId: id }, tx);
    return id;
  });
  return { ok: true, id, version: 1, status: 'draft', slug, publishedAt: null };
}

/**
 * A new story sent to the editors in one step ("Gửi duyệt" on the first screen): saved as a
 * draft and submitted. Should the second step be refused, the draft is kept (nothing typed is lost).
 */
export async function createAndSubmitArticle(user: CurrentUser, fields: ArticleFields): Promise<WorkflowResult> {
  if (!can(user.role, 'article.submit')) return refuse('forbidden');
  const created = await createArticle(user, fields);
  if (!created.ok) return created;
  return submitArticle(user, { id: created.id, baseVersion: created.version, fields });
}

/** A new story published or scheduled in one step; what publishing needs is checked before anything is saved. */
export async function createAndPublishArticle(user: CurrentUser, input: { fields: ArticleFields; publishAt: string | null }, now = new Date()): Promise<WorkflowResult> {
  if (!can(user.role, 'article.publish')) return refuse('forbidden');
  const missing = await missingForPublication(input.fields);
  if (missing.length) return { ...refuse('incomplete'), missing };
  if (input.publishAt && new Date(input.publishAt).getTime() <= now.getTime()) return refuse('scheduleInPast');
  const created = await createArticle(user, input.fields);
  if (!created.ok) return created;
  return publishArticle(user, { id: created.id, baseVersion: created.version, fields: input.fields, publishAt: input.publishAt }, now);
}

/** Saves the editor's fields as they are ("Lưu nháp"; on a published story, an update). */
export function saveArticle(user: CurrentUser, input: { id: number; baseVersion: number; fields: ArticleFields }) {
  return applyChange({ user, ...input, action: 'article.save' });
}

/** A writer hands the story to the editors ("Gửi duyệt"). */
export async function submitArticle(user: CurrentUser, input: { id: number; baseVersion: number; fields: ArticleFields }): Promise<WorkflowResult> {
  if (!can(user.role, 'article.submit')) return refuse('forbidden');
  const current = await getArticleForEdit({ id: input.id });
  if (current && current.status !== 'draft' && current.status !== 'unpublished' && current.status !== 'returned') return refuse('notSubmittable');
  return applyChange({ user, ...input, status: 'review', action: 'article.submit' });
}

/** Publishes now, or schedules for `publishAt` ("Xuất bản", "Lên lịch"). */
export async function publishArticle(
  user: CurrentUser,
  input: { id: number; baseVersion: number; fields: ArticleFields; publishAt: string | null },
  now = new Date(),
): Promise<WorkflowResult> {
  if (!can(user.role, 'article.publish')) return refuse('forbidden');
  const missing = await missingForPublication(input.fields);
  if (missing.length) return { ...refuse('incomplete'), missing };
  const current = await getArticleForEdit({ id: input.id });
  if (!current) return refuse('notFound');
  let publishedAt: Date;
  if (input.publishAt) {
    publishedAt = new Date(input.publishAt);
    if (publishedAt.getTime() <= now.getTime()) return refuse('scheduleInPast');
  } else {
    // Re-publishing a story keeps its original date; a first publication is dated now.
    publishedAt = current.status === 'published' && current.publishedAt && current.publishedAt <= now ? current.publishedAt : now;
  }
  return applyChange({
    user,
    id: input.id,
    baseVersion: input.baseVersion,
    fields: input.fields,
    status: 'published',
    publishedAt,
    action: input.publishAt ? 'article.schedule' : 'article.publish',
    auditData: { publishedAt: publishedAt.toISOString() },
  });
}

/** An editor sends a story in review back to its writer with a reason ("Trả lại"); it stays in the story's notes. */
export async function returnArticle(user: CurrentUser, input: { id: number; baseVersion: number; reason: string }): Promise<WorkflowResult> {
  if (!can(user.role, 'article.return')) return refuse('forbidden');
  const current = await getArticleForEdit({ id: input.id });
  if (!current || current.deletedAt) return refuse('notFound');
  if (current.status !== 'review') return refuse('notInReview');
  return applyChange({
    user,
    id: input.id,
    baseVersion: input.baseVersion,
    fields: snapshotOf(current),
    status: 'returned',
    returnReason: input.reason,
    action: 'article.return',
    auditData: { reason: input.reason },
  });
}

/** Takes a story off the site ("Gỡ bài"); its address answers 404 until it is published again. */
export async function unpublishArticle(user: CurrentUser, input: { id: number; baseVersion: number }): Promise<WorkflowResult> {
  if (!can(user.role, 'article.unpublish')) return refuse('forbidden');
  const current = await getArticleForEdit({ id: input.id });
  if (!current) return refuse('notFound');
  if (current.status !== 'published') return refuse('notPublished');
  return applyChange({ user, id: input.id, baseVersion: input.baseVersion, fields: snapshotOf(current), status: 'unpublished', action: 'article.unpublish' });
}

/** Publishes a correction: the changed story plus a dated note readers see ("Đính chính"). */
export async function correctArticle(
  user: CurrentUser,
  input: { id: number; baseVersion: number; fields: ArticleFields; note: string },
): Promise<WorkflowResult> {
  if (!can(user.role, 'article.correct')) return refuse('forbidden');
  const current = await getArticleForEdit({ id: input.id });
  if (!current || current.deletedAt) return refuse('notFound');
  if (!isPublicAt(current)) return refuse('notPublished');
  const missing = await missingForPublication(input.fields);
  if (missing.length) return { ...refuse('incomplete'), missing };
  return applyChange({ user, id: input.id, baseVersion: input.baseVersion, fields: input.fields, correction: input.note, action: 'article.correct' });
}

/** Makes an old revision the current text again, as a new revision ("Khôi phục"). */
export async function restoreRevision(
  user: CurrentUser,
  input: { id: number; baseVersion: number; snapshot: Record<string, unknown> },
  parse: (snapshot: Record<string, unknown>) => ArticleFields | null,
): Promise<WorkflowResult> {
  if (!can(user.role, 'article.restoreRevision')) return refuse('forbidden');
  const fields = parse(input.snapshot);
  if (!fields) return refuse('badRevision');
  return applyChange({ user, id: input.id, baseVersion: input.baseVersion, fields, action: 'article.restoreRevision' });
}

/** An editor keeps their version over a colleague's newer save; the other stays in history. */
export async function takeOverArticle(
  user: CurrentUser,
  input: { id: number; fields: ArticleFields; overVersion: number },
): Promise<WorkflowResult> {
  if (!can(user.role, 'article.takeOver')) return refuse('forbidden');
  return applyChange({ user, id: input.id, baseVersion: input.overVersion, fields: input.fields, action: 'article.takeOver' });
}
