// Bytes and requests of a page load, from the Chrome DevTools Protocol: encodedDataLength is what
// went over the wire (compressed, headers included); cached responses are counted apart.
const CLASS = { Script: "js", Stylesheet: "css", Document: "document", Fetch: "data", XHR: "data" };

export async function trackTransfer(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  let entries = new Map();
  let redirects = [];
  const entry = (id) => entries.get(id) ?? entries.set(id, {}).get(id);
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.redirectResponse)
      redirects.push({
        url: e.redirectResponse.url,
        class: "redirect",
        bytes: e.redirectResponse.encodedDataLength,
        status: e.redirectResponse.status,
      });
    Object.assign(entry(e.requestId), {
      url: e.request.url,
      method: e.request.method,
      start: e.timestamp,
      type: e.type,
    });
  });
  cdp.on("Network.requestServedFromCache", (e) => (entry(e.requestId).cached = true));
  cdp.on("Network.responseReceived", (e) => {
    const r = entry(e.requestId);
    const enc = Object.entries(e.response.headers).find(
      ([k]) => k.toLowerCase() === "content-encoding",
    );
    Object.assign(r, {
      type: e.type,
      status: e.response.status,
      encoding: enc ? enc[1] : null,
      headerBytes: e.response.encodedDataLength,
      cached: r.cached || e.response.fromDiskCache || e.response.fromPrefetchCache,
    });
  });
  cdp.on("Network.loadingFinished", (e) =>
    Object.assign(entry(e.requestId), { bytes: e.encodedDataLength, end: e.timestamp }),
  );
  return {
    reset() {
      entries = new Map();
      redirects = [];
    },
    /** Totals per class (js, css, document, data, other) and every request, in start order. */
    summary() {
      const list = [...entries.values()].filter((r) => r.url && !r.url.startsWith("data:"));
      const t0 = Math.min(...list.map((r) => r.start));
      const requests = [
        ...redirects.map((r) => ({ ...r, cached: false, encoding: null })),
        ...list.map((r) => ({
          url: new URL(r.url).pathname + new URL(r.url).search,
          class: CLASS[r.type] ?? (r.type === "EventSource" ? "events" : "other"),
          status: r.status,
          cached: Boolean(r.cached),
          encoding: r.encoding ?? null,
          bytes: r.bytes ?? 0,
          bodyBytes: Math.max(0, (r.bytes ?? 0) - (r.headerBytes ?? 0)),
          startMs: Math.round((r.start - t0) * 1000),
          endMs: r.end ? Math.round((r.end - t0) * 1000) : null,
        })),
      ];
      const totals = { all: { requests: 0, bytes: 0, bodyBytes: 0, cached: 0, compressed: 0 } };
      for (const r of requests) {
        for (const k of ["all", r.class]) {
          const t = (totals[k] ??= {
            requests: 0,
            bytes: 0,
            bodyBytes: 0,
            cached: 0,
            compressed: 0,
          });
          t.requests += 1;
          t.bytes += r.bytes ?? 0;
          t.bodyBytes += r.bodyBytes ?? 0;
          t.cached += r.cached ? 1 : 0;
          t.compressed += r.encoding ? 1 : 0;
        }
      }
      return { totals, requests };
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}
