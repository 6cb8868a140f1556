// Our notes as W3C Web Annotations (/annotations.jsonld): one annotation per statement of the article, whose
// target is the statement on the ORIGINAL article's page (its address, and a TextQuoteSelector: the exact
// words with a little of the paragraph before and after), so an annotation client can show our evidence on
// the publisher's own page. Its bodies say the status, our notes on each source (with the source's own words
// where the research gives them), and link our note and each source. One AnnotationCollection holding one
// AnnotationPage (Web Annotation Protocol, §4). Pure: takes the model and the site's address.
import type { Model, Statement } from '../../model/build.ts';
import { isRated } from '../../model/citations.ts';
import { textQuote } from '../../model/text-fragments.ts';
import { ANNOTATION_PAGE_URL, ANNOTATIONS_URL, annotationUrl, WHO_URL, claimUrl, noteUrl } from '../../model/urls.ts';
import { STATUS_MEANING, STATUS_WORDS } from '../render/status.ts';

/** The Web Annotation JSON-LD context: its terms (`body`, `target`, `exact`…) are what annotation clients read. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/**
 * The Web Annotation Vocabulary's motivation for assessing a target (oa:assessing), written as a compact IRI:
 * the published context defines no `assessing` term (it kept an older `reviewing`), so the bare word would not
 * expand to the vocabulary's IRI.
 */
export const ASSESSING = 'oa:assessing';

type Node = Record<string, unknown>;

/** The support entry's excerpt, where its content has one (read as optional, whatever the schema). */
type ExcerptFields = { excerpt?: string };

export function annotationCollection(model: Model, site: URL | string): Node {
  const abs = (path: string) => new URL(path, site).href;
  const { explainer } = model;
  const language = explainer.site.locale;
  const collection = abs(ANNOTATIONS_URL);
  const maker = abs(WHO_URL);
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  const text = (value: string, purpose: string): Node => ({ type: 'TextualBody', purpose, value, format: 'text/plain', language });

  const annotation = (x: Statement): Node => {
    const p = model.paragraphs[x.paragraph - 1]!;
    const rated = isRated(x.status);
    const notes = x.sources.map((c) => {
      const s = sources.get(c.id)!;
      const excerpt = (s.supports.find((e) => e.paragraph === x.paragraph && e.quote === x.quote) as ExcerptFields | undefined)?.excerpt;
      const parts = [
        `[${c.number}] ${s.label} (${s.publisher}): ${c.note}`,
        c.caveat && `Caveat: ${c.caveat}`,
        c.context && `What the article leaves out: ${c.context}`,
        excerpt && `The source says: “${excerpt}”`,
      ];
      return text(parts.filter(Boolean).join(' '), 'commenting');
    });
    return {
      id: abs(annotationUrl(x.id)),
      type: 'Annotation',
      motivation: rated ? ASSESSING : 'commenting',
      creator: maker,
      body: [
        text(`${STATUS_WORDS[x.status]}: ${STATUS_MEANING[x.status]}`, rated ? ASSESSING : 'classifying'),
        ...(x.note ? [text(x.note, 'commenting')] : []),
        ...notes,
        // Our note on the claim page, then each source itself.
        { id: abs(noteUrl(p.claim, x.noteOf)), type: 'Text', format: 'text/html', language },
        ...x.sources.map((c) => ({ id: sources.get(c.id)!.url, type: 'Text' })),
      ],
      target: {
        // The original's own page; a text with no address is annotated where its words are published, on our page.
        source: explainer.article.url ?? abs(claimUrl(p.claim)),
        selector: { type: 'TextQuoteSelector', ...textQuote({ text: p.text, start: x.start, end: x.end }) },
      },
    };
  };

  const items = Object.values(model.statements)
    .flat()
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map(annotation);
  return {
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: `${explainer.site.name}: our notes on the statements of the article`,
    creator: { id: maker, type: 'Organization', name: explainer.maker.name },
    total: items.length,
    first: { id: abs(ANNOTATION_PAGE_URL), type: 'AnnotationPage', partOf: collection, startIndex: 0, items },
  };
}
