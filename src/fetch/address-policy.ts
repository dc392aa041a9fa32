/**
 * Which resolved addresses the bot must never connect to, so a URL cannot turn it against its
 * own network (SSRF): loopback, private, link-local, multicast, unspecified, reserved and the
 * cloud metadata addresses, for IPv4, IPv6 and IPv4 carried inside IPv6.
 */
import { BlockList, isIPv4, isIPv6 } from "node:net";

export type RefusedKind =
  | "loopback"
  | "private"
  | "link-local"
  | "multicast"
  | "unspecified"
  | "cloud metadata"
  | "reserved";

interface Range {
  readonly kind: RefusedKind;
  readonly family: "ipv4" | "ipv6";
  readonly network: string;
  readonly prefix: number;
}

// Order matters: the first match names the reason, so the metadata hosts come before the wider
// link-local and private ranges that hold them.
const RANGES: readonly Range[] = [
  { kind: "cloud metadata", family: "ipv4", network: "169.254.169.254", prefix: 32 },
  { kind: "cloud metadata", family: "ipv4", network: "169.254.170.2", prefix: 32 },
  { kind: "cloud metadata", family: "ipv4", network: "100.100.100.200", prefix: 32 },
  { kind: "cloud metadata", family: "ipv4", network: "192.0.0.192", prefix: 32 },
  { kind: "cloud metadata", family: "ipv6", network: "fd00:ec2::254", prefix: 128 },
  { kind: "unspecified", family: "ipv4", network: "0.0.0.0", prefix: 8 },
  { kind: "private", family: "ipv4", network: "10.0.0.0", prefix: 8 },
  { kind: "private", family: "ipv4", network: "100.64.0.0", prefix: 10 },
  { kind: "loopback", family: "ipv4", network: "127.0.0.0", prefix: 8 },
  { kind: "link-local", family: "ipv4", network: "169.254.0.0", prefix: 16 },
  { kind: "private", family: "ipv4", network: "172.16.0.0", prefix: 12 },
  { kind: "reserved", family: "ipv4", network: "192.0.0.0", prefix: 24 },
  { kind: "reserved", family: "ipv4", network: "192.0.2.0", prefix: 24 },
  { kind: "private", family: "ipv4", network: "192.168.0.0", prefix: 16 },
  { kind: "reserved", family: "ipv4", network: "198.18.0.0", prefix: 15 },
  { kind: "reserved", family: "ipv4", network: "198.51.100.0", prefix: 24 },
  { kind: "reserved", family: "ipv4", network: "203.0.113.0", prefix: 24 },
  { kind: "multicast", family: "ipv4", network: "224.0.0.0", prefix: 4 },
  { kind: "reserved", family: "ipv4", network: "240.0.0.0", prefix: 4 },
  { kind: "unspecified", family: "ipv6", network: "::", prefix: 128 },
  { kind: "loopback", family: "ipv6", network: "::1", prefix: 128 },
  { kind: "reserved", family: "ipv6", network: "::", prefix: 96 },
  { kind: "reserved", family: "ipv6", network: "100::", prefix: 64 },
  { kind: "reserved", family: "ipv6", network: "2001:db8::", prefix: 32 },
  { kind: "private", family: "ipv6", network: "fc00::", prefix: 7 },
  { kind: "link-local", family: "ipv6", network: "fe80::", prefix: 10 },
  { kind: "private", family: "ipv6", network: "fec0::", prefix: 10 },
  { kind: "multicast", family: "ipv6", network: "ff00::", prefix: 8 },
];

const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { range, list };
});

/** Why `address` (an IP literal) is refused, or null when the bot may connect to it. */
export function classifyAddress(address: string): RefusedKind | null {
  const bare = address.replace(/^\[|\]$/gu, "").replace(/%.*$/u, "");
  if (isIPv4(bare)) return matchRange(bare, "ipv4");
  if (!isIPv6(bare)) return "reserved";
  const embedded = extractEmbeddedIPv4(bare);
  if (embedded !== null) return matchRange(embedded, "ipv4");
  return matchRange(bare, "ipv6");
}

function matchRange(address: string, family: "ipv4" | "ipv6"): RefusedKind | null {
  return (
    LISTS.find(({ range, list }) => range.family === family && list.check(address, family))?.range
      .kind ?? null
  );
}

/**
 * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) or 6to4
 * (2002::/16) address: those reach an IPv4 host, so that host is what must be judged.
 */
export function extractEmbeddedIPv4(address: string): string | null {
  const groups = expandIPv6(address);
  if (groups === null) return null;
  const isMapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  const isNat64 =
    groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (isMapped || isNat64) return toIPv4(groups[6] ?? 0, groups[7] ?? 0);
  if (groups[0] === 0x2002) return toIPv4(groups[1] ?? 0, groups[2] ?? 0);
  return null;
}

function toIPv4(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

/** Eight 16-bit groups of a valid IPv6 literal (with "::" and a dotted IPv4 tail). */
function expandIPv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/u.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = 8 - headGroups.length - tailGroups.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const groups = [
    ...headGroups,
    ...Array<string>(tail === undefined ? 0 : missing).fill("0"),
    ...tailGroups,
  ];
  const values = groups.map((group) => Number.parseInt(group, 16));
  return values.length === 8 && values.every((value) => value >= 0 && value <= 0xffff)
    ? values
    : null;
}
