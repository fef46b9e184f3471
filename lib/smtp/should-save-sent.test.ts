import { describe, expect, it } from "vitest";
import { shouldSaveSent } from "@/lib/smtp/should-save-sent";

describe("shouldSaveSent", () => {
  it("appends everywhere except on hosts that save sent mail themselves", () => {
    expect(shouldSaveSent("auto", "mail.example.com")).toBe(true);
    expect(shouldSaveSent("auto", "SMTP.Gmail.com")).toBe(false);
    expect(shouldSaveSent("auto", "smtp.office365.com.")).toBe(false);
  });

  it("follows the operator's always and never", () => {
    expect(shouldSaveSent("always", "smtp.gmail.com")).toBe(true);
    expect(shouldSaveSent("never", "mail.example.com")).toBe(false);
  });
});
