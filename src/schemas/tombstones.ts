// zod/mini: part of every stored state that can delete things.
import { z } from 'zod/mini';

/**
 * Deletions remembered so an archive merge never brings them back: an item key (its id, or
 * `<kind>:<id>` where a state keeps several kinds) → when it was deleted (ISO instant). Optional,
 * so data written before deletions were remembered stays valid. See src/lib/archive/tombstones.ts.
 */
export const tombstonesSchema = z.optional(z.record(z.string(), z.iso.datetime({ offset: true })));
