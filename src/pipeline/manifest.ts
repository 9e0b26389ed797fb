/**
 * Every publisher file the open editions are built from, with its checksum. The files live in
 * the data directory (never in this repository); `checksum.ts` verifies them against these
 * SHA-256 values before anything is read, so an edition is always built from exactly the files
 * described here. Source: ../shared/data/sources/SOURCES.md and ../shared/data/geo/SOURCES.md.
 *
 * When a publisher file is deliberately replaced, update its `sha256` here (sha256sum); the cache
 * key holds the checksums and the code's own fingerprint, so cached editions are rebuilt.
 */
import type { SourceFile } from '../edition/types.js';
import { OGL_NAME as OGL, OGL_STATEMENT, mapAttribution } from '../report/attribution.js';

/** The attribution every map drawn from ONS boundaries must carry (geo/SOURCES.md). */
const ONS_BOUNDARY_ATTRIBUTION = mapAttribution(2016);

export const SOURCE_FILES: readonly SourceFile[] = [
  {
    id: 'lait',
    path: 'sources/lait_upper_tier/lait_bds_long_0.parquet',
    title: 'Local Authority Interactive Tool (LAIT), long-format data (bds_long_0.parquet)',
    publisher: 'Department for Education',
    url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
    licence: OGL,
    attribution: `Department for Education, Local Authority Interactive Tool. ${OGL_STATEMENT}`,
    sha256: '8277a891ae7318be2d77019fd193f91c0f553ccd430890f04fd84fb4f849a4be',
  },
  {
    id: 'ks4-destinations',
    path: 'sources/ks4_destinations/dfe_ks4_dm_lad_provider_location_total_201516-202223.csv',
    title: 'Key stage 4 destination measures by local authority district (provider location), 2015/16 to 2022/23',
    publisher: 'Department for Education',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/key-stage-4-destination-measures',
    licence: OGL,
    attribution: `Department for Education, Key stage 4 destination measures. ${OGL_STATEMENT}`,
    sha256: 'b74dae6cf983b7b468fa2d804ada5aa938d39e58ec2b873d16797865c0072e34',
  },
  {
    id: 'ons-affordability-2018',
    path: 'sources/lad_affordability/ons_affordability_2018edition_2002-2018_nktaylor.xls',
    title: 'House price to residence-based earnings ratio, 2018 edition (tables 5b and 5c)',
    publisher: 'Office for National Statistics',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/housing/datasets/ratioofhousepricetoresidencebasedearningslowerquartileandmedian',
    licence: OGL,
    attribution: `Office for National Statistics, House price to residence-based earnings ratio (2018 edition). ${OGL_STATEMENT}`,
    sha256: '507f900ec1d5eba2f4fbf541eece9632e8490db84eaa7ca9a92c9eb657c1add4',
  },
  {
    id: 'ons-lwf-2022',
    path: 'sources/lad_living_wage/ons_lwf_table7_work_geography_2022prov.xls',
    title: 'Number and proportion of employee jobs with hourly pay below the Living Wage Foundation rates, work geography, Table 7 LWF.1a, 2022 provisional',
    publisher: 'Office for National Statistics',
    url: 'https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/datasets/numberandproportionofemployeejobswithhourlypaybelowthelivingwage',
    licence: OGL,
    attribution: `Office for National Statistics, Annual Survey of Hours and Earnings: employee jobs below the Living Wage Foundation rates (2022 provisional). ${OGL_STATEMENT}`,
    sha256: 'da31153f00b4fd1e8fdeb0b20bb89ef26ac0512a585cd1959e0de62cdda758d9',
  },
  {
    id: 'els-weekly-pay',
    path: 'sources/lad_pay_ashe/els_gross-median-weekly-pay.csv',
    title: 'Gross median weekly pay by place of residence (ASHE), Explore local statistics',
    publisher: 'Office for National Statistics',
    url: 'https://www.ons.gov.uk/explore-local-statistics/indicators/gross-median-weekly-pay',
    licence: OGL,
    attribution: `Office for National Statistics, Annual Survey of Hours and Earnings, via Explore local statistics. ${OGL_STATEMENT}`,
    sha256: '285a76982afdfd38e9366535b43bf3e68c878ada7b819d722d2ec188c38eff17',
  },
  {
    id: 'els-affordability',
    path: 'sources/lad_affordability/els_housing-affordability-ratio.csv',
    title: 'Housing affordability ratio (residence-based), Explore local statistics',
    publisher: 'Office for National Statistics',
    url: 'https://www.ons.gov.uk/explore-local-statistics/indicators/housing-affordability-ratio',
    licence: OGL,
    attribution: `Office for National Statistics, House price to residence-based earnings ratio, via Explore local statistics. ${OGL_STATEMENT}`,
    sha256: '973d3aef791def803be89cc6e42125778efb6d0518321ae4cf4e14350bebff55',
  },
  {
    id: 'els-ks2-expected',
    path: 'sources/lad_school_proxies/els_pupils-at-expected-standards-by-end-of-primary-school.csv',
    title: 'Pupils meeting the expected standard in reading, writing and maths at the end of primary school, Explore local statistics',
    publisher: 'Department for Education (compiled by the Office for National Statistics)',
    url: 'https://www.ons.gov.uk/explore-local-statistics/indicators/pupils-at-expected-standards-by-end-of-primary-school',
    licence: OGL,
    attribution: `Department for Education, Key stage 2 attainment, via ONS Explore local statistics. ${OGL_STATEMENT}`,
    sha256: 'ce4d2124987abb979dd8dfc923935a090ed4a063d788effd967f4419abba7f6d',
  },
  {
    id: 'els-gcse-english-maths',
    path: 'sources/lad_school_proxies/els_gcses-in-english-and-maths.csv',
    title: 'GCSEs in English and maths by age 19, Explore local statistics',
    publisher: 'Department for Education (compiled by the Office for National Statistics)',
    url: 'https://www.ons.gov.uk/explore-local-statistics/indicators/gcses-in-english-and-maths',
    licence: OGL,
    attribution: `Department for Education, Level 2 and 3 attainment age 16 to 25, via ONS Explore local statistics. ${OGL_STATEMENT}`,
    sha256: 'f3b4c9393e60fdba58d2b919d2055871501c65de9588daeed046fa337ff554fa',
  },
  {
    id: 'census-2011-qs405ew',
    path: 'sources/home_ownership/census2011_qs405ew_tenure_households_lad.csv',
    title: 'Census 2011 QS405EW Tenure – Households, local authority districts',
    publisher: 'Office for National Statistics (Nomis)',
    url: 'https://www.nomisweb.co.uk/census/2011/qs405ew',
    licence: OGL,
    attribution: `Office for National Statistics, 2011 Census (QS405EW). ${OGL_STATEMENT}`,
    sha256: 'eb73660a2d8546a31bda7ca1a527b2280bdd20343898384a0c1b5d50fd9eaf64',
  },
  {
    id: 'census-2011-ks608ew',
    path: 'sources/census_occupation/census2011_ks608ew_occupation_lad.csv',
    title: 'Census 2011 KS608EW Occupation: usual residents aged 16–74 in employment, local authority districts',
    publisher: 'Office for National Statistics (Nomis)',
    url: 'https://www.nomisweb.co.uk/census/2011/ks608ew',
    licence: OGL,
    attribution: `Office for National Statistics, 2011 Census (KS608EW). ${OGL_STATEMENT}`,
    sha256: 'a858deeb3697fc28e222bb1aec335fe1139ee49477bec2e9aa4189b2ef551dd8',
  },
  {
    id: 'census-2021-ts063',
    path: 'sources/census_occupation/census2021_ts063_occupation_lad23.csv',
    title: 'Census 2021 TS063 Occupation: usual residents aged 16 and over in employment, local authority districts (April 2023 codes)',
    publisher: 'Office for National Statistics',
    url: 'https://www.ons.gov.uk/datasets/TS063/editions/2021/versions/1',
    licence: OGL,
    attribution: `Office for National Statistics, Census 2021 (TS063). ${OGL_STATEMENT}`,
    sha256: '65a55f2d7bd565f871bc0cfedd80303f55b1ef9963aa09bfd4da55209826ef75',
  },
  {
    id: 'census-2021-ts054',
    path: 'sources/census_tenure/census2021_ts054_tenure_ltla.csv',
    title: 'Census 2021 TS054 Tenure: households, lower-tier local authorities (2021 codes)',
    publisher: 'Office for National Statistics',
    url: 'https://www.ons.gov.uk/datasets/TS054/editions/2021/versions/2',
    licence: OGL,
    attribution: `Office for National Statistics, Census 2021 (TS054). ${OGL_STATEMENT}`,
    sha256: '81484b4c45b6a8cb3d3781942916adbf31ae8958286893a94e489949dc403355',
  },
  {
    id: 'ons-ashe-table8-2017',
    path: 'sources/lad_pay_ashe/ons_ashe_table8_1a_weekly_gross_2017.xls',
    title: 'ASHE Table 8.1a, place of residence: weekly gross pay, all employee jobs, April 2017 (revised), with the % change on April 2016',
    publisher: 'Office for National Statistics',
    url: 'https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/datasets/placeofresidencebylocalauthorityashetable8',
    licence: OGL,
    attribution: `Office for National Statistics, Annual Survey of Hours and Earnings, Table 8 (2017). ${OGL_STATEMENT}`,
    sha256: '6e1b74ba386662cbbdbc2fe046eeadc26a84bed99f6619c1bdb327678a842117',
  },
  {
    id: 'dfe-wp-selective-he',
    path: 'sources/selective_he/dfe_wp_fsm_high_tariff_by19_la_202021.csv',
    title: 'Widening participation in higher education: FSM pupils aged 15 in 2020/21 entering a high-tariff provider by 19, by local authority',
    publisher: 'Department for Education',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/widening-participation-in-higher-education',
    licence: OGL,
    attribution: `Department for Education, Widening participation in higher education. ${OGL_STATEMENT}`,
    sha256: 'deb869c86780a1ab82f658d73a073cc4a3cd28fc3d3eb36c221caab83e980ce2',
  },
  {
    id: 'geo-lad16-lookup',
    path: 'geo/lad16_england_lookup.csv',
    title: 'English local authority districts of 2016: type, county, region, 2011 rural-urban class and successor codes to 2025 (compiled from ONS and Defra lookups)',
    publisher: 'Office for National Statistics; Department for Environment, Food & Rural Affairs',
    url: 'https://geoportal.statistics.gov.uk/',
    licence: OGL,
    attribution: `Source: Office for National Statistics and Defra, licensed under the Open Government Licence v.3.0.`,
    sha256: '56c16d11d2a240f9362b662c7f7eed8b1f158df0b0ba53f118d0d7375a47b839',
  },
  {
    id: 'geo-ruc-2011',
    path: 'geo/RUC_LAD_2011_EN_LU.csv',
    title: 'Rural Urban Classification (2011) of Local Authority Districts in England',
    publisher: 'Department for Environment, Food & Rural Affairs; Office for National Statistics',
    url: 'https://www.gov.uk/government/statistics/2011-rural-urban-classification-of-local-authority-and-other-higher-level-geographies-for-statistical-purposes',
    licence: OGL,
    attribution: `Defra and Office for National Statistics, 2011 Rural Urban Classification of Local Authority Districts. ${OGL_STATEMENT}`,
    sha256: '2a9e01bbb71eb2e07ee3f3463a401e929e5428f58b85a6d81f30ab98f2578286',
  },
  {
    id: 'geo-ons-topojson',
    path: 'geo/onsvisual-uk-topojson_topo.json',
    title: 'UK administrative geographies 2014–2025 (TopoJSON, ONSvisual/uk-topojson): area names and validity years',
    publisher: 'Office for National Statistics',
    url: 'https://github.com/ONSvisual/uk-topojson',
    licence: OGL,
    attribution: ONS_BOUNDARY_ATTRIBUTION,
    sha256: 'dc7062d094f5321bc2101a1287d15b4822edadb6432181d2063953ddcd573c8c',
  },
  {
    id: 'geo-ons-lad-2017-map',
    path: 'geo/onsvisual-maptemplates_geogEngLA2017.topo.json',
    title: 'England local authority districts, December 2017 boundaries, simplified (TopoJSON, ONSvisual/maptemplates): the map of the 2016 districts',
    publisher: 'Office for National Statistics',
    url: 'https://github.com/ONSvisual/maptemplates',
    licence: OGL,
    attribution: mapAttribution(2017),
    sha256: 'bf3d7f61587ec284e30eac29813e7ba8b2d30ca3b258f3200d80009c58d2d14f',
  },
  {
    id: 'geo-ons-hexmap-2013',
    path: 'geo/onsvisual-maptemplates_hexmap-LA2013.topo.json',
    title: 'Local authorities of 2013 as a hex cartogram (TopoJSON, ONSvisual/maptemplates): one hexagon per area',
    publisher: 'Office for National Statistics',
    url: 'https://github.com/ONSvisual/maptemplates',
    licence: OGL,
    attribution: ONS_BOUNDARY_ATTRIBUTION,
    sha256: 'a833b50bda90cec46ffcfc846760419b4db50ccd4d185d094cdb145f332563b8',
  },
];

/** The manifest entry for a source id; throws (a bug, not a user error) for an unknown id. */
export function sourceFile(id: string): SourceFile {
  const source = SOURCE_FILES.find((entry) => entry.id === id);
  if (source === undefined) throw new Error(`No source file with id "${id}" in the manifest.`);
  return source;
}
