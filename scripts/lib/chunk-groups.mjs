// How the browser build groups modules into files. Left to itself the bundler cuts one small file per
// shared module, and a quiz page fetched about 30 of them; compressed one by one, the files cost
// about 4 KB more than their contents compressed together. These groups put what always travels
// together into one file each (measure with `npm run bench:js`):
//   storage  — what every page's own scripts load at once (src/scripts/storage-notices.ts): nanostores,
//              the storage engine, settings and the compiled schema runtime, the dynamic-import
//              helpers, the translator islands share, and what waits for the member's first
//              interaction (the dialog helper is not in it: the header search, its first user on
//              every page, loads at the first interaction);
//   preact   — Preact and its glue (the client-store and loading hooks), only on pages with an island (or once the search or a storage
//              notice opens), so a page without one does not download Preact;
//   quiz     — what every quiz page needs at first: scoring, the question view, the bank loader. Left
//              out: the quiz atoms (stores/quiz), which the home and 学习档案 pages read too and which
//              would pull this whole file onto them, and whatever only some pages need or only once
//              the member answers (stores/quiz-record, exam-paper, random): a listed module's
//              dependencies join its group;
//   activity — the study-time recorder that document and quiz pages run;
//   quiz-atoms — the quiz record (stores/quiz, its schema and retry queue), which quiz pages, the home
//              page and 学习档案 all read;
//   records  — the reading record and what the home page's overview reads with it (plan progress,
//              today's practice): home, 学习档案, 学习计划 and the quiz overview load it whole;
//   action-records, notes-records — the records 学习档案 shows beside them (查摆整改 and 自查 with the
//              deletion marks; notes): kept out of `records` so that the home page does not download
//              them, and apart so that the 查摆整改 page does not download the notes;
//   dashboard — the overview islands' small error notices and the dictionary area they share.
// Without the last four, the home page fetched 30 files and 学习档案 43, most under 1 KB: on a weak
// signal each is a round trip of its own (now 17 and 25, with fewer bytes).
// A module listed here must not pull in a big dependency (the bundler brings dependencies along), and
// nothing only some pages need belongs in `storage`.
const src = (pattern) => new RegExp(`src[\\\\/](${pattern})\\.tsx?$`);

/** Rolldown `output.codeSplitting.groups` for the client build. */
export const chunkGroups = [
  {
    name: 'storage',
    priority: 20,
    test: (id) =>
      // listen-keys (and its path helper) serve only @nanostores/preact: they go with Preact; computed
      // serves only the pages that filter by role (stores/role.ts).
      (/node_modules[\\/](nanostores|@nanostores[\\/]persistent)[\\/]/.test(id) && !/[\\/](listen-keys|deep-map|computed)[\\/]/.test(id)) ||
      /vite\/preload-helper/.test(id) ||
      src('stores/(engine|versioned-atom|settings)|lib/(compiled-schema|versioned|i18n|lazy-module|search-shortcut)|i18n/translator|schemas/settings|scripts/first-interaction').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'preact',
    priority: 20,
    test: (id) =>
      /node_modules[\\/](preact|@nanostores[\\/]preact)[\\/]/.test(id) || src('islands/(use-client-store|common/lazy|common/use-loaded)').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'quiz',
    priority: 10,
    test: (id) =>
      /virtual:zh-CN\/quiz$/.test(id) ||
      src('islands/quiz/(QuestionView|CorrectionButton|answer-text|use-quiz-bank|BankStatus)|lib/quiz/scoring|schemas/question-vocabulary').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'activity',
    priority: 10,
    test: (id) => src('lib/activity/[^/]+|lib/dates|stores/activity|schemas/activity').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'quiz-atoms',
    priority: 10,
    test: (id) => src('stores/quiz|lib/retry-queue|schemas/quiz-state').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'records',
    priority: 5,
    test: (id) =>
      src('stores/(reading|reading-atom|document-list|plan-progress)|schemas/(reading|plan-progress)|lib/(reading-progress|study-list|ordinal|plan/progress|quiz/(daily|random))').test(
        id.replaceAll('\\', '/'),
      ),
  },
  {
    name: 'action-records',
    priority: 5,
    test: (id) =>
      src('stores/(rectify|selfcheck)|schemas/(selfcheck|rectify)|lib/action/(selfcheck|rectify|chabai|rectify-list)|lib/archive/(tombstones|canonical-json|domains/merge-helpers)').test(
        id.replaceAll('\\', '/'),
      ),
  },
  {
    name: 'notes-records',
    priority: 5,
    test: (id) => src('stores/(notes|notes-atom)|schemas/notes|lib/notes/(state|validate)').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'dashboard',
    priority: 5,
    test: (id) => /virtual:zh-CN\/common$/.test(id) || src('islands/dashboard/(DocListError|LoadError)').test(id.replaceAll('\\', '/')),
  },
];
