import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyAddress, type AddressClass } from "./address-class.js";

const TABLE: [string, AddressClass][] = [
  ["8.8.8.8", "public"],
  ["93.184.216.34", "public"],
  ["1.1.1.1", "public"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["172.15.255.255", "public"],
  ["172.32.0.1", "public"],
  ["192.168.1.1", "private"],
  ["169.254.169.254", "link-local"],
  ["100.64.0.1", "cgnat"],
  ["100.127.255.255", "cgnat"],
  ["100.63.255.255", "public"],
  ["100.128.0.0", "public"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["255.255.255.255", "reserved"],
  ["192.0.2.10", "reserved"],
  ["198.18.0.1", "reserved"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["::ffff:127.0.0.1", "ipv4-mapped"],
  ["::ffff:8.8.8.8", "ipv4-mapped"],
  ["::ffff:7f00:1", "ipv4-mapped"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["febf::1", "link-local"],
  ["fec0::1", "private"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "reserved"],
  ["100::1", "reserved"],
  ["64:ff9b::10.0.0.1", "private"],
  ["64:ff9b::8.8.8.8", "public"],
  ["2002:7f00:1::", "loopback"],
  ["2606:4700:4700::1111", "public"],
  ["2a00:1450:4001:80b::200e", "public"],
  ["localhost", "invalid"],
  ["[::1]", "invalid"],
  ["999.1.1.1", "invalid"],
];

test("every address in the table has its class", () => {
  const wrong = TABLE.map(([ip, want]) => [ip, classifyAddress(ip), want]).filter(([, got, want]) => got !== want);
  assert.deepEqual(wrong, []);
});

// issue 13: these three were classed public
test("IPv4-translated ::ffff:0:0:0/96, local-use NAT64 64:ff9b:1::/48 and Teredo 2001::/32 are not public addresses", () => {
  const cases: [string, AddressClass][] = [
    ["::ffff:0:7f00:1", "ipv4-mapped"],
    ["::ffff:0:127.0.0.1", "ipv4-mapped"],
    ["::ffff:0:8.8.8.8", "ipv4-mapped"],
    ["64:ff9b:1::7f00:1", "reserved"],
    ["64:ff9b:1:ffff::a00:1", "reserved"],
    ["2001::1", "reserved"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"],
    ["2001:2::1", "reserved"],
    ["2001:1ff::1", "reserved"],
    ["2001:200::1", "public"],
    ["2001:4860:4860::8888", "public"],
  ];
  assert.deepEqual(cases.map(([ip, want]) => [ip, classifyAddress(ip), want]).filter(([, got, want]) => got !== want), []);
});
