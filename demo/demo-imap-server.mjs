// One demo user's IMAP server: hoodiecrow-imap (in memory, IDLE, CONDSTORE, MOVE, UIDPLUS,
// SPECIAL-USE), one instance per user because hoodiecrow keeps one mail store for everyone who
// logs in. On 127.0.0.1 only, on a port the system picks.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const hoodiecrow = require("hoodiecrow-imap");
const storeHandlers = require("hoodiecrow-imap/lib/commands/handlers/store.js");

/**
 * hoodiecrow answers STORE only to the session that sent it; RFC 9051 §7.5.2 has the server tell
 * the other sessions of the mailbox too. This plugin sends them the new FLAGS (with UID and
 * MODSEQ), so Tegami's IDLE watcher sees read/unread changes made in another tab or client.
 */
function pushFlagChanges(server) {
  for (const name of Object.keys(storeHandlers)) {
    server.storeHandlers[name] = (connection, message, flags, index, parsed, data) => {
      storeHandlers[name](connection, message, flags, index, parsed, data);
      const items = [
        { type: "ATOM", value: "FLAGS" },
        message.flags.map((flag) => ({ type: "ATOM", value: flag })),
        { type: "ATOM", value: "UID" },
        message.uid,
      ];
      if (message.MODSEQ) items.push({ type: "ATOM", value: "MODSEQ" }, [message.MODSEQ]);
      const fetch = { tag: "*", attributes: [index, { type: "ATOM", value: "FETCH" }, items] };
      server.notify(fetch, connection.selectedMailbox, connection);
    };
  }
}

const plugins = [
  "ID",
  "ENABLE",
  "CONDSTORE",
  "IDLE",
  "LITERALPLUS",
  "NAMESPACE",
  "UNSELECT",
  "SPECIAL-USE",
  "UIDPLUS",
  "MOVE",
  "SASL-IR",
  "AUTH-PLAIN",
  pushFlagChanges,
];

/** Starts the server with the user's mailboxes; resolves with its port and a `deliver()`. */
export async function startDemoImapServer(user, storage) {
  const server = hoodiecrow({
    plugins,
    id: { name: "Tegami demo IMAP (hoodiecrow)" },
    users: { [user.address]: { password: user.password } },
    storage,
  });
  const sockets = new Set();
  server.server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    port: server.server.address().port,
    /** A delivered message: into INBOX, and announced to the sessions that watch it. */
    deliver(raw) {
      server.appendMessage("INBOX", [], new Date(), raw.toString("binary"));
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
