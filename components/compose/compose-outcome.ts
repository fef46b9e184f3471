// "Message sent" outlives the composer: it is said by the mail screen the composer returns to
// (its live status region), handed over in sessionStorage and, for a panel closing on the
// same page, by an event.

const key = "tegami:compose-outcome";
export const composeOutcomeEvent = "tegami:compose-outcome";

export function announceComposeOutcome(text: string): void {
  try {
    sessionStorage.setItem(key, text);
  } catch {
    // the event below still reaches a mail screen already on the page
  }
  window.dispatchEvent(new Event(composeOutcomeEvent));
}

/** The outcome waiting to be said, once. */
export function takeComposeOutcome(): string | null {
  try {
    const text = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    return text;
  } catch {
    return null;
  }
}
