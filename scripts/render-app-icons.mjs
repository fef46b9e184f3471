// Renders the PNG app icons of the manifest (public/icons/) from the design of app/icon.svg,
// in Debian's Chromium through Playwright: `node scripts/render-app-icons.mjs`. The maskable
// variants fill the whole square and keep the mark inside the central 80 % circle, the safe
// zone a launcher's mask never cuts (W3C Manifest, "icon masks").
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/chromium.mjs";

const mark =
  '<path d="M12 20h40v26H12z" fill="#fff"/>' +
  '<path d="M12 20l20 15 20-15" fill="none" stroke="#1d4ed8" stroke-width="3"/>' +
  '<circle cx="46" cy="42" r="7" fill="#dc4a2d"/>';

const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1d4ed8"/>${mark}</svg>`;
// The mark spans x 12-53, y 20-49: scaled by 0.7 around the centre it fits the safe circle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1d4ed8"/><g transform="translate(32 32) scale(0.7) translate(-32.5 -34.5)">${mark}</g></svg>`;

const outDir = path.join(import.meta.dirname, "..", "public", "icons");
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const size of [192, 512]) {
    for (const [name, svg] of [
      [`icon-${size}.png`, any],
      [`maskable-${size}.png`, maskable],
    ]) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      await page.screenshot({ path: path.join(outDir, name), omitBackground: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
