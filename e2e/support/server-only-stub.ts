// Under vitest every module is server code; the real `server-only` throws outside RSC.
export {};
