import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createGate } from '@/lib/server/admission.mjs';

type Gate = { enter: (res: EventEmitter, go: () => void, refuse: () => void) => void; counts: () => { active: number; waiting: number } };

/** A response as the gate sees it: something that closes once. */
const response = () => new EventEmitter();

describe('the gate for costly requests (search pages rendered in full)', () => {
  it('lets `concurrency` in at once, the next in order of arrival as each one closes', () => {
    const gate: Gate = createGate({ concurrency: 2, queue: 10, waitMs: 10_000 });
    const started: number[] = [];
    const responses = Array.from({ length: 5 }, response);
    responses.forEach((res, i) => gate.enter(res, () => started.push(i), () => started.push(-i)));
    expect(started).toEqual([0, 1]);
    expect(gate.counts()).toEqual({ active: 2, waiting: 3 });
    responses[1]!.emit('close');
    expect(started).toEqual([0, 1, 2]);
    responses[0]!.emit('close');
    responses[2]!.emit('close');
    expect(started).toEqual([0, 1, 2, 3, 4]);
    responses[3]!.emit('close');
    responses[4]!.emit('close');
    expect(gate.counts()).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses at once when the queue is full, and after waitMs when the wait is too long', () => {
    vi.useFakeTimers();
    try {
      const gate: Gate = createGate({ concurrency: 1, queue: 1, waitMs: 5_000 });
      const refused: string[] = [];
      gate.enter(response(), () => {}, () => refused.push('first'));
      gate.enter(response(), () => {}, () => refused.push('second'));
      gate.enter(response(), () => {}, () => refused.push('third'));
      expect(refused).toEqual(['third']); // no room to wait
      vi.advanceTimersByTime(5_001);
      expect(refused).toEqual(['third', 'second']); // waited too long
      expect(gate.counts()).toEqual({ active: 1, waiting: 0 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a reader who leaves while waiting gives up their turn; one who leaves while served frees the place', () => {
    const gate: Gate = createGate({ concurrency: 1, queue: 5, waitMs: 10_000 });
    const started: string[] = [];
    const [a, b, c] = [response(), response(), response()];
    gate.enter(a, () => started.push('a'), () => {});
    gate.enter(b, () => started.push('b'), () => {});
    gate.enter(c, () => started.push('c'), () => {});
    b.emit('close'); // b hangs up in the queue
    expect(gate.counts()).toEqual({ active: 1, waiting: 1 });
    a.emit('close');
    expect(started).toEqual(['a', 'c']);
    c.emit('close');
    expect(gate.counts()).toEqual({ active: 0, waiting: 0 });
  });
});

describe('the page a refused search gets', () => {
  it('says in Vietnamese that search is busy, and to try again shortly', async () => {
    const { errorPageHtml } = await import('@/lib/security/error-page.mjs');
    const html = errorPageHtml(503);
    expect(html).toContain('Tìm kiếm đang bận');
    expect(html).toContain('Vui lòng thử lại sau ít giây.');
  });
});
