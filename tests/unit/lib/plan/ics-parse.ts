// A minimal iCalendar reader for the tests: unfolds lines, splits components and reads
// properties with their parameters. Enough to check what calendar apps will see.

/** One property line, e.g. DTSTART;TZID=Asia/Shanghai:20260114T150000. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A component (VCALENDAR, VEVENT, VTIMEZONE, …) with its properties and children. */
export interface IcsComponent {
  type: string;
  props: IcsProperty[];
  children: IcsComponent[];
}

/** Parses iCalendar text; throws on a structure error (unbalanced BEGIN/END, bad line). */
export function parseIcs(text: string): IcsComponent {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('lines must end in CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`no colon: ${line}`);
    const [name, ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const c: IcsComponent = { type: value, props: [], children: [] };
      if (stack.length > 0) stack.at(-1)!.children.push(c);
      else root = c;
      stack.push(c);
    } else if (name === 'END') {
      const c = stack.pop();
      if (!c || c.type !== value) throw new Error(`END:${value} does not close ${c?.type}`);
    } else {
      if (stack.length === 0) throw new Error(`property outside a component: ${line}`);
      const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
      stack.at(-1)!.props.push({ name: name!, params, value });
    }
  }
  if (!root || stack.length > 0) throw new Error('unclosed component');
  return root;
}

/** The first property of a name. */
export function prop(c: IcsComponent, name: string): IcsProperty | undefined {
  return c.props.find((p) => p.name === name);
}

/** Unescapes a TEXT value (\\n, \\, \\; \\\\). */
export function textValue(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}
