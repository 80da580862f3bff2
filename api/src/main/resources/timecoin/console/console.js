/* The auditor's console: plain JavaScript over the /v1/audit routes of this instance. The key the
   auditor signs in with stays in sessionStorage (this tab only) and goes out as X-API-Key. */
"use strict";

const KEY = "timecoin.auditorKey";
const $ = (id) => document.getElementById(id);
let nextCursor = null;
const charts = {};

/* ---------- the API ---------- */

class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail || code || "HTTP " + status);
    this.status = status;
    this.code = code;
  }
}

async function call(path, key) {
  const response = await fetch(path, { headers: { "X-API-Key": key || sessionStorage.getItem(KEY) } });
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch (ignored) { /* not problem+json */ }
    throw new ApiError(response.status, problem.code, problem.detail);
  }
  return response;
}

async function getJson(path) {
  return (await call(path)).json();
}

/** What a person can do about a failed call, in words. */
function explain(error) {
  if (error.status === 401) return "This key is not known to this instance: the console takes the auditor's API key.";
  if (error.status === 403) return "This key is not an auditor's key: the console is for auditors only.";
  if (error.status === 404 && error.code === "AUDIT_STORE_NOT_CONFIGURED")
    return "This instance has no auditor's database: open the console on the auditor's API.";
  if (error instanceof ApiError) return (error.code ? error.code + ": " : "") + error.message;
  return "The instance did not answer (" + error.message + "); try again shortly.";
}

function say(text) { $("status").textContent = text; }

/* ---------- small DOM helpers ---------- */

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/** Fills a table: a header row of columns, then one row per item; numbers right-aligned. */
function fillTable(table, columns, rows, empty) {
  table.replaceChildren();
  const head = element("thead");
  const tr = element("tr");
  columns.forEach((column) => {
    const th = element("th", column);
    th.scope = "col";
    tr.append(th);
  });
  head.append(tr);
  const body = element("tbody");
  if (rows.length === 0) {
    const row = element("tr");
    const cell = element("td", empty || "none");
    cell.colSpan = columns.length;
    row.append(cell);
    body.append(row);
  }
  rows.forEach((item) => {
    const row = element("tr");
    columns.forEach((column) => {
      const value = item[column];
      const numeric = typeof value === "number" || /^-?\d+(\.\d+)?$/.test(String(value));
      row.append(element("td", value === undefined || value === null ? "" : value, numeric ? "num" : ""));
    });
    body.append(row);
  });
  table.append(head, body);
}

function verdict(id, ok, text) {
  const node = $(id);
  node.textContent = text;
  node.className = "big " + (ok === null ? "" : ok ? "ok" : "bad");
}

/* ---------- signing in ---------- */

async function signIn(event) {
  event.preventDefault();
  const key = $("api-key").value.trim();
  $("login-error").textContent = "";
  try {
    await call("/v1/audit/status", key);
    sessionStorage.setItem(KEY, key);
    $("api-key").value = "";
    await enter();
  } catch (error) {
    $("login-error").textContent = explain(error);
  }
}

async function enter() {
  $("login").hidden = true;
  $("nav").hidden = false;
  showTab("verification");
  await loadVerification();
}

function signOut() {
  sessionStorage.removeItem(KEY);
  document.querySelectorAll(".tab").forEach((tab) => { tab.hidden = true; });
  $("nav").hidden = true;
  $("login").hidden = false;
  say("Signed out.");
  $("api-key").focus();
}

function showTab(name) {
  document.querySelectorAll(".tab").forEach((tab) => { tab.hidden = tab.id !== name; });
  document.querySelectorAll("nav [data-tab]").forEach((button) => {
    button.setAttribute("aria-pressed", String(button.dataset.tab === name));
  });
  if (name === "charts" && !charts.drawn) drawCharts();
}

/* ---------- verification ---------- */

async function loadVerification() {
  say("Loading the verification…");
  try {
    const [found, status] = await Promise.all([
      getJson("/v1/audit/verification"), getJson("/v1/audit/status")]);
    showVerification(found, status);
    say("Verification as recorded by the auditor's checks; the query store is current to block " +
      status.currentToBlock + ".");
  } catch (error) {
    say(explain(error));
  }
}

function showVerification(found, status) {
  if (!found.verified) {
    verdict("chain-verdict", null, "Not verified yet");
    $("chain-detail").textContent = "The verifier has not recorded a block yet.";
  } else {
    const intact = found.peerChainBreaks === 0;
    verdict("chain-verdict", intact, intact
      ? "Verified to block " + found.verified.lastBlock
      : found.peerChainBreaks + " break(s) in the chain");
    $("chain-detail").textContent = "Height " + found.verified.height + ", last check " +
      found.verified.checkedAt + "; " + found.verified.signatures + " signatures and " +
      found.verified.transactions + " transactions checked since the verifier started" +
      (found.totalBreaks > found.peerChainBreaks ? "; breaks in verified block copies: " +
        (found.totalBreaks - found.peerChainBreaks) : "") + ".";
  }
  if (found.peers.length === 0) {
    verdict("peers-verdict", null, "Not compared yet");
    $("peers-detail").textContent = "";
  } else {
    verdict("peers-verdict", found.peersAgree, found.peersAgree
      ? "All " + found.peers.length + " peers agree" : "Peers differ");
    $("peers-detail").textContent = "Compared blocks 0 to " + (found.peers[0].comparedUpTo - 1) +
      " at " + found.peers[0].checkedAt + (found.peersAgree ? "." :
        "; first difference at block " + found.peers[0].firstDifference + ".");
  }
  const last = found.reconciliation;
  if (!last) {
    verdict("reconcile-verdict", null, "Not reconciled yet");
    $("reconcile-detail").textContent = "";
  } else {
    verdict("reconcile-verdict", last.agrees, last.agrees ? "Balances agree" :
      last.mismatches.length + " mismatch(es)");
    $("reconcile-detail").textContent = last.accounts + " accounts, " + last.entries +
      " entries and " + last.vouchers + " vouchers checked at block " + last.currentToBlock +
      ", " + last.checkedAt + ".";
  }
  verdict("projection-verdict", null, "Current to block " + status.currentToBlock);
  $("projection-detail").textContent = status.projectedAt ? "Projected at " + status.projectedAt +
    (status.lastBlockTime ? "; that block was made " + status.lastBlockTime : "") + "." : "";
  fillTable($("breaks"), ["source", "blockNumber", "txIndex", "txId", "kind", "detail", "foundAt"],
    found.breaks, "No break found.");
  fillTable($("peers"), ["mspId", "address", "height", "currentBlockHash", "firstDifference"],
    found.peers, "No cross-peer check yet.");
  fillTable($("mismatches"), ["kind", "subject", "firstEntryId", "detail"],
    last ? last.mismatches : [], "No difference.");
}

/* ---------- queries and exports ---------- */

function queryKind() { return $("q-kind").value; }

function showFilters() {
  const kind = queryKind();
  document.querySelectorAll(".filters [data-for]").forEach((box) => {
    box.hidden = !box.dataset.for.split(" ").includes(kind);
  });
}

/** datetime-local gives a local-looking text; the console treats it as UTC, as its label says. */
function instant(value) {
  if (!value) return null;
  return (value.length === 16 ? value + ":00" : value) + "Z";
}

/** The route (under /v1/audit or /v1/audit/exports) and the filters of the question asked. */
function question() {
  const kind = queryKind();
  const params = new URLSearchParams();
  const put = (name, value) => { if (value) params.set(name, value); };
  let path;
  if (kind === "entries") {
    path = "/entries";
    put("verifier", $("q-verifier").value.trim());
    put("category", $("q-category").value.trim());
    put("type", $("q-type").value);
    put("minAmount", $("q-min").value.trim());
    put("maxAmount", $("q-max").value.trim());
  } else if (kind === "account") {
    const id = $("q-volunteer").value.trim();
    if (!id) throw new ApiError(0, "INVALID_VOLUNTEER_ID", "type the volunteer id whose history you want");
    path = "/accounts/" + encodeURIComponent(id) + "/entries";
  } else if (kind === "vouchers") {
    path = "/vouchers";
    put("status", $("q-vstatus").value);
  } else if (kind === "claims") {
    path = "/claims";
    put("status", $("q-cstatus").value);
    put("decision", $("q-decision").value);
  } else {
    path = "/reversals";
  }
  if (kind === "entries" || kind === "reversals") {
    put("from", instant($("q-from").value));
    put("to", instant($("q-to").value));
  }
  return { path, params };
}

async function runQuery(event, cursor) {
  if (event) event.preventDefault();
  $("export-result").textContent = "";
  try {
    const { path, params } = question();
    params.set("pageSize", $("q-page").value || "50");
    if (cursor) params.set("cursor", cursor);
    const page = await getJson("/v1/audit" + path + "?" + params);
    const columns = [];
    page.items.forEach((item) => Object.keys(item).forEach((key) => {
      if (!columns.includes(key)) columns.push(key);
    }));
    fillTable($("results"), columns.length ? columns : ["result"], page.items, "Nothing matches.");
    nextCursor = page.nextCursor || null;
    $("next-page").hidden = !nextCursor;
    $("query-summary").textContent = page.items.length + " row(s)" +
      (nextCursor ? " on this page, more on the next" : "") + "; current to block " +
      page.currentToBlock + ".";
  } catch (error) {
    $("query-summary").textContent = explain(error);
  }
}

async function exportAs(format) {
  const result = $("export-result");
  result.textContent = "Exporting…";
  try {
    const { path, params } = question();
    params.set("format", format);
    const response = await call("/v1/audit/exports" + path + "?" + params);
    const bytes = await response.arrayBuffer();
    const digest = await window.sha256Hex(bytes);
    const name = (path.split("/").filter(Boolean).pop() || "export") + "." + format;
    const link = element("a", "Save " + name);
    link.href = URL.createObjectURL(new Blob([bytes], { type: response.headers.get("Content-Type") }));
    link.download = name;
    link.id = "export-link";
    const code = element("code", digest);
    code.id = "export-digest";
    result.replaceChildren(
      document.createTextNode(format.toUpperCase() + " export, " + bytes.byteLength +
        " bytes, current to block " + response.headers.get("Timecoin-Current-To-Block") +
        ". SHA-256 of the file (compare with the " +
        "Timecoin-Content-SHA256 trailer the API sends): "),
      code, document.createTextNode(" "), link);
  } catch (error) {
    result.textContent = explain(error);
  }
}

/* ---------- charts, each with its numbers in a table ---------- */

const PALETTE = ["#0b57a4", "#b35900", "#116329", "#8a2be2", "#a40e26", "#4a5560", "#00838f", "#6d4c41"];
const cents = (text) => Math.round(parseFloat(text || "0") * 100);
const coins = (units) => (units / 100).toFixed(2);

function days(fromDay, toDay) {
  const out = [];
  for (let d = new Date(fromDay + "T00:00:00Z"); d <= new Date(toDay + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

/** The Monday (UTC) of an instant's week, as a day. */
function weekOf(at) {
  const d = new Date(at);
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Every item of a paged route, page after page. */
async function everyItem(path, params) {
  const items = [];
  let cursor = null;
  do {
    params.set("pageSize", "500");
    if (cursor) params.set("cursor", cursor); else params.delete("cursor");
    const page = await getJson(path + "?" + params);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < 50000);
  return items;
}

function draw(id, config) {
  if (charts[id]) charts[id].destroy();
  if (!window.Chart) return; // the tables still carry every number
  config.options = Object.assign({ responsive: true, maintainAspectRatio: true, animation: false }, config.options);
  charts[id] = new window.Chart($(id), config);
}

async function drawCharts(event) {
  if (event) event.preventDefault();
  if (!$("c-to").value) {
    const today = new Date();
    $("c-to").value = today.toISOString().slice(0, 10);
    today.setUTCDate(today.getUTCDate() - 29);
    $("c-from").value = today.toISOString().slice(0, 10);
  }
  const fromDay = $("c-from").value;
  const toDay = $("c-to").value;
  $("chart-status").textContent = "Drawing…";
  try {
    const minted = await getJson("/v1/audit/minted-per-day?fromDay=" + fromDay + "&toDay=" + toDay);
    const labels = days(fromDay, toDay);
    const verifiers = [...new Set(minted.items.map((row) => row.verifier))].sort();
    const byDay = {};
    minted.items.forEach((row) => {
      byDay[row.day] = byDay[row.day] || {};
      byDay[row.day][row.verifier] = cents(row.minted);
      byDay[row.day]["-reversed"] = (byDay[row.day]["-reversed"] || 0) + cents(row.reversed);
    });
    draw("chart-minted", { type: "bar", data: { labels, datasets: verifiers.map((v, i) => ({
      label: v, backgroundColor: PALETTE[i % PALETTE.length],
      data: labels.map((day) => (byDay[day] && byDay[day][v] ? byDay[day][v] / 100 : 0)) })) },
      options: { scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "coins" } } } } });
    fillTable($("table-minted"), ["day", "verifier", "earnings", "minted", "reversed"], minted.items,
      "Nothing minted in these days.");

    const range = new URLSearchParams({ from: fromDay + "T00:00:00Z" });
    const end = new Date(toDay + "T00:00:00Z");
    end.setUTCDate(end.getUTCDate() + 1);
    range.set("to", end.toISOString().replace(".000Z", "Z"));
    const reversals = await everyItem("/v1/audit/reversals", range);
    const reversedPerDay = {};
    reversals.forEach((entry) => {
      const day = entry.recordedAt.slice(0, 10);
      const row = reversedPerDay[day] || (reversedPerDay[day] = { day, reversals: 0, units: 0 });
      row.reversals += 1;
      row.units += Math.abs(cents(entry.amount));
    });
    const reversalRows = labels.filter((day) => reversedPerDay[day]).map((day) => ({
      day, reversals: reversedPerDay[day].reversals, coins: coins(reversedPerDay[day].units) }));
    draw("chart-reversals", { type: "bar", data: { labels, datasets: [{ label: "coins reversed",
      backgroundColor: PALETTE[4], data: labels.map((day) => (reversedPerDay[day] ? reversedPerDay[day].units / 100 : 0)) }] } });
    fillTable($("table-reversals"), ["day", "reversals", "coins"], reversalRows, "No reversal in these days.");

    let running = 0;
    const supplyRows = labels.map((day) => {
      const row = byDay[day] || {};
      const mintedUnits = verifiers.reduce((sum, v) => sum + (row[v] || 0), 0);
      running += mintedUnits - (reversedPerDay[day] ? reversedPerDay[day].units : 0);
      return { day, minted: coins(mintedUnits), reversed: coins(reversedPerDay[day] ? reversedPerDay[day].units : 0), cumulative: coins(running) };
    });
    draw("chart-supply", { type: "line", data: { labels, datasets: [{ label: "minted less reversed, cumulative",
      borderColor: PALETTE[2], backgroundColor: PALETTE[2], data: supplyRows.map((row) => parseFloat(row.cumulative)) }] } });
    fillTable($("table-supply"), ["day", "minted", "reversed", "cumulative"], supplyRows);

    const claims = await everyItem("/v1/audit/claims", new URLSearchParams());
    const weeks = {};
    const bump = (at, field) => {
      if (!at || at.slice(0, 10) < fromDay || at.slice(0, 10) > toDay) return;
      const week = weekOf(at);
      const row = weeks[week] || (weeks[week] = { week, decided: 0, paid: 0 });
      row[field] += 1;
    };
    claims.forEach((claim) => { bump(claim.decidedAt, "decided"); bump(claim.paidAt, "paid"); });
    const weekRows = Object.values(weeks).sort((a, b) => a.week.localeCompare(b.week));
    draw("chart-claims", { type: "bar", data: { labels: weekRows.map((row) => row.week), datasets: [
      { label: "decided", backgroundColor: PALETTE[0], data: weekRows.map((row) => row.decided) },
      { label: "paid", backgroundColor: PALETTE[1], data: weekRows.map((row) => row.paid) }] } });
    fillTable($("table-claims"), ["week", "decided", "paid"], weekRows, "No claim decided or paid in these days.");
    charts.drawn = true;
    $("chart-status").textContent = "Days " + fromDay + " to " + toDay + " (UTC), current to block " +
      minted.currentToBlock + "." + (window.Chart ? "" : " The chart library did not load: the numbers are in the tables.");
  } catch (error) {
    $("chart-status").textContent = explain(error);
  }
}

/* ---------- wiring ---------- */

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("refresh").addEventListener("click", loadVerification);
  document.querySelectorAll("nav [data-tab]").forEach((button) =>
    button.addEventListener("click", () => showTab(button.dataset.tab)));
  $("q-kind").addEventListener("change", showFilters);
  $("query-form").addEventListener("submit", (event) => runQuery(event, null));
  $("next-page").addEventListener("click", () => runQuery(null, nextCursor));
  $("export-csv").addEventListener("click", () => exportAs("csv"));
  $("export-ndjson").addEventListener("click", () => exportAs("ndjson"));
  $("chart-form").addEventListener("submit", drawCharts);
  showFilters();
  if (sessionStorage.getItem(KEY)) enter(); else $("api-key").focus();
});
