import type { Digest, DigestBullet, DigestItem } from './types.ts';

/**
 * The digest as Markdown, laid out like the CCNT newsletter: sections, each document's headline,
 * its targets as bullets under "By <year>:", comparison tables, then the numbered sources with
 * their quotes. Item text is already Markdown (**figures**, _titles_, [n] markers).
 */
export function digestToMarkdown(digest: Digest): string {
  const lines: string[] = [`# Policy digest: ${digest.period.from} to ${digest.period.to}`, ''];
  lines.push(`_${intro(digest)}_`, '');
  if (digest.notice) lines.push(`> ${digest.notice}`, '');
  for (const section of digest.sections) {
    if (section.items.length === 0) continue;
    lines.push(`## ${section.title}`, '');
    for (const item of section.items) lines.push(...itemLines(item), '');
  }
  if (digest.citations.length) {
    lines.push('## Sources', '');
    for (const c of digest.citations) {
      const where = [c.issuer, c.date, c.page !== null ? `p. ${c.page}` : null]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `[${c.n}] ${escapeInline(c.title)}${where ? ` (${escapeInline(where)})` : ''}: “${escapeInline(oneLine(c.quote))}”${c.url && /^https?:\/\/[^\s<>]+$/i.test(c.url) ? ` <${c.url}>` : ''}`,
        '',
      );
    }
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

export function intro(digest: Digest): string {
  const n = digest.documents.length;
  return `${n} document${n === 1 ? '' : 's'} published in the period${digest.scope && Object.keys(digest.scope).length ? ' within the chosen scope' : ''}. Extractive draft: every sentence is cited and every figure was checked against the passage it cites.`;
}

function itemLines(item: DigestItem): string[] {
  if (item.type === 'table' && item.table) {
    const name = item.table.metric_name?.en ?? item.table.metric;
    const rows = item.table.rows.map(
      (r) =>
        `| ${escapeCell(r.region)} | **${escapeCell(`${r.value_raw} ${r.unit_raw}`.trim())}** | ${r.target_year ?? '—'} | [${r.citation}] |`,
    );
    return [
      `**${escapeInline(name)}**`,
      '',
      '| Region | Target | Year | Source |',
      '|---|---|---|---|',
      ...rows,
    ];
  }
  const lines = [item.type === 'group' ? `**${item.text}**` : item.text];
  for (const [year, bullets] of byYear(item.bullets ?? [])) {
    lines.push('', year === null ? 'Other figures:' : `By ${year}:`, '');
    for (const bullet of bullets) lines.push(`- ${bullet.text}`);
  }
  return lines;
}

export function byYear(bullets: DigestBullet[]): [number | null, DigestBullet[]][] {
  const groups = new Map<number | null, DigestBullet[]>();
  for (const bullet of bullets)
    groups.set(bullet.target_year, [...(groups.get(bullet.target_year) ?? []), bullet]);
  return [...groups.entries()];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
