import { checkAddressField } from "@/components/compose/address-field-check";
import type { Messages } from "@/lib/i18n/messages";

export type AddressFieldName = "to" | "cc" | "bcc";
export const addressFields: readonly AddressFieldName[] = ["to", "cc", "bcc"];

export interface ComposerFields {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
}

/**
 * What is wrong with each address field (null when nothing), for the fields in `shown`; To also
 * says when the message has no recipient at all, once the user has tried to send.
 */
export function addressErrors(
  fields: ComposerFields,
  shown: ReadonlySet<AddressFieldName>,
  triedToSend: boolean,
  m: Messages["compose"],
): Record<AddressFieldName, string | null> {
  const checks = addressFields.map((name) => [name, checkAddressField(fields[name])] as const);
  const recipients = checks.reduce((sum, [, check]) => sum + check.count, 0);
  const errors = { to: null, cc: null, bcc: null } as Record<AddressFieldName, string | null>;
  for (const [name, check] of checks) {
    if (!shown.has(name) && !triedToSend) continue;
    if (check.invalid.length > 0) errors[name] = m.invalidAddresses(check.invalid.join(", "));
  }
  if (triedToSend && recipients === 0 && !errors.to) errors.to = m.noRecipients;
  return errors;
}
