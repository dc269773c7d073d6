import { checkDate, checkDateTime, compareChecks, itemNumber, pendingGaps, summarize } from '../../lib/action/selfcheck.ts';
import { LISTS, RATINGS, type SelfcheckRecord } from '../../schemas/selfcheck.ts';
import { translator } from '../../i18n/translator.ts';
import selfcheckStrings from 'virtual:zh-CN/selfcheck';
import { itemPlace, listName, ratingLabel, type ListProps } from './words.ts';

const t = translator(selfcheckStrings);

interface Props {
  lists: ListProps[];
  check: SelfcheckRecord;
  /** The check before it, for the comparison; absent for the first. */
  previous?: SelfcheckRecord;
  /** `originRef`s already on the 整改清单. */
  sent: ReadonlySet<string>;
  /** Puts these gap items on the 整改清单. */
  onSend: (itemIds: string[]) => void;
  /** Starts (or goes back to) the form. */
  onAgain: () => void;
  /** Whether a draft is waiting, so the button says 继续填写. */
  hasDraft: boolean;
  /** The unit's name, printed at the top of the record. */
  unitName: string;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The comparison with the check before: score change, items better and worse, how many the same. */
function Comparison({ lists, check, previous }: Pick<Props, 'lists' | 'check'> & { previous: SelfcheckRecord }) {
  const c = compareChecks(previous, check);
  const from = summarize(previous).score;
  const to = summarize(check).score;
  const change = (x: (typeof c.better)[number]) => (
    <li key={x.id}>
      {t('selfcheck.compare.change', { place: itemPlace(x.list, x.id, lists), text: x.text, from: ratingLabel(x.list, x.from), to: ratingLabel(x.list, x.to) })}
    </li>
  );
  return (
    <section class="selfcheck-compare action-no-print" aria-labelledby="selfcheck-compare-title" data-compare>
      <h3 id="selfcheck-compare-title">{t('selfcheck.compare.title', { date: checkDate(previous) })}</h3>
      <p data-score-change={c.scoreChange}>
        {c.scoreChange === 0 ? t('selfcheck.compare.scoreSame', { score: to }) : t('selfcheck.compare.score', { from, to, change: signed(c.scoreChange) })}
      </p>
      <h4>{t('selfcheck.compare.better', { n: c.better.length })}</h4>
      {c.better.length > 0 ? <ul data-better>{c.better.map(change)}</ul> : <p class="muted">{t('selfcheck.compare.noneBetter')}</p>}
      <h4>{t('selfcheck.compare.worse', { n: c.worse.length })}</h4>
      {c.worse.length > 0 ? <ul data-worse>{c.worse.map(change)}</ul> : <p class="muted">{t('selfcheck.compare.noneWorse')}</p>}
      <p data-same={c.same.length}>{t('selfcheck.compare.same', { n: c.same.length })}</p>
      {(c.added.length > 0 || c.dropped.length > 0) && <p class="muted">{t('selfcheck.compare.listsChanged', { added: c.added.length, dropped: c.dropped.length })}</p>}
    </section>
  );
}

/** A submitted check: score and counts, comparison, gaps to send to the 整改清单, and the printable record. */
export default function SelfCheckResult({ lists, check, previous, sent, onSend, onAgain, hasDraft, unitName }: Props) {
  const summary = summarize(check);
  const pending = pendingGaps(check, sent);
  const pendingIds = new Set(pending.map((i) => i.id));
  const when = checkDateTime(check.at);
  return (
    <section class="selfcheck-result" aria-labelledby="selfcheck-result-title" data-check={check.id}>
      <div class="action-no-print">
        <h2 id="selfcheck-result-title" tabIndex={-1}>{t('selfcheck.result.title')}</h2>
        <div class="action-toolbar selfcheck-result-head">
          <p class="muted">{t('selfcheck.result.when', { when })}</p>
          <button type="button" class="button secondary small" onClick={onAgain}>{hasDraft ? t('selfcheck.result.continue') : t('selfcheck.result.again')}</button>
        </div>
        <div class="selfcheck-score card">
          <p class="selfcheck-score-line">
            {t('selfcheck.result.scoreLabel')}
            <strong data-score={summary.score}>{summary.score}</strong>
            <span class="muted">{t('selfcheck.result.scoreMax')}</span>
          </p>
          <ul class="selfcheck-counts">
            {LISTS.map((list) => (
              <li key={list} data-counts={list}>
                <span class="selfcheck-counts-list">{listName(list, lists)}</span>
                {RATINGS.map((r) => (
                  <span key={r} class={`action-pill rating-${r}`}>{t('selfcheck.result.count', { label: ratingLabel(list, r), n: summary.counts[list][r] })}</span>
                ))}
              </li>
            ))}
          </ul>
          <p class="selfcheck-score-help muted">{t('selfcheck.result.scoreHelp')}</p>
        </div>

        {previous ? <Comparison lists={lists} check={check} previous={previous} /> : <p class="muted">{t('selfcheck.compare.first')}</p>}

        <section class="selfcheck-gaps" aria-labelledby="selfcheck-gaps-title">
          <h3 id="selfcheck-gaps-title">{t('selfcheck.gaps.title', { n: summary.gaps.length })}</h3>
          {summary.gaps.length === 0 ? (
            <p>{t('selfcheck.gaps.none')}</p>
          ) : (
            <>
              <p class="muted">{t('selfcheck.gaps.lead')}</p>
              <ul class="selfcheck-gap-list">
                {summary.gaps.map((item) => (
                  <li key={item.id} data-gap={item.id}>
                    <span>
                      <span class="selfcheck-gap-place">{itemPlace(item.list, item.id, lists)}</span>“{item.text}”：<strong>{ratingLabel(item.list, item.rating)}</strong>
                    </span>
                    {pendingIds.has(item.id) ? (
                      <button type="button" class="button small" onClick={() => onSend([item.id])} aria-label={t('selfcheck.gaps.sendOne', { place: itemPlace(item.list, item.id, lists) })}>
                        {t('selfcheck.gaps.send')}
                      </button>
                    ) : (
                      <span class="action-pill done" data-sent>{t('selfcheck.gaps.sent')}</span>
                    )}
                  </li>
                ))}
              </ul>
              <div class="action-toolbar">
                {pending.length > 1 && (
                  <button type="button" class="button" onClick={() => onSend(pending.map((i) => i.id))}>{t('selfcheck.gaps.sendAll', { n: pending.length })}</button>
                )}
                <a href="/action/rectify/">{t('selfcheck.gaps.open')}</a>
              </div>
            </>
          )}
        </section>
      </div>

      <section class="selfcheck-record" aria-labelledby="selfcheck-record-title">
        <div class="action-toolbar action-no-print">
          <button type="button" class="button secondary" data-print onClick={() => window.print()}>{t('selfcheck.record.print')}</button>
          <span class="muted">{t('selfcheck.record.printHint')}</span>
        </div>
        <header class="selfcheck-record-head">
          <p class="action-print-only">{unitName}</p>
          <h3 id="selfcheck-record-title">{t('selfcheck.record.title')}</h3>
          <p>
            {t('selfcheck.record.date', { date: when })}
            <span class="action-print-only">{t('selfcheck.record.name')}</span>
          </p>
          <p>{t('selfcheck.record.score', { score: summary.score })}</p>
        </header>
        <table class="selfcheck-record-table">
          <thead>
            <tr>
              <th scope="col">{t('selfcheck.record.item')}</th>
              <th scope="col">{t('selfcheck.record.rating')}</th>
            </tr>
          </thead>
          {LISTS.map((list) => (
            <tbody key={list}>
              <tr>
                <th scope="colgroup" colSpan={2} class="selfcheck-record-list">{listName(list, lists)}</th>
              </tr>
              {check.items.filter((i) => i.list === list).map((item) => (
                <tr key={item.id} data-record-item={item.id}>
                  <td>
                    {t('selfcheck.item.legend', { n: itemNumber(item.id), text: item.text })}
                    {item.note && <span class="selfcheck-record-note">{t('selfcheck.record.note', { note: item.note })}</span>}
                  </td>
                  <td class={`rating-${item.rating}`}>{ratingLabel(list, item.rating)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
        <p class="action-print-only selfcheck-sign">{t('selfcheck.record.sign')}</p>
      </section>
    </section>
  );
}
