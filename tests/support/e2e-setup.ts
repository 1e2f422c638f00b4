/** Vitest global setup for browser tests: serve dist/ and tell the tests where. */
import type { TestProject } from 'vitest/node';
import { serveDist } from './server';
import { DIST } from './dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await serveDist(DIST);
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
