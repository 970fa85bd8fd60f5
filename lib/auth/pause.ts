import 'server-only';

/** Waits `ms` milliseconds (its own module so that tests can record the waits instead). */
export function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
