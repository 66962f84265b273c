/** Docker cannot run here, so the compose file is checked by reading it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Service = {
  image?: string;
  build?: string;
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
};
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  const { neo4j, app } = compose.services;
  it('runs the official Neo4j 5.26 Community image with a healthcheck and a volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(neo4j?.ports).toContain('7687:7687');
    expect(neo4j?.volumes?.[0]).toMatch(/^neo4j-data:\/data$/);
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('wires the app to Neo4j through the environment and waits for it to be healthy', () => {
    expect(app?.build).toBe('.');
    expect(app?.ports).toContain('4000:4000');
    expect(app?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    const [user, password] = (neo4j?.environment?.NEO4J_AUTH ?? '').split('/');
    expect(app?.environment?.NEO4J_USER).toBe(user);
    expect(app?.environment?.NEO4J_PASSWORD).toBe(password);
    expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('builds from a Dockerfile that starts the server', () => {
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('server/src/index.ts');
  });
});
