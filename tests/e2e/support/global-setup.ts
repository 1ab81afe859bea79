/**
 * Builds the site once (Astro + Pagefind) and serves dist/ for every browser test.
 * Set WEGWIJZER_REUSE_DIST=1 to skip the build while iterating locally.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../../..');
  const dist = resolve(root, process.env.WEGWIJZER_OUT_DIR ?? 'dist');
  if (!(process.env.WEGWIJZER_REUSE_DIST && existsSync(dist))) {
    // vitest sets NODE_ENV=test; the site must be built as it ships (production React).
    execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  }
  const { server, url } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
