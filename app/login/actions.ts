"use server";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import type { SignInState } from "@/lib/auth/sign-in-state";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim();
  const failure = await signInWithPassword(email, String(form.get("password") ?? ""));
  if (failure) return failure;
  redirect(safeCallbackPath(form.get("callbackUrl")));
}
