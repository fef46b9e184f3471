import { describe, expect, it } from "vitest";
import { sharedEventId, streamIdAfter, streamIdOf } from "@/lib/realtime/shared-event-id";

describe("shared event ids", () => {
  it("wrap a stream id and give it back", () => {
    expect(sharedEventId("1732800000000-3")).toBe("r.1732800000000-3");
    expect(streamIdOf("r.1732800000000-3")).toBe("1732800000000-3");
  });

  it("are never taken for a process's own ids or garbage", () => {
    expect(streamIdOf("1a2b3c4d-17")).toBeNull();
    expect(streamIdOf("r.")).toBeNull();
    expect(streamIdOf("r.12-x")).toBeNull();
    expect(streamIdOf("r.1-2-3")).toBeNull();
  });

  it("order by milliseconds, then by sequence, numerically", () => {
    expect(streamIdAfter("1000-0", "999-5")).toBe(true);
    expect(streamIdAfter("1000-10", "1000-9")).toBe(true);
    expect(streamIdAfter("1000-9", "1000-10")).toBe(false);
    expect(streamIdAfter("1000-1", "1000-1")).toBe(false);
  });
});
