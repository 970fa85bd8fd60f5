import { closeDb } from '@/db/client';
import { DataFolderBusyError } from '@/db/lock';

/** Runs a command-line entry point: closes the database, prints Vietnamese errors, sets the exit code. */
export async function runCli(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
    await closeDb();
  } catch (error) {
    await closeDb().catch(() => {});
    if (error instanceof DataFolderBusyError) {
      console.error(`\n${name}: ${error.message}\n`);
    } else {
      console.error(`\n${name} thất bại (failed):`, error);
    }
    process.exitCode = 1;
  }
}

/** `--name value` or `--name=value` from argv. */
export function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}
