#!/usr/bin/env node
// The production shape on one machine, for the cluster test (e2e-cluster/) and `npm run bench:cluster`:
// a fresh PostgreSQL database, a Redis server and an S3 server (s3rver) of its own, TWO app
// instances (scripts/server.mjs, each with its own local data folder) and nginx with the config
// that `npm run proxy:config` prints. Everything it starts, it stops (SIGTERM/SIGINT, or stop()).
//
// Ports: CLUSTER_PORT (default 3340) for nginx, then +1 and +2 for the instances, +3 Redis, +4 S3.
// PostgreSQL: database newsroom_cluster_<nginx port> on the server of DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres), created fresh and dropped at the end.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import S3rver from 's3rver';
import { clusterDatabase, clusterPorts } from './cluster-ports.mjs';
import { proxyConfig } from './proxy-config.mjs';
import { serverArgs, serverEnv } from './server-command.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export { clusterDatabase, clusterPorts };

async function waitFor(what, check, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`cluster: ${what} did not come up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const httpOk = (url) => async () => (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
const redisUp = (port) => () =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.on('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.on('error', () => resolve(false));
  });

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cluster: ${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export async function startCluster({ ports = clusterPorts(), log = console.log, quiet = true, extraNginxLocations = '' } = {}) {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cluster-'));
  fs.chmodSync(tmp, 0o755); // nginx started by root runs its workers as nobody
  const children = [];
  const cleanups = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => log(`cluster: cleanup failed: ${error}`));
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const child = (name, command, args, options = {}) => {
    const proc = spawn(command, args, { stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'], ...options });
    if (quiet) {
      const out = fs.createWriteStream(path.join(tmp, `${name}.log`));
      proc.stdout.pipe(out);
    }
    children.push(proc);
    return proc;
  };
  try {
    // PostgreSQL: a database of this run's own.
    const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    const dbName = clusterDatabase(ports);
    const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${dbName} with (force)`); // left by a killed run
    await admin.unsafe(`create database ${dbName}`);
    cleanups.push(async () => {
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    });
    const databaseUrl = new URL(serverUrl);
    databaseUrl.pathname = `/${dbName}`;

    // Redis, in the foreground as a child: it goes when this process goes.
    child('redis', 'redis-server', ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    await waitFor('Redis', redisUp(ports.redis), 20_000);

    // The S3 server, in this process.
    const s3 = new S3rver({ port: ports.s3, address: '127.0.0.1', silent: true, directory: path.join(tmp, 's3'), configureBuckets: [{ name: 'newsroom-media', configs: [] }] });
    await s3.run();
    cleanups.push(() => s3.close());

    const nginxUrl = `http://127.0.0.1:${ports.nginx}`;
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
      S3_ENDPOINT: `http://127.0.0.1:${ports.s3}`,
      S3_REGION: 'us-east-1',
      S3_BUCKET: 'newsroom-media',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString('hex'),
      SITE_URL: nginxUrl,
      NEXTAUTH_URL: nginxUrl,
      TRUST_PROXY: '1',
    };
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    // Two instances migrating at the same moment: the advisory lock lets one do it.
    await Promise.all([0, 1].map(() => run(tsx, ['--conditions=react-server', 'scripts/migrate.ts'], { cwd: root, env, stdio: quiet ? 'ignore' : 'inherit' })));
    await run(tsx, ['--conditions=react-server', 'scripts/seed.ts', '--demo-accounts'], { cwd: root, env: { ...env, NODE_ENV: 'test' }, stdio: quiet ? 'ignore' : 'inherit' });

    const instance = (name, port) => {
      const dataDir = path.join(tmp, `data-${name}`);
      fs.mkdirSync(dataDir);
      child(`app-${name}`, process.execPath, serverArgs(env), {
        cwd: root,
        env: serverEnv({ ...env, NODE_ENV: 'production', PORT: String(port), HOSTNAME_BIND: '127.0.0.1', NEWSROOM_DATA_DIR: dataDir }),
      });
      return `http://127.0.0.1:${port}`;
    };
    const a = instance('a', ports.a);
    const b = instance('b', ports.b);
    await Promise.all([waitFor('instance A', httpOk(`${a}/api/health`)), waitFor('instance B', httpOk(`${b}/api/health`))]);

    const nginxDir = path.join(tmp, 'nginx');
    fs.mkdirSync(nginxDir);
    const config = proxyConfig({ listen: `127.0.0.1:${ports.nginx}`, upstreams: [`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`], prefix: nginxDir });
    fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), config.replace('# (more locations)', extraNginxLocations));
    const nginxBin = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
    child('nginx', nginxBin, ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir, '-e', path.join(nginxDir, 'error.log'), '-g', 'daemon off;']);
    await waitFor('nginx', httpOk(`${nginxUrl}/api/health`), 20_000);
    log(`cluster: ready in ${Math.round((Date.now() - started) / 1000)} s — nginx ${nginxUrl}, A ${a}, B ${b}, Redis :${ports.redis}, S3 :${ports.s3}, database ${dbName}`);
    return { nginxUrl, a, b, ports, tmp, nginxDir, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cluster = await startCluster({ quiet: process.env.CLUSTER_VERBOSE !== '1' });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
