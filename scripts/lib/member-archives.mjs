// Generates realistic 学习档案 files for many members, in the site's real export format, for the
// 支部汇总 benchmark (scripts/bench-branch.mjs) and its end-to-end test. Every file is built by the
// site's own `buildArchive`, so its checksum is valid and every domain passes the site's schemas.
// The ids (documents, questions, plan tasks, 双十条 items) are read from content/, so the files
// look like what members of this branch would really export. Deterministic: the same seed gives
// the same files.
import { readFileSync, readdirSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
// The archive code's messages come from `virtual:zh-CN/…` modules, which only Vite knows about.
register('./dictionary-node-hooks.mjs', import.meta.url);
const { archiveFileName, buildArchive } = await import('../../src/lib/archive/archive-file.ts');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..') + '/';
const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;

/** A small seeded PRNG (mulberry32): reproducible files without a dependency. */
export function randomSource(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

let contentCache;
/** Ids this branch's members really produce: documents (with audience), questions, plan tasks, 双十条 items. */
export function loadContent() {
  if (contentCache) return contentCache;
  const docsDir = `${ROOT}content/documents/`;
  const documents = readdirSync(docsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(docsDir + f, 'utf8');
      const audience = /^audience:\s*"?(all|leaders)"?/m.exec(text)?.[1] ?? 'all';
      const units = [...text.matchAll(/\{#((?:art|ch|p|sec)-\d+)\}|id="((?:art|ch|p|sec)-\d+)"/g)].map((m) => m[1] ?? m[2]);
      return { id: f.replace(/\.mdx$/, ''), audience, units: units.length ? [...new Set(units)] : ['guide-1', 'guide-2', 'guide-3'] };
    });
  const qDir = `${ROOT}content/questions/`;
  const questions = readdirSync(qDir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => [...readFileSync(qDir + f, 'utf8').matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1]));
  const planDir = `${ROOT}content/plan/`;
  const tasks = readdirSync(planDir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const plan = parseYaml(readFileSync(planDir + f, 'utf8'));
      return (plan.months ?? []).flatMap((m) =>
        (m.tasks ?? []).map((t) => ({ id: t.id, year: plan.year, month: m.month, audience: t.audience ?? 'all' })),
      );
    });
  const lists = parseYaml(readFileSync(`${ROOT}content/lists/selfcheck.yaml`, 'utf8'));
  const checkItems = [
    ...lists.positive.items.map((i) => ({ id: i.id, list: 'positive', text: i.text })),
    ...lists.negative.items.map((i) => ({ id: i.id, list: 'negative', text: i.text })),
  ];
  contentCache = { documents, questions, tasks, checkItems };
  return contentCache;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'.split('');
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '志强', '海燕', '红梅', '国庆', '卫东', '晓东', '春生'];

/** The `index`-th member's name: different for every index below 1 500. */
export function memberName(index) {
  const surname = SURNAMES[index % SURNAMES.length];
  const given = GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length];
  const round = Math.floor(index / (SURNAMES.length * GIVEN.length));
  return round === 0 ? surname + given : `${surname}${given}${round + 1}`;
}

/** `YYYY-MM-DD` of a Beijing day as the UTC ms of its midnight in Beijing. */
function dayStartMs(day) {
  return Date.parse(`${day}T00:00:00+08:00`);
}
/** The Beijing day of an instant (Beijing has kept UTC+8 all year since 1991). */
function beijingDayOf(ms) {
  return new Date(ms + BEIJING_MS).toISOString().slice(0, 10);
}
/** An instant on `day` between `fromHour` and `toHour` Beijing time. */
function instantOn(rng, day, fromHour = 8, toHour = 22) {
  return new Date(dayStartMs(day) + rng.int(fromHour * 3600, toHour * 3600 - 1) * 1000).toISOString();
}

/**
 * One member's stored data, every domain, from the start of `year` up to `until` (a Beijing day).
 * `diligence` (0–1) scales how much they did; roles: member, leader, secretary.
 */
export function memberData({ rng, year, until, role, diligence }) {
  const content = loadContent();
  const leaders = role !== 'member';
  const days = [];
  for (let ms = dayStartMs(`${year}-01-01`); ms <= dayStartMs(until); ms += DAY_MS) days.push(beijingDayOf(ms));

  // 学习时长: study on some days, 5–90 minutes.
  const activity = { version: 1, days: {} };
  const studyDays = days.filter(() => rng.chance(0.15 + 0.75 * diligence));
  for (const day of studyDays) activity.days[day] = rng.int(300, 5400);

  // 学习测试: 每日一练 on most study days, practice answers, a few exams.
  const attempts = [];
  const daily = {};
  for (const day of studyDays) {
    if (!rng.chance(0.3 + 0.6 * diligence)) continue;
    const questions = Array.from({ length: 5 }, () => rng.pick(content.questions));
    const doneAt = instantOn(rng, day);
    const answers = {};
    let correct = 0;
    questions.forEach((q, i) => {
      const ok = rng.chance(0.55 + 0.4 * diligence);
      if (ok) correct += 1;
      answers[q] = rng.pick(['A', 'B', 'C', 'D']);
      attempts.push({ q, t: new Date(Date.parse(doneAt) - (5 - i) * 40_000).toISOString(), ok, m: 'daily' });
    });
    daily[day] = { questions, answers, correct, doneAt };
  }
  const practice = {};
  for (const day of studyDays) {
    if (!rng.chance(0.25)) continue;
    const start = Date.parse(instantOn(rng, day));
    const n = rng.int(3, 12);
    const doc = rng.pick(content.documents);
    for (let i = 0; i < n; i++) {
      const q = rng.pick(content.questions);
      attempts.push({ q, t: new Date(start + i * 35_000).toISOString(), ok: rng.chance(0.5 + 0.4 * diligence), m: 'practice' });
      practice[doc.id] = { at: q, t: new Date(start + i * 35_000).toISOString() };
    }
  }
  const exams = [];
  for (const day of studyDays) {
    if (!rng.chance(0.04 + 0.06 * diligence)) continue;
    const started = Date.parse(instantOn(rng, day, 8, 20));
    const questions = Array.from({ length: 20 }, () => rng.pick(content.questions));
    const answers = {};
    let correct = 0;
    questions.forEach((q, i) => {
      const ok = rng.chance(0.45 + 0.5 * diligence);
      if (ok) correct += 1;
      answers[q] = rng.pick(['A', 'B', 'C', 'D']);
      attempts.push({ q, t: new Date(started + (i + 1) * 60_000).toISOString(), ok, m: 'exam' });
    });
    const percent = Math.round((correct / questions.length) * 100);
    exams.push({
      id: String(started),
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(started + 25 * 60_000).toISOString(),
      minutes: 30,
      passPercent: 60,
      questions,
      answers,
      correct,
      total: questions.length,
      percent,
      passed: percent >= 60,
      timedOut: false,
    });
  }
  attempts.sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
  const wrong = {};
  const mastered = {};
  for (const a of attempts) {
    if (a.ok || Object.hasOwn(wrong, a.q)) continue;
    if (rng.chance(0.3)) {
      mastered[a.q] = new Date(Date.parse(a.t) + 3 * DAY_MS).toISOString();
    } else {
      wrong[a.q] = { added: a.t, due: new Date(Date.parse(a.t) + DAY_MS).toISOString(), streak: rng.int(0, 2), lapses: rng.int(1, 3) };
    }
  }
  for (const q of Object.keys(mastered)) if (Object.hasOwn(wrong, q)) delete mastered[q];
  const starred = [...new Set(Array.from({ length: rng.int(0, 8) }, () => rng.pick(content.questions)))];
  const quiz = { version: 1, attempts, wrong, mastered, starred, practice, daily, exams };

  // 阅读进度: the role's documents, some read through and marked learned.
  const reading = { version: 1, docs: {} };
  for (const doc of content.documents) {
    if (doc.audience === 'leaders' && !leaders) continue;
    if (!studyDays.length || !rng.chance(0.3 + 0.65 * diligence)) continue;
    const share = rng.next() * (0.4 + 0.6 * diligence);
    const read = doc.units.slice(0, Math.max(1, Math.round(doc.units.length * share)));
    const visitedAt = instantOn(rng, rng.pick(studyDays));
    const entry = { read, position: read[read.length - 1], visitedAt };
    if (rng.chance(0.15 + 0.75 * diligence)) entry.learnedAt = visitedAt;
    reading.docs[doc.id] = entry;
    reading.last = doc.id;
  }

  // 学习计划: monthly tasks of the role, ticked within their month.
  const plan = { version: 1, tasks: {}, qiyi: {}, duties: {} };
  for (const task of content.tasks) {
    if (task.year !== year || (task.audience === 'leaders' && !leaders)) continue;
    const monthDays = days.filter((d) => Number(d.slice(5, 7)) === task.month);
    if (monthDays.length && rng.chance(0.2 + 0.75 * diligence)) plan.tasks[task.id] = instantOn(rng, rng.pick(monthDays));
  }

  // 党性体检: none, one or two checks of all twenty items.
  const selfcheck = { version: 1, draft: null, checks: [] };
  const checkCount = rng.chance(0.2 + 0.6 * diligence) ? rng.int(1, 2) : 0;
  for (let c = 0; c < checkCount; c++) {
    const day = rng.pick(days);
    selfcheck.checks.push({
      id: `c${year}${day.slice(5).replace('-', '')}${c}${rng.int(100, 999)}`,
      at: instantOn(rng, day),
      day,
      items: content.checkItems.map((item) => ({ ...item, rating: rng.chance(0.8) ? 'ok' : rng.pick(['partly', 'gap']) })),
    });
  }
  selfcheck.checks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  // 整改清单: a few items, some past their deadline and still open.
  const rectify = { version: 1, chabai: {}, items: [] };
  const itemCount = rng.int(0, 3);
  for (let i = 0; i < itemCount; i++) {
    const createdDay = rng.pick(days);
    const createdAt = instantOn(rng, createdDay);
    const deadline = beijingDayOf(dayStartMs(createdDay) + rng.int(7, 60) * DAY_MS);
    const history = [{ at: createdAt, kind: 'created', to: 'todo' }];
    let status = 'todo';
    let evidence = '';
    let updatedAt = createdAt;
    if (rng.chance(0.5 + 0.4 * diligence)) {
      const doneMs = Math.min(Date.parse(createdAt) + rng.int(2, 50) * DAY_MS, dayStartMs(until) + 12 * 3_600_000);
      if (doneMs > Date.parse(createdAt)) {
        updatedAt = new Date(doneMs).toISOString();
        evidence = '已按措施完成，支部已核实。';
        status = 'done';
        history.push({ at: updatedAt, kind: 'status', from: 'todo', to: 'done', evidence });
      }
    }
    rectify.items.push({
      id: `r${i}${rng.int(100000, 999999)}`,
      problem: rng.pick(['理论学习不够系统', '参加组织生活不够积极', '联系群众不够紧密', '工作标准不够高']),
      origin: 'manual',
      measures: '制定学习计划，每周集中学习一次。',
      responsible: '本人',
      deadline,
      status,
      evidence,
      createdAt,
      updatedAt,
      history,
    });
  }

  // 学习笔记 (学习交流).
  const notes = { version: 1, notes: {} };
  const noteCount = studyDays.length ? rng.int(0, Math.round(12 * diligence)) : 0;
  for (let i = 0; i < noteCount; i++) {
    const doc = rng.pick(content.documents);
    const at = instantOn(rng, rng.pick(studyDays));
    const id = `n${Date.parse(at).toString(36)}${i}`;
    notes.notes[id] = { id, doc: doc.id, anchor: rng.pick(doc.units), heading: '', text: '联系本职工作，要把学习体会落实到具体行动中。', created: at, updated: at };
  }

  const settings = { version: 1, role, fontStep: 1, theme: 'auto' };
  return { reading, quiz, activity, plan, selfcheck, rectify, notes, settings };
}

/**
 * `count` members' archive files, exported on `exportedOn` (a Beijing day) with data from the start
 * of `year`. Member 0 is the branch secretary, about one in six a leading cadre.
 * Returns `{ name, member, text, size }` per file, `name` being the real export file name.
 */
export async function memberArchives({ count, year = 2026, exportedOn = `${year}-06-30`, seed = 2026 }) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const rng = randomSource(seed * 7919 + i);
    const role = i === 0 ? 'secretary' : i % 6 === 3 ? 'leader' : 'member';
    const diligence = i === 0 ? 0.9 : rng.next();
    const data = memberData({ rng, year, until: exportedOn, role, diligence });
    const name = memberName(i);
    const now = new Date(dayStartMs(exportedOn) + 23 * 3_600_000 + 30 * 60_000);
    out.push(await archiveText({ name, role }, data, now));
  }
  return out;
}

/** Builds one archive file with the site's own builder (valid checksum). */
export async function archiveText(member, data, now) {
  const archive = await buildArchive(member, data, now);
  const text = JSON.stringify(archive);
  return { name: archiveFileName(member.name, now), member, exportedAt: archive.exportedAt, text, size: Buffer.byteLength(text) };
}

/** A copy of a file damaged in transit: one character in the middle changed, so the checksum no longer matches. */
export function damaged(file, name = `损坏-${file.name}`) {
  const text = file.text;
  const at = text.indexOf('"seconds"') > 0 ? text.indexOf('"seconds"') : text.indexOf('"days":{"') + 10;
  const digit = text.slice(at).search(/[0-9]/) + at;
  const changed = text.slice(0, digit) + (text[digit] === '1' ? '2' : '1') + text.slice(digit + 1);
  return { ...file, name, text: changed, size: Buffer.byteLength(changed) };
}
