// The public corrections log as an Atom feed (RFC 4287, /corrections.atom): each entry of corrections.yaml,
// newest first as /method/ lists them, with what changed, why, and links to what it touched. An entry's id is
// its place on /method/ (#c<N>), which never changes (entries are only ever added at the end), so a feed
// reader shows each change once. Dates are days: an entry is stamped at midnight UTC of its day.
// Pure: takes the model, the site's address and the interface's words.
import type { Correction, Model } from '../../model/build.ts';
import { firstSentence } from '../../model/entries.ts';
import type { I18n } from '../../i18n/core.ts';
import { CORRECTIONS_FEED_URL, CORRECTIONS_URL, WHO_URL, correctionUrl } from '../../model/urls.ts';
import { escapeAttr } from '../escape.ts';
import { openingWords } from '../render/excerpt.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** The longest an entry's title is: the first sentence of what changed, cut at a word. */
const TITLE_CHARS = 140;

/** The feed as a page's <link rel="alternate"> names it, for feed readers to find (/method/, which shows the log, and the home page). */
export const correctionsFeedLink = (siteName: string, i18n: Pick<I18n, 't'>) => ({
  href: CORRECTIONS_FEED_URL,
  type: 'application/atom+xml',
  title: i18n.t('corrections.feedTitle', { site: siteName }),
});

/** A day (YYYY-MM-DD) as an Atom date: midnight UTC (RFC 3339). */
export const atomDate = (day: string): string => `${day}T00:00:00Z`;

/** The log newest first, entries of one day in reverse file order: the order /method/ shows. */
export const newestFirst = (log: readonly Correction[]): Correction[] =>
  log
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || b.i - a.i)
    .map((x) => x.c);

/** What an entry touched, as links (root-relative): its paragraphs, then actor pages, glossary terms, timeline events. */
export function correctionTouches(
  model: Pick<Model, 'paragraphs' | 'actors' | 'terms' | 'events'>,
  c: Correction,
  i18n: Pick<I18n, 't' | 'formatWhen'>,
): { href: string; label: string }[] {
  const find = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id)!;
  return [
    ...c.paragraphs.map((n) => ({ href: model.paragraphs[n - 1]!.href, label: `¶${n}` })),
    ...c.actors.map((id) => ({ href: find(model.actors, id).href, label: find(model.actors, id).name })),
    ...c.terms.map((id) => ({ href: find(model.terms, id).href, label: i18n.t('corrections.glossary', { term: find(model.terms, id).term }) })),
    ...c.events.map((id) => ({ href: find(model.events, id).href, label: i18n.t('corrections.timeline', { when: i18n.formatWhen(find(model.events, id)) }) })),
  ];
}

export function correctionsFeed(model: Model, site: URL | string, i18n: Pick<I18n, 't' | 'formatWhen'>): string {
  const abs = (path: string) => new URL(path, site).href;
  const { explainer } = model;
  const log = newestFirst(model.corrections);
  const touched = (c: Correction) => correctionTouches(model, c, i18n).map((t) => ({ ...t, href: abs(t.href) }));
  const html = (c: Correction) => {
    const links = touched(c);
    return [
      `<p>${escapeAttr(c.what)}</p>`,
      c.why ? `<p>${escapeAttr(i18n.t('method.why', { why: c.why }))}</p>` : '',
      `<p>${i18n.t('corrections.feedChanged', { what: links.length ? links.map((l) => `<a href="${escapeAttr(l.href)}">${escapeAttr(l.label)}</a>`).join(i18n.t('list.separator')) : escapeAttr(i18n.t('corrections.whole')) })}</p>`,
    ].join('');
  };
  const updated = log.length
    ? log
        .map((c) => c.date)
        .sort()
        .at(-1)!
    : explainer.reviewed;
  const entries = log.map(
    (c) => `  <entry>
    <id>${escapeAttr(abs(correctionUrl(c.id)))}</id>
    <title type="text">${escapeAttr(openingWords(firstSentence(c.what), TITLE_CHARS))}</title>
    <published>${atomDate(c.date)}</published>
    <updated>${atomDate(c.date)}</updated>
    <link rel="alternate" type="text/html" href="${escapeAttr(abs(correctionUrl(c.id)))}"/>
    <summary type="text">${escapeAttr(c.what)}</summary>
    <content type="html">${escapeAttr(html(c))}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="${ATOM_NS}" xml:lang="${escapeAttr(explainer.site.locale)}">
  <id>${escapeAttr(abs(CORRECTIONS_FEED_URL))}</id>
  <title type="text">${escapeAttr(correctionsFeedLink(explainer.site.name, i18n).title)}</title>
  <subtitle type="text">${escapeAttr(i18n.t('corrections.feedSubtitle'))}</subtitle>
  <updated>${atomDate(updated)}</updated>
  <author>
    <name>${escapeAttr(explainer.maker.name)}</name>
    <uri>${escapeAttr(abs(WHO_URL))}</uri>
  </author>
  <link rel="self" type="application/atom+xml" href="${escapeAttr(abs(CORRECTIONS_FEED_URL))}"/>
  <link rel="alternate" type="text/html" href="${escapeAttr(abs(CORRECTIONS_URL))}"/>
${entries.join('')}</feed>
`;
}
