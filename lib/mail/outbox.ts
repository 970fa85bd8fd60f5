import 'server-only';
import { claimDueMail, enqueueMail, markMailFailed, markMailSent, pruneSentMail, type OutgoingMail } from '@/db/queries/mail';
import type { Executor } from '@/db/client';
import { mailConfig, mailConfigured, sendMail } from './transport';

/*
 * The outbox: a message is queued in the transaction of the event it tells of and sent after
 * commit — at once when possible (`deliverSoon`), else by the scheduler tick every few seconds
 * on whichever instance claims it. Failures are tried again later with growing waits; a dead
 * mail server never blocks a save, and a restart loses nothing.
 */

const BATCH = 20;
/** A claimed message is left alone this long; a sender that died mid-way loses its claim after it. */
const LEASE_MS = 2 * 60_000;
/** After this many failed attempts (about a day of waits) a message is given up on. */
export const MAX_ATTEMPTS = 10;
const KEEP_SENT_MS = 7 * 24 * 3_600_000;

/** Wait before the next try after `attempts` failures: 1, 2, 4 … minutes, at most 4 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(4 * 3_600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

/** Queues `message` with the caller's transaction; nothing is queued when email is off. */
export async function queueMail(message: OutgoingMail, tx?: Executor): Promise<boolean> {
  if (!mailConfigured()) return false;
  await enqueueMail(message, tx);
  return true;
}

type State = { running: Promise<number> | null; again: boolean };
const state: State = ((globalThis as { __newsroomOutbox?: State }).__newsroomOutbox ??= { running: null, again: false });

/** Sends what is due now. One run at a time per process; returns how many were sent. */
export async function deliverDueMail(now = () => new Date()): Promise<number> {
  const config = mailConfig();
  if (!config) return 0;
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    let sent = 0;
    do {
      state.again = false;
      const batch = await claimDueMail({ now: now(), limit: BATCH, leaseMs: LEASE_MS });
      for (const message of batch) {
        try {
          await sendMail(config, message);
          await markMailSent({ id: message.id, now: now() });
          sent++;
        } catch (error) {
          const at = now();
          const retryAt = message.attempts >= MAX_ATTEMPTS ? null : new Date(at.getTime() + retryDelayMs(message.attempts));
          console.error(`mail: could not send #${message.id} (attempt ${message.attempts})`, error instanceof Error ? error.message : error);
          await markMailFailed({ id: message.id, error: error instanceof Error ? error.message : String(error), retryAt, now: at });
        }
      }
      if (batch.length === BATCH) state.again = true;
    } while (state.again);
    await pruneSentMail({ before: new Date(now().getTime() - KEEP_SENT_MS) });
    return sent;
  })().finally(() => {
    state.running = null;
  });
  return state.running;
}

/**
 * Resolves once no delivery runs in this process: a delivery started by `deliverSoon` goes on after
 * the request that started it, and whoever closes the database (a test's teardown) waits for it.
 */
export async function deliveriesSettled(): Promise<void> {
  while (state.running) await state.running.catch(() => 0);
}

/** After a commit that queued mail: send it now, in the background (the tick catches what this misses). */
export function deliverSoon(): void {
  if (!mailConfigured()) return;
  deliverDueMail().catch((error) => console.error('mail: delivery failed', error));
}
