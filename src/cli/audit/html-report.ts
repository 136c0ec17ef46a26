import type { AuditSummary } from './audit-summary';

export interface ReportMeta {
  readonly council: string;
  readonly protocol: string;
  readonly generatedAt: string;
  readonly sources: readonly string[];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 100)}%` : '–');

/** Horizontal bar chart as inline SVG: readable offline, printable, no scripts. */
function barChart(title: string, rows: readonly [string, number][], colour = '#0f6cbd'): string {
  if (!rows.length) return `<p class="empty">${esc(title)}: nothing to show.</p>`;
  const max = Math.max(...rows.map(([, v]) => v), 1);
  const rowH = 26;
  const labelW = 260;
  const barW = 380;
  const h = rows.length * rowH + 8;
  const bars = rows
    .map(([label, v], i) => {
      const y = i * rowH + 4;
      const w = Math.max(2, (v / max) * barW);
      return `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(label)}</text><rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="${colour}"><title>${esc(label)}: ${v}</title></rect><text x="${labelW + w + 6}" y="${y + 17}">${v}</text>`;
    })
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 60} ${h}" width="100%" style="max-width:${labelW + barW + 60}px">${bars}</svg></figure>`;
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(String(c))}</th>` : `<td>${esc(String(c))}</td>`)).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

const median = (xs: readonly number[]) => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One self-contained HTML file: inline CSS and SVG, no external resources. */
export function renderHtmlReport(summary: AuditSummary, meta: ReportMeta): string {
  const rules = Object.entries(summary.byRule).sort((a, b) => b[1] - a[1]);
  const months = Object.keys(summary.byMonth).sort();
  const monthTotals: [string, number][] = months.map((m) => [m, Object.values(summary.byMonth[m]).reduce((a, b) => a + b, 0)]);
  const roles = Object.keys(summary.bySenderRole).sort();
  const ruleIds = rules.map(([r]) => r);
  const e = summary.enquiries;
  const answered = e.onTime + e.late;
  const due = e.onTime + e.late + e.unanswered;
  const med = median(e.responseDays);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Protocol Guard audit — ${esc(meta.council)}</title>
<style>
body{font:15px/1.45 system-ui,"Segoe UI",sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#242424}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#616161}.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;padding:.8rem 1rem;min-width:150px}
.card b{display:block;font-size:1.6rem}figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
svg text{font:13px system-ui,sans-serif;fill:#242424}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ddd;padding:.3rem .6rem;text-align:right}
th[scope=row],thead th{text-align:left;background:#f5f5f5}.empty{color:#616161}
</style></head><body>
<h1>Protocol Guard audit</h1>
<p class="meta">${esc(meta.council)} — ${esc(meta.protocol)} protocol — generated ${esc(meta.generatedAt)} from ${meta.sources.map(esc).join(', ')}</p>
<div class="cards">
<div class="card"><b>${summary.messages}</b>messages checked</div>
<div class="card"><b>${summary.flaggedMessages}</b>with a flagged finding (${pct(summary.flaggedMessages, summary.messages)})</div>
<div class="card"><b>${e.total}</b>councillor enquiries</div>
<div class="card"><b>${pct(e.onTime, due)}</b>answered on time (of those due)</div>
<div class="card"><b>${summary.errors}</b>could not be read</div>
</div>
<h2>Findings by rule</h2>
${barChart('Flagged findings by rule', rules)}
<h2>Findings by month</h2>
${barChart('Flagged findings by month', monthTotals, '#8764b8')}
${months.length && ruleIds.length ? table(['Month', ...ruleIds], months.map((m) => [m, ...ruleIds.map((r) => summary.byMonth[m][r] ?? 0)])) : ''}
<h2>Findings by sender role</h2>
${roles.length ? table(['Sender', ...ruleIds], roles.map((role) => [role, ...ruleIds.map((r) => summary.bySenderRole[role][r] ?? 0)])) : '<p class="empty">No flagged findings.</p>'}
<h2>Councillor enquiries</h2>
${barChart('Enquiries by outcome', [['Answered on time', e.onTime], ['Answered late', e.late], ['Unanswered, past due', e.unanswered], ['Unanswered, not yet due', e.notYetDue]], '#107c10')}
<p>${answered} of ${e.total} enquiries have an officer reply in this export; ${pct(e.onTime, due)} of enquiries already due were answered by their deadline.${med === undefined ? '' : ` Median response time: ${med} working day(s).`}</p>
<p class="meta">Replies are matched by thread headers (In-Reply-To, References) first, then by subject and participants. An enquiry whose reply is outside this export counts as unanswered.</p>
</body></html>
`;
}
