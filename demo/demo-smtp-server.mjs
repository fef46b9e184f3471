// The demo's SMTP submission server (smtp-server): takes mail from a signed-in demo user and
// delivers it straight into the recipients' demo IMAP servers. Recipients outside the demo are
// refused at RCPT TO, so nothing ever leaves this machine. On 127.0.0.1 only.
import { SMTPServer } from "smtp-server";

/** `mailboxes`: address (lowercase) -> { password, deliver(raw) }. */
export async function startDemoSmtpServer(mailboxes) {
  const server = new SMTPServer({
    name: "demo.tegami.example",
    banner: "Tegami demo SMTP",
    authMethods: ["PLAIN", "LOGIN"],
    // Loopback only, so no TLS: Tegami allows plain SMTP to a loopback server only.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    size: 25 * 1024 * 1024,
    logger: false,
    onAuth(auth, _session, callback) {
      const mailbox = mailboxes.get(String(auth.username).toLowerCase());
      if (mailbox && auth.password === mailbox.password)
        return callback(null, { user: auth.username });
      return callback(
        Object.assign(new Error("Invalid username or password"), { responseCode: 535 }),
      );
    },
    onRcptTo(address, _session, callback) {
      if (mailboxes.has(address.address.toLowerCase())) return callback();
      return callback(
        Object.assign(
          new Error(`${address.address}: not a demo user (mail stays on this machine)`),
          {
            responseCode: 550,
          },
        ),
      );
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        for (const rcpt of session.envelope.rcptTo) {
          mailboxes.get(rcpt.address.toLowerCase())?.deliver(raw);
        }
        callback(null, "Delivered to the demo mailboxes");
      });
    },
  });
  server.on("error", () => {});
  await new Promise((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    port: server.server.address().port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
