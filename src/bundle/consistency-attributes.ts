/**
 * Bundle invariants of attributes, eligibility, add-ons and channel severities: ids unique,
 * defaults among values, every row naming a value of exactly its metric's attributes, and
 * every eligibility rule naming what the bundle declares.
 */
import type { Bundle } from "../contract/bundle.js";

/** What is wrong with a bundle's attributes, eligibility rules, add-ons and channel severities. */
export function attributeInconsistencies(bundle: Bundle): string[] {
  const problems: string[] = [];
  const severities = new Set(bundle.severities.map((s) => s.id));
  const tiers = new Map(bundle.tiers.map((t) => [t.id, t]));
  const channels = new Set(bundle.channels.map((c) => c.id));
  const values = new Map<string, ReadonlySet<string>>();
  const languages = new Set(bundle.languages.map((l) => l.tag));
  for (const attribute of bundle.attributes) {
    const where = `attribute \`${attribute.id}\``;
    if (values.has(attribute.id)) problems.push(`${where} is declared twice`);
    const ids = new Set(attribute.values.map((v) => v.id));
    if (ids.size !== attribute.values.length) problems.push(`${where} lists a value twice`);
    if (attribute.default !== null && !ids.has(attribute.default)) problems.push(`${where} defaults to \`${attribute.default}\`, which is none of its values`);
    if (attribute.fromLanguages && [...ids].some((id) => !languages.has(id))) problems.push(`${where} draws its values from languages the bundle does not list`);
    values.set(attribute.id, ids);
  }
  for (const channel of bundle.channels) {
    const where = `channel \`${channel.id}\``;
    if (channel.defaultSeverity !== null && !severities.has(channel.defaultSeverity)) problems.push(`${where} names unknown severity \`${channel.defaultSeverity}\``);
    if (channel.defaultSeverity !== null && channel.fixedSeverity !== null) problems.push(`${where} both fixes its severity and gives a default`);
  }
  const metricAttributes = new Map(bundle.metrics.map((m) => [m.id, m.attributes]));
  for (const metric of bundle.metrics) {
    for (const id of metric.attributes) if (!values.has(id)) problems.push(`metric \`${metric.id}\` names unknown attribute \`${id}\``);
  }
  bundle.targets.forEach((row, i) => {
    const wanted = metricAttributes.get(row.metric) ?? [];
    const given = Object.keys(row.attributes);
    if (given.length !== wanted.length || wanted.some((id) => !(id in row.attributes))) {
      problems.push(`target row ${i + 1} names attributes ${given.join(", ") || "none"}, not those of metric \`${row.metric}\``);
      return;
    }
    for (const [id, value] of Object.entries(row.attributes)) {
      if (!values.get(id)?.has(value)) problems.push(`target row ${i + 1} names unknown value \`${value}\` of attribute \`${id}\``);
    }
  });
  bundle.eligibility.forEach((rule, i) => {
    const where = `eligibility rule ${i + 1} (${rule.rule})`;
    if (!severities.has(rule.severity)) problems.push(`${where} names unknown severity \`${rule.severity}\``);
    if (rule.otherwise.action === "reclassify" && !severities.has(rule.otherwise.severity)) {
      problems.push(`${where} names unknown severity \`${rule.otherwise.severity}\``);
    }
    for (const id of rule.scope.tiers) if (!tiers.has(id)) problems.push(`${where} names unknown tier \`${id}\``);
    for (const id of rule.scope.channels) if (!channels.has(id)) problems.push(`${where} names unknown channel \`${id}\``);
    for (const [id, named] of Object.entries(rule.scope.attributes)) {
      const known = values.get(id);
      if (!known) problems.push(`${where} names unknown attribute \`${id}\``);
      else for (const value of named) if (!known.has(value)) problems.push(`${where} names unknown value \`${value}\` of attribute \`${id}\``);
    }
  });
  return problems;
}
