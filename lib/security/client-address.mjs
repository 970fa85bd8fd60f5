import net from 'node:net';

// Who is the client? One rule, used by the HTTP server (scripts/server.mjs) before Next sees a
// request. Plain JavaScript so that the server can import it without a build step.

/** The header in which the server hands the app the client's address. Clients cannot set it. */
export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address';

/** TRUST_PROXY: how many proxies in front of the app to believe (0, the default: none). */
export function trustedProxyHops(value) {
  const hops = Number.parseInt(String(value ?? '0'), 10);
  return Number.isFinite(hops) && hops > 0 ? Math.min(hops, 10) : 0;
}

/**
 * The client's address: the TCP peer's, unless `hops` proxies are trusted, in which case the
 * entry `hops` places from the right of the chain `X-Forwarded-For` + peer (each trusted proxy
 * appended the address it saw). Entries further left were written by the client and are ignored.
 */
export function clientAddress(peer, forwardedFor, hops) {
  const peerAddress = normalise(peer) || 'unknown';
  if (!hops) return peerAddress;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = header.split(',').map(normalise).filter(Boolean);
  chain.push(peerAddress);
  const chosen = chain[Math.max(chain.length - 1 - hops, 0)];
  // A trusted proxy writes addresses; anything else in that place was written by the client.
  return net.isIP(chosen) ? chosen : peerAddress;
}

function normalise(address) {
  const value = String(address ?? '').trim();
  // IPv4 clients of a dual-stack socket appear as ::ffff:1.2.3.4.
  return value.startsWith('::ffff:') && value.includes('.') ? value.slice(7) : value;
}

/**
 * Puts the client's address on a Node request, in the one header the app reads, after dropping
 * any copy the client sent.
 */
export function markClientAddress(req, hops) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], hops);
}
