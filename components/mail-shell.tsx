import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

type Pane = "mailboxes" | "list" | "message";

const paneClass = "min-h-0 flex-col overflow-y-auto overscroll-contain";

/**
 * Three panes on md+ (mailboxes, list, message), each scrolling on its own; one pane, the `active`
 * one, on a phone. Hidden panes stay in the document (`hidden md:flex`) so nothing shifts at md.
 */
export function MailShell({
  active,
  header,
  mailboxes,
  list,
  message,
  lang = "en",
}: {
  active: Pane;
  header: ReactNode;
  mailboxes: ReactNode;
  list: ReactNode | null;
  message: ReactNode | null;
  /** For the "Select a message to read" placeholder. */
  lang?: Lang;
}) {
  const shown = (pane: Pane) => (active === pane ? "flex" : "hidden md:flex");

  return (
    <div className="px-safe flex h-dvh flex-col overflow-hidden bg-white">
      {header}
      <div className="flex min-h-0 flex-1">
        <div
          className={`${shown("mailboxes")} ${paneClass} pb-safe w-full border-gray-200 bg-gray-50 md:w-48 md:shrink-0 md:border-r lg:w-60`}
        >
          {mailboxes}
        </div>
        <main
          className={`${active === "mailboxes" ? "hidden md:flex" : "flex"} min-h-0 min-w-0 flex-1`}
        >
          {list !== null && (
            <div
              className={`${shown("list")} ${paneClass} pb-safe w-full border-gray-200 md:w-72 md:shrink-0 md:border-r lg:w-96 xl:w-[26rem]`}
            >
              {list}
            </div>
          )}
          <div className={`${shown("message")} ${paneClass} min-w-0 flex-1`}>
            {message ?? (
              <div className="flex flex-1 flex-col items-center justify-center gap-3 p-8 text-center text-sm text-gray-500">
                <Icon name="mail" className="size-10 text-gray-300" />
                <p>{t(lang).message.selectPrompt}</p>
              </div>
            )}
          </div>
        </main>
      </div>
    </div>
  );
}
