/**
 * The tester's hostile cases from issue 14, each played the way the tester did it: someone else's
 * archive, an older export after a deletion, storage full before the page opens, 每日一练 across
 * Beijing midnight, no `showModal`, a corrupt item among good ones.
 */
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';
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
