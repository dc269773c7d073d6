// Checks content/lists/selfcheck.yaml (the 做 standards and the 双十条: plan quotes, ids, ten items
// per list); exits 1 naming each problem's file and item. Usage: node scripts/check-lists.ts
import { readSelfcheckLists } from '../src/data/lists.ts';
import { formatListsError } from '../src/lib/action/lists-check.ts';

const { file, errors } = readSelfcheckLists();
for (const error of errors) console.error(formatListsError(error));
console.log(
  errors.length === 0 && file
    ? `党性体检清单检查通过：正面清单 ${file.positive.items.length} 条，负面清单 ${file.negative.items.length} 条，四个合格 ${file.sigehege.standards.length} 项`
    : `党性体检清单有 ${errors.length} 处错误`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
