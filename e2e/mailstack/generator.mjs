// Reproducible, realistic messages for one mailbox: the same options give the same bytes.
// Kinds: plain text, multipart/alternative, HTML with inline CID images (multipart/related),
// attachments (pdf/png/zip-like), Japanese in ISO-2022-JP (7bit) / Shift_JIS / UTF-8 with
// RFC 2047 subjects and names, newsletters, threads (In-Reply-To/References, a few long ones),
// a \Seen/\Flagged/\Answered mix, dates spread over `years` ending at `end` (strictly
// increasing seconds, so UID order == date order), one ~5 MB message every `largeEvery`.
import {
  addr,
  b64lines,
  binPart,
  encBytes,
  encWord,
  esc,
  fmtDate,
  hashStr,
  htmlPart,
  mulberry32,
  multipart,
  part,
  pdf,
  png,
  qp,
  randomBytes,
  textPart,
  zipish,
} from "./mime.mjs";
import {
  FIRST,
  JP_ORGS,
  JP_PEOPLE,
  JP_SENTENCES,
  JP_SUBJECTS,
  LAST,
  TOPICS,
  WORDS,
} from "./vocabulary.mjs";

const KINDS = [
  [0.3, "plain"],
  [0.48, "alt"],
  [0.58, "cid"],
  [0.7, "attach"],
  [0.76, "jis"],
  [0.81, "sjis"],
  [0.88, "utf8jp"],
  [0.94, "newsletter"],
  [1, "plain"],
];
const CHARSET = { jis: "ISO-2022-JP", sjis: "Shift_JIS", utf8jp: "UTF-8" };

export function createGenerator({ seed, user, folder, count, end, years, largeEvery, domain }) {
  const rng = mulberry32(hashStr(`${seed}|${user}|${folder}|${count}`));
  const ri = (n) => Math.floor(rng() * n);
  const pick = (a) => a[ri(a.length)];
  const orgs = [
    "acme.example",
    "globex.example",
    "initech.example",
    "umbrella.example",
    "hooli.example",
    "example.org",
    "example.net",
    domain,
  ];
  let boundaries = 0;
  const boundary = () => `----=_Part_${(boundaries++).toString(36)}_${ri(1e9).toString(36)}`;

  const endMs = Date.parse(end);
  const spanMs = years * 365.25 * 86400e3;
  const startMs = endMs - spanMs;
  const step = spanMs / Math.max(count, 1);
  const threads = []; // { subject, ids, target, jp }
  let lastTs = 0;

  const sentence = () => {
    const w = Array.from({ length: 6 + ri(14) }, () => pick(WORDS));
    return w.join(" ").replace(/^./, (c) => c.toUpperCase()) + pick([".", ".", ".", "?", "!"]);
  };
  const paragraph = () => Array.from({ length: 2 + ri(5) }, sentence).join(" ");
  const person = () => {
    const f = pick(FIRST);
    const l = pick(LAST);
    const local = `${f}.${l}`
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z.]/g, "");
    return { name: `${f} ${l}`, email: `${local}@${pick(orgs)}` };
  };
  const jpPerson = () => {
    const [n, e] = pick(JP_PEOPLE);
    return { name: n, email: `${e}@${pick(JP_ORGS)}` };
  };
  const self = { name: user.split("@")[0].replace(/^./, (c) => c.toUpperCase()), email: user };

  function thread(jp) {
    if (!threads.length || rng() >= 0.35) return null;
    const cands = threads.filter((t) => t.jp === jp);
    const long = cands.filter((t) => t.target >= 20);
    if (long.length && rng() < 0.4) return pick(long); // keep a few long threads growing
    return cands.length ? cands[cands.length - 1 - ri(Math.min(cands.length, 30))] : null;
  }

  function startThread(subject, msgId, jp) {
    // thread length target: mostly short, some medium, ~1% long (20-99 messages)
    const t = rng();
    const target = t < 0.7 ? 1 + ri(3) : t < 0.99 ? 4 + ri(12) : 20 + ri(80);
    if (target <= 1) return;
    threads.push({ subject, ids: [msgId], target, jp });
    if (threads.length > 400)
      threads.splice(
        threads.findIndex((x) => x.target < 20),
        1,
      );
  }

  function body(kind, { i, subject, large, to, from, inReplyTo, ts }) {
    const greet = `Hi ${to.name.split(" ")[0]},`;
    const sign = `\n\nBest regards,\n${from.name}`;
    const quote = inReplyTo
      ? `\n\nOn ${fmtDate(new Date((ts - 3600 - ri(86400)) * 1000))}, someone wrote:\n> ` +
        wrap(paragraph(), 68).replace(/\n/g, "\n> ")
      : "";
    const txt = () =>
      wrap(`${greet}\n\n${Array.from({ length: 1 + ri(4) }, paragraph).join("\n\n")}`) +
      sign +
      quote +
      "\n";
    const htmlOf = (t, extra = "") =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">${extra}` +
      t
        .split("\n\n")
        .map((p) => `<p>${esc(p).replace(/\n/g, "<br>")}</p>`)
        .join("") +
      "</body></html>";
    const nested = (mp) => part([`Content-Type: ${mp.ct}`], mp.body);

    switch (kind) {
      case "plain":
        return { ct: "text/plain; charset=us-ascii", body: txt() };
      case "alt": {
        const t = txt();
        return multipart("alternative", [textPart(t), htmlPart(htmlOf(t))], boundary());
      }
      case "cid": {
        const t = txt();
        const imgs = Array.from({ length: 1 + ri(3) }, (_, j) => ({
          cid: `img${j}.${i}@seed.${domain}`,
          name: `image${j}.png`,
          data: png(ri(24)),
        }));
        const tags = imgs.map(
          (m) => `<img src="cid:${m.cid}" alt="${m.name}" style="display:block;margin:8px 0">`,
        );
        const alt = multipart(
          "alternative",
          [textPart(t), htmlPart(htmlOf(t, tags.join("")))],
          boundary(),
        );
        const inline = imgs.map((m) =>
          binPart("image/png", m.name, m.data, { inline: true, cid: m.cid }),
        );
        return multipart(
          "related",
          [nested(alt), ...inline],
          boundary(),
          '; type="multipart/alternative"',
        );
      }
      case "attach": {
        const t = txt();
        const atts = [];
        // ~5.0 MB once base64-encoded
        if (large)
          atts.push(
            binPart("application/zip", `scan-${i}.zip`, zipish(randomBytes(3_650_000, rng))),
          );
        else {
          for (let j = 0, n = 1 + ri(3); j < n; j++) {
            const a = ri(3);
            if (a === 0)
              atts.push(
                binPart(
                  "application/pdf",
                  `report-${i}-${j}.pdf`,
                  pdf(subject, randomBytes(2000 + ri(60000), rng)),
                ),
              );
            else if (a === 1) atts.push(binPart("image/png", `screenshot-${j}.png`, png(ri(24))));
            else
              atts.push(
                binPart(
                  "application/zip",
                  `archive-${i}-${j}.zip`,
                  zipish(randomBytes(5000 + ri(150000), rng)),
                ),
              );
          }
        }
        const first =
          rng() < 0.5
            ? textPart(t)
            : nested(multipart("alternative", [textPart(t), htmlPart(htmlOf(t))], boundary()));
        return multipart("mixed", [first, ...atts], boundary());
      }
      case "jis":
      case "sjis":
      case "utf8jp": {
        const charset = CHARSET[kind];
        const lines = [
          `${to.name}様`,
          "",
          ...Array.from({ length: 3 + ri(6) }, () => pick(JP_SENTENCES)),
          "",
          from.name,
        ];
        let text = lines.join("\n") + "\n";
        // not in JIS X 0208, so no ISO-2022-JP form: real mailers substitute too
        if (charset === "ISO-2022-JP") text = text.replace(/[①-⑳髙]/g, "*");
        const cte = charset === "ISO-2022-JP" ? "7bit" : "base64";
        const bytes = encBytes(text, charset);
        const encoded = cte === "7bit" ? bytes.toString("latin1") : b64lines(bytes);
        if (kind === "utf8jp" && rng() < 0.5) {
          const p = part(
            [`Content-Type: text/plain; charset=${charset}`, `Content-Transfer-Encoding: ${cte}`],
            encoded,
          );
          return multipart("alternative", [p, htmlPart(htmlOf(text))], boundary());
        }
        return { ct: `text/plain; charset=${charset}`, cte, body: encoded };
      }
      case "newsletter": {
        const items = Array.from(
          { length: 3 + ri(5) },
          () =>
            `<h3>${esc(sentence())}</h3><p>${esc(paragraph())} <a href="https://news.example.org/a/${ri(1e6)}">Read more</a></p>`,
        ).join("");
        const html = `<html><body><table width="600"><tr><td>${items}<p style="font-size:11px">Unsubscribe: https://news.example.org/u</p></td></tr></table></body></html>`;
        return {
          ct: "text/html; charset=UTF-8",
          cte: "quoted-printable",
          body: qp(Buffer.from(html, "utf8")),
        };
      }
    }
    throw new Error(`unknown kind ${kind}`);
  }

  /** Message number i (0-based, oldest first): { raw (LF line ends), flags, ts (unix s), kind, large }. */
  function makeMessage(i) {
    let ts = Math.floor((startMs + (i + 0.5 + (rng() - 0.5) * 0.8) * step) / 1000);
    if (ts <= lastTs) ts = lastTs + 1;
    lastTs = ts;
    const large = largeEvery > 0 && i % largeEvery === Math.floor(largeEvery / 2);
    const msgId = `<${seed}.${i}.${hashStr(user + folder).toString(36)}@seed.${domain}>`;
    const k = rng();
    const kind = large ? "attach" : KINDS.find(([p]) => k < p)[1];
    const jp = kind in CHARSET;

    let subject;
    let inReplyTo = null;
    let references = [];
    const t = !large && kind !== "newsletter" ? thread(jp) : null;
    if (t) {
      subject = (jp ? "Re: " : pick(["Re: ", "Re: ", "RE: ", "Re: "])) + t.subject;
      inReplyTo = t.ids[t.ids.length - 1];
      references = t.ids.slice();
      t.ids.push(msgId);
      if (t.ids.length >= t.target) threads.splice(threads.indexOf(t), 1);
    } else {
      subject = jp
        ? pick(JP_SUBJECTS) + (rng() < 0.3 ? `（第${1 + ri(20)}回）` : "")
        : pick(TOPICS).replace("{n}", String(10000 + ri(90000)));
      if (kind !== "newsletter") startThread(subject, msgId, jp);
    }
    if (large) subject = `Large file: scan-${i}.zip (5 MB)`;

    const other = jp ? jpPerson() : person();
    const fromSelf = t && rng() < 0.15; // some of our own replies sit in the thread
    const from = fromSelf ? self : other;
    const to = fromSelf ? other : self;
    const cc = rng() < 0.2 ? [person(), person()].slice(0, 1 + ri(2)) : [];
    const b = body(kind, { i, subject, large, to, from, inReplyTo, ts });

    const hcs = CHARSET[kind] ?? "UTF-8";
    const mx = from.email.split("@")[1];
    const headers = [
      `Return-Path: <${from.email}>`,
      `Received: from mx.${mx} (mx.${mx} [192.0.2.${1 + ri(250)}])\n\tby mail.${domain} with ESMTPS id ${ri(1e9).toString(36)}\n\tfor <${user}>; ${fmtDate(new Date(ts * 1000))}`,
      `Message-ID: ${msgId}`,
      `Date: ${fmtDate(new Date(ts * 1000))}`,
      `From: ${addr(from.name, from.email, hcs)}`,
      `To: ${addr(to.name, to.email, hcs)}`,
      cc.length ? `Cc: ${cc.map((c) => addr(c.name, c.email)).join(", ")}` : null,
      `Subject: ${encWord(subject, hcs)}`,
      inReplyTo ? `In-Reply-To: ${inReplyTo}` : null,
      references.length ? `References: ${references.join("\n ")}` : null,
      kind === "newsletter"
        ? "List-Unsubscribe: <https://news.example.org/u>, <mailto:unsubscribe@news.example.org>"
        : null,
      "MIME-Version: 1.0",
      `Content-Type: ${b.ct}`,
      b.cte ? `Content-Transfer-Encoding: ${b.cte}` : null,
    ].filter(Boolean);
    const raw = headers.join("\n") + "\n\n" + b.body;

    // old mail is mostly read; recent mail less so
    const ageDays = (endMs / 1000 - ts) / 86400;
    const seen = rng() < (ageDays > 30 ? 0.96 : ageDays > 3 ? 0.75 : 0.35) || fromSelf;
    const flags = [];
    if (rng() < 0.12 && seen && !fromSelf) flags.push("\\Answered");
    if (rng() < 0.04) flags.push("\\Flagged");
    if (seen) flags.push("\\Seen");
    return { raw, flags, ts, kind, large };
  }

  return { makeMessage };
}

function wrap(text, width = 72) {
  const out = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const w of para.split(" ")) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? line + " " + w : w;
    }
    out.push(line);
  }
  return out.join("\n");
}
