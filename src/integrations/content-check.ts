/**
 * Runs our content validator before Astro loads any collection, so a build with bad content
 * stops with every problem listed (file, field, what is wrong, how to fix it).
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT } from '../content.config';
import { readContentFiles, readRightsDataFiles } from '../lib/content-files';
import { findPlaceholders } from '../lib/lint/placeholders';
import { formatProblem, validateContent } from '../lib/validate';

export function contentCheck(): AstroIntegration {
  return {
    name: 'wegwijzer:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // `astro preview` only serves dist/: nothing is read from content/ then.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const files = readContentFiles(resolve(root, CONTENT_ROOT), root);
        // A "TODO" left by `npm run new` passes the schema but must never be published (dev may show it).
        const placeholders = findPlaceholders(files);
        if (command !== 'build') placeholders.forEach((p) => logger.warn(formatProblem(p)));
        const rightsData = readRightsDataFiles(resolve(root, CONTENT_ROOT), root);
        const problems = [...validateContent(files, rightsData).problems, ...(command === 'build' ? placeholders : [])];
        if (problems.length === 0) return;
        const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
        logger.error(`Content has ${problems.length} problem(s):\n${list}`);
        throw new Error(`Invalid content: ${problems.length} problem(s). Fix the files listed above, then build again.`);
      },
    },
  };
}
