// What each demo user finds on signing in: several mailboxes with read and unread, flagged,
// HTML, Japanese, attachments and a thread, dated relative to now so the demo always looks fresh.
import {
  composeMessage,
  iso2022jpMessage,
  mailboxNameUtf7,
  samplePdf,
  samplePng,
} from "./demo-messages.mjs";

const hours = (n) => new Date(Date.now() - n * 3_600_000);
const days = (n) => hours(24 * n);

const tegami = { name: "Tegami", address: "hello@tegami.example" };
const shop = { name: "Kissa Tsuki", address: "news@kissa.example" };

const welcomeHtml = `<!doctype html><html><body style="font-family: sans-serif; color: #1f2937">
<h1 style="color: #1e3a8a">Welcome to Tegami 手紙</h1>
<p>This is a <strong>demo mailbox</strong>, served by a small mail server that runs inside
<code>npm run demo</code>. Everything you do here is real IMAP and SMTP:</p>
<ul>
  <li>Mark this message as unread in one tab and watch the other tab follow.</li>
  <li>Write to <a href="mailto:hanako@sakura.example">hanako@sakura.example</a>, then sign in as Hanako to read it.</li>
  <li>Open the Japanese messages: one is ISO-2022-JP, the other UTF-8.</li>
</ul>
<p>Remote images stay blocked until you ask:</p>
<p><img src="https://images.example/banner.png" alt="A remote banner" width="300" height="60"></p>
<p style="color: #6b7280">Nothing you do here leaves this machine.</p>
</body></html>`;

const newsletterHtml = `<!doctype html><html><body style="font-family: sans-serif">
<h2 style="color: #b45309">【お知らせ】年末年始の営業について</h2>
<p>いつも喫茶ツキをご利用いただき、ありがとうございます。</p>
<table style="border-collapse: collapse">
<tr><td style="padding: 4px 12px">12月29日〜1月3日</td><td style="padding: 4px 12px">休業</td></tr>
<tr><td style="padding: 4px 12px">1月4日</td><td style="padding: 4px 12px">11時から営業</td></tr>
</table>
<p>新年は<strong>限定の抹茶ラテ</strong>をご用意してお待ちしております。</p>
</body></html>`;

function threadIds(domain) {
  return {
    first: `kyoto-1@${domain}`,
    reply: `kyoto-2@tegami.example`,
    second: `kyoto-3@${domain}`,
  };
}

/** hoodiecrow's storage for Aoi (aoi@tegami.example). */
export async function aoiMailboxes(aoi, hanako) {
  const ids = threadIds("sakura.example");
  const inbox = [
    {
      raw: await composeMessage({
        from: tegami,
        to: aoi,
        subject: "Welcome to Tegami",
        text: "Welcome to Tegami. This demo mailbox is served by a mail server inside npm run demo.",
        html: welcomeHtml,
        date: days(6),
        messageId: "welcome@tegami.example",
      }),
      date: days(6),
      flags: ["\\Seen"],
    },
    {
      raw: await composeMessage({
        from: shop,
        to: aoi,
        subject: "【お知らせ】年末年始の営業について",
        text: "いつも喫茶ツキをご利用いただき、ありがとうございます。12月29日〜1月3日は休業いたします。",
        html: newsletterHtml,
        date: days(3),
        messageId: "newyear@kissa.example",
      }),
      date: days(3),
      flags: ["\\Seen"],
    },
    {
      raw: await composeMessage({
        from: hanako,
        to: aoi,
        subject: "Trip to Kyoto",
        text: "Hi Aoi,\n\nShall we go to Kyoto in April? The cherry blossoms should be out.\n\nHanako",
        date: days(2),
        messageId: ids.first,
      }),
      date: days(2),
      flags: ["\\Seen"],
    },
    {
      raw: await composeMessage({
        from: hanako,
        to: aoi,
        subject: "Re: Trip to Kyoto",
        text:
          "Great! I booked the ryokan near Kiyomizu-dera for April 5-7.\n\nHanako\n\n" +
          "> April works for me. Shall I book the train?\n",
        date: hours(20),
        messageId: ids.second,
        inReplyTo: `<${ids.reply}>`,
        references: [`<${ids.first}>`, `<${ids.reply}>`],
      }),
      date: hours(20),
      flags: [],
    },
    {
      raw: await composeMessage({
        from: { name: "Mika Ito", address: "mika@sakura.example" },
        to: aoi,
        subject: "Q3 report and the new logo",
        text: "Hi Aoi,\n\nAttached are the Q3 report and the new logo. Comments welcome by Friday.\n\nMika",
        attachments: [
          { filename: "q3-report.pdf", content: samplePdf, contentType: "application/pdf" },
          { filename: "logo.png", content: samplePng, contentType: "image/png" },
          {
            filename: "売上.csv",
            content: "月,売上\n7月,120\n8月,135\n9月,142\n",
            contentType: "text/csv; charset=utf-8",
          },
        ],
        date: hours(5),
        messageId: "q3@sakura.example",
      }),
      date: hours(5),
      flags: ["\\Flagged"],
    },
    {
      raw: iso2022jpMessage({
        from: { name: "佐藤 花子", address: hanako.address },
        to: { name: "田中 葵", address: aoi.address },
        subject: ["来週の打ち合わせについて"],
        text:
          "田中さん\n\nお疲れさまです。佐藤です。\n来週の打ち合わせですが、火曜日の14時からでいかがでしょうか。\n" +
          "場所は本社の会議室Bを予約しました。\n\nよろしくお願いいたします。\n佐藤 花子",
        date: hours(1),
        messageId: "meeting@sakura.example",
      }),
      date: hours(1),
      flags: [],
    },
  ];
  const sent = [
    {
      raw: await composeMessage({
        from: aoi,
        to: hanako,
        subject: "Re: Trip to Kyoto",
        text: "April works for me. Shall I book the train?\n\nAoi\n\n> Shall we go to Kyoto in April?\n",
        date: days(1),
        messageId: ids.reply,
        inReplyTo: `<${ids.first}>`,
        references: [`<${ids.first}>`],
      }),
      date: days(1),
      flags: ["\\Seen"],
    },
  ];
  const archive = [
    {
      raw: await composeMessage({
        from: tegami,
        to: aoi,
        subject: "Your Tegami demo account",
        text: "Your demo account is ready. Sign in with aoi@tegami.example.",
        date: days(30),
        messageId: "account@tegami.example",
      }),
      date: days(30),
      flags: ["\\Seen"],
    },
  ];
  const junk = [
    {
      raw: await composeMessage({
        from: { name: "Prize Office", address: "winner@prize.example" },
        to: aoi,
        subject: "You have won 1,000,000 yen!!!",
        text: "Click here to claim your prize.",
        date: days(4),
        messageId: "prize@prize.example",
      }),
      date: days(4),
      flags: [],
    },
  ];
  const drafts = [
    {
      raw: await composeMessage({
        from: aoi,
        to: hanako,
        subject: "打ち合わせの資料",
        text: "佐藤さん\n\n資料を添付します。",
        date: hours(2),
        messageId: "draft-1@tegami.example",
      }),
      date: hours(2),
      flags: ["\\Seen", "\\Draft"],
    },
  ];
  const travel = [
    {
      raw: await composeMessage({
        from: { name: "京都 花見旅館", address: "reservations@ryokan.example" },
        to: aoi,
        subject: "ご予約確認：4月5日〜7日 2名様",
        text: "田中 葵 様\n\nこの度はご予約いただき誠にありがとうございます。\nチェックイン：4月5日 15時\nチェックアウト：4月7日 10時",
        html:
          "<p>田中 葵 様</p><p>この度はご予約いただき誠にありがとうございます。</p>" +
          "<table><tr><th>チェックイン</th><td>4月5日 15時</td></tr>" +
          "<tr><th>チェックアウト</th><td>4月7日 10時</td></tr></table>",
        date: hours(18),
        messageId: "booking@ryokan.example",
      }),
      date: hours(18),
      flags: ["\\Seen"],
    },
  ];
  return storage({ inbox, sent, drafts, archive, junk, projects: [], travel });
}

/** hoodiecrow's storage for Hanako (hanako@sakura.example). */
export async function hanakoMailboxes(hanako, aoi) {
  const ids = threadIds("sakura.example");
  const inbox = [
    {
      raw: await composeMessage({
        from: aoi,
        to: hanako,
        subject: "Re: Trip to Kyoto",
        text: "April works for me. Shall I book the train?\n\nAoi\n\n> Shall we go to Kyoto in April?\n",
        date: days(1),
        messageId: ids.reply,
        inReplyTo: `<${ids.first}>`,
        references: [`<${ids.first}>`],
      }),
      date: days(1),
      flags: ["\\Seen"],
    },
    {
      raw: await composeMessage({
        from: tegami,
        to: hanako,
        subject: "Welcome to Tegami",
        text: "Welcome to Tegami, Hanako. Write to aoi@tegami.example to see mail arrive.",
        html: welcomeHtml,
        date: days(6),
        messageId: "welcome-hanako@tegami.example",
      }),
      date: days(6),
      flags: [],
    },
  ];
  return storage({
    inbox,
    sent: [],
    drafts: [],
    archive: [],
    junk: [],
    projects: [],
    travel: [],
  });
}

function messages(list) {
  return list
    .sort((a, b) => a.date - b.date)
    .map(({ raw, date, flags }) => ({
      raw: raw.toString("binary"),
      internaldate: date,
      flags,
    }));
}

/** hoodiecrow's layout: INBOX, and the personal namespace "" with "/" as separator. */
function storage({ inbox, sent, drafts, archive, junk, projects, travel }) {
  const box = (specialUse, list) => ({
    ...(specialUse ? { "special-use": specialUse } : {}),
    messages: messages(list),
  });
  return {
    INBOX: { messages: messages(inbox) },
    "": {
      separator: "/",
      folders: {
        Drafts: box("\\Drafts", drafts),
        Sent: box("\\Sent", sent),
        Archive: box("\\Archive", archive),
        Junk: box("\\Junk", junk),
        Trash: box("\\Trash", []),
        Projects: box(null, projects),
        // 旅行 (travel): a Japanese mailbox name.
        [mailboxNameUtf7("旅行")]: box(null, travel),
      },
    },
  };
}
