// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://wegwijzer.example.org',
  trailingSlash: 'always',
  integrations: [contentCheck(), react(), pagefind()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
