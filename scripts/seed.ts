import { currentEngine } from '@/db/client';
import { migrate } from '@/db/migrate';
import { countArticles } from '@/db/queries/seed';
import { DEMO_STAFF, knownAccountsAllowed, knownAccountsPassword, seedBulkContent, seedDemoContent, type DemoAccounts, type NewDemoAccount } from '@/lib/demo/seed';
import { messages } from '@/lib/i18n/messages';
import { argValue, runCli } from './cli';

// npm run db:seed                      demo content (idempotent)
// npm run db:seed -- --articles 10000  plus a large dataset for benchmarks
// npm run db:seed -- --if-empty        demo content only on an empty database (the PGlite start)
// npm run db:seed -- --demo-accounts   on PostgreSQL: demo accounts with the known demo password
//                                      (test servers only: refused unless NODE_ENV=test)
//
// On PGlite the demo accounts share the demo password, as the README says. On PostgreSQL
// (DATABASE_URL) a real newsroom may be listening: each new demo account gets a random
// password, printed once here, unless --demo-accounts asks for the known one.
void runCli('db:seed', async () => {
  const accounts = demoAccounts();
  await migrate();
  const before = await countArticles();
  if (process.argv.includes('--if-empty') && before > 0) {
    console.log(`Cơ sở dữ liệu đã có ${before} bài, không nạp dữ liệu mẫu.`);
    if (accounts === 'known') printKnownAccounts();
    return;
  }
  console.log(`Nạp dữ liệu mẫu vào ${currentEngine()}…`);
  const { newAccounts } = await seedDemoContent({ accounts });
  const bulk = Number(argValue('articles') ?? 0);
  if (!Number.isInteger(bulk) || bulk < 0 || bulk > 1_000_000) throw new Error('--articles must be a whole number from 0 to 1000000');
  if (bulk > 0) await seedBulkContent({ count: bulk, accounts });
  console.log(`Xong: ${await countArticles()} bài trong cơ sở dữ liệu.`);
  if (accounts === 'known') printKnownAccounts();
  else printRandomAccounts(newAccounts);
});

function demoAccounts(): DemoAccounts {
  const asked = process.argv.includes('--demo-accounts');
  if (currentEngine() === 'pglite') return 'known';
  if (!asked) return 'random';
  if (!knownAccountsAllowed()) {
    throw new Error('--demo-accounts is refused on PostgreSQL unless NODE_ENV=test with TEST_STAFF_PASSWORD: a live newsroom must not have accounts with a published password');
  }
  return 'known';
}

function printKnownAccounts() {
  console.log(`\nTài khoản demo (mật khẩu ban đầu: ${knownAccountsPassword()}) — đăng nhập tại /admin:`);
  for (const staff of DEMO_STAFF) console.log(`  ${messages.staff.roles[staff.role].padEnd(16)} ${staff.email}`);
}

function printRandomAccounts(accounts: NewDemoAccount[]) {
  if (accounts.length === 0) return;
  console.log('\nTài khoản demo mới, mỗi tài khoản một mật khẩu ngẫu nhiên (chỉ in một lần — hãy lưu lại hoặc đặt lại bằng npm run user:create):');
  for (const a of accounts) console.log(`  ${messages.staff.roles[a.role].padEnd(16)} ${a.email.padEnd(28)} ${a.password}`);
}
