/** Step 3: the text, parsed into the regulation's tree, refused unless its numbering is sound. */
import { parseStructure, type ParsedStructure } from '../../../src/lib/structure.ts';
import { ImportError } from './errors.ts';

// Beyond this many the rest are usually knock-on effects of the first few.
const MAX_LISTED = 20;

/**
 * Parses the text and refuses it when no 第X条 line exists or any 编/章/节/条 number is
 * unreadable, missing, repeated or out of order.
 * @throws ImportError listing each problem with its line number.
 */
export function parseChecked(text: string): ParsedStructure {
  const doc = parseStructure(text);
  if (doc.counts.articles === 0) {
    throw new ImportError('没有找到任何条文（以“第一条”等开头的行），未写入任何文件。');
  }
  if (doc.errors.length > 0) {
    const listed = doc.errors.slice(0, MAX_LISTED).map((e) => `  ${e.message}`);
    const more = doc.errors.length > MAX_LISTED ? [`  ……另有 ${doc.errors.length - MAX_LISTED} 处`] : [];
    throw new ImportError(`原文编号有误，未写入任何文件：\n${[...listed, ...more].join('\n')}`);
  }
  return doc;
}
