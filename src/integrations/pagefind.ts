/**
 * Builds the Pagefind search index right after Astro writes the site (pattern from Starlight's
 * integrations/pagefind.ts), so `astro build` alone yields a searchable `dist/`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'wegwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark indexes separately, to measure Pagefind on its own.
        if (process.env.WEGWIJZER_SKIP_PAGEFIND) return logger.info('Pagefind skipped (WEGWIJZER_SKIP_PAGEFIND).');
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
