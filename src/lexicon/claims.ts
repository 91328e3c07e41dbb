/**
 * Word lists the claim rules share. The cue verbs were chosen by how often each form is an attribution cue in
 * PolNeAR's training half (kept when it is one in at least about a third of its uses), plus the common
 * reporting verbs of wire copy. The second group (goal, stance and judgement verbs: "sought", "questioned",
 * "decided") was kept where, added as a cue, at least about 40% of what it yields matches an annotated
 * attribution on the training half; no weights or statistics from PolNeAR are shipped, only the words.
 */

import { MONTHS, WEEKDAY_NAMES } from "./calendar.js";

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Verb forms that introduce what someone says, thinks or wants. */
export const CUE_VERBS = words(`
say says said saying tell tells told telling add adds added adding note notes noted noting
write writes wrote writing tweet tweets tweeted tweeting announce announces announced announcing
argue argues argued arguing claim claims claimed claiming insist insists insisted insisting
warn warns warned warning explain explains explained explaining stated stating
declare declares declared declaring acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting concede concedes conceded conceding contend contends contended
suggest suggests suggested suggesting recall recalls recalled recalling reply replies replied replying
respond responds responded responding answer answered ask asks asked asking wonder wondered wondering
remark remarked remarking joke joked joking lament lamented complain complains complained complaining
predict predicts predicted predicting promise promises promised promising vow vows vowed vowing
pledge pledges pledged pledging urge urges urged urging stress stresses stressed stressing
emphasize emphasized emphasizing reiterate reiterated reiterating repeat repeated repeating
confirm confirms confirmed confirming deny denies denied denying assert asserts asserted asserting
allege alleges alleged alleging accuse accuses accused accusing blame blames blamed blaming
criticize criticizes criticized criticizing criticise criticised praise praises praised praising
slam slams slammed slamming blast blasts blasted blasting decry decried dismiss dismisses dismissed dismissing
describe describes described describing calls called calling cite cites cited citing
reported reveal reveals revealed caution cautioned boast boasted boasting
thank thanked yell yelled shout shouted chant chanted interject interjected conclude concludes concluded
continue continued continues mention mentioned hint hints hinted indicate indicates indicated
believe believes believed think thinks thought hope hopes hoped fear fears feared expect expects
want wants wanted predict estimate estimates estimated
show shows showed find finds found
defend defends defended refuse refuses refused decline declines declined agree agrees agreed
express expressed reassure reassured assure assured remind reminded inform informed quip quipped
observe observed pointed recount recounted testify testified opine opined muse mused
endorse endorses endorsed endorsing support supports supported supporting oppose opposes opposed opposing
propose proposes proposed proposing plans planned know knows knew seem seems seemed appears appeared
favor favors favored backed backing reject rejects rejected rejecting hoping wish wishes wished insisting
seek seeks sought offer offered see sees saw feel felt consider decided determined ruled threaten threatened
identify identified talking talked challenged echoed requested listed implying implied characterized hailed
hailing demand demands demanded demanding aimed intended intends understood understand realize realized
recommended attacked pointing mocked dubbed welcomed worried conceded forecast discussed learned denounced
condemned condemning prefer prefers ordered touted endorsing vowing questioned swore acknowledges
`);

/**
 * Forms that stay cues of direct quotes but, as cues of reported speech, yield an annotated attribution in fewer
 * than about three in ten uses on PolNeAR's training half (the F1 break-even): they mostly tell what was done.
 */
export const WEAK_REPORTED_CUES = words(`
championed wishes welcoming encouraging continues tweets suspect find denouncing backing backed identify favored
chants joke advocated note mentions responding decline deemed
`);

/**
 * Inflections the list above lacked and common verbs of saying, judging and thinking it left out. Forms that are
 * mostly nouns ("answers", "attacks", "doubts") stay out.
 */
export const MORE_CUE_VERBS = words(`
estimating revealing hinting indicating fearing believing thinking expecting wanting agreeing disagree disagrees
disagreed disagreeing doubted suspect suspects suspected assumed assumes boasts testifies testifying observes
emphasizes reiterates repeats wonders threatens threatening defend defending refusing favoring feels considers
considering decides echoes echoing characterizes characterizing hails realizes attacking mocking dubs welcomes
welcoming condemn condemns preferred swears recommend recommends recommending refer refers referred referring
referencing referenced posted emailed retweeted quoted quoting voiced portray portrays portrayed portraying railed
pleaded touting touts signaled signaling remember remembers remembered highlighted highlighting highlights
denounce denounces denouncing questioning discuss discusses discussing encourage encourages encouraged encouraging
assailed applaud applauded likened bemoaned lambasted derided speculated speculate proclaimed laments lamenting
bragged brags bragging chided commented commenting mentions mentioning elaborated reaffirmed clarified rebuked
congratulated credited crediting disclosed unveiled outlined outlining articulated advocated advocating
championed decrying insulted chants chanting reminding reiterating seeking deemed regarded
`);

/**
 * Cue verbs of judgement whose object is a noun phrase, not a clause: "endorsed Ann Lee in May" endorses Ann Lee,
 * not the rest of the sentence.
 */
export const OBJECT_CUES = words(`
endorse endorses endorsed endorsing support supports supported supporting oppose opposes opposed opposing
back backs backed backing favor favors favored favoring praise praises praised praising attack attacks attacked
attacking criticize criticizes criticized criticizing criticise criticised defend defends defended defending
reject rejects rejected rejecting blast blasts blasted blasting slam slams slammed slamming condemn condemns
condemned condemning denounce denounces denounced denouncing rebuke rebukes rebuked mention mentions mentioned
mentioning cite cites cited citing thank thanks thanked welcome welcomes welcomed welcoming hail hails hailed
applaud applauds applauded
`);

/** Cue verbs that take the hearer as object: "told reporters …", "assured voters …". */
export const HEARER_VERBS = words(
  "tell tells told telling assure assured reassure reassured remind reminded inform informed warn warns warned warning urge urged thank thanked ask asked",
);

/** Words between a cue and what is said that belong to neither ("said in a statement on Tuesday that"). */
export const CUE_ADJUNCTS = words(`
in a an the statement interview interviews email emailed release news conference briefing speech post posts
on monday tuesday wednesday thursday friday saturday sunday yesterday today last week night morning
afternoon evening earlier later then also again at during this month year reporters journalists
recently previously publicly privately repeatedly once
`);

/** Adverbs and auxiliaries that may stand between a source and its cue ("has long said", "also told"). */
export const PRE_CUE = words(`
also has have had would will could can may might should must reportedly repeatedly previously later then
again recently once often never not still already publicly privately quickly further earlier first initially
just even frequently is was are were been being did does do flatly strongly long separately subsequently
immediately angrily told yesterday today monday tuesday wednesday thursday friday saturday sunday on last night
now yet ever always only most both all twice instead
`);

export const PRONOUNS = words("he she they we i it who you");

/** Words that open a noun phrase: articles, possessives, demonstratives. */
export const DETERMINERS = words("the a an his her their its our my your this these those");

/** Determiners and prepositions: no noun phrase ends on one, so a cue word after one is a noun ("no mention"). */
export const NOT_HEADS = words("the a an no every of in for with at on");

/** Heads of unnamed sources: "U.S. officials", "a person familiar with the talks". */
export const ANONYMOUS_HEADS = words(`
official officials source sources person people aide aides diplomat diplomats insider insiders
someone spokesman spokeswoman spokesperson analyst analysts observer observers critic critics
advisor advisors adviser advisers member members staffer staffers lawmaker lawmakers officer officers
expert experts resident residents witness witnesses individual individuals authorities investigators
strategist strategists operative operatives donor donors ally allies
`);

/** Words that end a noun phrase read backwards from a cue. */
export const NP_STOP = words(`
that which and but or when while because as if after before since than so where whether though although
to into onto by from about against between through during under over without is was are were be been
has have had will would could should can may might must do does did not this these those there here
what how why all
`);

/**
 * Peoples named by nation or region, in the plural ("Palestinians", "South Koreans"): a group of people, not
 * a person, an organisation or a place, so no entity ends in one. Forms that are also adjectives or singulars
 * ("Chinese", "Swiss") and those that name sports teams ("Indians") are left out.
 */
export const PEOPLES = words(`
afghans albanians algerians americans angolans argentines argentinians armenians australians austrians
azerbaijanis bahrainis bangladeshis belarusians belgians bolivians bosnians brazilians britons bulgarians
cambodians cameroonians canadians chileans colombians croats cubans cypriots czechs danes ecuadorians
egyptians emiratis eritreans estonians ethiopians europeans filipinos finns germans ghanaians greeks
guatemalans haitians hondurans hungarians icelanders indonesians iranians iraqis israelis italians jamaicans
jordanians kazakhs kenyans koreans kosovars kurds kuwaitis latvians libyans lithuanians malaysians mexicans
moroccans mongolians nepalis nigerians norwegians pakistanis palestinians panamanians peruvians qataris
romanians russians rwandans saudis serbs slovaks slovenians somalis spaniards swedes syrians tanzanians thais
tunisians turks ugandans ukrainians uruguayans uzbeks venezuelans yemenis zambians zimbabweans africans
asians arabs latinos hispanics westerners
`);

/**
 * People named by their role, in the plural: "Gaza Officials said", "U.S. Officials" (as some wires write it)
 * name a place's or a body's people, not an entity; the words before are the place or the body.
 */
export const GROUP_ROLES = words(`
officials leaders residents lawmakers diplomats analysts experts sources militants troops protesters spokesmen
`);

/** Roles that take "to" in a source phrase ("an aide to the president said", "adviser to the board"). */
export const ROLES_WITH_TO = words(`
aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson counsel consultant consultants
ambassador ambassadors envoy envoys assistant assistants successor heir deputy secretary
`);

/** Title words that stand before a name and are not part of it. */
export const TITLE_HEADS = words(`
mr mrs ms miss dr prof professor sen senator rep representative gov governor gen general lt col colonel
maj major capt captain sgt sergeant adm admiral cmdr commander president vice secretary minister premier
chancellor mayor judge justice ambassador chairman chairwoman chair speaker director commissioner
spokesman spokeswoman spokesperson king queen prince princess pope rev reverend sheikh chief officer
attorney detective inspector superintendent coach ceo councilman councilwoman councillor sheriff constable
alderman archbishop bishop rabbi imam cardinal senator-elect
`);

/** Words that may join a title ("Defense Secretary", "Prime Minister", "Secretary of State"). */
export const TITLE_WORDS = words(`
defense defence foreign state home interior finance treasury health justice prime deputy vice acting
former senior chief general attorney executive press white house national security minority majority
senate house army navy police fire district county supreme high foreign-affairs us u.s of the party
education energy labor labour commerce trade economy transport transportation homeland environment
`);

export const ORG_WORDS = words(`
department ministry party committee council agency association university college company inc corp corporation
co ltd llc plc bank army navy forces force police court congress senate parliament times post news press
reuters pentagon kremlin commission institute foundation group network service office administration authority
campaign journal union organization organisation fund board federation league club airlines airways guard
hospital school church brigades brigade movement front coalition alliance center centre bureau agency
assembly cabinet government tribunal exchange reserve media tv television radio magazine review herald tribune
globe telegraph guardian observer gazette chronicle nations museum
`);

/**
 * Words that end the name of a public body or a union ("Foreign and Commonwealth Office", "Food and Allied
 * Workers union"): such a name may join two words with "and", where a newspaper's or a party's rarely does.
 */
export const BODY_HEADS = words(`
department ministry committee council agency association commission institute office administration authority
union federation board bureau assembly tribunal services service act
`);

/**
 * Words that end a firm's name and no person's or place's ("Halvern Foods", "Kesteven Holdings", "Acme Corp"):
 * a name of two words or more ending in one is an organisation whatever the tagger read (it reads each mention
 * by its neighbours, and an invented firm's name has no other word to tell it). Words that also end surnames or
 * places ("Steel", "Bank": the West Bank) are left out.
 */
export const FIRM_ENDINGS = words(`
foods motors industries holdings partners systems technologies enterprises ventures investments securities
pharmaceuticals laboratories labs electronics communications entertainment studios petroleum chemicals
logistics brands airlines airways inc corp corporation co ltd llc plc group
`);

/** Heads of a description that stands for a firm the text has named: "the company said", "the carrier said". */
export const FIRM_HEADS = words(`
company firm group corporation business carrier airline bank retailer maker manufacturer insurer lender chain
brewer miner supermarket
`);

/** Organisations known by a single name that carry no organisation word. */
export const KNOWN_ORGS = words(`
hamas hezbollah nato pentagon kremlin fbi cia nsa un eu opec who imf google apple amazon microsoft facebook meta
twitter reuters ap afp bbc cnn nbc abc cbs fox msnbc gop idf taliban isis unicef unesco interpol
`);

export const PLACES = words(`
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus
czechia denmark egypt england estonia ethiopia europe africa asia finland france gaza georgia germany ghana greece
guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania mali mexico moldova mongolia morocco
mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia
spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan
venezuela vietnam wales yemen zambia zimbabwe america
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
london paris berlin moscow beijing tokyo kyiv kiev jerusalem tehran baghdad damascus beirut cairo istanbul ankara
brussels rome madrid lisbon vienna warsaw athens dublin ottawa toronto sydney mumbai delhi karachi kabul riyadh
doha dubai chicago boston houston philadelphia atlanta miami seattle denver detroit dallas baltimore manila
seoul hanoi bangkok jakarta nairobi lagos johannesburg geneva amsterdam stockholm oslo helsinki copenhagen
prague budapest bucharest minsk tbilisi yerevan baku caracas havana bogota lima santiago
`);

/** Multi-word places the person rule would otherwise take for names. */
export const PLACE_NAMES = new Set([
  "new york",
  "los angeles",
  "san francisco",
  "tel aviv",
  "new delhi",
  "hong kong",
  "south africa",
  "north korea",
  "south korea",
  "saudi arabia",
  "united states",
  "united kingdom",
  "us",
  "uk",
  "usa",
  "new jersey",
  "new mexico",
  "new hampshire",
  "north carolina",
  "south carolina",
  "north dakota",
  "south dakota",
  "west virginia",
  "rhode island",
  "west bank",
  "gaza strip",
  "middle east",
  "las vegas",
  "new orleans",
  "san diego",
  "washington d.c",
  "buenos aires",
  "mexico city",
  "abu dhabi",
  "sri lanka",
  "new zealand",
  "costa rica",
  "el salvador",
  "puerto rico",
  "st. louis",
  "u.s",
  "u.k",
  "united arab emirates",
  "east jerusalem",
  "silicon valley",
]);

/** Last words that make a name a place ("Marlow County", "Cedar Road"). */
export const PLACE_WORDS = words(`
county province city district region valley island islands river lake mountains street avenue road square
strip bay coast peninsula
`);

export const MONTH_OR_DAY: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...WEEKDAY_NAMES]);

export const FEMALE = words("ms mrs miss she her queen princess chairwoman spokeswoman");
export const MALE = words("mr he his him king prince chairman spokesman");

/**
 * Nouns and adjectives that take what someone says, thinks or wants as a complement clause: "the idea that …",
 * "his plan to …", "made clear that …", "is eager to …". General English stance words, not counted from a corpus;
 * nouns of mere action ("effort", "attempt", "bid", "push") are left out as they mostly tell what was done.
 */
export const COMPLEMENT_NOUNS_THAT = words(`
claim claims belief beliefs idea notion view argument arguments assertion assertions suggestion suggestions
hope hopes fear fears concern concerns warning warnings promise promises insistence assurance assurances
allegation allegations accusation accusations charge complaint complaints message reminder conviction
expectation expectations prediction predictions speculation assumption impression case admission
acknowledgment acknowledgement contention theory worry worries realization announcement confidence
report reports statement assessment estimate finding findings sense signal signs argument
`);
export const COMPLEMENT_NOUNS_TO = words(`
plan plans decision proposal proposals desire willingness refusal promise promises pledge pledges vow vows
call calls demand demands request requests determination intention offer offers decisions eagerness reluctance
`);
export const COMPLEMENT_ADJECTIVES = words(`
clear confident convinced sure certain aware eager willing unwilling reluctant determined hopeful afraid
worried concerned optimistic pessimistic adamant insistent keen prepared glad skeptical sceptical unsure
doubtful positive anxious
`);

/** Site furniture that is capitalised like a name: "Latest Updates", "Read More", "Breaking News". */
export const BOILERPLATE = new Set([
  "latest updates",
  "live updates",
  "latest news",
  "breaking news",
  "top stories",
  "most popular",
  "most read",
  "read more",
  "read next",
  "related articles",
  "related stories",
  "related content",
  "more news",
  "more stories",
  "click here",
  "sign up",
  "log in",
  "subscribe now",
  "share this",
  "follow us",
  "privacy policy",
  "terms of use",
  "terms of service",
  "cookie policy",
  "all rights reserved",
  "continue reading",
  "watch live",
  "skip to content",
  "editor's picks",
  "editors picks",
  "trending now",
  "you may also like",
]);

/** Capitalised verbs of saying that a spinner or a headline glues after a name ("York Said"); never part of it. */
export const NAME_BREAK_VERBS = words("said says told tells added adds asked wrote reported announced stated claimed");
