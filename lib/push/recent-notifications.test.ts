import { describe, expect, it } from "vitest";
import { RecentNotifications } from "@/lib/push/recent-notifications";

describe("RecentNotifications", () => {
  it("withdraws a notification once, for the same user in any case", () => {
    const recent = new RecentNotifications(() => 1000);
    recent.add("Ivan@example.test", "INBOX", 7);
    expect(recent.take("ivan@example.test", "INBOX", 8)).toBe(false);
    expect(recent.take("ivan@example.test", "INBOX", 7)).toBe(true);
    expect(recent.take("ivan@example.test", "INBOX", 7)).toBe(false);
  });

  it("keeps the newest 50 per user, for a day", () => {
    let now = 0;
    const recent = new RecentNotifications(() => now);
    for (let uid = 1; uid <= 51; uid += 1) recent.add("u", "INBOX", uid);
    expect(recent.take("u", "INBOX", 1)).toBe(false);
    expect(recent.take("u", "INBOX", 2)).toBe(true);
    now = 24 * 3600 * 1000;
    expect(recent.take("u", "INBOX", 3)).toBe(false);
  });
});
