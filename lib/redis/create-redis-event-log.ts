import "server-only";
import type { MailEvent, MailEventEnvelope } from "@/lib/realtime/mail-event";
import { sharedEventId } from "@/lib/realtime/shared-event-id";
import type { SharedEventLog } from "@/lib/realtime/shared-event-log";
import type { RedisLink } from "@/lib/redis/redis-link";

// The shared event log on Redis: one Stream per user (XADD with an exact MAXLEN, expiring when
// quiet) for replay, and one pub/sub channel that carries every event to every process. One
// script appends and publishes, so the order on the channel is the order of the stream ids.

export interface RedisEventLogOptions {
  /** Key and channel prefix, so tests (or several Tegami sites) can share one Redis. */
  prefix?: string;
  /** Events kept per user for tabs that reconnect. */
  maxEvents?: number;
  /** A user's log is dropped after this long without events. */
  keepMs?: number;
}

// KEYS[1] stream; ARGV: maxlen, keep ms, event JSON, channel, message tail (JSON of user+event).
const appendScript = `
local id = redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[1], '*', 'e', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PUBLISH', ARGV[4], id .. ' ' .. ARGV[5])
return id`;

// The newest id; an empty log gets a marker entry (no event), so that a tab told to resync
// "as of" it can resume from a real entry later.
const latestScript = `
local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if #last > 0 then return last[1][1] end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[1], '*', 'm', '1')
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return id`;

type StreamEntry = [id: string, fields: string[]];

function eventOf(fields: string[]): MailEvent | null {
  const at = fields.indexOf("e");
  const json = at >= 0 && at % 2 === 0 ? fields[at + 1] : undefined;
  return json ? (JSON.parse(json) as MailEvent) : null;
}

export function createRedisEventLog(
  link: RedisLink,
  deliver: (user: string, envelope: MailEventEnvelope) => void,
  options: RedisEventLogOptions = {},
): SharedEventLog {
  const prefix = options.prefix ?? "tegami:";
  const maxEvents = options.maxEvents ?? 500;
  const keepMs = options.keepMs ?? 15 * 60_000;
  const channel = `${prefix}events`;
  const keyOf = (user: string) => `${prefix}events:${user.toLowerCase()}`;

  link.listen(channel, (message) => {
    const space = message.indexOf(" ");
    try {
      const { u, e } = JSON.parse(message.slice(space + 1)) as { u: string; e: MailEvent };
      deliver(u, { id: sharedEventId(message.slice(0, space)), event: e });
    } catch {
      // Not ours (another program on the channel): ignore it.
    }
  });

  return {
    get up() {
      return link.up;
    },
    async append(user, event) {
      await link.command.eval(
        appendScript,
        1,
        keyOf(user),
        maxEvents,
        keepMs,
        JSON.stringify(event),
        channel,
        JSON.stringify({ u: user.toLowerCase(), e: event }),
      );
    },
    async readSince(user, streamId) {
      const entries = (await link.command.xrange(
        keyOf(user),
        streamId,
        "+",
        "COUNT",
        maxEvents + 1,
      )) as StreamEntry[];
      // Only an id still in the log proves that nothing after it was trimmed away.
      if (entries[0]?.[0] !== streamId) return null;
      return entries.slice(1).flatMap(([id, fields]) => {
        const event = eventOf(fields);
        return event ? [{ id: sharedEventId(id), event }] : [];
      });
    },
    async latestId(user) {
      const id = await link.command.eval(latestScript, 1, keyOf(user), maxEvents, keepMs);
      return sharedEventId(String(id));
    },
  };
}
