// s3rver ships no types; only what tests and scripts use of it.
declare module 's3rver' {
  import type { AddressInfo } from 'node:net';
  export default class S3rver {
    constructor(options: { port?: number; address?: string; silent?: boolean; directory: string; configureBuckets?: { name: string; configs: (string | Buffer)[] }[] });
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
