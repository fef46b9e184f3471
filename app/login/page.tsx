import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ForgetDeviceMail } from "@/components/offline/forget-device-mail";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { t } from "@/lib/i18n/messages";
import { requestLang } from "@/lib/i18n/request-lang";
import { signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await requestLang()).signIn.submit };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getMailSession()) redirect(callbackUrl);
  return (
    <>
      <ForgetDeviceMail />
      <SignInForm action={signInAction} callbackUrl={callbackUrl} lang={await requestLang()} />
    </>
  );
}
