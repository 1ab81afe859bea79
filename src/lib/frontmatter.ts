import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface ParsedMarkdown {
  data: Record<string, unknown>;
  body: string;
}

export class FrontmatterError extends Error {}

/**
 * Splits a Markdown file into its YAML frontmatter and body.
 * Dates stay strings (YAML core schema); the schemas coerce them.
 */
export function parseMarkdown(text: string): ParsedMarkdown {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(normalised);
  if (!match) {
    throw new FrontmatterError('has no frontmatter: start the file with a line "---", the fields, and another "---"');
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      // +1: the opening "---" line comes before the YAML.
      const where = line === undefined ? '' : ` (line ${line + 1})`;
      throw new FrontmatterError(`frontmatter is not valid YAML${where}: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('frontmatter must be a list of "field: value" lines');
  }
  return { data: data as Record<string, unknown>, body: match[2] ?? '' };
}
