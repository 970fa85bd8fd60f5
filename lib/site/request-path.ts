/** The request's path as proxy.ts saw it, for the dashboard layout (set by the proxy, so a client cannot choose it). */
export const PATH_HEADER = 'x-newsroom-path';
