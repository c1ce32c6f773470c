// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files; load it from node_modules rather than bundling it.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // Both packages export everything from one index: without this the first page load carried all
  // of Designsystemet's components and every Aksel icon (~210 kB gzip, scripts/first-load-js.mjs).
  experimental: {
    optimizePackageImports: ["@digdir/designsystemet-react", "@navikt/aksel-icons"],
  },
  // Headers for every response, static files included; the CSP (with its nonce) comes from proxy.ts.
  async headers() {
    const security = [
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ];
    if (process.env.NODE_ENV === "production") {
      security.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    }
    return [{ source: "/:path*", headers: security }];
  },
};

module.exports = withNextIntl(nextConfig);
