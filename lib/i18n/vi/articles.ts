/** Story list and editor strings. */
export const articleMessages = {} as const;
