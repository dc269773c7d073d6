import { useState } from 'preact/hooks';
import { RECTIFY_LIMITS, type RectifyItem, type RectifyStatus } from '../../schemas/rectify.ts';
import type { ItemProblem } from '../../lib/action/rectify.ts';
import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { fieldLabel, short, statusLabel } from './labels.ts';

const t = translator({ ...commonStrings, ...rectifyStrings });

interface Props {
  item: RectifyItem;
  /** The status to move to: 已完成 or 已销号 (evidence asked), or 整改中 again (a reason asked). */
  to: RectifyStatus;
  /** The button's words for this move, also the form's heading. */
  action: string;
  /** Moves the item; returns the problem to show, or undefined when done. */
  onConfirm: (options: { evidence?: string; note?: string }) => ItemProblem | 'missing' | undefined;
  onCancel: () => void;
}

/** The small form for a status change that needs words: the completion evidence, or why an item is reopened. */
export default function StatusForm({ item, to, action, onConfirm, onCancel }: Props) {
  const reopening = to === 'doing';
  const [text, setText] = useState(reopening ? '' : item.evidence);
  const [problem, setProblem] = useState<string>('');
  const id = `status-${item.id}`;

  const message = (p: ItemProblem | 'missing'): string => {
    switch (p) {
      case 'evidenceRequired':
        return t('rectify.error.evidenceRequired');
      case 'evidenceTooLong':
        return t('rectify.error.tooLong', { field: fieldLabel('evidence'), max: RECTIFY_LIMITS.evidence, length: text.trim().length });
      case 'noteTooLong':
        return t('rectify.error.noteTooLong', { max: RECTIFY_LIMITS.note });
      case 'missing':
        return t('rectify.error.missing');
      case 'locked':
        return t('rectify.error.locked');
      default:
        return t('rectify.error.notAllowed', { from: statusLabel(item.status), to: statusLabel(to) });
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const found = onConfirm(reopening ? { note: text } : { evidence: text });
    if (!found) return;
    setProblem(message(found));
    document.getElementById(`${id}-text`)?.focus();
  };

  return (
    <form class="rectify-status-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} class="rectify-form-heading">{t('rectify.action.legend', { action, problem: short(item.problem) })}</p>
      <div class="rectify-field">
        <label for={`${id}-text`}>{reopening ? t('rectify.action.note') : fieldLabel('evidence')}</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setProblem('');
          }}
        />
        <p id={`${id}-hint`} class="field-hint">
          {reopening ? t('rectify.hint.max', { max: RECTIFY_LIMITS.note }) : t('rectify.hint.evidence', { max: RECTIFY_LIMITS.evidence })}
        </p>
        {problem && <p id={`${id}-error`} class="field-error" role="alert">{problem}</p>}
      </div>
      <div class="rectify-buttons">
        <button type="submit" class="button">{t('rectify.action.confirm')}</button>
        <button type="button" class="button secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
