import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/passwords';

/*
 * The real command, as an operator runs it, on a PGlite folder of its own. PGlite only:
 * the folder lock is PGlite's concern, and the account logic runs on both engines in
 * staff.test.ts.
 */
const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cli-'));

async function userCreate(args: string[], folder = dataDir): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSROOM_DATA_DIR: folder };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/user-create.ts', ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

async function storedUsers() {
  const client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
  try {
    const { rows } = await client.query<{ email: string; name: string; role: string; active: boolean; password_hash: string }>(
      'select email, name, role, active, password_hash from users order by id',
    );
    return rows;
  } finally {
    await client.close();
  }
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(process.env.NEWSROOM_TEST_ENGINE === 'postgres')('npm run user:create', () => {
  it('creates the first admin on a fresh data folder, then refuses while another process holds the folder', { timeout: 180_000 }, async () => {
    const created = await userCreate(['--email', 'TongBienTap@ToaSoan.vn', '--name', 'Nguyễn Văn Minh', '--role', 'admin', '--password', 'mat-khau-quan-tri-2026']);
    expect(created.stderr).toBe('');
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Đã tạo tài khoản Nguyễn Văn Minh <tongbientap@toasoan.vn> với vai trò Quản trị.');
    const [admin, ...others] = await storedUsers();
    expect(others).toEqual([]);
    expect(admin).toMatchObject({ email: 'tongbientap@toasoan.vn', name: 'Nguyễn Văn Minh', role: 'admin', active: true });
    expect(await verifyPassword(admin!.password_hash, 'mat-khau-quan-tri-2026')).toBe(true);

    // A live Node process (this test runner) holds the folder, as a running server would.
    const lock = path.join(dataDir, 'newsroom.lock');
    fs.writeFileSync(lock, String(process.pid));
    try {
      const refused = await userCreate(['--email', 'tongbientap@toasoan.vn', '--name', 'Tên Khác', '--role', 'writer', '--password', 'mat-khau-khac-2026']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`đang được tiến trình khác (PID ${process.pid}) sử dụng`);
      expect(refused.stderr).toContain('Hãy dừng máy chủ rồi chạy lại lệnh này.');
      expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
    } finally {
      fs.rmSync(lock, { force: true });
    }
    expect(await storedUsers()).toEqual([admin]);
  });

  it('explains wrong arguments in Vietnamese without creating or opening a data folder', { timeout: 120_000 }, async () => {
    const untouched = path.join(dataDir, 'never-created');
    const refused = await userCreate(['--email', 'khong-hop-le', '--name', 'A', '--role', 'sep', '--password', 'ngan'], untouched);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--email: Email không hợp lệ.');
    expect(refused.stderr).toContain('--role: Hãy chọn một vai trò');
    expect(refused.stderr).toContain('--password: Mật khẩu cần ít nhất 10 ký tự.');
    expect(refused.stderr).toContain('Cách dùng: npm run user:create');
    expect(fs.existsSync(untouched)).toBe(false);
  });
});
