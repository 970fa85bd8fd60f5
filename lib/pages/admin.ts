import 'server-only';
import { getPageById, listPagesForAdmin } from '@/db/queries/pages';

/* What the dashboard's pages screens read. */

export const listPagesForEditors = () => listPagesForAdmin();

export async function getPageForEditing(id: number) {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  return getPageById({ id });
}
