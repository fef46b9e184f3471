import { LanguageChoiceForm } from "@/components/settings/language-choice-form";
import { SettingsSection } from "@/components/settings/settings-section";
import type { Lang } from "@/lib/i18n/lang";
import type { LanguageChoice } from "@/lib/i18n/language-choice";
import { t } from "@/lib/i18n/messages";
import { settingsLabels } from "@/lib/i18n/settings-labels";

const headingId = "settings-language";

/** Settings › Language: 日本語, English, or whatever the browser asks for. */
export function LanguageSetting({
  lang,
  choice,
  browser,
  action,
}: {
  lang: Lang;
  choice: LanguageChoice;
  /** The language the browser's Accept-Language picks. */
  browser: Lang;
  action: (form: FormData) => Promise<void>;
}) {
  const s = settingsLabels(lang).language;
  const names = t(lang).language.names;
  return (
    <SettingsSection id={headingId} heading={s.heading} description={s.description}>
      <LanguageChoiceForm
        labelledBy={headingId}
        choice={choice}
        action={action}
        options={[
          { value: "ja", label: names.ja, lang: "ja" },
          { value: "en", label: names.en, lang: "en" },
          {
            value: "browser",
            label: s.browser,
            hint: (
              <>
                {s.browserNow}{" "}
                <span lang={browser} className="font-medium">
                  {names[browser]}
                </span>
              </>
            ),
          },
        ]}
        saveLabel={s.save}
      />
    </SettingsSection>
  );
}
