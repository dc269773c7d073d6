import { useEffect, useState } from 'preact/hooks';
import {
  THRESHOLD_FIELDS,
  THRESHOLD_LIMITS,
  parseThresholds,
  thresholdInput,
  type ThresholdField,
  type ThresholdInput,
  type ThresholdProblem,
  type Thresholds,
} from '../../../lib/archive/branch/thresholds.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

interface Props {
  /** The standards in force. */
  value: Thresholds;
  /** Called with new standards once every field is valid. */
  onApply: (value: Thresholds) => void;
}

const LABEL_KEYS = {
  studyMinutes: 'archive.branch.thresholds.studyMinutes',
  attendanceDays: 'archive.branch.thresholds.attendanceDays',
  examScore: 'archive.branch.thresholds.examScore',
  docs: 'archive.branch.thresholds.docs',
} as const satisfies Record<ThresholdField, string>;

function problemText(problem: ThresholdProblem): string {
  return problem.code === 'notNumber' ? t('archive.branch.thresholds.notNumber') : t('archive.branch.thresholds.range', { max: problem.max });
}

/**
 * 达标标准: four optional figures and whether overdue 整改 counts. Checked when applied: a wrong
 * field is marked and explained next to it, and nothing changes until all are right.
 */
export default function ThresholdsForm({ value, onApply }: Props) {
  const [input, setInput] = useState<ThresholdInput>(() => thresholdInput(value));
  const [problems, setProblems] = useState<Partial<Record<ThresholdField, ThresholdProblem>>>({});
  const [message, setMessage] = useState('');
  // The stored standards arrive after hydration (and from other tabs): show them.
  const stored = JSON.stringify(value);
  useEffect(() => setInput(thresholdInput(value)), [stored]);

  const submit = (e: Event) => {
    e.preventDefault();
    const result = parseThresholds(input);
    if (!result.ok) {
      setProblems(result.problems);
      setMessage(t('archive.branch.thresholds.invalid', { count: Object.keys(result.problems).length }));
      return;
    }
    setProblems({});
    onApply(result.value);
    setMessage(t('archive.branch.thresholds.applied'));
  };

  return (
    <form class="branch-thresholds" onSubmit={submit} noValidate aria-labelledby="branch-thresholds-heading">
      <h3 id="branch-thresholds-heading">{t('archive.branch.thresholds.heading')}</h3>
      <p class="muted" id="branch-thresholds-lead">{t('archive.branch.thresholds.lead')}</p>
      <div class="branch-threshold-fields">
        {THRESHOLD_FIELDS.map((field) => {
          const problem = problems[field];
          const errorId = `branch-threshold-${field}-error`;
          return (
            <div class="field" key={field}>
              <label for={`branch-threshold-${field}`}>{t(LABEL_KEYS[field])}</label>
              <input
                id={`branch-threshold-${field}`}
                name={field}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={6}
                maxLength={String(THRESHOLD_LIMITS[field]).length + 2}
                value={input[field]}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? errorId : undefined}
                onInput={(e) => setInput({ ...input, [field]: e.currentTarget.value })}
              />
              {problem && (
                <p id={errorId} class="branch-field-error">{problemText(problem)}</p>
              )}
            </div>
          );
        })}
      </div>
      <label class="branch-check">
        <input type="checkbox" checked={input.flagOverdue} onChange={(e) => setInput({ ...input, flagOverdue: e.currentTarget.checked })} />
        {t('archive.branch.thresholds.flagOverdue')}
      </label>
      <div class="branch-actions">
        <button type="submit" class="button">{t('archive.branch.thresholds.apply')}</button>
      </div>
      <p class="branch-form-message" role="status" data-branch-thresholds-message>{message}</p>
    </form>
  );
}
