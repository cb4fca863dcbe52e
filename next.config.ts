import type { NextConfig } from "next";

// Pages get their Content-Security-Policy (a nonce, or a prerendered page's script hashes) and HSTS from proxy.ts,
// decided per request (ADR 0020). Everything else (the API, downloads, Next's files) is never a document that runs
// scripts: it gets a policy that allows nothing.
const nothingPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // A separate build folder per concurrent test run (e.g. benchmarks beside e2e); .next by default.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: nothingPolicy }] },
    ];
  },
};

export default nextConfig;
