import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies } from "@/scripts/client-address.mjs";

describe("normalizeAddress", () => {
  it.each([
    ["198.51.100.7", "198.51.100.7"],
    [" 198.51.100.7 ", "198.51.100.7"],
    ["::ffff:10.0.0.1", "10.0.0.1"],
    ["2001:DB8::1", "2001:db8::1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["proxy.local", undefined],
    ["", undefined],
    ["10.0.0.0/8", undefined],
    [undefined, undefined],
  ])("%s → %s", (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });
});

describe("clientAddress", () => {
  const none = parseTrustedProxies("");
  const proxies = parseTrustedProxies("10.0.0.1, 10.0.0.2, bad-entry");

  it("is the socket's peer when no proxy is trusted, whatever the headers say", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", none)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
  });

  it("is the socket's peer when that peer is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", proxies)).toBe("198.51.100.7");
  });

  it("reads X-Forwarded-For from the right through trusted proxies only", () => {
    expect(clientAddress("10.0.0.1", "203.0.113.9", proxies)).toBe("203.0.113.9");
    // The client wrote "1.2.3.4" itself; the proxy appended what it saw.
    expect(clientAddress("10.0.0.1", "1.2.3.4, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // Two proxies of ours in a row.
    expect(clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.1", proxies)).toBe("203.0.113.9");
  });

  it("falls back to the proxy when the chain is missing, all proxies or garbage", () => {
    expect(clientAddress("10.0.0.1", undefined, proxies)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "10.0.0.2", proxies)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.1", "1.2.3.4, not-an-ip", proxies)).toBe("10.0.0.1");
  });

  it("names an unknown peer", () => {
    expect(clientAddress(undefined, "1.2.3.4", proxies)).toBe("unknown");
  });

  it("drops entries of TRUSTED_PROXIES that are not addresses", () => {
    expect([...proxies]).toEqual(["10.0.0.1", "10.0.0.2"]);
  });
});
