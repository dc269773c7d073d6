import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';
import { parseIcs, prop } from '../unit/lib/plan/ics-parse.ts';

/** 10:00 on 10 June 2026 in Beijing: June's tasks are open, its 党员活动日 (the 7th) is past. */
const JUNE_10 = new Date('2026-06-10T02:00:00Z');

/** Fixes the browser's clock and chooses a role before any page script runs (only on first load). */
async function start(page: Page, role: string, now = JUNE_10): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.addInitScript((r) => {
    if (!localStorage.getItem('lxyz:v1:settings')) {
      localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 1, theme: 'auto', role: r }));
    }
  }, role);
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('tick a monthly task on /plan/ and see it counted on the home page', async ({ page }) => {
  await start(page, 'member');
  await page.goto('/');
  await hydrated(page);
  const left = page.locator('[data-home-plan-left]');
  await expect(left).toHaveAttribute('data-home-plan-left', '2');
  await expect(left).toHaveText('本月还有 2 项学习任务没有完成（共 2 项）。');
  // Leading cadres' tasks and the 三带头 list are not shown to an ordinary member.
  await expect(page.locator('.plan-duties')).toHaveCount(0);

  await page.getByRole('link', { name: '查看学习计划' }).click();
  await hydrated(page);
  await expect(page.locator('[data-month="2026-06"]')).toBeVisible();
  const task = page.locator('[data-task-id="2026-06-jilv-points"]');
  await task.getByRole('checkbox', { name: '学习《纪律处分条例》学习要点，完成练习' }).check();
  await expect(task).toHaveAttribute('data-done', 'true');
  await expect(task).toContainText('已完成');
  await expect(page.locator('.plan-month-summary')).toHaveText('本月学习任务 2 项：已完成 1 项，还剩 1 项。');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lxyz:v1:plan')!));
  expect(Object.keys(stored.tasks)).toEqual(['2026-06-jilv-points']);
  expect(stored.tasks['2026-06-jilv-points']).toBe(JUNE_10.toISOString());

  await page.goto('/');
  await hydrated(page);
  await expect(left).toHaveAttribute('data-home-plan-left', '1');
  await expect(left).toHaveText('本月还有 1 项学习任务没有完成（共 2 项）。');
  await expect(page.locator('.plan-home-tasks')).not.toContainText('纪律处分条例');
});

test('unticking a task can be undone and keeps the original time', async ({ page }) => {
  await start(page, 'member');
  await page.addInitScript(() => {
    if (!localStorage.getItem('lxyz:v1:plan')) {
      localStorage.setItem('lxyz:v1:plan', JSON.stringify({ version: 1, tasks: { '2026-06-plan-branch': '2026-06-05T02:00:00.000Z' }, qiyi: {}, duties: {} }));
    }
  });
  await page.goto('/plan/');
  await hydrated(page);
  const box = page.locator('[data-task-id="2026-06-plan-branch"]').getByRole('checkbox');
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page.getByRole('status').filter({ hasText: '已取消' })).toBeVisible();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(box).toBeChecked();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lxyz:v1:plan')!));
  expect(stored.tasks['2026-06-plan-branch']).toBe('2026-06-05T02:00:00.000Z');
});

test('the month view shows the 7th as 党员活动日, overdue tasks, and steps across the year end', async ({ page }) => {
  await start(page, 'member', new Date('2026-12-06T16:30:00Z')); // already 7 December in Beijing
  await page.goto('/plan/');
  await hydrated(page);
  const month = page.locator('.plan-month');
  await expect(month).toHaveAttribute('data-month', '2026-12');
  const activity = page.locator('.plan-activity');
  await expect(activity).toHaveAttribute('data-activity-day', '2026-12-07');
  await expect(activity).toContainText('12月7日（星期一）');
  await expect(activity).toContainText('今天');
  await expect(activity).toContainText('主题：年度总结：准备组织生活会');
  await expect(page.locator('.plan-events').first()).toContainText('支部委员会');

  await page.getByRole('button', { name: '下个月' }).click();
  await expect(month).toHaveAttribute('data-month', '2027-01');
  await expect(page.getByRole('heading', { name: '2027年1月' })).toBeVisible();
  await expect(activity).toHaveAttribute('data-activity-day', '2027-01-07');
  await expect(activity).toContainText('1月7日（星期四）');

  await page.getByRole('button', { name: '回到本月' }).click();
  await page.getByRole('button', { name: '上个月' }).click();
  await expect(month).toHaveAttribute('data-month', '2026-11');
  // November's tasks were due on the 30th and are not done: overdue, said in words.
  await expect(page.locator('[data-task-id="2026-11-selfcheck"]')).toContainText('已逾期');
  await expect(page.locator('.plan-month-summary')).toContainText('其中 2 项已过截止日期。');
});

test('download /plan/calendar.ics: VEVENTs on the right days in Beijing time', async ({ page }) => {
  await start(page, 'member');
  await page.goto('/plan/');
  await hydrated(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics="all"]').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const calendar = parseIcs(text);
  const events = calendar.children.filter((c) => c.type === 'VEVENT');
  expect(events.length).toBeGreaterThan(100);
  const byUid = (uid: string) => events.find((e) => prop(e, 'UID')?.value.startsWith(`${uid}@`));

  const activityDays = events.filter((e) => prop(e, 'UID')!.value.includes('-activity-'));
  expect(activityDays).toHaveLength(24);
  expect(activityDays.every((e) => prop(e, 'DTSTART')!.params.VALUE === 'DATE' && prop(e, 'DTSTART')!.value.endsWith('07'))).toBe(true);
  expect(prop(byUid('2026-activity-06')!, 'DTSTART')!.value).toBe('20260607');

  const congress = byUid('2026-congress-q1')!;
  expect(prop(congress, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Asia/Shanghai' }, value: '20260114T150000' });
  expect(prop(congress, 'SUMMARY')!.value).toBe('支部党员大会：部署年度学习计划和三会一课安排');
  expect(prop(byUid('2026-01-plan-read')!, 'DTSTART')!.value).toBe('20260131');
  expect(prop(byUid('2026-qiyi-oath')!, 'DTSTART')!.value).toBe('20260607');
  expect(calendar.children.some((c) => c.type === 'VTIMEZONE')).toBe(true);
  // Leaders' items are only in the leaders' calendar.
  expect(byUid('2026-democratic-life')).toBeUndefined();
  const leaders = parseIcs(await (await page.request.get('/plan/calendar-leaders.ics')).text());
  expect(leaders.children.some((c) => prop(c, 'UID')?.value.startsWith('2026-democratic-life@'))).toBe(true);
});

test('the 七一 checklist ticks per year and can be undone', async ({ page }) => {
  await start(page, 'member');
  await page.goto('/plan/');
  await hydrated(page);
  const list = page.locator('.plan-qiyi');
  await list.scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(list).toHaveAttribute('data-qiyi-year', '2026');
  await list.getByRole('checkbox', { name: /重温入党誓词/ }).check();
  await expect(list.locator('[data-qiyi-done]')).toHaveText('已完成 1 / 6 项');
  await list.getByRole('checkbox', { name: /重温入党誓词/ }).uncheck();
  await list.getByRole('button', { name: '撤销' }).click();
  await expect(list.getByRole('checkbox', { name: /重温入党誓词/ })).toBeChecked();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lxyz:v1:plan')!));
  expect(Object.keys(stored.qiyi['2026'])).toEqual(['2026-qiyi-oath']);
});

test('a branch secretary sees the 三带头 duties on the home page, including the yearly 党课', async ({ page }) => {
  await start(page, 'secretary');
  await page.goto('/');
  await hydrated(page);
  const duties = page.locator('.plan-duties');
  await expect(duties.getByRole('heading', { name: '三带头（2026年）' })).toBeVisible();
  const lecture = duties.getByRole('checkbox', { name: /支部书记年内至少为党员讲一次党课/ });
  await lecture.check();
  await expect(duties.locator('[data-duties-done]')).toHaveText('已完成 1 / 5 项');
  await page.reload();
  await hydrated(page);
  await expect(lecture).toBeChecked();
  // A leading cadre who is not the secretary has no 党课 duty.
  await page.evaluate(() => localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 1, theme: 'auto', role: 'leader' })));
  await page.reload();
  await hydrated(page);
  await expect(duties.locator('[data-duty-id]')).toHaveCount(4);
  await expect(duties).not.toContainText('讲一次党课');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /plan/ and /plan/2026/ (${scheme})`, async ({ page }) => {
    await start(page, 'member');
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/plan/');
    await hydrated(page);
    await page.locator('.plan-qiyi').scrollIntoViewIfNeeded();
    await hydrated(page);
    await expect(page.locator('.plan-month')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.goto('/plan/2026/');
    // The 七一 checklist at the foot of the year page hydrates when it comes into view.
    await page.locator('.plan-qiyi').scrollIntoViewIfNeeded();
    await hydrated(page);
    expect(await axe(page)).toEqual([]);
  });

  test(`axe finds nothing on the home page with a leader role (${scheme})`, async ({ page }) => {
    await start(page, 'secretary');
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await hydrated(page);
    await expect(page.locator('.plan-duties')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}
