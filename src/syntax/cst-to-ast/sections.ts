/** Builders for escalation, maintenance, uptime, fiscal year, response credit and test sections. */
import type {
  Announce,
  ClaimWindow,
  CommitmentTiers,
  Credit,
  CreditAmount,
  CreditCap,
  Downtime,
  ErrorDefinition,
  Escalation,
  EscalationItem,
  EventChange,
  EscalationLevel,
  EscalationRight,
  FiscalYear,
  Maintenance,
  MaintenanceItem,
  MinimumPeriod,
  Misses,
  Notice,
  NotCovered,
  Objective,
  OnCall,
  OnCallItem,
  ResponseCredit,
  ResponseCreditItem,
  SeveritiesRef,
  Service,
  Test,
  TestDimension,
  TestEvent,
  TestExpect,
  TestExpectRejected,
  TestExpectSeverity,
  TestItem,
  Uptime,
  UptimeItem,
  ValidRequests,
} from "../../ast/nodes.js";
import type {
  ClaimWindowCstNode,
  CommitmentTiersCstNode,
  EscalationCstNode,
  EscalationItemCstNode,
  ErrorDefinitionCstNode,
  EventChangeCstNode,
  FiscalYearCstNode,
  MaintenanceCstNode,
  MaintenanceItemCstNode,
  OnCallItemCstNode,
  ResponseCreditCstNode,
  ResponseCreditItemCstNode,
  ServiceCstNode,
  TestCstNode,
  TestItemCstNode,
  UptimeCstNode,
  UptimeItemCstNode,
  ValidRequestsCstNode,
} from "../cst.generated.js";
import { keywordOf } from "../tokens.js";
import type { Builder } from "./builder.js";
import { node, nodes, token, tokens } from "./builder.js";
import { durationLiteral, instantLiteral, numberLiteral, percentLiteral } from "./literals.js";
import { assumption, channels, contact, exclusions, hours, items, note } from "./shared.js";
import type { ItemBuilder, ItemBuilders } from "./shared.js";

const onCallItems: ItemBuilders<OnCallItemCstNode, OnCallItem> = {
  severities: (b, cst): SeveritiesRef | undefined => {
    const ids = b.names(node(cst, "ids"), "id");
    return ids.length === 0 ? undefined : { kind: "SeveritiesRef", severities: ids, range: b.rangeOf(cst) };
  },
  channels,
  hours,
  note,
};

const escalationItems: ItemBuilders<EscalationItemCstNode, EscalationItem> = {
  escalationLevel: (b, cst): EscalationLevel | undefined => {
    const level = numberLiteral(b, token(cst, "level"));
    const team = b.name(token(cst, "team"));
    return level && team && { kind: "EscalationLevel", level, team, range: b.rangeOf(cst) };
  },
  contact,
  escalationRight: (b, cst): EscalationRight | undefined => {
    const who = b.text(token(cst, "who"));
    const via = b.text(token(cst, "via"));
    const condition = b.text(token(cst, "condition"));
    return who && { kind: "EscalationRight", who, ...(via && { via }), ...(condition && { condition }), range: b.rangeOf(cst) };
  },
  onCall: (b, cst): OnCall => {
    const title = b.text(token(cst, "title"));
    return { kind: "OnCall", ...(title && { title }), items: items(b, cst, "onCallItem", onCallItems), range: b.rangeOf(cst) };
  },
  assumption,
  note,
};

/** `escalation { … }` */
export function escalation(b: Builder, cst: EscalationCstNode): Escalation {
  return { kind: "Escalation", items: items(b, cst, "escalationItem", escalationItems), range: b.rangeOf(cst) };
}

const maintenanceItems: ItemBuilders<MaintenanceItemCstNode, MaintenanceItem> = {
  notice: (b, cst): Notice | undefined => {
    const duration = durationLiteral(b, token(cst, "duration"));
    return duration && { kind: "Notice", duration, range: b.rangeOf(cst) };
  },
  announce: (b, cst): Announce | undefined => {
    const where = b.text(token(cst, "where"));
    const url = b.text(token(cst, "url"));
    return where && { kind: "Announce", where, ...(url && { url }), range: b.rangeOf(cst) };
  },
  assumption,
  note,
};

/** `maintenance { … }` */
export function maintenance(b: Builder, cst: MaintenanceCstNode): Maintenance {
  return { kind: "Maintenance", items: items(b, cst, "maintenanceItem", maintenanceItems), range: b.rangeOf(cst) };
}

/** `tiers <id>, …` in an uptime or response credit block. */
function commitmentTiers(b: Builder, cst: CommitmentTiersCstNode): CommitmentTiers | undefined {
  const tiers = b.names(node(cst, "ids"), "id");
  return tiers.length === 0 ? undefined : { kind: "CommitmentTiers", tiers, range: b.rangeOf(cst) };
}

/** `claim_within 30d` in an uptime or response credit block. */
function claimWindow(b: Builder, cst: ClaimWindowCstNode): ClaimWindow | undefined {
  const duration = durationLiteral(b, token(cst, "duration"));
  return duration && { kind: "ClaimWindow", duration, range: b.rangeOf(cst) };
}

/** The items that are a keyword and one string. */
type TextItemCstNode = ServiceCstNode | ErrorDefinitionCstNode | ValidRequestsCstNode;

/** Items that are a keyword and one string. */
function textItem<K extends string>(kind: K) {
  return (b: Builder, cst: TextItemCstNode) => {
    const text = b.text(token(cst, "text"));
    return text && { kind, text, range: b.rangeOf(cst) };
  };
}

const uptimeItems: ItemBuilders<UptimeItemCstNode, UptimeItem> = {
  service: textItem("Service") satisfies ItemBuilder<Service, ServiceCstNode>,
  notCovered: (b, cst): NotCovered | undefined => {
    const texts = tokens(cst, "text").map((tok) => b.text(tok)!);
    return texts.length === 0 ? undefined : { kind: "NotCovered", items: texts, range: b.rangeOf(cst) };
  },
  objective: (b, cst): Objective | undefined => {
    const percent = percentLiteral(b, token(cst, "percent"));
    const window = b.name(token(cst, "window"));
    return percent && window && { kind: "Objective", percent, window, range: b.rangeOf(cst) };
  },
  downtime: (b, cst): Downtime | undefined => {
    const measure = b.name(token(cst, "measure"));
    const operator = token(cst, "operator")?.image;
    const threshold = percentLiteral(b, token(cst, "threshold"));
    if (!measure || !threshold || (operator !== ">" && operator !== ">=")) return undefined;
    return { kind: "Downtime", measure, operator, threshold, range: b.rangeOf(cst) };
  },
  errorDefinition: textItem("ErrorDefinition") satisfies ItemBuilder<ErrorDefinition, ErrorDefinitionCstNode>,
  validRequests: textItem("ValidRequests") satisfies ItemBuilder<ValidRequests, ValidRequestsCstNode>,
  minimumPeriod: (b, cst): MinimumPeriod | undefined => {
    const duration = durationLiteral(b, token(cst, "duration"));
    return duration && { kind: "MinimumPeriod", duration, range: b.rangeOf(cst) };
  },
  credit: (b, cst): Credit | undefined => {
    const credit = percentLiteral(b, token(cst, "credit"));
    const below = percentLiteral(b, token(cst, "below"));
    return credit && below && { kind: "Credit", credit, below, range: b.rangeOf(cst) };
  },
  creditCap: (b, cst): CreditCap | undefined => {
    const percent = percentLiteral(b, token(cst, "percent"));
    return percent && { kind: "CreditCap", percent, range: b.rangeOf(cst) };
  },
  claimWindow,
  commitmentTiers,
  exclusions,
  assumption,
  note,
};

/** `uptime [<id> ["<title>"]] { … }` */
export function uptime(b: Builder, cst: UptimeCstNode): Uptime {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  return {
    kind: "Uptime",
    ...(id && { id }),
    ...(title && { title }),
    items: items(b, cst, "uptimeItem", uptimeItems),
    range: b.rangeOf(cst),
  };
}

/** `fiscal_year starts <month> <day> [zone <zone>]` */
export function fiscalYear(b: Builder, cst: FiscalYearCstNode): FiscalYear | undefined {
  const month = b.name(token(cst, "month"));
  const day = numberLiteral(b, token(cst, "day"));
  const zone = b.name(token(cst, "zone"));
  return month && day && { kind: "FiscalYear", month, day, ...(zone && { zone }), range: b.rangeOf(cst) };
}

const responseCreditItems: ItemBuilders<ResponseCreditItemCstNode, ResponseCreditItem> = {
  commitmentTiers,
  misses: (b, cst): Misses | undefined => {
    const operator = token(cst, "operator")?.image;
    const count = numberLiteral(b, token(cst, "count"));
    const period = b.name(token(cst, "period"));
    if (!count || !period || (operator !== ">" && operator !== ">=")) return undefined;
    return { kind: "Misses", operator, count, period, range: b.rangeOf(cst) };
  },
  creditAmount: (b, cst): CreditAmount | undefined => {
    const percent = percentLiteral(b, token(cst, "percent"));
    return percent && { kind: "CreditAmount", percent, range: b.rangeOf(cst) };
  },
  claimWindow,
  assumption,
  note,
};

/** `credit <metric> ["<title>"] { … }` */
export function responseCredit(b: Builder, cst: ResponseCreditCstNode): ResponseCredit | undefined {
  const metric = b.name(token(cst, "metric"));
  const title = b.text(token(cst, "title"));
  if (metric === undefined) return undefined;
  return {
    kind: "ResponseCredit",
    metric,
    ...(title && { title }),
    items: items(b, cst, "responseCreditItem", responseCreditItems),
    range: b.rangeOf(cst),
  };
}

/** `severity <id>` or `attribute <id> <value>` after an event's instant. */
function eventChange(b: Builder, cst: EventChangeCstNode): EventChange | undefined {
  const range = b.rangeOf(cst);
  if (token(cst, "severityKeyword")) {
    const value = b.name(token(cst, "severity"));
    return value && { kind: "TestDimension", dimension: "severity", value, range };
  }
  const attribute = b.name(token(cst, "attribute"));
  const value = b.name(token(cst, "value"));
  return attribute && value && { kind: "TestAttribute", attribute, value, range };
}

const testItems: ItemBuilders<TestItemCstNode, TestItem> = {
  testOpened: (b, cst) => {
    const at = instantLiteral(b, token(cst, "at"));
    return at && { kind: "TestOpened", at, range: b.rangeOf(cst) };
  },
  testDimension: (b, cst): TestDimension | undefined => {
    const keyword = token(cst, "dimension");
    const dimension = keyword && keywordOf(keyword.tokenType);
    const value = b.name(token(cst, "value"));
    if (!value || (dimension !== "tier" && dimension !== "severity" && dimension !== "channel")) return undefined;
    return { kind: "TestDimension", dimension, value, range: b.rangeOf(cst) };
  },
  testAttribute: (b, cst) => {
    const attribute = b.name(token(cst, "attribute"));
    const value = b.name(token(cst, "value"));
    return attribute && value && { kind: "TestAttribute", attribute, value, range: b.rangeOf(cst) };
  },
  testAddons: (b, cst) => {
    const tiers = b.names(node(cst, "tiers"), "id");
    return tiers.length === 0 ? undefined : { kind: "TestAddons", tiers, range: b.rangeOf(cst) };
  },
  testZone: (b, cst) => {
    const zone = b.name(token(cst, "name"));
    return zone && { kind: "TestZone", zone, range: b.rangeOf(cst) };
  },
  testEvent: (b, cst): TestEvent | undefined => {
    const event = b.name(token(cst, "event"));
    const at = instantLiteral(b, token(cst, "at"));
    const changes = nodes(cst, "eventChange").flatMap((change) => eventChange(b, change) ?? []);
    return event && at && { kind: "TestEvent", event, at, changes, range: b.rangeOf(cst) };
  },
  testNow: (b, cst) => {
    const at = instantLiteral(b, token(cst, "at"));
    return at && { kind: "TestNow", at, range: b.rangeOf(cst) };
  },
  testExpect: (b, cst): TestExpect | TestExpectSeverity | TestExpectRejected | undefined => {
    if (token(cst, "rejected")) return { kind: "TestExpectRejected", range: b.rangeOf(cst) };
    if (token(cst, "severityKeyword")) {
      const severity = b.name(token(cst, "severity"));
      return severity && { kind: "TestExpectSeverity", severity, range: b.rangeOf(cst) };
    }
    const metric = b.name(token(cst, "metric"));
    const cycle = numberLiteral(b, token(cst, "cycle"));
    const dueToken = token(cst, "due");
    const due = instantLiteral(b, dueToken);
    const status = b.name(token(cst, "status"));
    const missed = numberLiteral(b, token(cst, "missed"));
    const unknown = token(cst, "unknown") !== undefined;
    if (!metric || (dueToken ? !due : !token(cst, "none") && !unknown)) return undefined;
    return {
      kind: "TestExpect",
      metric,
      ...(cycle && { cycle }),
      ...(due && { due }),
      unknown,
      ...(status && { status }),
      ...(missed && { missed }),
      range: b.rangeOf(cst),
    };
  },
};

/** `test "<name>" { … }` */
export function test(b: Builder, cst: TestCstNode): Test | undefined {
  const name = b.text(token(cst, "name"));
  return name && { kind: "Test", name, items: items(b, cst, "testItem", testItems), range: b.rangeOf(cst) };
}
