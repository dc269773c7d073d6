/**
 * Looks up a UI string and fills `{name}` placeholders. Pure, so islands, pages and tests share it.
 * A missing key is a programming error and throws, so a typo never ships as a blank label.
 */
export function translate<D extends Record<string, string>>(
  dict: D,
  key: keyof D & string,
  vars: Record<string, string | number> = {},
): string {
  const template = dict[key];
  if (template === undefined) throw new Error(`missing UI string: ${key}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
