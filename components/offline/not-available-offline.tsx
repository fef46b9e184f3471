import Link from "next/link";
import { Icon } from "@/components/ui/icon";

/** What a view says in place of mail the device store does not hold. */
export function NotAvailableOffline({
  title,
  hint,
  back,
}: {
  title: string;
  hint?: string;
  back?: { href: string; label: string };
}) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 p-8 text-center text-sm text-gray-600">
      <Icon name="mail" className="size-10 text-gray-300" />
      <h2 className="text-base font-medium text-gray-900">{title}</h2>
      {hint && <p className="max-w-sm">{hint}</p>}
      {back && (
        <Link
          href={back.href}
          className="text-ink-700 inline-flex min-h-11 items-center rounded-md px-2 font-medium underline md:min-h-8"
        >
          {back.label}
        </Link>
      )}
    </div>
  );
}
