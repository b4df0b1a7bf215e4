"""The words of the demo: member cities, people's names, and what their plans and events say.

Plain data, kept as one entry a line so that it reads like the tables it is. Names are common
ones, never real office holders; the minutes phrases of the seven languages are in demo_phrases.
"""

import re
from dataclasses import dataclass

from scdesk.domain.people import GroupTag

#: An agenda item as the minutes record it: title, discussion and, where one was taken, a decision.
Item = tuple[str, str, str | None]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    local: str
    province: str
    country: str
    language: str
    communities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NamePool:
    """Given and family names, each in Latin letters and in the local script."""

    male: tuple[tuple[str, str], ...]
    female: tuple[tuple[str, str], ...]
    #: A family name may tell a group the person belongs to (a religious or ethnic minority).
    family: tuple[tuple[str, str, GroupTag | None], ...]


#: Two rounds of ten member cities, two per country; larger scales number the cities again.
_PLACES = """
Mardan|مردان|Khyber Pakhtunkhwa|PK|ur|Par Hoti;Sheikh Maltoon;Baghdada
Peshawar|پشاور|Khyber Pakhtunkhwa|PK|ur|Hayatabad;Gulbahar;Faqirabad
New Delhi|नई दिल्ली|Delhi|IN|hi|Seelampur;Jahangirpuri;Trilokpuri
Lucknow|लखनऊ|Uttar Pradesh|IN|hi|Aminabad;Chowk;Aliganj
Trincomalee|திருகோணமலை|Eastern|LK|ta|Uppuveli;Kinniya;Nilaveli
Colombo|කොළඹ|Western|LK|si|Maradana;Kotahena;Dematagoda
Sylhet|সিলেট|Sylhet|BD|bn|Zindabazar;Amberkhana;Shibganj
Narayanganj|নারায়ণগঞ্জ|Dhaka|BD|bn|Siddhirganj;Fatullah;Bandar
Nepalgunj|नेपालगन्ज|Lumbini|NP|ne|Dhamboji;Belaspur;Jaispur
Kathmandu|काठमाडौं|Bagmati|NP|ne|Kalimati;Balaju;Koteshwor
Mingora|مینگورہ|Khyber Pakhtunkhwa|PK|ur|Rahimabad;Saidu Sharif;Gulkada
Quetta|کوئٹہ|Balochistan|PK|ur|Hazara Town;Satellite Town;Jinnah Town
Bhopal|भोपाल|Madhya Pradesh|IN|hi|Jahangirabad;Shahjahanabad;Kolar
Guwahati|गुवाहाटी|Assam|IN|hi|Beltola;Paltan Bazaar;Chandmari
Batticaloa|மட்டக்களப்பு|Eastern|LK|ta|Kattankudy;Eravur;Arayampathy
Kandy|මහනුවර|Central|LK|si|Akurana;Katugastota;Peradeniya
Cox's Bazar|কক্সবাজার|Chattogram|BD|bn|Ukhiya;Teknaf;Kolatoli
Rajshahi|রাজশাহী|Rajshahi|BD|bn|Boalia;Motihar;Rajpara
Biratnagar|विराटनगर|Koshi|NP|ne|Rani;Bargachhi;Tinpaini
Birgunj|वीरगन्ज|Madhesh|NP|ne|Ghantaghar;Chhapkaiya;Adarshnagar
"""

#: Per pool: male given names, female given names, family names (a trailing /R or /E marks a
#: religious or ethnic minority).
_NAMES = {
    "PK": """
Imran/عمران Bilal/بلال Tariq/طارق Shahid/شاہد Naveed/نوید Fawad/فواد Zubair/زبیر Asad/اسد
Ayesha/عائشہ Sana/ثنا Nadia/نادیہ Rukhsana/رخسانہ Farzana/فرزانہ Samina/ثمینہ Mehwish/مہوش Hina/حنا
Khan/خان Yousafzai/یوسفزئی Afridi/آفریدی Qureshi/قریشی Shah/شاہ Malik/ملک Khattak/خٹک Masih/مسیح/R
""",
    "IN": """
Rahul/राहुल Amit/अमित Sanjay/संजय Imran/इमरान Vikram/विक्रम Arjun/अर्जुन Salim/सलीम Deepak/दीपक
Priya/प्रिया Sunita/सुनीता Kavita/कविता Neha/नेहा Farah/फ़राह Anjali/अंजलि Meena/मीना Shabnam/शबनम
Sharma/शर्मा Verma/वर्मा Gupta/गुप्ता Ansari/अंसारी/R Singh/सिंह Yadav/यादव Mishra/मिश्रा D'Souza/डिसूज़ा/R
""",
    "ta": """
Suresh/சுரேஷ் Kumaran/குமரன் Rajan/ராஜன் Tharshan/தர்ஷன் Rizwan/ரிஸ்வான் Niroshan/நிரோஷன் Kajan/கஜன்
Kavitha/கவிதா Tharani/தரணி Malathi/மாலதி Fathima/பாத்திமா Nirmala/நிர்மலா Vasuki/வாசுகி Anusha/அனுஷா
Sivalingam/சிவலிங்கம் Thambirajah/தம்பிராஜா Selvarajah/செல்வராஜா Nadarajah/நடராஜா Mohideen/முகைதீன்/R
""",
    "si": """
Nuwan/නුවන් Chaminda/චමින්ද Kasun/කසුන් Ruwan/රුවන් Saman/සමන් Lahiru/ලහිරු Dinesh/දිනේෂ්
Dilani/දිලානි Chathurika/චතුරිකා Nadeesha/නදීෂා Sanduni/සඳුනි Malini/මාලිනී Ishara/ඉෂාරා Anoma/අනෝමා
Perera/පෙරේරා Silva/සිල්වා Jayasinghe/ජයසිංහ Bandara/බණ්ඩාර Dissanayake/දිසානායක Rathnayake/රත්නායක
""",
    "BD": """
Rafiq/রফিক Kamal/কামাল Sumon/সুমন Arif/আরিফ Tanvir/তানভীর Shuvo/শুভ Jahid/জাহিদ Anik/অনিক
Nasrin/নাসরিন Shirin/শিরিন Rumana/রুমানা Tania/তানিয়া Mitu/মিতু Farhana/ফারহানা Sathi/সাথী Rupa/রূপা
Hossain/হোসেন Rahman/রহমান Islam/ইসলাম Ahmed/আহমেদ Chowdhury/চৌধুরী Das/দাস/R Barua/বড়ুয়া/R Chakma/চাকমা/E
""",
    "NP": """
Ramesh/रमेश Bikash/विकास Suman/सुमन Prakash/प्रकाश Dipendra/दीपेन्द्र Anil/अनिल Nabin/नवीन
Sita/सीता Gita/गीता Sabina/सबिना Anita/अनिता Kamala/कमला Sarita/सरिता Laxmi/लक्ष्मी
Shrestha/श्रेष्ठ Thapa/थापा Gurung/गुरुङ Tamang/तामाङ Adhikari/अधिकारी Tharu/थारू/E Ansari/अन्सारी/R
""",
}

#: Agendas of the events the hub runs, in English.
_EVENT_AGENDA = """
item: Opening and introductions | The chair welcomed participants and explained the purpose of
  the day.
item: What cities have learned | Three cities described how their local prevention committees
  were set up and what changed in the neighbourhoods since. | Cities will share their
  committees' terms of reference through the hub.
item: National support for local prevention | The national focal point outlined the ministry's
  guidance for municipalities and asked for comments by the end of the month. | Participants
  will send joint comments on the draft guidance.
item: Next steps | Participants proposed meeting again in six months in another member city. |
  The hub will propose dates and a host city.
"""

#: What a consultation found: category | priority area (or -, or hub for the priority the hub
#: added, HUB_PRIORITY) | text.
_FINDINGS = """
concern | youth_participation | Young men without work spend long hours in online groups where
  hateful content circulates.
concern | women_participation | Women rarely speak at ward meetings and their concerns do not
  reach the municipality.
threat | prevention_mechanisms | Rumours about newcomers spread quickly after any local incident
  and have twice led to clashes at the market.
existing_approach | - | Religious leaders of different faiths meet informally when tensions rise.
resource | - | Schools and sports grounds are free in the evenings for community use.
key_need | national_local_cooperation | A regular channel between neighbourhood leaders, the
  police and the municipality.
key_need | marginalised_participation | Help for displaced families to register their children
  in school.
priority | prevention_mechanisms | A local prevention committee that meets every two months and
  reports to the council.
priority | hub | Teachers and imams asked for help answering hateful posts that name local
  families.
"""

#: Risk factors: kind | likelihood | impact | description; the last one is new in version 2.
_FACTORS = """
threat | medium | high | Online campaigns against a religious minority ahead of festivals
risk_factor | high | medium | Youth unemployment and few safe places for young people at night
risk_factor | medium | medium | Tension between host communities and displaced families over
  housing and water
risk_factor | medium | high | Low trust between young people and the police
protective_factor | - | - | An active interfaith council with respected elders
protective_factor | - | - | Schools willing to host mixed sports and dialogue activities
threat | high | high | Misinformation in local-language video channels
"""

#: Indicators: code | level | counting rule | key figure | breakdowns | targets | name.
_INDICATORS = """
OP1.1 | output | distinct_people | people_engaged | gender,age_band,country,group | 2000 3000 |
  People engaged in prevention activities
OC2.1 | outcome | distinct_people | youth_reached | gender,age_band | 800 1200 | Young people
  reached by youth activities
OP1.2 | output | events | events_held | kind,country | 150 200 | Events held in member cities
OP3.1 | output | grants | grants_awarded | status,country | 8 12 | Technical support grants
  awarded to member cities
"""

#: Targets for one category of a declared breakdown, as a share of each half-year's target.
CATEGORY_TARGETS: dict[str, tuple[tuple[str, str, float], ...]] = {
    "OP1.1": (("gender", "female", 0.45), ("age_band", "18-24", 0.25)),
    "OC2.1": (("gender", "female", 0.5),),
    "OP1.2": (("kind", "consultation", 0.2),),
    "OP3.1": (("status", "disbursed", 0.5),),
}

#: The prevention plan's objectives, in order.
_OBJECTIVES = """
Detect rising tensions between communities early and respond together.
Give young people safe places and positive roles.
Bring women and marginalised groups into local decisions.
Strengthen cooperation between the municipality, the police and national agencies.
"""
#: Plan actions: objective | owner (a person of the cast, or else an organisation) | status |
#: text; the last one is new in version 2.
_PLAN_ACTIONS = """
0 | welfare | in_progress | Hold a prevention committee meeting every two months
0 | media | delayed | Set up a rumour-reporting line with the local radio station
1 | coach1 | in_progress | Run weekly sports coaching in three neighbourhoods
1 | youth_club | planned | Train twenty youth volunteers as peer mediators
2 | women1 | done | Hold a separate consultation with women's groups every year
2 | mayor | done | Reserve two committee seats for displaced and minority representatives
3 | police | planned | Agree a joint protocol with the police for incidents at places of worship
3 | mayor | planned | Report progress to the national mayoral roundtable
1 | coach1 | planned | Add a girls' league with women coaches
"""

#: The people every city has: key | stakeholder type | organisation | young | title (a title of
#: - is filled with one of the country's faith titles).
_CAST = """
commissioner | municipal_official | municipality | - | Municipal Commissioner
welfare | municipal_official | municipality | - | Social Welfare Officer
councillor1 | municipal_official | municipality | - | Ward councillor
councillor2 | municipal_official | municipality | - | Ward councillor
councillor3 | municipal_official | municipality | - | Ward councillor
police | police | police | - | Police liaison officer
faith1 | religious_leader | faith | - | -
faith2 | religious_leader | faith | - | -
cso1 | civil_society | cso | - | Programme coordinator
cso2 | civil_society | cso | - | Director
women1 | womens_group | women | - | Chairperson, women's forum
women2 | womens_group | women | - | Member, women's forum
teacher | other | school | - | Head teacher
journalist | other | media | - | Reporter
youth1 | youth | youth_club | young | Youth volunteer
youth2 | youth | youth_club | young | Youth volunteer
coach1 | youth | youth_club | young | Sports coach
coach2 | civil_society | youth_club | young | Sports coach
"""

#: Committee seats: committee kind | person | role | seated from | until (days after it began).
_SEATS = """
local_prevention | mayor | chair | 0 | -
local_prevention | welfare | secretary | 0 | -
local_prevention | commissioner | member | 0 | -
local_prevention | police | member | 0 | -
local_prevention | faith1 | member | 0 | -
local_prevention | faith2 | member | 0 | -
local_prevention | cso2 | member | 0 | -
local_prevention | women1 | member | 0 | -
local_prevention | youth1 | member | 120 | -
local_prevention | journalist | observer | 0 | -
liaison | commissioner | chair | 0 | -
liaison | cso1 | secretary | 0 | -
liaison | police | member | 0 | -
liaison | councillor1 | member | 0 | -
liaison | councillor2 | member | 0 | 250
liaison | councillor3 | member | 250 | -
liaison | women2 | member | 0 | -
liaison | faith1 | member | 0 | -
liaison | teacher | observer | 0 | -
"""

#: A city's organisations: key | sector | name.
_ORGANISATIONS = """
municipality | local_government | {municipality}
police | police | City Police, {city}
faith | faith | {city} Interfaith Harmony Council
cso | civil_society | {city} Citizens' Peace Forum
women | civil_society | {city} Women's Forum
school | education | Government Girls' High School, {city}
youth_club | youth | {city} Youth Sports Club
media | media | Radio {city} FM
"""
MUNICIPALITY = {
    "PK": "Tehsil Municipal Administration {city}",
    "IN": "{city} Municipal Corporation",
    "LK": "{city} Municipal Council",
    "BD": "{city} City Corporation",
    "NP": "{city} Metropolitan City",
}
MANDATES = {
    "local_prevention": "Coordinates the city's work to prevent hate and violent extremism: "
    "watches for rising tensions, agrees local responses and follows the prevention plan.",
    "liaison": "Links the municipality with national agencies, the police and community "
    "leaders, so that national programmes reach the city's neighbourhoods.",
}

ROUNDTABLE = "National mayoral roundtable on preventing hate and extremism ({country})"
WORKSHOPS = (
    "Regional workshop on local prevention plans",
    "Regional workshop: youth, sport and social cohesion",
)
TRAINING = "Training for committee secretaries: minutes and record keeping"
DIALOGUE = "Inter-school dialogue: living together"
SESSION_TOPICS = (
    "Warm-up and teamwork",
    "Fair play and respect for the referee",
    "Mixed teams from different neighbourhoods",
    "Handling anger on and off the pitch",
    "Girls' training with a woman coach",
    "Talking about rumours and what we see online",
    "Match day with families",
    "End-of-season tournament",
)
OUTCOMES = (
    "Children from all three neighbourhoods played in mixed teams by the fourth session; "
    "parents from both communities came to the final match."
)
NOTES = "Guardians signed consent forms at registration; no photographs of children were taken."
PLANNED_NOTES = "Registration opens at the schools two weeks before the first session."
CANCELLED = "Cancelled: the hall was needed for flood relief."
ADVICE_NOTES = "Two days with the committee secretary, then written comments on the draft plan."
GRANTS = (
    "Youth sports coaching: equipment and coaches' fees",
    "Training for prevention committee members",
    "Community radio programmes against rumours",
)
#: The hub advisers' fields of expertise, covering the topics of ADVICE.
EXPERTISE = "Local prevention plans, safeguarding children, online hate in local languages"
ADVICE = (
    "Drafting the local prevention plan",
    "Safeguarding children in sports programmes",
    "Monitoring online hate in local languages",
)
#: What each city raised with its national government: the national body, what was raised, the
#: outcome so far (none while it waits for an answer), by country.
RAISINGS = {
    "PK": (("Ministry of Interior", "A national helpline for families worried about a young "
            "person being drawn into violence", "The ministry funded a pilot helpline in two "
            "provinces."),
           ("National Commission for Human Rights", "Protection for minority places of worship "
            "during festivals", None)),
    "IN": (("Ministry of Youth Affairs and Sports", "Funding for sports coaching in mixed "
            "neighbourhoods", "Coaching added to the national youth scheme for the city."),
           ("National Commission for Minorities", "Early warning of tension before elections",
            None)),
    "LK": (("Ministry of Public Security", "Training police on community dialogue after "
            "incidents", "Two officers joined the committee's training."),
           ("Office for National Unity and Reconciliation", "Language classes for municipal "
            "staff", None)),
    "BD": (("Ministry of Home Affairs", "Countering rumours on social media in local "
            "languages", "The ministry set up a reporting channel with the city."),
           ("National Human Rights Commission", "Safe spaces for girls' sport", None)),
    "NP": (("Ministry of Federal Affairs and General Administration", "A budget line for "
            "municipal prevention committees", "The request was declined this year."),
           ("National Youth Council", "Youth seats on municipal committees", None)),
}  # fmt: skip

CURRENCY = {"PK": "PKR", "IN": "INR", "LK": "LKR", "BD": "BDT", "NP": "NPR"}
#: A grant's usual size in each currency, in whole units.
GRANT_SIZE = {"PK": 1_500_000, "IN": 450_000, "LK": 1_200_000, "BD": 600_000, "NP": 700_000}
DIALLING = {"PK": "+92 3", "IN": "+91 9", "LK": "+94 7", "BD": "+880 1", "NP": "+977 98"}
#: Meetings start at ten in the morning local time: these are that hour and minute in UTC.
START_UTC = {"PK": (5, 0), "IN": (4, 30), "LK": (4, 30), "BD": (4, 0), "NP": (4, 15)}
FAITHS = {
    "PK": ("Khateeb, central mosque", "Pastor, city church"),
    "IN": ("Priest, local temple", "Imam, local mosque"),
    "LK": ("Chief monk, Buddhist temple", "Moulavi, Jumma mosque"),
    "BD": ("Imam, central mosque", "Priest, Kali temple"),
    "NP": ("Priest, local temple", "Imam, local mosque"),
}
#: Towns outside the network whose mayors join a national roundtable.
GUEST_TOWNS = {
    "PK": ("Nowshera", "Charsadda", "Swabi", "Abbottabad", "Kohat", "Dera Ismail Khan"),
    "IN": ("Kanpur", "Agra", "Varanasi", "Meerut", "Aligarh", "Moradabad"),
    "LK": ("Jaffna", "Galle", "Matara", "Ampara", "Vavuniya", "Negombo"),
    "BD": ("Cumilla", "Bogura", "Jashore", "Barishal", "Rangpur", "Mymensingh"),
    "NP": ("Pokhara", "Dharan", "Butwal", "Hetauda", "Janakpur", "Dhangadhi"),
}


def lines_of(text: str) -> list[str]:
    """Entries one a line; an indented line continues the entry above it."""
    return re.sub(r"\n[ ]+", " ", text.strip()).splitlines()


def parts_of(line: str) -> list[str]:
    """The parts of a table's entry, split at " | "."""
    return [part.strip() for part in line.split(" | ")]


def agenda_item(parts: list[str]) -> Item:
    """Title, discussion and decision; an item that took no decision has two parts."""
    return parts[0], parts[1], parts[2] if len(parts) > 2 else None


def _pairs(line: str) -> tuple[tuple[str, str], ...]:
    return tuple((word.split("/")[0], word.split("/")[1]) for word in line.split())


_MARKS = {"R": GroupTag.RELIGIOUS_MINORITY, "E": GroupTag.ETHNIC_MINORITY}


def _pool(text: str) -> NamePool:
    male, female, family = lines_of(text)
    marked = [(*word.split("/"), "")[:3] for word in family.split()]
    return NamePool(
        _pairs(male), _pairs(female), tuple((w[0], w[1], _MARKS.get(w[2])) for w in marked)
    )


def _place(line: str) -> Place:
    name, local, province, country, language, communities = line.split("|")
    return Place(name, local, province, country, language, tuple(communities.split(";")))


PLACES = tuple(_place(line) for line in lines_of(_PLACES))
ROUNDS = (PLACES[:10], PLACES[10:])
NAMES = {key: _pool(text) for key, text in _NAMES.items()}
EVENT_AGENDA = tuple(
    agenda_item(parts_of(line.partition(": ")[2])) for line in lines_of(_EVENT_AGENDA)
)
FINDINGS = tuple(tuple(parts_of(line)) for line in lines_of(_FINDINGS))
FACTORS = tuple(tuple(parts_of(line)) for line in lines_of(_FACTORS))
PLAN_ACTIONS = tuple(tuple(parts_of(line)) for line in lines_of(_PLAN_ACTIONS))
OBJECTIVES = tuple(lines_of(_OBJECTIVES))
INDICATORS = tuple(tuple(parts_of(line)) for line in lines_of(_INDICATORS))
CAST = tuple(tuple(parts_of(line)) for line in lines_of(_CAST))
SEATS = tuple(tuple(parts_of(line)) for line in lines_of(_SEATS))
ORGANISATIONS = tuple(tuple(parts_of(line)) for line in lines_of(_ORGANISATIONS))


def name_pool(place: Place) -> NamePool:
    """Sri Lanka's cities name people in Tamil or Sinhala; elsewhere the country decides."""
    return NAMES[place.language if place.country == "LK" else place.country]


#: The priority the hub added beside the fixed ones: its name and description.
HUB_PRIORITY = (
    "Social media hate speech",
    "Hateful posts and groups online that name local families, faiths or communities.",
)
