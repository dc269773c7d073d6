/**
 * Reads and checks the files the secretary picked. Files go to a few Web Workers (one per
 * processor core, at most four), each reading and checking one file at a time, so 200 files take
 * a few seconds and the page keeps painting its progress bar. Where workers are not available
 * (or fail to start), the same check runs on the page itself, yielding between files.
 * Outcomes come back in the order the files were picked, so duplicates resolve the same way
 * whichever worker finished first.
 */
import { MAX_ARCHIVE_BYTES, parseArchive } from '../../../lib/archive/archive-file.ts';
import { BRANCH_DOMAINS } from '../../../lib/archive/branch/domains.ts';
import { checkMemberFile, type CheckedFile } from '../../../lib/archive/branch/load.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import type { CheckRequest, CheckResponse } from './check-worker.ts';

const t = translator(archiveStrings);

/** Called as files finish. */
export type Progress = (done: number, total: number) => void;

const parse = (text: string, size: number) => parseArchive(text, size, BRANCH_DOMAINS);

/** Lets the browser paint (the progress bar) before the next piece of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads and checks one file on the page. */
async function checkHere(file: File): Promise<CheckedFile> {
  try {
    const text = file.size > MAX_ARCHIVE_BYTES ? '' : await file.text();
    return await checkMemberFile({ name: file.name, text, size: file.size }, parse);
  } catch {
    return { ok: false, rejected: { file: file.name, reason: t('archive.branch.files.readFailed') } };
  }
}

/** Checks the files on the page, one after another, repainting about ten times a second. */
async function checkOnPage(files: readonly File[], out: (CheckedFile | undefined)[], onProgress: Progress, from: number): Promise<void> {
  let painted = performance.now();
  for (let i = from; i < files.length; i++) {
    if (out[i]) continue;
    out[i] = await checkHere(files[i]!);
    const done = out.filter(Boolean).length;
    onProgress(done, files.length);
    if (performance.now() - painted > 100) {
      await nextTask();
      painted = performance.now();
    }
  }
}

function startWorkers(n: number): Worker[] {
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < n; i++) workers.push(new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    for (const w of workers) w.terminate();
    return [];
  }
  return workers;
}

/** Reads and checks every file; the outcomes are in the order of `files`. */
export async function checkFiles(files: readonly File[], onProgress: Progress): Promise<CheckedFile[]> {
  const out: (CheckedFile | undefined)[] = new Array(files.length);
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  const workers = typeof Worker === 'undefined' ? [] : startWorkers(Math.max(1, Math.min(cores, 4, files.length)));
  if (workers.length > 0) {
    await new Promise<void>((resolve) => {
      let next = 0;
      let done = 0;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        for (const w of workers) w.terminate();
        resolve();
      };
      const feed = (worker: Worker) => {
        if (next < files.length) {
          const request: CheckRequest = { index: next, file: files[next]! };
          next += 1;
          worker.postMessage(request);
        }
      };
      for (const worker of workers) {
        worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => {
          const { index, outcome } = event.data;
          if (!out[index]) {
            out[index] = outcome;
            done += 1;
            onProgress(done, files.length);
          }
          if (done === files.length) finish();
          else feed(worker);
        });
        // A worker that cannot start or crashes: stop them all; the page checks what is left.
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          finish();
        });
        feed(worker);
      }
    });
  }
  // Whatever the workers did not do (none started, or one failed) is checked here.
  await checkOnPage(files, out, onProgress, 0);
  return out as CheckedFile[];
}
