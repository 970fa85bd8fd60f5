'use server';

import { done, fail, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { createSection, moveSection, updateSection, type SectionOutcome, type SectionRefusal } from '../taxonomy/sections';
import { moveSectionSchema, sectionFieldsSchema, updateSectionSchema } from '../validation/taxonomy';

/* The sections screen's server actions; each one re-checks session and role (guardedAction). */

const t = messages.taxonomy.sections;

/** The one place a section refusal becomes a sentence. */
function refusalText(reason: SectionRefusal, slug = ''): string {
  if (reason === 'slugReserved' || reason === 'slugTaken') return t[reason](slug);
  return t[reason];
}

function result(outcome: SectionOutcome, message: string) {
  if (outcome.ok) return done({ id: outcome.id, slug: outcome.slug }, message);
  const error = refusalText(outcome.reason, outcome.slug);
  return fail(error, outcome.field ? { [outcome.field]: [error] } : undefined, { reason: outcome.reason });
}

export const createSectionAction = guardedAction('section.manage', sectionFieldsSchema, async (input, user) => result(await createSection(user, input), t.created));

export const updateSectionAction = guardedAction('section.manage', updateSectionSchema, async (input, user) => result(await updateSection(user, input), t.saved));

export const moveSectionAction = guardedAction('section.manage', moveSectionSchema, async (input, user) => result(await moveSection(user, input), t.moved));
