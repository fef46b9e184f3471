"use client";

import { useActionState } from "react";
import { initialSignInState, type SignInState } from "@/lib/auth/sign-in-state";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

const inputClass =
  "block h-11 w-full rounded-lg border border-gray-300 bg-white px-3 text-base text-gray-900 shadow-xs " +
  "placeholder:text-gray-400 focus:border-ink-500 focus-visible:outline-2 focus-visible:outline-offset-0 " +
  "aria-invalid:border-seal-500 sm:h-10 sm:text-sm";

export function SignInForm({
  action,
  callbackUrl,
  lang,
}: {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  callbackUrl: string;
  lang: Lang;
}) {
  const m = t(lang);
  const [state, formAction, pending] = useActionState(action, initialSignInState);
  const error =
    state.error === "THROTTLED"
      ? m.signIn.throttled(state.retryAfterSeconds)
      : state.error && m.signIn.errors[state.error];
  const credentialsRejected = state.error === "AUTH_FAILED" || state.error === "INVALID_INPUT";

  return (
    <div className="flex min-h-full items-center justify-center bg-gray-50 px-4 py-10">
      <div className="w-full max-w-sm rounded-2xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
        <div className="mb-6 text-center">
          <p className="text-2xl font-semibold tracking-tight text-gray-900">
            {m.appName}{" "}
            <span lang="ja" className="text-seal-600">
              手紙
            </span>
          </p>
          <h1 className="mt-1 text-sm text-gray-600">{m.signIn.heading}</h1>
        </div>

        <form action={formAction} className="space-y-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          {error && (
            <p
              role="alert"
              id="sign-in-error"
              className="border-seal-500/30 bg-seal-500/5 text-seal-600 rounded-lg border px-3 py-2 text-sm"
            >
              {error}
            </p>
          )}
          <div className="space-y-1.5">
            <label htmlFor="sign-in-email" className="block text-sm font-medium text-gray-800">
              {m.signIn.email}
            </label>
            <input
              id="sign-in-email"
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              required
              defaultValue={state.email}
              aria-invalid={credentialsRejected || undefined}
              aria-describedby={error ? "sign-in-error" : undefined}
              className={inputClass}
            />
          </div>
          <div className="space-y-1.5">
            <label htmlFor="sign-in-password" className="block text-sm font-medium text-gray-800">
              {m.signIn.password}
            </label>
            <input
              id="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={credentialsRejected || undefined}
              aria-describedby={error ? "sign-in-error" : undefined}
              className={inputClass}
            />
          </div>
          <button
            type="submit"
            disabled={pending}
            className="bg-ink-600 hover:bg-ink-700 flex h-11 w-full items-center justify-center rounded-lg px-4 text-sm font-semibold text-white shadow-xs disabled:cursor-wait disabled:opacity-70 sm:h-10"
          >
            {pending ? m.signIn.pending : m.signIn.submit}
          </button>
        </form>
      </div>
    </div>
  );
}
