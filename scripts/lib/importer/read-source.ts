/** Step 2: the source file, as plain text with `\n` line ends. */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { ImportError } from './errors.ts';

/** Which reader handled the file. */
export type SourceKind = 'txt' | 'md' | 'docx';

const KIND_OF: Readonly<Record<string, SourceKind>> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.docx': 'docx' };

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Chinese Windows editors often save GBK; decoding it as UTF-8 would silently garble the text.
    throw new ImportError(`文件不是 UTF-8 编码（可能是 GBK）：${file}。请用编辑器另存为 UTF-8 后重试。`);
  }
}

/**
 * Removes the markup an editor may have added to a Markdown copy of a regulation: headings,
 * emphasis, quotes, bullets, links, inline code, rules, frontmatter and backslash escapes.
 */
export function stripMarkdown(markdown: string): string {
  // Park escaped characters in the private use area so the markup rules below leave them alone.
  const parked = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
  const lines = parked.split('\n').map((line) =>
    /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)
      ? ''
      : line
          .replace(/^\s{0,3}(?:>\s?)+/, '')
          .replace(/^\s{0,3}#{1,6}(?:\s+|$)/, '')
          .replace(/\s+#+\s*$/, '')
          .replace(/^\s{0,3}[-*+]\s+/, '')
          .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/`([^`]+)`/g, '$1')
          .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
          .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
          .replace(/(?<![\p{L}\p{N}])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1'),
  );
  return lines.join('\n').replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

/**
 * Reads `.txt` (UTF-8, BOM stripped), `.md` (markup stripped) or `.docx` (via mammoth's raw text)
 * and normalises CRLF/CR to `\n`.
 * @throws ImportError for a missing file, an unsupported type, non-UTF-8 text, an unreadable
 * Word file, or a file with no text.
 */
export async function readSource(file: string): Promise<{ text: string; kind: SourceKind }> {
  const ext = extname(file).toLowerCase();
  const kind = KIND_OF[ext];
  if (!kind) {
    const hint = ext === '.doc' ? '旧版 .doc 请先在 Word 中另存为 .docx。' : '只支持 .txt、.md、.docx。';
    throw new ImportError(`不支持的文件类型“${ext || '（无扩展名）'}”：${file}。${hint}`);
  }
  if (!existsSync(file)) throw new ImportError(`找不到文件：${file}`);
  let text: string;
  if (kind === 'docx') {
    try {
      text = (await mammoth.extractRawText({ path: file })).value;
    } catch (error) {
      throw new ImportError(`无法读取 Word 文件 ${file}：${(error as Error).message}`);
    }
  } else {
    text = decodeUtf8(readFileSync(file), file);
  }
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (kind === 'md') text = stripMarkdown(text);
  if (text.trim() === '') throw new ImportError(`文件内容为空：${file}`);
  return { text, kind };
}
