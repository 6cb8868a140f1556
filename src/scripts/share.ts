// Optional enhancement for sharing. Without it every control is a plain link
// that works (a ¶ number links to the paragraph's short address, /p/<N>/, with
// its own link-preview card); with it:
//  - the ¶ numbers and the claim's # link open the system's share sheet where
//    the browser has one (phones), else copy their absolute address,
//  - "Copy citation" copies the claim's citation,
//  - selecting text in the article's paragraphs offers "Copy link to this
//    quote": a Text Fragment URL (#p<N>:~:text=…), whose #p<N> is the
//    fallback where the quote cannot be found. The generator (Google's
//    text-fragments-polyfill, ~7 KB gzip) loads only at the first selection.
// "Link copied" shows in a live region: seen, and read by screen readers.
// Deferred module, under 2 KB gzip; nothing on the page needs it. Its words come from the
// explainer's dictionary, compiled in at build time (src/i18n/script-messages.ts).
import * as words from 'virtual:explainer/ui/share';

// The Text Fragment syntax is one module, shared with the open data's links (src/model/text-fragments.ts).
import { encodeTextPart, textDirective, type Fragment } from '../model/text-fragments.ts';
export { encodeTextPart, textDirective, type Fragment };

type Generator = { generateFragment(s: Selection): { status: number; fragment: Fragment }; setTimeout(ms: number): void };

/**
 * "Copy link to this quote": once a selection in the article's paragraphs settles, a button under its end that
 * copies (through the page's click handler: it has data-copy) its Text Fragment URL, which the returned function gives.
 */
function offerQuoteLinks(doc: Document, abs: (href: string) => string): () => string {
  let quoteUrl = '';
  const quote = doc.createElement('button');
  quote.type = 'button';
  quote.className = 'quote-link';
  quote.dataset.copy = '';
  quote.dataset.notArticle = '';
  quote.textContent = words.quote;
  words.mark(quote, 'quote');
  quote.hidden = true;
  let generator: Promise<Generator> | undefined;
  let pending: ReturnType<typeof setTimeout>;
  const paragraph = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('.quoted [data-p]');

  doc.addEventListener('selectionchange', () => {
    clearTimeout(pending);
    // Never offer a link to a previous selection; offer anew once the selection settles.
    if (doc.activeElement !== quote || !getSelection()!.isCollapsed) quote.hidden = true;
    pending = setTimeout(async () => {
      const sel = getSelection()!;
      const range = sel.rangeCount ? sel.getRangeAt(0) : undefined;
      const first = range && !range.collapsed && paragraph(range.startContainer);
      const last = range && paragraph(range.endContainer);
      if (!first || !last) return;
      // The polyfill's self-contained ES module, emitted as a plain file (not bundled: no preload helper to ship).
      generator ??= import(/* @vite-ignore */ new URL('../../node_modules/text-fragments-polyfill/dist/fragment-generation-utils.js', import.meta.url).href);
      const { generateFragment, setTimeout: limit } = await generator;
      // The generator gives up after 500 ms by default: too little for a long claim page, with its notes, on a slow phone.
      limit(2000);
      // The generator reads hidden text too (mention preview cards), which no browser matches: set it aside meanwhile.
      const hidden = [...first.parentElement!.querySelectorAll('[data-not-article]')]
        .filter((el) => !el.getClientRects().length)
        .map((el) => [el, el.parentNode!, el.nextSibling] as const);
      for (const [el] of hidden) el.remove();
      let result: ReturnType<Generator['generateFragment']> | undefined;
      try {
        result = generateFragment(sel);
      } catch {
        // (times out on odd selections)
      }
      for (const [el, parent, next] of hidden.reverse()) parent.insertBefore(el, next);
      if (result?.status !== 0) return void (quote.hidden = true);
      quoteUrl = abs(`#${first.id}:~:${textDirective(result.fragment)}`);
      // In the DOM after the last paragraph (so Tab reaches it next); drawn under the selection's end.
      last.after(quote);
      quote.hidden = false;
      const box = last.parentElement!.getBoundingClientRect();
      const end = range.getClientRects();
      const at = end[end.length - 1] ?? range.getBoundingClientRect();
      quote.style.top = `${at.bottom - box.top + 4}px`;
      quote.style.left = `${Math.max(0, Math.min(at.right - box.left - quote.offsetWidth / 2, box.width - quote.offsetWidth))}px`;
    }, 250);
  });
  return () => quoteUrl;
}

function enhance(doc: Document): void {
  const clipboard = navigator.clipboard;
  if (!clipboard) return; // e.g. plain http: the links keep working as links
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
  const abs = (href: string) => new URL(href, canonical).href;

  // "Link copied" in a live region: seen, and read by screen readers.
  const status = doc.createElement('p');
  status.className = 'share-status';
  status.setAttribute('role', 'status');
  doc.body.append(status);
  let timer: ReturnType<typeof setTimeout>;
  const say = (text: string) => {
    status.textContent = '';
    clearTimeout(timer);
    // Empty first, so the same message twice is announced twice.
    timer = setTimeout(() => {
      status.textContent = text;
      timer = setTimeout(() => (status.textContent = ''), 4000);
    }, 50);
  };

  // The system's share sheet where there is one (phones, some desktops), else the clipboard.
  const canShare = typeof navigator.share === 'function';
  for (const a of doc.querySelectorAll<HTMLElement>('.pnum,.permalink')) {
    const n = a.dataset.n;
    a.setAttribute('aria-label', n ? (canShare ? words.shareParagraph : words.copyParagraph)({ n }) : canShare ? words.shareClaim : words.copyClaim);
    a.dataset.action = canShare ? words.shareAction : words.copyAction;
  }
  for (const b of doc.querySelectorAll<HTMLElement>('[data-copy]')) b.hidden = false;
  const quoteUrl = offerQuoteLinks(doc, abs);

  const copy = (text: string, citation: boolean) =>
    clipboard.writeText(text).then(
      () => {
        words.mark(status, citation ? 'citationCopied' : 'linkCopied');
        say(citation ? words.citationCopied : words.linkCopied);
      },
      () => {
        words.mark(status, citation ? 'citationFailed' : 'linkFailed');
        say((citation ? words.citationFailed : words.linkFailed)({ text }));
      },
    );
  doc.addEventListener('click', (e) => {
    const el = (e.target as Element).closest<HTMLElement>('.pnum,.permalink,[data-copy]');
    if (!el || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const href = el.getAttribute('href');
    const cite = el.dataset.copy && doc.getElementById(el.dataset.copy);
    const text = href ? abs(href) : cite ? cite.textContent!.trim() : quoteUrl();
    const what = !!cite;
    if (href && canShare) {
      const title = el.dataset.n ? `¶${el.dataset.n} · ${doc.title}` : doc.title;
      navigator.share({ title, url: text }).catch((error: DOMException) => {
        if (error.name !== 'AbortError') copy(text, what);
      });
      return;
    }
    copy(text, what);
  });
}

if (typeof document !== 'undefined') enhance(document);
