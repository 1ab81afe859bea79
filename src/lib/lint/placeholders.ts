/**
 * `npm run new` fills what it cannot know with "TODO" (in values and in YAML comments). Such a file
 * passes the schema, so this check keeps it from being published: every TODO is an error.
 */
import type { ContentFile, Problem } from '../validate';

export const PLACEHOLDER = 'TODO';

export function findPlaceholders(files: Pick<ContentFile, 'path' | 'text'>[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    file.text.split('\n').forEach((line, i) => {
      if (!line.includes(PLACEHOLDER)) return;
      const key = /^\s*(?:-\s+)?([A-Za-z]+):/.exec(line)?.[1];
      const field = key === PLACEHOLDER ? 'body' : key;
      problems.push({
        file: file.path,
        field: `line ${i + 1}${field ? ` (${field})` : ''}`,
        message: `still says "${line.trim().slice(0, 70)}": fill it in from a source, or remove the line if it is optional`,
      });
    });
  }
  return problems;
}
