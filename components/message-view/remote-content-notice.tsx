import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** "Always load from this sender": the current choice, and the form action that changes it. */
export interface SenderTrust {
  trusted: boolean;
  action: (form: FormData) => Promise<void>;
  /** The message page to come back to (without ?remote=1). */
  returnTo: string;
}

const buttonClass =
  "inline-flex min-h-11 items-center rounded-md border border-amber-300 bg-white px-3 font-medium text-amber-950 hover:bg-amber-100 md:min-h-8";

/** A form that switches "always load from `sender`" on or off, then returns to the message. */
function SenderTrustForm({
  sender,
  trust,
  senderTrust,
  label,
  className = buttonClass,
}: {
  sender: string;
  trust: boolean;
  senderTrust: SenderTrust;
  label: string;
  className?: string;
}) {
  return (
    <form action={senderTrust.action}>
      <input type="hidden" name="sender" value={sender} />
      <input type="hidden" name="trust" value={trust ? "1" : "0"} />
      <input type="hidden" name="returnTo" value={senderTrust.returnTo} />
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}

/**
 * Tells the reader remote images were blocked (and reloads the message with them on request,
 * or always for this sender) and how many tracking pixels were removed; trackers alone offer
 * nothing to load.
 */
export function RemoteContentNotice({
  blocked,
  trackers,
  action,
  params,
  sender,
  senderTrust,
  lang,
}: {
  /** Remote images held back; 0 when none were, or remote content is already allowed. */
  blocked: number;
  trackers: number;
  /** The message page URL, without a query string. */
  action: string;
  /** The query to carry (page, remote=1), sent as hidden inputs of the GET form. */
  params: Record<string, string>;
  /** The sender to offer "Always load from …" for, if any. */
  sender?: string;
  senderTrust?: SenderTrust;
  lang: Lang;
}) {
  const m = t(lang);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950 @md:flex-row @md:flex-wrap @md:items-center">
      <Icon name="shield" className="hidden size-4 text-amber-700 @md:block" />
      <p className="flex-1">
        {[
          blocked > 0 ? m.message.remoteBlocked(blocked) : null,
          trackers > 0 ? m.message.trackersBlocked(trackers) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {blocked > 0 && (
        <div className="flex flex-wrap gap-2">
          <form action={action} method="get">
            {Object.entries(params).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <button type="submit" className={buttonClass}>
              {m.message.loadRemote}
            </button>
          </form>
          {sender && senderTrust && (
            <SenderTrustForm
              sender={sender}
              trust
              senderTrust={senderTrust}
              label={m.message.alwaysLoadFrom(sender)}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** Remote images load because the reader trusts this sender; one click takes that back. */
export function TrustedSenderNotice({
  sender,
  senderTrust,
  lang,
}: {
  sender: string;
  senderTrust: SenderTrust;
  lang: Lang;
}) {
  const m = t(lang).message;
  return (
    <div
      data-trusted-sender
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-600"
    >
      <p>{m.senderAlwaysLoaded(sender)}</p>
      <SenderTrustForm
        sender={sender}
        trust={false}
        senderTrust={senderTrust}
        label={m.stopLoadingFrom}
        className="inline-flex min-h-11 items-center rounded-md px-2 font-medium text-gray-800 underline hover:bg-gray-100 md:min-h-7"
      />
    </div>
  );
}
