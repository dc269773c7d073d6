import type { PlanTaskRef } from '../../lib/archive/dashboard.ts';
import type { Role } from '../../schemas/site-config.ts';

/** What the archive islands need to know about a document, from the build. */
export interface ArchiveDoc {
  id: string;
  title: string;
  shortTitle: string;
  audience: 'all' | 'leaders';
  /** Anchor ids of every heading, in order, so notes follow the document. */
  anchors: string[];
}

/** Build-time data for the 学习档案 islands. */
export interface ArchiveProps {
  /** Roles from site.config.ts. */
  roles: Role[];
  /**
   * Every document in catalogue order. The pages do not hand it to the islands (it grows with
   * the site): they load /documents.json and /archive/outline.json when needed instead.
   */
  docs: ArchiveDoc[];
  /** Every monthly task of every plan year. */
  tasks: PlanTaskRef[];
  /** The unit's name, for the printed record. */
  unitName: string;
}
