/** Staff, profile, site settings and audit log strings (owned by the staff work). */
export const staffMessages = {} as const;
