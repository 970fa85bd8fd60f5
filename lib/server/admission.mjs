// A gate for one kind of costly request: at most `concurrency` of them in the works at once, the
// next ones waiting in order of arrival (at most `queue` of them, each at most `waitMs`), and any
// beyond that refused at once. A search typed for the first time renders in full (about 40 ms of
// CPU and a few MB of memory while it streams): fifty of them at once held 150 MB more than the
// server needs otherwise and took their CPU from every other page. Behind the gate they queue
// instead; the home page, sections and stories never wait behind them.
// Plain JavaScript so that scripts/server.mjs can import it without a build step.

/**
 * @param {{ concurrency: number, queue: number, waitMs: number }} options
 */
export function createGate({ concurrency, queue, waitMs }) {
  let active = 0;
  /** @type {{ go: () => void, timer: NodeJS.Timeout }[]} */
  const waiting = [];

  function admit(res, go) {
    active += 1;
    res.once('close', () => {
      active -= 1;
      const next = waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.go();
      }
    });
    go();
  }

  return {
    /**
     * Calls `go` now, or once a place is free; `refuse` when too many wait already or the wait
     * outlasts `waitMs`. The place is given back when the response closes (sent or abandoned).
     */
    enter(res, go, refuse) {
      if (active < concurrency) return admit(res, go);
      if (waiting.length >= queue) return refuse();
      const entry = {
        go: () => {
          res.off('close', gone);
          admit(res, go);
        },
        timer: setTimeout(() => {
          remove();
          refuse();
        }, waitMs),
      };
      const remove = () => {
        const at = waiting.indexOf(entry);
        if (at >= 0) waiting.splice(at, 1);
      };
      // A reader who leaves while waiting gives up their turn.
      const gone = () => {
        clearTimeout(entry.timer);
        remove();
      };
      res.once('close', gone);
      waiting.push(entry);
    },
    /** How many are in the works and how many wait. */
    counts: () => ({ active, waiting: waiting.length }),
  };
}
