import { describe, expect, it } from "vitest";
import { safeFilename } from "@/lib/mail/safe-filename";

describe("safeFilename", () => {
  it("keeps an ordinary name, Unicode included", () => {
    expect(safeFilename("report.pdf", "attachment")).toBe("report.pdf");
    expect(safeFilename("請求書_2024年11月.pdf", "attachment")).toBe("請求書_2024年11月.pdf");
    expect(safeFilename("Budget 2025 (final).xlsx", "attachment")).toBe("Budget 2025 (final).xlsx");
  });

  it("uses the fallback when there is no name", () => {
    expect(safeFilename(null, "attachment.pdf")).toBe("attachment.pdf");
    expect(safeFilename(undefined, "message.eml")).toBe("message.eml");
    expect(safeFilename("", "attachment")).toBe("attachment");
    expect(safeFilename("   ", "attachment")).toBe("attachment");
  });

  it("keeps only the last path component, for / and \\ alike", () => {
    expect(safeFilename("../../etc/passwd", "x")).toBe("passwd");
    expect(safeFilename("C:\\Users\\bob\\Desktop\\invoice.pdf", "x")).toBe("invoice.pdf");
    expect(safeFilename("/tmp/", "attachment")).toBe("attachment");
    expect(safeFilename("..", "attachment")).toBe("attachment");
  });

  it("removes control characters, so a name cannot break a header or a listing", () => {
    expect(safeFilename("in\r\nvoice\u0000.pdf", "x")).toBe("invoice.pdf");
    expect(safeFilename("tab\there.txt", "x")).toBe("tabhere.txt");
    expect(safeFilename("c1\u0085\u009b.txt", "x")).toBe("c1.txt");
  });

  it("removes bidi controls that disguise the real extension", () => {
    // Displays as "invoiceexe.pdf" but is an .exe
    expect(safeFilename("invoice\u202efdp.exe", "x")).toBe("invoicefdp.exe");
    expect(safeFilename("\u2066photo\u2069\u200e\u200f\u202a\u202b\u202c\u202d.jpg", "x")).toBe(
      "photo.jpg",
    );
  });

  it("does not create hidden files", () => {
    expect(safeFilename(".bashrc", "x")).toBe("bashrc");
    expect(safeFilename("...htaccess", "x")).toBe("htaccess");
    expect(safeFilename(" . .profile", "x")).toBe("profile");
  });

  it("trims surrounding whitespace", () => {
    expect(safeFilename("  notes.txt \t", "x")).toBe("notes.txt");
  });

  it("composes decomposed (NFD) names as macOS sends them", () => {
    const decomposed = "\u304b\u3099\u3044\u3053\u304f.txt"; // が as か + combining dakuten
    expect(safeFilename(decomposed, "x")).toBe("がいこく.txt");
  });

  it("shortens long names to 200 characters and keeps the extension", () => {
    const name = `${"a".repeat(300)}.pdf`;
    const safe = safeFilename(name, "x");
    expect(safe).toHaveLength(200);
    expect(safe.endsWith(".pdf")).toBe(true);
  });

  it("counts characters, not UTF-16 units, and never splits an emoji", () => {
    const safe = safeFilename(`${"😀".repeat(250)}.png`, "x");
    expect(Array.from(safe)).toHaveLength(200);
    expect(safe.endsWith("😀.png")).toBe(true);
    expect(safe).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("cuts a long name without a usable extension plainly", () => {
    expect(safeFilename("b".repeat(250), "x")).toBe("b".repeat(200));
    expect(safeFilename(`${"c".repeat(190)}.${"d".repeat(40)}`, "x")).toHaveLength(200);
  });
});
