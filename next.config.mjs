/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
];

const nextConfig = {
  // A self-contained server folder (.next/standalone) for containers; `npm run build` completes
  // it with the static files and Tegami's server entry (server/assemble-standalone.mjs).
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // imapflow and its pino logger are plain Node code; keep them out of the bundle.
  serverExternalPackages: ["imapflow"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Tegami's pages are never framed by anyone; the message frame route sets its own policy.
      { source: "/((?!api/mail).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // The service worker: checked for updates on every navigation, never served from a cache,
      // and allowed to control the whole site although it could sit anywhere.
      {
        source: "/sw.js",
        headers: [
          { key: "Cache-Control", value: "no-cache" },
          { key: "Service-Worker-Allowed", value: "/" },
        ],
      },
    ];
  },
};

export default nextConfig;
