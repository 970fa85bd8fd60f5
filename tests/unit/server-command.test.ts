import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MALLOC_ARENAS, DEFAULT_SERVER_HEAP_MB, serverArgs, serverEnv, serverHeapMb } from '@/scripts/server-command.mjs';

describe('the server command (SERVER_HEAP_MB)', () => {
  it('caps the heap at 1536 MB unless told otherwise', () => {
    expect(DEFAULT_SERVER_HEAP_MB).toBe(1536);
    expect(serverArgs({})).toEqual(['--max-old-space-size=1536', 'scripts/server.mjs']);
    expect(serverArgs({ SERVER_HEAP_MB: '768' })).toEqual(['--max-old-space-size=768', 'scripts/server.mjs']);
  });

  it('leaves V8 its own limit on 0', () => {
    expect(serverArgs({ SERVER_HEAP_MB: '0' })).toEqual(['scripts/server.mjs']);
  });

  it('falls back to the default on a value the server could not start with', () => {
    for (const value of ['', '  ', 'abc', '1.5', '-1', '64', 'NaN', '512MB']) expect(serverHeapMb(value)).toBe(1536);
    expect(serverHeapMb('128')).toBe(128);
  });

  it('is a limit Node applies', () => {
    const [flag] = serverArgs({ SERVER_HEAP_MB: '300' });
    const limit = execFileSync(process.execPath, [flag!, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'], {
      cwd: path.resolve(__dirname, '../..'),
    }).toString();
    // heap_size_limit is the old generation's limit plus the young generation's room.
    expect(Number(limit) / 2 ** 20).toBeGreaterThanOrEqual(300);
    expect(Number(limit) / 2 ** 20).toBeLessThan(400);
  });
});

describe('the server environment (MALLOC_ARENA_MAX)', () => {
  it('gives glibc one malloc arena unless the operator chose', () => {
    expect(DEFAULT_MALLOC_ARENAS).toBe(1);
    expect(serverEnv({ PORT: '3001' })).toEqual({ PORT: '3001', MALLOC_ARENA_MAX: '1' });
    expect(serverEnv({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4');
    expect(serverEnv({ MALLOC_ARENA_MAX: ' ' }).MALLOC_ARENA_MAX).toBe('1');
  });
});
