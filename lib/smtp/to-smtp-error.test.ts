import { describe, expect, it } from "vitest";
import { MailError } from "@/lib/mail/mail-error";
import { toSmtpError as mapError } from "@/lib/smtp/to-smtp-error";

const toSmtpError = (e: unknown, context: { dataStarted: boolean }) =>
  mapError(e, context) as MailError;

const error = (fields: Record<string, unknown>) => Object.assign(new Error("x"), fields);

describe("toSmtpError", () => {
  it("calls a lost connection before the data unreachable, after it unknown", () => {
    const lost = error({ code: "ECONNECTION", command: "CONN" });
    expect(toSmtpError(lost, { dataStarted: false }).code).toBe("SMTP_UNREACHABLE");
    expect(toSmtpError(lost, { dataStarted: true }).code).toBe("SEND_STATE_UNKNOWN");
    expect(toSmtpError(error({ code: "ETIMEDOUT" }), { dataStarted: true }).code).toBe(
      "SEND_STATE_UNKNOWN",
    );
    expect(toSmtpError(error({ code: "ECONNREFUSED" }), { dataStarted: false }).status).toBe(503);
  });

  it("treats an answer as an answer, even after the data", () => {
    const refused = error({
      code: "EMESSAGE",
      command: "DATA",
      response: "554 5.7.1 spam",
      responseCode: 554,
    });
    expect(toSmtpError(refused, { dataStarted: true }).code).toBe("SMTP_REJECTED");
    const closing = error({
      code: "ECONNECTION",
      response: "421 4.3.2 shutting down",
      responseCode: 421,
    });
    expect(toSmtpError(closing, { dataStarted: true }).code).toBe("SMTP_UNREACHABLE");
  });

  it("names the refused recipients when all were refused", () => {
    const mapped = toSmtpError(
      error({
        code: "EENVELOPE",
        command: "RCPT TO",
        response: "554 5.7.1 <x@elsewhere.test>: Relay access denied",
        responseCode: 554,
        rejected: ["x@elsewhere.test"],
      }),
      { dataStarted: false },
    );
    expect(mapped.code).toBe("SMTP_REJECTED");
    expect(mapped.details).toEqual({ rejected: ["x@elsewhere.test"] });
    expect(mapped.message).toContain("Relay access denied");
  });

  it("maps authentication, TLS and size", () => {
    expect(
      toSmtpError(error({ code: "EAUTH", responseCode: 535 }), { dataStarted: false }).code,
    ).toBe("SMTP_AUTH_FAILED");
    expect(toSmtpError(error({ code: "ETLS" }), { dataStarted: false }).code).toBe("TLS_FAILED");
    expect(
      toSmtpError(error({ code: "EMESSAGE", message: "Message size larger than allowed 1000" }), {
        dataStarted: false,
      }).code,
    ).toBe("TOO_LARGE");
    expect(
      toSmtpError(error({ code: "EENVELOPE", responseCode: 552 }), { dataStarted: false }).status,
    ).toBe(413);
  });

  it("lets an error that is not from SMTP through unchanged", () => {
    const bug = new TypeError("x is not a function");
    expect(mapError(bug, { dataStarted: false })).toBe(bug);
    expect(mapError(bug, { dataStarted: false })).not.toBeInstanceOf(MailError);
  });

  it("strips line breaks from the server's words", () => {
    const mapped = toSmtpError(
      error({ code: "EENVELOPE", response: "550 no\r\nX: y", responseCode: 550 }),
      {
        dataStarted: false,
      },
    );
    expect(mapped.message).not.toMatch(/[\r\n]/);
  });
});
