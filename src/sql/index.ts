/**
 * SLAs where the tickets are: a bundle compiled into SQL that any engine evaluates. The
 * calendars become tables of open intervals with prefix sums of open time, the targets a
 * table, and a view gives each ticket's due instants and statuses, another the attainment.
 *
 * One model, six dialects: every difference between engines lives in `dialects.ts`.
 * @module slac/sql
 */
export { DIALECTS, type Dialect } from "./dialects.js";
export { YEAR_LIMITS, DEFAULT_YEARS } from "./model.js";
export { sqlExport, sqlRefusal, type ColumnMapping, type SqlExport, type SqlFile, type SqlOptions, DEFAULT_COLUMNS, readColumnMapping } from "./export.js";
