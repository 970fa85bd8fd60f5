import { currentEngine } from '@/db/client';
import { migrate } from '@/db/migrate';
import { countArticles } from '@/db/queries/seed';
import { DEMO_PASSWORD, DEMO_STAFF, seedBulkContent, seedDemoContent } from '@/lib/demo/seed';
import { messages } from '@/lib/i18n/messages';
import { argValue, runCli } from './cli';

// npm run db:seed                      demo content (idempotent)
// npm run db:seed -- --articles 10000  plus a large dataset for benchmarks
// npm run db:seed -- --if-empty        demo content only on an empty database (the start command)
void runCli('db:seed', async () => {
  await migrate();
  const before = await countArticles();
  if (process.argv.includes('--if-empty') && before > 0) {
    console.log(`Cơ sở dữ liệu đã có ${before} bài, không nạp dữ liệu mẫu.`);
    printDemoAccounts();
    return;
  }
  console.log(`Nạp dữ liệu mẫu vào ${currentEngine()}…`);
  await seedDemoContent();
  const bulk = Number(argValue('articles') ?? 0);
  if (!Number.isInteger(bulk) || bulk < 0 || bulk > 1_000_000) throw new Error('--articles must be a whole number from 0 to 1000000');
  if (bulk > 0) await seedBulkContent({ count: bulk });
  console.log(`Xong: ${await countArticles()} bài trong cơ sở dữ liệu.`);
  printDemoAccounts();
});

function printDemoAccounts() {
  console.log(`\nTài khoản demo (mật khẩu ban đầu: ${DEMO_PASSWORD}) — đăng nhập tại /admin:`);
  for (const staff of DEMO_STAFF) console.log(`  ${messages.staff.roles[staff.role].padEnd(16)} ${staff.email}`);
}
