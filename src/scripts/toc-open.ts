// The table of contents is folded on phones to keep the text first; on wide screens there is room.
const toc = document.querySelector<HTMLDetailsElement>('[data-toc]');
if (toc && window.matchMedia('(min-width: 64rem)').matches) toc.open = true;
