# Tegami in a container: the same two commands the tests run (npm ci, npm run build), then the
# standalone folder started with `node server.mjs`, which is what `npm start` runs.
#   docker build -t tegami .
#   docker run -p 127.0.0.1:3000:3000 -e IMAP_URL=... -e SMTP_URL=... -e AUTH_SECRET=... tegami
# See docs/deployment.md; deploy/compose.yaml is a compose example.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# next build + server/assemble-standalone.mjs -> .next/standalone (server.mjs, .next, node_modules)
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000 \
    TEGAMI_DATA_DIR=/var/lib/tegami
COPY --from=build --chown=node:node /app/.next/standalone ./
# The embedded store (VAPID keys, push subscriptions): a volume, so a new container keeps it.
RUN install -d -m 0700 -o node -g node /var/lib/tegami
VOLUME /var/lib/tegami
USER node
EXPOSE 3000
# SIGTERM (docker stop) drains: event streams end with a reconnect hint, IMAP sessions log out.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.mjs"]
