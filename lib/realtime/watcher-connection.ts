import "server-only";
import type { ExistsEvent, ExpungeEvent, FlagsEvent } from "imapflow";
import type { ImapClient, ImapCredentials } from "@/lib/imap/create-imap-client";
import { readMailboxCounts } from "@/lib/imap/read-mailbox-counts";
import { publish } from "@/lib/realtime/event-hub";
import {
  countsEvent,
  diffMailboxes,
  newUids,
  toFlagsEvent,
  type KnownMailboxes,
} from "@/lib/realtime/imap-change-events";
import type { MailEvent } from "@/lib/realtime/mail-event";
import {
  ReconnectingClient,
  type CreateClient,
  type ReconnectTiming,
} from "@/lib/realtime/reconnecting-client";
import {
  samePath,
  selectWatchedMailbox,
  type MailboxSync,
} from "@/lib/realtime/select-watched-mailbox";
import { watcherTap } from "@/lib/realtime/watcher-event-tap";

// One user's own IMAP connection, IDLEing on the mailbox the user looks at (RFC 2177) and turning
// what the server pushes into MailEvents. Other mailboxes are polled with LIST-STATUS (RFC 5819):
// Dovecot advertises NOTIFY (RFC 5465), which would push them too, but imapflow has no API for
// it, and RFC 5465 §1 names STATUS polling as the fallback.

export type WatcherState = "connecting" | "live" | "reconnecting" | "stopped";
/** What a first connection attempt ends in. */
export type SettledState = Exclude<WatcherState, "connecting">;

export interface WatcherTiming extends ReconnectTiming {
  /** How often other mailboxes' counts are polled. */
  pollMs: number;
}

export class WatcherConnection {
  state: WatcherState = "connecting";
  private readonly connection: ReconnectingClient;
  private sync: MailboxSync | null = null;
  private known: KnownMailboxes | null = null;
  private queue: Promise<void> = Promise.resolve();
  private outageAnnounced = false;
  private countsTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private pollQueued = false;
  private countsQueued = false;
  private flushQueued = false;
  private pendingExpunged = new Map<string, Set<number>>();
  private pendingResync = false;
  private readonly firstAttempt: Promise<SettledState>;
  private settleFirst: (state: SettledState) => void = () => {};

  constructor(
    public credentials: ImapCredentials,
    public focused: string,
    private readonly timing: WatcherTiming,
    private readonly onStopped: (watcher: WatcherConnection) => void,
    createClient?: CreateClient,
  ) {
    this.firstAttempt = new Promise((resolve) => (this.settleFirst = resolve));
    this.connection = new ReconnectingClient(
      () => this.credentials,
      timing,
      {
        listen: (client) => this.listen(client),
        connected: () => this.run((client) => this.establish(client)),
        lost: () => this.lost(),
        rejected: () => this.rejected(),
      },
      createClient,
    );
    this.connection.start();
  }

  /** The state once the first connection attempt has settled. */
  ready(): Promise<SettledState> {
    return this.state === "connecting" ? this.firstAttempt : Promise.resolve(this.state);
  }

  get idling(): boolean {
    return this.connection.client?.idling ?? false;
  }

  /** IMAP connections opened so far: 1, plus one per reconnect. */
  get connections(): number {
    return this.connection.connections;
  }

  get mailbox(): string {
    return this.sync?.path ?? this.focused;
  }

  /** IDLE on `mailbox` from now on: the mailbox the user looked at last wins. */
  focus(mailbox: string): void {
    if (samePath(mailbox, this.focused)) return;
    this.focused = mailbox;
    this.run(async (client) => {
      if (client.mailbox && samePath(client.mailbox.path, this.focused)) return;
      await this.selectFocused(client, false);
    });
  }

  /** Logs out (sign-out, or nobody listening any more). */
  async stop(): Promise<void> {
    if (this.state === "stopped") return;
    this.state = "stopped";
    this.settleFirst("stopped");
    clearTimeout(this.countsTimer);
    clearInterval(this.pollTimer);
    await this.connection.stop();
  }

  private publish(event: MailEvent): void {
    publish(this.credentials.user, event);
    watcherTap()?.event(this.credentials, event);
  }

  private listen(client: ImapClient): void {
    client.on("flags", (event: FlagsEvent) => this.onFlags(client, event));
    client.on("exists", (event: ExistsEvent) => this.onExists(client, event));
    client.on("expunge", (event: ExpungeEvent) => this.onExpunge(client, event));
  }

  /** After (re)connecting: select, catch up what an outage hid, baseline the counts, go live. */
  private async establish(client: ImapClient): Promise<void> {
    const catchUp = this.outageAnnounced;
    await this.selectFocused(client, catchUp);
    if (catchUp) await this.publishFocusedCounts(client);
    await this.poll(client);
    this.state = "live";
    this.pollQueued = false;
    this.connection.succeeded();
    this.settleFirst("live");
    if (this.outageAnnounced) this.publish({ type: "connection", state: "live" });
    this.outageAnnounced = false;
    this.pollTimer ??= setInterval(() => this.schedulePoll(), this.timing.pollMs);
    this.pollTimer.unref();
  }

  /**
   * SELECTs the focused mailbox. After an outage the QRESYNC SELECT reports what changed meanwhile
   * through the event handlers (which still see the old state); new UIDs are fetched after it.
   */
  private async selectFocused(client: ImapClient, catchUp: boolean): Promise<void> {
    const requested = this.focused;
    const previous = catchUp ? this.sync : null;
    const { sync, resumed } = await selectWatchedMailbox(client, requested, previous);
    this.sync = sync;
    // It may have fallen back to INBOX; a focus() that came meanwhile still wins.
    if (this.focused === requested) this.focused = sync.path;
    if (!catchUp) return;
    if (resumed) {
      this.flushExpunged();
      await this.announceAdded(client);
    } else {
      this.pendingExpunged.clear();
      // Nothing tells what changed (new UIDVALIDITY, no QRESYNC): clients refetch what they show.
      this.publish({ type: "resync", mailbox: null });
    }
  }

  /** The connection dropped (or could not be opened): tell clients once per outage. */
  private lost(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    if (!this.outageAnnounced) this.publish({ type: "connection", state: "reconnecting" });
    this.outageAnnounced = true;
    this.state = "reconnecting";
    this.settleFirst("reconnecting");
  }

  /** The password no longer works (changed, or the account closed): stop, let clients refetch. */
  private rejected(): void {
    this.publish({ type: "resync", mailbox: null });
    void this.stop();
    this.onStopped(this);
  }

  /** Runs IMAP work one task at a time, on the client current when it was asked for. */
  private run(task: (client: ImapClient) => Promise<void>): void {
    const client = this.connection.client;
    if (!client) return;
    this.queue = this.queue.then(async () => {
      if (client !== this.connection.client || this.state === "stopped") return;
      try {
        await task(client);
      } catch {
        // Whatever failed, a fresh connection with a QRESYNC catch-up puts things right.
        this.connection.restart(client);
      }
    });
  }

  /** The watched mailbox's state, when a change is about it and comes from the current client. */
  private watched(client: ImapClient, path: string): MailboxSync | null {
    return client === this.connection.client && this.sync?.path === path ? this.sync : null;
  }

  private onFlags(client: ImapClient, change: FlagsEvent): void {
    const sync = this.watched(client, change.path);
    if (!sync) return;
    if (change.modseq && (!sync.highestModseq || change.modseq > sync.highestModseq)) {
      sync.highestModseq = change.modseq;
    }
    // Not announced yet: the `added` event for it is on its way, and clients fetch its flags then.
    if (change.uid && change.uid >= sync.uidNext) return;
    const event = toFlagsEvent(change);
    if (event) this.publish(event);
    else this.pendingResync = true;
    this.scheduleFlush();
  }

  private onExists(client: ImapClient, change: ExistsEvent): void {
    if (!this.watched(client, change.path) || change.count <= change.prevCount) return;
    this.run((c) => this.announceAdded(c));
  }

  private onExpunge(client: ImapClient, change: ExpungeEvent): void {
    const sync = this.watched(client, change.path);
    if (!sync) return;
    if (!change.uid) this.pendingResync = true;
    else if (change.uid < sync.uidNext) {
      const uids = this.pendingExpunged.get(change.path) ?? new Set<number>();
      this.pendingExpunged.set(change.path, uids.add(change.uid));
    }
    this.scheduleFlush();
  }

  /** imapflow reports a VANISHED range one UID at a time: publish them as one event. */
  private scheduleFlush(): void {
    this.scheduleCounts();
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => this.flushExpunged());
  }

  private flushExpunged(): void {
    this.flushQueued = false;
    for (const [mailbox, uids] of this.pendingExpunged) {
      this.publish({ type: "expunged", mailbox, uids: [...uids].sort((a, b) => a - b) });
    }
    this.pendingExpunged.clear();
    if (this.pendingResync && this.sync) this.publish({ type: "resync", mailbox: this.sync.path });
    this.pendingResync = false;
  }

  /** EXISTS grew: UID FETCH from the first unannounced UID, so concurrent expunges cannot shift it. */
  private async announceAdded(client: ImapClient): Promise<void> {
    const sync = this.sync;
    if (!sync || client.mailbox === false || client.mailbox.path !== sync.path) return;
    // Collected with fetchAll: no command may run inside a FETCH that is still streaming.
    const fetched = await client.fetchAll(`${sync.uidNext}:*`, { uid: true }, { uid: true });
    const uids = newUids(
      fetched.map((message) => message.uid),
      sync.uidNext,
    );
    const last = uids.at(-1);
    if (last === undefined) return;
    sync.uidNext = last + 1;
    this.publish({ type: "added", mailbox: sync.path, uids });
    this.scheduleCounts();
  }

  /** After a burst of changes in the focused mailbox, one STATUS for its new counts. */
  private scheduleCounts(): void {
    if (this.countsQueued) return;
    this.countsQueued = true;
    this.countsTimer = setTimeout(() => {
      this.countsQueued = false;
      this.run((client) => this.publishFocusedCounts(client));
    }, 20);
    this.countsTimer.unref();
  }

  private async publishFocusedCounts(client: ImapClient): Promise<void> {
    const path = this.sync?.path;
    const counts = path ? await readMailboxCounts(client, path) : null;
    if (!path || !counts) return;
    this.known?.counts.set(path, counts);
    this.publish(countsEvent(path, counts));
  }

  private schedulePoll(): void {
    if (this.pollQueued || this.state !== "live") return;
    this.pollQueued = true;
    this.run(async (client) => {
      this.pollQueued = false;
      await this.poll(client);
    });
  }

  /** One LIST-STATUS round trip for every mailbox; publishes only what changed. */
  private async poll(client: ImapClient): Promise<void> {
    const listed = await client.list({ statusQuery: { messages: true, unseen: true } });
    const { known, events } = diffMailboxes(this.known, listed);
    this.known = known;
    for (const event of events) this.publish(event);
  }
}
