/**
 * Compile-time proof that the TypeBox-derived bundle types (src/contract/bundle.ts) are the
 * types of src/bundle/types.ts: `npm test` runs `tsc --noEmit`, which fails on any line
 * below whose two types differ. Nothing here runs. `Same` is strict (readonly and optional
 * modifiers count, which plain assignability ignores); `Assignable` both ways is the
 * weaker check, listed too so that a failure says which of the two broke.
 */
import type * as New from "../../src/contract/bundle.js";
import type * as Vocabulary from "../../src/contract/vocabulary.js";
import type * as Old from "../../src/bundle/types.js";
import type * as OldSemantics from "../../src/semantics/symbols.js";
import type * as OldRuntime from "../../src/runtime/deadlines.js";

/** True when A and B are the same type (the identity relation, modifiers included). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** True when each of A and B is assignable to the other. */
type Assignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only for `true`. */
type Assert<T extends true> = T;

export type Checks = [
  Assert<Same<New.Bundle, Old.Bundle>>,
  Assert<Same<New.PolicyInfo, Old.PolicyInfo>>,
  Assert<Same<New.Link, Old.Link>>,
  Assert<Same<New.Note, Old.Note>>,
  Assert<Same<New.Language, Old.Language>>,
  Assert<Same<New.Calendar, Old.Calendar>>,
  Assert<Same<New.Window, Old.Window>>,
  Assert<Same<New.ClosedRule, Old.ClosedRule>>,
  Assert<Same<New.ClosedDates, Old.ClosedDates>>,
  Assert<Same<New.ClosedYearly, Old.ClosedYearly>>,
  Assert<Same<New.ClosedNthWeekday, Old.ClosedNthWeekday>>,
  Assert<Same<New.Team, Old.Team>>,
  Assert<Same<New.Contact, Old.Contact>>,
  Assert<Same<New.Channel, Old.Channel>>,
  Assert<Same<New.SeverityLevel, Old.SeverityLevel>>,
  Assert<Same<New.SeverityExample, Old.SeverityExample>>,
  Assert<Same<New.Tier, Old.Tier>>,
  Assert<Same<New.Metric, Old.Metric>>,
  Assert<Same<New.Amount, Old.Amount>>,
  Assert<Same<New.Deadline, Old.Deadline>>,
  Assert<Same<New.Target, Old.Target>>,
  Assert<Same<New.TargetRow, Old.TargetRow>>,
  Assert<Same<New.Escalation, Old.Escalation>>,
  Assert<Same<New.EscalationRight, Old.EscalationRight>>,
  Assert<Same<New.OnCall, Old.OnCall>>,
  Assert<Same<New.Maintenance, Old.Maintenance>>,
  Assert<Same<New.Uptime, Old.Uptime>>,
  Assert<Same<New.PolicyTest, Old.PolicyTest>>,
  Assert<Same<New.Ticket, Old.Ticket>>,
  Assert<Same<New.TicketEvent, Old.TicketEvent>>,
];

export type AssignableChecks = [
  Assert<Assignable<New.Bundle, Old.Bundle>>,
  Assert<Assignable<New.PolicyInfo, Old.PolicyInfo>>,
  Assert<Assignable<New.Link, Old.Link>>,
  Assert<Assignable<New.Note, Old.Note>>,
  Assert<Assignable<New.Language, Old.Language>>,
  Assert<Assignable<New.Calendar, Old.Calendar>>,
  Assert<Assignable<New.Window, Old.Window>>,
  Assert<Assignable<New.ClosedRule, Old.ClosedRule>>,
  Assert<Assignable<New.ClosedDates, Old.ClosedDates>>,
  Assert<Assignable<New.ClosedYearly, Old.ClosedYearly>>,
  Assert<Assignable<New.ClosedNthWeekday, Old.ClosedNthWeekday>>,
  Assert<Assignable<New.Team, Old.Team>>,
  Assert<Assignable<New.Contact, Old.Contact>>,
  Assert<Assignable<New.Channel, Old.Channel>>,
  Assert<Assignable<New.SeverityLevel, Old.SeverityLevel>>,
  Assert<Assignable<New.SeverityExample, Old.SeverityExample>>,
  Assert<Assignable<New.Tier, Old.Tier>>,
  Assert<Assignable<New.Metric, Old.Metric>>,
  Assert<Assignable<New.Amount, Old.Amount>>,
  Assert<Assignable<New.Deadline, Old.Deadline>>,
  Assert<Assignable<New.Target, Old.Target>>,
  Assert<Assignable<New.TargetRow, Old.TargetRow>>,
  Assert<Assignable<New.Escalation, Old.Escalation>>,
  Assert<Assignable<New.EscalationRight, Old.EscalationRight>>,
  Assert<Assignable<New.OnCall, Old.OnCall>>,
  Assert<Assignable<New.Maintenance, Old.Maintenance>>,
  Assert<Assignable<New.Uptime, Old.Uptime>>,
  Assert<Assignable<New.PolicyTest, Old.PolicyTest>>,
  Assert<Assignable<New.Ticket, Old.Ticket>>,
  Assert<Assignable<New.TicketEvent, Old.TicketEvent>>,
];

/** The vocabulary's union types are the ones spelt in the modules that use them today. */
export type VocabularyChecks = [
  Assert<Same<typeof Vocabulary.BUNDLE_FORMAT, typeof Old.BUNDLE_FORMAT>>,
  Assert<Same<typeof Vocabulary.ALWAYS, typeof Old.ALWAYS>>,
  Assert<Same<typeof Vocabulary.ANY, typeof Old.ANY>>,
  Assert<Same<Vocabulary.MetricStart, OldSemantics.MetricStart>>,
  Assert<Same<Vocabulary.MetricStart, Old.Metric["starts"]>>,
  Assert<Same<Vocabulary.MetricStatus, OldRuntime.MetricStatus>>,
  Assert<Same<Vocabulary.MetricStatus | null, Old.PolicyTest["expect"][number]["status"]>>,
  Assert<Same<Vocabulary.AmountUnit, Old.Amount["unit"]>>,
  Assert<Same<Vocabulary.DowntimeOperator, Old.Uptime["downtime"]["operator"]>>,
  Assert<Same<typeof Vocabulary.UPTIME_WINDOW, Old.Uptime["window"]>>,
  Assert<Same<typeof Vocabulary.DOWNTIME_MEASURE, Old.Uptime["downtime"]["measure"]>>,
];
