export const DEFAULT_SERVER_HEAP_MB: number;
export function serverHeapMb(value: string | undefined): number;
export function serverArgs(env?: Record<string, string | undefined>): string[];
export const DEFAULT_MALLOC_ARENAS: number;
export function serverEnv<T extends Record<string, string | undefined>>(env: T): T & { MALLOC_ARENA_MAX: string };
