# The app image: builds the explorer and runs the API; Neo4j comes from NEO4J_URI (see docker-compose.yml).
FROM node:20-bookworm-slim
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
RUN npm run build -w client
ENV PORT=4000 NODE_ENV=production
EXPOSE 4000
CMD ["npx", "tsx", "server/src/index.ts"]
