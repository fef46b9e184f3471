import { describe, expect, it } from "vitest";
import { formatSize } from "@/lib/mail/format-size";

describe("formatSize", () => {
  it("shows bytes below 1 KB", () => {
    expect(formatSize(0, "en")).toBe("0 B");
    expect(formatSize(512, "en")).toBe("512 B");
    expect(formatSize(1023, "en")).toBe("1,023 B");
    expect(formatSize(512, "ja")).toBe("512 バイト");
  });

  it("uses one decimal below 10 and whole numbers above", () => {
    expect(formatSize(1024, "en")).toBe("1 KB");
    expect(formatSize(1536, "en")).toBe("1.5 KB");
    expect(formatSize(12 * 1024 + 300, "en")).toBe("12 KB");
    expect(formatSize(1.4 * 1024 * 1024, "en")).toBe("1.4 MB");
    expect(formatSize(250 * 1024 * 1024, "en")).toBe("250 MB");
    expect(formatSize(3.25 * 1024 ** 3, "en")).toBe("3.3 GB");
  });

  it("steps up a unit instead of showing 1024", () => {
    expect(formatSize(1024 * 1024 - 1, "en")).toBe("1 MB");
    expect(formatSize(1024 * 1023.99, "en")).toBe("1 MB");
    expect(formatSize(10234 * 1024 * 1024, "en")).toBe("10 GB");
  });

  it("groups thousands in the last unit", () => {
    expect(formatSize(2000 * 1024 ** 4, "en")).toBe("2,000 TB");
  });

  it("uses KB/MB in Japanese too", () => {
    expect(formatSize(12 * 1024, "ja")).toBe("12 KB");
    expect(formatSize(1.4 * 1024 * 1024, "ja")).toBe("1.4 MB");
  });

  it("treats nonsense as zero", () => {
    expect(formatSize(-5, "en")).toBe("0 B");
    expect(formatSize(Number.NaN, "en")).toBe("0 B");
  });
});
