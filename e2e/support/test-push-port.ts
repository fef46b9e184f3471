/** The port of the test push service (e2e/support/test-push-service.ts), which TEGAMI_PUSH_ALLOW names. */
export const TEST_PUSH_PORT = Number(process.env.E2E_PUSH_PORT || 31210);
