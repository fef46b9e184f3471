import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { returnPath } from "@/app/mail/page-params";
import { Composer } from "@/components/compose/composer";
import { composeHref } from "@/components/compose/compose-url";
import { parseComposeQuery } from "@/lib/compose/parse-compose-query";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { prepareCompose } from "@/lib/compose/prepare-compose";
import { composeLabels } from "@/lib/i18n/compose-labels";
import { t } from "@/lib/i18n/messages";
import { requestLang } from "@/lib/i18n/request-lang";
import { MailError } from "@/lib/mail/mail-error";
import { composeCloseHref } from "./compose-close-href";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await requestLang()).compose.headings.new };
}

// /compose: the composer full screen (phones, a new message, a draft reopened from Drafts).
export default async function ComposePage({ searchParams }: Props) {
  const query = await searchParams;
  const request = parseComposeQuery(query);
  if (!request) notFound();
  const signIn = `/login?callbackUrl=${encodeURIComponent(returnPath("/compose", query))}`;
  const session = await getMailSession();
  if (!session) redirect(signIn);
  const lang = await requestLang();
  let init;
  try {
    init = await prepareCompose(session, request, composeLabels(lang));
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    if (error.code === "AUTH_FAILED") redirect(signIn);
    if (error.status === 404) notFound();
    throw error;
  }
  return (
    <div className="h-dvh overflow-y-auto bg-gray-50 md:px-4 md:py-6">
      <div className="mx-auto flex min-h-full max-w-3xl md:min-h-0 md:overflow-clip md:rounded-xl md:border md:border-gray-200 md:shadow-sm">
        <Composer
          init={init}
          lang={lang}
          storageKey={composeHref(request)}
          closeHref={composeCloseHref(request)}
          draftMailbox={request.mode === "draft" ? request.mailbox : null}
        />
      </div>
    </div>
  );
}
