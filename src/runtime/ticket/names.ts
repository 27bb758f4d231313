/**
 * The names a ticket may give a tier, severity, channel or attribute value (id, alias,
 * title) and what each stands for.
 */
/** What a name a ticket gives stands for: one value's id, or the ids of all the values that share it. */
export type Named = string | readonly string[];

/** The names a ticket may give the values of one dimension (tier, severity, channel or an attribute). */
export type NameTable = ReadonlyMap<string, Named>;

/** A dimension value as a bundle declares it: an id, a title, and for severities aliases. */
interface Nameable {
  readonly id: string;
  readonly title: string | null;
  readonly aliases?: readonly string[];
}

/**
 * The names of a dimension's values, matched exactly as written: each id, alias and title.
 * An id always means its own value; an alias or title that two values share names both, so
 * a ticket that uses it is ambiguous instead of silently taken for the first.
 */
export function nameTable(values: readonly Nameable[]): NameTable {
  const table = new Map<string, Named>(values.map((v) => [v.id, v.id]));
  const shared = new Map<string, string[]>();
  for (const value of values) {
    const names = value.title === null ? (value.aliases ?? []) : [...(value.aliases ?? []), value.title];
    for (const name of names) {
      if (table.has(name)) continue; // an id, which names its own value only
      const owners = shared.get(name) ?? [];
      if (!owners.includes(value.id)) owners.push(value.id);
      shared.set(name, owners);
    }
  }
  for (const [name, owners] of shared) table.set(name, owners.length === 1 ? owners[0]! : owners);
  return table;
}

/**
 * The names of a language attribute's values: as `nameTable`, and each tag also in lower
 * case, since BCP 47 tags are matched case aside (`pt-br` is `pt-BR`); `languageName` reads them.
 */
export function languageNameTable(values: readonly Nameable[]): NameTable {
  const table = new Map(nameTable(values));
  for (const value of values) {
    const lower = value.id.toLowerCase();
    if (!table.has(lower)) table.set(lower, value.id);
  }
  return table;
}

/** What a name stands for in a language attribute's table: as written, else as a tag case aside. */
export function languageName(table: NameTable, name: string): Named | undefined {
  return table.get(name) ?? table.get(name.toLowerCase());
}
