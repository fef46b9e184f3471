import { CredentialsSignin } from "next-auth";

/** A sign-in failure that carries our code (AUTH_FAILED, THROTTLED, SERVER_UNREACHABLE, …). */
export class SignInFailed extends CredentialsSignin {
  constructor(
    code: string,
    /** For THROTTLED: how long the client must wait before the next attempt. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(code);
    this.code = code;
  }
}
