import type { Lang } from './translate';

/** `{name}` placeholders filled from params; an unknown one stays visible so it is noticed, never throws. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A lookup into one zh-CN/en pair of tables, with fill's placeholder rules. */
export function stringTable<K extends string>(tables: Record<Lang, Record<K, string>>) {
  return (lang: Lang, key: K, params: Record<string, string | number> = {}): string => fill(tables[lang][key], params);
}
