/**
 * `client:split`: hydrates as soon as the page has loaded, like `client:load`, but renders in a
 * task of its own once the island's code has run. A large island's modules (stores reading the
 * member's data, its strings) and its first render would otherwise make one long task that holds
 * up a phone's main thread; split, the browser can handle input and paint in between.
 */
import type { ClientDirective } from 'astro';

const splitDirective: ClientDirective = async (load) => {
  const hydrate = await load();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await hydrate();
};

export default splitDirective;
