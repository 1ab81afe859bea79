/**
 * The small Markdown our content uses (paragraphs, "- " and "1. " lists, **bold**, [links](https://...)),
 * rendered to HTML for translated bodies, which live in frontmatter and so do not pass through
 * Astro's Markdown pipeline. Everything else is escaped: an editor cannot inject HTML.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text: string): string {
  return escape(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https:\/\/[^\s)]+|\/(?!\/)[^\s)]*|tel:[+\d]+|mailto:[^\s)]+)\)/g, '<a href="$2">$1</a>');
}

export function renderSimpleMarkdown(markdown: string): string {
  const blocks = markdown.replace(/\r\n/g, '\n').trim().split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.length && lines.every((l) => /^[-*] /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`;
      if (lines.length && lines.every((l) => /^\d+\. /.test(l))) return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\d+\. /, ''))}</li>`).join('')}</ol>`;
      const heading = /^(#{2,3}) (.+)$/.exec(lines[0] ?? '');
      if (heading && lines.length === 1) return `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`;
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
}
