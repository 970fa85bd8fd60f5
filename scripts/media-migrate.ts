import path from 'node:path';
import { dataDir } from '@/db/data-dir';
import { copyMediaLibrary } from '@/lib/media/migrate-storage';
import { s3MediaStorage, s3SettingsFromEnv } from '@/lib/media/storage';
import { argValue, runCli } from './cli';

// npm run media:migrate -- --to s3 [--from DIR]
// Copies the local media library (default: the data folder's media/) into the bucket named by
// the S3_* variables. Safe to run again after an interruption: files already copied are skipped.
void runCli('media:migrate', async () => {
  if (argValue('to') !== 's3') throw new Error('usage: npm run media:migrate -- --to s3 [--from DIR]');
  const settings = s3SettingsFromEnv();
  if (!settings) throw new Error('S3_BUCKET (and S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY) must be set');
  const from = path.resolve(argValue('from') ?? path.join(dataDir(), 'media'));
  const target = s3MediaStorage(settings);
  await target.check();
  console.log(`Sao chép ảnh từ ${from} sang bucket ${settings.bucket}…`);
  const started = Date.now();
  const result = await copyMediaLibrary(from, target, ({ done, copied, skipped }) => {
    if (done % 50 === 0) console.log(`  ${done} tệp (${copied} đã chép, ${skipped} đã có sẵn)`);
  });
  console.log(`Xong: ${result.done} tệp, ${result.copied} đã chép, ${result.skipped} đã có sẵn (${Math.round((Date.now() - started) / 1000)} s).`);
  console.log('Đặt các biến S3_* cho mọi phiên bản ứng dụng rồi khởi động lại chúng.');
});
