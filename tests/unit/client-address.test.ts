import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress, markClientAddress, trustedProxyHops } from '@/lib/security/client-address.mjs';

describe('client address', () => {
  it('is the TCP peer when no proxy is trusted, whatever the client claims', () => {
    expect(clientAddress('203.0.113.9', undefined, 0)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '1.2.3.4', 0)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', ['1.2.3.4, 5.6.7.8'], 0)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:198.51.100.7', '9.9.9.9', 0)).toBe('198.51.100.7');
  });

  it('with N trusted proxies is the Nth entry from the right of the chain they appended', () => {
    // nginx (peer 127.0.0.1) appended the address it saw; the client prepended a made-up one.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    // A CDN then nginx: two hops.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9, 192.0.2.50', 2)).toBe('203.0.113.9');
    // Fewer entries than hops: the leftmost there is.
    expect(clientAddress('127.0.0.1', '203.0.113.9', 3)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
  });

  it('never takes something that is not an address', () => {
    expect(clientAddress('127.0.0.1', '<script>, x', 1)).toBe('127.0.0.1');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });

  it('reads TRUST_PROXY as a small non-negative hop count', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops('abc')).toBe(0);
    expect(trustedProxyHops('-2')).toBe(0);
    expect(trustedProxyHops('1')).toBe(1);
    expect(trustedProxyHops('2')).toBe(2);
  });
});

describe('the address a request carries into the app', () => {
  async function seenBy(hops: number, headers: Record<string, string>): Promise<string> {
    const server = http.createServer((req, res) => {
      markClientAddress(req, hops);
      res.end(String(req.headers[CLIENT_ADDRESS_HEADER]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('ignores a forwarded chain and a forged copy of its own header when no proxy is trusted', async () => {
    expect(await seenBy(0, { 'X-Forwarded-For': '10.1.2.3', [CLIENT_ADDRESS_HEADER]: '10.9.9.9' })).toBe('127.0.0.1');
    expect(await seenBy(0, { 'X-Real-IP': '10.1.2.3' })).toBe('127.0.0.1');
  });

  it('behind one trusted proxy takes the address that proxy appended', async () => {
    expect(await seenBy(1, { 'X-Forwarded-For': '6.6.6.6, 203.0.113.9', [CLIENT_ADDRESS_HEADER]: '10.9.9.9' })).toBe('203.0.113.9');
  });
});
