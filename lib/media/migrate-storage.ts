import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MediaStorage } from './storage';

async function* localKeys(root: string, dir = root): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* localKeys(root, full);
    else if (entry.isFile()) yield path.relative(root, full).split(path.sep).join('/');
  }
}

export type CopyProgress = { key: string; done: number; copied: number; skipped: number };

/**
 * Copies every file of a local media folder into another storage (the bucket). Resumable:
 * a file already there with the same size is skipped; each copied file's size is read back
 * and compared. Throws on the first file that does not verify.
 */
export async function copyMediaLibrary(root: string, target: MediaStorage, onProgress: (p: CopyProgress) => void = () => {}) {
  let done = 0;
  let copied = 0;
  let skipped = 0;
  for await (const key of localKeys(root)) {
    const { size } = await fs.stat(path.join(root, key));
    if ((await target.size(key)) === size) {
      skipped++;
    } else {
      await target.put(key, await fs.readFile(path.join(root, key)));
      const stored = await target.size(key);
      if (stored !== size) throw new Error(`media:migrate: ${key} has ${stored ?? 'no'} bytes in the target, ${size} locally`);
      copied++;
    }
    done++;
    onProgress({ key, done, copied, skipped });
  }
  return { done, copied, skipped };
}
