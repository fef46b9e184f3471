import { afterAll, describe, expect, it } from "vitest";
import { closeAllStreams, subscriberCount } from "@/lib/realtime/event-hub";
import { eventStreamResponse } from "@/lib/realtime/event-stream";
import type { WatcherStart } from "@/lib/realtime/mailbox-watcher";

const users = ["one@example.test", "two@example.test"];

function open(user: string) {
  const request = new Request("http://tegami.test/api/events");
  const session = { email: user, credentials: { user, pass: "secret" } };
  const startWatcher = () => new Promise<WatcherStart>(() => {});
  const response = eventStreamResponse(request, session, { startWatcher, heartbeatMs: 60_000 });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  return async () => {
    let text = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += chunk.value;
    }
    return text;
  };
}

afterAll(() => {
  // The hub lives on globalThis: let nothing else in this worker see a closed hub.
  const hub = (globalThis as { __tegamiEventHub?: { closedRetryMs: number | null } })
    .__tegamiEventHub;
  if (hub) hub.closedRetryMs = null;
});

describe("closeAllStreams (shutdown)", () => {
  it("ends every stream of every user with a spread-out reconnect delay", async () => {
    const streams = users.map(open);
    expect(users.map(subscriberCount)).toEqual([1, 1]);
    const delays = [0, 1];
    closeAllStreams(() => delays.shift() ?? 0.5);
    const [first, second] = await Promise.all(streams.map((readToEnd) => readToEnd()));
    expect(first).toMatch(/^retry: 1000\n\n[\s\S]*retry: 1000\n: shutting down\n\n$/);
    expect(second).toMatch(/retry: 3000\n: shutting down\n\n$/);
    expect(users.map(subscriberCount)).toEqual([0, 0]);
  });

  it("ends a stream opened during the shutdown at once, asking it to come back later", async () => {
    const text = await open(users[0]!)();
    expect(text).toMatch(/retry: 2000\n: shutting down\n\n$/);
  });
});
