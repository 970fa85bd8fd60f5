'use server';

import { done, fail, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { mergeTags, renameTag, type TagOutcome, type TagRefusal } from '../taxonomy/tags';
import { mergeTagsSchema, renameTagSchema } from '../validation/taxonomy';

/* The tags screen's server actions; each one re-checks session and role (guardedAction). */

const t = messages.taxonomy.tags;

/** The one place a tag refusal becomes a sentence. */
const refusalText = (reason: TagRefusal, slug = '') => (reason === 'slugTaken' ? t.slugTaken(slug) : t[reason]);

function result(outcome: TagOutcome, message: (o: { name: string; mergedFrom?: string }) => string) {
  if (outcome.ok) return done({ id: outcome.id, slug: outcome.slug, name: outcome.name }, message(outcome));
  const error = refusalText(outcome.reason, outcome.slug);
  return fail(error, outcome.field ? { [outcome.field]: [error] } : undefined, { reason: outcome.reason });
}

export const renameTagAction = guardedAction('tag.manage', renameTagSchema, async (input, user) => result(await renameTag(user, input), () => t.renamed));

export const mergeTagsAction = guardedAction('tag.manage', mergeTagsSchema, async (input, user) => {
  return result(await mergeTags(user, input), (into) => t.merged(into.mergedFrom ?? '', into.name));
});
