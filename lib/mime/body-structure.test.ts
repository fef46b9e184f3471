import { describe, expect, it } from "vitest";
import { bodyPartPath } from "@/lib/mime/body-structure";
import {
  loadImapflowStructure,
  loadRecordedBodyStructure,
} from "@/lib/mime/fixtures/load-recorded-body-structure";

// These pin down what imapflow 2.10 really hands us for BODYSTRUCTUREs recorded from Dovecot,
// so a change in imapflow's parsing shows up here rather than as a wrong attachment list.
describe("BodyStructure as imapflow parses it", () => {
  it("gives a single-part root no part path; its body is part 1", async () => {
    const root = await loadRecordedBodyStructure("plain-iso-2022-jp");
    expect(root.part).toBeUndefined();
    expect(root.type).toBe("text/plain");
    expect(bodyPartPath(root)).toBe("1");
  });

  it("numbers the children of a multipart root 1, 2, 1.2 ...", async () => {
    const root = await loadRecordedBodyStructure("thunderbird-inline-image");
    expect(root.part).toBeUndefined();
    const [alternative, pdf] = root.childNodes ?? [];
    expect(alternative?.part).toBe("1");
    expect(alternative?.childNodes?.map((child) => child.part)).toEqual(["1.1", "1.2"]);
    expect(alternative?.childNodes?.[1]?.childNodes?.map((child) => child.part)).toEqual([
      "1.2.1",
      "1.2.2",
    ]);
    expect(pdf?.part).toBe("2");
  });

  it("lowercases types, parameter names and dispositions but not parameter values", async () => {
    const root = await loadRecordedBodyStructure("thunderbird-inline-image");
    const plain = root.childNodes?.[0]?.childNodes?.[0];
    expect(plain?.type).toBe("text/plain");
    expect(plain?.parameters).toEqual({ charset: "UTF-8", format: "flowed" });
    expect(root.childNodes?.[1]?.disposition).toBe("attachment");
  });

  it("keeps the angle brackets of a Content-ID", async () => {
    const root = await loadRecordedBodyStructure("thunderbird-inline-image");
    expect(root.childNodes?.[0]?.childNodes?.[1]?.childNodes?.[1]?.id).toBe(
      "<part1.Zz9yQ2lA.logo@example.test>",
    );
  });

  it("decodes RFC 2231 filename* and RFC 2047 name= parameters", async () => {
    const thunderbird = await loadRecordedBodyStructure("thunderbird-inline-image");
    expect(thunderbird.childNodes?.[1]?.dispositionParameters?.filename).toBe(
      "請求書_2024年11月.pdf",
    );
    expect(thunderbird.childNodes?.[1]?.parameters?.name).toBe("請求書_2024年11月.pdf");
    const outlook = await loadRecordedBodyStructure("outlook-related");
    expect(outlook.childNodes?.[1]?.parameters?.name).toBe("報告書.docx");
    expect(outlook.childNodes?.[1]?.dispositionParameters?.filename).toBe("報告書.docx");
  });

  it("leaves Content-Description encoded", async () => {
    const outlook = await loadRecordedBodyStructure("outlook-related");
    expect(outlook.childNodes?.[1]?.description).toBe("=?iso-2022-jp?B?GyRCSnM5cD1xGyhCLmRvY3g=?=");
  });

  it("gives message/rfc822 its envelope and one child that reuses the wrapper's part path", async () => {
    const root = await loadRecordedBodyStructure("forwarded-message");
    const forwarded = root.childNodes?.[1];
    expect(forwarded?.type).toBe("message/rfc822");
    expect(forwarded?.part).toBe("2");
    expect(forwarded?.envelope?.subject).toBe("Lunch on Friday");
    const inner = forwarded?.childNodes ?? [];
    expect(inner).toHaveLength(1);
    expect(inner[0]?.type).toBe("multipart/alternative");
    expect(inner[0]?.part).toBe("2");
    expect(inner[0]?.childNodes?.map((child) => child.part)).toEqual(["2.1", "2.2"]);
  });

  it("is imapflow's MessageStructureObject, field for field", async () => {
    for (const name of ["outlook-related", "forwarded-message", "delivery-status"] as const) {
      expect(await loadRecordedBodyStructure(name)).toEqual(await loadImapflowStructure(name));
    }
  });
});
