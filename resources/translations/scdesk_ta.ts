<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_LK" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <translation>ஆப்கானிஸ்தான்</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>வங்காளதேசம்</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>பூட்டான்</translation>
    </message>
    <message>
        <source>India</source>
        <translation>இந்தியா</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>மாலத்தீவு</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>நேபாளம்</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>பாகிஸ்தான்</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>இலங்கை</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>15 to 17</source>
        <translation>15 முதல் 17</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 முதல் 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25 முதல் 34</translation>
    </message>
    <message>
        <source>35 to 49</source>
        <translation>35 முதல் 49</translation>
    </message>
    <message>
        <source>50 to 64</source>
        <translation>50 முதல் 64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 மற்றும் அதற்கு மேல்</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>நடத்தப்பட்ட நிகழ்வுகள்</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged</source>
        <translation>பங்கேற்ற மேயர்களும் உள்ளூர்த் தலைவர்களும்</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>உறுப்பு நகரங்கள்</translation>
    </message>
    <message>
        <source>People engaged</source>
        <translation>பங்கேற்ற நபர்கள்</translation>
    </message>
    <message>
        <source>Youth reached (under 25)</source>
        <translation>சென்றடைந்த இளைஞர்கள் (25 வயதுக்குக் கீழ்)</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>வயதுப் பிரிவு</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>பிற பாலினம்</translation>
    </message>
    <message>
        <source>city</source>
        <translation>நகரம்</translation>
    </message>
    <message>
        <source>civil society</source>
        <translation>சிவில் சமூகம்</translation>
    </message>
    <message>
        <source>committee meeting</source>
        <translation>குழுக் கூட்டம்</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>கலந்தாய்வு</translation>
    </message>
    <message>
        <source>country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>மாற்றுத்திறன்</translation>
    </message>
    <message>
        <source>displaced person</source>
        <translation>இடம்பெயர்ந்தவர்</translation>
    </message>
    <message>
        <source>ethnic minority</source>
        <translation>இனச் சிறுபான்மையினர்</translation>
    </message>
    <message>
        <source>female</source>
        <translation>பெண்</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>பாலினம்</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ஆண்</translation>
    </message>
    <message>
        <source>marginalised group</source>
        <translation>ஒதுக்கப்பட்ட குழு</translation>
    </message>
    <message>
        <source>mayor or local leader</source>
        <translation>மேயர் அல்லது உள்ளூர்த் தலைவர்</translation>
    </message>
    <message>
        <source>municipal official</source>
        <translation>நகராட்சி அலுவலர்</translation>
    </message>
    <message>
        <source>national official</source>
        <translation>தேசிய அலுவலர்</translation>
    </message>
    <message>
        <source>no group recorded</source>
        <translation>குழு பதிவு இல்லை</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>பதிவு இல்லை</translation>
    </message>
    <message>
        <source>other</source>
        <translation>பிற</translation>
    </message>
    <message>
        <source>police</source>
        <translation>காவல்துறை</translation>
    </message>
    <message>
        <source>prefer not to say</source>
        <translation>கூற விரும்பவில்லை</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>அகதி</translation>
    </message>
    <message>
        <source>religious leader</source>
        <translation>மதத் தலைவர்</translation>
    </message>
    <message>
        <source>religious minority</source>
        <translation>மதச் சிறுபான்மையினர்</translation>
    </message>
    <message>
        <source>roundtable</source>
        <translation>வட்டமேசைக் கூட்டம்</translation>
    </message>
    <message>
        <source>stakeholder type</source>
        <translation>பங்குதாரர் வகை</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>உச்சி மாநாடு</translation>
    </message>
    <message>
        <source>training</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <source>under 15</source>
        <translation>15 வயதுக்குக் கீழ்</translation>
    </message>
    <message>
        <source>women's group</source>
        <translation>மகளிர் குழு</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>பயிலரங்கம்</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>இளைஞர்</translation>
    </message>
    <message>
        <source>youth activity</source>
        <translation>இளைஞர் செயல்பாடு</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>வழங்கப்பட்ட மானியங்கள்</translation>
    </message>
    <message>
        <source>grant status</source>
        <translation>மானிய நிலை</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>நாணயம்</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>April</source>
        <translation>ஏப்ரல்</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ஆகஸ்ட்</translation>
    </message>
    <message>
        <source>December</source>
        <translation>டிசம்பர்</translation>
    </message>
    <message>
        <source>February</source>
        <translation>பிப்ரவரி</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ஜனவரி</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ஜூலை</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ஜூன்</translation>
    </message>
    <message>
        <source>March</source>
        <translation>மார்ச்</translation>
    </message>
    <message>
        <source>May</source>
        <translation>மே</translation>
    </message>
    <message>
        <source>November</source>
        <translation>நவம்பர்</translation>
    </message>
    <message>
        <source>October</source>
        <translation>அக்டோபர்</translation>
    </message>
    <message>
        <source>September</source>
        <translation>செப்டம்பர்</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n நாள் தாமதம்</numerusform>
            <numerusform>%n நாட்கள் தாமதம்</numerusform>
        </translation>
    </message>
    <message>
        <source>(agreed on {date})</source>
        <translation>({date} அன்று முடிவானது)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(பெயர் குறிப்பிடப்படவில்லை)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>வருகை தராதவர்கள்</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>நன்றியுரை</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>நடவடிக்கை</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>நடவடிக்கைக் கண்காணிப்பு</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>நடவடிக்கைகள்</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>ஏற்றுக்கொள்ளப்பட்ட நாள்</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>வயதுப் பிரிவு</translation>
    </message>
    <message>
        <source>Agenda and discussion</source>
        <translation>நிகழ்ச்சி நிரலும் கலந்துரையாடலும்</translation>
    </message>
    <message>
        <source>Agreed at the meeting of</source>
        <translation>ஒப்புக்கொள்ளப்பட்ட கூட்டம்</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>முடிவான நாள்</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>அனைத்துக் குழுக்களும்</translation>
    </message>
    <message>
        <source>All member cities</source>
        <translation>அனைத்து உறுப்பு நகரங்களும்</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>அனைத்துப் பதிவுகளும்</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>திருத்தம்</translation>
    </message>
    <message>
        <source>Amendments since approval</source>
        <translation>ஒப்புதலுக்குப் பிந்தைய திருத்தங்கள்</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>வர இயலாமை தெரிவித்தோர்</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>வருகை</translation>
    </message>
    <message>
        <source>Before this report left the hub, people who withdrew their consent were left out, and counts from 1 to 4 were replaced by &lt;5, together with the next smallest count wherever a hidden count could be worked out by subtraction. Zeros are shown.</source>
        <translation>இந்த அறிக்கை மையத்திலிருந்து வெளியே அனுப்பப்படும் முன், ஒப்புதலைத் திரும்பப் பெற்றவர்கள் நீக்கப்பட்டனர்; 1 முதல் 4 வரையிலான எண்ணிக்கைகளுக்குப் பதிலாக &lt;5 எனக் காட்டப்பட்டது; கழித்தல் மூலம் மறைக்கப்பட்ட எண்ணிக்கையைக் கண்டறியக்கூடிய இடங்களில் அடுத்த சிறிய எண்ணிக்கையும் மறைக்கப்பட்டது. பூஜ்ஜியங்கள் காட்டப்பட்டுள்ளன.</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>வயதுப் பிரிவு வாரியாக</translation>
    </message>
    <message>
        <source>By age band and gender</source>
        <translation>வயதுப் பிரிவு மற்றும் பாலினம் வாரியாக</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>சமூகம் வாரியாக</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>பாலினம் வாரியாக</translation>
    </message>
    <message>
        <source>By {dimension}</source>
        <translation>{dimension} வாரியாக</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>தலைவர்</translation>
    </message>
    <message>
        <source>City</source>
        <translation>நகரம்</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>நகரத் திட்டம்</translation>
    </message>
    <message>
        <source>Coaches and facilitators</source>
        <translation>பயிற்சியாளர்களும் ஒருங்கிணைப்பாளர்களும்</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>குழு</translation>
    </message>
    <message>
        <source>Communities affected</source>
        <translation>பாதிக்கப்பட்ட சமூகங்கள்</translation>
    </message>
    <message>
        <source>Communities taking part</source>
        <translation>பங்கேற்கும் சமூகங்கள்</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>சமூகம்</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ஒப்புதல்</translation>
    </message>
    <message>
        <source>Counted without names</source>
        <translation>பெயரின்றி எண்ணப்பட்டவர்கள்</translation>
    </message>
    <message>
        <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
        <translation>பெயரின்றி எண்ணிக்கை (பெரிய நிகழ்வுகளுக்கு): பெண்கள் {blank}, ஆண்கள் {blank}, பிறர் {blank}; மொத்தம் {blank}.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>எண்ணிக்கைகள்</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, with the next smallest count where it would reveal them.</source>
        <translation>1 முதல் 4 வரையிலான எண்ணிக்கைகள் &lt;5 எனக் காட்டப்பட்டுள்ளன; அவற்றை வெளிப்படுத்தக்கூடிய அடுத்த சிறிய எண்ணிக்கையும் அவ்வாறே.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>வரைவு</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>தேதிகள்</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>முடிவுகள்</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விளக்கம்</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>கலந்துரையாடல்</translation>
    </message>
    <message>
        <source>Draft minutes, circulated on {date}; not yet approved.</source>
        <translation>கூட்டக் குறிப்பின் வரைவு, {date} அன்று சுற்றுக்கு விடப்பட்டது; இன்னும் ஒப்புதல் பெறவில்லை.</translation>
    </message>
    <message>
        <source>Draft minutes: not yet circulated or approved.</source>
        <translation>கூட்டக் குறிப்பின் வரைவு: இன்னும் சுற்றுக்கு விடப்படவோ ஒப்புதல் பெறவோ இல்லை.</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>ஆதாரம்</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>நிறைவு நாள்</translation>
    </message>
    <message>
        <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
        <translation>ஒவ்வொருவரும் ஒவ்வொரு பிரிப்பிலும் ஒரே கட்டத்தில் எண்ணப்படுவர்: அவரது பாலினம் மற்றும் வகை, அவரது கடைசி நிகழ்வின்போது இருந்த வயதுப் பிரிவு, அவரது சொந்த நகரம் (அல்லது அந்த நிகழ்வின் நகரம்). ஒருவர் பல ஒதுக்கப்பட்ட குழுக்களைச் சேர்ந்தவராக இருக்கலாம்; எனவே அந்தப் பிரிப்பின் கூட்டுத்தொகை மொத்தத்தை விட அதிகமாக இருக்கலாம்.</translation>
    </message>
    <message>
        <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
        <translation>நடத்தப்பட்ட நிகழ்வுகள்: நடத்தப்பட்டதாகக் குறிக்கப்பட்டு இந்தக் காலத்தில் தொடங்கிய அனைத்து வகைக் கூட்டங்களும், நடத்தப்பட்டதாகக் குறிக்கப்பட்டு தேதிகள் இந்தக் காலத்துடன் பொருந்தும் இளைஞர் செயல்பாடுகளும். திட்டமிடப்பட்ட, ரத்து செய்யப்பட்ட, நீக்கப்பட்ட நிகழ்வுகள் கணக்கில் எடுக்கப்படுவதில்லை.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>ஒருங்கிணைப்பாளர்</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>எண்ணிக்கை</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>சாத்தியமான இரட்டைப் பதிவுகள்</translation>
    </message>
    <message>
        <source>{count} not settled yet: a person, event or city may be counted twice.</source>
        <translation>{count} இன்னும் தீர்க்கப்படவில்லை: ஒருவர், நிகழ்வு அல்லது நகரம் இரண்டு முறை எண்ணப்படலாம்.</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>மறுஆய்வில்</translation>
    </message>
    <message>
        <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
        <translation>{count} பதிவுகள் இரண்டு சாதனங்களில் ஒரே நேரத்தில் மாற்றப்பட்டு மறுஆய்வுக்காகக் காத்திருக்கின்றன; அவை தற்போதைய நிலையிலேயே எண்ணப்பட்டுள்ளன.</translation>
    </message>
    <message>
        <source>For the hub's own use: no counts are suppressed.</source>
        <translation>மையத்தின் சொந்தப் பயன்பாட்டுக்கு: எந்த எண்ணிக்கையும் மறைக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>For use outside the hub: counts under 5 are suppressed.</source>
        <translation>மையத்துக்கு வெளியே பயன்படுத்த: 5-க்குக் குறைவான எண்ணிக்கைகள் மறைக்கப்பட்டுள்ளன.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>தொடக்கம்</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>பாலினம்</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>குழு</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>விருந்தினர்</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>முக்கிய அம்சங்கள்</translation>
    </message>
    <message>
        <source>How each figure was counted</source>
        <translation>ஒவ்வொரு எண்ணிக்கையும் எப்படி கணக்கிடப்பட்டது</translation>
    </message>
    <message>
        <source>I agree to take part</source>
        <translation>பங்கேற்க ஒப்புக்கொள்கிறேன்</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>தாக்கம்</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>அழைக்கப்பட்டவர்கள்</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>முக்கிய எண்ணிக்கைகள்</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>செயல்பாட்டு வகை</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>நிகழ்வு வகை</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>கூட்ட வகை</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>நிகழ்தகவு</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
        <translation>பங்கேற்ற மேயர்களும் உள்ளூர்த் தலைவர்களும்: பங்கேற்றவர்களில் மேயர் அல்லது உள்ளூர்த் தலைவர் எனப் பதிவானவர்கள்.</translation>
    </message>
    <message>
        <source>Meetings outside a committee</source>
        <translation>குழுவுக்கு வெளியேயான கூட்டங்கள்</translation>
    </message>
    <message>
        <source>{title} (plan version {number})</source>
        <translation>{title} (திட்டப் பதிப்பு {number})</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>உறுப்பினர்</translation>
    </message>
    <message>
        <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
        <translation>உறுப்பு நகரங்கள்: உறுப்பினராகக் குறிக்கப்பட்டு, காலத்தின் இறுதிக்குள் வலையமைப்பில் இணைந்த நகரங்கள், அல்லது இணைந்த தேதி பதிவாகாதவை.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>கூட்டக் குறிப்பு</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>முந்தைய கூட்டக் குறிப்பு</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>பெயருடன் வருகை தந்தோர்: {named}; பெயரின்றி எண்ணப்பட்டோர்: {anonymous}; மொத்தம்: {total}.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>அடுத்த கூட்டம்</translation>
    </message>
    <message>
        <source>No actions are open.</source>
        <translation>நிலுவையில் எந்த நடவடிக்கையும் இல்லை.</translation>
    </message>
    <message>
        <source>No actions are planned yet.</source>
        <translation>இன்னும் எந்த நடவடிக்கையும் திட்டமிடப்படவில்லை.</translation>
    </message>
    <message>
        <source>No actions were agreed or carried over.</source>
        <translation>எந்த நடவடிக்கையும் முடிவாகவோ தொடரப்படவோ இல்லை.</translation>
    </message>
    <message>
        <source>No agenda items were recorded.</source>
        <translation>நிகழ்ச்சி நிரலில் எதுவும் பதிவாகவில்லை.</translation>
    </message>
    <message>
        <source>No earlier minutes were approved at this meeting.</source>
        <translation>இந்தக் கூட்டத்தில் முந்தைய கூட்டக் குறிப்பு எதுவும் ஒப்புதல் பெறவில்லை.</translation>
    </message>
    <message>
        <source>No prevention plan is recorded for this city.</source>
        <translation>இந்த நகரத்துக்குத் தடுப்புத் திட்டம் எதுவும் பதிவாகவில்லை.</translation>
    </message>
    <message>
        <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
        <translation>இந்தக் குழுவுக்குக் குறைவெண் வரம்பு பதிவாகவில்லை; அதன் {members} வாக்களிக்கும் உறுப்பினர்களில் {present} பேர் வருகை தந்தனர்.</translation>
    </message>
    <message>
        <source>No risk profile is recorded for this city.</source>
        <translation>இந்த நகரத்துக்கு இடர் விவரம் எதுவும் பதிவாகவில்லை.</translation>
    </message>
    <message>
        <source>No sessions are recorded.</source>
        <translation>அமர்வுகள் எதுவும் பதிவாகவில்லை.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>இல்லை.</translation>
    </message>
    <message>
        <source>Not named here, at their request: {count}.</source>
        <translation>அவர்களின் வேண்டுகோளின்படி இங்கே பெயர் குறிப்பிடப்படாதோர்: {count}.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>நோக்கம்</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>நோக்கங்கள்</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>பார்வையாளர்</translation>
    </message>
    <message>
        <source>Open actions: {open}, of which overdue: {overdue}.</source>
        <translation>நிலுவையிலுள்ள நடவடிக்கைகள்: {open}, அவற்றில் காலம் கடந்தவை: {overdue}.</translation>
    </message>
    <message>
        <source>Organisation or title</source>
        <translation>நிறுவனம் அல்லது பதவி</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>விளைவுகள்</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>பொறுப்பாளர்</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>பக்கம் {page} / {pages}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>பங்கேற்பாளர்</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>பங்கேற்பு</translation>
    </message>
    <message>
        <source>People</source>
        <translation>நபர்கள்</translation>
    </message>
    <message>
        <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
        <translation>பங்கேற்ற நபர்கள்: அந்தக் கூட்டங்களில் வருகை தந்த, அந்தச் செயல்பாடுகளில் பதிவு செய்த அல்லது பயிற்சி அளித்த வெவ்வேறு நபர்கள், மேலும் பெயரின்றி எண்ணப்பட்டவர்கள். ஒருவர் எத்தனை நிகழ்வுகளில் கலந்துகொண்டாலும், எந்தச் சாதனத்தில் பதிவானாலும் ஒருமுறை மட்டுமே எண்ணப்படுவார். வர இயலாமை தெரிவித்தல், வருகையின்மை, அழைப்புகள் கணக்கில் எடுக்கப்படுவதில்லை.</translation>
    </message>
    <message>
        <source>People who took part: {total}.</source>
        <translation>பங்கேற்றோர்: {total}.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>காலம்</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>புகைப்படங்கள்</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
        <translation>உங்கள் பெயரை எழுதி, உங்கள் பாலினம் மற்றும் வயதுப் பிரிவைக் குறித்து, கையொப்பமிடுங்கள். "பங்கேற்க ஒப்புக்கொள்கிறேன்" என்பதைக் குறித்தால் உங்கள் வருகை பதிவு செய்யப்படுவதற்கு ஒப்புக்கொள்கிறீர்கள்; "புகைப்படங்கள்" என்பதைக் குறித்தால் நீங்கள் புகைப்படங்களில் இடம்பெறலாம். 18 வயதுக்குக் குறைந்த எவருக்கும் பெற்றோர் அல்லது பாதுகாவலர் குறித்துக் கையொப்பமிட வேண்டும்.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>வருகை தந்தவர்கள்</translation>
    </message>
    <message>
        <source>Present ({count})</source>
        <translation>வருகை தந்தவர்கள் ({count})</translation>
    </message>
    <message>
        <source>Presented by {name}</source>
        <translation>முன்வைத்தவர்: {name}</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>தடுப்புத் திட்டம்</translation>
    </message>
    <message>
        <source>Printed from scdesk on {date}</source>
        <translation>scdesk இலிருந்து {date} அன்று அச்சிடப்பட்டது</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
        <translation>குறைவெண் வரம்பு: {quorum} வாக்களிக்கும் உறுப்பினர்கள். {members} பேரில் {present} பேர் மட்டுமே வருகை தந்ததால், குறைவெண் வரம்பு எட்டப்படவில்லை; கூட்ட முடிவுகள் உறுதிப்படுத்தப்பட வேண்டும்.</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
        <translation>குறைவெண் வரம்பு: {quorum} வாக்களிக்கும் உறுப்பினர்கள். {members} பேரில் {present} பேர் வருகை தந்ததால், குறைவெண் வரம்பு எட்டப்பட்டது.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>பெயருடன் பதிவு செய்தோர்: {named}; பெயரின்றி எண்ணப்பட்டோர்: {anonymous}; மொத்தம்: {total}.</translation>
    </message>
    <message>
        <source>Reports are printed in {languages}; {language} is not one of them.</source>
        <translation>அறிக்கைகள் {languages} மொழிகளில் அச்சிடப்படுகின்றன; {language} அவற்றில் இல்லை.</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>மறுஆய்வு நாள்</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>இடர் விவரம்</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>பங்கு</translation>
    </message>
    <message>
        <source>Role, organisation or community</source>
        <translation>பங்கு, நிறுவனம் அல்லது சமூகம்</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>செயலாளர்</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>அமர்வுகள் ({count})</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>வருகைப் பதிவேடு</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>கையொப்பம்</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>கையொப்பங்கள்</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>பேச்சாளர்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>சுருக்கம்</translation>
    </message>
    <message>
        <source>The date of the next meeting is not yet set.</source>
        <translation>அடுத்த கூட்டத்தின் தேதி இன்னும் முடிவாகவில்லை.</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>எண்ணிக்கைகள்</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {date} were approved as a true record.</source>
        <translation>{date} கூட்டத்தின் குறிப்பு சரியான பதிவாக ஒப்புக்கொள்ளப்பட்டது.</translation>
    </message>
    <message>
        <source>These minutes were approved at the meeting of {date}.</source>
        <translation>இந்தக் கூட்டக் குறிப்பு {date} கூட்டத்தில் ஒப்புக்கொள்ளப்பட்டது.</translation>
    </message>
    <message>
        <source>These minutes were approved on {date}.</source>
        <translation>இந்தக் கூட்டக் குறிப்பு {date} அன்று ஒப்புக்கொள்ளப்பட்டது.</translation>
    </message>
    <message>
        <source>This record no longer exists here: it may have been deleted.</source>
        <translation>இந்தப் பதிவு இனி இங்கே இல்லை: அது நீக்கப்பட்டிருக்கலாம்.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>பதிப்பு</translation>
    </message>
    <message>
        <source>Version {number}, {status}</source>
        <translation>பதிப்பு {number}, {status}</translation>
    </message>
    <message>
        <source>Youth activity report</source>
        <translation>இளைஞர் செயல்பாட்டு அறிக்கை</translation>
    </message>
    <message>
        <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
        <translation>சென்றடைந்த இளைஞர்கள்: பங்கேற்றவர்களில் இந்தக் காலத்தின் தங்கள் கடைசி நிகழ்வின்போது 25 வயதுக்குக் குறைந்தவர்கள், மேலும் 25-க்குக் குறைந்த வயதுப் பிரிவுகளில் பெயரின்றி எண்ணப்பட்டவர்கள்.</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>ஏற்றுக்கொள்ளப்பட்டது</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>வயது பதிவாகவில்லை</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>ஒப்புதல் பெற்றது</translation>
    </message>
    <message>
        <source>arts</source>
        <translation>கலை</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ரத்து செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>தொடர்கிறது</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>சுற்றுக்கு விடப்பட்டது</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>பயிற்சியாளர்</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>குழு</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>தாமதமானது</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>உரையாடல்</translation>
    </message>
    <message>
        <source>done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>வரைவு</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>கைவிடப்பட்டது</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>ஒருங்கிணைப்பாளர்</translation>
    </message>
    <message>
        <source>held</source>
        <translation>நடத்தப்பட்டது</translation>
    </message>
    <message>
        <source>high</source>
        <translation>அதிகம்</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>நடைபெறுகிறது</translation>
    </message>
    <message>
        <source>liaison committee</source>
        <translation>தொடர்புக் குழு</translation>
    </message>
    <message>
        <source>local prevention committee</source>
        <translation>உள்ளூர் தடுப்புக் குழு</translation>
    </message>
    <message>
        <source>low</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>நடுத்தரம்</translation>
    </message>
    <message>
        <source>open</source>
        <translation>நிலுவையில்</translation>
    </message>
    <message>
        <source>open on {date}</source>
        <translation>{date} நிலவரப்படி நிலுவையில்</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>பிற செயல்பாடு</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>காலம் கடந்தது</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>திட்டமிடப்பட்டது</translation>
    </message>
    <message>
        <source>protective factor</source>
        <translation>பாதுகாப்புக் காரணி</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>இடர்க் காரணி</translation>
    </message>
    <message>
        <source>sports</source>
        <translation>விளையாட்டு</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>மாற்றப்பட்டது</translation>
    </message>
    <message>
        <source>the first records</source>
        <translation>முதல் பதிவுகள்</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>அச்சுறுத்தல்</translation>
    </message>
    <message>
        <source>today</source>
        <translation>இன்று</translation>
    </message>
    <message>
        <source>training</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <source>{date} at {time}, {venue}.</source>
        <translation>{date}, {time} மணிக்கு, {venue}.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{figure}: {total}</source>
        <translation>{figure}: {total}</translation>
    </message>
    <message>
        <source>{mayors} mayors and local leaders took part.</source>
        <translation>{mayors} மேயர்களும் உள்ளூர்த் தலைவர்களும் பங்கேற்றனர்.</translation>
    </message>
    <message>
        <source>{people} people took part in {events} events held in {cities} cities.</source>
        <translation>{cities} நகரங்களில் நடத்தப்பட்ட {events} நிகழ்வுகளில் {people} பேர் பங்கேற்றனர்.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} முதல் {end} வரை</translation>
    </message>
    <message>
        <source>{women} of them were women and girls ({share}%).</source>
        <translation>அவர்களில் {women} பேர் பெண்களும் சிறுமிகளும் ({share}%).</translation>
    </message>
    <message>
        <source>{youth} young people under 25 were reached.</source>
        <translation>25 வயதுக்குக் குறைந்த {youth} இளைஞர்கள் சென்றடையப்பட்டனர்.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>உண்மை அளவு</translation>
    </message>
    <message>
        <source>Actual against target</source>
        <translation>இலக்குடன் ஒப்பிட்ட உண்மை அளவு</translation>
    </message>
    <message>
        <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
        <translation>உண்மை அளவுகள் ஒருபோதும் கையால் உள்ளிடப்படுவதில்லை: முக்கிய எண்ணிக்கைகளின் அதே விதிகளின்படி, ஒவ்வொரு இலக்கின் சொந்தக் காலத்துக்கும் நகரத்துக்கும் பதிவுகளிலிருந்து அவை எண்ணப்படுகின்றன. இலக்கு ஒரு காலத்துக்கும் ஒரு நகரத்துக்கும், அல்லது அனைத்து உறுப்பு நகரங்களுக்கும் நிர்ணயிக்கப்படுகிறது; உண்மை அளவு எவ்வாறு பிரிகிறது என்பதைப் பிரிவுகள் காட்டுகின்றன.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>அடிப்படை அளவு</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>பிரிவுகள்</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>எண்ணும் விதி</translation>
    </message>
    <message>
        <source>How the actual values were counted</source>
        <translation>உண்மை அளவுகள் எவ்வாறு எண்ணப்பட்டன</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>குறிகாட்டிகள்</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>முக்கிய எண்ணிக்கை</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>நிலை வகை</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>எந்தக் குறிகாட்டியும் பதிவு செய்யப்படவில்லை.</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>இலக்கில் பங்கு</translation>
    </message>
    <message>
        <source>Period and city</source>
        <translation>காலமும் நகரமும்</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>இலக்கு</translation>
    </message>
    <message>
        <source>different people, each counted once</source>
        <translation>வெவ்வேறு நபர்கள், ஒவ்வொருவரும் ஒருமுறை எண்ணப்பட்டனர்</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>நடத்தப்பட்ட நிகழ்வுகள்</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>விளைவு</translation>
    </message>
    <message>
        <source>output</source>
        <translation>வெளியீடு</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>வழங்கிய ஆலோசனைகள்</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>நாணயம்</translation>
    </message>
    <message>
        <source>Expert advice</source>
        <translation>நிபுணர் ஆலோசனை</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>கண்டறிதல்கள்</translation>
    </message>
    <message>
        <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
        <translation>இக்காலத்தில் நடத்தப்பட்ட கலந்தாய்வுகளில் தேசிய-உள்ளூர் ஒத்துழைப்பு குறித்து எழுப்பப்பட்ட கண்டறிதல்கள்.</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>எழுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>பதில் கிடைத்தது</translation>
    </message>
    <message>
        <source>acted on</source>
        <translation>நடவடிக்கை எடுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Raised with national bodies</source>
        <translation>தேசிய அமைப்புகளிடம் எழுப்பப்பட்டவை</translation>
    </message>
    <message>
        <source>Cities' priorities raised with ministries and national commissions in the period, by what has come of them so far.</source>
        <translation>இந்தக் காலத்தில் அமைச்சகங்கள் மற்றும் தேசிய ஆணையங்களிடம் எழுப்பப்பட்ட நகரங்களின் முன்னுரிமைகள், இதுவரை கிடைத்த விளைவின்படி.</translation>
    </message>
    <message>
        <source>Raisings</source>
        <translation>எழுப்பியவை</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>மானியங்கள்</translation>
    </message>
    <message>
        <source>National-local cooperation</source>
        <translation>தேசிய-உள்ளூர் ஒத்துழைப்பு</translation>
    </message>
    <message>
        <source>No support was given in this period.</source>
        <translation>இக்காலத்தில் எந்த ஆதரவும் வழங்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>வழங்கிய ஆதரவு</translation>
    </message>
    <message>
        <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
        <translation>வழங்கிய ஆதரவு: தொடக்கம் (அல்லது ஒப்புதல்) முதல் முடிவு வரையிலான தேதிகள் இக்காலத்துடன் பொருந்தும் மானியங்களும், இக்காலத்தில் வழங்கிய நிபுணர் ஆலோசனையும். தொகைகள் மாற்றப்படாமல் ஒவ்வொரு நாணயத்திலும் தனியே கூட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <source>Technical support grants</source>
        <translation>தொழில்நுட்ப ஆதரவு மானியங்கள்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Total, cancelled grants left out</source>
        <translation>மொத்தம், ரத்தான மானியங்கள் நீங்கலாக</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>நிறைவடைந்தது</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>வழங்கப்பட்டது</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>முன்மொழியப்பட்டது</translation>
    </message>
    <message>
        <source>member cities, each counted once</source>
        <translation>உறுப்பு நகரங்கள், ஒவ்வொன்றும் ஒருமுறை எண்ணப்பட்டது</translation>
    </message>
    <message>
        <source>grants, cancelled ones left out</source>
        <translation>மானியங்கள், ரத்து செய்யப்பட்டவை தவிர</translation>
    </message>
    <message>
        <source>Targets by breakdown category</source>
        <translation>பிரிவு வகைவாரியான இலக்குகள்</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
        <translation>அறிவிக்கப்பட்ட பிரிவின் ஒரு வகைக்கும், எடுத்துக்காட்டாக பெண்கள் அல்லது இளைஞர்களுக்கு, இலக்கு அமைக்கலாம். வழங்கப்பட்ட மானியங்கள் என்பவை அளிக்கப்பட்ட ஆதரவின் மானியங்கள், ரத்து செய்யப்பட்டவை தவிர.</translation>
    </message>
</context>
</TS>
