import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proxyConfig } from '@/scripts/proxy-config.mjs';

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => fs.existsSync(p));

describe('proxy:config', () => {
  const prefix = '/srv/newsroom-nginx';
  const config = proxyConfig({ listen: '8080', upstreams: ['10.0.0.11:3001', '10.0.0.12:3001'], prefix, serverName: 'baotinh.vn' });

  it('keeps pid, logs, cache and temporary files under the prefix', () => {
    const paths = [...config.matchAll(/^\s*(pid|error_log|access_log|\w+_temp_path|proxy_cache_path)\s+(\S+)/gm)].map((m) => m[2]!);
    expect(paths.length).toBeGreaterThanOrEqual(9);
    for (const p of paths) expect(p.startsWith(`${prefix}/`)).toBe(true);
  });

  it('balances the upstreams with keepalive and passes the client address', () => {
    expect(config).toContain('server 10.0.0.11:3001');
    expect(config).toContain('server 10.0.0.12:3001');
    expect(config).toMatch(/keepalive \d+;/);
    expect(config).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    expect(config).toContain('proxy_set_header X-Real-IP $remote_addr;');
    expect(config).toContain('client_max_body_size 25m;');
    expect(config).toContain('server_name baotinh.vn;');
  });

  it('micro-caches reader pages with stale-on-error, and never staff, APIs or the setup link', () => {
    expect(config).toContain('proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;');
    expect(config).toContain('proxy_cache_background_update on;');
    expect(config).toMatch(/proxy_cache_valid 200 [^;]*1s;/);
    expect(config).toMatch(/proxy_cache_bypass \$newsroom_staff;/);
    expect(config).toMatch(/proxy_no_cache \$newsroom_staff;/);
    expect(config).toContain('next-auth\\.session-token');
    for (const open of ['location /admin {', 'location /api/ {', 'location /thiet-lap/ {']) {
      const block = config.slice(config.indexOf(open), config.indexOf('}', config.indexOf(open)));
      expect(block).not.toContain('proxy_cache');
    }
  });

  it.skipIf(!nginx)('is a configuration nginx accepts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-nginx-'));
    try {
      const file = path.join(dir, 'nginx.conf');
      fs.writeFileSync(file, proxyConfig({ listen: '127.0.0.1:3399', upstreams: ['127.0.0.1:3398'], prefix: dir }));
      execFileSync(nginx!, ['-t', '-q', '-c', file, '-p', dir, '-e', path.join(dir, 'error.log')], { stdio: 'pipe' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
