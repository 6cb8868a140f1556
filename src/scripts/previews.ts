// Optional enhancements for previews and notes; the page reads the same without them.
//  - Escape closes a preview shown by hover or keyboard focus (WCAG 1.4.13, "dismissible") without moving focus;
//    previews opened as popovers (a tap or click on a mark) close on Escape natively.
//  - A tap on a name or term opens its preview in place instead of leaving the page (the preview links on to the
//    entry's page); a mouse click still follows the link, whose preview hover already showed.
//  - Following a link to a note or a source that sits in a folded <details> opens it first.
const DISMISSED = 'data-dismissed';

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const el of document.querySelectorAll<HTMLElement>('.mention:is(:focus-visible, :hover), .cite:is(:focus-visible, :hover)')) el.setAttribute(DISMISSED, '');
});
const reset = (event: Event) => (event.target as Element).removeAttribute?.(DISMISSED);
document.addEventListener('focusout', reset, true);
document.addEventListener('mouseout', reset, true);

let touch = false;
document.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch' || event.pointerType === 'pen'), true);
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const mention = target.closest<HTMLAnchorElement>('a.mention');
  const preview = mention?.nextElementSibling as HTMLElement | null;
  if (mention && touch && preview?.hasAttribute('popover') && !event.defaultPrevented) {
    event.preventDefault();
    try {
      // Anchored to the name where the browser supports a source (CSS then places it under the name).
      (preview.showPopover as (options?: { source?: Element }) => void)({ source: mention });
    } catch {
      preview.showPopover();
    }
    return;
  }
  const link = target.closest<HTMLAnchorElement>('a[href^="#"]');
  if (link) unfold(link.hash);
});

/** Open the folded <details> around the element a fragment names, so following a link to it shows it. */
function unfold(hash: string): void {
  const el = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  for (let d = el?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}
addEventListener('hashchange', () => unfold(location.hash));
if (location.hash) unfold(location.hash);

// A mark's note opens on hover (a mouse resting on it) and on keyboard focus too, as a name's preview does; it
// closes when the pointer or the focus leaves both mark and note. A click, tap or Enter opens it without this script.
let closing: ReturnType<typeof setTimeout> | undefined;
const noteOf = (el: Element | null) => {
  const mark = el?.closest<HTMLButtonElement>('button.cite[popovertarget]');
  return mark ? { mark, note: document.getElementById(mark.getAttribute('popovertarget')!) } : undefined;
};
function open(mark: HTMLElement, note: HTMLElement | null): void {
  clearTimeout(closing);
  if (!note || note.matches(':popover-open')) return;
  try {
    (note.showPopover as (options?: { source?: Element }) => void)({ source: mark });
  } catch {
    note.showPopover();
  }
}
const later = (note: HTMLElement | null) => {
  clearTimeout(closing);
  closing = setTimeout(() => note?.matches(':popover-open:not(:hover):not(:focus-within)') && note.hidePopover(), 300);
};
document.addEventListener('pointerover', (event) => {
  if ((event as PointerEvent).pointerType !== 'mouse') return;
  const found = noteOf(event.target as Element);
  if (found) open(found.mark, found.note);
  else if ((event.target as Element).closest?.('.statement-notes > li:popover-open')) clearTimeout(closing);
});
document.addEventListener('pointerout', (event) => {
  if ((event as PointerEvent).pointerType !== 'mouse') return;
  const from = noteOf(event.target as Element)?.note ?? (event.target as Element).closest?.<HTMLElement>('.statement-notes > li:popover-open');
  if (from) later(from);
});
document.addEventListener('focusin', (event) => {
  const found = noteOf(event.target as Element);
  if (found?.mark.matches(':focus-visible')) open(found.mark, found.note);
});
document.addEventListener('focusout', (event) => {
  const found = noteOf(event.target as Element);
  if (found) later(found.note);
});
