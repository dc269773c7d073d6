// Types of the `virtual:zh-CN/<area>` modules (see scripts/lib/dictionary-areas.mjs): each is one
// area of src/i18n/zh-CN.ts.
declare module 'virtual:zh-CN/site' {
  const strings: typeof import('./zh-CN.ts').siteStrings;
  export default strings;
}
declare module 'virtual:zh-CN/storage' {
  const strings: typeof import('./zh-CN.ts').storageStrings;
  export default strings;
}
declare module 'virtual:zh-CN/role' {
  const strings: typeof import('./zh-CN.ts').roleStrings;
  export default strings;
}
declare module 'virtual:zh-CN/home' {
  const strings: typeof import('./zh-CN.ts').homeStrings;
  export default strings;
}
declare module 'virtual:zh-CN/study' {
  const strings: typeof import('./zh-CN.ts').studyStrings;
  export default strings;
}
declare module 'virtual:zh-CN/doc' {
  const strings: typeof import('./zh-CN.ts').docStrings;
  export default strings;
}
declare module 'virtual:zh-CN/reader' {
  const strings: typeof import('./zh-CN.ts').readerStrings;
  export default strings;
}
declare module 'virtual:zh-CN/search' {
  const strings: typeof import('./zh-CN.ts').searchStrings;
  export default strings;
}
declare module 'virtual:zh-CN/category' {
  const strings: typeof import('./zh-CN.ts').categoryStrings;
  export default strings;
}
declare module 'virtual:zh-CN/common' {
  const strings: typeof import('./zh-CN.ts').commonStrings;
  export default strings;
}
declare module 'virtual:zh-CN/quiz' {
  const strings: typeof import('./zh-CN.ts').quizStrings;
  export default strings;
}
declare module 'virtual:zh-CN/quizPractice' {
  const strings: typeof import('./zh-CN.ts').quizPracticeStrings;
  export default strings;
}
declare module 'virtual:zh-CN/quizDaily' {
  const strings: typeof import('./zh-CN.ts').quizDailyStrings;
  export default strings;
}
declare module 'virtual:zh-CN/quizExam' {
  const strings: typeof import('./zh-CN.ts').quizExamStrings;
  export default strings;
}
declare module 'virtual:zh-CN/quizWrong' {
  const strings: typeof import('./zh-CN.ts').quizWrongStrings;
  export default strings;
}
declare module 'virtual:zh-CN/quizStats' {
  const strings: typeof import('./zh-CN.ts').quizStatsStrings;
  export default strings;
}
declare module 'virtual:zh-CN/quizCorrection' {
  const strings: typeof import('./zh-CN.ts').quizCorrectionStrings;
  export default strings;
}
declare module 'virtual:zh-CN/archive' {
  const strings: typeof import('./zh-CN.ts').archiveStrings;
  export default strings;
}
declare module 'virtual:zh-CN/plan' {
  const strings: typeof import('./zh-CN.ts').planStrings;
  export default strings;
}
declare module 'virtual:zh-CN/rectify' {
  const strings: typeof import('./zh-CN.ts').rectifyStrings;
  export default strings;
}
declare module 'virtual:zh-CN/notes' {
  const strings: typeof import('./zh-CN.ts').notesStrings;
  export default strings;
}
declare module 'virtual:zh-CN/activity' {
  const strings: typeof import('./zh-CN.ts').activityStrings;
  export default strings;
}
declare module 'virtual:zh-CN/action' {
  const strings: typeof import('./zh-CN.ts').actionStrings;
  export default strings;
}
declare module 'virtual:zh-CN/selfcheck' {
  const strings: typeof import('./zh-CN.ts').selfcheckStrings;
  export default strings;
}
declare module 'virtual:zh-CN/offline' {
  const strings: typeof import('./zh-CN.ts').offlineStrings;
  export default strings;
}
