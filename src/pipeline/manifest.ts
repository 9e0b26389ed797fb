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
import { OGL_NAME as OGL, OGL_STATEMENT, POSTCODE_ATTRIBUTION, mapAttribution } from '../report/attribution.js';

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
  {
    id: 'geo-postcode-sectors',
    path: 'geo/postcodes/nspl_aug2024_sector_lad_england.csv',
    title: 'Postcode sector to local authority (2023 codes with the April 2025 code), with counts and shares, derived from the ONS NSPL August 2024 and, for central London, the ONSPD November 2022',
    publisher: 'Office for National Statistics (derived; see geo/postcodes/SOURCES.md)',
    url: 'https://geoportal.statistics.gov.uk/',
    licence: OGL,
    attribution: POSTCODE_ATTRIBUTION,
    sha256: 'f5024c04d8cd8f02fac29f7fa61b7b2c3c8bf3ede41e7ca8614cea3f64a2db19',
  },
  {
    id: 'geo-postcode-sectors-lad16',
    path: 'geo/postcodes/nspl_aug2024_sector_lad16_england.csv',
    title: 'Postcode sector to 2016 local authority district, with counts and shares, derived from the ONS NSPL August 2024',
    publisher: 'Office for National Statistics (derived; see geo/postcodes/SOURCES.md)',
    url: 'https://geoportal.statistics.gov.uk/',
    licence: OGL,
    attribution: POSTCODE_ATTRIBUTION,
    sha256: 'd49e43e8e544f6587bf1dc6c7396896fc9b8146add3c12dadbc36c56cf568e8f',
  },
  {
    id: 'geo-postcode-exceptions',
    path: 'geo/postcodes/nspl_aug2024_postcode_exceptions_england.csv',
    title: 'Full postcodes whose local authority (or 2016 district) differs from their sector’s majority, derived from the ONS NSPL August 2024',
    publisher: 'Office for National Statistics (derived; see geo/postcodes/SOURCES.md)',
    url: 'https://geoportal.statistics.gov.uk/',
    licence: OGL,
    attribution: POSTCODE_ATTRIBUTION,
    sha256: 'de3a14a3b8869fb37ed321045c9ceac68a7c7c2be7e2a560737e3a517981a58f',
  },
  {
    id: 'geo-postcode-outcodes',
    path: 'geo/postcodes/nspl_aug2024_outcode_lad_england.csv',
    title: 'Outward code (postcode district) to local authority, with counts and shares, derived from the ONS NSPL August 2024',
    publisher: 'Office for National Statistics (derived; see geo/postcodes/SOURCES.md)',
    url: 'https://geoportal.statistics.gov.uk/',
    licence: OGL,
    attribution: POSTCODE_ATTRIBUTION,
    sha256: '7cc3354a889661f36dcd8fc99b600179450549e65810bfee7211388086d72d6e',
  },
  {
    id: 'geo-postcode-london-ranges',
    path: 'geo/postcodes/onspd_nov2022_letter_district_ranges.csv',
    title: 'Postcode ranges of the central-London outward codes that end in a letter (EC1A, SW1A, W1D…) to London borough, derived from the ONS Postcode Directory November 2022 (mySociety mini-postcode-lookup)',
    publisher: 'Office for National Statistics (derived; see geo/postcodes/SOURCES.md)',
    url: 'https://geoportal.statistics.gov.uk/',
    licence: OGL,
    attribution: POSTCODE_ATTRIBUTION,
    sha256: 'ac6a7021b099637a504d9f2e4b340ba0517bbd02fb5804fd0f836767893b5fbe',
  },
];

/** The manifest entry for a source id; throws (a bug, not a user error) for an unknown id. */
export function sourceFile(id: string): SourceFile {
  const source = SOURCE_FILES.find((entry) => entry.id === id);
  if (source === undefined) throw new Error(`No source file with id "${id}" in the manifest.`);
  return source;
}
