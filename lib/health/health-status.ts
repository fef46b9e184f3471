// What GET /api/health answers. Pure: the probes are done elsewhere.
//   live:  the process serves requests (false only while it shuts down);
//   ready: it can sign people in and read mail, i.e. every configured IMAP server greets.

export interface ImapProbe {
  reachable: boolean;
}

export interface HealthBody {
  status: "ready" | "not-ready" | "shutting-down";
  live: boolean;
  ready: boolean;
  /** How many of the configured IMAP servers answered with a greeting (names stay private). */
  imap: { reachable: number; servers: number };
}

export function healthStatus(input: { shuttingDown: boolean; probes: ImapProbe[] }): {
  httpStatus: number;
  body: HealthBody;
} {
  const reachable = input.probes.filter((probe) => probe.reachable).length;
  const servers = input.probes.length;
  const imap = { reachable, servers };
  if (input.shuttingDown) {
    // 503 tells a load balancer to send no new requests here while this process drains.
    return {
      httpStatus: 503,
      body: { status: "shutting-down", live: false, ready: false, imap },
    };
  }
  const ready = servers > 0 && reachable === servers;
  return {
    httpStatus: ready ? 200 : 503,
    body: { status: ready ? "ready" : "not-ready", live: true, ready, imap },
  };
}
