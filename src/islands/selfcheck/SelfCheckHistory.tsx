import { checkDateTime, summarize } from '../../lib/action/selfcheck.ts';
import type { SelfcheckRecord } from '../../schemas/selfcheck.ts';
import { translator } from '../../i18n/translator.ts';
import selfcheckStrings from 'virtual:zh-CN/selfcheck';

const t = translator(selfcheckStrings);

interface Props {
  /** Oldest first, as stored; shown newest first. */
  checks: SelfcheckRecord[];
  /** The check on screen, if any. */
  viewing?: string;
  onView: (id: string) => void;
  onDelete: (check: SelfcheckRecord) => void;
}

/** Every submitted check with its date, score and gaps; each can be opened or deleted (after asking). */
export default function SelfCheckHistory({ checks, viewing, onView, onDelete }: Props) {
  return (
    <section class="selfcheck-history action-no-print" aria-labelledby="selfcheck-history-title">
      <h2 id="selfcheck-history-title">{t('selfcheck.history.title')}</h2>
      {checks.length === 0 ? (
        <p class="muted">{t('selfcheck.history.none')}</p>
      ) : (
        <>
          <p class="muted">{t('selfcheck.history.count', { n: checks.length })}</p>
          <ol class="selfcheck-history-list" reversed>
            {[...checks].reverse().map((check) => {
              const s = summarize(check);
              const when = checkDateTime(check.at);
              const current = check.id === viewing;
              return (
                <li key={check.id} data-history={check.id} aria-current={current ? 'true' : undefined}>
                  <span class="selfcheck-history-when">{when}</span>
                  <span>{t('selfcheck.history.summary', { score: s.score, gaps: s.gaps.length })}</span>
                  <span class="action-toolbar">
                    {current ? (
                      <span class="action-pill">{t('selfcheck.history.viewing')}</span>
                    ) : (
                      <button type="button" class="button secondary small" onClick={() => onView(check.id)} aria-label={t('selfcheck.history.viewOne', { when })}>
                        {t('selfcheck.history.view')}
                      </button>
                    )}
                    <button type="button" class="button secondary small" onClick={() => onDelete(check)} aria-label={t('selfcheck.history.deleteOne', { when })}>
                      {t('selfcheck.history.delete')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
