import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';
import type { RectifyItem, RectifyState } from '../../src/schemas/rectify.ts';

const KEY = 'lxyz:v1:rectify';
const PATH = '/action/rectify/';

/** A stored item, created 2026-03-01 (Beijing), with overrides. */
function item(id: string, extra: Partial<RectifyItem> = {}): RectifyItem {
  const at = '2026-03-01T02:00:00.000Z';
  return { id, problem: id, origin: 'manual', measures: '', responsible: '', status: 'todo', evidence: '', createdAt: at, updatedAt: at, history: [{ at, kind: 'created', to: 'todo' }], ...extra };
}

/** Opens the page with this state stored (and, optionally, a role chosen). */
async function openWith(page: Page, state: RectifyState | undefined, role?: string): Promise<void> {
  await page.goto(PATH);
  await page.evaluate(
    ([key, value, roleId]) => {
      if (value) localStorage.setItem(key!, value);
      if (roleId) localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 1, theme: 'auto', role: roleId }));
    },
    [KEY, state ? JSON.stringify(state) : '', role ?? ''] as const,
  );
  await page.reload();
  await ready(page);
}

async function ready(page: Page): Promise<void> {
  await hydrated(page);
  await expect(page.locator('.rectify-summary')).toBeVisible();
}

async function stored(page: Page): Promise<RectifyState> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? 'null') as RectifyState;
}

const card = (page: Page, problem: string) => page.locator('.rectify-item').filter({ has: page.getByRole('heading', { name: problem, exact: true }) });

test('a 查摆 note is saved and goes to the 整改清单 in one click', async ({ page }) => {
  await openWith(page, undefined);
  // No role chosen yet: the site's first role (普通党员) stands in, so 党员 comes first.
  await expect(page.getByRole('radio', { name: /^党员/ })).toBeChecked();
  const question = page.locator('[data-question-id="dangyuan-1"]');
  await expect(question.locator('label')).toHaveText('理想信念是否坚定');
  const note = question.getByRole('textbox', { name: '理想信念是否坚定' });

  // Nothing written: the button asks for a note instead of adding an empty problem.
  await question.getByRole('button', { name: '加入整改清单' }).click();
  await expect(question.locator('.field-error')).toHaveText(/请先写下查摆出的问题/);
  await expect(page.locator('.rectify-item')).toHaveCount(0);

  await note.fill('对系列讲话只读过摘要，没有读原文。');
  await expect(question.locator('.chabai-state')).toHaveText('有改动，尚未保存');
  await question.getByRole('button', { name: '加入整改清单' }).click();
  await expect(page.locator('.chabai .rectify-announce')).toContainText('已把“理想信念是否坚定”查摆出的问题加入整改清单');
  await expect(question.locator('.chabai-state')).toContainText('已保存');
  await expect(question.locator('[data-in-list]')).toContainText('已加入整改清单');
  const added = card(page, '对系列讲话只读过摘要，没有读原文。');
  await expect(added).toContainText('状态：待整改');
  await expect(added).toContainText('查摆问题（对照：党员 · 理想信念是否坚定）');
  await expect(page.getByRole('radio', { name: /^党员/ })).toHaveAccessibleName(/已填 1\/4/);

  // A note in another question is saved when the member leaves the box.
  await page.getByRole('textbox', { name: '对党是否忠诚老实' }).fill('汇报思想不够主动');
  await page.getByRole('textbox', { name: '大是大非面前是否旗帜鲜明' }).focus();
  await page.reload();
  await ready(page);
  await expect(page.getByRole('textbox', { name: '对党是否忠诚老实' })).toHaveValue('汇报思想不够主动');
  await expect(note).toHaveValue('对系列讲话只读过摘要，没有读原文。');
  const state = await stored(page);
  expect(Object.keys(state.chabai.dangyuan ?? {}).sort()).toEqual(['dangyuan-1', 'dangyuan-2']);
  expect(state.items).toMatchObject([{ origin: 'chabai', originRef: 'dangyuan-1', problem: '对系列讲话只读过摘要，没有读原文。' }]);
});

test('the secretary meets the 党支部 checklist first, and can open every checklist', async ({ page }) => {
  await openWith(page, undefined, 'secretary');
  const options = page.locator('.chabai-option');
  await expect(options.first()).toContainText('党支部');
  await expect(options.first()).toContainText('适合你的身份');
  await expect(page.getByRole('radio', { name: /^党支部/ })).toBeChecked();
  await expect(page.getByRole('heading', { name: '党支部查摆内容' })).toBeVisible();
  await expect(page.locator('.chabai-quote').filter({ hasText: '着力解决政治功能不强、组织软弱涣散、全面从严治党缺位等问题' })).toBeVisible();
  await page.getByRole('radio', { name: /^领导班子/ }).check();
  await expect(page.getByRole('heading', { name: '领导班子查摆内容' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '是否认真坚持民主集中制' })).toBeVisible();
});

test('add an item by hand (an empty problem is refused in words) and take it to 已销号', async ({ page }) => {
  await openWith(page, undefined);
  await page.getByRole('button', { name: '添加整改事项' }).click();
  const form = page.locator('form.rectify-form');
  const problem = form.getByRole('textbox', { name: /问题描述/ });
  await expect(problem).toBeFocused();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('#rectify-new-problem-error')).toHaveText(/请填写问题描述。/);
  await expect(problem).toHaveAttribute('aria-invalid', 'true');
  await expect(problem).toBeFocused();
  await expect(form.getByRole('alert')).toContainText('有 1 处需要修改');
  await expect(page.locator('.rectify-item')).toHaveCount(0);

  // Too long is refused too, with the count.
  await problem.fill('字'.repeat(501));
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('#rectify-new-problem-error')).toHaveText(/最多 500 字，现在有 501 字/);

  await problem.fill('参加志愿服务次数少');
  await form.getByRole('textbox', { name: '整改措施' }).fill('每季度至少参加一次社区志愿服务');
  await form.getByRole('textbox', { name: '责任人' }).fill('李四');
  await form.getByLabel('整改时限').fill('2099-12-31');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
  const it = card(page, '参加志愿服务次数少');
  await expect(it).toContainText('状态：待整改');
  await expect(it).toContainText('2099年12月31日');
  await expect(it).toContainText('李四');

  await it.getByRole('button', { name: '开始整改' }).click();
  await expect(it).toContainText('状态：整改中');

  // 已完成 needs an evidence note.
  await it.getByRole('button', { name: '标为已完成' }).click();
  await it.getByRole('button', { name: '确定' }).click();
  await expect(it.getByRole('alert')).toContainText('请填写完成情况（佐证）');
  await expect(it).toContainText('状态：整改中');
  await it.getByRole('textbox', { name: '完成情况（佐证）' }).fill('二季度参加两次社区志愿服务，有签到表');
  await it.getByRole('button', { name: '确定' }).click();
  await expect(it).toContainText('状态：已完成');
  await expect(it).toContainText('二季度参加两次社区志愿服务，有签到表');

  // 销号 from 已完成, with the evidence already there.
  await it.getByRole('button', { name: '销号' }).click();
  await expect(it.getByRole('textbox', { name: '完成情况（佐证）' })).toHaveValue('二季度参加两次社区志愿服务，有签到表');
  await it.getByRole('button', { name: '确定' }).click();
  await expect(it).toContainText('状态：已销号');
  await expect(it.getByRole('button', { name: '修改' })).toHaveCount(0);
  await expect(it).toContainText('已销号，不能修改');

  // Reopening goes back to 整改中 and is recorded with the reason; nothing earlier is rewritten.
  await it.getByRole('button', { name: '重新整改' }).click();
  await it.getByRole('textbox', { name: '原因（选填）' }).fill('复查发现仍有差距');
  await it.getByRole('button', { name: '确定' }).click();
  await expect(it).toContainText('状态：整改中');
  await it.locator('summary').click();
  const history = it.locator('.rectify-history li');
  await expect(history).toHaveCount(6);
  await expect(history.nth(0)).toContainText('添加，状态为“待整改”');
  await expect(history.nth(1)).toContainText('状态由“待整改”改为“整改中”');
  await expect(history.nth(2)).toContainText('修改了：完成情况（佐证）');
  await expect(history.nth(3)).toContainText('状态由“整改中”改为“已完成”');
  await expect(history.nth(4)).toContainText('状态由“已完成”改为“已销号”');
  await expect(history.nth(5)).toContainText('状态由“已销号”改为“整改中”（重新整改）');
  await expect(history.nth(5)).toContainText('原因：复查发现仍有差距');
  expect((await stored(page)).items[0]?.history.map((h) => h.kind)).toEqual(['created', 'status', 'edited', 'status', 'status', 'status']);
});

test('an item past its deadline is flagged as overdue in words, by Beijing day', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-01T02:00:00Z'));
  await openWith(page, undefined);
  await page.getByRole('button', { name: '添加整改事项' }).click();
  const form = page.locator('form.rectify-form');
  await form.getByRole('textbox', { name: /问题描述/ }).fill('学习笔记不全');
  // A deadline before the day the item is added is refused.
  await form.getByLabel('整改时限').fill('2026-02-28');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('#rectify-new-deadline-error')).toHaveText(/不能早于添加的日期（2026-03-01）/);
  await form.getByLabel('整改时限').fill('2026-03-05');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(card(page, '学习笔记不全')).not.toContainText('已逾期');

  // 2026-03-05 23:30 in Beijing: the deadline day itself is not overdue yet.
  await page.clock.setFixedTime(new Date('2026-03-05T15:30:00Z'));
  await page.reload();
  await ready(page);
  await expect(card(page, '学习笔记不全')).not.toContainText('已逾期');

  // 2026-03-06 00:30 in Beijing (still 03-05 in UTC): overdue.
  await page.clock.setFixedTime(new Date('2026-03-05T16:30:00Z'));
  await page.reload();
  await ready(page);
  const it = card(page, '学习笔记不全');
  await expect(it.locator('.rectify-overdue')).toHaveText('已逾期 1 天');
  await expect(it).toHaveAttribute('data-overdue', 'true');
  await expect(page.locator('.rectify-summary')).toContainText('其中已逾期 1 项');
});

test('filter by status, origin and overdue, and sort', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-01T02:00:00Z'));
  await openWith(page, {
    version: 1,
    chabai: {},
    items: [
      item('later', { problem: '时限还早', deadline: '2026-06-01' }),
      item('overdue', { problem: '已经逾期', deadline: '2026-03-10', status: 'doing', origin: 'chabai', originRef: 'banzi-1' }),
      item('done', { problem: '已经完成', status: 'done', evidence: '已改', origin: 'selfcheck', originRef: 'x' }),
    ],
  });
  const problems = page.locator('.rectify-item .rectify-problem');
  // Overdue first, then by deadline, finished last.
  await expect(problems).toHaveText(['已经逾期', '时限还早', '已经完成']);
  await expect(page.locator('.rectify-summary')).toHaveText('共 3 项：未完成 2 项，其中已逾期 1 项；已完成或已销号 1 项。');

  await page.getByLabel('状态', { exact: true }).selectOption({ label: '已完成' });
  await expect(problems).toHaveText(['已经完成']);
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '未完成（待整改和整改中）' });
  await expect(problems).toHaveText(['已经逾期', '时限还早']);
  await page.getByLabel('来源').selectOption({ label: '查摆问题' });
  await expect(problems).toHaveText(['已经逾期']);
  await expect(card(page, '已经逾期')).toContainText('查摆问题（对照：领导班子 · 是否落实全面从严治党主体责任）');
  await page.getByLabel('来源').selectOption({ label: '党性体检' });
  await expect(page.getByText('没有符合筛选条件的事项。')).toBeVisible();
  await page.getByLabel('来源').selectOption({ label: '全部来源' });
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '全部状态' });
  await page.getByRole('checkbox', { name: '只看已逾期' }).check();
  await expect(problems).toHaveText(['已经逾期']);
  await page.getByRole('checkbox', { name: '只看已逾期' }).uncheck();
  await page.getByLabel('排序').selectOption({ label: '按状态' });
  await expect(problems).toHaveText(['时限还早', '已经逾期', '已经完成']);
  await expect(page.locator('.rectify-shown')).toContainText('当前显示 3 项');
});

test('delete asks in a dialog and can be undone', async ({ page }) => {
  await openWith(page, { version: 1, chabai: {}, items: [item('a', { problem: '甲问题' }), item('b', { problem: '乙问题' }), item('c', { problem: '丙问题' })] });
  await page.getByLabel('排序').selectOption({ label: '最新添加的在前' });
  const problems = page.locator('.rectify-item .rectify-problem');
  await expect(problems).toHaveText(['甲问题', '乙问题', '丙问题']);

  const dialog = page.getByRole('dialog', { name: '删除这项整改事项吗？' });
  await card(page, '乙问题').getByRole('button', { name: '删除' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('将删除“乙问题”及其全部变更记录');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(problems).toHaveCount(3);

  await card(page, '乙问题').getByRole('button', { name: '删除' }).click();
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(dialog).toBeHidden();
  await expect(problems).toHaveText(['甲问题', '丙问题']);
  const undo = page.locator('.undo-notice');
  await expect(undo).toContainText('已删除“乙问题”。');
  await expect(undo.getByRole('button', { name: '撤销' })).toBeFocused();
  expect((await stored(page)).items.map((i) => i.id)).toEqual(['a', 'c']);

  await undo.getByRole('button', { name: '撤销' }).click();
  await expect(problems).toHaveText(['甲问题', '乙问题', '丙问题']);
  await expect(undo).toHaveCount(0);
  await expect(page.locator('.rectify-list-section .rectify-announce')).toHaveText('已恢复“乙问题”。');
  expect((await stored(page)).items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
});

test('export CSV: a UTF-8 file with BOM, Chinese headers and escaped fields, named with the Beijing date', async ({ page }) => {
  // 2026-07-01 00:30 in Beijing, still June 30 in UTC.
  await page.clock.setFixedTime(new Date('2026-06-30T16:30:00Z'));
  await openWith(page, {
    version: 1,
    chabai: {},
    items: [
      item('q', { problem: '他说"要改",\n第二行', measures: '=SUM(A1)', responsible: '张三，李四', deadline: '2026-03-10' }),
      item('p', { problem: '普通问题', status: 'done', evidence: '已改', origin: 'chabai', originRef: 'dangyuan-1', deadline: '2026-03-05' }),
    ],
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('整改清单-2026-07-01.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('"序号","问题描述","来源","来源说明","整改措施","责任人","整改时限","状态","是否逾期","完成情况（佐证）","添加时间","最后更新"');
  // Overdue first: the open item past its deadline, then the finished one.
  expect(text).toContain('"1","他说""要改"",\n第二行","自行添加","","\'=SUM(A1)","张三，李四","2026-03-10","待整改","已逾期 113 天","",');
  expect(text).toContain('"2","普通问题","查摆问题","党员 · 理想信念是否坚定","","","2026-03-05","已完成","","已改",');
  expect(text.endsWith('\r\n')).toBe(true);
  await expect(page.locator('.rectify-list-section .rectify-announce')).toContainText('已生成文件“整改清单-2026-07-01.csv”（2 项）');
});

test('the print view is an A4 table of the list', async ({ page }) => {
  await openWith(page, { version: 1, chabai: {}, items: [item('a', { problem: '甲问题', measures: '措施' })] });
  await expect(page.locator('.rectify-print')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.rectify-print')).toBeVisible();
  await expect(page.locator('.rectify-print td').nth(1)).toHaveText('甲问题');
  await expect(page.locator('.rectify-screen')).toBeHidden();
  await expect(page.locator('.chabai-section')).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on ${PATH} with items, form errors and the delete dialog (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.setFixedTime(new Date('2026-04-01T02:00:00Z'));
    await openWith(page, {
      version: 1,
      chabai: { dangyuan: { 'dangyuan-1': { note: '学习不够', answeredAt: '2026-03-01T02:00:00.000Z', updatedAt: '2026-03-01T02:00:00.000Z' } } },
      items: [
        item('a', { problem: '已经逾期', deadline: '2026-03-10', status: 'doing', origin: 'chabai', originRef: 'dangyuan-1' }),
        item('b', { problem: '已经完成', status: 'done', evidence: '已改' }),
        item('c', { problem: '已经销号', status: 'closed', evidence: '已改' }),
      ],
    });
    const check = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await check();
    await page.getByRole('button', { name: '添加整改事项' }).click();
    await page.locator('form.rectify-form').getByRole('button', { name: '保存' }).click();
    await card(page, '已经逾期').getByRole('button', { name: '标为已完成' }).click();
    await card(page, '已经逾期').getByRole('button', { name: '确定' }).click();
    await card(page, '已经完成').locator('summary').click();
    await expect(page.getByRole('alert')).toHaveCount(2);
    await check();
    await card(page, '已经销号').getByRole('button', { name: '删除' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check();
  });
}
