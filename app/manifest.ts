// GET /manifest.webmanifest – what makes Tegami installable as an app (W3C Web App Manifest).
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/mail/INBOX",
    name: "Tegami",
    short_name: "Tegami",
    description: "Tegami (手紙): webmail for your own mail server",
    start_url: "/mail/INBOX",
    scope: "/",
    display: "standalone",
    // The header's white and the brand blue of app/icon.svg (the viewport's themeColor).
    background_color: "#ffffff",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      {
        name: "Inbox",
        url: "/mail/INBOX",
        icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }],
      },
      {
        name: "Compose",
        url: "/compose?mode=new",
        icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }],
      },
    ],
  };
}
