/**
 * The HTML page's optional script: each line of a calendar's open hours also in the
 * reader's own time zone. The script is a fixed string; everything it reads comes from a
 * JSON data island (`localTimeIsland`), so no policy string is ever part of a script.
 * The page says everything without it; it only adds a line after each line of hours.
 */
import type { Messages } from "./messages.js";
import type { Block } from "./model.js";

/** The id of the data island the script reads. */
export const ISLAND_ID = "slac-local-time";

/** What the script needs of one calendar: the id prefix of its lines, its zone, and each line's windows. */
interface IslandCalendar {
  readonly id: string;
  readonly zone: string;
  readonly lines: readonly (readonly (readonly [number, number])[])[];
}

/** The id of the element that shows line `index` of a calendar's hours in the reader's zone. */
export const localTimeId = (calendar: string, index: number): string => `local-${calendar}-${index}`;

/**
 * JSON that is safe as the text of a `<script type="application/json">`: `<` is written
 * `\u003c`, so no string in it can end the element (`</script>`) or open a comment; U+2028
 * and U+2029 are escaped too, so the text is also a valid JavaScript literal.
 */
export function islandJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The data island's JSON for the hours blocks of a page, or null when no line has a time of day to convert. */
export function localTimeIsland(m: Messages, hours: readonly Extract<Block, { kind: "hours" }>[]): string | null {
  const calendars: IslandCalendar[] = hours
    .filter((h) => h.lines.some((l) => l.windows.length > 0))
    .map((h) => ({ id: h.calendar, zone: h.zone, lines: h.lines.map((l) => l.windows.map((w) => [w.start, w.end] as const)) }));
  if (calendars.length === 0) return null;
  return islandJson({
    weekdays: m.weekdays,
    between: m.listSeparators.between,
    last: m.listSeparators.last,
    overnight: m.overnight("{range}"),
    yours: m.yourTime("{hours}", "{zone}"),
    calendars,
  });
}

/**
 * The script. A window's instants are computed for the current week in the calendar's zone:
 * the zone's wall clock of Monday 00:00, plus the window's minutes, less the zone's offset
 * at that instant (read from `Intl`'s `longOffset`, twice, so a DST change inside the week
 * is honoured); the reader's weekday and time of day are then read in the browser's zone.
 * A line whose every instant has the same offset in both zones is left alone.
 */
export const LOCAL_TIME_SCRIPT = `(function () {
  "use strict";
  var island = document.getElementById("${ISLAND_ID}");
  if (island === null || typeof Intl === "undefined") return;
  var data = JSON.parse(island.textContent);
  var DAY = 1440, MINUTE = 60000;
  var reader = new Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  function offset(zone, ms) {
    var parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(ms);
    for (var i = 0; i < parts.length; i++) {
      var m = /^GMT([+-])(\\d\\d):(\\d\\d)$/.exec(parts[i].value);
      if (parts[i].type === "timeZoneName") return m === null ? 0 : (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    }
    return 0;
  }
  function instant(zone, wall) {
    var guess = wall - offset(zone, wall) * MINUTE;
    return wall - offset(zone, guess) * MINUTE;
  }
  function monday(zone) {
    var now = Date.now();
    var wall = new Date(now + offset(zone, now) * MINUTE);
    var midnight = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
    return midnight - ((wall.getUTCDay() + 6) % 7) * DAY * MINUTE;
  }
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function local(ms) {
    var d = new Date(ms);
    return { day: (d.getDay() + 6) % 7, minute: d.getHours() * 60 + d.getMinutes(), time: two(d.getHours()) + ":" + two(d.getMinutes()) };
  }
  function list(items) {
    return items.length <= 1 ? items.join("") : items.slice(0, -1).join(data.between) + data.last + items[items.length - 1];
  }
  function runs(days) {
    var out = [];
    days.forEach(function (d) {
      var last = out[out.length - 1];
      if (last !== undefined && (last[1] + 1) % 7 === d) last[1] = d; else out.push([d, d]);
    });
    return list(out.map(function (r) { return r[0] === r[1] ? data.weekdays[r[0]] : data.weekdays[r[0]] + "\\u2013" + data.weekdays[r[1]]; }));
  }
  function line(zone, base, windows) {
    var shifted = false, spans = [], groups = [], byRange = {};
    windows.forEach(function (w) {
      var from = instant(zone, base + w[0] * MINUTE), to = instant(zone, base + w[1] * MINUTE);
      if (offset(zone, from) !== -new Date(from).getTimezoneOffset() || offset(zone, to) !== -new Date(to).getTimezoneOffset()) shifted = true;
      var a = local(from), b = local(to);
      if (w[1] - w[0] > DAY) { spans.push(data.weekdays[a.day] + " " + a.time + " \\u2013 " + data.weekdays[b.day] + " " + b.time); return; }
      var range = a.time + "\\u2013" + (b.minute === 0 && b.day !== a.day ? "24:00" : b.time);
      if (b.day !== a.day && b.minute !== 0) range = data.overnight.replace("{range}", function () { return range; });
      if (byRange[range] === undefined) { byRange[range] = []; groups.push(range); }
      byRange[range].push(a.day);
    });
    if (!shifted) return null;
    return list(groups.map(function (r) { return runs(byRange[r]) + " " + r; }).concat(spans));
  }
  data.calendars.forEach(function (c) {
    var base = monday(c.zone);
    c.lines.forEach(function (windows, i) {
      var target = document.getElementById("local-" + c.id + "-" + i);
      if (target === null || windows.length === 0) return;
      var hours = line(c.zone, base, windows);
      if (hours === null) return;
      target.textContent = data.yours.replace("{hours}", function () { return hours; }).replace("{zone}", function () { return reader; });
      target.hidden = false;
    });
  });
})();`;
