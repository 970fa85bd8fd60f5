import { currentEngine } from '@/db/client';
import { migrate } from '@/db/migrate';
import { runCli } from './cli';

void runCli('db:migrate', async () => {
  await migrate();
  console.log(`Đã cập nhật cấu trúc cơ sở dữ liệu (${currentEngine()}).`);
});
