/**
 * Runs our content validator before Astro loads any collection, so a build with bad content
 * stops with every problem listed (file, field, what is wrong, how to fix it).
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT } from '../content.config';
import { readContentFiles } from '../lib/content-files';
import { formatProblem, validateContent } from '../lib/validate';

export function contentCheck(): AstroIntegration {
  return {
    name: 'wegwijzer:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // `astro preview` only serves dist/: nothing is read from content/ then.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const { problems } = validateContent(readContentFiles(resolve(root, CONTENT_ROOT), root));
        if (problems.length === 0) return;
        const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
        logger.error(`Content has ${problems.length} problem(s):\n${list}`);
        throw new Error(`Invalid content: ${problems.length} problem(s). Fix the files listed above, then build again.`);
      },
    },
  };
}
