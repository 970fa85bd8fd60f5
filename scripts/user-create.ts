import { currentEngine } from '@/db/client';
import { migrate } from '@/db/migrate';
import { messages } from '@/lib/i18n/messages';
import { staffMessages } from '@/lib/i18n/vi/staff';
import { readStaffAccount, saveStaffAccount } from '@/lib/staff/create-account';
import { argValue, runCli } from './cli';

// npm run user:create -- --email E --name N --role writer|editor|moderator|admin --password P
// Creates the staff account, or updates the one with this email. On PGlite it refuses while
// a server holds the data folder (opening the database throws DataFolderBusyError).
const t = staffMessages.cli;

void runCli('user:create', async () => {
  if (process.argv.includes('--help') || process.argv.length <= 2) {
    console.log(t.usage);
    if (process.argv.length <= 2) process.exitCode = 1;
    return;
  }
  const read = readStaffAccount({ email: argValue('email'), name: argValue('name'), role: argValue('role'), password: argValue('password') });
  if (!read.ok) {
    console.error(`\n${t.invalid}`);
    for (const [field, problems] of Object.entries(read.fieldErrors)) console.error(`  --${field}: ${problems.join(' ')}`);
    console.error(`\n${t.usage}\n`);
    process.exitCode = 1;
    return;
  }
  await migrate(); // a fresh data folder or database works too
  const result = await saveStaffAccount(read.account);
  const role = messages.staff.roles[result.role];
  console.log((result.created ? t.created : t.updated)(result.name, result.email, role) + ` (${currentEngine()})`);
  console.log(t.signIn);
});
