// Which address a request really comes from, for the sign-in rate limit.
// `X-Forwarded-For` is a header any client can write, so it is believed only
// when the socket's peer is a proxy listed in MARQUEE_TRUSTED_PROXIES, and
// then only as far back as the chain stays inside those proxies.
// Node's BlockList does the address and CIDR matching (IPv4 and IPv6).
import net from "node:net";

/** Parses "10.0.0.5, 192.0.2.0/24, ::1" into a BlockList; throws on a malformed entry. */
export function trustedProxies(list = "") {
  const trusted = new net.BlockList();
  for (const entry of list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = net.isIP(address ?? "");
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (!family || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128)))) {
      throw new Error(`MARQUEE_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, bits, type);
  }
  return trusted;
}

function isTrusted(trusted, address) {
  const plain = unmapped(address);
  const family = net.isIP(plain);
  return family !== 0 && trusted.check(plain, family === 4 ? "ipv4" : "ipv6");
}

// "::ffff:127.0.0.1" is how a dual-stack socket reports an IPv4 peer.
function unmapped(address) {
  return address.toLowerCase().startsWith("::ffff:") && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy,
 * in which case the forwarded chain is walked right to left past trusted hops.
 */
export function clientAddress(peer, forwardedFor, trusted) {
  let client = unmapped(peer ?? "");
  if (!isTrusted(trusted, client) || !forwardedFor) return client;
  const hops = forwardedFor.split(",").map((hop) => hop.trim());
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!net.isIP(unmapped(hop))) return client; // garbage in the chain: stop at the last proxy we trust
    client = unmapped(hop);
    if (!isTrusted(trusted, client)) return client;
  }
  return client;
}
