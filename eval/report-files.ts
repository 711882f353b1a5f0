/** Writing a report's three files; the renderers import the report model, and this imports them all. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalReport } from './report-json.ts';
import { renderMarkdown } from './report-md.ts';
import { renderHtml } from './report-html.ts';

/**
 * Writes `report.json`, `report.md` and `report.html` into `outDir` (created if needed) and
 * returns their paths. Overwrites earlier reports of the same name.
 */
export async function writeReports(
  report: EvalReport,
  outDir: string,
): Promise<{ json: string; md: string; html: string }> {
  await mkdir(outDir, { recursive: true });
  const paths = {
    json: join(outDir, 'report.json'),
    md: join(outDir, 'report.md'),
    html: join(outDir, 'report.html'),
  };
  await Promise.all([
    writeFile(paths.json, `${JSON.stringify(report, null, 2)}\n`, 'utf8'),
    writeFile(paths.md, renderMarkdown(report), 'utf8'),
    writeFile(paths.html, renderHtml(report), 'utf8'),
  ]);
  return paths;
}
