# The app image: the built explorer and the bundled API server, run by plain Node with production dependencies only.
# Neo4j comes from NEO4J_URI (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY neo4j/package.json neo4j/
COPY cypher/package.json cypher/
COPY plan/package.json plan/
COPY seed/package.json seed/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w client && npm run build:server

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY neo4j/package.json neo4j/
COPY cypher/package.json cypher/
COPY plan/package.json plan/
COPY seed/package.json seed/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Data the server reads at run time (Cypher files, the plan text and dataset), next to the bundle.
COPY . .
COPY --from=build /app/client/dist client/dist
COPY --from=build /app/dist dist
USER node
EXPOSE 4000
CMD ["node", "dist/start.js"]
