import type { ExactGroup, RelatedResult } from '../../lib/search/exact.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { QuickTarget } from '../../lib/search/quick-jump.ts';
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
