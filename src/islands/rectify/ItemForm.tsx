import { useState } from 'preact/hooks';
import { type DraftProblems, type RectifyDraft } from '../../lib/action/rectify.ts';
import { RECTIFY_LIMITS, type RectifyEditable } from '../../schemas/rectify.ts';
import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { fieldLabel, problemText } from './labels.ts';

const t = translator({ ...commonStrings, ...rectifyStrings });

interface Props {
  /** Prefix of the form's element ids, unique on the page. */
  idPrefix: string;
  /** Heading of the form. */
  heading: string;
  /** Starting values. */
  initial: RectifyDraft;
  /** The earliest deadline allowed (the Beijing day the item was or is being created). */
  minDay: string;
  /** Whether to offer the evidence field (editing; adding starts without one). */
  withEvidence: boolean;
  /** Saves; returns the problems to show, or undefined when saved. */
  onSave: (draft: RectifyDraft) => DraftProblems | undefined;
  onCancel: () => void;
}

const TEXTAREAS: readonly RectifyEditable[] = ['problem', 'measures', 'evidence'];

/**
 * The 整改 item form (adding and editing). Checks run on save; each problem is shown in words
 * under its field, the field is marked invalid, and focus goes to the first one.
 */
export default function ItemForm({ idPrefix, heading, initial, minDay, withEvidence, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<RectifyDraft>(initial);
  const [problems, setProblems] = useState<DraftProblems>({});
  const fields: RectifyEditable[] = ['problem', 'measures', 'responsible', 'deadline', ...(withEvidence ? (['evidence'] as const) : [])];

  const submit = (event: Event) => {
    event.preventDefault();
    const found = onSave(draft);
    if (!found) return;
    setProblems(found);
    const first = fields.find((f) => found[f]);
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
  };

  const hint = (field: RectifyEditable): string => {
    if (field === 'deadline') return t('rectify.hint.deadline');
    if (field === 'evidence') return t('rectify.hint.evidence', { max: RECTIFY_LIMITS.evidence });
    return t('rectify.hint.max', { max: RECTIFY_LIMITS[field] });
  };

  const count = Object.keys(problems).length;
  return (
    <form class="rectify-form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`} class="rectify-form-heading">{heading}</h3>
      {fields.map((field) => {
        const id = `${idPrefix}-${field}`;
        const problem = problems[field];
        const common = {
          id,
          name: field,
          value: draft[field],
          'aria-invalid': problem ? ('true' as const) : undefined,
          'aria-describedby': `${id}-hint${problem ? ` ${id}-error` : ''}`,
          onInput: (e: Event) => {
            const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
            setDraft((d) => ({ ...d, [field]: value }));
            // The message goes once the member starts fixing the field; the next save checks again.
            if (problem) setProblems(({ [field]: _fixed, ...rest }) => rest);
          },
        };
        return (
          <div key={field} class="rectify-field">
            <label for={id}>
              {fieldLabel(field)}
              {field === 'problem' && <span class="required">{t('rectify.field.required')}</span>}
            </label>
            {TEXTAREAS.includes(field) ? (
              <textarea {...common} rows={field === 'problem' ? 3 : 2} />
            ) : field === 'deadline' ? (
              <input {...common} type="date" min={minDay} />
            ) : (
              <input {...common} type="text" autocomplete="off" />
            )}
            <p id={`${id}-hint`} class="field-hint">{hint(field)}</p>
            {problem && <p id={`${id}-error`} class="field-error">{problemText(field, problem)}</p>}
          </div>
        );
      })}
      {count > 0 && <p class="field-error" role="alert">{t('rectify.form.fix', { n: count })}</p>}
      <div class="rectify-buttons">
        <button type="submit" class="button">{t('rectify.form.save')}</button>
        <button type="button" class="button secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
