import { langs, type Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** Links to this page in each language (`?lang=`); the server remembers the choice. */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const m = t(lang);
  return (
    <div role="group" aria-label={m.language.label} className="flex items-center text-xs">
      {langs.map((option) => (
        <a
          key={option}
          href={`?lang=${option}`}
          lang={option}
          hrefLang={option}
          aria-current={option === lang ? "true" : undefined}
          className={`inline-flex min-h-11 items-center rounded-md px-2 md:min-h-8 ${
            option === lang
              ? "font-semibold text-gray-900"
              : "text-gray-600 hover:bg-gray-100 hover:text-gray-900"
          }`}
        >
          {m.language.names[option]}
        </a>
      ))}
    </div>
  );
}
