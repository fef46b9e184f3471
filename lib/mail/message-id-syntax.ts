// The shape of an RFC 5322 msg-id as Tegami makes and accepts them (with angle brackets), for
// the request contract and for the composer in the browser alike. Client-safe, no zod, so that
// the composer does not carry a schema library to check one string.

export const maxMessageIdLength = 250;

const messageIdPattern = /^<[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+@[A-Za-z0-9.-]+>$/;

export function isMessageId(value: string): boolean {
  return value.length <= maxMessageIdLength && messageIdPattern.test(value);
}
