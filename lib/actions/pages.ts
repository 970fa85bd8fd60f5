'use server';

import { done, fail, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { createPage, deletePage, movePageInMenu, savePage, setPagePublished, type PageOutcome } from '../pages/editing';
import { createPageSchema, deletePageSchema, movePageSchema, publishPageSchema, savePageSchema } from '../validation/pages';

/* The pages screens' server actions; each one re-checks session and role (guardedAction). */

const t = messages.pages;

/** The one place a page refusal becomes a sentence. */
function result(outcome: PageOutcome, message: string) {
  if (outcome.ok) return done({ id: outcome.id, slug: outcome.slug, published: outcome.published }, message);
  const slug = outcome.slug ?? '';
  const error =
    outcome.reason === 'slugTaken' || outcome.reason === 'slugReserved' || outcome.reason === 'slugIsSection'
      ? t.refusals[outcome.reason](slug)
      : t.refusals[outcome.reason];
  return fail(error, outcome.field ? { [outcome.field]: [error] } : undefined, { reason: outcome.reason });
}

export const createPageAction = guardedAction('page.manage', createPageSchema, async (input, user) => result(await createPage(user, input), t.created));

export const savePageAction = guardedAction('page.manage', savePageSchema, async (input, user) => result(await savePage(user, input), t.saved));

export const publishPageAction = guardedAction('page.manage', publishPageSchema, async (input, user) =>
  result(await setPagePublished(user, input), input.published ? t.published : t.unpublished),
);

export const movePageAction = guardedAction('page.manage', movePageSchema, async (input, user) => result(await movePageInMenu(user, input), t.moved));

export const deletePageAction = guardedAction('page.manage', deletePageSchema, async (input, user) => result(await deletePage(user, input), t.deleted));
