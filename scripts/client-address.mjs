// Who is asking: the client address the app keys rate limits and sign-in throttles on (pure; scripts/serve.mjs
// uses it on every request, before the framework sees the request).
//
// The socket's peer is the client, unless that peer is one of the configured trusted proxies (TRUSTED_PROXIES):
// then X-Forwarded-For is read from the right (each proxy appends the address it saw), skipping trusted proxies,
// and the first address that is not one is the client. Anything a client writes into the header left of that
// point is ignored, so a client reaching the app directly, or through the proxy, cannot choose its key.
import { isIP } from "node:net";

/** `::ffff:10.0.0.1` → `10.0.0.1`; lower-cased IPv6; anything that is not an IP address → undefined. */
export function normalizeAddress(value) {
  if (typeof value !== "string") return undefined;
  let address = value.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  if (isIP(address) === 0) return undefined;
  return address.toLowerCase();
}

/** The trusted proxies from TRUSTED_PROXIES ("10.0.0.1, 10.0.0.2"), normalised; bad entries are dropped. */
export function parseTrustedProxies(value = "") {
  return new Set(
    value
      .split(",")
      .map((entry) => normalizeAddress(entry))
      .filter((entry) => entry !== undefined),
  );
}

/**
 * The client's address for a request that arrived from `remoteAddress` carrying `forwardedFor` (the raw
 * X-Forwarded-For value, or undefined), given the set of trusted proxy addresses.
 */
export function clientAddress(remoteAddress, forwardedFor, trustedProxies) {
  const peer = normalizeAddress(remoteAddress) ?? "unknown";
  if (!trustedProxies.has(peer) || !forwardedFor) return peer;
  const hops = forwardedFor.split(",");
  let nearest = peer;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normalizeAddress(hops[index]);
    // Garbage where an address should be: the chain cannot be followed further; the last trusted hop answers.
    if (hop === undefined) return nearest;
    if (!trustedProxies.has(hop)) return hop;
    nearest = hop;
  }
  // Only proxies of ours all the way: the furthest one is the best address known.
  return nearest;
}
