export const DEFAULT_SERVER_HEAP_MB: number;
export function serverHeapMb(value: string | undefined): number;
export function serverArgs(env?: Record<string, string | undefined>): string[];
