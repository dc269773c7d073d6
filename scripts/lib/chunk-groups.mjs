// How the browser build groups modules into files. Left to itself the bundler cuts one small file per
// shared module, and a quiz page fetched about 30 of them; compressed one by one, the files cost
// about 4 KB more than their contents compressed together. These groups put what always travels
// together into one file each (measure with `npm run bench:js`):
//   chrome   — what every page loads: Preact, nanostores, the storage engine and the compiled schema
//              runtime, settings, the header search's strings, the lazy-loading helper;
//   quiz     — what every quiz page needs: the quiz store, scoring, the question view;
//   activity — the study-time recorder that document and quiz pages run.
// A module listed here must not pull in a big dependency (the bundler brings dependencies along), and
// nothing only some pages need belongs in `chrome`.
const src = (pattern) => new RegExp(`src[\\\\/](${pattern})\\.tsx?$`);

/** Rolldown `output.codeSplitting.groups` for the client build. */
export const chunkGroups = [
  {
    name: 'chrome',
    priority: 20,
    test: (id) =>
      /node_modules[\\/](preact|nanostores|@nanostores)[\\/]/.test(id) ||
      /virtual:zh-CN\/search$|vite\/preload-helper/.test(id) ||
      src('stores/(engine|versioned-atom|settings)|lib/(compiled-schema|versioned|i18n)|i18n/translator|schemas/settings|islands/(use-client-store|common/lazy)').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'quiz',
    priority: 10,
    test: (id) =>
      /virtual:zh-CN\/quiz$/.test(id) ||
      src('islands/quiz/(QuestionView|CorrectionButton|answer-text|use-quiz-bank|BankStatus)|lib/quiz/(scoring|random|wrong-book)|stores/quiz|schemas/(quiz-state|question-vocabulary)').test(id.replaceAll('\\', '/')),
  },
  {
    name: 'activity',
    priority: 10,
    test: (id) => src('lib/activity/[^/]+|lib/dates|stores/activity|schemas/activity').test(id.replaceAll('\\', '/')),
  },
];
