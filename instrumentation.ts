// Runs once when the server starts: a wrong configuration stops start-up with a message
// that names the variable, instead of failing on the first sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnConfigError } = await import("@/lib/config/exit-on-config-error");
    exitOnConfigError();
    // With REDIS_URL, share live events, watchers and sign-in limits with the other processes.
    const { startScaleOut } = await import("@/lib/redis/start-scale-out");
    startScaleOut();
    // Push notifications of new mail, from what the users' IMAP watchers see.
    const { startPushNotifications } = await import("@/lib/push/start-push-notifications");
    startPushNotifications();
  }
}
