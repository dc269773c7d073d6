/**
 * The pure core of the dist link checker (scripts/check-links.ts): given what the built site holds —
 * its files, and for every HTML page the ids it defines and the links it makes — it lists every
 * internal link whose page or `#anchor` does not exist. No file system here, so a fixture tests it.
 */

/** One HTML page of the built site. */
export interface HtmlPage {
  /** Path of the file under dist/, with forward slashes, e.g. `documents/dangzhang/index.html`. */
  file: string;
  /** Every `id` (and `name`) the page defines. */
  ids: ReadonlySet<string>;
  /** Every `href` / `src` value as written, entities decoded. */
  links: readonly string[];
}

/** Links that do not come from a page: the quiz bank's sources, the quick jump's targets. */
export interface ExtraLinks {
  /** What to name in a message, e.g. `quiz/bank.json › plan-012`. */
  from: string;
  /** Site-absolute links, e.g. `/documents/plan/#p-3`. */
  links: readonly string[];
}

/** One broken link: where it is and what it points at. */
export interface BrokenLink {
  /** The page file or data file (and item) holding the link. */
  from: string;
  /** The link as written. */
  target: string;
  /** Why it is broken, in words. */
  reason: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The HTML file a site path is served from, or undefined when dist/ has none. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(clean)) return clean;
  const asDir = `${clean}/index.html`;
  return files.has(asDir) ? asDir : undefined;
}

/** The site path of a dist/ file, as a browser would request it: `documents/x/index.html` → `/documents/x/`. */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Checks one link made on `basePath`. External links, `mailto:` and the like are not checked;
 * an empty `#` is a script hook. Returns the reason it is broken, or undefined when it lands.
 */
export function checkLink(
  link: string,
  basePath: string,
  files: ReadonlySet<string>,
  idsOf: (file: string) => ReadonlySet<string> | undefined,
): string | undefined {
  const raw = link.trim();
  if (raw === '' || raw === '#' || EXTERNAL.test(raw)) return undefined;
  const url = new URL(raw, `http://site${basePath}`);
  if (url.host !== 'site') return undefined;
  const path = decode(url.pathname);
  const hash = decode(url.hash.replace(/^#/, ''));
  const file = fileForPath(path, files);
  if (!file) return `页面不存在：${path}`;
  if (hash === '') return undefined;
  const ids = idsOf(file);
  if (!ids) return `锚点 #${hash} 指向的不是网页：${path}`;
  return ids.has(hash) ? undefined : `锚点不存在：${path}#${hash}`;
}

/** Every broken internal link of the pages and the extra link lists, in page order. */
export function findBrokenLinks(
  pages: readonly HtmlPage[],
  files: ReadonlySet<string>,
  extras: readonly ExtraLinks[] = [],
): BrokenLink[] {
  const byFile = new Map(pages.map((p) => [p.file, p.ids]));
  const idsOf = (file: string) => byFile.get(file);
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const target of new Set(page.links)) {
      const reason = checkLink(target, pathOfFile(page.file), files, idsOf);
      if (reason) broken.push({ from: page.file, target, reason });
    }
  }
  for (const extra of extras) {
    for (const target of new Set(extra.links)) {
      const reason = checkLink(target, '/', files, idsOf);
      if (reason) broken.push({ from: extra.from, target, reason });
    }
  }
  return broken;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]!);
}

/**
 * Ids and links of one HTML page. Looks at attributes only (`id`, `name`, `href`, `src`), which is
 * what Astro writes; text inside `<script>` and `<style>` is skipped so code is not read as links.
 */
export function scanHtml(file: string, html: string): HtmlPage {
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.replace(/>[\s\S]*<\//, '></'));
  const ids = new Set<string>();
  const links: string[] = [];
  for (const tag of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag[1]!.toLowerCase();
    for (const attr of tag[2]!.matchAll(/\s([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      const key = attr[1]!.toLowerCase();
      const value = unescapeHtml(attr[2] ?? attr[3] ?? '');
      if (key === 'id' || (key === 'name' && name === 'a')) ids.add(value);
      // Preconnect/dns hints and the like name hosts, not pages; canonical URLs are absolute anyway.
      else if ((key === 'href' && name !== 'base') || (key === 'src' && name !== 'astro-island')) links.push(value);
    }
  }
  return { file, ids, links };
}
