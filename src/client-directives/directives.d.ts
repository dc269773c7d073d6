import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates at load, rendering in a task after the island's code has run (src/client-directives/split.ts). */
    'client:split'?: boolean;
  }
}
