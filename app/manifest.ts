// GET /manifest.webmanifest – what makes Tegami installable as an app (W3C Web App Manifest).
// In the request's language (the browser fetches it with its Accept-Language), so the install
// prompt and the home-screen shortcuts read as the rest of the UI does.
import type { MetadataRoute } from "next";
import { t } from "@/lib/i18n/messages";
import { requestLang } from "@/lib/i18n/request-lang";

const descriptions = {
  en: "Tegami (手紙): webmail for your own mail server",
  ja: "Tegami（手紙）: 自分のメールサーバーのためのウェブメール",
} as const;

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const lang = await requestLang();
  const m = t(lang);
  return {
    id: "/mail/INBOX",
    name: m.appName,
    short_name: m.appName,
    description: descriptions[lang],
    lang: m.locale,
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
        name: m.roles.inbox,
        url: "/mail/INBOX",
        icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }],
      },
      {
        name: m.compose.compose,
        url: "/compose?mode=new",
        icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }],
      },
    ],
  };
}
