import type { Digest, DigestItem } from './types.ts';
import { byYear, intro } from './render-markdown.ts';

/**
 * The digest as one self-contained HTML page (inline styles, no scripts, no external resources),
 * for "Download HTML" and `npm run digest -- --out file.html`. Every piece of document text is
 * escaped; only the digest's own markup (**figure**, _title_, [n]) becomes elements.
 */
export function digestToHtml(digest: Digest): string {
  const body: string[] = [
    `<h1>Policy digest: ${esc(digest.period.from)} to ${esc(digest.period.to)}</h1>`,
    `<p class="intro">${esc(intro(digest))}</p>`,
  ];
  if (digest.notice) body.push(`<p class="notice">${esc(digest.notice)}</p>`);
  for (const section of digest.sections) {
    if (section.items.length === 0) continue;
    body.push(`<section class="${esc(section.kind)}"><h2>${esc(section.title)}</h2>`);
    for (const item of section.items) body.push(itemHtml(item));
    body.push('</section>');
  }
  if (digest.citations.length) {
    body.push('<section class="sources"><h2>Sources</h2><ol>');
    for (const c of digest.citations) {
      const where = [c.issuer, c.date, c.page !== null ? `p. ${c.page}` : null]
        .filter(Boolean)
        .join(', ');
      // Only web links: a stored javascript: or data: URL stays text.
      const title =
        c.url && /^https?:\/\//i.test(c.url)
          ? `<a href="${esc(c.url)}">${esc(c.title)}</a>`
          : esc(c.title);
      body.push(
        `<li id="c${c.n}" value="${c.n}">${title}${where ? ` <span class="where">(${esc(where)})</span>` : ''}<blockquote>${esc(c.quote)}</blockquote></li>`,
      );
    }
    body.push('</ol></section>');
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Policy digest ${esc(digest.period.from)} to ${esc(digest.period.to)}</title>
<style>${STYLE}</style></head>
<body><main>
${body.join('\n')}
</main></body></html>
`;
}

const STYLE = `body{font:16px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:#1d2733;background:#fff;margin:0}
main{max-width:820px;margin:0 auto;padding:24px}h1{font-size:1.6em}h2{border-bottom:2px solid #2f7d5b;padding-bottom:4px;margin-top:2em}
.intro,.where{color:#5a6572}.notice{background:#fff6e0;padding:8px 12px;border-radius:6px}.group{font-weight:600}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d5dbe1;padding:4px 8px;text-align:left}
blockquote{margin:4px 0 12px;color:#3b4652;border-left:3px solid #d5dbe1;padding-left:8px}a.cite{text-decoration:none;font-size:.85em}`;

function itemHtml(item: DigestItem): string {
  if (item.type === 'table' && item.table) {
    const rows = item.table.rows
      .map(
        (r) =>
          `<tr><td>${esc(r.region)}</td><td><strong>${esc(`${r.value_raw} ${r.unit_raw}`.trim())}</strong></td><td>${r.target_year ?? '—'}</td><td><a class="cite" href="#c${r.citation}">[${r.citation}]</a></td></tr>`,
      )
      .join('');
    return `<h3>${esc(item.table.metric_name?.en ?? item.table.metric)}</h3><table><thead><tr><th>Region</th><th>Target</th><th>Year</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table>`;
  }
  const parts = [`<p class="${esc(item.type)}">${inline(item.text)}</p>`];
  for (const [year, bullets] of byYear(item.bullets ?? [])) {
    parts.push(
      `<p>${year === null ? 'Other figures:' : `By ${year}:`}</p><ul>${bullets.map((b) => `<li>${inline(b.text)}</li>`).join('')}</ul>`,
    );
  }
  return parts.join('\n');
}

/** Escaped text with the digest's markup turned into elements: **figure**, _title_, [n]. */
export function inline(text: string): string {
  return esc(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(（])_([^_\n]+)_(?=[\s.,;:)）]|$)/g, '$1<em>$2</em>')
    .replace(/\[(\d{1,4})\]/g, '<a class="cite" href="#c$1">[$1]</a>');
}

function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}
