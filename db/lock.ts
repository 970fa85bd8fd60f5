import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no lock between processes: two processes on one data folder silently lose
 * writes. Whoever opens the folder first writes its PID here; others refuse to open it.
 */
export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình khác (PID ${holderPid}) sử dụng, ` +
        `có thể là máy chủ đang chạy. Hãy dừng máy chủ rồi chạy lại lệnh này. ` +
        `(data folder ${dataDir} is held by PID ${holderPid})`,
    );
    this.name = 'DataFolderBusyError';
  }
}

function lockPath(dataDir: string) {
  return path.join(dataDir, 'newsroom.lock');
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A recycled PID that now belongs to something other than Node is a stale lock.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|next/.test(cmdline);
  } catch {
    return true;
  }
}

function readHolder(file: string): number {
  try {
    return Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
  } catch {
    return Number.NaN;
  }
}

/** Takes the folder's lock for this process, or throws DataFolderBusyError. */
export function acquireDataLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder === process.pid) break;
      if (isAlive(holder)) throw new DataFolderBusyError(dataDir, holder);
      fs.rmSync(file, { force: true }); // stale: its holder is gone
    }
  }
  const release = () => {
    if (readHolder(file) === process.pid) fs.rmSync(file, { force: true });
  };
  process.once('exit', release);
  return release;
}

/** The PID holding the folder, if a live process does. */
export function dataLockHolder(dataDir: string): number | null {
  const holder = readHolder(lockPath(dataDir));
  return isAlive(holder) && holder !== process.pid ? holder : null;
}
