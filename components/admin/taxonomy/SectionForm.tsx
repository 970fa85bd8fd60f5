'use client';

import { createSectionAction, updateSectionAction } from '@/lib/actions/sections';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './taxonomy.module.css';

export type SectionItem = { id: number; slug: string; name: string; description: string; parentId: number | null };

/** Creates a section, or edits one (name, slug, description, parent). */
export function SectionForm({ section, parents, onDone }: { section?: SectionItem; parents: SectionItem[]; onDone?: () => void }) {
  const t = messages.taxonomy.sections;
  const form = useActionForm(
    (fields: Omit<SectionItem, 'id'>) => (section ? updateSectionAction({ ...fields, id: section.id }) : createSectionAction(fields)),
    (data) => ({ name: text(data, 'name'), slug: text(data, 'slug'), description: text(data, 'description'), parentId: text(data, 'parentId') ? Number(text(data, 'parentId')) : null }),
    {
      onSuccess: (_result, element) => {
        if (!section) element.reset();
        onDone?.();
      },
    },
  );
  const { field, errors, errorId } = form;

  return (
    <form className={`admin-form ${section ? styles.inlineForm : 'panel'}`} aria-label={section ? t.editTitle(section.name) : t.newTitle} onSubmit={form.onSubmit}>
      {section ? null : <h2>{t.newTitle}</h2>}
      <FormFeedback result={form.result} />
      <label htmlFor={field('name').id}>{t.name}</label>
      <input {...field('name')} type="text" required maxLength={80} defaultValue={section?.name} />
      <FieldError id={errorId('name')} errors={errors('name')} />
      <label htmlFor={field('slug').id}>{t.slug}</label>
      <input {...field('slug')} type="text" maxLength={120} defaultValue={section?.slug} aria-describedby={field('slug')['aria-describedby'] ?? `${field('slug').id}-hint`} />
      <p className="field-hint" id={`${field('slug').id}-hint`}>
        {t.slugHint}
      </p>
      <FieldError id={errorId('slug')} errors={errors('slug')} />
      <label htmlFor={field('description').id}>{t.description}</label>
      <textarea {...field('description')} maxLength={300} defaultValue={section?.description} />
      <FieldError id={errorId('description')} errors={errors('description')} />
      <label htmlFor={field('parentId').id}>{t.parent}</label>
      <select {...field('parentId')} defaultValue={section?.parentId ?? ''}>
        <option value="">{t.noParent}</option>
        {parents
          .filter((p) => p.id !== section?.id)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
      </select>
      <FieldError id={errorId('parentId')} errors={errors('parentId')} />
      <div className="button-row" style={{ marginTop: 10 }}>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {section ? t.save : t.create}
        </button>
        {section && onDone ? (
          <button type="button" className="button" onClick={onDone}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
