import { isIPv4, isIPv6 } from "node:net";

/** What an IP address is, for deciding whether dossier may fetch from it. Only "public" is fetched unless private addresses are allowed. */
export type AddressClass =
  | "public" | "loopback" | "private" | "link-local" | "unique-local" | "multicast" | "unspecified"
  | "ipv4-mapped" | "cgnat" | "reserved" | "invalid";

/** IPv4 ranges that are not the public internet: [base address, prefix length, class]. */
const IPV4_RANGES: [string, number, AddressClass][] = [
  ["0.0.0.0", 8, "unspecified"], // "this network"; 0.0.0.0 itself reaches the local host
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "cgnat"], // carrier-grade NAT, shared address space
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"], // also cloud metadata services (169.254.169.254)
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"], // IETF protocol assignments
  ["192.0.2.0", 24, "reserved"], // documentation
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"], // benchmarking
  ["198.51.100.0", 24, "reserved"], // documentation
  ["203.0.113.0", 24, "reserved"], // documentation
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"], // future use, and 255.255.255.255 broadcast
];

const ipv4Number = (ip: string): number => ip.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);

function classifyIPv4(ip: string): AddressClass {
  const n = ipv4Number(ip);
  for (const [base, bits, kind] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    if (Math.floor(n / size) === Math.floor(ipv4Number(base) / size)) return kind;
  }
  return "public";
}

/** The eight 16-bit groups of an IPv6 address ("::" expanded, a dotted IPv4 tail read as two groups). */
function ipv6Groups(ip: string): number[] {
  let text = ip.toLowerCase().replace(/%.*$/, "");
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const n = ipv4Number(tail[1]);
    text = `${text.slice(0, -tail[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest === undefined ? [] : rest ? rest.split(":") : [];
  const zeros = rest === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array(zeros).fill("0"), ...right].map((g) => parseInt(g, 16));
}

/** The IPv4 address in the last 32 bits of an IPv6 address. */
const embeddedIPv4 = (g: number[]): string => [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff].join(".");

function classifyIPv6(ip: string): AddressClass {
  const g = ipv6Groups(ip);
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return "unspecified"; // ::
  if (zeroUpTo(7) && g[7] === 1) return "loopback"; // ::1
  if (zeroUpTo(5) && g[5] === 0xffff) return "ipv4-mapped"; // ::ffff:127.0.0.1 reaches an IPv4 host
  if (zeroUpTo(4) && g[4] === 0xffff && g[5] === 0) return "ipv4-mapped"; // ::ffff:0:0:0/96, IPv4-translated (SIIT): an IPv4 host through a translator
  if (zeroUpTo(6)) return "reserved"; // ::1.2.3.4, IPv4-compatible (deprecated)
  if ((g[0] & 0xfe00) === 0xfc00) return "unique-local"; // fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return "link-local"; // fe80::/10
  if ((g[0] & 0xffc0) === 0xfec0) return "private"; // fec0::/10, site-local (deprecated)
  if ((g[0] & 0xff00) === 0xff00) return "multicast"; // ff00::/8
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "reserved"; // documentation
  if (g[0] === 0x2001 && g[1] < 0x0200) return "reserved"; // 2001::/23, IETF protocol assignments: Teredo (2001::/32) hides an IPv4 address, benchmarking, ORCHID
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return "reserved"; // 64:ff9b:1::/48, local-use NAT64: the translator is the local network's
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return "reserved"; // 100::/64, discard
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address: judged by it.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyIPv4(embeddedIPv4(g));
  if (g[0] === 0x2002) return classifyIPv4([g[1] >> 8, g[1] & 0xff, g[2] >> 8, g[2] & 0xff].join("."));
  return "public";
}

/** The class of an IP address (v4 or v6, without brackets); "invalid" for anything else. */
export function classifyAddress(ip: string): AddressClass {
  if (isIPv4(ip)) return classifyIPv4(ip);
  if (isIPv6(ip)) return classifyIPv6(ip);
  return "invalid";
}
