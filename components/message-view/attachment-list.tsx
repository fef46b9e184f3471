import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { formatSize } from "@/lib/mail/format-size";
import { partHref } from "@/lib/mail/mail-urls";
import type { Attachment } from "@/lib/mail/types";

/** "report.pdf" → "PDF"; no extension → the MIME subtype ("application/zip" → "ZIP"). */
function typeLabel(attachment: Attachment): string {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(attachment.filename)?.[1];
  const subtype = attachment.contentType.split("/")[1]?.split(/[;+]/)[0];
  return (extension ?? subtype ?? "file").toUpperCase();
}

/** Download links for a message's attachments; the whole card is the link's click target. */
export function AttachmentList({
  attachments,
  mailbox,
  uid,
  lang,
}: {
  attachments: Attachment[];
  mailbox: string;
  uid: number;
  lang: Lang;
}) {
  const m = t(lang);
  return (
    <section className="border-t border-gray-200 pt-4">
      <h2 className="mb-2 text-sm font-medium text-gray-700">
        {m.message.attachments}{" "}
        <span className="text-gray-500 tabular-nums">({attachments.length})</span>
      </h2>
      <ul
        aria-label={m.message.attachments}
        className="grid grid-cols-1 gap-2 @xl:grid-cols-2 @4xl:grid-cols-3"
      >
        {attachments.map((attachment) => {
          const filename = attachment.filename.trim() || `attachment-${attachment.part}`;
          return (
            <li
              key={attachment.part}
              className="relative flex min-h-14 min-w-0 items-center gap-3 rounded-lg border border-gray-200 px-3 py-2 hover:border-gray-300 hover:bg-gray-50"
            >
              <Icon name="file" className="size-5 text-gray-500" />
              <div className="min-w-0 flex-1">
                <a
                  href={partHref(mailbox, uid, attachment.part)}
                  download={filename}
                  title={filename}
                  className="block truncate text-sm font-medium text-gray-900 after:absolute after:inset-0 after:rounded-lg"
                >
                  {filename}
                </a>
                <p className="text-xs text-gray-600 tabular-nums">
                  {typeLabel(attachment)} · {formatSize(attachment.size, lang)}
                </p>
              </div>
              <Icon name="download" className="size-4 text-gray-500" />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
