"use server";
import { redirect } from "next/navigation";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

export async function signOutAction(): Promise<void> {
  await signOutEverywhere();
  redirect("/login");
}
