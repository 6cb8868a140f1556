// Optional enhancements for previews and notes; the page reads the same without them.
//  - Escape closes a preview shown by hover or keyboard focus (WCAG 1.4.13, "dismissible") without moving focus;
//    popovers (a mark's note, a tapped name's preview) close on Escape natively.
//  - A tap on a name or term opens its preview in place instead of leaving the page (the preview links on to the
//    entry's page); a mouse click still follows the link, whose preview hover already showed.
//  - A mark's note opens on mouse hover and keyboard focus too (a click, tap or Enter opens it without this
//    script), and closes when pointer or focus has left both.
//  - Following a link to something in a folded <details> (a note, a source) opens it first.
const DISMISSED = 'data-dismissed';
const doc = document;
const on = doc.addEventListener.bind(doc);

/** Show a popover anchored to `source` where the browser can (CSS then places it under it). */
function pop(el: HTMLElement | null, source: Element): void {
  clearTimeout(closing);
  if (!el || el.matches(':popover-open')) return;
  try {
    (el.showPopover as (o?: { source?: Element }) => void)({ source });
  } catch {
    el.showPopover();
  }
}
let closing: ReturnType<typeof setTimeout> | undefined;
const later = (el: HTMLElement | null | undefined) => {
  clearTimeout(closing);
  closing = setTimeout(() => el?.matches(':popover-open:not(:hover,:focus-within)') && el.hidePopover(), 300);
};
const markOf = (t: EventTarget | null) => (t as Element).closest?.<HTMLElement>('button.cite[popovertarget]');
const noteOf = (mark: Element) => doc.getElementById(mark.getAttribute('popovertarget')!);
const openNote = (t: EventTarget | null) => (t as Element).closest?.<HTMLElement>('li:popover-open');

on('keydown', (e) => {
  if (e.key === 'Escape') for (const el of doc.querySelectorAll('.mention:is(:focus-visible,:hover)')) el.setAttribute(DISMISSED, '');
});
const reset = (e: Event) => (e.target as Element).removeAttribute?.(DISMISSED);
on('focusout', reset, true);
on('mouseout', reset, true);

let touch = false;
on('pointerdown', (e) => (touch = e.pointerType !== 'mouse'), true);
// Enter on a focused name follows its link, whatever pointer was used before.
on('keydown', () => (touch = false), true);
on('click', (e) => {
  const t = e.target as Element;
  const mention = t.closest<HTMLElement>('a.mention');
  if (mention && touch) {
    e.preventDefault();
    return pop(mention.nextElementSibling as HTMLElement, mention);
  }
  const link = t.closest<HTMLAnchorElement>('a[href^="#"]');
  if (link) unfold(link.hash);
});
on('pointerover', (e) => {
  if (e.pointerType !== 'mouse') return;
  const mark = markOf(e.target);
  if (mark) pop(noteOf(mark), mark);
  else if (openNote(e.target)) clearTimeout(closing);
});
on('pointerout', (e) => {
  const mark = markOf(e.target);
  if (e.pointerType === 'mouse') later(mark ? noteOf(mark) : openNote(e.target));
});
on('focusin', (e) => {
  const mark = markOf(e.target);
  if (mark?.matches(':focus-visible')) pop(noteOf(mark), mark);
});
on('focusout', (e) => {
  const mark = markOf(e.target);
  if (mark) later(noteOf(mark));
});

/** Open the folded <details> around the element a fragment names, so following a link to it shows it. */
function unfold(hash: string): void {
  const el = hash.length > 1 ? doc.getElementById(decodeURIComponent(hash.slice(1))) : null;
  for (let d = el?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}
addEventListener('hashchange', () => unfold(location.hash));
unfold(location.hash);
