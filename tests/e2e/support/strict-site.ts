/** For a test file: a browser, and the build served with its own `_headers` as a static host would. */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from '../../support/catalog';
import { launchBrowser } from './browser';
import { serveWithHeaders } from './server';

export const dist = resolve(projectRoot, process.env.WEGWIJZER_OUT_DIR ?? 'dist');

export function withStrictSite() {
  const state = {} as { browser: Browser; site: string };
  let server: Server | undefined;
  beforeAll(async () => {
    state.browser = await launchBrowser();
    ({ server, url: state.site } = await serveWithHeaders(dist));
  });
  afterAll(async () => {
    await state.browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });
  return state;
}
