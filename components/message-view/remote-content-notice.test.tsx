import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RemoteContentNotice } from "@/components/message-view/remote-content-notice";

const notice = (blocked: number, trackers: number, lang: "en" | "ja" = "en") =>
  renderToStaticMarkup(
    <RemoteContentNotice
      blocked={blocked}
      trackers={trackers}
      action="/mail/INBOX/7"
      params={{ remote: "1" }}
      lang={lang}
    />,
  );

describe("RemoteContentNotice", () => {
  it("offers to load blocked remote content and counts the trackers apart", () => {
    const html = notice(2, 3);
    expect(html).toContain("(2 items)");
    expect(html).toContain("3 trackers blocked");
    expect(html).toContain("Load remote content</button>");
  });

  it("says 1 tracker, not 1 trackers", () => {
    expect(notice(0, 1)).toContain("1 tracker blocked");
  });

  it("shows trackers alone without the button: loading would fetch nothing", () => {
    const html = notice(0, 3);
    expect(html).toContain("3 trackers blocked");
    expect(html).not.toContain("<button");
    expect(html).not.toContain("Remote content was blocked");
  });

  it("speaks Japanese", () => {
    expect(notice(0, 2, "ja")).toContain("トラッカー 2 件をブロックしました");
  });
});
