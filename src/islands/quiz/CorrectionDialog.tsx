import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import type { Contact } from './CorrectionButton.tsx';
import { correctionMailto, correctionReport } from '../../lib/quiz/correction.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizCorrectionStrings from 'virtual:zh-CN/quizCorrection';
import { closeDialog, isDialogOpen, showDialog } from '../common/dialog.ts';

const t = translator({ ...quizStrings, ...quizCorrectionStrings });

/** What the 纠错 dialog needs. */
export interface CorrectionDialogProps {
  question: QuizQuestion;
  contact: Contact;
  /** Counts the member's clicks on 纠错: each new value opens the dialog. */
  opening: number;
}

/**
 * 纠错: an in-page dialog (WeChat blocks window.prompt) where the member adds a note and gets a
 * report to copy, or to e-mail when the branch has set an address. Nothing is sent by the site.
 * Loaded by `CorrectionButton` on first use.
 */
export default function CorrectionDialog({ question, contact, opening }: CorrectionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (opening > 0 && dialog.current && !isDialogOpen(dialog.current)) showDialog(dialog.current);
  }, [opening]);
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const report = correctionReport(question, new URL(question.href, location.href).href, note);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <dialog ref={dialog} class="quiz-dialog" aria-labelledby={`fix-${question.id}`} onClose={() => setCopied('')}>
      <h2 id={`fix-${question.id}`}>{t('quiz.correction.title')}</h2>
      <p>{t('quiz.correction.lead', { contact: contact.name })}</p>
      <label class="field">
        <span>{t('quiz.correction.note')}</span>
        <textarea rows={3} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('quiz.correction.report')}</span>
        <textarea rows={7} readOnly value={report} data-correction-report />
      </label>
      <p role="status">{copied === 'ok' ? t('quiz.correction.copied') : copied === 'failed' ? t('quiz.correction.copyFailed') : ''}</p>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={copy}>{t('quiz.correction.copy')}</button>
        {contact.email && (
          <a class="button secondary" href={correctionMailto(contact.email, t('quiz.correction.subject', { id: question.id }), report)}>
            {t('quiz.correction.mail')}
          </a>
        )}
        <button type="button" class="button secondary" onClick={() => closeDialog(dialog.current)}>{t('quiz.close')}</button>
      </div>
    </dialog>
  );
}
