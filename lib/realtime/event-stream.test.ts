import { afterEach, describe, expect, it, vi } from "vitest";
import { closeUserStreams, publish, subscriberCount } from "@/lib/realtime/event-hub";
import { eventStreamResponse, formatMailEvent } from "@/lib/realtime/event-stream";
import type { MailEvent } from "@/lib/realtime/mail-event";
import type { WatcherStart } from "@/lib/realtime/mailbox-watcher";

const user = "stream-test@example.test";
const session = { email: user, credentials: { user, pass: "secret" } };

/** Publishes inside this process (no shared log here) and returns the envelope with its id. */
function published(event: MailEvent) {
  const envelope = publish(user, event);
  if (!envelope) throw new Error("expected the event to be published in this process");
  return envelope;
}

function open(
  query = "",
  options: { headers?: Record<string, string>; watcher?: Promise<WatcherStart> } = {},
) {
  const abort = new AbortController();
  const request = new Request(`http://tegami.test/api/events${query}`, {
    headers: options.headers,
    signal: abort.signal,
  });
  const startWatcher = vi.fn(() => options.watcher ?? new Promise<WatcherStart>(() => {}));
  const response = eventStreamResponse(request, session, { startWatcher, heartbeatMs: 20 });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  const readUntil = async (needle: string) => {
    while (!text.includes(needle)) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`stream ended before ${JSON.stringify(needle)}: ${text}`);
      text += chunk.value;
    }
    return text;
  };
  const readToEnd = async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += chunk.value;
    }
    return text;
  };
  return { response, abort, readUntil, readToEnd, startWatcher };
}

afterEach(() => closeUserStreams(user));

describe("the event stream", () => {
  it("answers with SSE headers and tells EventSource to retry after a second", async () => {
    const stream = open();
    expect(Object.fromEntries(stream.response.headers)).toMatchObject({
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
      connection: "keep-alive",
    });
    expect(await stream.readUntil("\n\n")).toBe("retry: 1000\n\n");
    expect(stream.startWatcher).toHaveBeenCalledWith(session.credentials);
  });

  it("frames each published event with its id, the event name and one JSON data line", async () => {
    const stream = open();
    await stream.readUntil("retry: 1000\n\n");
    const envelope = published({
      type: "flags",
      mailbox: "受信\nBox",
      uid: 7,
      flags: ["\\Seen"],
    });
    const text = await stream.readUntil('"uid":7');
    expect(text).toContain(
      `id: ${envelope.id}\nevent: mail\ndata: {"type":"flags","mailbox":"受信\\nBox","uid":7,"flags":["\\\\Seen"]}\n\n`,
    );
  });

  it("replays what a reconnecting client missed after Last-Event-ID", async () => {
    const first = published({ type: "added", mailbox: "INBOX", uids: [1] });
    const second = published({ type: "added", mailbox: "INBOX", uids: [2] });
    const third = published({ type: "expunged", mailbox: "INBOX", uids: [1] });
    const stream = open("", { headers: { "Last-Event-ID": first.id } });
    const text = await stream.readUntil(`id: ${third.id}\n`);
    expect(text).not.toContain(`id: ${first.id}\n`);
    expect(text.indexOf(`id: ${second.id}\n`)).toBeLessThan(text.indexOf(`id: ${third.id}\n`));
    expect(text).toContain(formatMailEvent(third.event, third.id));
  });

  it("takes the last event id from the query too", async () => {
    const first = published({ type: "mailboxes" });
    const second = published({ type: "resync", mailbox: "INBOX" });
    const stream = open(`?lastEventId=${encodeURIComponent(first.id)}`);
    expect(await stream.readUntil(`id: ${second.id}\n`)).not.toContain(`id: ${first.id}\n`);
  });

  it("sends a resync, with the newest id, when it cannot tell what was missed", async () => {
    const latest = published({ type: "mailboxes" });
    const stream = open("", { headers: { "Last-Event-ID": "other-process-42" } });
    const text = await stream.readUntil("resync");
    expect(text).toContain(formatMailEvent({ type: "resync", mailbox: null }, latest.id));
  });

  it("says the watcher is live once it is, to this stream only and without an id", async () => {
    const stream = open("", { watcher: Promise.resolve("live") });
    const text = await stream.readUntil('"state":"live"');
    expect(text).toContain('event: mail\ndata: {"type":"connection","state":"live"}\n\n');
    expect(text).not.toMatch(/id: [^\n]*\nevent: mail\ndata: \{"type":"connection"/);
  });

  it("sends no connection state when the process refused a watcher", async () => {
    const stream = open("", { watcher: Promise.resolve("refused") });
    await stream.readUntil(": ping\n\n");
    publish(user, { type: "mailboxes" });
    expect(await stream.readUntil("mailboxes")).not.toContain("connection");
  });

  it("sends a heartbeat comment while nothing happens", async () => {
    const stream = open();
    expect(await stream.readUntil(": ping\n\n")).toMatch(/^retry: 1000\n\n(: ping\n\n)+$/);
  });

  it("unsubscribes when the client goes away", async () => {
    const stream = open();
    await stream.readUntil("retry");
    expect(subscriberCount(user)).toBe(1);
    stream.abort.abort();
    expect(subscriberCount(user)).toBe(0);
    await expect(stream.readToEnd()).resolves.toContain("retry");
  });

  it("ends when the user signs out", async () => {
    const stream = open();
    await stream.readUntil("retry");
    closeUserStreams(user);
    await expect(stream.readToEnd()).resolves.toBeTypeOf("string");
    expect(subscriberCount(user)).toBe(0);
  });
});
