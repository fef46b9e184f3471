// What the sign-in action returns to the form. Client-safe: a type and its starting value.

export type SignInError =
  "AUTH_FAILED" | "THROTTLED" | "SERVER_UNREACHABLE" | "TLS_FAILED" | "INVALID_INPUT" | "UNKNOWN";

export type SignInState =
  | {
      error: null | Exclude<SignInError, "THROTTLED">;
      /** Echoed back so the form keeps the address after a failed attempt. */
      email: string;
    }
  | { error: "THROTTLED"; email: string; retryAfterSeconds: number };

export const initialSignInState: SignInState = { error: null, email: "" };
