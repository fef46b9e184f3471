import { describe, expect, it } from "vitest";
import { healthStatus } from "@/lib/health/health-status";

describe("healthStatus", () => {
  it("is ready (200) when every IMAP server greets", () => {
    expect(
      healthStatus({ shuttingDown: false, probes: [{ reachable: true }, { reachable: true }] }),
    ).toEqual({
      httpStatus: 200,
      body: { status: "ready", live: true, ready: true, imap: { reachable: 2, servers: 2 } },
    });
  });

  it("is live but not ready (503) when one server does not answer", () => {
    const { httpStatus, body } = healthStatus({
      shuttingDown: false,
      probes: [{ reachable: true }, { reachable: false }],
    });
    expect(httpStatus).toBe(503);
    expect(body).toMatchObject({ status: "not-ready", live: true, ready: false });
    expect(body.imap).toEqual({ reachable: 1, servers: 2 });
  });

  it("is not ready without any server, and neither live nor ready while shutting down", () => {
    expect(healthStatus({ shuttingDown: false, probes: [] }).body.ready).toBe(false);
    expect(healthStatus({ shuttingDown: true, probes: [{ reachable: true }] })).toMatchObject({
      httpStatus: 503,
      body: { status: "shutting-down", live: false, ready: false },
    });
  });
});
