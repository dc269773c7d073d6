import { useEffect, useState } from 'preact/hooks';
import { $profile } from '../../stores/profile.ts';
import { beijingYearOf, monthlyTasksDone, yearByMonth, yearsWithData } from '../../lib/archive/dashboard.ts';
import { notesByDocument } from '../../lib/notes/group.ts';
import { overdueDays } from '../../lib/action/rectify.ts';
import { beijingDay, formatPartialDate } from '../../lib/dates.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import notesStrings from 'virtual:zh-CN/notes';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { formatDuration } from './duration.ts';
import type { ArchiveProps } from './types.ts';
import { useArchiveStores } from './use-archive-stores.ts';
import { useArchiveDocs } from './use-archive-docs.ts';
import DocListError from './DocListError.tsx';

const t = translator({ ...archiveStrings, ...notesStrings, ...rectifyStrings });

const dayOf = (iso: string) => formatPartialDate(beijingDay(new Date(iso)));

/**
 * The printable A4 学习档案 of one year: study time and 学习考勤 by month, documents completed,
 * plan tasks, exams, self-checks, rectifications and notes. The controls (year, name, 打印) are
 * not printed. Everything comes from this browser's stores; the name typed here is not saved.
 * Document titles and heading order come from the cached /documents.json and
 * /archive/outline.json (only with notes); the paper waits for them.
 */
export default function ArchivePrint({ roles, tasks, unitName }: Omit<ArchiveProps, 'docs'>) {
  const [mounted, setMounted] = useState(false);
  const [year, setYear] = useState(0);
  const [name, setName] = useState('');
  useEffect(() => {
    setYear(Number(beijingDay(new Date()).slice(0, 4)));
    setName($profile.get().name ?? '');
    setMounted(true);
  }, []);
  const { activity, reading, settings, quiz, notes, plan, selfcheck, rectify } = useArchiveStores();
  const loaded = useArchiveDocs(mounted, Object.keys(notes.notes).length > 0);
  if (loaded.status === 'error') return <DocListError retry={loaded.retry} />;
  if (!mounted || loaded.status !== 'ready') return <p class="archive-loading" role="status">{t('archive.loading')}</p>;
  const docs = loaded.value;

  const now = new Date();
  const thisYear = Number(beijingDay(now).slice(0, 4));
  const role = roles.find((r) => r.id === settings.role);
  const track = role?.track ?? 'all';
  const inYear = (iso: string) => beijingYearOf(iso) === year;
  const years = yearsWithData(
    [
      ...Object.values(reading.docs).flatMap((d) => (d.learnedAt ? [d.learnedAt] : [])),
      ...quiz.exams.map((e) => e.finishedAt),
      ...selfcheck.checks.map((c) => c.at),
      ...rectify.items.map((i) => i.createdAt),
      ...Object.values(notes.notes).map((n) => n.created),
      ...Object.values(plan.tasks),
    ],
    [...Object.keys(activity.days), ...Object.keys(quiz.daily)],
    thisYear,
  );
  const months = yearByMonth(activity.days, Object.keys(quiz.daily), year);
  const monthTasks = monthlyTasksDone(tasks, plan.tasks, track, year);
  const hasTasks = monthTasks.some((m) => m.total > 0);
  const sum = (pick: (i: number) => number) => months.reduce((s, _m, i) => s + pick(i), 0);
  const learned = docs.flatMap((d) => {
    const at = reading.docs[d.id]?.learnedAt;
    return at && inYear(at) ? [{ doc: d, at }] : [];
  });
  const exams = quiz.exams.filter((e) => inYear(e.finishedAt));
  const checks = selfcheck.checks.filter((c) => Number(c.day.slice(0, 4)) === year);
  // An item belongs to the year it was added in, and an item still open shows every year until it is done.
  const items = rectify.items.filter((i) => inYear(i.createdAt) || (year === thisYear && (i.status === 'todo' || i.status === 'doing')));
  const yearNotes = Object.fromEntries(Object.entries(notes.notes).filter(([, n]) => inYear(n.created) || inYear(n.updated)));
  const noteGroups = notesByDocument(yearNotes, docs.map((d) => d.id), Object.fromEntries(docs.map((d) => [d.id, d.anchors])));
  const titles = Object.fromEntries(docs.map((d) => [d.id, d.shortTitle]));
  const blank = t('archive.print.blank');

  return (
    <div class="archive-print">
      <form class="archive-print-tools" onSubmit={(e) => e.preventDefault()}>
        <label class="archive-field">
          <span>{t('archive.print.year')}</span>
          <select value={String(year)} onChange={(e) => setYear(Number((e.currentTarget as HTMLSelectElement).value))}>
            {years.map((y) => <option key={y} value={String(y)}>{y}</option>)}
          </select>
        </label>
        <label class="archive-field">
          <span>{t('archive.print.name')}</span>
          <input type="text" value={name} maxLength={50} autoComplete="name" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" class="button" onClick={() => window.print()}>{t('archive.print.print')}</button>
        <a href="/archive/">{t('archive.print.back')}</a>
      </form>

      <article class="archive-paper" aria-labelledby="archive-paper-title">
        <header class="archive-paper-head">
          <h2 id="archive-paper-title">{t('archive.print.title', { year })}</h2>
          <p>{t('archive.print.who', { name: name.trim() || blank, role: role?.name ?? blank })}</p>
          <p class="muted">{t('archive.print.printedOn', { unit: unitName, day: formatPartialDate(beijingDay(now)) })}</p>
        </header>

        <section aria-labelledby="print-months">
          <h3 id="print-months">{t('archive.print.months')}</h3>
          <table class="archive-table" data-print-months>
            <thead>
              <tr>
                <th scope="col">{t('archive.print.month')}</th>
                <th scope="col">{t('archive.print.studyTime')}</th>
                <th scope="col">{t('archive.print.studyDays')}</th>
                <th scope="col">{t('archive.print.dailyDays')}</th>
                {hasTasks && <th scope="col">{t('archive.print.tasks')}</th>}
              </tr>
            </thead>
            <tbody>
              {months.map((m, i) => (
                <tr key={m.month}>
                  <th scope="row">{t('archive.chart.month', { m: m.month })}</th>
                  <td>{formatDuration(m.seconds)}</td>
                  <td>{m.studyDays}</td>
                  <td>{m.dailyDays}</td>
                  {hasTasks && <td>{monthTasks[i]!.total > 0 ? t('archive.print.tasksValue', monthTasks[i]!) : '—'}</td>}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('archive.print.total')}</th>
                <td>{formatDuration(sum((i) => months[i]!.seconds))}</td>
                <td>{sum((i) => months[i]!.studyDays)}</td>
                <td>{sum((i) => months[i]!.dailyDays)}</td>
                {hasTasks && <td>{t('archive.print.tasksValue', { done: sum((i) => monthTasks[i]!.done), total: sum((i) => monthTasks[i]!.total) })}</td>}
              </tr>
            </tfoot>
          </table>
        </section>

        <section aria-labelledby="print-docs">
          <h3 id="print-docs">{t('archive.print.docs')}</h3>
          {learned.length === 0 ? (
            <p>{t('archive.print.docsNone')}</p>
          ) : (
            <ul class="archive-print-list">
              {learned.map(({ doc, at }) => (
                <li key={doc.id}>{t('notes.export.document', { title: doc.title })}<span class="muted">　{t('archive.print.learnedOn', { day: dayOf(at) })}</span></li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="print-exams">
          <h3 id="print-exams">{t('archive.print.exams')}</h3>
          {exams.length === 0 ? (
            <p>{t('archive.print.examsNone')}</p>
          ) : (
            <table class="archive-table">
              <thead>
                <tr><th scope="col">{t('archive.print.date')}</th><th scope="col">{t('archive.print.score')}</th><th scope="col">{t('archive.print.result')}</th></tr>
              </thead>
              <tbody>
                {exams.map((e) => (
                  <tr key={e.id}>
                    <td>{dayOf(e.finishedAt)}</td>
                    <td>{t('archive.percent', { n: e.percent })}</td>
                    <td>{e.passed ? t('archive.print.passed') : t('archive.print.failed')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="print-checks">
          <h3 id="print-checks">{t('archive.print.selfchecks')}</h3>
          {checks.length === 0 ? (
            <p>{t('archive.print.selfchecksNone')}</p>
          ) : (
            <table class="archive-table">
              <thead>
                <tr><th scope="col">{t('archive.print.date')}</th><th scope="col">{t('archive.print.gaps')}</th></tr>
              </thead>
              <tbody>
                {checks.map((c) => {
                  const gaps = c.items.filter((i) => i.rating === 'gap');
                  return (
                    <tr key={c.id}>
                      <td>{formatPartialDate(c.day)}</td>
                      <td>{gaps.length === 0 ? '0' : `${gaps.length}：${gaps.map((g) => g.text).join('；')}`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="print-rectify">
          <h3 id="print-rectify">{t('archive.print.rectify')}</h3>
          {items.length === 0 ? (
            <p>{t('archive.print.rectifyNone')}</p>
          ) : (
            <table class="archive-table">
              <thead>
                <tr><th scope="col">{t('archive.print.problem')}</th><th scope="col">{t('archive.print.deadline')}</th><th scope="col">{t('archive.print.status')}</th></tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.id}>
                    <td class="archive-pre">{i.problem}</td>
                    <td>{i.deadline ? formatPartialDate(i.deadline) : '—'}</td>
                    <td>{t(`rectify.status.${i.status}`)}{overdueDays(i, now) > 0 && t('archive.print.overdue')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="print-notes">
          <h3 id="print-notes">{t('archive.print.notes')}</h3>
          {noteGroups.length === 0 ? (
            <p>{t('archive.print.notesNone')}</p>
          ) : (
            noteGroups.map((g) => (
              <div key={g.doc} class="archive-print-notes">
                <h4>{t('notes.export.document', { title: titles[g.doc] ?? g.doc })}</h4>
                <ul>
                  {g.notes.map((n) => (
                    <li key={n.id}>
                      <span class="archive-note-where">{t('notes.export.heading', { heading: n.heading || n.anchor })}</span>
                      <span class="muted">　{dayOf(n.created)}</span>
                      <p class="archive-pre">{n.text}</p>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>

        <p class="archive-signature">{t('archive.print.signature')}</p>
      </article>
    </div>
  );
}
