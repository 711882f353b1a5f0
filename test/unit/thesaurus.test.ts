import { describe, expect, it } from 'vitest';
import {
  TERM_GROUPS,
  detectSectors,
  expandQuery,
  findTermGroups,
  matchTerms,
  saidInOtherOrder,
  termKey,
} from '../../src/retrieval/thesaurus.ts';

const SECTORS = [
  'energy',
  'industry',
  'transport',
  'buildings',
  'agriculture',
  'finance',
  'circular-economy',
  'forestry',
  'power',
  'carbon-market',
  'methane',
  'hydrogen',
  'consumer',
];
const ids = (text: string) => findTermGroups(text).map((group) => group.id);

describe('thesaurus data', () => {
  it('has at least 150 groups with unique kebab-case ids', () => {
    expect(TERM_GROUPS.length).toBeGreaterThanOrEqual(150);
    const seen = new Set<string>();
    for (const group of TERM_GROUPS) {
      expect(group.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(seen.has(group.id), group.id).toBe(false);
      seen.add(group.id);
    }
  });

  it('gives every group at least one English and one Chinese term, none empty, and a known sector if any', () => {
    for (const group of TERM_GROUPS) {
      expect(group.en.length, group.id).toBeGreaterThan(0);
      expect(group.zh.length, group.id).toBeGreaterThan(0);
      for (const term of group.en) expect(term.trim().length, group.id).toBeGreaterThan(0);
      for (const term of group.zh)
        expect(term, group.id).toMatch(/\p{Script=Han}.*\p{Script=Han}/u);
      if (group.sector !== undefined) expect(SECTORS, group.id).toContain(group.sector);
    }
  });

  it('never puts one term (up to case, plural and hyphenation) in two places', () => {
    const owner = new Map<string, string>();
    for (const group of TERM_GROUPS) {
      for (const term of [...group.en, ...group.zh]) {
        const key = termKey(term);
        expect(key.length, term).toBeGreaterThan(0);
        expect(owner.has(key), `"${term}" in ${group.id} duplicates ${owner.get(key)}`).toBe(false);
        owner.set(key, group.id);
      }
    }
  });
});

describe('findTermGroups', () => {
  it('matches English case-insensitively, across plural, hyphen and space variants', () => {
    expect(ids('How many NEVs were sold?')).toEqual(['new-energy-vehicles']);
    expect(ids('NON FOSSIL ENERGY')).toEqual(['non-fossil-energy']);
    expect(ids('new energy buses and power battery')).toEqual(['buses', 'power-batteries']);
  });

  it('matches English only on word boundaries', () => {
    expect(ids('Steely determination')).toEqual([]);
    expect(ids('photovoltaicity')).toEqual([]);
  });

  it('matches Chinese as substrings, preferring the longest term', () => {
    expect(ids('单位国内生产总值二氧化碳排放比2005年下降65%以上')).toEqual(['carbon-intensity']);
    expect(ids('推广新能源汽车')).toEqual(['new-energy-vehicles']);
    expect(ids('推广新能源')).toEqual(['new-energy']);
    expect(ids('风电、光伏发电装机容量')).toEqual(['wind-power', 'solar-pv', 'installed-capacity']);
  });

  it('does not join terms across punctuation', () => {
    expect(ids('碳达峰、碳中和')).toEqual(['carbon-peaking', 'carbon-neutrality']);
    expect(ids('碳达峰碳中和')).toEqual(['dual-carbon-goals']);
  });

  it('reports offsets into the text', () => {
    const text = 'The solar PV target';
    const [match] = matchTerms(text);
    expect(text.slice(match.start, match.end)).toBe('solar PV');
  });
});

describe('expandQuery', () => {
  it('adds the Chinese term to an English question about non-fossil energy', () => {
    const { groups, expansions } = expandQuery('What is the non-fossil energy share target?');
    expect(groups.map((g) => g.id)).toContain('non-fossil-energy');
    expect(expansions).toContain('非化石能源');
  });

  it('adds the English wording to a Chinese question about energy intensity', () => {
    const { expansions } = expandQuery('单位GDP能耗下降多少');
    expect(
      expansions.some(
        (t) => t === 'energy intensity' || t === 'energy consumption per unit of GDP',
      ),
    ).toBe(true);
    expect(expansions).toContain('单位国内生产总值能源消耗');
  });

  it('maps solar PV to 光伏', () => {
    expect(expandQuery('solar PV capacity in Shanghai').expansions).toContain('光伏');
  });

  it('leaves out terms already present, and duplicates', () => {
    const { expansions } = expandQuery('光伏 and photovoltaic');
    expect(expansions).not.toContain('光伏');
    expect(expansions).not.toContain('photovoltaic');
    expect(new Set(expansions).size).toBe(expansions.length);
  });

  it('caps the expansions and lets every matched group contribute', () => {
    const question =
      'energy intensity, carbon intensity, non-fossil energy, new energy vehicles and charging piles';
    const { groups, expansions } = expandQuery(question);
    expect(expansions.length).toBe(24);
    expect(expandQuery(question, { limit: 5 }).expansions).toHaveLength(5);
    for (const group of groups)
      expect(
        expansions.some((t) => group.zh.includes(t)),
        group.id,
      ).toBe(true);
  });

  it('returns nothing for a text without domain terms', () => {
    expect(expandQuery('hello world')).toEqual({ groups: [], expansions: [] });
  });
});

describe('detectSectors', () => {
  it('returns the sectors of mentioned groups in order of first mention', () => {
    expect(detectSectors('新能源汽车充电桩和光伏装机，以及绿色金融')).toEqual([
      'transport',
      'power',
      'finance',
    ]);
    expect(detectSectors('carbon market allowances and forest coverage')).toEqual([
      'carbon-market',
      'forestry',
    ]);
  });
});

describe('phrases with modifiers and in other order', () => {
  it('matches a phrase with a modifier inside it ("per unit of regional GDP")', () => {
    expect(ids('cut carbon dioxide emissions per unit of regional GDP by 20%')).toContain(
      'carbon-intensity',
    );
    expect(ids('cut carbon dioxide emissions per unit of GDP by 20%')).toContain(
      'carbon-intensity',
    );
    // A modifier is skipped only inside a phrase, never as a phrase of its own.
    expect(ids('the regional plan')).not.toContain('carbon-intensity');
  });

  it('knows a group said in other order, and not a group with a word missing', () => {
    expect(saidInOtherOrder('coal-consumption', 'the share of coal in energy consumption')).toBe(
      true,
    );
    expect(saidInOtherOrder('coal-mine-methane', 'the share of coal in energy consumption')).toBe(
      false,
    );
  });
});
