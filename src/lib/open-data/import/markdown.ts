/** An organisation entry as a Markdown file, written the way editors write them by hand. */
import { Document, isScalar, visit } from 'yaml';

export function entryMarkdown(frontmatter: Record<string, unknown>, body: string): string {
  const doc = new Document(frontmatter);
  // Lists of plain values stay on one line, as in the hand-written entries: `domains: [wonen, gezondheid]`.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `${text}\n` : ''}`;
}
