/** Media library strings (owned by the media library work). */
export const mediaMessages = {} as const;
