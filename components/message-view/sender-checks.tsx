import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { AuthCheck, AuthenticationSummary } from "@/lib/mail/authentication-results";

const verdictClass: Record<AuthCheck["verdict"], string> = {
  pass: "border-green-200 bg-green-50 text-green-900",
  fail: "border-red-200 bg-red-50 text-red-900",
  neutral: "border-gray-200 bg-gray-50 text-gray-700",
};

/** SPF, DKIM and DMARC as the receiving server found them, and a plain warning on failure. */
export function SenderChecks({
  summary,
  fromDomain,
  lang,
}: {
  summary: AuthenticationSummary;
  /** The domain of the From address: the sender the reader sees, and may be misled about. */
  fromDomain: string | null;
  lang: Lang;
}) {
  const m = t(lang).authenticity;
  const failed = summary.checks.find((check) => check.verdict === "fail");
  return (
    <div data-sender-checks={summary.trusted ? "trusted" : "untrusted"}>
      <ul className="flex flex-wrap gap-1.5">
        {summary.checks.map((check, index) => (
          <li
            key={`${check.method}-${index}`}
            data-check={check.method}
            data-verdict={check.verdict}
            className={`rounded border px-1.5 text-xs leading-5 ${verdictClass[check.verdict]}`}
          >
            {m.checks[check.method]} {m.verdicts[check.verdict]}
            {check.domain && <span className="text-gray-600"> ({check.domain})</span>}
          </li>
        ))}
      </ul>
      {failed && (
        <p className="mt-1 flex items-start gap-1.5 text-red-800">
          <Icon name="shield" className="mt-0.5 size-4 shrink-0" />
          {m.failedWarning(fromDomain ?? failed.domain ?? "")}
        </p>
      )}
    </div>
  );
}
