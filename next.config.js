// @ts-check
// Where pages may load things from. Next.js's inline bootstrap scripts need 'unsafe-inline' until pages use nonces;
// the development server also evaluates code, so it runs without the policy.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native module, and pdfkit reads its font metrics from its own folder:
  // load both from node_modules at run time, never bundle them.
  serverExternalPackages: ["better-sqlite3", "pdfkit"],
  poweredByHeader: false,
  // Server actions receive uploads: a register to import (up to 10 MB) and an agreement's
  // documents (up to 25 MB, lib/documents/accepted-types.ts), with room for the form around them.
  experimental: { serverActions: { bodySizeLimit: "26mb" } },
  // The build and the tests may share a machine; an isolated build folder lets the
  // end-to-end tests build without disturbing a running `npm start`.
  distDir: process.env.PACTA_DIST_DIR || ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          ...(process.env.NODE_ENV === "development" ? [] : [{ key: "Content-Security-Policy", value: contentSecurityPolicy }]),
        ],
      },
    ];
  },
};

// The interface's language and catalogues for each request: lib/i18n/request.ts.
const withNextIntl = require("next-intl/plugin")("./lib/i18n/request.ts");

module.exports = withNextIntl(nextConfig);
