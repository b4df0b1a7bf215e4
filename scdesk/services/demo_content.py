# ruff: noqa: RUF001 - Urdu sentences end with the Arabic full stop, which ruff finds ambiguous
"""The words of the demo: member cities, people's names and minutes phrases in seven languages.

Plain data, kept as one entry a line so that it reads like the tables it is. Names are common
ones, never real office holders; minutes sentences are short and ordinary, as a committee
secretary would write them.
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


@dataclass(frozen=True, slots=True)
class Phrases:
    committee: str
    meeting: str
    consultation: str
    activity: str
    confirm: Item
    items: tuple[Item, ...]
    other_business: Item
    subitems: tuple[tuple[str, str], ...]
    actions: tuple[str, ...]
    amendment: tuple[str, str]


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

#: One entry a line (an indented line continues the one above); parts are split by " | ".
_PHRASES = {
    "en": """
committee: {city} City-Community Liaison Committee
meeting: Liaison committee meeting no. {n}
consultation: Consultation on city needs, {city}
activity: Sport for peace: coaching for boys and girls
confirm: Confirmation of the minutes of the previous meeting | Members read the minutes of the
  previous meeting and raised no objections. | The minutes were confirmed as a true record.
item: Progress of the youth sports programme | The coach reported that boys and girls from three
  neighbourhoods attend the training sessions regularly. | The programme will continue for
  another three months.
item: Hate speech on social media | Members were concerned about rumours spreading in local
  WhatsApp groups after the incident at the market. | An awareness session with religious
  leaders and teachers will be held.
item: Outreach to displaced families | The social welfare officer said that children of newly
  arrived families struggle to enrol in school. | The municipality will write to the education
  department.
item: National programmes reaching the city | The national focal point explained the new
  guidance for municipalities on preventing violent extremism. | The secretary will share the
  guidance with all ward councillors.
other: Any other business | No other business was raised.
sub: Budget position | The treasurer reported that the first instalment of the grant has arrived.
sub: Participation of women | Members agreed to hold a separate session for women.
sub: Date of the next meeting | The next meeting will be held as usual on the first Monday.
action: Send a letter to the education department about school enrolment
action: Arrange an awareness session with religious leaders
action: Prepare a list of sports equipment
action: Invite the police liaison officer to the next meeting
action: Circulate a summary of the consultation report to members
amendment: Item 3: the decision should read 'two awareness sessions', not 'one'. | Corrected at
  the request of the secretary.
""",
    "ur": """
committee: {city} کی مقامی انسدادی کمیٹی
meeting: کمیٹی کا اجلاس نمبر {n}
consultation: {city} کی ضروریات پر مشاورت
activity: امن کے لیے کرکٹ: لڑکوں اور لڑکیوں کی کوچنگ
confirm: گزشتہ اجلاس کی کارروائی کی توثیق | اراکین نے گزشتہ اجلاس کی کارروائی پڑھی اور کوئی
  اعتراض نہیں کیا۔ | کارروائی بغیر ترمیم کے منظور کی گئی۔
item: نوجوانوں کے کھیلوں کے پروگرام کی پیش رفت | کوچ نے بتایا کہ تین محلوں کے لڑکے اور لڑکیاں
  باقاعدگی سے تربیت میں آ رہے ہیں۔ | پروگرام کو مزید تین ماہ جاری رکھنے کا فیصلہ کیا گیا۔
item: سوشل میڈیا پر نفرت انگیز مواد | اراکین نے مقامی واٹس ایپ گروپس میں پھیلنے والی افواہوں پر
  تشویش ظاہر کی۔ | علما اور اساتذہ کے ساتھ ایک آگاہی نشست منعقد کی جائے گی۔
item: بے گھر خاندانوں سے رابطہ | سماجی بہبود کے افسر نے بتایا کہ نئے آنے والے خاندانوں کے بچوں
  کو اسکول میں داخلے میں مشکلات ہیں۔ | میونسپل انتظامیہ محکمہ تعلیم کو خط لکھے گی۔
item: پولیس اور کمیونٹی کا مشترکہ اجلاس | تھانے کے ایس ایچ او نے محلہ کمیٹیوں کے ساتھ ماہانہ
  ملاقات کی تجویز دی۔ | تجویز منظور کی گئی؛ پہلی ملاقات اگلے ماہ ہوگی۔
other: دیگر امور | کوئی اور معاملہ زیر بحث نہیں آیا۔
sub: بجٹ کی صورتحال | خزانچی نے بتایا کہ گرانٹ کی پہلی قسط موصول ہو چکی ہے۔
sub: خواتین کی شرکت | اراکین نے خواتین کے لیے الگ نشست رکھنے پر اتفاق کیا۔
sub: آئندہ اجلاس کی تاریخ | اگلا اجلاس حسب معمول مہینے کے پہلے پیر کو ہوگا۔
action: محکمہ تعلیم کو داخلوں کے بارے میں خط بھیجنا
action: علما کے ساتھ آگاہی نشست کا انتظام کرنا
action: کھیلوں کے سامان کی فہرست تیار کرنا
action: اگلے اجلاس میں پولیس رابطہ افسر کو مدعو کرنا
action: مشاورت کی رپورٹ کا خلاصہ اراکین میں تقسیم کرنا
amendment: ایجنڈا آئٹم 3: فیصلے میں 'ایک نشست' کے بجائے 'دو نشستیں' پڑھا جائے۔ | سیکرٹری کی
  درخواست پر تصحیح کی گئی۔
""",
    "hi": """
committee: {city} स्थानीय रोकथाम समिति
meeting: समिति की बैठक संख्या {n}
consultation: {city} की ज़रूरतों पर परामर्श
activity: शांति के लिए कबड्डी: लड़के-लड़कियों का प्रशिक्षण
confirm: पिछली बैठक के कार्यवृत्त की पुष्टि | सदस्यों ने पिछली बैठक का कार्यवृत्त पढ़ा और कोई
  आपत्ति नहीं की। | कार्यवृत्त बिना संशोधन के स्वीकृत किया गया।
item: युवा खेल कार्यक्रम की प्रगति | प्रशिक्षक ने बताया कि तीनों बस्तियों के लड़के और लड़कियाँ
  नियमित रूप से अभ्यास में आ रहे हैं। | कार्यक्रम को तीन महीने और चलाने का निर्णय लिया गया।
item: सोशल मीडिया पर नफ़रत भरी सामग्री | सदस्यों ने स्थानीय व्हाट्सऐप समूहों में फैल रही
  अफ़वाहों पर चिंता जताई। | धार्मिक नेताओं और शिक्षकों के साथ एक जागरूकता सत्र आयोजित किया
  जाएगा।
item: विस्थापित परिवारों से संपर्क | समाज कल्याण अधिकारी ने बताया कि नए आए परिवारों के बच्चों
  को स्कूल में दाख़िले में कठिनाई हो रही है। | नगर निगम शिक्षा विभाग को पत्र लिखेगा।
item: पुलिस और समुदाय की संयुक्त बैठक | थाना प्रभारी ने मोहल्ला समितियों के साथ मासिक बैठक का
  प्रस्ताव रखा। | प्रस्ताव स्वीकार किया गया; पहली बैठक अगले महीने होगी।
other: अन्य विषय | कोई अन्य विषय नहीं उठाया गया।
sub: बजट की स्थिति | कोषाध्यक्ष ने बताया कि अनुदान की पहली किस्त मिल चुकी है।
sub: महिलाओं की भागीदारी | सदस्य महिलाओं के लिए अलग सत्र रखने पर सहमत हुए।
sub: अगली बैठक की तारीख़ | अगली बैठक हमेशा की तरह महीने के पहले सोमवार को होगी।
action: शिक्षा विभाग को दाख़िलों के बारे में पत्र भेजना
action: धार्मिक नेताओं के साथ जागरूकता सत्र की व्यवस्था करना
action: खेल सामग्री की सूची तैयार करना
action: अगली बैठक में पुलिस संपर्क अधिकारी को आमंत्रित करना
action: परामर्श रिपोर्ट का सारांश सदस्यों को भेजना
amendment: कार्यसूची मद 3: निर्णय में 'एक सत्र' के स्थान पर 'दो सत्र' पढ़ा जाए। | सचिव के
  अनुरोध पर सुधार किया गया।
""",
    "ta": """
committee: {city} உள்ளூர்த் தடுப்புக் குழு
meeting: குழுக் கூட்டம் இல. {n}
consultation: {city} நகரத் தேவைகள் குறித்த கலந்தாய்வு
activity: அமைதிக்கான கால்பந்து: சிறுவர், சிறுமியருக்கான பயிற்சி
confirm: முந்தைய கூட்டக் குறிப்புகளை உறுதிப்படுத்தல் | உறுப்பினர்கள் முந்தைய கூட்டக்
  குறிப்புகளை வாசித்தனர்; எவ்வித ஆட்சேபனையும் தெரிவிக்கப்படவில்லை. | குறிப்புகள்
  திருத்தமின்றி ஏற்றுக்கொள்ளப்பட்டன.
item: இளைஞர் விளையாட்டுத் திட்டத்தின் முன்னேற்றம் | மூன்று கிராமங்களைச் சேர்ந்த சிறுவர்களும்
  சிறுமிகளும் பயிற்சிக்குத் தவறாமல் வருவதாகப் பயிற்றுநர் தெரிவித்தார். | திட்டத்தை மேலும்
  மூன்று மாதங்களுக்குத் தொடர முடிவு செய்யப்பட்டது.
item: சமூக ஊடகங்களில் வெறுப்புப் பேச்சு | உள்ளூர் வாட்ஸ்அப் குழுக்களில் பரவும் வதந்திகள்
  குறித்து உறுப்பினர்கள் கவலை தெரிவித்தனர். | மதத் தலைவர்கள் மற்றும் ஆசிரியர்களுடன்
  விழிப்புணர்வு அமர்வு ஒன்று நடத்தப்படும்.
item: இடம்பெயர்ந்த குடும்பங்களுடனான தொடர்பு | புதிதாக வந்த குடும்பங்களின் பிள்ளைகள்
  பாடசாலையில் சேர்வதில் சிரமப்படுவதாகச் சமூக சேவை அலுவலர் கூறினார். | நகர சபை கல்வித்
  திணைக்களத்துக்குக் கடிதம் எழுதும்.
item: பொலிஸ் மற்றும் சமூகத்தின் கூட்டுக் கூட்டம் | கிராம மட்டக் குழுக்களுடன் மாதாந்தச்
  சந்திப்பு நடத்தப் பொலிஸ் பொறுப்பதிகாரி முன்மொழிந்தார். | முன்மொழிவு
  ஏற்றுக்கொள்ளப்பட்டது; முதல் சந்திப்பு அடுத்த மாதம் நடைபெறும்.
other: ஏனைய விடயங்கள் | வேறு விடயங்கள் எதுவும் எழுப்பப்படவில்லை.
sub: நிதி நிலைமை | மானியத்தின் முதல் தவணை கிடைத்துள்ளதாகப் பொருளாளர் தெரிவித்தார்.
sub: பெண்களின் பங்கேற்பு | பெண்களுக்கெனத் தனி அமர்வு நடத்த உறுப்பினர்கள் இணங்கினர்.
sub: அடுத்த கூட்டத்தின் திகதி | அடுத்த கூட்டம் வழமைபோல் மாதத்தின் முதல் திங்கட்கிழமை
  நடைபெறும்.
action: பாடசாலைச் சேர்க்கை தொடர்பாகக் கல்வித் திணைக்களத்துக்குக் கடிதம் அனுப்புதல்
action: மதத் தலைவர்களுடன் விழிப்புணர்வு அமர்வை ஏற்பாடு செய்தல்
action: விளையாட்டு உபகரணங்களின் பட்டியலைத் தயாரித்தல்
action: அடுத்த கூட்டத்துக்குப் பொலிஸ் தொடர்பு அலுவலரை அழைத்தல்
action: கலந்தாய்வு அறிக்கையின் சுருக்கத்தை உறுப்பினர்களுக்கு அனுப்புதல்
amendment: விடயம் 3: தீர்மானத்தில் 'ஒரு அமர்வு' என்பதற்குப் பதிலாக 'இரண்டு அமர்வுகள்' என
  வாசிக்கவும். | செயலாளரின் கோரிக்கையின் பேரில் திருத்தப்பட்டது.
""",
    "si": """
committee: {city} ප්‍රාදේශීය වැළැක්වීමේ කමිටුව
meeting: කමිටු රැස්වීම අංක {n}
consultation: {city} නගරයේ අවශ්‍යතා පිළිබඳ උපදේශන රැස්වීම
activity: සාමය සඳහා වොලිබෝල්: ළමුන් සඳහා පුහුණුව
confirm: පසුගිය රැස්වීමේ වාර්තාව සනාථ කිරීම | සාමාජිකයින් පසුගිය රැස්වීමේ වාර්තාව කියවූ අතර
  කිසිදු විරෝධයක් ඉදිරිපත් නොවීය. | වාර්තාව සංශෝධනයකින් තොරව අනුමත කරන ලදී.
item: තරුණ ක්‍රීඩා වැඩසටහනේ ප්‍රගතිය | ගම්මාන තුනක පිරිමි ළමයින් සහ ගැහැණු ළමයින් පුහුණුවට
  නිතිපතා පැමිණෙන බව පුහුණුකරු පැවසීය. | වැඩසටහන තවත් මාස තුනක් පවත්වාගෙන යාමට තීරණය කරන
  ලදී.
item: සමාජ මාධ්‍යවල වෛරී ප්‍රකාශ | ප්‍රාදේශීය වට්ස්ඇප් කණ්ඩායම්වල පැතිරෙන කටකතා ගැන
  සාමාජිකයින් කනස්සල්ල පළ කළහ. | ආගමික නායකයින් සහ ගුරුවරුන් සමඟ දැනුවත් කිරීමේ සැසියක්
  පවත්වනු ලැබේ.
item: අවතැන් වූ පවුල් සමඟ සම්බන්ධතා | අලුතින් පැමිණි පවුල්වල දරුවන්ට පාසල් ඇතුළත් වීමේ
  දුෂ්කරතා ඇති බව සමාජ සේවා නිලධාරියා පැවසීය. | මහ නගර සභාව අධ්‍යාපන දෙපාර්තමේන්තුවට
  ලිපියක් යවනු ඇත.
item: පොලිසිය සහ ප්‍රජාව අතර ඒකාබද්ධ රැස්වීම | ගම් මට්ටමේ කමිටු සමඟ මාසික හමුවක්
  පැවැත්වීමට ස්ථානාධිපතිවරයා යෝජනා කළේය. | යෝජනාව පිළිගන්නා ලදී; පළමු හමුව ලබන මාසයේ
  පැවැත්වේ.
other: වෙනත් කරුණු | වෙනත් කරුණු කිසිවක් ඉදිරිපත් නොවීය.
sub: මූල්‍ය තත්ත්වය | ප්‍රදානයේ පළමු වාරිකය ලැබී ඇති බව භාණ්ඩාගාරිකවරයා පැවසීය.
sub: කාන්තා සහභාගීත්වය | කාන්තාවන් සඳහා වෙනම සැසියක් පැවැත්වීමට සාමාජිකයින් එකඟ වූහ.
sub: ඊළඟ රැස්වීමේ දිනය | ඊළඟ රැස්වීම සුපුරුදු පරිදි මාසයේ පළමු සඳුදා පැවැත්වේ.
action: පාසල් ඇතුළත් වීම ගැන අධ්‍යාපන දෙපාර්තමේන්තුවට ලිපියක් යැවීම
action: ආගමික නායකයින් සමඟ දැනුවත් කිරීමේ සැසිය සංවිධානය කිරීම
action: ක්‍රීඩා උපකරණ ලැයිස්තුව සකස් කිරීම
action: ඊළඟ රැස්වීමට පොලිස් සම්බන්ධීකරණ නිලධාරියාට ආරාධනා කිරීම
action: උපදේශන වාර්තාවේ සාරාංශය සාමාජිකයින්ට යැවීම
amendment: අංක 3: තීරණයේ 'එක් සැසියක්' වෙනුවට 'සැසි දෙකක්' ලෙස කියවිය යුතුය. | ලේකම්වරයාගේ
  ඉල්ලීම පරිදි නිවැරදි කරන ලදී.
""",
    "bn": """
committee: {city} স্থানীয় প্রতিরোধ কমিটি
meeting: কমিটির সভা নং {n}
consultation: {city} শহরের চাহিদা নিয়ে পরামর্শ সভা
activity: শান্তির জন্য ফুটবল: ছেলেমেয়েদের প্রশিক্ষণ
confirm: গত সভার কার্যবিবরণী অনুমোদন | সদস্যরা গত সভার কার্যবিবরণী পড়েন এবং কোনো আপত্তি
  তোলেননি। | কার্যবিবরণী কোনো সংশোধন ছাড়াই অনুমোদিত হয়।
item: যুব ক্রীড়া কর্মসূচির অগ্রগতি | প্রশিক্ষক জানান যে তিনটি মহল্লার ছেলেমেয়েরা নিয়মিত
  অনুশীলনে আসছে। | কর্মসূচিটি আরও তিন মাস চালানোর সিদ্ধান্ত হয়।
item: সামাজিক মাধ্যমে ঘৃণামূলক প্রচার | স্থানীয় হোয়াটসঅ্যাপ গ্রুপে ছড়ানো গুজব নিয়ে সদস্যরা
  উদ্বেগ প্রকাশ করেন। | ধর্মীয় নেতা ও শিক্ষকদের নিয়ে একটি সচেতনতা সভা আয়োজন করা হবে।
item: বাস্তুচ্যুত পরিবারের সঙ্গে যোগাযোগ | সমাজসেবা কর্মকর্তা জানান যে নতুন আসা পরিবারের
  শিশুরা স্কুলে ভর্তি হতে সমস্যায় পড়ছে। | সিটি কর্পোরেশন শিক্ষা অফিসে চিঠি পাঠাবে।
item: পুলিশ ও জনগণের যৌথ সভা | থানার ভারপ্রাপ্ত কর্মকর্তা মহল্লা কমিটিগুলোর সঙ্গে মাসিক
  বৈঠকের প্রস্তাব দেন। | প্রস্তাবটি গৃহীত হয়; প্রথম বৈঠক আগামী মাসে হবে।
other: বিবিধ | অন্য কোনো বিষয় উত্থাপিত হয়নি।
sub: বাজেটের অবস্থা | কোষাধ্যক্ষ জানান যে অনুদানের প্রথম কিস্তি পাওয়া গেছে।
sub: নারীদের অংশগ্রহণ | সদস্যরা নারীদের জন্য আলাদা অধিবেশন রাখতে একমত হন।
sub: পরবর্তী সভার তারিখ | পরবর্তী সভা যথারীতি মাসের প্রথম সোমবার অনুষ্ঠিত হবে।
action: ভর্তির বিষয়ে শিক্ষা অফিসে চিঠি পাঠানো
action: ধর্মীয় নেতাদের নিয়ে সচেতনতা সভার আয়োজন করা
action: খেলার সরঞ্জামের তালিকা তৈরি করা
action: পরবর্তী সভায় পুলিশের যোগাযোগ কর্মকর্তাকে আমন্ত্রণ জানানো
action: পরামর্শ সভার প্রতিবেদনের সারসংক্ষেপ সদস্যদের পাঠানো
amendment: আলোচ্যসূচি ৩: সিদ্ধান্তে 'একটি সভা'-র বদলে 'দুটি সভা' পড়তে হবে। | সচিবের অনুরোধে
  সংশোধন করা হয়েছে।
""",
    "ne": """
committee: {city} स्थानीय रोकथाम समिति
meeting: समितिको बैठक नं. {n}
consultation: {city}का आवश्यकताबारे परामर्श
activity: शान्तिका लागि भलिबल: बालबालिकाका लागि प्रशिक्षण
confirm: अघिल्लो बैठकको निर्णयको अनुमोदन | सदस्यहरूले अघिल्लो बैठकको निर्णय पढे र कुनै आपत्ति
  जनाएनन्। | निर्णय संशोधनबिना अनुमोदन गरियो।
item: युवा खेलकुद कार्यक्रमको प्रगति | प्रशिक्षकले तीन वटा टोलका केटाकेटी नियमित रूपमा
  अभ्यासमा आइरहेको जानकारी दिनुभयो। | कार्यक्रमलाई थप तीन महिना सञ्चालन गर्ने निर्णय गरियो।
item: सामाजिक सञ्जालमा घृणायुक्त सामग्री | सदस्यहरूले स्थानीय फेसबुक समूहहरूमा फैलिएका
  अफवाहप्रति चिन्ता व्यक्त गर्नुभयो। | धार्मिक अगुवा र शिक्षकहरूसँग एउटा सचेतना कार्यक्रम
  गरिनेछ।
item: विस्थापित परिवारहरूसँग सम्पर्क | सामाजिक विकास अधिकृतले नयाँ आएका परिवारका
  बालबालिकालाई विद्यालय भर्नामा कठिनाइ भएको बताउनुभयो। | नगरपालिकाले शिक्षा शाखालाई पत्र
  लेख्नेछ।
item: प्रहरी र समुदायको संयुक्त बैठक | प्रहरी प्रमुखले टोल विकास संस्थाहरूसँग मासिक भेटघाटको
  प्रस्ताव गर्नुभयो। | प्रस्ताव पारित भयो; पहिलो भेटघाट अर्को महिना हुनेछ।
other: विविध | अरू कुनै विषयमा छलफल भएन।
sub: बजेटको अवस्था | कोषाध्यक्षले अनुदानको पहिलो किस्ता प्राप्त भइसकेको जानकारी दिनुभयो।
sub: महिलाको सहभागिता | सदस्यहरू महिलाका लागि छुट्टै सत्र राख्न सहमत हुनुभयो।
sub: अर्को बैठकको मिति | अर्को बैठक सधैँझैँ महिनाको पहिलो सोमबार बस्नेछ।
action: भर्नाबारे शिक्षा शाखालाई पत्र पठाउने
action: धार्मिक अगुवाहरूसँग सचेतना कार्यक्रमको व्यवस्था गर्ने
action: खेलकुद सामग्रीको सूची तयार गर्ने
action: अर्को बैठकमा प्रहरी सम्पर्क अधिकृतलाई आमन्त्रण गर्ने
action: परामर्श प्रतिवेदनको सारांश सदस्यहरूलाई पठाउने
amendment: कार्यसूची ३: निर्णयमा 'एउटा सत्र' को सट्टा 'दुई सत्र' पढ्नुपर्छ। | सचिवको अनुरोधमा
  सच्याइएको।
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

#: What a consultation found: category | priority area (or -) | text.
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
"""

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
ADVICE = (
    "Drafting the local prevention plan",
    "Safeguarding children in sports programmes",
    "Monitoring online hate in local languages",
)

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


def _lines(text: str) -> list[str]:
    """Entries one a line; an indented line continues the entry above it."""
    return re.sub(r"\n[ ]+", " ", text.strip()).splitlines()


def _parts(line: str) -> list[str]:
    return [part.strip() for part in line.split(" | ")]


def _item(parts: list[str]) -> Item:
    return parts[0], parts[1], parts[2] if len(parts) > 2 else None


def _phrases(text: str) -> Phrases:
    entries: dict[str, list[list[str]]] = {}
    for line in _lines(text):
        key, _, value = line.partition(": ")
        entries.setdefault(key, []).append(_parts(value))
    one = {key: values[0] for key, values in entries.items()}
    return Phrases(
        committee=one["committee"][0],
        meeting=one["meeting"][0],
        consultation=one["consultation"][0],
        activity=one["activity"][0],
        confirm=_item(one["confirm"]),
        items=tuple(_item(parts) for parts in entries["item"]),
        other_business=_item(one["other"]),
        subitems=tuple((parts[0], parts[1]) for parts in entries["sub"]),
        actions=tuple(parts[0] for parts in entries["action"]),
        amendment=(one["amendment"][0], one["amendment"][1]),
    )


def _pairs(line: str) -> tuple[tuple[str, str], ...]:
    return tuple((word.split("/")[0], word.split("/")[1]) for word in line.split())


_MARKS = {"R": GroupTag.RELIGIOUS_MINORITY, "E": GroupTag.ETHNIC_MINORITY}


def _pool(text: str) -> NamePool:
    male, female, family = _lines(text)
    marked = [(*word.split("/"), "")[:3] for word in family.split()]
    return NamePool(
        _pairs(male), _pairs(female), tuple((w[0], w[1], _MARKS.get(w[2])) for w in marked)
    )


def _place(line: str) -> Place:
    name, local, province, country, language, communities = line.split("|")
    return Place(name, local, province, country, language, tuple(communities.split(";")))


PLACES = tuple(_place(line) for line in _lines(_PLACES))
ROUNDS = (PLACES[:10], PLACES[10:])
NAMES = {key: _pool(text) for key, text in _NAMES.items()}
PHRASES = {language: _phrases(text) for language, text in _PHRASES.items()}
EVENT_AGENDA = tuple(_item(_parts(line.partition(": ")[2])) for line in _lines(_EVENT_AGENDA))
FINDINGS = tuple(tuple(_parts(line)) for line in _lines(_FINDINGS))
FACTORS = tuple(tuple(_parts(line)) for line in _lines(_FACTORS))
PLAN_ACTIONS = tuple(tuple(_parts(line)) for line in _lines(_PLAN_ACTIONS))
OBJECTIVES = tuple(_lines(_OBJECTIVES))
INDICATORS = tuple(tuple(_parts(line)) for line in _lines(_INDICATORS))
CAST = tuple(tuple(_parts(line)) for line in _lines(_CAST))
SEATS = tuple(tuple(_parts(line)) for line in _lines(_SEATS))
ORGANISATIONS = tuple(tuple(_parts(line)) for line in _lines(_ORGANISATIONS))


def name_pool(place: Place) -> NamePool:
    """Sri Lanka's cities name people in Tamil or Sinhala; elsewhere the country decides."""
    return NAMES[place.language if place.country == "LK" else place.country]
