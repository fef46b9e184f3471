// Some providers put every message submitted over SMTP into the Sent mailbox themselves; a
// second copy from Tegami would show up twice. Client-safe and pure.

/** Submission hosts known to save sent mail to Sent on their own. */
const savingHosts = [
  "smtp.gmail.com",
  "smtp.googlemail.com",
  "smtp.office365.com",
  "smtp-mail.outlook.com",
  "outlook.office365.com",
];

/**
 * Whether Tegami should APPEND a copy to \Sent: `always` and `never` are the operator's word;
 * `auto` appends except for the hosts above (there is no SMTP extension that announces it).
 */
export function shouldSaveSent(mode: "auto" | "always" | "never", smtpHost: string): boolean {
  if (mode !== "auto") return mode === "always";
  return !savingHosts.includes(smtpHost.toLowerCase().replace(/\.$/, ""));
}
