import type { Metadata } from 'next';
import { SectionForm } from '@/components/admin/taxonomy/SectionForm';
import { SectionTree } from '@/components/admin/taxonomy/SectionTree';
import { listSections } from '@/db/queries/taxonomy';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.taxonomy.sections.title };

export default async function SectionsPage() {
  await requirePageUser('section.manage', '/admin/sections');
  const sections = await listSections();
  const t = messages.taxonomy.sections;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="field-hint">{t.intro}</p>
      <SectionTree sections={sections} />
      <SectionForm parents={sections.filter((s) => s.parentId === null)} />
    </>
  );
}
