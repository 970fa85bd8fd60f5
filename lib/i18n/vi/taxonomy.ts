/** Sections, tags and home curation strings (owned by the taxonomy work). */
export const taxonomyMessages = {} as const;
