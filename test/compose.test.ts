/**
 * Docker cannot run here, so docker-compose.yml is checked against the code it configures: the app's environment
 * goes through the server's own readConfig and connectNeo4j, and ports, credentials and the healthcheck must agree
 * with what those return.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { connectNeo4j } from '@plangraph/neo4j-embedded';
import { readConfig } from '../server/src/config.ts';

type Service = {
  image?: string;
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
};
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const { neo4j, app } = compose.services;
const appEnv = app?.environment ?? {};
/** Container ports a service publishes ("host:container"). */
const containerPorts = (s: Service | undefined) => (s?.ports ?? []).map((p) => Number(p.split(':').at(-1)));

/** The variables a function reads from its environment while it runs. */
function readsOf(run: (env: NodeJS.ProcessEnv) => unknown): Set<string> {
  const read = new Set<string>();
  run(new Proxy({}, { get: (_, key) => (read.add(String(key)), undefined) }));
  return read;
}

afterEach(() => vi.unstubAllEnvs());

describe('docker-compose.yml', () => {
  it('sets only variables the app reads', () => {
    const serverVars = readsOf(readConfig);
    for (const name of Object.keys(appEnv))
      expect(serverVars.has(name) || /^NEO4J_(URI|USER|PASSWORD|DATABASE)$/.test(name), name).toBe(true);
  });

  it('publishes the port the server listens on, which the image exposes', () => {
    const { port } = readConfig(appEnv);
    expect(containerPorts(app)).toContain(port);
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
  });

  it('has the app listen on every interface of its container (its loopback is unreachable from outside)', () => {
    expect(readConfig(appEnv).host).toBe('0.0.0.0');
  });

  it('connects the app to the neo4j service with the credentials that service is given', async () => {
    for (const [name, value] of Object.entries(appEnv)) vi.stubEnv(name, value);
    const conn = await connectNeo4j({ dataDir: '/nonexistent' });
    // An external server: nothing embedded is started.
    expect(conn.embedded).toBe(false);
    const uri = new URL(conn.uri);
    expect(uri.hostname).toBe('neo4j');
    expect(containerPorts(neo4j)).toContain(Number(uri.port));
    expect(`${conn.user}/${conn.password}`).toBe(neo4j?.environment?.NEO4J_AUTH);
    expect(conn.database).toBe('neo4j');
  });

  it('starts the app only once a healthcheck has run a query with those credentials', () => {
    const check = neo4j?.healthcheck?.test.join(' ') ?? '';
    const [user, password] = (neo4j?.environment?.NEO4J_AUTH ?? '').split('/');
    expect(check).toMatch(new RegExp(`cypher-shell -u ${user} -p ${password} 'RETURN 1'`));
    expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('runs Neo4j 5.26 Community, the version the embedded launcher uses, with its data in a volume', () => {
    const launcherPom = readFileSync(new URL('../neo4j/launcher/pom.xml', import.meta.url), 'utf8');
    const version = /<neo4j\.version>([\d.]+)<\/neo4j\.version>/.exec(launcherPom)?.[1];
    expect(version).toMatch(/^5\.26\./);
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    const [volume] = (neo4j?.volumes?.[0] ?? '').split(':');
    expect(neo4j?.volumes?.[0]).toBe(`${volume}:/data`);
    expect(compose.volumes).toHaveProperty(volume!);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages[1] ?? '';

  it('runs the bundled server with plain node and production dependencies only', () => {
    expect(stages).toHaveLength(2);
    expect(runtime).toMatch(/^node:20/);
    expect(runtime).toContain('npm ci --omit=dev');
    expect(runtime).toContain('COPY --from=build /app/dist dist');
    expect(runtime).toContain('CMD ["node", "dist/start.js"]');
    expect(runtime).not.toContain('tsx');
    // test/production-server.int.test.ts runs that bundle against Neo4j.
    expect(stages[0]).toContain('npm run build:server');
  });

  it('installs from every workspace in both stages', () => {
    const { workspaces } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      workspaces: string[];
    };
    for (const stage of stages) for (const w of workspaces) expect(stage).toContain(`COPY ${w}/package.json ${w}/`);
  });
});
