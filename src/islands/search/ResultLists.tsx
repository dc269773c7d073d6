import { useEffect, useRef } from 'preact/hooks';
import type { ExactGroup, RelatedResult } from '../../lib/search/exact.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { QuickTarget } from '../../lib/search/quick-jump-types.ts';
import { translator } from '../../i18n/translator.ts';
import searchStrings from 'virtual:zh-CN/search';

const t = translator(searchStrings);

/** Excerpt pieces as text nodes; matched words in <mark>. Never HTML from the index. */
function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/** Direct jumps above the results. */
export function QuickList({ quick, prefix }: { quick: QuickTarget[]; prefix: string }) {
  if (quick.length === 0) return null;
  return (
    <section class="search-quick" aria-labelledby={`${prefix}-quick-title`}>
      <h2 id={`${prefix}-quick-title`} class="search-heading">{t('search.quick')}</h2>
      <ul aria-label={t('search.quickList')} data-search-quick>
        {quick.map((q) => (
          <li key={q.href}>
            <a href={q.href} data-search-nav>
              <strong>{q.label}</strong>
              <span class="muted"> {q.detail}</span>
              {!q.available && <span class="tag">{t('search.quickUnavailable')}</span>}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Exact hits grouped under their document, as one list with an accessible name. */
export function ExactList({ groups, query, prefix }: { groups: ExactGroup[]; query: string; prefix: string }) {
  return (
    <section data-search-results="exact" aria-labelledby={groups.length > 0 ? `${prefix}-exact-title` : undefined}>
      {groups.length > 0 && <h2 id={`${prefix}-exact-title`} class="search-heading">{t('search.exact')}</h2>}
      {groups.length > 0 && (
        <ol class="search-groups" aria-label={t('search.resultsList', { query })}>
          {groups.map((g) => (
            <li key={g.url}>
              <p class="search-doc">{g.title}</p>
              <ul class="search-hits">
                {g.hits.map((h) => (
                  <li key={h.href}>
                    <a href={h.href} data-search-nav class="search-hit">
                      <span class="search-hit-title">{h.title}</span>
                      <span class="search-hit-text"><Excerpt parts={h.excerpt} /></span>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Loose matches, clearly labelled as not exact. */
export function RelatedList({ related, query, prefix }: { related: RelatedResult[]; query: string; prefix: string }) {
  if (related.length === 0) return null;
  return (
    <section data-search-results="related" aria-labelledby={`${prefix}-related-title`} class="search-related">
      <h2 id={`${prefix}-related-title`} class="search-heading">{t('search.related')}</h2>
      <p class="muted">{t('search.relatedNote')}</p>
      <ul aria-label={t('search.relatedList', { query })}>
        {related.map((r) => (
          <li key={r.href}>
            <a href={r.href} data-search-nav class="search-hit">
              <span class="search-hit-title">{r.title}</span>
              <span class="search-hit-text">{r.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The exact result links of a search panel, in order: where focus goes after 加载更多. */
function resultLinks(root: ParentNode): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('[data-search-results="exact"] a[data-search-nav]')];
}

/**
 * 加载更多, below the exact results while unchecked candidates remain. It also loads when it
 * scrolls into view, but only after it has been out of view (a short first screen does not load
 * the rest by itself) and not when focus brought it there. After a load the member asked for
 * with the button, focus moves to the first new result (the button may be gone: the list is
 * complete), so the keyboard continues there. When the last load failed (`failed`: a page could
 * not be fetched, `offline` when the device seems to have no network), a message says so next to
 * the button, which then reads 重试; scrolling does not retry by itself.
 */
export function MoreResults({
  show,
  loading,
  failed = false,
  offline = false,
  onMore,
}: {
  show: boolean;
  loading: boolean;
  failed?: boolean;
  offline?: boolean;
  onMore: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const more = useRef(onMore);
  more.current = onMore;
  const failedNow = useRef(failed);
  failedNow.current = failed;
  // The panel and how many results it had when the button was pressed; null when focus is not to move.
  const focusFrom = useRef<{ root: ParentNode; from: number } | null>(null);

  useEffect(() => {
    const el = button.current;
    if (!show || !el || typeof IntersectionObserver === 'undefined') return;
    let wasOutside = false;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) wasOutside = true;
        // Focus scrolls the button into view too: a keyboard user then presses it (and focus follows).
        else if (wasOutside && document.activeElement !== el && !failedNow.current) {
          wasOutside = false;
          more.current();
        }
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [show]);

  // After every render, not on a change of `loading`: a quick load can start and end between two
  // renders, which would then never see it loading.
  useEffect(() => {
    const pressed = focusFrom.current;
    if (loading || pressed === null) return;
    focusFrom.current = null;
    const focused = document.activeElement;
    // Only when focus is still on the button, or was dropped with it: never pull it from elsewhere.
    if (focused && focused !== document.body && focused !== button.current) return;
    const links = resultLinks(pressed.root);
    (links[pressed.from] ?? links.at(-1))?.focus();
  });

  if (!show) return null;
  return (
    <p class="search-more">
      {failed && !loading && (
        <span class="notice search-more-error" role="alert" data-search-more-error>
          {offline ? t('search.moreOffline') : t('search.moreError')}
        </span>
      )}
      <button
        ref={button}
        type="button"
        class="button secondary"
        data-search-more
        data-search-nav
        aria-disabled={loading ? 'true' : undefined}
        onClick={(e) => {
          if (loading) return;
          const root = e.currentTarget.closest('[data-search-root]') ?? document;
          focusFrom.current = { root, from: resultLinks(root).length };
          onMore();
        }}
      >
        {loading ? t('search.loadingMore') : failed ? t('search.retry') : t('search.more')}
      </button>
    </p>
  );
}
