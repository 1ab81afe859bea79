// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://wegwijzer.example.org',
  trailingSlash: 'always',
  integrations: [contentCheck(), react(), pagefind(), serviceWorker()],
  // Benchmarks build into another folder, so they never disturb dist/.
  outDir: process.env.WEGWIJZER_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
