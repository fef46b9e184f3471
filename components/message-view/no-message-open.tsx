import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** The message pane before a message is opened: "Select a message to read". */
export function NoMessageOpen({ lang }: { lang: Lang }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 p-8 text-center text-sm text-gray-500">
      <Icon name="mail" className="size-10 text-gray-300" />
      <p>{t(lang).message.selectPrompt}</p>
    </div>
  );
}
