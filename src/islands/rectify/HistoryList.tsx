import type { RectifyHistoryEntry } from '../../schemas/rectify.ts';
import { formatBeijingDateTime } from '../../lib/dates.ts';
import { isReopening } from '../../lib/action/rectify.ts';
import { translator } from '../../i18n/translator.ts';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { fieldLabel, statusLabel } from './labels.ts';

const t = translator(rectifyStrings);

/** One history entry in words. */
function describe(entry: RectifyHistoryEntry): string[] {
  switch (entry.kind) {
    case 'created':
      return [t('rectify.history.created', { status: statusLabel(entry.to ?? 'todo') })];
    case 'status': {
      const lines = [
        t('rectify.history.status', { from: statusLabel(entry.from!), to: statusLabel(entry.to!) }) +
          (entry.from && entry.to && isReopening(entry.from, entry.to) ? t('rectify.history.reopened') : ''),
      ];
      if (entry.evidence) lines.push(t('rectify.history.evidence', { text: entry.evidence }));
      if (entry.note) lines.push(t('rectify.history.note', { text: entry.note }));
      return lines;
    }
    case 'edited': {
      const fields = entry.fields ?? [];
      return [
        t('rectify.history.edited', { fields: fields.map(fieldLabel).join('、') }),
        ...fields.map((f) => t('rectify.history.before', { field: fieldLabel(f), value: entry.before?.[f] || t('rectify.history.blank') })),
      ];
    }
  }
}

/** An item's 变更记录, oldest first, collapsed until opened. Text is rendered as text. */
export default function HistoryList({ history }: { history: readonly RectifyHistoryEntry[] }) {
  return (
    <details class="rectify-history">
      <summary>{t('rectify.history.heading', { n: history.length })}</summary>
      <ol>
        {history.map((entry, i) => {
          const [first, ...more] = describe(entry);
          return (
            <li key={i}>
              <time dateTime={entry.at}>{formatBeijingDateTime(entry.at)}</time> {first}
              {more.map((line, j) => <span key={j} class="rectify-history-detail">{line}</span>)}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
