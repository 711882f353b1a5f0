import { describe, it, expect } from 'vitest';
import { detectKind, isDocumentKind } from '../../src/documents/kind.ts';

describe('detectKind', () => {
  it.each([
    ['The 14th Five-Year Plan for a Modern Energy System', 'plan'],
    ['Action Plan for Carbon Dioxide Peaking Before 2030', 'implementation_plan'],
    [
      'Notice on Promoting the Scale Application Pilot of Vehicle-to-Grid (V2G) Interaction',
      'notice',
    ],
    [
      'Supplementary Notice on Further Advancing the Renewal of New Energy Urban Buses and Power Batteries',
      'notice',
    ],
    [
      'Work Plan for Improving the Carbon Emission Accounting and Statistical System',
      'implementation_plan',
    ],
    ['Guiding Opinions on Promoting the Development of Smart Agriculture', 'opinions'],
    [
      'Several Opinions on Promoting the High-Quality Development of the Aluminium Industry in the Inner Mongolia Autonomous Region',
      'opinions',
    ],
    [
      'Implementation Plan of Hebei Province for Strengthening Support for Large-Scale Equipment Renewal and the Trade-in of Consumer Goods',
      'implementation_plan',
    ],
    [
      'Implementation Rules of Anhui Province for the Scrappage and Replacement Renewal of Motor Vehicles and the Trade-in of Consumer Goods',
      'rules',
    ],
    ['Regulation on Accelerating Green, Low-carbon Transition in Zhejiang Province', 'rules'],
    ['Administrative Measures for Carbon Emissions Trading', 'measures'],
    ['The 14th Five-Year Plan for Energy Development of Guangdong Province', 'plan'],
    [
      'Charging up Hainan’s Transition to Electric Vehicles: Assessment of Current Charging Infrastructure Deployment',
      'report',
    ],
    [
      'Low-carbon Transition of Traditional Energy Regions in China: A Case Study of the Coal Triangle Area',
      'report',
    ],
    ['China Carbon Neutrality Tracker Newsletter', 'newsletter'],
    ['2030年前碳达峰行动方案', 'implementation_plan'],
    ['浙江省能源发展“十四五”规划', 'plan'],
    ['河南省汽车置换更新补贴实施细则', 'rules'],
    ['北京市“十四五”时期建筑节能与绿色建筑发展规划', 'plan'],
    ['广东省发展绿色金融支持碳达峰行动实施方案', 'implementation_plan'],
    ['山东省氢能产业中长期发展规划（2020—2030年）', 'plan'],
    ['国务院关于印发《2030年前碳达峰行动方案》的通知', 'notice'],
    ['关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见', 'opinions'],
    ['碳排放权交易管理办法（试行）', 'measures'],
    ['中国应对气候变化的政策与行动2023年度报告', 'report'],
    ['Minutes of a meeting', 'other'],
  ])('%s → %s', (title, kind) => {
    expect(detectKind(title)).toBe(kind);
  });

  it('knows the kinds it can return', () => {
    expect(isDocumentKind('implementation_plan')).toBe(true);
    expect(isDocumentKind('law')).toBe(false);
  });
});

describe('document kind in a manifest entry', () => {
  it('is taken as stated, else detected from the stated title', async () => {
    const { applyManifestEntry, parseManifest } = await import('../../ingest/manifest.ts');
    const detected = {
      title: 'x',
      date: null,
      issuer: null,
      doc_number: null,
      region: 'National',
      level: 'national' as const,
      language: 'en' as const,
      sectors: [],
      kind: 'other' as const,
    };
    expect(applyManifestEntry(detected, { id: 'a', kind: 'report' }).kind).toBe('report');
    expect(applyManifestEntry(detected, { id: 'a', title: 'Notice on Trials' }).kind).toBe(
      'notice',
    );
    expect(applyManifestEntry(detected, { id: 'a' }).kind).toBe('other');
    expect(() => parseManifest([{ id: 'a', kind: 'memo' }], 'manifest.json')).toThrow(
      /field "kind": expected one of plan, implementation_plan/,
    );
  });
});
