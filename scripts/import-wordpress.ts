import fs from 'node:fs';
import { currentEngine } from '@/db/client';
import { migrate } from '@/db/migrate';
import { messages } from '@/lib/i18n/messages';
import { importWordPress } from '@/lib/import/wordpress/importer';
import type { ImportSummary } from '@/lib/import/wordpress/run';
import { NotWxrError, WxrSyntaxError } from '@/lib/import/wordpress/wxr';
import { argValue, runCli } from './cli';

// npm run import:wordpress -- --file EXPORT.xml [--uploads DIR] [--dry-run]
// Imports a WordPress WXR export (Tools → Export). Safe to run again: what was imported is
// recognised by its WordPress id and left as it is. On PGlite it refuses while a server holds
// the data folder (stop the server first).
const t = messages.importer;

void runCli('import:wordpress', async () => {
  const file = argValue('file');
  const uploads = argValue('uploads') ?? null;
  const dryRun = process.argv.includes('--dry-run');
  if (!file || process.argv.includes('--help')) {
    console.log(t.usage);
    if (!file) process.exitCode = 1;
    return;
  }
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return fail(t.fileMissing(file));
  if (uploads && !fs.statSync(uploads, { throwIfNoEntry: false })?.isDirectory()) return fail(t.uploadsMissing(uploads));

  console.log(t.starting(file, currentEngine()));
  if (dryRun) console.log(t.dryRun);
  const started = Date.now();
  const bar = progressBar();
  try {
    const summary = await importWordPress({ file, uploadsDir: uploads, dryRun, onProgress: bar.update, prepare: migrate });
    bar.end();
    printSummary(summary);
    console.log(t.done(((Date.now() - started) / 1000).toFixed(1)));
  } catch (error) {
    bar.end();
    if (error instanceof NotWxrError) return fail(t.notWxr(error.detail));
    if (error instanceof WxrSyntaxError) return fail(t.brokenXml(error.line, error.detail));
    throw error;
  }
});

function fail(message: string) {
  console.error(`\n${message}\n`);
  process.exitCode = 1;
}

/** A bar on stderr when it is a terminal, redrawn at most ten times a second; nothing otherwise (logs stay clean). */
function progressBar() {
  const tty = process.stderr.isTTY;
  let last = 0;
  const draw = (done: number, total: number) => {
    const width = 30;
    const share = total ? done / total : 1;
    const filled = Math.round(share * width);
    process.stderr.write(`\r${t.progress} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} (${Math.round(share * 100)}%)`);
  };
  let latest: [number, number] = [0, 0];
  return {
    update: (done: number, total: number) => {
      latest = [done, total];
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done, total);
    },
    end: () => {
      if (tty && latest[1]) {
        draw(...latest);
        process.stderr.write('\n');
      }
    },
  };
}

function printSummary(summary: ImportSummary) {
  console.log(`\n${summary.dryRun ? t.summaryTitleDry : t.summaryTitle}`);
  const [, importedLabel, unchangedLabel, skippedLabel] = t.summaryHeader;
  const rows = Object.entries(summary.counts).map(([kind, count]) => {
    const skipped = Object.values(count.skipped).reduce((a, b) => a + b, 0);
    return [t.kinds[kind as keyof typeof t.kinds], String(count.imported), String(count.unchanged), String(skipped)];
  });
  const table = [['', importedLabel!, unchangedLabel!, skippedLabel!], ...rows];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  for (const row of table) console.log(`  ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('   ')}`);
  const reasons = Object.entries(summary.counts).flatMap(([kind, count]) =>
    Object.entries(count.skipped).map(([reason, n]) => `  ${t.kinds[kind as keyof typeof t.kinds]}: ${n} — ${t.reasons[reason] ?? reason}`),
  );
  if (reasons.length) console.log(`\n${t.skippedTitle}\n${reasons.join('\n')}`);
  if (summary.warnings.length) {
    console.log(`\n${t.warningsTitle(summary.warnings.length)}`);
    const shown = summary.warnings.slice(0, 200);
    for (const w of shown) console.log(`  ${t.atLine(w.line)}: ${(t.warnings[w.code] ?? ((what: string) => `${w.code} ${what}`))(w.what)}`);
    if (summary.warnings.length > shown.length) console.log(`  ${t.moreWarnings(summary.warnings.length - shown.length)}`);
  }
}
