/** The tiny fixture graph (a real slice of the plan) shared by unit, integration and end-to-end tests. */
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../seed/fixtures/tiny', import.meta.url));
