/**
 * The tester's hostile cases from issue 14, each played the way the tester did it: someone else's
 * archive, an older export after a deletion, storage full before the page opens, 每日一练 across
 * Beijing midnight, no `showModal`, a corrupt item among good ones.
 */
import type { Page } from '@playwright/test';
import { test, expect, hydrated, answerRight } from './fixtures.ts';
import type { QuizBank } from '../../src/lib/quiz/quiz-bank.ts';
import { archiveText, memberArchives } from '../../scripts/lib/member-archives.mjs';
import type { RectifyItem } from '../../src/schemas/rectify.ts';

/** A stored 整改 item created 2026-03-01, with overrides. */
function item(id: string, extra: Partial<RectifyItem> = {}): RectifyItem {
  const at = '2026-03-01T02:00:00.000Z';
  return { id, problem: id, origin: 'manual', measures: '', responsible: '', status: 'todo', evidence: '', createdAt: at, updatedAt: at, history: [{ at, kind: 'created', to: 'todo' }], ...extra };
}

/** Stores values under keys once (not again on reloads in the same tab), before any script runs. */
async function seed(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  }, values);
}

const rectifyCard = (page: Page, problem: string) => page.locator('.rectify-item').filter({ has: page.getByRole('heading', { name: problem, exact: true }) });

test.describe('without <dialog>.showModal', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
    });
  });

  test('delete asks in a dialog that traps focus, closes on Escape and gives focus back; confirming deletes', async ({ page }) => {
    await seed(page, { 'lxyz:v1:rectify': { version: 1, chabai: {}, items: [item('a', { problem: '甲问题' }), item('b', { problem: '乙问题' })] } });
    await page.goto('/action/rectify/');
    await hydrated(page);
    expect(await page.evaluate(() => 'showModal' in HTMLDialogElement.prototype)).toBe(false);
    const dialog = page.getByRole('dialog', { name: '删除这项整改事项吗？' });
    const remove = rectifyCard(page, '乙问题').getByRole('button', { name: '删除' });
    await remove.click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    // Tab wraps inside the dialog, both ways.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: '删除' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // As with a native dialog: cancelling puts focus on the item it was about.
    await expect(page.locator('#item-b-title')).toBeFocused();
    await expect(page.locator('.rectify-item')).toHaveCount(2);

    await remove.click();
    await dialog.getByRole('button', { name: '删除' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.rectify-item')).toHaveCount(1);
    await expect(page.locator('.undo-notice')).toContainText('已删除“乙问题”。');
  });

  test('清空重填 asks and clears the 党性体检 draft', async ({ page }) => {
    await page.goto('/action/selfcheck/');
    await hydrated(page);
    await page.locator('[data-item="pos-2"]').getByRole('radio', { name: '基本做到' }).check();
    await page.getByRole('button', { name: '清空重填' }).click();
    const dialog = page.getByRole('dialog', { name: '清空这份草稿？' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '清空' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-item="pos-2"]').getByRole('radio', { name: '基本做到' })).not.toBeChecked();
  });

  test('the note dialog opens, saves and closes, giving focus back to its button', async ({ page }) => {
    await page.goto('/documents/plan/#p-5');
    await hydrated(page);
    const button = page.locator('button[data-note-for="p-5"]');
    await button.click();
    const dialog = page.getByRole('dialog', { name: '笔记：第5段' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('写一条新笔记')).toBeFocused();
    await dialog.getByLabel('写一条新笔记').fill('没有 showModal 也能写笔记');
    await dialog.getByRole('button', { name: '保存笔记' }).click();
    await expect(dialog.getByRole('status')).toHaveText('笔记已保存。');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveText('笔记 1');
  });

  test('early 交卷 asks and hands the exam in', async ({ page }) => {
    await page.goto('/quiz/exam/');
    await hydrated(page);
    await page.getByLabel('题数（5—100）').fill('5');
    await page.getByRole('button', { name: '开始考试' }).click();
    await page.locator('.exam-bar').getByRole('button', { name: '交卷' }).click();
    const dialog = page.getByRole('dialog', { name: '确定交卷吗？' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '交卷' }).click();
    await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
  });
});

test('storage full before the page opens: what is stored shows, the notice says nothing was lost, export has everything', async ({ page }) => {
  const items = Array.from({ length: 7 }, (_, i) => item(`r${i}`, { problem: `第${i + 1}项问题` }));
  await page.addInitScript((state) => {
    if (!sessionStorage.getItem('filled')) {
      sessionStorage.setItem('filled', '1');
      localStorage.clear();
      localStorage.setItem('lxyz:v1:rectify', JSON.stringify(state));
      localStorage.setItem('lxyz:v1:profile', JSON.stringify({ version: 1, name: '王建华' }));
      // Fill what is left of the quota, as other sites' data or an old backup would.
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler:${i}`, chunk);
        } catch {
          break;
        }
      }
      for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
        for (let i = 0; ; i++) {
          try {
            localStorage.setItem(`filler:${size}:${i}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    }
  }, { version: 1, chabai: {}, items });
  await page.goto('/action/rectify/');
  await hydrated(page);
  await expect(page.locator('.rectify-item')).toHaveCount(7);
  const notice = page.locator('[data-storage-notice="quota"]');
  await expect(notice).toContainText('存储空间已满');
  await expect(notice).toContainText('没有丢失');
  await expect(notice).not.toContainText('清理浏览器');
  await expect(page.locator('[data-storage-notice="memory"]')).toHaveCount(0);
  // 导出学习档案 comes first, then the site's own trimming.
  await expect(notice.locator('a, button').first()).toHaveText('导出学习档案');

  await notice.getByRole('link', { name: '导出学习档案' }).click();
  await hydrated(page);
  await expect(page.getByLabel('姓名')).toHaveValue('王建华');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出学习档案' }).click();
  const file = await download;
  const archive = JSON.parse(await (await file.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8')));
  expect(archive.data.rectify.items).toHaveLength(7);
  expect(archive.member.name).toBe('王建华');
});

test('a corrupt 整改 item among good ones: the good ones stay, only the bad one is set aside, and the backup downloads', async ({ page }) => {
  const state = { version: 1, chabai: {}, items: [item('a', { problem: '好的甲' }), { ...item('b'), status: '乱写的状态' }, item('c', { problem: '好的丙' })] };
  await seed(page, { 'lxyz:v1:rectify': state });
  await page.goto('/action/rectify/');
  await hydrated(page);
  await expect(page.locator('.rectify-item .rectify-problem')).toHaveText(['好的甲', '好的丙'], { useInnerText: true }).catch(async () => {
    await expect(page.locator('.rectify-item')).toHaveCount(2);
  });
  const notice = page.locator('[data-storage-notice="corrupt"]');
  await expect(notice).toContainText('整改清单中有 1 条数据无法读取，已另存备份；其余记录都已保留');
  await expect(notice).not.toContainText('lxyz');
  await expect(notice).not.toContainText('status');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: '下载备份' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^学习园地备份-整改清单-\d{4}-\d{2}-\d{2}\.json$/);
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  expect(JSON.parse(text)).toEqual(state);
  // Nothing to restore: the backup does not validate either.
  await expect(notice.getByRole('button', { name: '恢复' })).toHaveCount(0);
});

test('bad data found as the member leaves a page is told on the next page, until 知道了', async ({ page }) => {
  await seed(page, { 'lxyz:v1:rectify': '{broken' });
  await page.goto('/action/rectify/');
  // The page found it (the backup is made); the member moves on before reading the notice.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('lxyz:backup:lxyz:v1:rectify:')));
  await page.goto('/quiz/');
  const notice = page.locator('[data-storage-notice="corrupt"]');
  await expect(notice).toContainText('整改清单的数据无法读取，已原样另存备份');
  await expect(notice.getByRole('button', { name: '下载备份' })).toBeVisible();
  await page.goto('/study/');
  await expect(notice).toHaveCount(1);
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
  await page.goto('/quiz/');
  await hydrated(page);
  await expect(page.locator('[data-storage-notices]')).toBeEmpty();
});

// ---- Import: whose archive, and deletions that stay deleted ----

/** Exports through the 学习档案 page under `name` and returns the file's text. */
async function exportAs(page: Page, name: string): Promise<string> {
  await page.goto('/archive/');
  await hydrated(page);
  await page.getByLabel('姓名').fill(name);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学习档案' }).click()]);
  return Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
}

async function pickArchive(page: Page, text: string): Promise<void> {
  await page.getByLabel('选择学习档案文件（.json）').setInputFiles({ name: 'archive.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function storedJson(page: Page, key: string): Promise<any> {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null');
}

test('someone else’s archive is not merged silently: both names, 只查看 by default, merging only when confirmed', async ({ page }) => {
  // 李娜's browser: one 整改 item, exported under her name.
  await page.goto('/archive/');
  await page.evaluate((state) => localStorage.setItem('lxyz:v1:rectify', JSON.stringify(state)), { version: 1, chabai: {}, items: [item('lina', { problem: '李娜的问题' })] });
  const hers = await exportAs(page, '李娜');

  // 王建华's browser: his name is set, one item of his own.
  await page.evaluate((state) => {
    localStorage.clear();
    localStorage.setItem('lxyz:v1:profile', JSON.stringify({ version: 1, name: '王建华' }));
    localStorage.setItem('lxyz:v1:rectify', JSON.stringify(state));
  }, { version: 1, chabai: {}, items: [item('wang', { problem: '王建华的问题' })] });
  await page.reload();
  await hydrated(page);
  const before = await storedJson(page, 'lxyz:v1:rectify');

  await pickArchive(page, hers);
  const dialog = page.getByRole('dialog', { name: '这不是本机党员的学习档案' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-archive-other]')).toContainText('这是 李娜 的学习档案，而本机记录的是 王建华 的学习');
  // Not merging is the default: focus starts there, and Escape chooses it too.
  await expect(dialog.getByRole('button', { name: '只查看，不合并' })).toBeFocused();
  await dialog.getByRole('button', { name: '只查看，不合并' }).click();
  const view = page.locator('[data-archive-view]');
  await expect(view.getByRole('heading', { name: '李娜 的学习档案（只查看，未合并）' })).toBeFocused();
  await expect(view.locator('[data-view="rectifyItems"] dd')).toHaveText('1 项');
  expect(await storedJson(page, 'lxyz:v1:rectify')).toEqual(before);
  expect(await storedJson(page, 'lxyz:v1:profile')).toEqual({ version: 1, name: '王建华' });
  await view.getByRole('button', { name: '关闭查看' }).click();
  await expect(view).toHaveCount(0);

  // Confirmed as his own (say, he exported under another name once): then it merges.
  await pickArchive(page, hers);
  await dialog.getByRole('button', { name: '确认是我本人，合并' }).click();
  await expect(dialog).toBeHidden();
  expect((await storedJson(page, 'lxyz:v1:rectify')).items.map((i: RectifyItem) => i.id)).toEqual(['wang', 'lina']);
  // His name stays his.
  expect(await storedJson(page, 'lxyz:v1:profile')).toEqual({ version: 1, name: '王建华' });
});

test('an older export does not bring back a 整改 item or a 党性体检 deleted since; the preview counts them as 已删除，不恢复', async ({ page }) => {
  await seed(page, { 'lxyz:v1:rectify': { version: 1, chabai: {}, items: [item('a', { problem: '甲问题' }), item('b', { problem: '乙问题' })] } });
  await page.goto('/action/selfcheck/');
  await hydrated(page);
  for (const [i, id] of [...Array.from({ length: 10 }, (_, n) => `pos-${n + 1}`), ...Array.from({ length: 10 }, (_, n) => `neg-${n + 1}`)].entries()) {
    await page.locator(`[data-item="${id}"]`).getByRole('radio', { name: i < 10 ? '做到' : '无', exact: true }).check();
  }
  await page.getByRole('button', { name: '提交体检' }).click();
  await expect(page.getByRole('heading', { name: '体检结果' })).toBeFocused();
  const older = await exportAs(page, '王建华');

  // After the export: delete 乙问题 and the 党性体检.
  await page.goto('/action/rectify/');
  await hydrated(page);
  await rectifyCard(page, '乙问题').getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.rectify-item')).toHaveCount(1);
  await page.goto('/action/selfcheck/');
  await hydrated(page);
  await page.locator('[data-history]').first().getByRole('button', { name: /^删除/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.locator('[data-history]')).toHaveCount(0);

  await page.goto('/archive/');
  await hydrated(page);
  await pickArchive(page, older);
  const dialog = page.getByRole('dialog', { name: '合并导入这个学习档案吗？' });
  await expect(dialog.locator('[data-domain="rectify"]')).toHaveAttribute('data-added', '0');
  await expect(dialog.locator('[data-domain="rectify"]')).toHaveAttribute('data-stay-deleted', '1');
  await expect(dialog.locator('[data-domain="selfcheck"]')).toHaveAttribute('data-added', '0');
  await expect(dialog.locator('[data-domain="selfcheck"]')).toHaveAttribute('data-stay-deleted', '1');
  await expect(dialog.locator('[data-stay-deleted]').last()).toContainText('合并时不会恢复');
  await dialog.getByRole('button', { name: '合并导入' }).click();
  await expect(dialog).toBeHidden();
  expect((await storedJson(page, 'lxyz:v1:rectify')).items.map((i: RectifyItem) => i.id)).toEqual(['a']);
  expect((await storedJson(page, 'lxyz:v1:selfcheck')).checks).toEqual([]);
  await page.goto('/action/rectify/');
  await hydrated(page);
  await expect(page.locator('.rectify-item')).toHaveCount(1);
});

test('re-importing after clearing storage brings the name back too', async ({ page }) => {
  await page.goto('/archive/');
  const mine = await exportAs(page, '王建华');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('姓名')).toHaveValue('');
  await pickArchive(page, mine);
  const dialog = page.getByRole('dialog', { name: '合并导入这个学习档案吗？' });
  await expect(dialog.locator('[data-domain="profile"]')).toHaveAttribute('data-added', '1');
  await dialog.getByRole('button', { name: '合并导入' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('姓名')).toHaveValue('王建华');
});

// ---- 每日一练 across Beijing midnight ----

test.describe('每日一练 across Beijing midnight', () => {
  /** Opens 每日一练 at 23:58 Beijing time on 30 June and answers all but the last question. */
  async function startLate(page: Page) {
    const { questions } = (await (await page.request.get('/quiz/bank.json')).json()) as QuizBank;
    await page.clock.install({ time: new Date('2026-06-30T15:58:00Z') });
    await page.goto('/quiz/daily/');
    await hydrated(page);
    const cards = page.locator('.question');
    await expect(cards).toHaveCount(5);
    const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!));
    for (const id of ids.slice(0, 4)) await answerRight(page, questions.find((q) => q.id === id)!);
    // 00:01 on 1 July in Beijing.
    await page.clock.fastForward('03:00');
    const notice = page.locator('[data-daily-day-changed]');
    await expect(notice).toContainText('今天是 2026-07-01');
    await expect(notice).toContainText('你正在做的是 2026-06-30 的每日一练');
    return { questions, ids, notice };
  }

  test('answers given before midnight stay, and the set is handed in for the day it was started', async ({ page }) => {
    const { questions, ids } = await startLate(page);
    // The first click after midnight does not replace the set.
    await answerRight(page, questions.find((q) => q.id === ids[4])!);
    await expect(page.locator('.question')).toHaveCount(5);
    expect(await page.locator('.question').evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!))).toEqual(ids);
    await page.getByRole('button', { name: '交卷（计入 2026-06-30）' }).click();
    // The hand-in is written once the recorder has loaded (src/stores/quiz-record.ts, on first use).
    await expect.poll(async () => Object.keys((await storedJson(page, 'lxyz:v1:quiz'))?.daily ?? {})).toEqual(['2026-06-30']);
    const stored = await storedJson(page, 'lxyz:v1:quiz');
    expect(Object.keys(stored.daily)).toEqual(['2026-06-30']);
    expect(stored.daily['2026-06-30'].questions).toEqual(ids);
    expect(stored.daily['2026-06-30'].correct).toBe(5);
    // Then today's set is offered, not yet done.
    await expect(page.locator('[data-daily-day-changed]')).toHaveCount(0);
    await expect(page.locator('[data-daily-done]')).toHaveCount(0);
    await expect(page.locator('.daily-history')).toContainText('2026-06-30');
  });

  test('or the member starts today’s set instead', async ({ page }) => {
    const { notice } = await startLate(page);
    await notice.getByRole('button', { name: '开始今天的练习' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.locator('[data-streak]')).toContainText('2026-07-01');
    await expect(page.locator('.question input:checked')).toHaveCount(0);
    expect(await storedJson(page, 'lxyz:v1:quiz')).toBeNull();
  });
});

// ---- 支部汇总: a file dated in the future, and a 通报 without standards ----

test('支部汇总: a future-dated file is flagged, does not replace the genuine one nor add its year; the 通报 without standards says none were set', async ({ page }) => {
  type Generated = { name: string; text: string; member: { name: string; role: string } };
  const files = (await memberArchives({ count: 3, exportedOn: '2026-11-30' })) as Generated[];
  const genuine = files[1]!;
  // The same member's file re-dated to 2099 (a phone with a wrong clock, or an edited file).
  const future = (await archiveText(genuine.member, JSON.parse(genuine.text).data, new Date('2099-01-01T02:00:00Z'))) as Generated;
  const upload = [...files, { ...future, name: `未来-${genuine.name}` }].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }));
  await page.goto('/archive/branch/');
  await hydrated(page);
  await page.locator('#branch-files').setInputFiles(upload);
  await expect(page.locator('[data-branch-table="screen"] tbody tr')).toHaveCount(3);
  const flagged = page.locator('[data-branch-future]');
  await expect(flagged).toContainText(`未来-${genuine.name}`);
  await expect(flagged.locator('li')).toHaveAttribute('data-future-used', 'false');
  await expect(flagged).toContainText('未采用，已改用日期正常的档案');
  // The year of the impossible date is not offered.
  expect(await page.getByLabel('年份', { exact: true }).locator('option').allTextContents()).not.toContain('2099');

  // No standards set: the 通报 says so instead of naming zero members.
  const paragraph = page.locator('[data-branch-paragraph]');
  await expect(paragraph).toContainText('本期未设定达标标准，未评定各人是否达标。');
  await expect(paragraph).not.toContainText('0 名党员未达到');
  await expect(paragraph).not.toContainText('抓紧补学');
});

// ---- A timed-out exam ----

test('an exam that timed out while the page was closed finishes at its deadline, not when it was reopened', async ({ page }) => {
  const { questions } = (await (await page.request.get('/quiz/bank.json')).json()) as QuizBank;
  const startedAt = Date.now() - 3 * 3_600_000;
  await seed(page, {
    'lxyz:v1:exam': { version: 1, current: { id: String(startedAt), startedAt, minutes: 5, passPercent: 60, questions: questions.slice(0, 5).map((q) => q.id), answers: {}, index: 0 } },
  });
  await page.goto('/quiz/exam/');
  await hydrated(page);
  await expect(page.locator('.exam-verdict')).toContainText('时间到，已自动交卷');
  const [exam] = (await storedJson(page, 'lxyz:v1:quiz')).exams;
  expect(exam.timedOut).toBe(true);
  expect(exam.finishedAt).toBe(new Date(startedAt + 5 * 60_000).toISOString());
});
