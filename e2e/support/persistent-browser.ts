// A Chromium with a profile on disk: installability and push need a non-incognito profile
// (Playwright's default contexts are incognito, where Chromium reports "in-incognito").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";

export interface PersistentBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchPersistentBrowser(baseURL: string): Promise<PersistentBrowser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tegami-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions,
    baseURL,
    locale: "en-US",
    timezoneId: "UTC",
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
