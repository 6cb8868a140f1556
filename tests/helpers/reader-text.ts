// What a reader of a built page or document can see, hear, or get in a search result or a preview:
// its text, the attributes read aloud or shown (alt, title, labels), the metadata previews show, and
// its structured data. Shared by the tests that check what readers read (reader words, the text's kind).
import type { Element, Root, RootContent } from 'hast';

/** Attributes whose values a reader sees or hears (tooltips, alt text, labels) or a search result shows. */
const READ_ATTRIBUTES = ['alt', 'title', 'ariaLabel', 'ariaDescription', 'placeholder', 'label'];
const READ_META = /^(description|keywords|og:|twitter:|citation_|dc\.|z\.)/i;

/** Everything of an HTML or XHTML document a reader can see, hear or get in a search result or a preview. */
export function readerText(tree: Root | Element): string {
  const out: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') out.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const p = node.properties ?? {};
      // Scripts and styles are code, except structured data (search results show it).
      if (node.tagName === 'style' || (node.tagName === 'script' && p.type !== 'application/ld+json')) return;
      for (const a of READ_ATTRIBUTES) if (typeof p[a] === 'string') out.push(p[a] as string);
      if (node.tagName === 'meta' && typeof p.content === 'string' && READ_META.test(String(p.name ?? p.property ?? ''))) out.push(p.content);
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return out.join('\n');
}
