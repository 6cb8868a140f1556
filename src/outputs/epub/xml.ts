// The EPUB's content documents as XML: hast written out as XHTML (every element closed, every attribute with a
// value), in the document shell every content document shares. Inline SVG (the evidence at a glance) is in the SVG
// namespace, with SVG's attribute names (stroke-width, viewBox).
import type { Properties } from 'hast';
import { find, html as htmlSchema, svg as svgSchema, type Schema } from 'property-information';
import { escapeAttr, escapeText } from '../../lib/escape.ts';
import { isElement, type Node } from '../pamphlet/hast.ts';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const OPS_NS = 'http://www.idpf.org/2007/ops';
const SVG_NS = 'http://www.w3.org/2000/svg';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function attributes(properties: Properties = {}, schema: Schema = htmlSchema): string {
  return Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([key, value]) => {
      const info = find(schema, key);
      const name = key === 'xmlLang' ? 'xml:lang' : info.attribute;
      const v = value === true ? (info.boolean ? name : '') : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
      return ` ${name}="${escapeAttr(v)}"`;
    })
    .join('');
}

/** hast → XHTML (XML syntax: every element closed, every attribute with a value); `schema`: svg inside an <svg>. */
export function toXml(node: Node, schema: Schema = htmlSchema): string {
  if (node.type === 'text') return escapeText(node.value);
  if (node.type === 'root') return node.children.map((c) => toXml(c, schema)).join('');
  if (!isElement(node)) return '';
  const svgRoot = node.tagName === 'svg' && schema !== svgSchema;
  const own = svgRoot ? svgSchema : schema;
  const xmlns = svgRoot && node.properties.xmlns === undefined ? ` xmlns="${SVG_NS}"` : '';
  const open = `<${node.tagName}${xmlns}${attributes(node.properties, own)}`;
  if (own === htmlSchema && VOID.has(node.tagName)) return `${open}/>`;
  return `${open}>${node.children.map((c) => toXml(c, own)).join('')}</${node.tagName}>`;
}

/** A content document: its language and writing direction, title and body (XHTML text), with the book's stylesheet. */
export function xhtmlDocument({ lang, dir, title, body }: { lang: string; dir: 'ltr' | 'rtl'; title: string; body: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML_NS}" xmlns:epub="${OPS_NS}" lang="${escapeAttr(lang)}" xml:lang="${escapeAttr(lang)}" dir="${dir}">
<head>
<meta charset="utf-8"/>
<title>${escapeText(title)}</title>
<link rel="stylesheet" type="text/css" href="css/epub.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}
