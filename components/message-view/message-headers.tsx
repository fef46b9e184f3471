import type { ReactNode } from "react";
import { MessageFullDate } from "@/components/message-view/message-full-date";
import { SenderChecks } from "@/components/message-view/sender-checks";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { claimedOtherAddress } from "@/lib/mail/deceptive-display-name";
import type { Address, MessageView } from "@/lib/mail/types";

/** Subject as the page heading, then From, To, Cc and Date as a description list. */
export function MessageHeaders({ message, lang }: { message: MessageView; lang: Lang }) {
  const m = t(lang);
  const subject = message.subject.trim() || m.noSubject;

  return (
    <dl className="space-y-1.5 text-sm">
      <div>
        <dt className="sr-only">{m.message.subject}</dt>
        <dd>
          <h1 className="mb-3 text-xl leading-snug font-semibold break-words text-gray-900 @xl:text-2xl">
            {subject}
          </h1>
        </dd>
      </div>
      <HeaderRow label={m.message.from}>
        <AddressList addresses={message.from} lang={lang} strong />
        {message.from.map((address) => {
          const claimed = claimedOtherAddress(address);
          return (
            claimed && (
              <p
                key={address.address}
                data-sender-warning
                className="mt-1 flex items-start gap-1.5 text-amber-800"
              >
                <Icon name="shield" className="mt-0.5 size-4 shrink-0" />
                {m.authenticity.claimsOtherAddress(claimed)}
              </p>
            )
          );
        })}
      </HeaderRow>
      <HeaderRow label={m.message.to}>
        <AddressList addresses={message.to} lang={lang} />
      </HeaderRow>
      {message.cc.length > 0 && (
        <HeaderRow label={m.message.cc}>
          <AddressList addresses={message.cc} lang={lang} />
        </HeaderRow>
      )}
      <HeaderRow label={m.message.date}>
        <MessageFullDate iso={message.date} lang={lang} />
      </HeaderRow>
      {message.authentication && (
        <HeaderRow label={m.authenticity.label}>
          <SenderChecks
            summary={message.authentication}
            fromDomain={message.from[0]?.address.split("@").pop() ?? null}
            lang={lang}
          />
        </HeaderRow>
      )}
    </dl>
  );
}

function HeaderRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[4.5rem_minmax(0,1fr)] items-baseline gap-x-3">
      <dt className="text-gray-500">{label}</dt>
      <dd className="min-w-0 text-gray-800">{children}</dd>
    </div>
  );
}

/**
 * A header can name thousands of recipients (a mailing list sent openly, or an attack on the
 * page); past this many the rest is counted, not rendered.
 */
const shownAddresses = 50;

function AddressList({
  addresses,
  lang,
  strong = false,
}: {
  addresses: Address[];
  lang: Lang;
  strong?: boolean;
}) {
  if (addresses.length === 0) return <span className="text-gray-500">—</span>;
  const hidden = addresses.length - shownAddresses;
  return (
    <ul className="flex flex-wrap gap-x-1">
      {addresses.slice(0, shownAddresses).map((address, index) => {
        const name = address.name.trim();
        const full = name ? `${name} <${address.address}>` : address.address;
        return (
          <li key={`${address.address}-${index}`} title={full} className="flex max-w-full min-w-0">
            <span className="truncate">
              {name && (
                <span className={strong ? "font-semibold text-gray-900" : "text-gray-900"}>
                  {name}{" "}
                </span>
              )}
              <span className="text-gray-600">
                {name ? `<${address.address}>` : address.address}
              </span>
              {index < addresses.length - 1 && ","}
            </span>
          </li>
        );
      })}
      {hidden > 0 && <li className="text-gray-600">{t(lang).message.moreAddresses(hidden)}</li>}
    </ul>
  );
}
