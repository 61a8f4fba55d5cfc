import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Why a target was refused; `message` reads "private address 10.0.0.5", "scheme ftp:", …. */
export class RefusedError extends Error {
  readonly code = 'NEWSFLOW_REFUSED';

  constructor(readonly reason: string) {
    super(reason);
  }
}

// ipaddr.js range names that are never the public internet, in words for the refusal message.
const RANGE_WORDS: Record<string, string> = {
  private: 'private',
  uniqueLocal: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  carrierGradeNat: 'carrier-grade NAT',
};

/**
 * Undefined for a public unicast address; otherwise the kind of address, e.g. "private". Deny by
 * default: every range ipaddr.js knows other than plain unicast (reserved, benchmarking, 6to4,
 * Teredo, NAT64 and other IPv4-embedding prefixes) is refused too. IPv4-mapped IPv6 is judged as
 * the IPv4 address it carries. Cloud metadata (169.254.169.254, fd00:ec2::254, 100.100.100.200)
 * falls in link-local, unique-local and carrier-grade NAT.
 */
export function nonPublicKind(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'invalid';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? undefined : (RANGE_WORDS[range] ?? `reserved (${range})`);
}

/** Hosts (`host` or `host:port`) that may resolve to non-public addresses: CRAWLER_ALLOWED_PRIVATE_HOSTS. */
export class AllowedPrivateHosts {
  private readonly entries: Set<string>;

  constructor(entries: readonly string[]) {
    this.entries = new Set(entries.map((entry) => entry.trim().toLowerCase()).filter(Boolean));
  }

  allows(url: URL): boolean {
    const host = url.hostname.toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return this.entries.has(host) || this.entries.has(`${host}:${port}`);
  }
}

const SCHEMES = new Set(['http:', 'https:']);

/**
 * Checks what can be checked before connecting: the scheme, and a literal IP host (Node connects to
 * those without a DNS lookup). Names are checked after resolution by `guardedLookup`.
 */
export function checkTarget(url: URL, allowed: AllowedPrivateHosts): void {
  if (!SCHEMES.has(url.protocol)) throw new RefusedError(`scheme ${url.protocol} is not http(s)`);
  if (allowed.allows(url)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) refuseNonPublic(host);
}

function refuseNonPublic(address: string): void {
  const kind = nonPublicKind(address);
  if (kind) throw new RefusedError(`${kind} address ${address}`);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `net.connect` lookup that resolves the name and refuses it when any of its addresses is not
 * public. The connection then goes to the very address that was checked, so a second, different DNS
 * answer (DNS rebinding) cannot slip a private address in between check and connect.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { all: true, family: options.family }, (error, addresses) => {
    if (error) return callback(error, []);
    try {
      for (const { address } of addresses) refuseNonPublic(address);
    } catch (refused) {
      return callback(refused as RefusedError, []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/** The RefusedError somewhere in an error's cause chain (undici wraps connect errors). */
export function refusalIn(error: unknown): RefusedError | undefined {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    if (current instanceof RefusedError) return current;
  }
  return undefined;
}
