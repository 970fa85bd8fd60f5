import type { ArticleStatus } from '@/db/schema/articles';
import type { ArticleFields } from '@/lib/validation/article';

/** What the editor page hands the client editor. */
export type EditorData = {
  article: {
    id: number | null;
    version: number;
    status: ArticleStatus;
    publishedAt: string | null;
    publicPath: string | null;
    fields: ArticleFields;
  };
  /** The featured photo; its focal point places the social card's crop (the share preview). */
  featured: { id: number; key: string; width: number; height: number; alt: string; focalX: number; focalY: number } | null;
  /** Sections to choose from; the slug makes the story's address in the share preview. */
  sections: { id: number; name: string; slug: string }[];
  staff: { id: number; name: string }[];
  tagSuggestions: string[];
  can: { publish: boolean; return: boolean; unpublish: boolean; correct: boolean; takeOver: boolean; submit: boolean; trash: boolean; edit: boolean };
  autosave: { savedAt: string; fields: Partial<ArticleFields> } | null;
  /** Readers' views (today in Vietnam, 7 days, in all) once the story has been published. */
  views: { today: number; week: number; total: number } | null;
  /** Why an editor sent the story back, while it is returned. */
  returnReason: { body: string; by: string | null; at: string } | null;
  /** What was just done to a new story, said on its own page (`?xong=` after the first action). */
  notice: string | null;
};
