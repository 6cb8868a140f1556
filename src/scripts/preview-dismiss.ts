// Optional enhancement: Escape closes a mention's preview card (WCAG 1.4.13,
// "dismissible") without moving focus. Previews open by CSS alone on hover and
// focus; with no JavaScript they simply cannot be dismissed by key.
const DISMISSED = 'data-dismissed';

function reset(event: Event): void {
  (event.target as Element).removeAttribute?.(DISMISSED);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelectorAll<HTMLElement>('.mention:focus-visible, .mention:hover, .cite:focus-visible, .cite:hover');
  open.forEach((mention) => mention.setAttribute(DISMISSED, ''));
});
document.addEventListener('focusout', reset, true);
document.addEventListener('mouseout', reset, true);
