import 'server-only';
import { getArticleForEdit } from '@/db/queries/articles-admin';
import {
  deleteDraftBuffer,
  deleteNewStoryBuffer,
  getDraftBuffer,
  getNewStoryBuffer,
  saveDraftBuffer,
  saveNewStoryBuffer,
} from '@/db/queries/draft-buffers';
import { can, canEditArticle } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import type { AutosaveFields } from '../validation/article';
import type { EditorData } from './editor-data';

/*
 * Autosave: what a person types is kept a few seconds after they stop, in a buffer of their
 * own (never a revision, never shown to anyone else). A saved story has one buffer per person;
 * a story not saved yet ("Viết bài mới") has one per person as well, which its first save
 * deletes (createArticle, in the same transaction). Opening the editor offers the buffer back;
 * "Bỏ qua" deletes it, so it is not offered again.
 */

export type AutosaveOutcome = { ok: true; savedAt: string } | { ok: false; reason: 'forbidden' };
type Offer = EditorData['autosave'];

/** Keeps the unsaved edits of a story this person may edit. */
export async function autosaveStory(user: CurrentUser, input: { id: number; baseVersion: number; fields: AutosaveFields }): Promise<AutosaveOutcome> {
  const article = await getArticleForEdit({ id: input.id });
  if (!article || !canEditArticle(user, article)) return { ok: false, reason: 'forbidden' };
  await saveDraftBuffer({ articleId: input.id, userId: user.id, baseVersion: input.baseVersion, data: input.fields });
  return { ok: true, savedAt: new Date().toISOString() };
}

/** Keeps the words of this person's new story, before its first save. */
export async function autosaveNewStory(user: CurrentUser, fields: AutosaveFields): Promise<AutosaveOutcome> {
  if (!can(user.role, 'article.create')) return { ok: false, reason: 'forbidden' };
  await saveNewStoryBuffer({ userId: user.id, data: fields });
  return { ok: true, savedAt: new Date().toISOString() };
}

/** "Bỏ qua" on a story's offer: this person's buffer of it is gone; nobody else's is touched. */
export async function discardStoryAutosave(user: CurrentUser, { id }: { id: number }): Promise<void> {
  await deleteDraftBuffer({ articleId: id, userId: user.id });
}

/** "Bỏ qua" on the new story's offer. */
export async function discardNewStoryAutosave(user: CurrentUser): Promise<void> {
  await deleteNewStoryBuffer({ userId: user.id });
}

/** The buffer offered on opening a saved story: only one newer than the story, made from its current version. */
export async function storyAutosaveOffer(user: CurrentUser, article: { id: number; version: number; updatedAt: Date }): Promise<Offer> {
  const buffer = await getDraftBuffer({ articleId: article.id, userId: user.id });
  if (!buffer || buffer.updatedAt <= article.updatedAt || buffer.baseVersion !== article.version) return null;
  return { savedAt: buffer.updatedAt.toISOString(), fields: buffer.data as AutosaveFields };
}

/** The buffer offered on opening "Viết bài mới": this person's words from a new story never saved. */
export async function newStoryAutosaveOffer(user: CurrentUser): Promise<Offer> {
  if (!can(user.role, 'article.create')) return null;
  const buffer = await getNewStoryBuffer({ userId: user.id });
  return buffer ? { savedAt: buffer.updatedAt.toISOString(), fields: buffer.data as AutosaveFields } : null;
}
