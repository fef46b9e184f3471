import { conversationLabels } from "@/lib/i18n/conversation-labels";
import type { Lang } from "@/lib/i18n/lang";
import type { ListView } from "@/lib/settings/list-view";

/**
 * The Conversation view switch: one button with role="switch" in a form, so it works before
 * any script; pressing it posts the other view and the page comes back with it.
 */
export function ConversationViewSetting({
  view,
  lang,
  action,
  returnTo = "/settings",
}: {
  view: ListView;
  lang: Lang;
  action: (form: FormData) => Promise<void>;
  returnTo?: string;
}) {
  const m = conversationLabels(lang);
  const on = view === "conversations";
  return (
    <form action={action} className="flex items-start justify-between gap-4 py-3">
      <input type="hidden" name="view" value={on ? "messages" : "conversations"} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="min-w-0">
        <p id="conversation-view-label" className="text-sm font-medium text-gray-900">
          {m.setting}
        </p>
        <p id="conversation-view-hint" className="mt-0.5 text-sm text-gray-600">
          {m.settingHint}
        </p>
      </div>
      <button
        type="submit"
        role="switch"
        aria-checked={on}
        aria-labelledby="conversation-view-label"
        aria-describedby="conversation-view-hint"
        className="flex min-h-11 shrink-0 items-center md:min-h-8"
      >
        <span
          aria-hidden="true"
          className={`flex h-6 w-11 items-center rounded-full p-0.5 transition-colors ${
            on ? "bg-ink-600" : "bg-gray-300"
          }`}
        >
          <span
            className={`size-5 rounded-full bg-white shadow transition-transform ${
              on ? "translate-x-5" : ""
            }`}
          />
        </span>
      </button>
    </form>
  );
}
