import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { requestLang } from "@/lib/i18n/request-lang";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tegami", template: "%s · Tegami" },
  description: "Tegami (手紙): webmail for your own mail server",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: "#1d4ed8",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLang();
  return (
    <html lang={lang}>
      <body className="h-full bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}
