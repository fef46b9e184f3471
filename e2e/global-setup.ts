// Fails fast, with the fix in the message, when the test mail stack or its data is missing.
import { JP_MAILBOX } from "./support/fixtures.mjs";
import { loadFixtures, testStack, withImap } from "./support/test-imap";

export default async function globalSetup(): Promise<void> {
  const stack = testStack(); // throws "start the test mail stack first" when absent
  const fixtures = loadFixtures(); // throws "run seed-test-data.mjs first" when absent
  if (!fixtures.users["alice@example.test"])
    throw new Error("fixtures.json has no alice: re-run seed-test-data.mjs");
  try {
    await withImap("alice", async (client) => {
      const list = await client.list();
      if (!list.some((m) => m.path === JP_MAILBOX)) {
        throw new Error(`mailbox ${JP_MAILBOX} missing: run node e2e/mailstack/seed-test-data.mjs`);
      }
    });
  } catch (err) {
    throw new Error(
      `test mail stack at ${stack.host}:${stack.ports.imap} not usable: ${String(err)}`,
    );
  }
}
