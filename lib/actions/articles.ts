'use server';

import { z } from 'zod';
import { getRevisions, touchPresence } from '@/db/queries/articles-admin';
import { done, fail, guardedAction, type ActionResult } from '../auth/action';
import {
  correctArticle,
  createAndPublishArticle,
  createAndSubmitArticle,
  createArticle,
  publishArticle,
  returnArticle,
  restoreRevision,
  saveArticle,
  submitArticle,
  takeOverArticle,
  unpublishArticle,
  type MissingPart,
  type WorkflowFailure,
  type WorkflowResult,
  type WorkflowSuccess,
} from '../articles/workflow';
import { emptyTrash, restoreArticle, trashArticle, type TrashRefusal } from '../articles/trash';
import { findViewableArticle } from '../articles/access';
import { autosaveNewStory, autosaveStory, discardNewStoryAutosave, discardStoryAutosave, type AutosaveOutcome } from '../articles/autosave';
import { addNote } from '../articles/notes';
import { createPreviewLink, revokeLink } from '../articles/preview-links';
import { messages } from '../i18n/messages';
import {
  articleFieldsSchema,
  articleRefSchema,
  autosaveArticleSchema,
  autosaveNewArticleSchema,
  correctArticleSchema,
  articleNoteSchema,
  publishArticleSchema,
  publishNewArticleSchema,
  returnArticleSchema,
  saveArticleSchema,
} from '../validation/article';
import { rowId } from '../validation/ids';

/* The story editor's server actions; each one re-checks session and role (guardedAction). */

const missingText = (part: MissingPart) => (typeof part === 'string' ? messages.articles.missing[part] : messages.articles.missing.bodyAlt(part.bodyAlt));

/** The one place a workflow refusal becomes a sentence. */
function refusalText(failure: WorkflowFailure): string {
  const m = messages.articles;
  switch (failure.reason) {
    case 'forbidden':
      return messages.auth.forbidden;
    case 'noSection':
      return m.missing.section;
    case 'incomplete':
      return m.cannotPublish((failure.missing ?? []).map(missingText));
    default:
      return m[failure.reason];
  }
}

function result(outcome: WorkflowResult): ActionResult<WorkflowSuccess, WorkflowFailure> {
  return outcome.ok ? done(outcome) : fail(refusalText(outcome), undefined, outcome);
}

export const createArticleAction = guardedAction('article.create', articleFieldsSchema, async (fields, user) => result(await createArticle(user, fields)));

export const saveArticleAction = guardedAction('article.editOwn', saveArticleSchema, async (input, user) => result(await saveArticle(user, input)));

export const submitArticleAction = guardedAction('article.submit', saveArticleSchema, async (input, user) => result(await submitArticle(user, input)));

/** "Gửi duyệt" on a story not saved yet: saved and submitted in one step. */
export const submitNewArticleAction = guardedAction('article.submit', articleFieldsSchema, async (fields, user) => result(await createAndSubmitArticle(user, fields)));

/** "Xuất bản" / "Lên lịch" on a story not saved yet: saved and published (or scheduled) in one step. */
export const publishNewArticleAction = guardedAction('article.publish', publishNewArticleSchema, async (input, user) => result(await createAndPublishArticle(user, input)));

export const publishArticleAction = guardedAction('article.publish', publishArticleSchema, async (input, user) => result(await publishArticle(user, input)));

/** "Trả lại": an editor sends a story in review back to its writer with a reason. */
export const returnArticleAction = guardedAction('article.return', returnArticleSchema, async (input, user) => result(await returnArticle(user, input)));

/** A note between staff on a story; never shown to readers. */
export const addArticleNoteAction = guardedAction('article.create', articleNoteSchema, async (input, user) => {
  const outcome = await addNote(user, input);
  if (outcome.ok) return done({ id: outcome.id }, messages.articles.notes.added);
  return fail(outcome.reason === 'forbidden' ? messages.auth.forbidden : messages.articles.notFound);
});

export const unpublishArticleAction = guardedAction('article.unpublish', articleRefSchema, async (input, user) => result(await unpublishArticle(user, input)));

export const correctArticleAction = guardedAction('article.correct', correctArticleSchema, async (input, user) => result(await correctArticle(user, input)));

export const takeOverArticleAction = guardedAction(
  'article.takeOver',
  z.object({ id: rowId, overVersion: rowId, fields: articleFieldsSchema }),
  async (input, user) => result(await takeOverArticle(user, input)),
);

export const restoreRevisionAction = guardedAction(
  'article.restoreRevision',
  articleRefSchema.extend({ revisionId: rowId }),
  async (input, user) => {
    const [revision] = await getRevisions({ articleId: input.id, ids: [input.revisionId] });
    if (!revision) return fail(messages.articles.badRevision);
    return result(
      await restoreRevision(user, { id: input.id, baseVersion: input.baseVersion, snapshot: revision.snapshot }, (snapshot) => {
        const parsed = articleFieldsSchema.safeParse(snapshot);
        return parsed.success ? parsed.data : null;
      }),
    );
  },
);

const autosaved = (outcome: AutosaveOutcome) => (outcome.ok ? done({ savedAt: outcome.savedAt }) : fail(messages.auth.forbidden));

/** Keeps unsaved edits in a per-person buffer; writes no revision. */
export const autosaveArticleAction = guardedAction('article.editOwn', autosaveArticleSchema, async (input, user) => autosaved(await autosaveStory(user, input)));

/** Keeps a new story's words in the writer's own buffer before its first save ("Viết bài mới"). */
export const autosaveNewArticleAction = guardedAction('article.create', autosaveNewArticleSchema, async (input, user) => autosaved(await autosaveNewStory(user, input.fields)));

/** "Bỏ qua" on the offer of a story's autosave: the buffer is deleted, so it is not offered again. */
export const discardArticleAutosaveAction = guardedAction('article.editOwn', z.object({ id: rowId }), async (input, user) => {
  await discardStoryAutosave(user, input);
  return done(null);
});

/** "Bỏ qua" on the offer of the new story's autosave. */
export const discardNewArticleAutosaveAction = guardedAction('article.create', z.object({}).strict(), async (_input, user) => {
  await discardNewStoryAutosave(user);
  return done(null);
});

/** Heartbeat of an open editor: who else has this story open right now. */
export const editorPresenceAction = guardedAction('article.editOwn', z.object({ id: rowId }), async (input, user) => {
  if (!(await findViewableArticle(user, input.id))) return fail(messages.articles.notFound);
  const others = await touchPresence({ articleId: input.id, userId: user.id, since: new Date(Date.now() - 45_000) });
  return done(others.map((o) => o.name));
});

const idSchema = z.object({ id: rowId });

/** The one place a trash refusal becomes a sentence. */
function trashRefusal(reason: TrashRefusal) {
  const m = messages.articles;
  const text = { forbidden: messages.auth.forbidden, notFound: m.notFound, already: m.trash.already, notInTrash: m.trash.notInTrash }[reason];
  return fail(text, undefined, { reason });
}

export const trashArticleAction = guardedAction('article.trash', idSchema, async ({ id }, user) => {
  const r = await trashArticle(user, id);
  return r.ok ? done(null, messages.articles.trash.moved) : trashRefusal(r.reason);
});

export const restoreArticleAction = guardedAction('article.trash', idSchema, async ({ id }, user) => {
  const r = await restoreArticle(user, id);
  return r.ok ? done(null, messages.articles.trash.restored) : trashRefusal(r.reason);
});

export const emptyTrashAction = guardedAction('trash.empty', z.object({}), async (_input, user) => {
  const r = await emptyTrash(user);
  return r.ok ? done(r.count ?? 0, messages.articles.trash.emptied(r.count ?? 0)) : trashRefusal(r.reason);
});

/** A signed link to the story's latest saved version, valid 48 hours (lib/articles/preview-links.ts). */
export const createPreviewLinkAction = guardedAction('article.share', idSchema, async ({ id }, user) => {
  const outcome = await createPreviewLink(user, id);
  if (!outcome.ok) return fail(outcome.reason === 'forbidden' ? messages.auth.forbidden : messages.articles.notFound);
  return done({ url: outcome.url, expiresAt: outcome.expiresAt }, messages.articles.previewLinks.created);
});

export const revokePreviewLinkAction = guardedAction('article.share', z.object({ id: rowId, articleId: rowId }), async (input, user) => {
  const outcome = await revokeLink(user, input);
  if (!outcome.ok) return fail(outcome.reason === 'forbidden' ? messages.auth.forbidden : messages.articles.notFound);
  return done(undefined, messages.articles.previewLinks.revoked);
});
