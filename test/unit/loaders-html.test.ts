import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { declaredCharset, loadHtml } from '../../ingest/loaders/html.ts';
import { LoadError, type LoadedDocument } from '../../ingest/loaders/types.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../fixtures/loaders/${name}`, import.meta.url)));
const fullText = (document: LoadedDocument) =>
  document.sections.map((section) => section.text).join('\n\n');
const html = (markup: string) => new TextEncoder().encode(markup);

describe('loadHtml on a government page with site chrome (chrome-page.html)', () => {
  it('keeps the notice text and drops menus, breadcrumb, sidebar, share bar, related links, footer and scripts', async () => {
    const text = fullText(await loadHtml(await fixture('chrome-page.html'), 'chrome-page.html'));
    expect(text).toContain(
      '现将《全省能源领域碳达峰实施方案》印发给你们，请结合实际认真贯彻落实。',
    );
    expect(text).toContain('加快风电、光伏发电规模化发展，到2025年新增海上风电装机800万千瓦。');
    for (const chrome of [
      '版权所有',
      'ICP备',
      '网站标识码',
      '首页',
      '办事服务',
      '政策解读',
      '当前位置',
      '栏目导航',
      '省政府办公厅文件',
      '分享到',
      '相关文件',
      '网站地图',
      '统计代码',
      '脚本写入',
      '_hmt',
      'color:',
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('keeps each table row on one line with cells joined by " | "', async () => {
    const lines = fullText(
      await loadHtml(await fixture('chrome-page.html'), 'chrome-page.html'),
    ).split('\n');
    expect(lines).toContain('指标 | 2020年 | 2025年目标');
    expect(lines).toContain('非化石能源消费比重 | 12.8% | 18%');
    expect(lines).toContain('可再生能源发电装机容量 | 2800万千瓦 | 5000万千瓦');
  });

  it('turns <h1>–<h4> into heading paths and takes the <h1> as title', async () => {
    const document = await loadHtml(await fixture('chrome-page.html'), 'chrome-page.html');
    const title = '省发展改革委关于印发《全省能源领域碳达峰实施方案》的通知';
    expect(document.title).toBe(title);
    const section = (start: string) =>
      document.sections.find((candidate) => candidate.text.startsWith(start));
    expect(section('二、主要目标')?.heading).toEqual([title, '二、主要目标']);
    expect(section('二、主要目标')?.text).toContain('非化石能源消费比重 | 12.8% | 18%');
    expect(section('（一）发展非化石能源')?.heading).toEqual([
      title,
      '二、主要目标',
      '（一）发展非化石能源',
    ]);
    for (const candidate of document.sections) expect(candidate.text.trim()).not.toBe('');
  });
});

describe('loadHtml encodings and structure', () => {
  it('decodes a GB2312 page declared with http-equiv and finds its articles', async () => {
    const bytes = await fixture('gbk-page.html');
    expect(declaredCharset(bytes)).toBe('gb2312');
    const document = await loadHtml(bytes, 'gbk-page.html');
    expect(document.title).toBe('关于做好碳排放统计核算工作的通知');
    const article = document.sections.find((section) => section.text.startsWith('第二条'));
    expect(article?.text).toBe('第二条 重点排放单位的温室气体排放报告应当真实、准确、完整。');
    expect(article?.heading).toEqual(['关于做好碳排放统计核算工作的通知', '第二条']);
    expect(fullText(document)).not.toContain('首页');
  });

  it('falls back to the <title> without the site suffix when there is no <h1>', async () => {
    const document = await loadHtml(
      html(
        '<html><head><title>绿色电力证书管理办法_政策_国家能源局</title></head><body><p>第一条 为规范绿色电力证书管理，制定本办法。</p></body></html>',
      ),
      'page.htm',
    );
    expect(document.title).toBe('绿色电力证书管理办法');
    expect(document.sections).toEqual([
      { text: '第一条 为规范绿色电力证书管理，制定本办法。', heading: ['第一条'] },
    ]);
  });

  it('walks layout tables as blocks instead of flattening them into rows', async () => {
    const markup = `<html><body><table><tr><td class="left-menu"><a href="/">首页</a></td>
      <td><h2>一、目标</h2><p>到2030年碳排放达峰。</p><p>到2060年实现碳中和。</p></td></tr></table></body></html>`;
    const document = await loadHtml(html(markup), 'layout.html');
    expect(document.sections).toEqual([
      { text: '一、目标\n到2030年碳排放达峰。\n\n到2060年实现碳中和。', heading: ['一、目标'] },
    ]);
  });

  it('rejects a page without text', async () => {
    const error = await loadHtml(
      html('<html><body><nav><a href="/">Home</a></nav><script>var a = 1;</script></body></html>'),
      'blank.html',
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toBe('blank.html: no text found');
  });
});
