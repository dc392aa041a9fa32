# Roundtable: one image for every mode. It runs exactly what `npm start` runs:
#   gateway bot:  docker run -e DISCORD_TOKEN=… roundtable
#   HTTP mode:    docker run -e MODE=http -e DISCORD_PUBLIC_KEY=… -p 8080:8080 roundtable
# Node 20 like CI. TypeScript runs through tsx (a runtime dependency), so there is no build step.

# --- Stage 1: production dependencies only, from the lock file.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- Stage 2: the prebuilt index, so start-up loads it instead of analysing every article.
# Its key hashes the knowledge files and the code, so it only counts if both match stage 3.
FROM node:20-slim AS index
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY commands ./commands
COPY scripts/build-index.ts ./scripts/
COPY knowledge ./knowledge
RUN node --import tsx scripts/build-index.ts

# --- Stage 3: the runtime image.
FROM node:20-slim
ENV NODE_ENV=production \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/app/data \
    PORT=8080
WORKDIR /app
# Code, dependencies, articles and the prebuilt index belong to root and are read-only for the
# user that runs the bot: a compromised process cannot rewrite what it runs or what it cites.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY commands ./commands
COPY knowledge ./knowledge
COPY --from=index /app/.cache ./.cache
# The one writable place: /app/data, for the per-server library's SQLite file.
RUN chmod -R a-w,a+rX /app/node_modules /app/src /app/commands /app/knowledge /app/.cache \
    && mkdir -p /app/data && chown node:node /app/data && chmod 700 /app/data
VOLUME /app/data
# The image's built-in unprivileged user. Mounting other articles over /app/knowledge makes the
# baked index stale: it is then rebuilt in memory.
USER node
EXPOSE 8080
# HTTP mode answers /healthz; the gateway bot has no port, so the check passes in that mode.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "if (process.env.MODE !== 'http') process.exit(0); fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# node is PID 1 and receives SIGTERM directly (no npm or shell in between): the bot finishes
# in-flight replies, closes its connections and exits 0. Same command as `npm start`.
CMD ["node", "--import", "tsx", "src/app/entry/main.ts"]
