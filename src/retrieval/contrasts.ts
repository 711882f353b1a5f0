import { findAllTermGroups, saidInOtherOrder } from './thesaurus.ts';

/**
 * One side of a contrast: the thesaurus groups that say it, and words that say it only for this
 * purpose (too broad for retrieval: "car" is a passenger car here, a vehicle of any kind there).
 */
interface Side {
  groups: readonly string[];
  words?: RegExp;
}

/**
 * Sibling concepts that exclude each other: a sentence about one side does not answer a question
 * about another ("coal's share" is not answered by "the share of non-fossil energy", a subsidy for
 * a fuel car not by one for a new energy car).
 */
export const CONTRASTS: readonly (readonly Side[])[] = [
  // Energy sources whose shares and amounts are separate targets.
  [
    { groups: ['coal', 'coal-consumption'] },
    { groups: ['non-fossil-energy'] },
    { groups: ['natural-gas'] },
    { groups: ['oil'] },
  ],
  // What is bought or scrapped: powered by fuel, or by new energy.
  [
    { groups: ['fuel-vehicles'], words: /\b(?:fuel(?![- ]cell)|petrol|gasoline)\b|燃油/i },
    {
      groups: [
        'new-energy-vehicles',
        'battery-electric-vehicles',
        'plug-in-hybrids',
        'fuel-cell-vehicles',
      ],
      words: /\bnew[- ]energy\b|新能源/i,
    },
  ],
  // What is traded in: a vehicle, a household appliance or an electric bicycle.
  [
    {
      groups: [
        'passenger-vehicles',
        'new-energy-vehicles',
        'fuel-vehicles',
        'motorcycles',
        'trucks',
        'buses',
      ],
      words: /汽车|车辆|旧车|新车|乘用车|\bcars?\b|\bvehicles?\b/i,
    },
    {
      groups: ['household-appliances'],
      words:
        /冰箱|洗衣机|空调|热水器|\brefrigerators?\b|\bwashing machines?\b|\bair conditioners?\b/i,
    },
    { groups: ['electric-bicycles'] },
  ],
  // How an old car goes: scrapped, or sold or transferred (报废更新 and 置换更新 are separate subsidies).
  [
    { groups: [], words: /报废|\bscrap(?:s|ped|ping|page)?\b|\bjunk(?:s|ed|ing)?\b/i },
    {
      groups: [],
      words:
        /置换|转让|\bsell(?:s|ing)?\b|\bsold\b|\btransfer(?:s|red|ring)?\b|\breplac(?:e|es|ed|ing|ement)\b/i,
    },
  ],
  // Kinds of vehicle.
  [
    { groups: ['passenger-vehicles'], words: /\bcars?\b/i },
    { groups: ['motorcycles'] },
    { groups: ['trucks'] },
    { groups: ['buses'] },
    { groups: ['electric-bicycles'] },
  ],
  // Intensity per unit of output: of energy, or of carbon dioxide.
  [
    // Chinese plans coordinate the two ("单位地区生产总值能源消耗和二氧化碳排放分别下降…").
    { groups: ['energy-intensity', 'industrial-energy-intensity'], words: /能源消耗|能耗/ },
    { groups: ['carbon-intensity', 'industrial-carbon-intensity'], words: /二氧化碳排放|碳排放/ },
  ],
  // Intensity of the whole economy, or of industry alone.
  [
    { groups: ['energy-intensity', 'carbon-intensity'] },
    { groups: ['industrial-energy-intensity', 'industrial-carbon-intensity'] },
  ],
  // Buildings to be built, or buildings standing.
  [
    {
      groups: [],
      words:
        /城镇新建建筑|新建(?:城镇|居住|公共)?建筑|\bnew(?:ly built)? (?:urban |residential |public )?buildings\b/i,
    },
    {
      groups: [],
      words: /既有(?:居住|公共)?建筑|\bexisting (?:residential |public )?buildings\b/i,
    },
  ],
  // Generation by source.
  [
    { groups: ['solar-pv', 'distributed-pv', 'building-integrated-pv', 'solar-thermal-power'] },
    { groups: ['wind-power', 'offshore-wind'] },
    { groups: ['hydropower'] },
    { groups: ['nuclear-power'] },
  ],
  // Storage by kind.
  [{ groups: ['pumped-storage'] }, { groups: ['energy-storage', 'electrochemical-storage'] }],
  // Kinds of building standard.
  [
    { groups: ['green-buildings'] },
    { groups: ['ultra-low-energy-buildings', 'zero-carbon-buildings'] },
    { groups: ['prefabricated-buildings'] },
  ],
];

/** Sides (as "set:side") that a text names: a group's wording, its words in other order, or a side's own words. */
export function contrastSides(text: string): Set<string> {
  const found = new Set(findAllTermGroups(text).map((g) => g.id));
  const sides = new Set<string>();
  CONTRASTS.forEach((set, s) =>
    set.forEach((side, i) => {
      const named =
        side.groups.some((id) => found.has(id) || saidInOtherOrder(id, text)) ||
        (side.words?.test(text) ?? false);
      if (named) sides.add(`${s}:${i}`);
    }),
  );
  return sides;
}

/**
 * Whether a text speaks only of another side than the question: it names a side of a contrast
 * set the question names, and none of the question's sides of that set. A question naming two
 * sides (a comparison of coal and gas) is answered by either.
 */
export function contradicts(asked: ReadonlySet<string>, stated: ReadonlySet<string>): boolean {
  const setOf = (side: string) => side.slice(0, side.indexOf(':'));
  for (const side of stated) {
    if (asked.has(side)) continue;
    const askedInSet = [...asked].filter((s) => setOf(s) === setOf(side));
    if (askedInSet.length > 0 && !askedInSet.some((s) => stated.has(s))) return true;
  }
  return false;
}
