/**
 * Web Worker that reads and checks members' 学习档案 files for the 支部汇总, so hundreds of files
 * are checked on every processor core while the page stays responsive. It receives one File at a
 * time and answers with the member's summary facts (small) or the reason the file was rejected.
 */
import { MAX_ARCHIVE_BYTES, parseArchive } from '../../../lib/archive/archive-file.ts';
import { BRANCH_DOMAINS } from '../../../lib/archive/branch/domains.ts';
import { checkMemberFile, type CheckedFile } from '../../../lib/archive/branch/load.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/** A file to check, with its place in the list. */
export interface CheckRequest {
  index: number;
  file: File;
}

/** The outcome for the file at `index`. */
export interface CheckResponse {
  index: number;
  outcome: CheckedFile;
}

const parse = (text: string, size: number) => parseArchive(text, size, BRANCH_DOMAINS);

self.addEventListener('message', async (event: MessageEvent<CheckRequest>) => {
  const { index, file } = event.data;
  let outcome: CheckedFile;
  try {
    // A file over the limit is not read: the parser rejects it on its size alone.
    const text = file.size > MAX_ARCHIVE_BYTES ? '' : await file.text();
    outcome = await checkMemberFile({ name: file.name, text, size: file.size }, parse);
  } catch {
    outcome = { ok: false, rejected: { file: file.name, reason: t('archive.branch.files.readFailed') } };
  }
  const response: CheckResponse = { index, outcome };
  self.postMessage(response);
});
