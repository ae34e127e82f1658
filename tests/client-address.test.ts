import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxies } from "../scripts/lib/client-address.mjs";

describe("clientAddress", () => {
  const proxies = trustedProxies("127.0.0.1, ::1, 10.0.0.0/24");

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", proxies)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "127.0.0.1", proxies)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "anything", trustedProxies(""))).toBe("198.51.100.7");
  });

  it("walks a trusted chain right to left to the first untrusted hop", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.1", proxies)).toBe("203.0.113.1");
    // The client wrote the first entry itself; the proxies appended the rest.
    expect(clientAddress("::ffff:127.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.4", proxies)).toBe("203.0.113.9");
    expect(clientAddress("::1", "10.0.0.2, 10.0.0.3", proxies)).toBe("10.0.0.2");
  });

  it("stops at garbage in the chain rather than believing what came before it", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.1, <script>", proxies)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "", proxies)).toBe("127.0.0.1");
  });

  it("refuses a malformed trusted-proxy list at start", () => {
    expect(() => trustedProxies("10.0.0.0/33")).toThrow(/MARQUEE_TRUSTED_PROXIES/);
    expect(() => trustedProxies("proxy.example")).toThrow(/not an IP address/);
  });
});
