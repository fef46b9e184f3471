// The benchmark's report: every figure beside its floor and budget, as a table on stdout, as
// Markdown (for the README) and as JSON with the machine it ran on.
import { execFileSync } from "node:child_process";
import os from "node:os";

const KIB = 1024;
const JS_BUDGET_BYTES = 150_000;
const r1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
const fmtMs = (x) => (x === null || x === undefined ? "" : `${r1(x)} ms`);
const fmtRatio = (x) => (x ? `${x.toFixed(1)}×` : "");
const kib = (b) => `${(b / KIB).toFixed(1)} KiB`;

export function machine(chromiumVersion) {
  const cpus = os.cpus();
  let dovecot = "";
  try {
    dovecot = execFileSync("dovecot", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    // not on PATH
  }
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    ramGiB: Math.round(os.totalmem() / KIB ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    dovecot,
    loadAverageAtStart: os.loadavg().map(r1),
  };
}

/** A timed figure against its floor; `budget` returns [text, verdict] or is absent. */
function timedRow(figure, s, floor, budget) {
  const ratio = s && floor ? s.median / floor.median : null;
  const [budgetText, verdict] = budget ? budget(s, floor, ratio) : ["", ""];
  return {
    figure,
    median: fmtMs(s?.median),
    p95: fmtMs(s?.p95),
    floor: fmtMs(floor?.median),
    ratio: fmtRatio(ratio),
    budget: budgetText,
    verdict,
  };
}

const within = (limit) => (s, floor, ratio) => [
  `≤ ${limit}× floor`,
  ratio <= limit ? "pass" : `FAIL (${fmtRatio(ratio)}; +${r1(s.median - limit * floor.median)} ms)`,
];

/** The rows of the table, in the order the issue lists the figures. */
export function tableRows(res) {
  const { floor: f, browser: b, live, server: s } = res;
  const rows = [];
  const info = (figure, median, extra = {}) =>
    rows.push({ figure, median, p95: "", floor: "", ratio: "", budget: "", verdict: "", ...extra });
  rows.push(timedRow("floor: connect + login (STARTTLS)", f.login));
  rows.push(timedRow("floor: login + SELECT + FETCH 50 (10k)", f.loginSelectFetch50));
  rows.push(timedRow("floor: SELECT 10k", f.select10k));
  rows.push(timedRow("floor: SELECT 100k", f.select100k));
  rows.push(timedRow("floor: FETCH newest 50 envelopes, 10k", f.fetch50_10k));
  rows.push(timedRow("floor: FETCH newest 50 envelopes, 100k", f.fetch50_100k));
  rows.push(timedRow("floor: BODYSTRUCTURE + text part (plain)", f.openPlain));
  rows.push(timedRow("floor: BODYSTRUCTURE + HTML part (300 KB)", f.openHtml));
  rows.push(timedRow("floor: STORE \\Seen → other connection's IDLE", f.storeToIdle));
  rows.push(
    timedRow(
      "sign-in → list visible (cold)",
      b.signInCold,
      f.loginSelectFetch50,
      (x, fl, ratio) => [
        "≤ 2× floor + rendering",
        ratio <= 2 ? "pass" : `FAIL unless rendering ≤ ${r1(x.median - 2 * fl.median)} ms`,
      ],
    ),
  );
  rows.push(
    timedRow("login page + sign-in → list (cold)", b.signInWithLoginPage, f.loginSelectFetch50),
  );
  rows.push(timedRow("reload → list visible (warm)", b.reloadWarm, f.selectFetch50_10k));
  rows.push(
    timedRow("reload → list interactive (hydrated)", b.reloadInteractive, f.selectFetch50_10k),
  );
  rows.push(timedRow("switch to 10k mailbox", b.switchTo10k, f.selectFetch50_10k));
  rows.push(
    timedRow("switch to 100k mailbox", b.switchTo100k, f.selectFetch50_100k, (x) => {
      const vs = x.median / b.switchTo10k.median;
      return [
        "≤ 1.2× the 10k switch",
        vs <= 1.2 ? `pass (${vs.toFixed(2)}×)` : `FAIL (${vs.toFixed(2)}×)`,
      ];
    }),
  );
  rows.push(timedRow("open plain message from the list", b.openPlain, f.openPlain, within(2)));
  rows.push(timedRow("open 300 KB HTML message from the list", b.openHtml, f.openHtml, within(2)));
  rows.push(timedRow("open the next message (read ahead)", b.openNext, f.openPlain, within(2)));
  rows.push(timedRow("page 20 of the list (Older, from 19)", b.page20Click, f.selectFetchPage20));
  rows.push(timedRow("page 20 of the list (URL load)", b.page20Load, f.selectFetchPage20));
  rows.push(timedRow("conversation view: open a 1-message thread, 10k", b.openThread10k));
  rows.push(
    timedRow("conversation view: open a 1-message thread, 100k", b.openThread100k, null, (x) => {
      const vs = x.median / b.openThread10k.median;
      return [
        "≤ 1.2× the 10k thread",
        vs <= 1.2 ? `pass (${vs.toFixed(2)}×)` : `FAIL (${vs.toFixed(2)}×)`,
      ];
    }),
  );
  const liveBudget = (x) => [
    "p95 < 1000 ms",
    x.p95 < 1000 ? "pass" : `FAIL (+${r1(x.p95 - 1000)} ms)`,
  ];
  rows.push(
    timedRow(
      "live: action in browser A shown in B",
      live.liveThroughTegami,
      f.storeToIdle,
      liveBudget,
    ),
  );
  rows.push(
    timedRow(
      "live: outside IMAP STORE shown in browser",
      live.liveOutsideImap,
      f.storeToIdle,
      liveBudget,
    ),
  );

  const { cold, warm } = b.transfer;
  const part = (t, k) =>
    t.totals[k] ?? { requests: 0, bytes: 0, bodyBytes: 0, cached: 0, compressed: 0 };
  const js = part(cold, "js");
  info("cold load: JavaScript (compressed body)", kib(js.bodyBytes), {
    p95: `${js.requests} req, ${js.compressed} compressed`,
    budget: "≤ 150 KB",
    verdict:
      js.bodyBytes <= JS_BUDGET_BYTES ? "pass" : `FAIL (+${kib(js.bodyBytes - JS_BUDGET_BYTES)})`,
  });
  for (const [name, t] of [
    ["cold", cold],
    ["warm", warm],
  ]) {
    for (const k of name === "cold" ? ["css", "document", "data", "all"] : ["js", "css", "all"]) {
      const x = part(t, k);
      info(
        `${name} load: ${k === "all" ? "everything" : k}${k === "all" ? " (on the wire)" : ""}`,
        kib(k === "all" ? x.bytes : x.bodyBytes),
        {
          p95: `${x.requests} req, ${x.cached} cached, ${x.compressed} compressed`,
        },
      );
    }
  }
  info("server RSS: idle", `${s.rssIdle.mib} MiB`);
  info("server RSS: 1 signed-in user", `${s.rssOneUser.mib} MiB`);
  info("server RSS: 50 signed-in users", `${s.rssFiftyUsers.mib} MiB`);
  info("server RSS: after the load test", `${s.rssAfterLoad.mib} MiB`);
  const conn = (n) => [`≤ 2`, n <= 2 ? "pass" : `FAIL (${n})`];
  const [b1, v1] = conn(s.imapOneTab);
  info("IMAP connections: 1 user, 1 tab", String(s.imapOneTab), { budget: b1, verdict: v1 });
  const [b3, v3] = conn(s.imapThreeTabs);
  info("IMAP connections: 1 user, 3 tabs", String(s.imapThreeTabs), { budget: b3, verdict: v3 });
  const [b50, v50] = conn(s.imapFiftyUsers.max);
  info("IMAP connections per user: 50 users", `${s.imapFiftyUsers.mean} mean`, {
    p95: `max ${s.imapFiftyUsers.max}`,
    budget: b50,
    verdict: v50,
  });
  const l = s.listLoad;
  const errors = l.requests - (l.statuses[200] ?? 0);
  info(`list page, ${l.users} concurrent users: requests/s`, String(l.requestsPerSecond), {
    p95: `${l.requests} req in ${l.seconds} s, ${errors} not 200`,
  });
  info(`list page, ${l.users} concurrent users: latency`, fmtMs(l.median), { p95: fmtMs(l.p95) });
  return rows;
}

const COLUMNS = ["figure", "median", "p95", "floor", "ratio", "budget", "verdict"];
const HEADERS = {
  ...Object.fromEntries(COLUMNS.map((c) => [c, c])),
  median: "median / value",
  p95: "p95 / detail",
  floor: "floor (median)",
};

export function textTable(rows) {
  const width = Object.fromEntries(
    COLUMNS.map((c) => [c, Math.max(HEADERS[c].length, ...rows.map((r) => String(r[c]).length))]),
  );
  const line = (r) =>
    COLUMNS.map((c) => String(r[c]).padEnd(width[c]))
      .join("  ")
      .trimEnd();
  return [line(HEADERS), ...rows.map(line)].join("\n");
}

export function markdownTable(rows) {
  const esc = (v) => String(v).replace(/\|/g, "\\|");
  return [
    `| ${COLUMNS.map((c) => HEADERS[c]).join(" | ")} |`,
    `| ${COLUMNS.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${COLUMNS.map((c) => esc(r[c])).join(" | ")} |`),
  ].join("\n");
}
