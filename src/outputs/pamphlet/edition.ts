// The offline formats' cover and colophon (the EPUB, ../epub/; the offline copy, ../offline/), from the model:
// this explainer (its name, who made it, how they stand to the article's publisher, where to report an error,
// when it was last reviewed) apart from the article it explains (title, publisher, date, author, address). The
// article's publisher is never shown as the explainer's publisher.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Model } from '../../model/build.ts';
import { METHOD_URL } from '../../model/urls.ts';
import { split, type I18n } from '../../i18n/core.ts';
import { modelI18n } from '../../i18n/node.ts';
import { createWorkSentences, plain } from '../../lib/render/work.ts';
import { classesOf, isElement } from './hast.ts';

type Value = string | { href: string; text: string } | { time: string; text: string };
export interface Fact {
  label: string;
  value: Value[];
}
export interface EditionFacts {
  name: string;
  /** The explainer's words for its interface (its locale's dictionary, i18n.yaml): the facts' labels, the colophon's sentences. */
  i18n: I18n;
  /** One line under the title: what it is, and which article (its publisher is in the article's facts, never this book's). */
  subtitle: string;
  /** The text's kind, as a sentence starts it ("The speech", "The speech’s"), and the heading of its facts. */
  work: { The: string; TheOf: string; heading: string };
  explainer: Fact[];
  article: Fact[];
  rights: string;
  reviewed: string;
}

/** When the explainer as a whole was last reviewed: explainer.yaml `reviewed`, or a claim's later correction. */
const lastReviewed = (model: Pick<Model, 'explainer' | 'claims'>): string =>
  [model.explainer.reviewed, ...model.claims.map((c) => c.reviewed)].sort().at(-1) ?? model.explainer.reviewed;

/** A contact address as a reader reads it: mailto: without the scheme. */
const contactText = (url: string) => (url.startsWith('mailto:') ? decodeURIComponent(url.slice('mailto:'.length).split('?')[0] ?? '') : url);

/** A message whose `{link}` is a link: its words around it, and the link. */
const withLink = (i18n: I18n, key: 'edition.noAddress' | 'edition.webAddress' | 'edition.readOnline', link: { href: string; text: string }): Value[] =>
  split(i18n.template(key)).map((p) => (typeof p === 'string' ? p : link));

/** Everything the cover and the colophon say, from the model, as text and links, in order, in the explainer's words (`i18n`). */
export function editionFacts(model: Pick<Model, 'explainer' | 'claims'>, site: URL, i18n: I18n = modelI18n(model).i18n): EditionFacts {
  const { t } = i18n;
  const { article, maker } = model.explainer;
  const { name } = model.explainer.site;
  const siteUrl = new URL('/', site);
  const method = new URL(METHOD_URL, siteUrl).href;
  const reviewed = lastReviewed(model);
  const work = createWorkSentences(i18n);
  const { capitalise, workForm } = i18n;
  return {
    name,
    i18n,
    subtitle: plain(work.explainerOfTitleParts(article)),
    work: { The: capitalise(workForm('the')), TheOf: capitalise(workForm('theOf')), heading: work.itExplainsHeading(article) },
    explainer: [
      { label: t('edition.name'), value: [name] },
      { label: t('edition.madeBy'), value: [maker.name] },
      { label: work.relationLabel(article), value: [maker.relation] },
      {
        label: t('edition.report'),
        value: maker.contact
          ? [{ href: maker.contact, text: contactText(maker.contact) }]
          : withLink(i18n, 'edition.noAddress', { href: method, text: method }),
      },
      { label: t('edition.reviewed'), value: [{ time: reviewed, text: i18n.formatDate(reviewed) }] },
      { label: t('edition.onWeb'), value: [{ href: siteUrl.href, text: siteUrl.href }] },
    ],
    // Who published or delivered it, where, when, its author and address: only what the content says.
    article: work.workFacts(article, { title: true }),
    rights: article.rights,
    reviewed,
  };
}

/** One fact's value as hast children. */
const valueNodes = (value: Value[]): ElementContent[] =>
  value.map((v) =>
    typeof v === 'string' ? { type: 'text', value: v } : 'time' in v ? h('time', { dateTime: v.time }, v.text) : h('a', { href: v.href }, v.text),
  );

/** A list of facts as a <dl> (the pamphlet's cover style). */
const factList = (facts: Fact[], className = 'pamphlet-facts'): Element =>
  h(
    'dl',
    { className: [className] },
    facts.map((f) => h('div', [h('dt', f.label), h('dd', valueNodes(f.value))])),
  );

/** The cover's facts: this explainer, then the article it explains, each under its own heading (ids: `idPrefix`-…). */
function coverFacts(facts: EditionFacts, idPrefix = 'cover'): Element {
  return h('div', { className: ['edition-facts'] }, [
    h('section', { ariaLabelledBy: `${idPrefix}-explainer` }, [
      h('h2', { id: `${idPrefix}-explainer`, className: ['edition-facts-title'] }, facts.i18n.t('edition.thisExplainer')),
      factList(facts.explainer),
    ]),
    h('section', { ariaLabelledBy: `${idPrefix}-article` }, [
      h('h2', { id: `${idPrefix}-article`, className: ['edition-facts-title'] }, facts.work.heading),
      factList(facts.article),
    ]),
  ]);
}

/**
 * Put the model's facts on the pamphlet's cover (the header.pamphlet-cover, or what a format made of it): the
 * subtitle and the facts list are the model's, so the cover never says "Publisher" of the article under the
 * explainer's own title. The paper cover's own fact blocks (.cover-block) give way to them.
 */
export function rewriteCover(cover: Element, facts: EditionFacts): void {
  const kids = cover.children;
  const drop = (n: ElementContent) =>
    isElement(n) && classesOf(n).some((c) => ['pamphlet-facts', 'pamphlet-subtitle', 'edition-facts', 'cover-block'].includes(c));
  const h1 = kids.findIndex((n) => isElement(n, 'h1'));
  if (h1 < 0) throw new Error('the pamphlet’s cover has no <h1>');
  const rest = kids.filter((n, i) => i > h1 && !drop(n));
  cover.children = [...kids.slice(0, h1 + 1), h('p', { className: ['pamphlet-subtitle'] }, facts.subtitle), coverFacts(facts), ...rest];
}

/** The colophon: about this edition (e.g. "This EPUB edition", made from `madeFrom`), what the explainer is and who made it, the article, rights. */
export function colophon(facts: EditionFacts, { edition, madeFrom }: { edition: string; madeFrom: string }): Element {
  const { t, template } = facts.i18n;
  // "{edition} of {name} was made from its pamphlet on the web, {link}.": the name quoted as the language quotes.
  const made = split(template('edition.madeFrom')).map((p) =>
    typeof p === 'string' ? p : p.name === 'link' ? h('a', { href: madeFrom }, madeFrom) : p.name === 'edition' ? edition : t('quote', { text: facts.name }),
  );
  return h('section', { className: ['pamphlet-appendix', 'edition-colophon'], id: 'colophon', ariaLabelledBy: 'colophon-title' }, [
    h('h2', { id: 'colophon-title' }, t('edition.about')),
    h('p', made),
    h('h3', { id: 'colophon-explainer' }, t('edition.thisExplainer')),
    factList(facts.explainer),
    h('h3', { id: 'colophon-article' }, facts.work.heading),
    factList(facts.article),
    h('p', { className: ['pamphlet-note'] }, facts.rights),
  ]);
}
