/** Word lists that tell names, roles, organisations and places apart; general English, no article's words. */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../../ingest/calendar.ts";

const toSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns that head a role: "spokesperson", "Secretary", "barrister". Compared lower-cased. */
export const ROLE_NOUNS = toSet(`
  president vice-president premier minister secretary spokesperson spokesman spokeswoman senator
  governor mayor ambassador administrator director chief ceo cfo coo chair chairman chairwoman
  chairperson leader lawyer attorney barrister solicitor judge justice campaigner activist member
  coach writer author novelist musician singer actor actress professor researcher scientist analyst
  official officer representative mp mep congressman congresswoman commissioner chancellor king
  queen prince princess general colonel captain sergeant lieutenant detective investigator doctor
  founder co-founder manager editor reporter journalist correspondent economist adviser advisor
  fellow head deputy envoy diplomat candidate councillor councilor sheriff inspector commander
  pilot astronaut engineer teacher owner expert consultant strategist lobbyist organizer organiser
  volunteer legislator lawmaker speaker pope bishop rabbi imam priest cardinal archbishop
  superintendent principal dean provost economist historian photographer designer architect
  producer presenter host anchor commentator columnist blogger publisher executive partner
  auditor prosecutor defender surgeon nurse physician psychologist trustee treasurer clerk
  vice-chair whip marshal admiral major counsel negotiator mediator sen. rep. gov. gen. lt. col.
  capt. sgt. adm. prof. goalkeeper defender striker midfielder referee winger footballer player
  athlete cyclist student pupil welder pharmacist midwife electrician paramedic firefighter
  pensioner retiree shopkeeper commuter
`);

/** Capitalised words that may stand before a surname as a title: "President Biden". */
export const TITLE_WORDS = toSet(`
  President Premier Minister Secretary Senator Sen. Governor Gov. Mayor Ambassador Administrator
  Director Chancellor Judge Justice King Queen Prince Princess General Gen. Colonel Captain
  Sergeant Detective Commissioner Chairman Chief Pope Bishop Rabbi Imam Cardinal Archbishop
  Professor Prof. Rep. Representative Congressman Congresswoman Councillor Sheriff Inspector
  Commander Admiral Marshal Speaker Coach Col. Lt. Capt. Sgt. Maj. Adm. Cmdr. Det. Supt. Insp.
`);

/** Letters after a name that are no part of it: "Jane Doe KC", "John Roe Jr.". */
export const POST_NOMINALS = toSet(`KC QC MP MEP MSP Jr Jr. Sr Sr. OBE MBE CBE PhD`);

export const HONORIFICS = toSet(`Mr Mr. Ms Ms. Mrs Mrs. Miss Dr Dr. Mx Mx. Sir Dame Lord Lady`);

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = toSet(`
  Department Bureau Council Project Institute Office Agency University College School Watch Party
  Committee Ministry Center Centre Commission Administration Service Services Corporation Company
  Corp. Inc. Ltd. LLC Group Foundation Association Society Union Organization Organisation Court
  Police House Army Navy Force Forces Board Network Museum Academy Authority Federation League Alliance
  Coalition Fund Trust Bank Church Council Parliament Senate Congress Assembly Cabinet Government
  Nations Tribunal Laboratory Laboratories Labs Hospital Clinic Institution Secretariat Directorate
  Inspectorate Programme Initiative Movement Front Caucus Chamber Guard Department's Industries
  Airlines Systems Holdings Partners Ventures Democrats Republicans Conservatives Liberals
  Socialists Greens Tories Cross Org Planetarium Library Observatory Aquarium Zoo Archives Team
  Corps Club
  Foods Water Energy Rovers Wanderers Rangers Athletic Albion Motors Utilities Pharmaceuticals
  Brewery Breweries Telecom Insurance Logistics Airways Dairies Steelworks Supermarkets
  Securities Capital Pharma Investments Stores Markets Railways Railway Trams Buses Transit
  Forum Regulator Nation
`);

/** Capitalised words that start a sentence or a date and are never names. */
export const NEVER_NAME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS.map((short) => `${short}.`),
  ...toSet(`
  The A An In On At For From To By Of And But Or If When While After Before Since
  During Although Though As This That These Those It Its He She They We I You His Her Their Our My
  Your There Here Some Many Most More Other Others Every Each Not No Yes Also However Meanwhile
  Today Yesterday Tomorrow Recent Former Under Over Across Between Among Against Despite Citing
  According Even Only Just Still Yet Then Now Once Both All Any Such Several Few Instead Finally
  Because Until Unless Whether Where What Which Who Whom Whose Why How Last Next Earlier Later
  Internet Twitter Facebook Instagram TikTok YouTube Google God Christmas Easter Regarding
  Concerning Following Including Excluding Considering Notwithstanding Barring Pending Given
`),
]);

/** First words of place names ("San Francisco", "New York City"). */
export const PLACE_PREFIXES = toSet(`San Santa Los Las New North South East West Cape Mount Lake
  Saudi Sierra Burkina Papua Nizhny Sao São Ho Tel
  Port Fort St. Saint Upper Lower Greater Central Northern Southern Eastern Western Hong Tel Abu Rio
  Buenos Kuala Sri Costa Puerto El La Le Washington United`);

/** Last words of place or thing names ("Castlefrank Road", "Mexico City", "Entity List"). */
export const NOT_PERSON_SUFFIXES = toSet(`City County Street Road Avenue Boulevard Square Island
  Islands River Valley Bay Beach Park Hall Tower Towers Bridge Airport Station Base Region
  Province State States Kingdom Republic Coast Heights Hill Hills Lake Mountains Desert Sea Ocean
  Forest Canyon Summit List Register Act Bill Law Treaty Program Prize Award Cup Games Olympics
  Challenge Day Week Times News Magazine Post Journal Weekly Daily Herald Tribune Shuttle Mission
  Facility Complex System Highway Way Lane Drive Place Court Plaza Building Street's Festival
  Mosque Temple Cathedral Palace Castle Memorial Monument Stadium Arena Championship Championships
  Tournament Expo Fair Series Conference Olympiad Marathon Gallery Theatre Theater Market Hotel
  Garden Gardens`);

/**
 * Countries and continents, as the last word of a capitalised phrase ("Team Estonia", "Fan Expo
 * Canada"): a place, not a surname. Leaves out the few that are common names too (Jordan, Chad,
 * Georgia, Israel).
 */
export const PLACE_NAMES = toSet(`
  Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
  Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil
  Brunei Bulgaria Burundi Cambodia Cameroon Canada Chile China Colombia Comoros Congo Croatia Cuba
  Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji
  Finland France Gabon Gambia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras
  Hungary Iceland India Indonesia Iran Iraq Ireland Italy Jamaica Japan Kazakhstan Kenya Kiribati
  Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania
  Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia
  Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands
  Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines
  Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia
  Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania
  Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu
  Venezuela Vietnam Yemen Zambia Zimbabwe England Scotland Wales Britain Europe Africa Asia America
  Americas Oceania Antarctica Arabia Madrid Milan Paris London Berlin Moscow Beijing Tokyo
`);

/** Acronyms that name places, not actors. */
export const PLACE_ACRONYMS = toSet(`US USA UK UAE DC EU LA NYC GB PRC DPRK ROK`);

/** Lower-case words after a name that show it acts or speaks. */
export const SPEECH_VERBS = toSet(`
  said says told tells wrote writes stated states added adds continued continues asserted asserts
  explained explains argued argues noted notes announced announces asked asks tweeted posted
  declared declares insisted insists warned warns claimed claims replied replies responded
  responds commented comments acknowledged acknowledges confirmed confirms denied denies called
  calls described describes urged urges recalled recalls stressed stresses emphasized emphasised
  suggested suggests admitted admits countered counters recommended recommends accused accuses
  criticized criticised praised praises welcomed welcomes defended defends reported reports
  estimated estimates cited cites quoted quotes reads reasoned reasons concluded concludes dubbed
  dubs characterized characterizes characterised characterises termed terms labelled labeled
  remarked remarks observed observes conceded concedes maintained maintains contended contends
  joked jokes quipped quips cautioned cautions predicted predicts lamented laments complained
  complains blogged vowed vows pledged pledges boasted boasts testified testifies opined mused
  announced declared proclaimed proclaims summed sums summarized summarised answered answers
  retorted retorts
`);

/** Common past tenses that do not end in -ed: "Lam won a seat", "the Authority met on Friday". */
export const IRREGULAR_PAST = toSet(`
  won lost beat met led left made took gave became began ran hit got came went wrote spoke held
  sent told found saw fell rose shot struck chose drew threw paid sold brought bought fought
  taught thought kept broke
`);

/** Common given names: one cue among several that a two-word capitalised phrase is a person. */
export const COMMON_GIVEN_NAMES = toSet(`
  Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Alexandra Ali Alice Alison Amanda Amy Andrea
  Andrew Angela Ann Anna Anne Anthony Antonio Barbara Ben Benjamin Bernard Beth Betty Bill Bob
  Bonnie Boris Brad Brandon Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie
  Chris Christian Christina Christine Christopher Claire Colin Craig Dan Daniel David Dean Deborah
  Dennis Diana Donald Donna Doug Douglas Ed Edward Elizabeth Emily Emma Eric Erin Frank Fred
  Gary George Gordon Grace Greg Gregory Hannah Harry Heather Helen Henry Hugh Ian Jack Jacob James
  Jane Janet Jason Jean Jeff Jennifer Jeremy Jessica Jim Joan Joe John Jonathan Jose Joseph Josh
  Juan Julia Julie Justin Karen Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Kim Laura
  Lauren Linda Lisa Louis Lucy Luis Margaret Maria Marie Mark Martin Mary Matt Matthew Maxime
  Michael Michelle Mike Mohammed Muhammad Nancy Nathan Neil Nicholas Nick Nicole Olivia Oliver
  Pat Patricia Patrick Paul Peter Philip Rachel Ralph Raymond Rebecca Richard Rick Robert Roger
  Ron Ronald Rose Ruth Ryan Sam Samuel Sandra Sarah Scott Sean Sharon Simon Sophie Stephen Steve
  Steven Susan Thomas Tim Timothy Tom Tony Victoria Vincent Walter Wayne William Yuri Zoe
`);

/** A time adverbial between a subject and its verb: "NASA on Tuesday announced", "the Home Office today is". */
export const TIME_ADVERBIAL =
  /^\s(?:today|yesterday|tonight|now|also|later|earlier|on\s\p{Lu}\p{Ll}+day|(?:last|this|next)\s\p{Ll}+)(?=\s)/u;

/** Auxiliary and modal verbs: after a name they show the name is the clause's subject. */
export const AUXILIARY_VERBS: readonly string[] = [
  "is",
  "was",
  "were",
  "are",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "should",
  "did",
  "does",
];
