/**
 * Neo4j for the app: an embedded Neo4j Community 5.26 in a child JVM (see ../launcher), or an external server
 * when NEO4J_URI is set. connection.ts decides which, launcher.ts builds the Java launcher with Maven, jvm.ts runs
 * the JVM, driver.ts creates drivers.
 */
export { connectNeo4j, defaultDataDir, externalConnection } from './connection.ts';
export type { ConnectOptions, Neo4jConnection } from './connection.ts';
export { startEmbeddedNeo4j } from './jvm.ts';
export type { StartEmbeddedOptions } from './jvm.ts';
export { MAVEN_LOG } from './launcher.ts';
export { passwordFile, readOrCreatePassword } from './password.ts';
export { StoreInUseError, storeIsLocked } from './store-lock.ts';
export { createDriver } from './driver.ts';
export type { DriverOptions, DriverTarget } from './driver.ts';
