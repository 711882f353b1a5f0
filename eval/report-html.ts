/**
 * `report.html`: one self-contained page a researcher can open offline or attach to an email.
 * Inline CSS and inline SVG only — no script, font, image or stylesheet is fetched, and no link
 * leaves the page (citation URLs are shown as text). Every piece of text goes through `esc`:
 * answers and quotes are document text and may contain markup.
 */
import type { CaseResult } from './run.ts';
import type { EvalReport } from './report-json.ts';
import { getMetric } from './report-json.ts';
import {
  SUMMARY_METRICS,
  describeExpected,
  formatMetric,
  metricLabel,
  plural,
  type MetricKind,
} from './report-md.ts';

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A fragment id safe for any case id (ids may contain spaces or CJK). */
function anchor(id: string): string {
  return `case-${encodeURIComponent(id).replace(/%/g, '_')}`;
}

const CSS = `
:root { --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; --bg:#f7f8fa; --card:#fff; --good:#2f855a; --mid:#b7791f; --bad:#c53030; --accent:#2b6cb0; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",sans-serif; color:var(--ink); background:var(--bg); }
main { max-width:1180px; margin:0 auto; padding:28px 24px 64px; }
h1 { font-size:26px; margin:0 0 4px; } h2 { font-size:19px; margin:36px 0 12px; border-bottom:1px solid var(--line); padding-bottom:6px; }
.meta { color:var(--muted); font-size:13px; margin:0; }
.cards { display:grid; grid-template-columns:repeat(auto-fill,minmax(170px,1fr)); gap:12px; margin-top:20px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:12px 14px; }
.card .label { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.04em; }
.card .value { font-size:24px; font-weight:600; margin-top:2px; }
.good { color:var(--good); } .mid { color:var(--mid); } .bad { color:var(--bad); }
.charts { display:grid; grid-template-columns:repeat(auto-fill,minmax(340px,1fr)); gap:16px; }
figure { margin:0; background:var(--card); border:1px solid var(--line); border-radius:10px; padding:12px 14px; }
figcaption { font-weight:600; margin-bottom:6px; }
svg text { font-size:12px; fill:var(--ink); } svg .track { fill:#edf0f3; } svg .bar { fill:var(--accent); } svg .bar.all { fill:#4a5568; }
table { width:100%; border-collapse:collapse; background:var(--card); border:1px solid var(--line); border-radius:10px; overflow:hidden; font-size:14px; }
th, td { text-align:left; vertical-align:top; padding:8px 10px; border-bottom:1px solid var(--line); }
th { background:#eef1f4; font-weight:600; font-size:13px; } td.num, th.num { text-align:right; white-space:nowrap; }
tr:last-child td { border-bottom:none; }
.answer { white-space:pre-wrap; max-height:16em; overflow:auto; }
.why { margin:0; padding-left:18px; color:var(--bad); }
.tokens code, code { background:#eef1f4; border-radius:4px; padding:0 4px; font-size:13px; }
code.missing { background:#fde8e8; color:var(--bad); }
blockquote { margin:6px 0; padding:4px 10px; border-left:3px solid var(--accent); background:#f4f8fc; font-size:13px; }
blockquote.invalid { border-left-color:var(--bad); background:#fdf2f2; }
blockquote .src { display:block; color:var(--muted); font-size:12px; }
details { margin-top:12px; } summary { cursor:pointer; color:var(--accent); }
.pill { display:inline-block; border-radius:999px; padding:0 8px; font-size:12px; font-weight:600; }
.pill.pass { background:#e6f4ea; color:var(--good); } .pill.fail { background:#fde8e8; color:var(--bad); }
a { color:var(--accent); }
@media print { body { background:#fff; } .answer { max-height:none; } }
`;

function tone(value: number | null | undefined, kind: MetricKind): string {
  if (value === null || value === undefined || (kind !== 'ratio' && kind !== 'score')) return '';
  return value >= 0.85 ? 'good' : value >= 0.6 ? 'mid' : 'bad';
}

function summaryCards(report: EvalReport): string {
  const cards = SUMMARY_METRICS.filter(
    (m) => !(m.path.startsWith('targets.') && report.targets === null),
  ).map((m) => {
    const value = getMetric(report, m.path);
    return `<div class="card"><div class="label">${esc(metricLabel(m.label, report))}</div><div class="value ${tone(value, m.kind)}">${esc(formatMetric(value, m.kind))}</div></div>`;
  });
  cards.unshift(
    `<div class="card"><div class="label">Questions</div><div class="value">${report.questions}</div><div class="meta">${report.passed} passed · ${report.failed} failed${report.errors ? ` · ${plural(report.errors, 'error')}` : ''}</div></div>`,
  );
  return `<div class="cards">${cards.join('')}</div>`;
}

/** A horizontal bar chart (0–100%) with one bar per row; rows without a value show "—". */
export function barChart(
  title: string,
  rows: { label: string; value: number | null; overall?: boolean }[],
): string {
  const labelWidth = 150;
  const barWidth = 150;
  const rowHeight = 24;
  const height = rows.length * rowHeight + 4;
  const bars = rows.map((row, i) => {
    const y = i * rowHeight + 4;
    const w = row.value === null ? 0 : Math.max(0, Math.min(1, row.value)) * barWidth;
    const label = row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label;
    return [
      `<text x="0" y="${y + 13}">${esc(label)}<title>${esc(row.label)}</title></text>`,
      `<rect class="track" x="${labelWidth}" y="${y}" width="${barWidth}" height="16" rx="3"/>`,
      `<rect class="bar${row.overall ? ' all' : ''}" x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="16" rx="3"/>`,
      `<text x="${labelWidth + barWidth + 6}" y="${y + 13}">${esc(formatMetric(row.value, 'ratio'))}</text>`,
    ].join('');
  });
  return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" width="100%" viewBox="0 0 ${labelWidth + barWidth + 56} ${height}">${bars.join('')}</svg></figure>`;
}

function categoryCharts(report: EvalReport): string {
  const entries = Object.entries(report.by_category);
  const charts: [string, (s: EvalReport['by_category'][string]) => number | null, number | null][] =
    [
      ['Cases passed', (s) => s.pass_rate, report.pass_rate],
      [`Retrieval hit@${report.retrieval.k}`, (s) => s.hit_at_k, report.retrieval.hit_at_k],
      [
        'Must-include accuracy',
        (s) => s.must_include_accuracy,
        report.answer.must_include_accuracy,
      ],
      ['Lead correct', (s) => s.lead_correct, report.answer.lead_correct],
      ['Citation precision', (s) => s.citation_precision, report.citations.precision],
      ['Unanswerable declined', (s) => s.unanswerable_accuracy, report.unanswerable.accuracy],
    ];
  const figures = charts
    .filter(([, pick, overall]) => overall !== null || entries.some(([, s]) => pick(s) !== null))
    .map(([title, pick, overall]) =>
      barChart(title, [
        { label: 'all questions', value: overall, overall: true },
        ...entries
          .filter(([, s]) => pick(s) !== null)
          .map(([name, s]) => ({ label: name, value: pick(s) })),
      ]),
    );
  return `<div class="charts">${figures.join('')}</div>`;
}

function categoryTable(report: EvalReport): string {
  const rows = Object.entries(report.by_category).map(
    ([name, s]) =>
      `<tr><td>${esc(name)}</td><td class="num">${s.count}</td><td class="num">${esc(formatMetric(s.pass_rate, 'ratio'))}</td><td class="num">${esc(formatMetric(s.hit_at_k, 'ratio'))}</td><td class="num">${esc(formatMetric(s.mrr, 'score'))}</td><td class="num">${esc(formatMetric(s.must_include_accuracy, 'ratio'))}</td><td class="num">${esc(formatMetric(s.lead_correct, 'ratio'))}</td><td class="num">${esc(formatMetric(s.citation_precision, 'ratio'))}</td><td class="num">${s.unanswerable_count ? `${esc(formatMetric(s.unanswerable_accuracy, 'ratio'))} of ${s.unanswerable_count}` : '—'}</td><td class="num">${esc(formatMetric(s.latency_p50, 'ms'))}</td></tr>`,
  );
  return `<table><thead><tr><th>Category</th><th class="num">n</th><th class="num">Passed</th><th class="num">Hit@${report.retrieval.k}</th><th class="num">MRR</th><th class="num">Must-include</th><th class="num">Lead</th><th class="num">Cite precision</th><th class="num">Declined</th><th class="num">p50</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function expectedCell(c: CaseResult): string {
  if (!c.answerable_expected) return `<em>${esc(describeExpected(c))}</em>`;
  const docs = c.expected_doc_ids.length
    ? `<div>${c.expected_doc_ids.map((d) => `<code>${esc(d)}</code>`).join(' ')}</div>`
    : '';
  const tokens = c.must_include.length
    ? `<div class="tokens">${c.must_include.map((t) => `<code${c.missing_tokens.includes(t) ? ' class="missing" title="missing from the answer"' : ''}>${esc(t)}</code>`).join(' ')}</div>`
    : '';
  const alt = c.alt_must_include?.length
    ? `<div class="meta">or: ${c.alt_must_include.map((list) => list.map((t) => `<code>${esc(t)}</code>`).join(' ')).join(' / ')}</div>`
    : '';
  return docs + tokens + alt || '<em>(nothing specified)</em>';
}

function quotesCell(c: CaseResult): string {
  if (c.citations.length === 0) return '<em>no citations</em>';
  return c.citations
    .map((q) => {
      const where = [q.document_id, q.page !== null ? `p. ${q.page}` : null, q.heading]
        .filter(Boolean)
        .join(' · ');
      return `<blockquote${q.valid ? '' : ' class="invalid"'}><span class="src">[${q.n}] ${esc(where)}${q.valid ? '' : ' — quote not found in chunk'}</span>${esc(q.quote)}</blockquote>`;
    })
    .join('');
}

function failuresTable(report: EvalReport): string {
  const failures = report.cases.filter((c) => !c.pass);
  if (failures.length === 0) return '<p>No failures.</p>';
  const rows = failures.map((c) => {
    const got = c.error
      ? '<em>no answer: the ask failed</em>'
      : `<div class="answer">${esc(c.answer) || '<em>(empty answer)</em>'}</div><div class="meta">retrieved: ${esc(c.retrieved_doc_ids.slice(0, report.retrieval.k).join(', ') || 'none')}</div>`;
    return `<tr id="${anchor(c.id)}"><td><strong>${esc(c.id)}</strong><div class="meta">${esc(c.category ?? '')}</div>${esc(c.question)}</td><td>${expectedCell(c)}</td><td>${got}<ul class="why">${c.why.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></td><td>${quotesCell(c)}</td></tr>`;
  });
  return `<table><thead><tr><th style="width:22%">Question</th><th style="width:20%">Expected</th><th style="width:30%">Got</th><th>Cited passages</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function allCasesTable(report: EvalReport): string {
  const rows = report.cases.map(
    (c) =>
      `<tr><td>${c.pass ? '<span class="pill pass">pass</span>' : `<a href="#${anchor(c.id)}"><span class="pill fail">fail</span></a>`}</td><td>${esc(c.id)}</td><td>${esc(c.category ?? '')}</td><td>${esc(c.question)}</td><td class="num">${c.hit === null ? '—' : c.hit ? '✓' : '✗'}</td><td class="num">${esc(formatMetric(c.rr, 'score'))}</td><td class="num">${c.must_include_pass === null ? '—' : c.must_include_pass ? '✓' : '✗'}</td><td class="num">${c.citations.length}</td><td class="num">${esc(formatMetric(c.latency_ms, 'ms'))}</td></tr>`,
  );
  return `<details><summary>All ${report.cases.length} cases</summary><table><thead><tr><th></th><th>ID</th><th>Category</th><th>Question</th><th class="num">Hit</th><th class="num">RR</th><th class="num">Tokens</th><th class="num">Cites</th><th class="num">Latency</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

function targetsSection(report: EvalReport): string {
  const t = report.targets;
  if (!t) return '';
  const docs = Object.entries(t.by_document).map(
    ([doc, s]) =>
      `<tr><td><code>${esc(doc)}</code></td><td class="num">${s.tp}</td><td class="num">${s.fp}</td><td class="num">${s.fn}</td><td class="num">${esc(formatMetric(s.precision, 'ratio'))}</td><td class="num">${esc(formatMetric(s.recall, 'ratio'))}</td><td class="num">${esc(formatMetric(s.f1, 'score'))}</td></tr>`,
  );
  const misses = t.misses.map(
    (g) =>
      `<tr><td><code>${esc(g.doc_id)}</code></td><td>${esc(g.metric)}</td><td class="num">${esc(`${g.value} ${g.unit}`)}</td><td class="num">${esc(String(g.target_year ?? '—'))}</td><td>${esc(g.quote ?? '')}</td></tr>`,
  );
  const spurious = t.false_positives.map(
    (x) =>
      `<tr><td><code>${esc(x.document_id)}</code></td><td>${esc(x.metric)}</td><td class="num">${esc(`${x.value} ${x.unit}`)}</td><td class="num">${esc(String(x.target_year ?? '—'))}</td><td>${esc(x.quote)}</td></tr>`,
  );
  const head =
    '<thead><tr><th>Document</th><th>Metric</th><th class="num">Value</th><th class="num">Year</th><th>Quote</th></tr></thead>';
  return [
    '<h2>Targets</h2>',
    `<p>${t.tp} matched, ${t.fp} spurious, ${t.fn} missed.</p>`,
    `<table><thead><tr><th>Document</th><th class="num">TP</th><th class="num">FP</th><th class="num">FN</th><th class="num">Precision</th><th class="num">Recall</th><th class="num">F1</th></tr></thead><tbody>${docs.join('')}</tbody></table>`,
    misses.length
      ? `<details><summary>${misses.length} missed gold targets</summary><table>${head}<tbody>${misses.join('')}</tbody></table></details>`
      : '',
    spurious.length
      ? `<details><summary>${spurious.length} extracted targets with no gold match</summary><table>${head}<tbody>${spurious.join('')}</tbody></table></details>`
      : '',
  ].join('');
}

/** The full `report.html` document. Deterministic for a given report. */
export function renderHtml(report: EvalReport): string {
  const settings = Object.entries(report.settings)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
  const failed = report.cases.filter((c) => !c.pass).length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Policy QA evaluation — ${esc(report.generated_at)}</title>
<style>${CSS}</style>
</head>
<body><main>
<h1>Policy QA evaluation</h1>
<p class="meta">Generated ${esc(report.generated_at)} · ${esc(settings)}</p>
${summaryCards(report)}
<h2>By category</h2>
${categoryCharts(report)}
<div style="margin-top:16px">${categoryTable(report)}</div>
${targetsSection(report)}
<h2>Failures (${failed})</h2>
${failuresTable(report)}
<h2>All cases</h2>
${allCasesTable(report)}
</main></body>
</html>
`;
}
