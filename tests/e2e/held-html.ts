// A page whose HTML arrives in pieces, as on a weak signal: a proxy in front of the test server
// that pauses before every tag of one part of one page. Chromium paints what it has parsed while
// it waits, so whatever that part shows half-built is on screen, and anything that moves as the
// rest arrives is a layout shift.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where to pause: before every tag from the first `from` up to the first `to` after it. */
export interface HeldPart {
  /** Text that starts the part, e.g. `<div class="reader-dock"`. */
  from: string;
  /** Text that ends it (not held itself), e.g. `</body>`. */
  to: string;
}

/** Offsets in `html` of every `<` within the part; throws if the part is not in the page. */
export function tagStarts(html: string, { from, to }: HeldPart): number[] {
  const start = html.indexOf(from);
  const end = start < 0 ? -1 : html.indexOf(to, start);
  if (end < 0) throw new Error(`the page has no ${from} … ${to}`);
  const cuts: number[] = [];
  for (let at = start; at >= 0 && at < end; at = html.indexOf('<', at + 1)) cuts.push(at);
  return cuts;
}

/**
 * Serves `upstream` on a free local port, passing everything through unchanged except the HTML of
 * `path`, which is sent in pieces with `pauseMs` before each tag of `part`.
 * @returns the proxy's origin, and `close` to stop it.
 */
export async function serveHeld(upstream: string, path: string, part: HeldPart, pauseMs = 120): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const reply = await fetch(upstream + (req.url ?? '/'));
      const body = Buffer.from(await reply.arrayBuffer());
      res.writeHead(reply.status, { 'content-type': reply.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-store' });
      if (new URL(req.url ?? '/', upstream).pathname !== path) {
        res.end(body);
        return;
      }
      const html = body.toString('utf8');
      let sent = 0;
      for (const cut of tagStarts(html, part)) {
        res.write(html.slice(sent, cut));
        sent = cut;
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
      res.end(html.slice(sent));
    })().catch((error: unknown) => res.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
