// The cluster's ports (scripts/cluster.mjs): CLUSTER_PORT (default 3340) for nginx, then +1 and
// +2 for instances A and B, +3 Redis, +4 the S3 server. A module of its own so that the Playwright
// config can read them without loading the harness.
export function clusterPorts(base = Number(process.env.CLUSTER_PORT ?? 3340)) {
  return { nginx: base, a: base + 1, b: base + 2, redis: base + 3, s3: base + 4 };
}

/** The run's own database (on the DATABASE_URL server), fresh each run. */
export function clusterDatabase(ports = clusterPorts()) {
  return `newsroom_cluster_${ports.nginx}`;
}
