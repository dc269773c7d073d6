// 支部汇总 (/archive/branch/): the secretary loads many members' 学习档案 files at once, sees bad
// files listed with the reason and duplicates resolved, picks a period, sets a standard, sorts,
// downloads the CSV and writes the 学习通报. Expected figures are computed with the same library
// code from the same generated files, so the test checks the page's wiring, not the arithmetic
// (the unit tests do that).
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';
import site from '../../site.config.ts';
import { parseArchive } from '../../src/lib/archive/archive-file.ts';
import { BRANCH_DOMAINS } from '../../src/lib/archive/branch/domains.ts';
import { loadMemberFiles } from '../../src/lib/archive/branch/load.ts';
import { parsePeriod } from '../../src/lib/archive/branch/period.ts';
import { buildReport, type BranchReport } from '../../src/lib/archive/branch/report.ts';
import type { Thresholds } from '../../src/lib/archive/branch/thresholds.ts';
import { damaged, loadContent, memberArchives } from '../../scripts/lib/member-archives.mjs';

type Generated = { name: string; text: string; size: number; member: { name: string; role: string }; exportedAt: string };

const members = (await memberArchives({ count: 20, exportedOn: '2026-11-30' })) as Generated[];
// The same member as members[1], exported a month earlier: the newer file must win.
const older = ((await memberArchives({ count: 2, exportedOn: '2026-10-31' })) as Generated[])[1]!;
const olderCopy = { ...older, name: `旧-${older.name}` };
const broken = damaged(members[3]!, `损坏-${members[3]!.name}`) as Generated;
const upload = [...members, broken, olderCopy].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }));

/** The report the page should show, computed from the same files with the same code. */
async function expected(periodId: string, thresholds: Thresholds): Promise<BranchReport> {
  const loaded = await loadMemberFiles(members, (text, size) => parseArchive(text, size, BRANCH_DOMAINS));
  const documents = (loadContent().documents as { id: string; audience: 'all' | 'leaders' }[]).map(({ id, audience }) => ({ id, audience }));
  return buildReport(loaded.members, parsePeriod(periodId)!, { roles: site.roles, documents }, thresholds);
}

async function loadFiles(page: Page): Promise<void> {
  await page.goto('/archive/branch/');
  await hydrated(page);
  await page.locator('#branch-files').setInputFiles(upload);
  await expect(page.locator('[data-branch-table="screen"] tbody tr')).toHaveCount(20);
}

async function choosePeriod(page: Page, kind: '按月' | '按季度', index: string): Promise<void> {
  await page.getByLabel('统计方式', { exact: true }).selectOption({ label: kind });
  await page.getByLabel('年份', { exact: true }).selectOption('2026');
  await page.getByLabel(kind === '按月' ? '月份' : '季度', { exact: true }).selectOption(index);
}

const screenTable = (page: Page) => page.locator('[data-branch-table="screen"]');
const row = (page: Page, name: string) => screenTable(page).locator(`tbody tr[data-member="${name}"]`);

test('load 20 members with a damaged file and a duplicate, pick a period, set a standard, sort, export CSV and write the 通报', async ({ page }) => {
  await loadFiles(page);
  await expect(page.locator('[data-branch-privacy]')).toContainText('不会上传到任何地方');

  // The damaged file is listed with its reason; the others are not held up by it.
  const rejected = page.locator('[data-branch-rejected]');
  await expect(rejected).toContainText(broken.name);
  await expect(rejected).toContainText('校验码不符');
  // The older copy of the same member is set aside for the newer file.
  const replaced = page.locator('[data-branch-replaced]');
  await expect(replaced).toContainText(olderCopy.name);
  await expect(replaced).toContainText(members[1]!.name);
  await expect(page.locator('[data-branch-status]')).toContainText('读取了 22 个文件');
  // The page opens on this month; a file exported before its last day says so.
  await expect(row(page, members[1]!.member.name).locator('td[data-col="exported"]')).toContainText('2026-11-30');

  // Period: November 2026, then the fourth quarter.
  await choosePeriod(page, '按月', '11');
  await expect(screenTable(page).locator('caption')).toContainText('2026年11月');
  const november = await expected('2026-11', { flagOverdue: false });
  const secretary = november.rows.find((r) => r.name === members[0]!.member.name)!;
  await expect(row(page, secretary.name).locator('td[data-col="attendance"]')).toHaveText(`${secretary.attendanceDays} 天`);
  await expect(row(page, secretary.name).locator('td[data-col="role"]')).toHaveText('党支部书记');

  await choosePeriod(page, '按季度', '4');
  await expect(screenTable(page).locator('caption')).toContainText('2026年第四季度');
  const q4 = await expected('2026-Q4', { attendanceDays: 40, flagOverdue: false });
  const q4Secretary = q4.rows.find((r) => r.name === secretary.name)!;
  await expect(row(page, secretary.name).locator('td[data-col="attendance"]')).toHaveText(`${q4Secretary.attendanceDays} 天`);
  await expect(page.locator('[data-rate="attendance"] dd')).toHaveText(
    `${q4.totals.rates.attendance.count} / 20 人（${q4.totals.rates.attendance.percent}%）`,
  );

  // A standard: at least 40 每日一练 days in the quarter. A wrong value is refused first.
  await page.getByLabel('每日一练考勤不少于（天）').fill('一百');
  await page.getByRole('button', { name: '应用标准' }).click();
  await expect(page.getByLabel('每日一练考勤不少于（天）')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-branch-thresholds-message]')).toContainText('1 项填写不正确');
  await page.getByLabel('每日一练考勤不少于（天）').fill('40');
  await page.getByRole('button', { name: '应用标准' }).click();
  await expect(page.locator('[data-branch-thresholds-message]')).toContainText('已应用');
  expect(q4.below.length).toBeGreaterThan(0);
  expect(q4.below.length).toBeLessThan(20);
  await expect(page.locator('[data-branch-below]')).toContainText(`有 ${q4.below.length} 名党员未达标`);
  const short = q4.below[0]!;
  await expect(row(page, short.name)).toHaveClass(/is-below/);
  await expect(row(page, short.name).locator('td[data-col="status"]')).toContainText('未达标：考勤不足 40 天');
  const fine = q4.rows.find((r) => r.shortfalls.length === 0)!;
  await expect(row(page, fine.name).locator('td[data-col="status"]')).toHaveText('达标');

  // Sort by 考勤天数: high to low first, then low to high; aria-sort says which.
  const attendanceHeader = screenTable(page).locator('thead th[data-col="attendance"]');
  await attendanceHeader.getByRole('button').click();
  await expect(attendanceHeader).toHaveAttribute('aria-sort', 'descending');
  const days = async () => (await screenTable(page).locator('tbody td[data-col="attendance"]').allTextContents()).map((x) => Number.parseInt(x, 10));
  const down = await days();
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await attendanceHeader.getByRole('button').click();
  await expect(attendanceHeader).toHaveAttribute('aria-sort', 'ascending');
  const up = await days();
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await expect(screenTable(page).locator('thead th[data-col="name"]')).toHaveAttribute('aria-sort', 'none');

  // CSV: UTF-8 with BOM, Chinese header, one line per member in the order on screen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('支部学习汇总-2026年第四季度.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('"姓名","身份","学习时长（分钟）","学完文件","应学文件","完成任务","考勤天数","考试最高分","党性体检","逾期整改","档案导出日期","达标情况","档案文件"');
  expect(lines).toHaveLength(22);
  expect(lines[21]).toBe('');
  const line = lines.find((l) => l.startsWith(`"${q4Secretary.name}",`))!;
  expect(line).toContain(`"党支部书记","${Math.floor(q4Secretary.studySeconds / 60)}"`);
  expect(line).toContain(`"${q4Secretary.attendanceDays}"`);
  const firstOnScreen = await screenTable(page).locator('tbody tr th').first().textContent();
  expect(lines[1]!.startsWith(`"${firstOnScreen}",`)).toBe(true);

  // The 通报: the paragraph as typed, markup shown as the characters typed, placeholders filled.
  await page.getByLabel('通报正文').fill('<b>x</b> 本季度共 {人数} 人参加汇总。\n第二段 {未达标人数} 人未达标。');
  const paragraph = page.locator('[data-branch-paragraph]');
  await expect(paragraph).toContainText('<b>x</b> 本季度共 20 人参加汇总。');
  await expect(paragraph.locator('p')).toHaveCount(2);
  await expect(paragraph.locator('b')).toHaveCount(0);
  await expect(paragraph).toContainText(`第二段 ${q4.below.length} 人未达标。`);
  const notice = page.locator('[data-branch-notice]');
  await expect(notice.locator('h3').first()).toHaveText(`${site.branchName}2026年第四季度学习通报`);
  await expect(notice).toContainText('统计期间：2026年第四季度');
  await expect(notice.locator('[data-branch-table="print"] tbody tr')).toHaveCount(20);

  // On paper only the notice shows.
  await page.emulateMedia({ media: 'print' });
  await expect(notice).toBeVisible();
  await expect(page.locator('.branch-load')).toBeHidden();
  await expect(page.getByLabel('通报正文')).toBeHidden();
  await expect(screenTable(page)).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Standards and text are remembered in this browser; the members' files are not.
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('每日一练考勤不少于（天）')).toHaveValue('40');
  await expect(page.locator('[data-branch-table="screen"]')).toHaveCount(0);
  const stored = await page.evaluate(() => localStorage.getItem('lxyz:v1:branch'));
  expect(JSON.parse(stored!)).toMatchObject({ version: 1, thresholds: { attendanceDays: 40 }, template: expect.stringContaining('<b>x</b>') });
});

test('files picked in two batches are added together, and clearing them can be undone', async ({ page }) => {
  await page.goto('/archive/branch/');
  await hydrated(page);
  await page.locator('#branch-files').setInputFiles(upload.slice(0, 5));
  await expect(page.locator('[data-branch-table="screen"] tbody tr')).toHaveCount(5);
  await page.locator('#branch-files').setInputFiles([...upload.slice(3, 8), { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') }]);
  await expect(page.locator('[data-branch-table="screen"] tbody tr')).toHaveCount(8);
  await expect(page.locator('[data-branch-rejected]')).toContainText('note.txt');
  await expect(page.locator('[data-branch-replaced] li')).toHaveCount(2);

  await page.getByRole('button', { name: '清空已选文件' }).click();
  const dialog = page.getByRole('dialog', { name: '清空已选的 8 份档案？' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '清空' }).click();
  await expect(page.locator('[data-branch-table="screen"]')).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('[data-branch-table="screen"] tbody tr')).toHaveCount(8);
});

test('checks the files on the page itself where Web Workers are not available', async ({ page }) => {
  await page.addInitScript(() => {
    // Some embedded browsers have no workers: the page must still read every file.
    delete (window as { Worker?: unknown }).Worker;
  });
  let workers = 0;
  page.on('worker', () => (workers += 1));
  await page.goto('/archive/branch/');
  await hydrated(page);
  await page.locator('#branch-files').setInputFiles([...upload.slice(0, 6), upload[20]!]);
  await expect(page.locator('[data-branch-table="screen"] tbody tr')).toHaveCount(6);
  await expect(page.locator('[data-branch-rejected]')).toContainText('校验码不符');
  expect(workers).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /archive/branch/ with files loaded (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/archive/branch/');
    await hydrated(page);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await loadFiles(page);
    await page.getByLabel('学习时长不少于（分钟）').fill('600');
    await page.getByRole('button', { name: '应用标准' }).click();
    await expect(page.locator('[data-branch-below]')).toContainText('未达标');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('files dropped on the picker box are loaded like picked ones', async ({ page }) => {
  await page.goto('/archive/branch/');
  await hydrated(page);
  const dropped = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return transfer;
  }, members.slice(0, 3).map(({ name, text }) => ({ name, text })));
  const box = page.locator('[data-branch-drop]');
  await box.dispatchEvent('dragover', { dataTransfer: dropped });
  await expect(box).toHaveClass(/is-dragging/);
  await box.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(box).not.toHaveClass(/is-dragging/);
  await expect(page.locator('[data-branch-table="screen"] tbody tr')).toHaveCount(3);
});
