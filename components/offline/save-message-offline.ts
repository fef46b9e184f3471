// Keeps a message on the device: its headers and body as the message pane shows them, and for
// an HTML body the sanitized frame document, read again from the frame's own URL.
import type { SavedFrame } from "@/components/offline/device-store";
import { deviceStoreBounds } from "@/components/offline/device-store-bounds";
import { loadDeviceStore } from "@/components/offline/load-device-store";
import { reportFetchFailure } from "@/components/offline/use-connectivity";
import { bodyHref } from "@/lib/mail/mail-urls";
import type { MessageView } from "@/lib/mail/types";

/** The frame document without remote content (offline, nothing remote could load anyway). */
async function readFrame(message: MessageView): Promise<Omit<SavedFrame, "key"> | null> {
  if (message.body.kind !== "html") return null;
  try {
    const response = await fetch(bodyHref(message.mailbox, message.uid, false), {
      cache: "no-store",
    });
    if (!response.ok) return null;
    return { html: await response.text(), csp: response.headers.get("Content-Security-Policy") };
  } catch {
    reportFetchFailure();
    return null;
  }
}

export async function saveMessageOffline(
  message: MessageView,
  reason: "opened" | "flagged",
): Promise<void> {
  const frame = await readFrame(message);
  // Without its body an HTML message would read as empty offline: keep it only whole. A body
  // past the bound is not kept at all (offline says so) rather than shown as empty.
  if (message.body.kind === "html" && (!frame || frame.html.length > deviceStoreBounds.bodyBytes))
    return;
  await (await loadDeviceStore()).saveMessage(message, frame, reason);
}
