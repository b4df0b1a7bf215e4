<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_LK" sourcelanguage="en">
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Actions agreed at this meeting</source>
            <translation>இந்தக் கூட்டத்தில் முடிவான நடவடிக்கைகள்</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>நடவடிக்கை</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>பொறுப்பாளர்</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>நிறைவு நாள்</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>நடவடிக்கையைச் சேர் (&amp;A)</translation>
        </message>
        <message>
            <source>Carried over from earlier meetings</source>
            <translation>முந்தைய கூட்டங்களிலிருந்து தொடரும் நடவடிக்கைகள்</translation>
        </message>
        <message>
            <source>Actions carried over</source>
            <translation>தொடரும் நடவடிக்கைகள்</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>தொடங்கிய நாள்</translation>
        </message>
        <message>
            <source>State</source>
            <translation>தற்போதைய நிலை</translation>
        </message>
        <message>
            <source>&amp;Done at this meeting</source>
            <translation>இந்தக் கூட்டத்தில் முடிந்தது (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ropped at this meeting</source>
            <translation>இந்தக் கூட்டத்தில் கைவிடப்பட்டது (&amp;R)</translation>
        </message>
        <message>
            <source>Open a&amp;gain</source>
            <translation>மீண்டும் நிலுவையில் வை (&amp;G)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Save the meeting to see the actions carried over from earlier ones.</source>
            <translation>முந்தைய கூட்டங்களிலிருந்து தொடரும் நடவடிக்கைகளைப் பார்க்க, கூட்டத்தைச் சேமியுங்கள்.</translation>
        </message>
        <message>
            <source>No open actions were carried over to this meeting.</source>
            <translation>நிலுவையிலுள்ள எந்த நடவடிக்கையும் இந்தக் கூட்டத்துக்குத் தொடரவில்லை.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation>
                <numerusform>%n நடவடிக்கை தொடர்கிறது: முடிந்ததா, கைவிடப்பட்டதா எனக் குறியுங்கள்.</numerusform>
                <numerusform>%n நடவடிக்கைகள் தொடர்கின்றன: முடிந்தவற்றையும் கைவிடப்பட்டவற்றையும் குறியுங்கள்.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Choose the city of the activity.</source>
            <translation>செயல்பாட்டின் நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>இடம்</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>விளைவுகள்</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>குறிப்புகள்</translation>
        </message>
        <message>
            <source>An activity that has not started cannot be marked as held.</source>
            <translation>இன்னும் தொடங்காத செயல்பாட்டை நடத்தப்பட்டதாகக் குறிக்க முடியாது.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>பொருள்</translation>
        </message>
        <message>
            <source>The session on {day} is outside the activity's dates.</source>
            <translation>{day} அன்றைய அமர்வு செயல்பாட்டின் தேதிகளுக்கு வெளியே உள்ளது.</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>சமூகம்</translation>
        </message>
        <message>
            <source>The same person is registered twice.</source>
            <translation>ஒரே நபர் இரண்டு முறை பதிவு செய்யப்பட்டுள்ளார்.</translation>
        </message>
        <message>
            <source>The same person is listed twice as a coach.</source>
            <translation>ஒரே நபர் பயிற்சியாளராக இரண்டு முறை பட்டியலிடப்பட்டுள்ளார்.</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>பெயரின்றிய எண்ணிக்கை</translation>
        </message>
        <message>
            <source>The same gender, age band and community is counted twice.</source>
            <translation>ஒரே பாலினம், வயதுப் பிரிவு, சமூகம் இரண்டு முறை எண்ணப்பட்டுள்ளது.</translation>
        </message>
        <message>
            <source>A registered participant no longer exists here.</source>
            <translation>பதிவு செய்யப்பட்ட ஒரு பங்கேற்பாளர் இங்கு இனி இல்லை.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Youth activities</source>
            <translation>இளைஞர் செயல்பாடுகள்</translation>
        </message>
        <message>
            <source>&amp;New activity</source>
            <translation>புதிய செயல்பாடு (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>முடிவு</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>மொழி</translation>
        </message>
        <message numerus="yes">
            <source>%n activity(s)</source>
            <translation>
                <numerusform>%n செயல்பாடு</numerusform>
                <numerusform>%n செயல்பாடுகள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Youth activity[*]</source>
            <translation>இளைஞர் செயல்பாடு[*]</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>தலைப்பு (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>வகை (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>தொடங்கும் நாள் (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>முடியும் நாள் (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>இடம் (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>மொழி (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>நிலை (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>விளைவுகள் (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>குறிப்புகள் (&amp;N)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>விவரங்கள்</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>அமர்வுகள்</translation>
        </message>
        <message>
            <source>People</source>
            <translation>நபர்கள்</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>பங்கேற்பு</translation>
        </message>
        <message>
            <source>New youth activity</source>
            <translation>புதிய இளைஞர் செயல்பாடு</translation>
        </message>
    </context>
    <context>
        <name>ActivityParts</name>
        <message>
            <source>Day</source>
            <translation>நாள்</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>பொருள்</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>குறிப்புகள்</translation>
        </message>
        <message>
            <source>Add a &amp;session</source>
            <translation>அமர்வைச் சேர் (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>பதிப்பு {number} ஐ ஏற்றுக்கொள்</translation>
        </message>
        <message>
            <source>&amp;Adopted on</source>
            <translation>ஏற்றுக்கொள்ளப்பட்ட நாள் (&amp;A)</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>ஏற்றுக்கொள்ளப்பட்ட நாள்</translation>
        </message>
    </context>
    <context>
        <name>AdviceForm</name>
        <message>
            <source>Expert advice[*]</source>
            <translation>நிபுணர் ஆலோசனை[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>நிபுணர் (&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>பொருள் (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>தொடக்கம் (&amp;F)</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>வரை (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>குறிப்புகள் (&amp;N)</translation>
        </message>
        <message>
            <source>New expert advice</source>
            <translation>புதிய நிபுணர் ஆலோசனை</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Agenda</source>
            <translation>நிகழ்ச்சி நிரல்</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>நிகழ்ச்சி நிரல் உருப்படிகள்</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>உருப்படியைச் சேர் (&amp;I)</translation>
        </message>
        <message>
            <source>Add s&amp;ub-item</source>
            <translation>உள் உருப்படியைச் சேர் (&amp;U)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>மேலே நகர்த்து</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>கீழே நகர்த்து</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>நீக்கு</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>தலைப்பு (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Presenter</source>
            <translation>முன்வைப்பவர் (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>கலந்துரையாடல் (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>முடிவுகள் (&amp;E)</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>(புதிய உருப்படி)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>scdesk</source>
            <translation>scdesk</translation>
        </message>
        <message>
            <source>The records file is damaged: keep working only to note what you need, then restore it from a backup (scdesk check tells how).</source>
            <translation>பதிவுக் கோப்பு சேதமடைந்துள்ளது: உங்களுக்குத் தேவையானதைக் குறித்துக்கொள்ள மட்டும் தொடர்ந்து பயன்படுத்துங்கள், பிறகு காப்புப்பிரதியிலிருந்து அதை மீட்டெடுங்கள் (எப்படி என்பதை scdesk check சொல்லும்).</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Named attendees</source>
            <translation>பெயருடன் வருகை தந்தோர்</translation>
        </message>
        <message>
            <source>Add the committee's &amp;members</source>
            <translation>குழு உறுப்பினர்களைச் சேர் (&amp;M)</translation>
        </message>
        <message>
            <source>Add the committee's members</source>
            <translation>குழு உறுப்பினர்களைச் சேர்</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>நபர்</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>பங்கு</translation>
        </message>
        <message>
            <source>nobody present</source>
            <translation>யாரும் வரவில்லை</translation>
        </message>
        <message>
            <source>Secretary of this meeting</source>
            <translation>இந்தக் கூட்டத்தின் செயலாளர்</translation>
        </message>
        <message>
            <source>Who took the minutes and signs them: someone marked present.</source>
            <translation>கூட்டக் குறிப்பை எழுதி அதில் கையொப்பமிடுபவர்: வருகை தந்தவராகப் பதிவான ஒருவர்.</translation>
        </message>
        <message>
            <source>Secreta&amp;ry of this meeting</source>
            <translation>இந்தக் கூட்டத்தின் செயலாளர் (&amp;R)</translation>
        </message>
        <message>
            <source>Anonymous headcounts</source>
            <translation>பெயரின்றிய எண்ணிக்கைகள்</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>பாலினம்</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>வயதுப் பிரிவு</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>குழு இல்லை</translation>
        </message>
        <message>
            <source>People</source>
            <translation>நபர்கள்</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>பெயரின்றிய எண்ணிக்கையைச் சேர் (&amp;H)</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>எண்ணப்படவில்லை</translation>
        </message>
        <message>
            <source>Stated total attendance</source>
            <translation>குறிப்பிட்ட மொத்த வருகை</translation>
        </message>
        <message>
            <source>Stated &amp;total</source>
            <translation>குறிப்பிட்ட மொத்தம் (&amp;T)</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>எண்ணப்பட்டது</translation>
        </message>
        <message>
            <source>Choose the meeting's committee on the Details tab first.</source>
            <translation>முதலில் விவரங்கள் தாவலில் கூட்டத்தின் குழுவைத் தேர்ந்தெடுக்கவும்.</translation>
        </message>
        <message>
            <source>Nobody was a member of the committee on {day}.</source>
            <translation>{day} அன்று குழுவில் உறுப்பினர் எவரும் இருக்கவில்லை.</translation>
        </message>
        <message>
            <source>{named} named present + {anonymous} counted = {sum}</source>
            <translation>பெயருடன் வருகை தந்தோர் {named} + பெயரின்றி எண்ணப்பட்டோர் {anonymous} = {sum}</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>meeting</source>
            <translation>கூட்டம்</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>இளைஞர் செயல்பாடு</translation>
        </message>
        <message>
            <source>person</source>
            <translation>நபர்</translation>
        </message>
        <message>
            <source>committee</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>நிறுவனம்</translation>
        </message>
        <message>
            <source>city</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>committee membership</source>
            <translation>குழு உறுப்பினர் நிலை</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>நிகழ்ச்சி நிரல் உருப்படி</translation>
        </message>
        <message>
            <source>action</source>
            <translation>நடவடிக்கை</translation>
        </message>
        <message>
            <source>activity session</source>
            <translation>செயல்பாட்டு அமர்வு</translation>
        </message>
        <message>
            <source>consultation finding</source>
            <translation>கலந்தாய்வுக் கண்டறிதல்</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>இடர் விவரம்</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>இடர்க் காரணி</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>தடுப்புத் திட்டம்</translation>
        </message>
        <message>
            <source>plan objective</source>
            <translation>திட்ட நோக்கம்</translation>
        </message>
        <message>
            <source>plan action</source>
            <translation>திட்ட நடவடிக்கை</translation>
        </message>
        <message>
            <source>support grant</source>
            <translation>ஆதரவு மானியம்</translation>
        </message>
        <message>
            <source>expert advice</source>
            <translation>நிபுணர் ஆலோசனை</translation>
        </message>
        <message>
            <source>raising with a national body</source>
            <translation>தேசிய அமைப்பிடம் எழுப்பியது</translation>
        </message>
        <message>
            <source>priority added by the hub</source>
            <translation>மையம் சேர்த்த முன்னுரிமை</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>குறிகாட்டி</translation>
        </message>
        <message>
            <source>indicator target</source>
            <translation>குறிகாட்டி இலக்கு</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>வருகை</translation>
        </message>
        <message>
            <source>headcount</source>
            <translation>பெயரின்றிய எண்ணிக்கை</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ஆம்</translation>
        </message>
        <message>
            <source>no</source>
            <translation>இல்லை</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>உள்ளூர்ப் பெயர்</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>தலைப்பு / பதவி</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>நிறுவனம்</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>பாலினம்</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>பிறந்த ஆண்டு</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>வயதுப் பிரிவு</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>பங்குதாரர் வகை</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>சமூகம்</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>தொலைபேசி</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>மின்னஞ்சல்</translation>
        </message>
        <message>
            <source>Consent to take part</source>
            <translation>பங்கேற்க ஒப்புதல்</translation>
        </message>
        <message>
            <source>Consent to photos</source>
            <translation>புகைப்படங்களுக்கு ஒப்புதல்</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>தரவுப் பயன்பாட்டுக்கு ஒப்புதல்</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>ஒப்புதல் அளித்தவர்</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>ஒப்புதல் முறை</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>ஒப்புதல் அளித்த நாள்</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>ஒப்புதல் திரும்பப் பெற்ற நாள்</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>நிபுணத்துவத் துறைகள்</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>நாடு</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>மாகாணம்</translation>
        </message>
        <message>
            <source>Member city</source>
            <translation>உறுப்பு நகரம்</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>இணைந்த நாள்</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>மேயர்</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>துறை</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>முடிவு</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>தொடங்கும் நாள்</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>முடியும் நாள்</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>இடம்</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>மொழி</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Total present</source>
            <translation>மொத்த வருகை</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>சுருக்கம்</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>விளைவுகள்</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>குறிப்புகள்</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>அழைக்கப்பட்டார்</translation>
        </message>
        <message>
            <source>present</source>
            <translation>வருகை தந்தார்</translation>
        </message>
        <message>
            <source>sent apologies</source>
            <translation>வர இயலாமை தெரிவித்தார்</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>வரவில்லை</translation>
        </message>
        <message>
            <source>approved (locked)</source>
            <translation>ஒப்புதல் பெற்றது (பூட்டப்பட்டது)</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>கவலை</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>அச்சுறுத்தல்</translation>
        </message>
        <message>
            <source>existing approach</source>
            <translation>தற்போதைய அணுகுமுறை</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>வளம்</translation>
        </message>
        <message>
            <source>key need</source>
            <translation>முக்கியத் தேவை</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>முன்னுரிமை</translation>
        </message>
        <message>
            <source>prevention and early prevention</source>
            <translation>தடுப்பும் முன்கூட்டிய தடுப்பும்</translation>
        </message>
        <message>
            <source>national-local cooperation</source>
            <translation>தேசிய-உள்ளூர் ஒத்துழைப்பு</translation>
        </message>
        <message>
            <source>participation of youth</source>
            <translation>இளைஞர் பங்கேற்பு</translation>
        </message>
        <message>
            <source>participation of women</source>
            <translation>பெண்கள் பங்கேற்பு</translation>
        </message>
        <message>
            <source>participation of marginalised groups</source>
            <translation>ஒதுக்கப்பட்ட குழுக்களின் பங்கேற்பு</translation>
        </message>
        <message>
            <source>other priority</source>
            <translation>பிற முன்னுரிமை</translation>
        </message>
        <message>
            <source>local government</source>
            <translation>உள்ளாட்சி</translation>
        </message>
        <message>
            <source>faith</source>
            <translation>மதம்</translation>
        </message>
        <message>
            <source>education</source>
            <translation>கல்வி</translation>
        </message>
        <message>
            <source>media</source>
            <translation>ஊடகம்</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>அந்த நபர்</translation>
        </message>
        <message>
            <source>a parent or guardian</source>
            <translation>பெற்றோர் அல்லது பாதுகாவலர்</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>வாய்மொழியாக</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>எழுத்துமூலம்</translation>
        </message>
        <message>
            <source>field officer</source>
            <translation>கள அலுவலர்</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>மையம்</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>இந்தச் சாதனம்</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>நம்பப்பட்டது</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>நம்பப்படவில்லை</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>திரும்பப் பெறப்பட்டது</translation>
        </message>
        <message>
            <source>Last complete quarter</source>
            <translation>கடந்த முழு காலாண்டு</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>கடந்த 12 மாதங்கள்</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>இந்த ஆண்டு</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>எல்லாக் காலமும்</translation>
        </message>
        <message>
            <source>Between the dates…</source>
            <translation>தேதிகளுக்கு இடையில்…</translation>
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>{country} is not a country the network works in.</source>
            <translation>{country} வலையமைப்பு செயல்படும் நாடுகளில் ஒன்றல்ல.</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its id (scdesk check lists them).</source>
            <translation>{name} என்ற பெயரில் ஒன்றுக்கு மேற்பட்ட நகரங்கள் உள்ளன: அதன் அடையாள எண்ணைக் கொடுங்கள் (scdesk check அவற்றைப் பட்டியலிடும்).</translation>
        </message>
        <message>
            <source>No city called {name} is recorded here.</source>
            <translation>{name} என்ற நகரம் இங்கு பதிவாகவில்லை.</translation>
        </message>
        <message>
            <source>City name</source>
            <translation>நகரத்தின் பெயர்</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>உள்ளூர்ப் பெயர்</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>மாகாணம்</translation>
        </message>
        <message>
            <source>Choose the city's country.</source>
            <translation>நகரத்தின் நாட்டைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>The date the city joined is in the future.</source>
            <translation>நகரம் இணைந்த தேதி எதிர்காலத்தில் உள்ளது.</translation>
        </message>
        <message>
            <source>Only a member city has a date it joined the network.</source>
            <translation>உறுப்பு நகரத்துக்கு மட்டுமே வலையமைப்பில் இணைந்த தேதி இருக்கும்.</translation>
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message>
            <source>Cities</source>
            <translation>நகரங்கள்</translation>
        </message>
        <message>
            <source>&amp;New city</source>
            <translation>புதிய நகரம் (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>உள்ளூர்ப் பெயர்</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>நாடு</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>மாகாணம்</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>உறுப்பினர்</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ஆம்</translation>
        </message>
        <message>
            <source>no</source>
            <translation>இல்லை</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>இணைந்தது</translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n நகரம்</numerusform>
                <numerusform>%n நகரங்கள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CityFilter</name>
        <message>
            <source>All cities</source>
            <translation>அனைத்து நகரங்களும்</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Reading the cities…</source>
            <translation>நகரங்களைப் படிக்கிறது…</translation>
        </message>
    </context>
    <context>
        <name>CityForm</name>
        <message>
            <source>City[*]</source>
            <translation>நகரம்[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>பெயர் (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Local name</source>
            <translation>உள்ளூர்ப் பெயர் (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>நாடு (&amp;O)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>மாகாணம் (&amp;P)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>உறுப்பினர்</translation>
        </message>
        <message>
            <source>A member city</source>
            <translation>உறுப்பு நகரம்</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>இணைந்த நாள் (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Mayor or local leader</source>
            <translation>மேயர் அல்லது உள்ளூர்த் தலைவர் (&amp;M)</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>புதிய நகரம்</translation>
        </message>
    </context>
    <context>
        <name>CityOptions</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>நகரம் (&amp;Y)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Say what to do with the ids: merge or dismiss.</source>
            <translation>அடையாள எண்களை என்ன செய்வது என்று சொல்லுங்கள்: merge அல்லது dismiss.</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s) scoring {score} or more</source>
            <translation>
                <numerusform>மதிப்பெண் {score} அல்லது அதற்கு மேல் உள்ள %n சாத்தியமான இரட்டைப் பதிவு</numerusform>
                <numerusform>மதிப்பெண் {score} அல்லது அதற்கு மேல் உள்ள %n சாத்தியமான இரட்டைப் பதிவுகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Give two record ids: duplicates {action} ID ID.</source>
            <translation>இரண்டு பதிவு அடையாள எண்களைக் கொடுங்கள்: duplicates {action} ID ID.</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at: scdesk duplicates lists them</source>
            <translation>
                <numerusform>பார்க்க வேண்டிய %n சாத்தியமான இரட்டைப் பதிவு இணை: scdesk duplicates அதைப் பட்டியலிடும்</numerusform>
                <numerusform>பார்க்க வேண்டிய %n சாத்தியமான இரட்டைப் பதிவு இணைகள்: scdesk duplicates அவற்றைப் பட்டியலிடும்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of {table} have no audit entry</source>
            <translation>
                <numerusform>{table} இன் %n வரிசைக்குத் தணிக்கைப் பதிவு இல்லை</numerusform>
                <numerusform>{table} இன் %n வரிசைகளுக்குத் தணிக்கைப் பதிவு இல்லை</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n pair(s) of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</source>
            <translation>
                <numerusform>எச்சரிக்கை: இங்கு எண்ணப்பட்ட %n சாத்தியமான இரட்டைப் பதிவு இணை இன்னும் தீர்க்கப்படவில்லை; `scdesk duplicates` அதைப் பட்டியலிடும்.</numerusform>
                <numerusform>எச்சரிக்கை: இங்கு எண்ணப்பட்ட %n சாத்தியமான இரட்டைப் பதிவு இணைகள் இன்னும் தீர்க்கப்படவில்லை; `scdesk duplicates` அவற்றைப் பட்டியலிடும்.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n record(s) counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</source>
            <translation>
                <numerusform>எச்சரிக்கை: இங்கு எண்ணப்பட்ட %n பதிவு இரண்டு சாதனங்களில் செய்த திருத்தங்களுக்குப் பின் ஒரு விதியை மீறுகிறது, மறுஆய்வுக்குக் காத்திருக்கிறது (உள்ளபடியே எண்ணப்பட்டது); `scdesk conflicts` அதைப் பட்டியலிடும்.</numerusform>
                <numerusform>எச்சரிக்கை: இங்கு எண்ணப்பட்ட %n பதிவுகள் இரண்டு சாதனங்களில் செய்த திருத்தங்களுக்குப் பின் ஒரு விதியை மீறுகின்றன, மறுஆய்வுக்குக் காத்திருக்கின்றன (உள்ளபடியே எண்ணப்பட்டன); `scdesk conflicts` அவற்றைப் பட்டியலிடும்.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --meeting ID or --activity ID.</source>
            <translation>--meeting ID அல்லது --activity ID கொடுங்கள்.</translation>
        </message>
        <message>
            <source>Indicators are reported for a city or for all cities: give --city instead of --country.</source>
            <translation>குறிகாட்டிகள் ஒரு நகரத்துக்கோ அனைத்து நகரங்களுக்குமோ அறிக்கையிடப்படுகின்றன: --country க்குப் பதிலாக --city கொடுங்கள்.</translation>
        </message>
        <message>
            <source>Give {option}.</source>
            <translation>{option} கொடுங்கள்.</translation>
        </message>
        <message>
            <source>The key figures of the last complete quarter, {start} to {end}: --from and --to choose another period.</source>
            <translation>கடந்த முழு காலாண்டின், {start} முதல் {end} வரை, முக்கிய எண்ணிக்கைகள்: வேறு காலத்தை --from, --to மூலம் தேர்ந்தெடுக்கவும்.</translation>
        </message>
        <message>
            <source>--meeting and --activity are for attendance only.</source>
            <translation>--meeting, --activity ஆகியவை வருகைக்கு மட்டுமே.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
            <extracomment>Translators: %n is how many problems were listed above.</extracomment>
            <translation>
                <numerusform>எதுவும் இறக்குமதி செய்யப்படவில்லை: மேலே உள்ள %n சிக்கலைச் சரிசெய்து கோப்பை மீண்டும் இறக்குமதி செய்யுங்கள்.</numerusform>
                <numerusform>எதுவும் இறக்குமதி செய்யப்படவில்லை: மேலே உள்ள %n சிக்கல்களைச் சரிசெய்து கோப்பை மீண்டும் இறக்குமதி செய்யுங்கள்.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not read: {columns}. scdesk does not use these columns in this table; check how they are spelt.</source>
            <extracomment>Translators: {columns} are column names, as the file's first row gives them.</extracomment>
            <translation>படிக்கப்படவில்லை: {columns}. scdesk இந்த அட்டவணையில் இந்த நெடுவரிசைகளைப் பயன்படுத்துவதில்லை; அவற்றின் எழுத்துக்கூட்டலைச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>The tables will hold names and contact details: add --yes to confirm.</source>
            <translation>அட்டவணைகளில் பெயர்களும் தொடர்பு விவரங்களும் இருக்கும்: உறுதிப்படுத்த --yes சேருங்கள்.</translation>
        </message>
        <message>
            <source>Not confirmed: nothing was written.</source>
            <translation>உறுதிப்படுத்தப்படவில்லை: எதுவும் எழுதப்படவில்லை.</translation>
        </message>
        <message>
            <source>Give the key backup's file: device {action} FILE.</source>
            <translation>சாவிக் காப்புப்பிரதியின் கோப்பைக் கொடுங்கள்: device {action} FILE.</translation>
        </message>
        <message>
            <source>Give --passphrase-file P, or run this in a terminal.</source>
            <translation>--passphrase-file P கொடுங்கள், அல்லது இதை ஒரு முனையத்தில் இயக்குங்கள்.</translation>
        </message>
        <message>
            <source>The two passphrases differ: nothing was written.</source>
            <translation>இரண்டு கடவுச்சொற்றொடர்களும் வேறுபடுகின்றன: எதுவும் எழுதப்படவில்லை.</translation>
        </message>
        <message>
            <source>Replacing this device's keys makes new ones, and the hub refuses its bundles until its staff trust the new fingerprint: run again with --yes to replace them.</source>
            <translation>இந்தச் சாதனத்தின் சாவிகளை மாற்றினால் புதிய சாவிகள் உருவாகும்; மையப் பணியாளர்கள் புதிய அடையாளக் குறியீட்டை நம்பும் வரை மையம் அதன் தொகுப்புகளை ஏற்காது: அவற்றை மாற்ற --yes உடன் மீண்டும் இயக்குங்கள்.</translation>
        </message>
        <message>
            <source>The keys were not replaced: nothing was changed.</source>
            <translation>சாவிகள் மாற்றப்படவில்லை: எதுவும் மாற்றப்படவில்லை.</translation>
        </message>
        <message>
            <source>Warning: the hub takes no bundle from this device until its staff trust the new key: export a bundle or a card (scdesk device --card FILE), have them read out the new fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.</source>
            <translation>எச்சரிக்கை: மையப் பணியாளர்கள் புதிய சாவியை நம்பும் வரை மையம் இந்தச் சாதனத்திலிருந்து எந்தத் தொகுப்பையும் ஏற்காது: ஒரு தொகுப்பையோ அட்டையையோ ஏற்றுமதி செய்யுங்கள் (scdesk device --card FILE), அவர்கள் புதிய அடையாளக் குறியீட்டை வாசித்து scdesk trust FILE இயக்கட்டும், பிறகு மையத்திடம் புதிய தொகுப்பைக் கேளுங்கள்.</translation>
        </message>
        <message>
            <source>The device that made this file is trusted already.</source>
            <translation>இந்தக் கோப்பை உருவாக்கிய சாதனம் ஏற்கெனவே நம்பப்பட்டுள்ளது.</translation>
        </message>
        <message>
            <source>Say which conflict, and --keep A, B or --value.</source>
            <translation>எந்த முரண்பாடு என்று சொல்லுங்கள், மேலும் --keep A, B அல்லது --value கொடுங்கள்.</translation>
        </message>
        <message>
            <source>No open conflict has the id {id}.</source>
            <translation>{id} என்ற அடையாள எண்ணுடன் தீர்க்கப்படாத முரண்பாடு எதுவும் இல்லை.</translation>
        </message>
        <message>
            <source>Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01.</source>
            <translation>--set ஐ FIELD=VALUE என எழுதுங்கள், எடுத்துக்காட்டாக --set joined_on=2024-03-01.</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the device's owner, then run again with --yes.</source>
            <translation>அடையாளக் குறியீட்டைச் சாதன உரிமையாளருடன் ஒப்பிட்டுப் பாருங்கள், பிறகு --yes உடன் மீண்டும் இயக்குங்கள்.</translation>
        </message>
        <message>
            <source>Not trusted: nothing was changed.</source>
            <translation>நம்பப்படவில்லை: எதுவும் மாற்றப்படவில்லை.</translation>
        </message>
        <message>
            <source>No screen found: run scdesk on a desktop, under Xvfb, or with QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.</source>
            <translation>திரை எதுவும் கிடைக்கவில்லை: scdesk-ஐ ஒரு டெஸ்க்டாப்பில், Xvfb இன் கீழ், அல்லது QT_QPA_PLATFORM=offscreen உடன் இயக்குங்கள்; துணைக் கட்டளைகளுக்கு (scdesk --help) திரை தேவையில்லை.</translation>
        </message>
    </context>
    <context>
        <name>CommitteeForm</name>
        <message>
            <source>Committee[*]</source>
            <translation>குழு[*]</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>பெயர் (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>வகை (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of minutes</source>
            <translation>கூட்டக் குறிப்பின் மொழி (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quorum</source>
            <translation>குறைவெண் வரம்பு (&amp;Q)</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>விதி இல்லை</translation>
        </message>
        <message>
            <source>&amp;Established on</source>
            <translation>நிறுவப்பட்ட நாள் (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Mandate</source>
            <translation>பணிப்பொறுப்பு (&amp;M)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>உறுப்பினர்கள்</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>நபர்</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>பங்கு</translation>
        </message>
        <message>
            <source>From</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>To</source>
            <translation>வரை</translation>
        </message>
        <message>
            <source>New committee</source>
            <translation>புதிய குழு</translation>
        </message>
    </context>
    <context>
        <name>CommitteeOptions</name>
        <message>
            <source>All committees</source>
            <translation>அனைத்துக் குழுக்களும்</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>குழு (&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>Committees</name>
        <message>
            <source>The same person is listed twice as a current member.</source>
            <translation>ஒரே நபர் தற்போதைய உறுப்பினராக இரண்டு முறை பட்டியலிடப்பட்டுள்ளார்.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Choose the committee's city.</source>
            <translation>குழுவின் நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>பணிப்பொறுப்பு</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>குறைவெண் வரம்பு</translation>
        </message>
        <message>
            <source>The date the committee was established is in the future.</source>
            <translation>குழு நிறுவப்பட்ட தேதி எதிர்காலத்தில் உள்ளது.</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>Committees</source>
            <translation>குழுக்கள்</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>புதிய குழு (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>மொழி</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>நிறுவப்பட்டது</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>உறுப்பினர்கள்</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>அனைத்து வகைகளும்</translation>
        </message>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation>
                <numerusform>%n குழு</numerusform>
                <numerusform>%n குழுக்கள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Two devices changed the same field without seeing each other's change, or changed two fields a rule ties together. A is the value every device shows now, B the one it replaced or met. Keeping either settles the conflict on every device with the next bundles; a choice that would break a rule is not offered.</source>
            <translation>இரண்டு சாதனங்கள் ஒன்றின் மாற்றத்தை மற்றொன்று பார்க்காமல் ஒரே புலத்தை மாற்றியுள்ளன, அல்லது ஒரு விதி இணைக்கும் இரண்டு புலங்களை மாற்றியுள்ளன. A என்பது இப்போது எல்லாச் சாதனங்களும் காட்டும் மதிப்பு; B என்பது அது மாற்றிய அல்லது எதிர்கொண்ட மதிப்பு. எதை வைத்துக்கொண்டாலும், அடுத்த தொகுப்புகளுடன் எல்லாச் சாதனங்களிலும் முரண்பாடு தீர்க்கப்படும்; விதியை மீறும் தேர்வு காட்டப்படாது.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>பதிவு</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>புலம்</translation>
        </message>
        <message>
            <source>A: shown now</source>
            <translation>A: இப்போது காட்டப்படுவது</translation>
        </message>
        <message>
            <source>A: written</source>
            <translation>A: எழுதப்பட்டது</translation>
        </message>
        <message>
            <source>B: replaced</source>
            <translation>B: மாற்றப்பட்டது</translation>
        </message>
        <message>
            <source>B: written</source>
            <translation>B: எழுதப்பட்டது</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>தீர்க்கப்படாத முரண்பாடுகள்</translation>
        </message>
        <message>
            <source>The selected conflict and what each choice writes</source>
            <translation>தேர்ந்தெடுத்த முரண்பாடும் ஒவ்வொரு தேர்வும் எழுதுவதும்</translation>
        </message>
        <message>
            <source>Keep &amp;A</source>
            <translation>A-ஐ வைத்துக்கொள் (&amp;A)</translation>
        </message>
        <message>
            <source>Keep value A of the selected conflict</source>
            <translation>தேர்ந்தெடுத்த முரண்பாட்டின் A மதிப்பை வைத்துக்கொள்</translation>
        </message>
        <message>
            <source>Keep &amp;B</source>
            <translation>B-ஐ வைத்துக்கொள் (&amp;B)</translation>
        </message>
        <message>
            <source>Keep value B of the selected conflict</source>
            <translation>தேர்ந்தெடுத்த முரண்பாட்டின் B மதிப்பை வைத்துக்கொள்</translation>
        </message>
        <message>
            <source>Conflicts: what was done</source>
            <translation>முரண்பாடுகள்: செய்யப்பட்டவை</translation>
        </message>
        <message>
            <source>{field} (deleted on one device)</source>
            <translation>{field} (ஒரு சாதனத்தில் நீக்கப்பட்டது)</translation>
        </message>
        <message>
            <source>{field} (B: from a record merged into this one)</source>
            <translation>{field} (B: இதனுடன் ஒன்றிணைக்கப்பட்ட பதிவிலிருந்து)</translation>
        </message>
        <message>
            <source>{field} and {other} (a rule ties them)</source>
            <translation>{field}, {other} (ஒரு விதி இவற்றை இணைக்கிறது)</translation>
        </message>
        <message>
            <source>by {device}, {when}</source>
            <translation>{device} மூலம், {when}</translation>
        </message>
        <message>
            <source>Keep {mark}: writes {values}.</source>
            <translation>{mark}-ஐ வைத்துக்கொள்: {values} எழுதப்படும்.</translation>
        </message>
        <message>
            <source>Keep {mark}: not offered. {problem}</source>
            <translation>{mark}-ஐ வைத்துக்கொள்: இந்தத் தேர்வு இல்லை. {problem}</translation>
        </message>
        <message>
            <source>Settling the conflict…</source>
            <translation>முரண்பாட்டைத் தீர்க்கிறது…</translation>
        </message>
        <message>
            <source>Settled: {value} kept.</source>
            <translation>தீர்க்கப்பட்டது: {value} வைத்துக்கொள்ளப்பட்டது.</translation>
        </message>
    </context>
    <context>
        <name>Cooperation</name>
        <message>
            <source>Choose the city whose priority was raised.</source>
            <translation>முன்னுரிமை எழுப்பப்பட்ட நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>தேசிய அமைப்பு</translation>
        </message>
        <message>
            <source>Give the day it was raised.</source>
            <translation>எழுப்பப்பட்ட நாளைக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>The day it was raised is in the future.</source>
            <translation>எழுப்பப்பட்ட நாள் எதிர்காலத்தில் உள்ளது.</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>எழுப்பப்பட்டது என்ன</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>விளைவு</translation>
        </message>
        <message>
            <source>The consultation finding chosen is of another city.</source>
            <translation>தேர்ந்தெடுத்த கலந்தாய்வுக் கண்டறிதல் வேறொரு நகரத்தைச் சேர்ந்தது.</translation>
        </message>
        <message>
            <source>The plan action chosen is of another city's plan.</source>
            <translation>தேர்ந்தெடுத்த திட்ட நடவடிக்கை வேறொரு நகரத்தின் திட்டத்தைச் சேர்ந்தது.</translation>
        </message>
        <message>
            <source>The meeting chosen was held in another city.</source>
            <translation>தேர்ந்தெடுத்த கூட்டம் வேறொரு நகரத்தில் நடத்தப்பட்டது.</translation>
        </message>
        <message>
            <source>The support grant chosen is for another city.</source>
            <translation>தேர்ந்தெடுத்த ஆதரவு மானியம் வேறொரு நகரத்துக்கானது.</translation>
        </message>
        <message>
            <source>The expert advice chosen was for another city.</source>
            <translation>தேர்ந்தெடுத்த நிபுணர் ஆலோசனை வேறொரு நகரத்துக்கானது.</translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>National-local cooperation</source>
            <translation>தேசிய-உள்ளூர் ஒத்துழைப்பு</translation>
        </message>
        <message>
            <source>Search body, what was raised, outcome…</source>
            <translation>அமைப்பு, எழுப்பப்பட்டது, விளைவு ஆகியவற்றில் தேடுங்கள்…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>தேடு</translation>
        </message>
        <message>
            <source>&amp;New raising</source>
            <translation>புதிதாக எழுப்பியது (&amp;N)</translation>
        </message>
        <message>
            <source>All national bodies</source>
            <translation>அனைத்துத் தேசிய அமைப்புகளும்</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>தேசிய அமைப்பு</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>அனைத்து நிலைகளும்</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>What the list holds</source>
            <translation>பட்டியலில் உள்ளவை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>எழுப்பப்பட்ட நாள்</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>எழுப்பப்பட்டது என்ன</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>விளைவு</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>எங்கிருந்து வந்தது</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>தேசிய அமைப்புகளிடம் எழுப்பப்பட்டவை</translation>
        </message>
        <message>
            <source>Reading what was raised…</source>
            <translation>எழுப்பப்பட்டவற்றைப் படிக்கிறது…</translation>
        </message>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation>
                <numerusform>தேசிய அமைப்புகளிடம் %n முறை எழுப்பப்பட்டது</numerusform>
                <numerusform>தேசிய அமைப்புகளிடம் %n முறை எழுப்பப்பட்டன</numerusform>
            </translation>
        </message>
    </context>
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
            <source>Sri Lanka</source>
            <translation>இலங்கை</translation>
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
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>All countries</source>
            <translation>அனைத்து நாடுகளும்</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>நாடு</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>A sign-in sheet has 0 to {most} blank rows; for a larger event, print a second sheet.</source>
            <translation>வருகைப் பதிவேட்டில் 0 முதல் {most} வரை வெற்று வரிகள் இருக்கலாம்; பெரிய நிகழ்வுக்கு இரண்டாவது பதிவேட்டை அச்சிடுங்கள்.</translation>
        </message>
        <message>
            <source>The demo's scale is a whole number from 1 to {most}.</source>
            <extracomment>Translators: {most} is the largest demo scale, the number of times the demo's ten cities are repeated.</extracomment>
            <translation>மாதிரித் தரவின் அளவு 1 முதல் {most} வரையிலான முழு எண்ணாக இருக்க வேண்டும்.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>முகப்புப் பலகை</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>காலம்</translation>
        </message>
        <message>
            <source>Duplicates not settled</source>
            <translation>தீர்க்கப்படாத இரட்டைப் பதிவுகள்</translation>
        </message>
        <message>
            <source>Records under review</source>
            <translation>மறுஆய்வில் உள்ள பதிவுகள்</translation>
        </message>
        <message>
            <source>The programme's work:</source>
            <translation>திட்டப்பணியின் செயல்பாடுகள்:</translation>
        </message>
        <message>
            <source>Open the {page} page</source>
            <translation>{page} பக்கத்தைத் திற</translation>
        </message>
        <message>
            <source>Counting the key figures…</source>
            <translation>முக்கிய எண்ணிக்கைகளைக் கணக்கிடுகிறது…</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>today</source>
            <translation>இன்று</translation>
        </message>
        <message>
            <source>all cities</source>
            <translation>அனைத்து நகரங்களும்</translation>
        </message>
        <message>
            <source>From {start} to {end}, {place}</source>
            <translation>{start} முதல் {end} வரை, {place}</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation>
                <numerusform>இங்கு எண்ணப்பட்ட சாத்தியமான இரட்டைப் பதிவுகளில் %n ஜோடி இன்னும் தீர்க்கப்படவில்லை: சில எண்ணிக்கைகள் ஒருவரை, ஒரு நிகழ்வை அல்லது நகரத்தை இரண்டு முறை எண்ணக்கூடும். இரட்டைப் பதிவுகள் பக்கம் அவற்றைப் பட்டியலிடுகிறது.</numerusform>
                <numerusform>இங்கு எண்ணப்பட்ட சாத்தியமான இரட்டைப் பதிவுகளில் %n ஜோடிகள் இன்னும் தீர்க்கப்படவில்லை: சில எண்ணிக்கைகள் ஒருவரை, ஒரு நிகழ்வை அல்லது நகரத்தை இரண்டு முறை எண்ணக்கூடும். இரட்டைப் பதிவுகள் பக்கம் அவற்றைப் பட்டியலிடுகிறது.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation>
                <numerusform>இங்கு எண்ணப்பட்ட %n பதிவு இரண்டு சாதனங்களில் செய்த திருத்தங்களுக்குப் பின் ஒரு விதியை மீறுகிறது, மறுஆய்வுக்காகக் காத்திருக்கிறது; அது தற்போதைய நிலையிலேயே எண்ணப்படுகிறது. ஒத்திசைவுப் பக்கத்தின் முரண்பாடுகள் பட்டியலில் அது உள்ளது.</numerusform>
                <numerusform>இங்கு எண்ணப்பட்ட %n பதிவுகள் இரண்டு சாதனங்களில் செய்த திருத்தங்களுக்குப் பின் ஒரு விதியை மீறுகின்றன, மறுஆய்வுக்காகக் காத்திருக்கின்றன; அவை தற்போதைய நிலையிலேயே எண்ணப்படுகின்றன. ஒத்திசைவுப் பக்கத்தின் முரண்பாடுகள் பட்டியலில் அவை உள்ளன.</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}, by group of people</source>
            <translation>{figure}, நபர் குழு வாரியாக</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <translation>{dimension} வாரியாக</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>எண்ணிக்கை</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The demo fills only an empty store, and this one already holds records: start scdesk with a new data folder to try the demo.</source>
            <translation>மாதிரித் தரவு வெற்றுத் தரவுச் சேமிப்பை மட்டுமே நிரப்பும்; இதில் ஏற்கெனவே பதிவுகள் உள்ளன: மாதிரித் தரவை முயன்று பார்க்க, புதிய தரவுக் கோப்புறையுடன் scdesk-ஐத் தொடங்குங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>an unknown device ({id})</source>
            <translation>அறியப்படாத சாதனம் ({id})</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>சாதனத்தின் பெயர்</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>உங்கள் பெயர்</translation>
        </message>
        <message>
            <source>Choose the city this officer works in.</source>
            <translation>இந்த அலுவலர் பணியாற்றும் நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>The passphrase needs {count} characters or more: a few words will do.</source>
            <translation>கடவுச்சொற்றொடரில் {count} அல்லது அதற்கு மேற்பட்ட எழுத்துகள் இருக்க வேண்டும்: சில சொற்கள் போதும்.</translation>
        </message>
        <message>
            <source>This device is set up already: its role and city change only with scdesk setup --change-role, which says first what that changes.</source>
            <translation>இந்தச் சாதனம் ஏற்கெனவே அமைக்கப்பட்டுள்ளது: அதன் பங்கும் நகரமும் scdesk setup --change-role மூலம் மட்டுமே மாறும்; அது முதலில் என்ன மாறும் என்பதைச் சொல்லும்.</translation>
        </message>
        <message>
            <source>A hub does not take another hub's profile.</source>
            <translation>ஒரு மையம் வேறொரு மையத்தின் விவரக்கோப்பை ஏற்காது.</translation>
        </message>
        <message>
            <source>This device already has a hub, {name}: revoke it first to take another hub's profile.</source>
            <translation>இந்தச் சாதனத்துக்கு ஏற்கெனவே {name} என்ற மையம் உள்ளது: வேறொரு மையத்தின் விவரக்கோப்பை ஏற்க, முதலில் அதைத் திரும்பப் பெறுங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Device</source>
            <translation>சாதனம்</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>பங்கு</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>பயன்படுத்துபவர்</translation>
        </message>
        <message>
            <source>State</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>அடையாளக் குறியீடு</translation>
        </message>
        <message>
            <source>Last bundle from it</source>
            <translation>அதிலிருந்து வந்த கடைசித் தொகுப்பு</translation>
        </message>
        <message>
            <source>Last bundle for it</source>
            <translation>அதற்கு அனுப்பிய கடைசித் தொகுப்பு</translation>
        </message>
        <message>
            <source>Devices known here</source>
            <translation>இங்கு அறியப்பட்ட சாதனங்கள்</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>திரும்பப் பெறு… (&amp;R)</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>தேர்ந்தெடுத்த சாதனத்தைத் திரும்பப் பெறு</translation>
        </message>
        <message>
            <source>For a lost or stolen device: its bundles are refused from now on.</source>
            <translation>தொலைந்த அல்லது திருடப்பட்ட சாதனத்துக்கு: இனி அதன் தொகுப்புகள் ஏற்கப்படாது.</translation>
        </message>
        <message>
            <source>Devices: what was done</source>
            <translation>சாதனங்கள்: செய்யப்பட்டவை</translation>
        </message>
        <message>
            <source>Write the hub &amp;profile…</source>
            <translation>மைய விவரக்கோப்பை எழுது… (&amp;P)</translation>
        </message>
        <message>
            <source>Write the hub profile</source>
            <translation>மைய விவரக்கோப்பை எழுது</translation>
        </message>
        <message>
            <source>The file that introduces this hub to officers' laptops.</source>
            <translation>அலுவலர்களின் மடிக்கணினிகளுக்கு இந்த மையத்தை அறிமுகப்படுத்தும் கோப்பு.</translation>
        </message>
        <message>
            <source>Import the hub's &amp;profile…</source>
            <translation>மையத்தின் விவரக்கோப்பை இறக்குமதி செய்… (&amp;P)</translation>
        </message>
        <message>
            <source>Import the hub's profile</source>
            <translation>மையத்தின் விவரக்கோப்பை இறக்குமதி செய்</translation>
        </message>
        <message>
            <source>The file from your hub that lets this laptop exchange bundles with it.</source>
            <translation>இந்த மடிக்கணினி உங்கள் மையத்துடன் தொகுப்புகளைப் பரிமாறிக்கொள்ள உதவும், மையத்திலிருந்து வரும் கோப்பு.</translation>
        </message>
        <message>
            <source>Revoke {name}?</source>
            <translation>{name} ஐத் திரும்பப் பெறவா?</translation>
        </message>
        <message>
            <source>Bundles from {name} will be refused from now on.</source>
            <translation>இனி {name} இலிருந்து வரும் தொகுப்புகள் ஏற்கப்படாது.</translation>
        </message>
        <message>
            <source>Revoke it</source>
            <translation>திரும்பப் பெறு</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>வைத்திரு</translation>
        </message>
        <message>
            <source>Do this when a device is lost, stolen or given to someone else. A revoked device cannot be trusted again.</source>
            <translation>சாதனம் தொலைந்தாலோ, திருடப்பட்டாலோ, வேறொருவரிடம் கொடுக்கப்பட்டாலோ இதைச் செய்யுங்கள். திரும்பப் பெறப்பட்ட சாதனத்தை மீண்டும் நம்ப முடியாது.</translation>
        </message>
        <message>
            <source>Revoking…</source>
            <translation>திரும்பப் பெறுகிறது…</translation>
        </message>
        <message>
            <source>{name} is revoked: its bundles are refused from now on.</source>
            <translation>{name} திரும்பப் பெறப்பட்டது: இனி அதன் தொகுப்புகள் ஏற்கப்படாது.</translation>
        </message>
        <message>
            <source>Where to write the hub profile</source>
            <translation>மைய விவரக்கோப்பை எங்கு எழுதுவது</translation>
        </message>
        <message>
            <source>Hub profile written to {path}. Import it on each officer's laptop (Sync, Devices) and check the fingerprint it shows.</source>
            <translation>மைய விவரக்கோப்பு {path} இல் எழுதப்பட்டது. ஒவ்வொரு அலுவலரின் மடிக்கணினியிலும் அதை இறக்குமதி செய்து (ஒத்திசைவு, சாதனங்கள்), அது காட்டும் அடையாளக் குறியீட்டைச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>Writing the hub profile…</source>
            <translation>மைய விவரக்கோப்பை எழுதுகிறது…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>மையத்தின் விவரக்கோப்பு</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile);;All files (*)</source>
            <translation>மைய விவரக்கோப்புகள் (*.scdesk-profile);;அனைத்துக் கோப்புகளும் (*)</translation>
        </message>
        <message>
            <source>Reading the hub profile…</source>
            <translation>மைய விவரக்கோப்பைப் படிக்கிறது…</translation>
        </message>
        <message>
            <source>Importing the hub profile…</source>
            <translation>மைய விவரக்கோப்பை இறக்குமதி செய்கிறது…</translation>
        </message>
        <message>
            <source>{hub} is this device's hub. {records} of reference data taken.</source>
            <translation>{hub} இந்தச் சாதனத்தின் மையம். குறிப்புத் தரவாக {records} பெறப்பட்டன.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n பதிவு</numerusform>
                <numerusform>%n பதிவுகள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore unsaved work</source>
            <translation>சேமிக்காத பணியை மீட்டெடு</translation>
        </message>
        <message>
            <source>scdesk was closed while these forms had changes that were not saved. Restore them to carry on where you were.</source>
            <translation>இந்தப் படிவங்களில் சேமிக்காத மாற்றங்கள் இருந்தபோது scdesk மூடப்பட்டது. நீங்கள் விட்ட இடத்திலிருந்து தொடர அவற்றை மீட்டெடுங்கள்.</translation>
        </message>
        <message>
            <source>Unsaved forms</source>
            <translation>சேமிக்காத படிவங்கள்</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>கூட்டம்</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>இளைஞர் செயல்பாடு</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>நபர்</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>நிறுவனம்</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>&amp;Restore the ticked forms</source>
            <translation>குறித்த படிவங்களை மீட்டெடு (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard the ticked forms</source>
            <translation>குறித்த படிவங்களைக் கைவிடு (&amp;D)</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>பிறகு முடிவு செய் (&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same name in {first} and {second} script</source>
            <translation>{first}, {second} எழுத்துகளில் ஒரே பெயர்</translation>
        </message>
        <message>
            <source>The lowest score must be from 0 to 100.</source>
            <translation>குறைந்தபட்ச மதிப்பெண் 0 முதல் 100 வரை இருக்க வேண்டும்.</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>லத்தீன்</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>உருது</translation>
        </message>
        <message>
            <source>Devanagari</source>
            <translation>தேவநாகரி</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation>வங்காளம்</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>தமிழ்</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>சிங்களம்</translation>
        </message>
        <message>
            <source>another</source>
            <translation>வேறொரு</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>ஒரே பெயர்</translation>
        </message>
        <message>
            <source>same name, spelled differently</source>
            <translation>ஒரே பெயர், வேறு எழுத்துக்கூட்டலில்</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ஒத்த பெயர்</translation>
        </message>
        <message>
            <source>same first name, nothing more to compare in the names</source>
            <translation>ஒரே முதல் பெயர், பெயர்களில் ஒப்பிட வேறு எதுவும் இல்லை</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>ஒரே பிறந்த ஆண்டு</translation>
        </message>
        <message>
            <source>birth years a year apart</source>
            <translation>பிறந்த ஆண்டுகளில் ஓராண்டு வேறுபாடு</translation>
        </message>
        <message>
            <source>different birth years</source>
            <translation>வெவ்வேறு பிறந்த ஆண்டுகள்</translation>
        </message>
        <message>
            <source>birth year fits the age band</source>
            <translation>பிறந்த ஆண்டு வயதுப் பிரிவுடன் பொருந்துகிறது</translation>
        </message>
        <message>
            <source>birth year does not fit the age band</source>
            <translation>பிறந்த ஆண்டு வயதுப் பிரிவுடன் பொருந்தவில்லை</translation>
        </message>
        <message>
            <source>same age band</source>
            <translation>ஒரே வயதுப் பிரிவு</translation>
        </message>
        <message>
            <source>age bands far apart</source>
            <translation>வயதுப் பிரிவுகள் மிகவும் வேறுபடுகின்றன</translation>
        </message>
        <message>
            <source>different genders</source>
            <translation>வெவ்வேறு பாலினங்கள்</translation>
        </message>
        <message>
            <source>same city</source>
            <translation>ஒரே நகரம்</translation>
        </message>
        <message>
            <source>different cities</source>
            <translation>வெவ்வேறு நகரங்கள்</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>ஒரே தொலைபேசி எண்</translation>
        </message>
        <message>
            <source>different phone numbers</source>
            <translation>வெவ்வேறு தொலைபேசி எண்கள்</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>ஒரே மின்னஞ்சல் முகவரி</translation>
        </message>
        <message>
            <source>different e-mail addresses</source>
            <translation>வெவ்வேறு மின்னஞ்சல் முகவரிகள்</translation>
        </message>
        <message>
            <source>same organisation</source>
            <translation>ஒரே நிறுவனம்</translation>
        </message>
        <message>
            <source>different organisations</source>
            <translation>வெவ்வேறு நிறுவனங்கள்</translation>
        </message>
        <message>
            <source>same community</source>
            <translation>ஒரே சமூகம்</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>ஒரே நாடு</translation>
        </message>
        <message>
            <source>same province</source>
            <translation>ஒரே மாகாணம்</translation>
        </message>
        <message>
            <source>different provinces</source>
            <translation>வெவ்வேறு மாகாணங்கள்</translation>
        </message>
        <message>
            <source>same sector</source>
            <translation>ஒரே துறை</translation>
        </message>
        <message>
            <source>different sectors</source>
            <translation>வெவ்வேறு துறைகள்</translation>
        </message>
        <message>
            <source>same kind of event</source>
            <translation>ஒரே நிகழ்வு வகை</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>ஒரே நாள்</translation>
        </message>
        <message>
            <source>same starting time</source>
            <translation>ஒரே தொடக்க நேரம்</translation>
        </message>
        <message>
            <source>different committees</source>
            <translation>வெவ்வேறு குழுக்கள்</translation>
        </message>
        <message>
            <source>same title</source>
            <translation>ஒரே தலைப்பு</translation>
        </message>
        <message>
            <source>similar title</source>
            <translation>ஒத்த தலைப்பு</translation>
        </message>
        <message>
            <source>different titles</source>
            <translation>வெவ்வேறு தலைப்புகள்</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>ஒரு பதிவை அதனுடனேயே ஒன்றிணைக்க முடியாது.</translation>
        </message>
        <message>
            <source>{first} and {second} are not records of the same kind.</source>
            <translation>{first}, {second} ஒரே வகைப் பதிவுகள் அல்ல.</translation>
        </message>
        <message>
            <source>No person, city, organisation, meeting or activity has the id {id} here.</source>
            <translation>{id} என்ற அடையாள எண்ணுடன் நபர், நகரம், நிறுவனம், கூட்டம் அல்லது செயல்பாடு எதுவும் இங்கு இல்லை.</translation>
        </message>
        <message>
            <source>{id} was deleted or merged already: it cannot be merged now.</source>
            <translation>{id} ஏற்கெனவே நீக்கப்பட்டது அல்லது ஒன்றிணைக்கப்பட்டது: இப்போது அதை ஒன்றிணைக்க முடியாது.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Probable duplicates</source>
            <translation>சாத்தியமான இரட்டைப் பதிவுகள்</translation>
        </message>
        <message>
            <source>Records that are probably the same person, city, organisation or event, recorded twice. Merging keeps one: everything that named the other names it, and the key figures count them once. Every device does the same with the next bundles.</source>
            <translation>ஒரே நபர், நகரம், நிறுவனம் அல்லது நிகழ்வு இரண்டு முறை பதிவானதாகத் தோன்றும் பதிவுகள். ஒன்றிணைத்தால் ஒன்று மட்டும் வைக்கப்படும்: மற்றதைக் குறிப்பிட்ட அனைத்தும் இதைக் குறிப்பிடும், முக்கிய எண்ணிக்கைகள் அவற்றை ஒருமுறை மட்டுமே எண்ணும். அடுத்த தொகுப்புகளுடன் எல்லாச் சாதனங்களும் இதையே செய்யும்.</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>பதிவு வகை</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>அனைத்து வகைகளும்</translation>
        </message>
        <message>
            <source>Search &amp;again</source>
            <translation>மீண்டும் தேடு (&amp;A)</translation>
        </message>
        <message>
            <source>How many pairs</source>
            <translation>எத்தனை ஜோடிகள்</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>மதிப்பெண்</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>First</source>
            <translation>முதலாவது</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>இரண்டாவது</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>ஏன்</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>புலம்</translation>
        </message>
        <message>
            <source>The selected pair, field by field</source>
            <translation>தேர்ந்தெடுத்த ஜோடி, புலம் வாரியாக</translation>
        </message>
        <message>
            <source>Why the selected pair is probably one record</source>
            <translation>தேர்ந்தெடுத்த ஜோடி ஒரே பதிவாக இருக்கலாம் என்பதற்கான காரணம்</translation>
        </message>
        <message>
            <source>Keep the &amp;first</source>
            <translation>முதலாவதை வைத்துக்கொள் (&amp;F)</translation>
        </message>
        <message>
            <source>Merge the second record into the first</source>
            <translation>இரண்டாவது பதிவை முதலாவதுடன் ஒன்றிணை</translation>
        </message>
        <message>
            <source>Keep the &amp;second</source>
            <translation>இரண்டாவதை வைத்துக்கொள் (&amp;S)</translation>
        </message>
        <message>
            <source>Merge the first record into the second</source>
            <translation>முதல் பதிவை இரண்டாவதுடன் ஒன்றிணை</translation>
        </message>
        <message>
            <source>&amp;Different records</source>
            <translation>வெவ்வேறு பதிவுகள் (&amp;D)</translation>
        </message>
        <message>
            <source>The two records are different</source>
            <translation>இந்த இரண்டு பதிவுகளும் வெவ்வேறானவை</translation>
        </message>
        <message>
            <source>Duplicates: what was done</source>
            <translation>இரட்டைப் பதிவுகள்: செய்யப்பட்டவை</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>இரட்டைப் பதிவுகளைத் தேடுகிறது…</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation>
                <numerusform>பார்க்க வேண்டிய %n ஜோடி</numerusform>
                <numerusform>பார்க்க வேண்டிய %n ஜோடிகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Score {score}: {why}.</source>
            <translation>மதிப்பெண் {score}: {why}.</translation>
        </message>
        <message>
            <source>Reading the pair…</source>
            <translation>ஜோடியைப் படிக்கிறது…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>ஒன்றிணைக்கிறது…</translation>
        </message>
        <message>
            <source>Merged: {name} kept.</source>
            <translation>ஒன்றிணைக்கப்பட்டது: {name} வைத்துக்கொள்ளப்பட்டது.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation>
                <numerusform>%n புலம் வேறுபட்டது: மற்ற மதிப்புகள் ஒத்திசைவுப் பக்கத்தின் முரண்பாடுகள் தாவலில் மறுஆய்வுக்காகக் காத்திருக்கின்றன.</numerusform>
                <numerusform>%n புலங்கள் வேறுபட்டன: மற்ற மதிப்புகள் ஒத்திசைவுப் பக்கத்தின் முரண்பாடுகள் தாவலில் மறுஆய்வுக்காகக் காத்திருக்கின்றன.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>சேமிக்கிறது…</translation>
        </message>
        <message>
            <source>{first} and {second} are different: they are not suggested again.</source>
            <translation>{first}, {second} வெவ்வேறானவை: இவை மீண்டும் பரிந்துரைக்கப்படாது.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This id belongs to another kind of record: check that the file and the column are the right ones.</source>
            <translation>இந்த அடையாள எண் வேறொரு வகைப் பதிவைச் சேர்ந்தது: கோப்பும் நெடுவரிசையும் சரியானவையா எனச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>This record no longer exists here: it may have been deleted.</source>
            <translation>இந்தப் பதிவு இங்கு இனி இல்லை: அது நீக்கப்பட்டிருக்கலாம்.</translation>
        </message>
    </context>
    <context>
        <name>EventListPage</name>
        <message>
            <source>All kinds</source>
            <translation>அனைத்து வகைகளும்</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>எந்த நிலையும்</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
    </context>
    <context>
        <name>EventOptions</name>
        <message>
            <source>Cit&amp;y</source>
            <translation>நகரம் (&amp;Y)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>கூட்டம் (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Youth activity</source>
            <translation>இளைஞர் செயல்பாடு (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Blank rows</source>
            <translation>வெற்று வரிகள் (&amp;B)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5-க்குக் குறைவான எண்ணிக்கைகளை மறை</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>மையத்துக்கு வெளியே செல்லும்போது: 5-க்குக் குறைவான எண்ணிக்கைகள் “&lt;5” எனக் காட்டப்படும்</translation>
        </message>
    </context>
    <context>
        <name>ExpertPicker</name>
        <message>
            <source>Add to the expert pool</source>
            <translation>நிபுணர் குழாமில் சேர்</translation>
        </message>
        <message>
            <source>Find the person, or record a new one; their record opens for you to give their fields of expertise.</source>
            <translation>நபரைக் கண்டறியுங்கள், அல்லது புதிய நபரைப் பதிவு செய்யுங்கள்; அவரது நிபுணத்துவத் துறைகளை நீங்கள் குறிப்பிட அவரது பதிவு திறக்கும்.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ரத்து செய்</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>{city} is in {its}, not in {country}: ask for the city alone.</source>
            <extracomment>Translators: {city} is a city's name; {its} and {country} are countries' names.</extracomment>
            <translation>{city} {its} இல் உள்ளது, {country} இல் இல்லை: நகரத்தை மட்டும் தேர்ந்தெடுக்கவும்.</translation>
        </message>
    </context>
    <context>
        <name>FiguresOptions</name>
        <message>
            <source>P&amp;eriod</source>
            <translation>காலம் (&amp;E)</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>நாடு (&amp;U)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>நகரம் (&amp;Y)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5-க்குக் குறைவான எண்ணிக்கைகளை மறை</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>மையத்துக்கு வெளியே செல்லும்போது: 5-க்குக் குறைவான எண்ணிக்கைகள் “&lt;5” எனக் காட்டப்படும்</translation>
        </message>
        <message>
            <source>One a line; the report adds its own too</source>
            <translation>ஒரு வரிக்கு ஒன்று; அறிக்கை தன்னுடையவற்றையும் சேர்க்கும்</translation>
        </message>
        <message>
            <source>&amp;Highlights</source>
            <translation>முக்கிய அம்சங்கள் (&amp;H)</translation>
        </message>
        <message>
            <source>A sentence thanking the funders, printed at the end</source>
            <translation>நிதியளிப்பவர்களுக்கு நன்றி கூறும் ஒரு வாக்கியம், இறுதியில் அச்சிடப்படும்</translation>
        </message>
        <message>
            <source>Ac&amp;knowledgement</source>
            <translation>நன்றியுரை (&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{name} is a folder, not a file: choose the file itself.</source>
            <translation>{name} ஒரு கோப்புறை, கோப்பு அல்ல: கோப்பையே தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>{name} is not a file saved on the disk (it is a device, a pipe or a socket): choose a file.</source>
            <translation>{name} வட்டில் சேமிக்கப்பட்ட கோப்பு அல்ல (அது ஒரு சாதனம், குழாய் அல்லது சாக்கெட்): ஒரு கோப்பைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>{name} is not a plain file scdesk may replace (it is a link, a folder or a device): choose another name.</source>
            <translation>{name} scdesk மாற்றி எழுதக்கூடிய சாதாரணக் கோப்பு அல்ல (அது ஒரு இணைப்பு, கோப்புறை அல்லது சாதனம்): வேறு பெயரைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} ஐப் படிக்க முடியவில்லை: {reason}.</translation>
        </message>
        <message>
            <source>{name} was not written: the folder {folder} does not exist.</source>
            <translation>{name} எழுதப்படவில்லை: {folder} என்ற கோப்புறை இல்லை.</translation>
        </message>
        <message>
            <source>{name} was not written: there is no room left on the disk. Nothing was kept.</source>
            <translation>{name} எழுதப்படவில்லை: வட்டில் இடம் இல்லை. எதுவும் சேமிக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>{name} was not written: {reason}.</source>
            <translation>{name} எழுதப்படவில்லை: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>&amp;Open the consultation</source>
            <translation>கலந்தாய்வைத் திற (&amp;O)</translation>
        </message>
        <message>
            <source>Open the consultation of the selected finding</source>
            <translation>தேர்ந்தெடுத்த கண்டறிதலின் கலந்தாய்வைத் திற</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>கண்டறிதல்கள்</translation>
        </message>
        <message>
            <source>&amp;New consultation</source>
            <translation>புதிய கலந்தாய்வு (&amp;N)</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>நடந்த நாள்</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>கண்டறிதல்</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>வகைப்பாடு</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>முன்னுரிமை</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>கலந்தாய்வு</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>எந்த முன்னுரிமையும்</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>அனைத்து வகைப்பாடுகளும்</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (விலக்கப்பட்டது)</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n கண்டறிதல்</numerusform>
                <numerusform>%n கண்டறிதல்கள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsTab</name>
        <message>
            <source>What the consultation found, in the meeting's language: short entries, in the order they matter. A priority raised takes a note on what was said.</source>
            <translation>கலந்தாய்வில் கண்டறியப்பட்டவை, கூட்டத்தின் மொழியில்: சுருக்கமான பதிவுகள், முக்கியத்துவ வரிசையில். எழுப்பப்பட்ட முன்னுரிமைக்கு, சொல்லப்பட்டது குறித்து ஒரு குறிப்பு எழுதலாம்.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>குறிப்பு</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>பதிவு</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>முன்னுரிமை</translation>
        </message>
        <message>
            <source>Priority area</source>
            <translation>முன்னுரிமைப் பகுதி</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (விலக்கப்பட்டது)</translation>
        </message>
        <message>
            <source>Add a &amp;concern</source>
            <translation>கவலையைச் சேர் (&amp;C)</translation>
        </message>
        <message>
            <source>Add a &amp;threat</source>
            <translation>அச்சுறுத்தலைச் சேர் (&amp;T)</translation>
        </message>
        <message>
            <source>Add an &amp;existing approach</source>
            <translation>தற்போதைய அணுகுமுறையைச் சேர் (&amp;E)</translation>
        </message>
        <message>
            <source>Add a &amp;resource</source>
            <translation>வளத்தைச் சேர் (&amp;R)</translation>
        </message>
        <message>
            <source>Add a &amp;key need</source>
            <translation>முக்கியத் தேவையைச் சேர் (&amp;K)</translation>
        </message>
        <message>
            <source>Add a &amp;priority raised</source>
            <translation>எழுப்பப்பட்ட முன்னுரிமையைச் சேர் (&amp;P)</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>கவலைகள்</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>அச்சுறுத்தல்கள்</translation>
        </message>
        <message>
            <source>Existing approaches</source>
            <translation>தற்போதைய அணுகுமுறைகள்</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>வளங்கள்</translation>
        </message>
        <message>
            <source>Key needs</source>
            <translation>முக்கியத் தேவைகள்</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>முன்னுரிமைகள்</translation>
        </message>
    </context>
    <context>
        <name>FingerprintQuestion</name>
        <message>
            <source>Trust this device's new keys?</source>
            <translation>இந்தச் சாதனத்தின் புதிய சாவிகளை நம்பலாமா?</translation>
        </message>
        <message>
            <source>{name}, used by {user}, was trusted here with fingerprint {old} and has made new keys.</source>
            <translation>{user} பயன்படுத்தும் {name}, இங்கு {old} என்ற அடையாளக் குறியீட்டுடன் நம்பப்பட்டது; இப்போது அது புதிய சாவிகளை உருவாக்கியுள்ளது.</translation>
        </message>
        <message>
            <source>Its old key confirmed the new one.</source>
            <translation>அதன் பழைய சாவி புதியதை உறுதிப்படுத்தியது.</translation>
        </message>
        <message>
            <source>Its old key did not confirm the new one (it was lost): check with care.</source>
            <translation>அதன் பழைய சாவி புதியதை உறுதிப்படுத்தவில்லை (அது தொலைந்துவிட்டது): கவனமாகச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>Its new fingerprint:</source>
            <translation>அதன் புதிய அடையாளக் குறியீடு:</translation>
        </message>
        <message>
            <source>Trust this hub?</source>
            <translation>இந்த மையத்தை நம்பலாமா?</translation>
        </message>
        <message>
            <source>Trust this device?</source>
            <translation>இந்தச் சாதனத்தை நம்பலாமா?</translation>
        </message>
        <message>
            <source>This hub profile comes from {name}, used by {user}.</source>
            <translation>இந்த மைய விவரக்கோப்பு {user} பயன்படுத்தும் {name} இலிருந்து வந்துள்ளது.</translation>
        </message>
        <message>
            <source>This bundle comes from {name}, used by {user}, a device not yet trusted here.</source>
            <translation>இந்தத் தொகுப்பு {user} பயன்படுத்தும் {name} இலிருந்து வந்துள்ளது; அந்தச் சாதனம் இங்கு இன்னும் நம்பப்படவில்லை.</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>அதன் அடையாளக் குறியீடு:</translation>
        </message>
        <message>
            <source>Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. Trust it only if it is exactly the same: a bundle from a trusted device is merged into your records.</source>
            <translation>{name} இல் ஒத்திசைவுப் பக்கத்தைத் திறந்து அங்கு காட்டப்படும் அடையாளக் குறியீட்டை வாசிக்குமாறு {user} இடம் கேளுங்கள். அது முற்றிலும் ஒன்றாக இருந்தால் மட்டுமே நம்புங்கள்: நம்பப்பட்ட சாதனத்திலிருந்து வரும் தொகுப்பு உங்கள் பதிவுகளுடன் ஒன்றிணைக்கப்படும்.</translation>
        </message>
        <message>
            <source>Trust it: the fingerprints match</source>
            <translation>நம்புங்கள்: அடையாளக் குறியீடுகள் ஒத்துப்போகின்றன</translation>
        </message>
        <message>
            <source>Do not trust</source>
            <translation>நம்ப வேண்டாம்</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>scdesk-க்கு வரவேற்கிறோம்</translation>
        </message>
        <message>
            <source>Set up this device once. Records you make here will say which device and which person made them.</source>
            <translation>இந்தச் சாதனத்தை ஒருமுறை அமையுங்கள். இங்கு நீங்கள் உருவாக்கும் பதிவுகள் எந்தச் சாதனத்தில், யாரால் உருவாக்கப்பட்டன என்பதைக் காட்டும்.</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>இடைமுகத்தின் மொழி (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>இடைமுகத்தின் மொழி</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>சாதனத்தின் பெயர் (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>உங்கள் பெயர் (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Field officer</source>
            <translation>கள அலுவலர் (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Hub</source>
            <translation>மையம் (&amp;H)</translation>
        </message>
        <message>
            <source>This device is used by</source>
            <translation>இந்தச் சாதனத்தைப் பயன்படுத்துபவர்</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>பயன்படுத்துபவர்</translation>
        </message>
        <message>
            <source>Take the hub's &amp;profile…</source>
            <translation>மையத்தின் விவரக்கோப்பை எடு… (&amp;P)</translation>
        </message>
        <message>
            <source>Take the hub's profile file</source>
            <translation>மையத்தின் விவரக்கோப்பை எடு</translation>
        </message>
        <message>
            <source>(an officer: the file your hub gave you)</source>
            <translation>(அலுவலருக்கு: உங்கள் மையம் உங்களுக்குக் கொடுத்த கோப்பு)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>மையம்</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of records</source>
            <translation>பதிவுகளின் மொழி (&amp;L)</translation>
        </message>
        <message>
            <source>The new city</source>
            <translation>புதிய நகரம்</translation>
        </message>
        <message>
            <source>City &amp;name</source>
            <translation>நகரத்தின் பெயர் (&amp;N)</translation>
        </message>
        <message>
            <source>Name in the &amp;local script</source>
            <translation>உள்ளூர் எழுத்தில் பெயர் (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>நாடு (&amp;O)</translation>
        </message>
        <message>
            <source>Cities already recorded with a similar name</source>
            <translation>ஒத்த பெயருடன் ஏற்கெனவே பதிவான நகரங்கள்</translation>
        </message>
        <message>
            <source>Start using scdesk</source>
            <translation>scdesk-ஐப் பயன்படுத்தத் தொடங்கு</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>வெளியேறு</translation>
        </message>
        <message>
            <source>A new city…</source>
            <translation>புதிய நகரம்…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>மையத்தின் விவரக்கோப்பு</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile)</source>
            <translation>மைய விவரக்கோப்புகள் (*.scdesk-profile)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>படிக்கிறது…</translation>
        </message>
        <message>
            <source>{hub}'s cities are listed under City.</source>
            <translation>{hub} இன் நகரங்கள் நகரம் என்பதன் கீழ் பட்டியலிடப்பட்டுள்ளன.</translation>
        </message>
        <message>
            <source>Already known: {names}. Choose it under City rather than adding it again.</source>
            <translation>ஏற்கெனவே அறியப்பட்டவை: {names}. மீண்டும் சேர்ப்பதற்குப் பதிலாக நகரம் என்பதன் கீழ் அதைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>அமைக்கிறது…</translation>
        </message>
    </context>
    <context>
        <name>GrantForm</name>
        <message>
            <source>Technical support grant[*]</source>
            <translation>தொழில்நுட்ப ஆதரவு மானியம்[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>நோக்கம் (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>தொகை (&amp;A)</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>நாணயம் (&amp;U)</translation>
        </message>
        <message>
            <source>PKR, LKR, USD…</source>
            <translation>PKR, LKR, USD…</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>நிலை (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Organisation receiving it</source>
            <translation>பெறும் நிறுவனம் (&amp;O)</translation>
        </message>
        <message>
            <source>Approved &amp;on</source>
            <translation>ஒப்புதல் பெற்ற நாள் (&amp;O)</translation>
        </message>
        <message>
            <source>Starts o&amp;n</source>
            <translation>தொடங்கும் நாள் (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>முடியும் நாள் (&amp;E)</translation>
        </message>
        <message>
            <source>New grant</source>
            <translation>புதிய மானியம்</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Indicator[*]</source>
            <translation>குறிகாட்டி[*]</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>குறிகாட்டி</translation>
        </message>
        <message>
            <source>C&amp;ode</source>
            <translation>குறியீடு (&amp;O)</translation>
        </message>
        <message>
            <source>OP1.2</source>
            <translation>OP1.2</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>பெயர் (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>நிலை வகை (&amp;L)</translation>
        </message>
        <message>
            <source>Counting &amp;rule</source>
            <translation>எண்ணும் விதி (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Key figure it follows</source>
            <translation>பின்பற்றும் முக்கிய எண்ணிக்கை (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Breakdowns</source>
            <translation>பிரிவுகள் (&amp;B)</translation>
        </message>
        <message>
            <source>Base&amp;line</source>
            <translation>அடிப்படை அளவு (&amp;L)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>இல்லை</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>இலக்குகள்</translation>
        </message>
        <message>
            <source>From</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>To</source>
            <translation>வரை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>இலக்கு</translation>
        </message>
        <message>
            <source>For</source>
            <translation>எதற்கு</translation>
        </message>
        <message>
            <source>&amp;Add a target</source>
            <translation>இலக்கைச் சேர் (&amp;A)</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>அனைத்து நகரங்களும்</translation>
        </message>
        <message>
            <source>Whole count</source>
            <translation>முழு எண்ணிக்கை</translation>
        </message>
        <message>
            <source>{breakdown}: {category}</source>
            <translation>{breakdown}: {category}</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>புதிய குறிகாட்டி</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>{code} is not an indicator code such as OP1.2.</source>
            <translation>{code} என்பது OP1.2 போன்ற குறிகாட்டிக் குறியீடு அல்ல.</translation>
        </message>
        <message>
            <source>{figure} is not a key figure scdesk counts.</source>
            <translation>{figure} என்பது scdesk கணக்கிடும் முக்கிய எண்ணிக்கை அல்ல.</translation>
        </message>
        <message>
            <source>{figure} counts {right}, not {rule}: choose that counting rule.</source>
            <translation>{figure} எண்ணுவது {right}, {rule} அல்ல: அந்த எண்ணும் விதியைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>{names}: not a breakdown scdesk can give.</source>
            <translation>{names}: scdesk வழங்கக்கூடிய பிரிவு அல்ல.</translation>
        </message>
        <message>
            <source>{figure} cannot be broken down by {names}.</source>
            <translation>{figure} ஐ {names} வாரியாகப் பிரிக்க முடியாது.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>அடிப்படை அளவு</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>இலக்கு</translation>
        </message>
        <message>
            <source>Choose the breakdown the category {category} belongs to.</source>
            <translation>{category} என்ற வகை சேர்ந்த பிரிவைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Choose the category of {breakdown} this target is for.</source>
            <translation>இந்த இலக்கு {breakdown} இன் எந்த வகைக்கானது என்பதைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>{category} is not a category of {breakdown}.</source>
            <translation>{category} என்பது {breakdown} இன் வகை அல்ல.</translation>
        </message>
        <message>
            <source>The indicator does not declare the breakdown {breakdown}: declare it or choose another.</source>
            <translation>குறிகாட்டி {breakdown} என்ற பிரிவை அறிவிக்கவில்லை: அதை அறிவியுங்கள் அல்லது வேறொன்றைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Another target is already set for this period, city and category: change that one.</source>
            <translation>இந்தக் காலம், நகரம், வகைக்கு ஏற்கெனவே வேறொரு இலக்கு அமைக்கப்பட்டுள்ளது: அதை மாற்றுங்கள்.</translation>
        </message>
        <message>
            <source>This target belongs to another indicator: leave its id empty to add it to this one.</source>
            <translation>இந்த இலக்கு வேறொரு குறிகாட்டியைச் சேர்ந்தது: இதில் சேர்க்க, அதன் அடையாள எண்ணை வெறுமையாக விடுங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators and targets</source>
            <translation>குறிகாட்டிகளும் இலக்குகளும்</translation>
        </message>
        <message>
            <source>&amp;New indicator</source>
            <translation>புதிய குறிகாட்டி (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Edit indicator</source>
            <translation>குறிகாட்டியைத் திருத்து (&amp;E)</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>பட்டியல்களில் உள்ளவை</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>குறியீடு</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>நிலை வகை</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>எண்ணும் விதி</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>பிரிவுகள்</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>அடிப்படை அளவு</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>குறிகாட்டிகள்</translation>
        </message>
        <message>
            <source>From</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>To</source>
            <translation>வரை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>இலக்கு</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>உண்மை அளவு</translation>
        </message>
        <message>
            <source>Targets and actual values</source>
            <translation>இலக்குகளும் உண்மை அளவுகளும்</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>பிரிவு</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>வகைப்பாடு</translation>
        </message>
        <message>
            <source>Actual value by breakdown</source>
            <translation>பிரிவு வாரியாக உண்மை அளவு</translation>
        </message>
        <message>
            <source>Counting the indicators…</source>
            <translation>குறிகாட்டிகளைக் கணக்கிடுகிறது…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n குறிகாட்டி</numerusform>
                <numerusform>%n குறிகாட்டிகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an indicator to see its targets and actual values.</source>
            <translation>இலக்குகளையும் உண்மையான மதிப்புகளையும் காண ஒரு குறிகாட்டியைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>No indicator yet: add one with New indicator.</source>
            <translation>இன்னும் குறிகாட்டி எதுவும் இல்லை: புதிய குறிகாட்டி மூலம் ஒன்றைச் சேருங்கள்.</translation>
        </message>
        <message>
            <source>{code} {name}: {figure}, target and actual value</source>
            <translation>{code} {name}: {figure}, இலக்கும் உண்மை அளவும்</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>அனைத்து நகரங்களும்</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>other</source>
            <translation>பிற</translation>
        </message>
        <message>
            <source>civil society</source>
            <translation>சிவில் சமூகம்</translation>
        </message>
        <message>
            <source>police</source>
            <translation>காவல்துறை</translation>
        </message>
        <message>
            <source>youth</source>
            <translation>இளைஞர்</translation>
        </message>
        <message>
            <source>female</source>
            <translation>பெண்</translation>
        </message>
        <message>
            <source>male</source>
            <translation>ஆண்</translation>
        </message>
        <message>
            <source>another gender</source>
            <translation>பிற பாலினம்</translation>
        </message>
        <message>
            <source>prefer not to say</source>
            <translation>கூற விரும்பவில்லை</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>15 வயதுக்குக் கீழ்</translation>
        </message>
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
            <source>religious leader</source>
            <translation>மதத் தலைவர்</translation>
        </message>
        <message>
            <source>women's group</source>
            <translation>மகளிர் குழு</translation>
        </message>
        <message>
            <source>displaced person</source>
            <translation>இடம்பெயர்ந்தவர்</translation>
        </message>
        <message>
            <source>refugee</source>
            <translation>அகதி</translation>
        </message>
        <message>
            <source>religious minority</source>
            <translation>மதச் சிறுபான்மையினர்</translation>
        </message>
        <message>
            <source>ethnic minority</source>
            <translation>இனச் சிறுபான்மையினர்</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>மாற்றுத்திறன்</translation>
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
            <source>workshop</source>
            <translation>பயிலரங்கம்</translation>
        </message>
        <message>
            <source>roundtable</source>
            <translation>வட்டமேசைக் கூட்டம்</translation>
        </message>
        <message>
            <source>training</source>
            <translation>பயிற்சி</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>உச்சி மாநாடு</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>இளைஞர் செயல்பாடு</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>பதிவு இல்லை</translation>
        </message>
        <message>
            <source>no group recorded</source>
            <translation>குழு பதிவு இல்லை</translation>
        </message>
        <message>
            <source>People engaged</source>
            <translation>பங்கேற்ற நபர்கள்</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged</source>
            <translation>பங்கேற்ற மேயர்களும் உள்ளூர்த் தலைவர்களும்</translation>
        </message>
        <message>
            <source>Youth reached (under 25)</source>
            <translation>சென்றடைந்த இளைஞர்கள் (25 வயதுக்குக் கீழ்)</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>நடத்தப்பட்ட நிகழ்வுகள்</translation>
        </message>
        <message>
            <source>Member cities</source>
            <translation>உறுப்பு நகரங்கள்</translation>
        </message>
        <message>
            <source>Grants awarded</source>
            <translation>வழங்கப்பட்ட மானியங்கள்</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>பாலினம்</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>வயதுப் பிரிவு</translation>
        </message>
        <message>
            <source>country</source>
            <translation>நாடு</translation>
        </message>
        <message>
            <source>city</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>stakeholder type</source>
            <translation>பங்குதாரர் வகை</translation>
        </message>
        <message>
            <source>marginalised group</source>
            <translation>ஒதுக்கப்பட்ட குழு</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>வகை</translation>
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
        <name>LanguageChoice</name>
        <message>
            <source>Language of the report</source>
            <translation>அறிக்கையின் மொழி</translation>
        </message>
        <message>
            <source>Its own language</source>
            <translation>அதன் சொந்த மொழி</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>ஆங்கிலம் (English)</translation>
        </message>
        <message>
            <source>Urdu (اردو)</source>
            <translation>உருது (اردو)</translation>
        </message>
        <message>
            <source>Hindi (हिन्दी)</source>
            <translation>இந்தி (हिन्दी)</translation>
        </message>
        <message>
            <source>Nepali (नेपाली)</source>
            <translation>நேபாளி (नेपाली)</translation>
        </message>
        <message>
            <source>Tamil (தமிழ்)</source>
            <translation>தமிழ்</translation>
        </message>
        <message>
            <source>Sinhala (සිංහල)</source>
            <translation>சிங்களம் (සිංහල)</translation>
        </message>
        <message>
            <source>Bengali (বাংলা)</source>
            <translation>வங்காளம் (বাংলা)</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Checking the records file…</source>
            <translation>பதிவுக் கோப்பைச் சரிபார்க்கிறது…</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>தேடு (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search {what}</source>
            <translation>{what} இல் தேடு</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>திற (&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>தேர்ந்தெடுத்த பதிவைத் திற</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>குப்பைத் தொட்டிக்கு நகர்த்து (&amp;T)</translation>
        </message>
        <message>
            <source>Move the selected record to the trash</source>
            <translation>தேர்ந்தெடுத்த பதிவைக் குப்பைத் தொட்டிக்கு நகர்த்து</translation>
        </message>
        <message>
            <source>Delete key</source>
            <translation>Delete விசை</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n பதிவு</numerusform>
                <numerusform>%n பதிவுகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>படிக்கிறது…</translation>
        </message>
        <message>
            <source>Moved to the trash; the Trash page can restore it.</source>
            <translation>குப்பைத் தொட்டிக்கு நகர்த்தப்பட்டது; குப்பைத் தொட்டி பக்கத்திலிருந்து அதை மீட்டெடுக்கலாம்.</translation>
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation>குப்பைத் தொட்டிக்கு நகர்த்துகிறது…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>பக்கங்கள்</translation>
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>பதிவுகளைத் திறக்கிறது…</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>ஒத்திசைவு நிலை</translation>
        </message>
        <message>
            <source>scdesk — {device}</source>
            <translation>scdesk — {device}</translation>
        </message>
        <message>
            <source>scdesk — {device} — {database}</source>
            <translation>scdesk — {device} — {database}</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>முகப்புப் பலகை</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>கூட்டங்கள்</translation>
        </message>
        <message>
            <source>Youth activities</source>
            <translation>இளைஞர் செயல்பாடுகள்</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>குழுக்கள்</translation>
        </message>
        <message>
            <source>People</source>
            <translation>நபர்கள்</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>நிறுவனங்கள்</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>நகரங்கள்</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ஒத்திசைவு</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>அறிக்கைகள்</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>குப்பைத் தொட்டி</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>இரட்டைப் பதிவுகள்</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>ஆதரவு</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>கண்டறிதல்கள்</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>திட்டங்கள்</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>குறிகாட்டிகள்</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>ஒத்துழைப்பு</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>கோப்பு (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New record on this page</source>
            <translation>இந்தப் பக்கத்தில் புதிய பதிவு (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>அமைப்புகள்… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>வெளியேறு (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>செல் (&amp;G)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>படிக்கிறது…</translation>
        </message>
        <message>
            <source>never exported</source>
            <translation>ஒருபோதும் ஏற்றுமதி செய்யப்படவில்லை</translation>
        </message>
        <message>
            <source>last export {when}</source>
            <translation>கடைசி ஏற்றுமதி {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation>
                <numerusform>ஒத்திசைக்காத %n மாற்றம்</numerusform>
                <numerusform>ஒத்திசைக்காத %n மாற்றங்கள்</numerusform>
            </translation>
        </message>
        <message>
            <source>{unsynced} · {export}</source>
            <translation>{unsynced} · {export}</translation>
        </message>
    </context>
    <context>
        <name>MeetingForm</name>
        <message>
            <source>Meeting[*]</source>
            <translation>கூட்டம்[*]</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>வகை (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>தலைப்பு (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>குழு (&amp;O)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>இல்லை</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>தொடக்கம் (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>முடிவு (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>இடம் (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>மொழி (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>நிலை (&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>சுருக்கம் (&amp;U)</translation>
        </message>
        <message>
            <source>Plans that came from this consultation</source>
            <translation>இந்தக் கலந்தாய்விலிருந்து உருவான திட்டங்கள்</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>விவரங்கள்</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>வருகை</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>நிகழ்ச்சி நிரல்</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>நடவடிக்கைகள்</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>கண்டறிதல்கள்</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment on the Minutes tab.</source>
            <translation>இந்தக் கூட்டக் குறிப்பு ஒப்புதல் பெற்று பூட்டப்பட்டுள்ளது: திருத்தத்தைக் கூட்டக் குறிப்பு தாவலில் ஒரு திருத்தமாகப் பதிவு செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>Reading the members…</source>
            <translation>உறுப்பினர்களைப் படிக்கிறது…</translation>
        </message>
        <message>
            <source>new</source>
            <translation>புதியது</translation>
        </message>
        <message>
            <source>Meeting: {title}[*]</source>
            <translation>கூட்டம்: {title}[*]</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>புதிய கூட்டம்</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>இடர் விவரம்</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>தடுப்புத் திட்டம்</translation>
        </message>
        <message>
            <source>Came into: {links}</source>
            <translation>இதிலிருந்து உருவானவை: {links}</translation>
        </message>
    </context>
    <context>
        <name>MeetingSteps</name>
        <message>
            <source>Circulating the minutes…</source>
            <translation>கூட்டக் குறிப்பைச் சுற்றுக்கு விடுகிறது…</translation>
        </message>
        <message>
            <source>Returning the minutes to draft…</source>
            <translation>கூட்டக் குறிப்பை மீண்டும் வரைவாக்குகிறது…</translation>
        </message>
        <message>
            <source>Approving the minutes…</source>
            <translation>கூட்டக் குறிப்புக்கு ஒப்புதல் அளிக்கிறது…</translation>
        </message>
        <message>
            <source>Approving the previous minutes…</source>
            <translation>முந்தைய கூட்டக் குறிப்புக்கு ஒப்புதல் அளிக்கிறது…</translation>
        </message>
        <message>
            <source>Recording the amendment…</source>
            <translation>திருத்தத்தைப் பதிவு செய்கிறது…</translation>
        </message>
        <message>
            <source>Opening the action…</source>
            <translation>நடவடிக்கையைத் திறக்கிறது…</translation>
        </message>
        <message>
            <source>Closing the action…</source>
            <translation>நடவடிக்கையை முடிக்கிறது…</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Choose the city the meeting is in.</source>
            <translation>கூட்டம் நடக்கும் நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>இடம்</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>சுருக்கம்</translation>
        </message>
        <message>
            <source>Total attendance</source>
            <translation>மொத்த வருகை</translation>
        </message>
        <message>
            <source>The meeting ends before it starts: check the times.</source>
            <translation>கூட்டம் தொடங்கும் முன்பே முடிகிறது: நேரங்களைச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>Choose the committee this meeting belongs to.</source>
            <translation>இந்தக் கூட்டம் சேர்ந்த குழுவைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>A meeting that has not started yet cannot be marked as held.</source>
            <translation>இன்னும் தொடங்காத கூட்டத்தை நடத்தப்பட்டதாகக் குறிக்க முடியாது.</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>பெயரின்றிய எண்ணிக்கை</translation>
        </message>
        <message>
            <source>The same gender, age band and group is counted twice.</source>
            <translation>ஒரே பாலினம், வயதுப் பிரிவு, குழு இரண்டு முறை எண்ணப்பட்டுள்ளது.</translation>
        </message>
        <message>
            <source>The same person is listed twice in the attendance.</source>
            <translation>வருகையில் ஒரே நபர் இரண்டு முறை பட்டியலிடப்பட்டுள்ளார்.</translation>
        </message>
        <message>
            <source>The meeting's secretary signs the minutes and must have been present: give the secretary's role to someone who was.</source>
            <translation>கூட்டத்தின் செயலாளர் கூட்டக் குறிப்பில் கையொப்பமிடுவதால் அவர் வருகை தந்திருக்க வேண்டும்: செயலாளர் பொறுப்பை வருகை தந்த ஒருவருக்குக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>A meeting has one secretary: give the secretary's role to one person.</source>
            <translation>ஒரு கூட்டத்துக்கு ஒரே ஒரு செயலாளர்: செயலாளர் பொறுப்பை ஒருவருக்கு மட்டும் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to {sum}, not to the stated total of {total}.</source>
            <extracomment>Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.</extracomment>
            <translation>பெயருடன் வருகை தந்தோர் ({named}), பெயரின்றி எண்ணப்பட்டோர் ({anonymous}) ஆகியோரின் கூட்டுத்தொகை {sum}; குறிப்பிட்ட மொத்தமான {total} அல்ல.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>நிகழ்ச்சி நிரல் உருப்படி</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>கலந்துரையாடல்</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>முடிவுகள்</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>நடவடிக்கை</translation>
        </message>
        <message>
            <source>The action is due on {due}, before the meeting on {day} that opened it.</source>
            <translation>நடவடிக்கையின் நிறைவு நாள் {due}; இது அதைத் தொடங்கிய {day} கூட்டத்துக்கு முந்தையது.</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>திருத்தம்</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>காரணம்</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment.</source>
            <translation>இந்தக் கூட்டக் குறிப்பு ஒப்புதல் பெற்று பூட்டப்பட்டுள்ளது: திருத்தத்தை ஒரு திருத்தமாகப் பதிவு செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>Only a meeting that was held has minutes to circulate or approve.</source>
            <translation>நடத்தப்பட்ட கூட்டத்துக்கு மட்டுமே சுற்றுக்கு விடவோ ஒப்புதல் அளிக்கவோ கூட்டக் குறிப்பு இருக்கும்.</translation>
        </message>
        <message>
            <source>Minutes are approved by a meeting of the same committee.</source>
            <translation>கூட்டக் குறிப்புக்கு அதே குழுவின் கூட்டம்தான் ஒப்புதல் அளிக்கும்.</translation>
        </message>
        <message>
            <source>Minutes are approved by a later meeting.</source>
            <translation>கூட்டக் குறிப்புக்குப் பிந்தைய கூட்டம்தான் ஒப்புதல் அளிக்கும்.</translation>
        </message>
        <message>
            <source>The approving meeting has to be marked as held first.</source>
            <translation>ஒப்புதல் அளிக்கும் கூட்டம் முதலில் நடத்தப்பட்டதாகக் குறிக்கப்பட வேண்டும்.</translation>
        </message>
        <message>
            <source>An action is closed at the meeting that opened it or a later meeting of its committee.</source>
            <translation>நடவடிக்கையைத் தொடங்கிய கூட்டத்திலோ அதன் குழுவின் பிந்தைய கூட்டத்திலோ மட்டுமே அது முடிக்கப்படும்.</translation>
        </message>
        <message>
            <source>An action cannot be closed before the meeting that opened it.</source>
            <translation>நடவடிக்கையைத் தொடங்கிய கூட்டத்துக்கு முன் அதை முடிக்க முடியாது.</translation>
        </message>
        <message>
            <source>Choose the later meeting that approved these minutes.</source>
            <translation>இந்தக் கூட்டக் குறிப்புக்கு ஒப்புதல் அளித்த பிந்தைய கூட்டத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Give the day the minutes were approved, after the meeting.</source>
            <translation>கூட்டத்துக்குப் பின், கூட்டக் குறிப்பு ஒப்புதல் பெற்ற நாளைக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>These minutes are not approved yet: correct them directly instead.</source>
            <translation>இந்தக் கூட்டக் குறிப்பு இன்னும் ஒப்புதல் பெறவில்லை: அதை நேரடியாகத் திருத்துங்கள்.</translation>
        </message>
        <message>
            <source>A person in the attendance no longer exists here.</source>
            <translation>வருகையில் உள்ள ஒருவர் இங்கு இனி இல்லை.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>கூட்டங்கள்</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>புதிய கூட்டம் (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>மொழி</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n கூட்டம்</numerusform>
                <numerusform>%n கூட்டங்கள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>The minutes of this meeting</source>
            <translation>இந்தக் கூட்டத்தின் கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>கூட்டக் குறிப்பின் நிலை</translation>
        </message>
        <message>
            <source>Mark as &amp;circulated</source>
            <translation>சுற்றுக்கு விடப்பட்டதாகக் குறி (&amp;C)</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>மீண்டும் வரைவாக்கு (&amp;D)</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>ஒப்புதல் பெற்ற நாள்</translation>
        </message>
        <message>
            <source>&amp;Approve on this day</source>
            <translation>இந்த நாளில் ஒப்புதல் அளி (&amp;A)</translation>
        </message>
        <message>
            <source>The minutes of the committee's previous meeting</source>
            <translation>குழுவின் முந்தைய கூட்டத்தின் கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Previous minutes</source>
            <translation>முந்தைய கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Approve those minutes at &amp;this meeting</source>
            <translation>அந்தக் கூட்டக் குறிப்புக்கு இந்தக் கூட்டத்தில் ஒப்புதல் அளி (&amp;T)</translation>
        </message>
        <message>
            <source>Amendments to the approved minutes</source>
            <translation>ஒப்புதல் பெற்ற கூட்டக் குறிப்பின் திருத்தங்கள்</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>திருத்தங்கள்</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>திருத்தம்</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>காரணம்</translation>
        </message>
        <message>
            <source>Record the a&amp;mendment</source>
            <translation>திருத்தத்தைப் பதிவு செய் (&amp;M)</translation>
        </message>
        <message>
            <source>Save the meeting to circulate and approve its minutes.</source>
            <translation>கூட்டக் குறிப்பைச் சுற்றுக்கு விடவும் ஒப்புதல் அளிக்கவும் கூட்டத்தைச் சேமியுங்கள்.</translation>
        </message>
        <message>
            <source>Minutes: {status}.</source>
            <translation>கூட்டக் குறிப்பு: {status}.</translation>
        </message>
        <message>
            <source>Circulated on {day}.</source>
            <translation>{day} அன்று சுற்றுக்கு விடப்பட்டது.</translation>
        </message>
        <message>
            <source>Approved at “{title}” on {day}; they are locked.</source>
            <translation>“{title}” கூட்டத்தில் {day} அன்று ஒப்புதல் பெற்றது; இது பூட்டப்பட்டுள்ளது.</translation>
        </message>
        <message>
            <source>Approved on {day}; they are locked.</source>
            <translation>{day} அன்று ஒப்புதல் பெற்றது; இது பூட்டப்பட்டுள்ளது.</translation>
        </message>
        <message>
            <source>Mark the meeting as held to circulate its minutes.</source>
            <translation>கூட்டக் குறிப்பைச் சுற்றுக்கு விட, கூட்டத்தை நடத்தப்பட்டதாகக் குறியுங்கள்.</translation>
        </message>
        <message>
            <source>This is the committee's first meeting.</source>
            <translation>இது குழுவின் முதல் கூட்டம்.</translation>
        </message>
        <message>
            <source>“{title}” on {day}: minutes {status}.</source>
            <translation>“{title}”, {day}: கூட்டக் குறிப்பு {status}.</translation>
        </message>
        <message>
            <source>Mark this meeting as held to approve them here.</source>
            <translation>இங்கு அவற்றுக்கு ஒப்புதல் அளிக்க, இந்தக் கூட்டத்தை நடத்தப்பட்டதாகக் குறியுங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>ஜனவரி</translation>
        </message>
        <message>
            <source>February</source>
            <translation>பிப்ரவரி</translation>
        </message>
        <message>
            <source>March</source>
            <translation>மார்ச்</translation>
        </message>
        <message>
            <source>April</source>
            <translation>ஏப்ரல்</translation>
        </message>
        <message>
            <source>May</source>
            <translation>மே</translation>
        </message>
        <message>
            <source>June</source>
            <translation>ஜூன்</translation>
        </message>
        <message>
            <source>July</source>
            <translation>ஜூலை</translation>
        </message>
        <message>
            <source>August</source>
            <translation>ஆகஸ்ட்</translation>
        </message>
        <message>
            <source>September</source>
            <translation>செப்டம்பர்</translation>
        </message>
        <message>
            <source>October</source>
            <translation>அக்டோபர்</translation>
        </message>
        <message>
            <source>November</source>
            <translation>நவம்பர்</translation>
        </message>
        <message>
            <source>December</source>
            <translation>டிசம்பர்</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cancel</source>
            <translation>ரத்து செய்</translation>
        </message>
        <message>
            <source>scdesk</source>
            <translation>scdesk</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>செய்ய முடியவில்லை</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved.</source>
            <translation>ஏதோ தவறு நேர்ந்தது. பாதியில் நின்ற எதுவும் சேமிக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved. The details are in {path}; please send that file to your support person.</source>
            <translation>ஏதோ தவறு நேர்ந்தது. பாதியில் நின்ற எதுவும் சேமிக்கப்படவில்லை. விவரங்கள் {path} இல் உள்ளன; அந்தக் கோப்பை உங்கள் உதவியாளருக்கு அனுப்புங்கள்.</translation>
        </message>
        <message>
            <source>scdesk: unexpected error</source>
            <translation>scdesk: எதிர்பாராத பிழை</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>எதிர்பாராத பிழை</translation>
        </message>
    </context>
    <context>
        <name>Options</name>
        <message>
            <source>Reading the choices…</source>
            <translation>தேர்வுகளைப் படிக்கிறது…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>Organisation[*]</source>
            <translation>நிறுவனம்[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>பெயர் (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>துறை (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>புதிய நிறுவனம்</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Organisations</source>
            <translation>நிறுவனங்கள்</translation>
        </message>
        <message>
            <source>&amp;New organisation</source>
            <translation>புதிய நிறுவனம் (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>துறை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>அனைத்துத் துறைகளும்</translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n நிறுவனம்</numerusform>
                <numerusform>%n நிறுவனங்கள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>Paper size</source>
            <translation>தாள் அளவு</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPart</name>
        <message>
            <source>Communities taking part</source>
            <translation>பங்கேற்கும் சமூகங்கள்</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>சமூகம்</translation>
        </message>
        <message>
            <source>Add a &amp;community</source>
            <translation>சமூகத்தைச் சேர் (&amp;C)</translation>
        </message>
        <message>
            <source>Anonymous participants</source>
            <translation>பெயரின்றிய பங்கேற்பாளர்கள்</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>பாலினம்</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>வயதுப் பிரிவு</translation>
        </message>
        <message>
            <source>People</source>
            <translation>நபர்கள்</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>பெயரின்றிய எண்ணிக்கையைச் சேர் (&amp;H)</translation>
        </message>
        <message>
            <source>Everyone who took part</source>
            <translation>பங்கேற்ற அனைவரும்</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>பங்கேற்றோர்</translation>
        </message>
        <message>
            <source>{registered} registered + {anonymous} counted = {total}</source>
            <translation>பெயருடன் பதிவு செய்தோர் {registered} + பெயரின்றி எண்ணப்பட்டோர் {anonymous} = {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>ஓர் அறிக்கையைத் தேர்ந்தெடுத்து முன்னோட்டம் என்பதை அழுத்துங்கள்.</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>முன்னோட்ட நிலை</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>பெரிதாக்கம்</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>அகலத்துக்குப் பொருத்து</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>முழுப் பக்கம்</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>இவ்வாறு சேமி… (&amp;A)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>இவ்வாறு சேமி</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>அச்சிடு… (&amp;P)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>அச்சிடு</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>அறிக்கை முன்னோட்டம்</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>அறிக்கையைத் தயாரிக்கிறது…</translation>
        </message>
        <message>
            <source>The report could not be shown.</source>
            <translation>அறிக்கையைக் காட்ட முடியவில்லை.</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation>
                <numerusform>தயார்: %n பக்கம்</numerusform>
                <numerusform>தயார்: %n பக்கங்கள்</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF ஆவணங்கள் (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>{path} ஆகச் சேமிக்கப்பட்டது</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>அச்சிடுகிறது…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation>
                <numerusform>%n பக்கம் அச்சுப்பொறிக்கு அனுப்பப்பட்டது</numerusform>
                <numerusform>%n பக்கங்கள் அச்சுப்பொறிக்கு அனுப்பப்பட்டன</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>அறிக்கையைச் சேமி</translation>
        </message>
        <message>
            <source>The printer could not be started: check that it is on and connected.</source>
            <translation>அச்சுப்பொறியைத் தொடங்க முடியவில்லை: அது இயக்கத்தில் உள்ளதா, இணைக்கப்பட்டுள்ளதா எனச் சரிபாருங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>பதவி</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>சமூகம்</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>மின்னஞ்சல்</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>நிபுணத்துவம்</translation>
        </message>
        <message>
            <source>The birth year {year} is not possible.</source>
            <translation>{year} என்ற பிறந்த ஆண்டு சாத்தியமில்லை.</translation>
        </message>
        <message>
            <source>The age band does not match the birth year {year}.</source>
            <translation>வயதுப் பிரிவு {year} என்ற பிறந்த ஆண்டுடன் பொருந்தவில்லை.</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address.</source>
            <translation>{email} ஒரு மின்னஞ்சல் முகவரி அல்ல.</translation>
        </message>
        <message>
            <source>{phone} is not a phone number: use digits, spaces and +.</source>
            <translation>{phone} ஒரு தொலைபேசி எண் அல்ல: இலக்கங்கள், இடைவெளிகள், + மட்டும் பயன்படுத்துங்கள்.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a phone number.</source>
            <translation>18 வயதுக்குக் குறைந்தவருக்குத் தொலைபேசி எண் பதிவு செய்யப்படாது.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an e-mail address.</source>
            <translation>18 வயதுக்குக் குறைந்தவருக்கு மின்னஞ்சல் முகவரி பதிவு செய்யப்படாது.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a title.</source>
            <translation>18 வயதுக்குக் குறைந்தவருக்குப் பதவி பதிவு செய்யப்படாது.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an organisation.</source>
            <translation>18 வயதுக்குக் குறைந்தவருக்கு நிறுவனம் பதிவு செய்யப்படாது.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded with an age band, not a birth year.</source>
            <translation>18 வயதுக்குக் குறைந்தவருக்குப் பிறந்த ஆண்டு அல்ல, வயதுப் பிரிவு மட்டுமே பதிவு செய்யப்படும்.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without fields of expertise.</source>
            <translation>18 வயதுக்குக் குறைந்தவருக்கு நிபுணத்துவத் துறைகள் பதிவு செய்யப்படாது.</translation>
        </message>
        <message>
            <source>A person under 18 needs the consent of a parent or guardian.</source>
            <translation>18 வயதுக்குக் குறைந்தவருக்குப் பெற்றோர் அல்லது பாதுகாவலரின் ஒப்புதல் தேவை.</translation>
        </message>
        <message>
            <source>Record the person's consent to take part before saving them.</source>
            <translation>நபரைச் சேமிக்கும் முன், பங்கேற்பதற்கான அவரது ஒப்புதலைப் பதிவு செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>Say who gave consent: the person or a parent or guardian.</source>
            <translation>ஒப்புதல் அளித்தவர் யார் எனச் சொல்லுங்கள்: அந்த நபரா, பெற்றோர் அல்லது பாதுகாவலரா.</translation>
        </message>
        <message>
            <source>Say how consent was given: orally or in writing.</source>
            <translation>ஒப்புதல் எவ்வாறு அளிக்கப்பட்டது எனச் சொல்லுங்கள்: வாய்மொழியாகவா, எழுத்துமூலமா.</translation>
        </message>
        <message>
            <source>Give the date of consent.</source>
            <translation>ஒப்புதல் அளித்த தேதியைக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>The date of consent is in the future.</source>
            <translation>ஒப்புதல் அளித்த தேதி எதிர்காலத்தில் உள்ளது.</translation>
        </message>
        <message>
            <source>The date consent was withdrawn is in the future.</source>
            <translation>ஒப்புதல் திரும்பப் பெற்ற தேதி எதிர்காலத்தில் உள்ளது.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the day it was given.</source>
            <translation>ஒப்புதல் அளித்த நாளுக்கு முன் அதைத் திரும்பப் பெற முடியாது.</translation>
        </message>
        <message>
            <source>{name} has withdrawn consent and cannot be recorded here.</source>
            <translation>{name} ஒப்புதலைத் திரும்பப் பெற்றுள்ளார், அவரை இங்கு பதிவு செய்ய முடியாது.</translation>
        </message>
        <message>
            <source>{name} was under 18 on the day: remove their phone number and e-mail first.</source>
            <translation>அன்றைய தேதியில் {name} 18 வயதுக்குக் குறைந்தவர்: முதலில் அவரது தொலைபேசி எண்ணையும் மின்னஞ்சலையும் நீக்குங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>நபர்கள்</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>புதிய நபர் (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>பாலினம்</translation>
        </message>
        <message>
            <source>Born / age</source>
            <translation>பிறப்பு / வயது</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>நிறுவனம்</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>சமூகம்</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>அனைத்து வகைகளும்</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n நபர்</numerusform>
                <numerusform>%n நபர்கள்</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePart</name>
        <message>
            <source>Coaches and facilitators</source>
            <translation>பயிற்சியாளர்களும் ஒருங்கிணைப்பாளர்களும்</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>நபர்</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>பங்கு</translation>
        </message>
        <message>
            <source>Registered participants</source>
            <translation>பதிவு செய்த பங்கேற்பாளர்கள்</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>From</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>To</source>
            <translation>வரை</translation>
        </message>
        <message>
            <source>to</source>
            <translation>முதல்</translation>
        </message>
    </context>
    <context>
        <name>PersonChoiceField</name>
        <message>
            <source>Clear</source>
            <translation>அழி</translation>
        </message>
        <message>
            <source>Clear the person chosen</source>
            <translation>தேர்ந்தெடுத்த நபரை அழி</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>யாரும் தேர்ந்தெடுக்கப்படவில்லை</translation>
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name to find a person</source>
            <translation>நபரைக் கண்டறிய ஒரு பெயரைத் தட்டச்சு செய்யுங்கள்</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>நபரைக் கண்டறி</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>சேர்</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>கண்டறிந்த நபரைச் சேர்</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>புதிய நபர்…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translation>புதிய நபரைப் பதிவு செய்</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>கண்டறிந்த நபர்கள்</translation>
        </message>
        <message>
            <source>Type a name, or pick from the expert pool</source>
            <translation>ஒரு பெயரைத் தட்டச்சு செய்யுங்கள், அல்லது நிபுணர் குழாமிலிருந்து தேர்ந்தெடுங்கள்</translation>
        </message>
        <message>
            <source>Finding people…</source>
            <translation>நபர்களைத் தேடுகிறது…</translation>
        </message>
        <message>
            <source>{person} (expert pool)</source>
            <translation>{person} (நிபுணர் குழாம்)</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Person[*]</source>
            <translation>நபர்[*]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>யார்</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>பெயர் (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>பாலினம் (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>பிறந்த ஆண்டு (&amp;B)</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>தெரியவில்லை</translation>
        </message>
        <message>
            <source>&amp;Age band</source>
            <translation>வயதுப் பிரிவு (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>வகை (&amp;T)</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>பதவி (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>நிறுவனம் (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>Co&amp;mmunity</source>
            <translation>சமூகம் (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>தொலைபேசி (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>மின்னஞ்சல் (&amp;E)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>குழுக்கள்</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ஒப்புதல்</translation>
        </message>
        <message>
            <source>Takes part</source>
            <translation>பங்கேற்பு</translation>
        </message>
        <message>
            <source>Consents to take part</source>
            <translation>பங்கேற்க ஒப்புக்கொள்கிறார்</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>புகைப்படங்கள்</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>தரவு</translation>
        </message>
        <message>
            <source>Sharing data</source>
            <translation>தரவுப் பகிர்வு</translation>
        </message>
        <message>
            <source>Given &amp;by</source>
            <translation>அளித்தவர் (&amp;B)</translation>
        </message>
        <message>
            <source>Given &amp;how</source>
            <translation>அளித்த முறை (&amp;H)</translation>
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation>அளித்த நாள் (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>திரும்பப் பெற்ற நாள் (&amp;W)</translation>
        </message>
        <message>
            <source>Hub's expert pool</source>
            <translation>மையத்தின் நிபுணர் குழாம்</translation>
        </message>
        <message>
            <source>E&amp;xpertise</source>
            <translation>நிபுணத்துவம் (&amp;X)</translation>
        </message>
        <message>
            <source>youth work, planning…</source>
            <translation>இளைஞர் பணி, திட்டமிடல்…</translation>
        </message>
        <message>
            <source>Fields of expertise, separated by commas; a person with none is not in the hub's expert pool.</source>
            <translation>நிபுணத்துவத் துறைகள், காற்புள்ளிகளால் பிரிக்கப்பட்டவை; எதுவும் இல்லாதவர் மையத்தின் நிபுணர் குழாமில் இல்லை.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>புதியவர்</translation>
        </message>
        <message>
            <source>Person: {name}[*]</source>
            <translation>நபர்: {name}[*]</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>புதிய நபர்</translation>
        </message>
    </context>
    <context>
        <name>PlanForms</name>
        <message>
            <source>The consultations it came from (double-click one to open it)</source>
            <translation>இது உருவான கலந்தாய்வுகள் (ஒன்றைத் திறக்க இருமுறை சொடுக்குங்கள்)</translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message>
            <source>&amp;Title</source>
            <translation>தலைப்பு (&amp;T)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>சுருக்கம் (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Review on</source>
            <translation>மறுஆய்வு நாள் (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Finding</source>
            <translation>கண்டறிதல்</translation>
        </message>
        <message>
            <source>A priority the hub added is one of the other priorities: choose the priority area Other for it.</source>
            <translation>மையம் சேர்த்த முன்னுரிமை பிற முன்னுரிமைகளில் ஒன்று: அதற்கு பிற முன்னுரிமை என்ற முன்னுரிமைப் பகுதியைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Only a consultation has findings: choose the kind Consultation or remove the findings.</source>
            <translation>கலந்தாய்வுக்கு மட்டுமே கண்டறிதல்கள் உண்டு: கலந்தாய்வு என்ற வகையைத் தேர்ந்தெடுங்கள் அல்லது கண்டறிதல்களை நீக்குங்கள்.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>சுருக்கம்</translation>
        </message>
        <message>
            <source>Give the date it was adopted.</source>
            <translation>ஏற்றுக்கொள்ளப்பட்ட தேதியைக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>The review date comes after the date it was adopted.</source>
            <translation>மறுஆய்வுத் தேதி ஏற்றுக்கொள்ளப்பட்ட தேதிக்குப் பின் வர வேண்டும்.</translation>
        </message>
        <message>
            <source>The date it was adopted is in the future.</source>
            <translation>ஏற்றுக்கொள்ளப்பட்ட தேதி எதிர்காலத்தில் உள்ளது.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>நோக்கம்</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>விளக்கம்</translation>
        </message>
        <message>
            <source>Affected communities</source>
            <translation>பாதிக்கப்பட்ட சமூகங்கள்</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>நடவடிக்கை</translation>
        </message>
        <message>
            <source>The objective belongs to another plan.</source>
            <translation>இந்த நோக்கம் வேறொரு திட்டத்தைச் சேர்ந்தது.</translation>
        </message>
        <message>
            <source>This finding belongs to another consultation: leave its id empty to add it to this one.</source>
            <translation>இந்தக் கண்டறிதல் வேறொரு கலந்தாய்வைச் சேர்ந்தது: இதில் சேர்க்க, அதன் அடையாள எண்ணை வெறுமையாக விடுங்கள்.</translation>
        </message>
        <message>
            <source>The plan and its risk profile belong to different cities.</source>
            <translation>திட்டமும் அதன் இடர் விவரமும் வெவ்வேறு நகரங்களைச் சேர்ந்தவை.</translation>
        </message>
        <message>
            <source>The city has an adopted version already: add this one as a draft, then adopt it.</source>
            <translation>இந்த நகரத்துக்கு ஏற்கெனவே ஏற்றுக்கொள்ளப்பட்ட பதிப்பு உள்ளது: இதை வரைவாகச் சேர்த்து, பிறகு ஏற்றுக்கொள்ளுங்கள்.</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: start a new version to change it.</source>
            <translation>இந்தப் பதிப்பு ஏற்றுக்கொள்ளப்பட்டது அல்லது மாற்றப்பட்டது: இதை மாற்ற, புதிய பதிப்பைத் தொடங்குங்கள்.</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: it is kept as it was; start a new version on the Plans page to change it.</source>
            <translation>இந்தப் பதிப்பு ஏற்றுக்கொள்ளப்பட்டது அல்லது மாற்றப்பட்டது: இது அப்படியே வைக்கப்படுகிறது; இதை மாற்ற, திட்டங்கள் பக்கத்தில் புதிய பதிப்பைத் தொடங்குங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>Risk profiles and prevention plans</source>
            <translation>இடர் விவரங்களும் தடுப்புத் திட்டங்களும்</translation>
        </message>
        <message>
            <source>Cities and their versions</source>
            <translation>நகரங்களும் அவற்றின் பதிப்புகளும்</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>இடர் விவரம்</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>தடுப்புத் திட்டம்</translation>
        </message>
        <message>
            <source>Threats and factors of the version chosen</source>
            <translation>தேர்ந்தெடுத்த பதிப்பின் அச்சுறுத்தல்களும் காரணிகளும்</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>அச்சுறுத்தல் அல்லது காரணி</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>நிகழ்தகவு</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>தாக்கம்</translation>
        </message>
        <message>
            <source>Reading the plans…</source>
            <translation>திட்டங்களைப் படிக்கிறது…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>இல்லை</translation>
        </message>
        <message>
            <source>v{number} {status}</source>
            <translation>பதிப்பு {number} {status}</translation>
        </message>
        <message>
            <source>No city yet.</source>
            <translation>இன்னும் நகரம் இல்லை.</translation>
        </message>
        <message>
            <source>Reading the risk profile…</source>
            <translation>இடர் விவரத்தைப் படிக்கிறது…</translation>
        </message>
        <message>
            <source>Adopting…</source>
            <translation>ஏற்றுக்கொள்கிறது…</translation>
        </message>
        <message>
            <source>Starting a new version…</source>
            <translation>புதிய பதிப்பைத் தொடங்குகிறது…</translation>
        </message>
        <message>
            <source>Risk profile of {city}</source>
            <translation>{city} இன் இடர் விவரம்</translation>
        </message>
        <message>
            <source>Prevention plan of {city}</source>
            <translation>{city} இன் தடுப்புத் திட்டம்</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>தொடங்குகிறது…</translation>
        </message>
    </context>
    <context>
        <name>PreventionPlanForm</name>
        <message>
            <source>Prevention plan[*]</source>
            <translation>தடுப்புத் திட்டம்[*]</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>திட்டம் (&amp;P)</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>நோக்கம்</translation>
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation>நோக்கத்தைச் சேர் (&amp;O)</translation>
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation>நோக்கங்கள் (&amp;B)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>நடவடிக்கை</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>பொறுப்பாளர்</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>நிறைவு நாள்</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>நடவடிக்கையைச் சேர் (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>நடவடிக்கைகள் (&amp;A)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>இது உருவான கலந்தாய்வுகள்</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>கலந்தாய்வுகள் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>தடுப்புத் திட்டம்</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>தடுப்புத் திட்டம்</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>விளக்கம்</translation>
        </message>
        <message>
            <source>Only the hub adds or changes priorities: ask the hub to add this one.</source>
            <translation>மையம் மட்டுமே முன்னுரிமைகளைச் சேர்க்கும் அல்லது மாற்றும்: இதைச் சேர்க்குமாறு மையத்திடம் கேளுங்கள்.</translation>
        </message>
        <message>
            <source>The priority chosen is not one the hub has added.</source>
            <translation>தேர்ந்தெடுத்த முன்னுரிமை மையம் சேர்த்தவற்றில் ஒன்று அல்ல.</translation>
        </message>
        <message>
            <source>The hub has retired this priority: choose another for a new finding.</source>
            <translation>மையம் இந்த முன்னுரிமையைப் பயன்பாட்டிலிருந்து விலக்கியுள்ளது: புதிய கண்டறிதலுக்கு வேறொன்றைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesPanel</name>
        <message>
            <source>Priorities the hub added</source>
            <translation>மையம் சேர்த்த முன்னுரிமைகள்</translation>
        </message>
        <message>
            <source>Name of the priority</source>
            <translation>முன்னுரிமையின் பெயர்</translation>
        </message>
        <message>
            <source>Description of the priority</source>
            <translation>முன்னுரிமையின் விளக்கம்</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>பெயர் (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>விளக்கம் (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>சேர் (&amp;A)</translation>
        </message>
        <message>
            <source>Add a priority</source>
            <translation>முன்னுரிமையைச் சேர்</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>மாற்றங்களைச் சேமி (&amp;C)</translation>
        </message>
        <message>
            <source>Save the changes to the selected priority</source>
            <translation>தேர்ந்தெடுத்த முன்னுரிமையின் மாற்றங்களைச் சேமி</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>விலக்கு (&amp;R)</translation>
        </message>
        <message>
            <source>Only the hub adds, changes or retires priorities; they reach this device when it imports the hub's bundle.</source>
            <translation>மையம் மட்டுமே முன்னுரிமைகளைச் சேர்க்கும், மாற்றும் அல்லது விலக்கும்; இந்தச் சாதனம் மையத்தின் தொகுப்பை இறக்குமதி செய்யும்போது அவை இங்கு வந்து சேரும்.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>படிக்கிறது…</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (விலக்கப்பட்டது)</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>மீண்டும் கொண்டுவா (&amp;B)</translation>
        </message>
        <message>
            <source>Offer the selected priority again</source>
            <translation>தேர்ந்தெடுத்த முன்னுரிமையை மீண்டும் தேர்வுக்கு வழங்கு</translation>
        </message>
        <message>
            <source>Retire the selected priority: old findings keep it</source>
            <translation>தேர்ந்தெடுத்த முன்னுரிமையை விலக்கு: பழைய கண்டறிதல்கள் அதைத் தொடர்ந்து வைத்திருக்கும்</translation>
        </message>
        <message>
            <source>Priority added.</source>
            <translation>முன்னுரிமை சேர்க்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Priority saved.</source>
            <translation>முன்னுரிமை சேமிக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Priority brought back.</source>
            <translation>முன்னுரிமை மீண்டும் கொண்டுவரப்பட்டது.</translation>
        </message>
        <message>
            <source>Priority retired.</source>
            <translation>முன்னுரிமை விலக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>சேமிக்கிறது…</translation>
        </message>
    </context>
    <context>
        <name>ProblemLabel</name>
        <message>
            <source>Problem</source>
            <translation>சிக்கல்</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>சரி</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ரத்து செய்</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>மூடு</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ஆம் (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>இல்லை (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>RaisingForm</name>
        <message>
            <source>Raised with a national body[*]</source>
            <translation>தேசிய அமைப்பிடம் எழுப்பியது[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>நகரம் (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;National body</source>
            <translation>தேசிய அமைப்பு (&amp;N)</translation>
        </message>
        <message>
            <source>A ministry, a national commission…</source>
            <translation>ஓர் அமைச்சகம், ஒரு தேசிய ஆணையம்…</translation>
        </message>
        <message>
            <source>&amp;Raised on</source>
            <translation>எழுப்பப்பட்ட நாள் (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;What was raised</source>
            <translation>எழுப்பப்பட்டது என்ன (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>நிலை (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Outcome so far</source>
            <translation>இதுவரையிலான விளைவு (&amp;O)</translation>
        </message>
        <message>
            <source>Came &amp;from</source>
            <translation>எங்கிருந்து வந்தது (&amp;F)</translation>
        </message>
        <message>
            <source>— nothing recorded here</source>
            <translation>— இங்கு எதுவும் பதிவாகவில்லை</translation>
        </message>
        <message>
            <source>New raising with a national body</source>
            <translation>தேசிய அமைப்பிடம் புதிதாக எழுப்பியது</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>&amp;Save</source>
            <translation>சேமி (&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>சேமி</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>சேமி (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>மூடு</translation>
        </message>
        <message>
            <source>Opening the form…</source>
            <translation>படிவத்தைத் திறக்கிறது…</translation>
        </message>
        <message>
            <source>Changes typed on {when} were not saved.</source>
            <translation>{when} அன்று தட்டச்சு செய்த மாற்றங்கள் சேமிக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>அவற்றை மீட்டெடு</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>அவற்றைக் கைவிடு</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>சேமிக்கிறது…</translation>
        </message>
        <message>
            <source>This form has changes that are not saved.</source>
            <translation>இந்தப் படிவத்தில் சேமிக்காத மாற்றங்கள் உள்ளன.</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>சேமித்து மூடு</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>மாற்றங்களைக் கைவிடு</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>தொடர்ந்து திருத்து</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>This record was merged into another one: it cannot come back.</source>
            <translation>இந்தப் பதிவு வேறொன்றுடன் ஒன்றிணைக்கப்பட்டது: அதை மீட்டெடுக்க முடியாது.</translation>
        </message>
        <message>
            <source>This kind of record cannot be deleted.</source>
            <translation>இந்த வகைப் பதிவை நீக்க முடியாது.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Language</source>
            <translation>மொழி (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>தாள் அளவு (&amp;Z)</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Minutes</source>
            <translation>கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>வருகைப் பதிவேடு</translation>
        </message>
        <message>
            <source>Activity report</source>
            <translation>செயல்பாட்டு அறிக்கை</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>முக்கிய எண்ணிக்கைகள்</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>இலக்குகளுடன் ஒப்பிட்ட குறிகாட்டிகள்</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>நடவடிக்கைக் கண்காணிப்பு</translation>
        </message>
        <message>
            <source>City risk profile and plan</source>
            <translation>நகர இடர் விவரமும் திட்டமும்</translation>
        </message>
        <message>
            <source>Tables as CSV files (zip)</source>
            <translation>அட்டவணைகள் CSV கோப்புகளாக (zip)</translation>
        </message>
        <message>
            <source>Tables as an XLSX workbook</source>
            <translation>அட்டவணைகள் XLSX பணிப்புத்தகமாக</translation>
        </message>
        <message>
            <source>Sign-in sheet for a meeting</source>
            <translation>கூட்டத்துக்கான வருகைப் பதிவேடு</translation>
        </message>
        <message>
            <source>Sign-in sheet for a youth activity</source>
            <translation>இளைஞர் செயல்பாட்டுக்கான வருகைப் பதிவேடு</translation>
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation>கூட்டத்தின் கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>இளைஞர் செயல்பாட்டு அறிக்கை</translation>
        </message>
    </context>
    <context>
        <name>ReportRequests</name>
        <message>
            <source>Choose a meeting or a youth activity.</source>
            <translation>ஒரு கூட்டத்தையோ இளைஞர் செயல்பாட்டையோ தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Choose a city.</source>
            <translation>ஒரு நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Choose a meeting.</source>
            <translation>ஒரு கூட்டத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Choose a youth activity.</source>
            <translation>ஓர் இளைஞர் செயல்பாட்டைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Chair</source>
            <translation>தலைவர்</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>செயலாளர்</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>உறுப்பினர்</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>பார்வையாளர்</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>பங்கேற்பாளர்</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>பேச்சாளர்</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ஒருங்கிணைப்பாளர்</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>விருந்தினர்</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>பயிற்சியாளர்</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>ஒருங்கிணைப்பாளர்</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>திட்டமிடப்பட்டது</translation>
        </message>
        <message>
            <source>held</source>
            <translation>நடத்தப்பட்டது</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ரத்து செய்யப்பட்டது</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>வரைவு</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>சுற்றுக்கு விடப்பட்டது</translation>
        </message>
        <message>
            <source>open</source>
            <translation>நிலுவையில்</translation>
        </message>
        <message>
            <source>done</source>
            <translation>முடிந்தது</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>கைவிடப்பட்டது</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>காலம் கடந்தது</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>தொடர்கிறது</translation>
        </message>
        <message>
            <source>sports</source>
            <translation>விளையாட்டு</translation>
        </message>
        <message>
            <source>arts</source>
            <translation>கலை</translation>
        </message>
        <message>
            <source>dialogue</source>
            <translation>உரையாடல்</translation>
        </message>
        <message>
            <source>training</source>
            <translation>பயிற்சி</translation>
        </message>
        <message>
            <source>other activity</source>
            <translation>பிற செயல்பாடு</translation>
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
            <source>adopted</source>
            <translation>ஏற்றுக்கொள்ளப்பட்டது</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>மாற்றப்பட்டது</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>அச்சுறுத்தல்</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>இடர்க் காரணி</translation>
        </message>
        <message>
            <source>protective factor</source>
            <translation>பாதுகாப்புக் காரணி</translation>
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
            <source>high</source>
            <translation>அதிகம்</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>நடைபெறுகிறது</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>தாமதமானது</translation>
        </message>
        <message>
            <source>output</source>
            <translation>வெளியீடு</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>விளைவு</translation>
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
            <source>member cities, each counted once</source>
            <translation>உறுப்பு நகரங்கள், ஒவ்வொன்றும் ஒருமுறை எண்ணப்பட்டது</translation>
        </message>
        <message>
            <source>grants, cancelled ones left out</source>
            <translation>மானியங்கள், ரத்து செய்யப்பட்டவை தவிர</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>முன்மொழியப்பட்டது</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>ஒப்புதல் பெற்றது</translation>
        </message>
        <message>
            <source>disbursed</source>
            <translation>வழங்கப்பட்டது</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>நிறைவடைந்தது</translation>
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
            <source>Youth activity report</source>
            <translation>இளைஞர் செயல்பாட்டு அறிக்கை</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>பங்கேற்பு</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>பாலினம் வாரியாக</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>பாலினம்</translation>
        </message>
        <message>
            <source>By age band</source>
            <translation>வயதுப் பிரிவு வாரியாக</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>வயதுப் பிரிவு</translation>
        </message>
        <message>
            <source>By community</source>
            <translation>சமூகம் வாரியாக</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>சமூகம்</translation>
        </message>
        <message>
            <source>People</source>
            <translation>நபர்கள்</translation>
        </message>
        <message>
            <source>By age band and gender</source>
            <translation>வயதுப் பிரிவு மற்றும் பாலினம் வாரியாக</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>விளைவுகள்</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>குறிப்புகள்</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <extracomment>Translators: {start} and {end} are dates in words.
----------
Translators: {start} and {end} are times of day such as 10:00 and 12:00.</extracomment>
            <translation>{start} முதல் {end} வரை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>செயல்பாட்டு வகை</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>தேதிகள்</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>இடம்</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Coaches and facilitators</source>
            <translation>பயிற்சியாளர்களும் ஒருங்கிணைப்பாளர்களும்</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Communities taking part</source>
            <translation>பங்கேற்கும் சமூகங்கள்</translation>
        </message>
        <message>
            <source>Sessions ({count})</source>
            <extracomment>Translators: {count} is a number of sessions.</extracomment>
            <translation>அமர்வுகள் ({count})</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>அமர்வுகள் எதுவும் பதிவாகவில்லை.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>தேதி</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>பொருள்</translation>
        </message>
        <message>
            <source>People who took part: {total}.</source>
            <translation>பங்கேற்றோர்: {total}.</translation>
        </message>
        <message>
            <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>பெயருடன் பதிவு செய்தோர்: {named}; பெயரின்றி எண்ணப்பட்டோர்: {anonymous}; மொத்தம்: {total}.</translation>
        </message>
        <message>
            <source>City plan</source>
            <translation>நகரத் திட்டம்</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>இடர் விவரம்</translation>
        </message>
        <message>
            <source>No risk profile is recorded for this city.</source>
            <translation>இந்த நகரத்துக்கு இடர் விவரம் எதுவும் பதிவாகவில்லை.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>விளக்கம்</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>பாதிக்கப்பட்ட சமூகங்கள்</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>நிகழ்தகவு</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>தாக்கம்</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>தடுப்புத் திட்டம்</translation>
        </message>
        <message>
            <source>No prevention plan is recorded for this city.</source>
            <translation>இந்த நகரத்துக்குத் தடுப்புத் திட்டம் எதுவும் பதிவாகவில்லை.</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>நோக்கங்கள்</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>நடவடிக்கைகள்</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>நோக்கம்</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>நடவடிக்கை</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>பொறுப்பாளர்</translation>
        </message>
        <message>
            <source>From</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>நிறைவு நாள்</translation>
        </message>
        <message>
            <source>No actions are planned yet.</source>
            <translation>இன்னும் எந்த நடவடிக்கையும் திட்டமிடப்படவில்லை.</translation>
        </message>
        <message>
            <source>Version {number}, {status}</source>
            <extracomment>Translators: {number} is the version's number; {status} draft, adopted or superseded.</extracomment>
            <translation>பதிப்பு {number}, {status}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>பதிப்பு</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>ஏற்றுக்கொள்ளப்பட்ட நாள்</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>மறுஆய்வு நாள்</translation>
        </message>
        <message>
            <source>Drawn from</source>
            <translation>ஆதாரம்</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>பக்கம் {page} / {pages}</translation>
        </message>
        <message>
            <source>Printed from scdesk on {date}</source>
            <extracomment>Translators: {date} is the day the report was printed, in words.</extracomment>
            <translation>scdesk இலிருந்து {date} அன்று அச்சிடப்பட்டது</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your language writes dates.</extracomment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>மறைக்கப்பட்டது</translation>
        </message>
        <message>
            <source>Counts from 1 to 4 are shown as &lt;5, and a count that would reveal one as hidden.</source>
            <translation>1 முதல் 4 வரையிலான எண்ணிக்கைகள் &lt;5 எனக் காட்டப்பட்டுள்ளன; அவற்றில் ஒன்றை வெளிப்படுத்தக்கூடிய எண்ணிக்கை மறைக்கப்பட்டது எனக் காட்டப்பட்டுள்ளது.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n நபர்</numerusform>
                <numerusform>%n பேர்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n நிகழ்வு</numerusform>
                <numerusform>%n நிகழ்வுகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n நகரம்</numerusform>
                <numerusform>%n நகரங்கள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committee meeting(s)</source>
            <translation>
                <numerusform>%n குழுக் கூட்டம்</numerusform>
                <numerusform>%n குழுக் கூட்டங்கள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consultation(s)</source>
            <translation>
                <numerusform>%n கலந்தாய்வு</numerusform>
                <numerusform>%n கலந்தாய்வுகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n பயிலரங்கம்</numerusform>
                <numerusform>%n பயிலரங்குகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roundtable(s)</source>
            <translation>
                <numerusform>%n வட்டமேசைக் கூட்டம்</numerusform>
                <numerusform>%n வட்டமேசைக் கூட்டங்கள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training session(s)</source>
            <translation>
                <numerusform>%n பயிற்சி அமர்வு</numerusform>
                <numerusform>%n பயிற்சி அமர்வுகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summit(s)</source>
            <translation>
                <numerusform>%n உச்சி மாநாடு</numerusform>
                <numerusform>%n உச்சி மாநாடுகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other event(s)</source>
            <translation>
                <numerusform>%n பிற நிகழ்வு</numerusform>
                <numerusform>%n பிற நிகழ்வுகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n youth activity(s)</source>
            <translation>
                <numerusform>%n இளைஞர் செயல்பாடு</numerusform>
                <numerusform>%n இளைஞர் செயல்பாடுகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} took part in {events} held in {cities}.</source>
            <extracomment>Translators: {people}, {events} and {cities} are counted phrases such as "14 people", "3 events" and "1 city".</extracomment>
            <translation>{people} பங்கேற்றனர்: {events}, {cities}.</translation>
        </message>
        <message>
            <source>The events were {kinds}.</source>
            <extracomment>Translators: {kinds} lists events by kind: "3 workshops, 2 consultations".</extracomment>
            <translation>நிகழ்வுகள்: {kinds}.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them were women and girls ({share}%).</source>
            <extracomment>Translators: {share} is a percentage of the people engaged.</extracomment>
            <translation>
                <numerusform>அவர்களில் %n நபர் பெண் அல்லது சிறுமி ({share}%).</numerusform>
                <numerusform>அவர்களில் %n பேர் பெண்களும் சிறுமிகளும் ({share}%).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n young people under 25 were reached.</source>
            <translation>
                <numerusform>25 வயதுக்குக் கீழ்ப்பட்ட %n இளைஞரைச் சென்றடைந்தோம்.</numerusform>
                <numerusform>25 வயதுக்குக் கீழ்ப்பட்ட %n இளைஞர்களைச் சென்றடைந்தோம்.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mayors and local leaders took part.</source>
            <translation>
                <numerusform>%n மேயர் அல்லது உள்ளூர்த் தலைவர் பங்கேற்றார்.</numerusform>
                <numerusform>%n மேயர்களும் உள்ளூர்த் தலைவர்களும் பங்கேற்றனர்.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cities joined the network in the period.</source>
            <translation>
                <numerusform>இக்காலத்தில் %n நகரம் வலையமைப்பில் இணைந்தது.</numerusform>
                <numerusform>இக்காலத்தில் %n நகரங்கள் வலையமைப்பில் இணைந்தன.</numerusform>
            </translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>குறிகாட்டிகள்</translation>
        </message>
        <message>
            <source>All member cities</source>
            <translation>அனைத்து உறுப்பு நகரங்களும்</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>காலம்</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>இடம்</translation>
        </message>
        <message>
            <source>No indicators are recorded.</source>
            <translation>எந்தக் குறிகாட்டியும் பதிவு செய்யப்படவில்லை.</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>நிலை வகை</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>எண்ணும் விதி</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>முக்கிய எண்ணிக்கை</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>பிரிவுகள்</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>அடிப்படை அளவு</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>இலக்கு</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>உண்மை அளவு</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>இலக்கில் பங்கு</translation>
        </message>
        <message>
            <source>Actual against target</source>
            <translation>இலக்குடன் ஒப்பிட்ட உண்மை அளவு</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <extracomment>Translators: {dimension} is a breakdown such as "gender" or "age band".</extracomment>
            <translation>{dimension} வாரியாக</translation>
        </message>
        <message>
            <source>Period and city</source>
            <translation>காலமும் நகரமும்</translation>
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
            <source>How the actual values were counted</source>
            <translation>உண்மை அளவுகள் எவ்வாறு எண்ணப்பட்டன</translation>
        </message>
        <message>
            <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
            <translation>உண்மை அளவுகள் ஒருபோதும் கையால் உள்ளிடப்படுவதில்லை: முக்கிய எண்ணிக்கைகளின் அதே விதிகளின்படி, ஒவ்வொரு இலக்கின் சொந்தக் காலத்துக்கும் நகரத்துக்கும் பதிவுகளிலிருந்து அவை எண்ணப்படுகின்றன. இலக்கு ஒரு காலத்துக்கும் ஒரு நகரத்துக்கும், அல்லது அனைத்து உறுப்பு நகரங்களுக்கும் நிர்ணயிக்கப்படுகிறது; உண்மை அளவு எவ்வாறு பிரிகிறது என்பதைப் பிரிவுகள் காட்டுகின்றன.</translation>
        </message>
        <message>
            <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
            <translation>அறிவிக்கப்பட்ட பிரிவின் ஒரு வகைக்கும், எடுத்துக்காட்டாக பெண்கள் அல்லது இளைஞர்களுக்கு, இலக்கு அமைக்கலாம். வழங்கப்பட்ட மானியங்கள் என்பவை அளிக்கப்பட்ட ஆதரவின் மானியங்கள், ரத்து செய்யப்பட்டவை தவிர.</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>முக்கிய எண்ணிக்கைகள்</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>முக்கிய அம்சங்கள்</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>Translators: {name} names a note on the figures ("Probable duplicates"), {text} is the note.</extracomment>
            <translation>{name}: {text}</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>அனைத்துப் பதிவுகளும்</translation>
        </message>
        <message>
            <source>the first records</source>
            <translation>முதல் பதிவுகள்</translation>
        </message>
        <message>
            <source>today</source>
            <translation>இன்று</translation>
        </message>
        <message>
            <source>For internal use only: no counts are suppressed.</source>
            <translation>உள் பயன்பாட்டுக்கு மட்டும்: எந்த எண்ணிக்கையும் மறைக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>எண்ணிக்கைகள்</translation>
        </message>
        <message>
            <source>{count} not settled yet: a person, event or city may be counted twice.</source>
            <translation>{count} இன்னும் தீர்க்கப்படவில்லை: ஒருவர், நிகழ்வு அல்லது நகரம் இரண்டு முறை எண்ணப்படலாம்.</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>சாத்தியமான இரட்டைப் பதிவுகள்</translation>
        </message>
        <message>
            <source>To protect the people counted, people who withdrew their consent were left out and counts from 1 to 4 are shown as &lt;5. Where such a count could be worked out by subtracting the others from the total, the next smallest count is shown as hidden: it may be 5 or more. Zeros are shown.</source>
            <translation>எண்ணப்பட்டவர்களைப் பாதுகாக்க, ஒப்புதலைத் திரும்பப் பெற்றவர்கள் சேர்க்கப்படவில்லை; 1 முதல் 4 வரையிலான எண்ணிக்கைகள் &lt;5 எனக் காட்டப்பட்டுள்ளன. மொத்தத்திலிருந்து மற்றவற்றைக் கழித்து அத்தகைய எண்ணிக்கையைக் கண்டறிய முடியும் இடங்களில், அடுத்த மிகச் சிறிய எண்ணிக்கை மறைக்கப்பட்டது எனக் காட்டப்பட்டுள்ளது: அது 5 அல்லது அதற்கு மேல் இருக்கலாம். பூஜ்ஜியங்கள் காட்டப்பட்டுள்ளன.</translation>
        </message>
        <message>
            <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
            <translation>{count} பதிவுகள் இரண்டு சாதனங்களில் ஒரே நேரத்தில் மாற்றப்பட்டு மறுஆய்வுக்காகக் காத்திருக்கின்றன; அவை தற்போதைய நிலையிலேயே எண்ணப்பட்டுள்ளன.</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>மறுஆய்வில்</translation>
        </message>
        <message>
            <source>{figure}: {total}</source>
            <extracomment>Translators: {figure} is the name of a key figure, {total} its count.</extracomment>
            <translation>{figure}: {total}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>மொத்தம்</translation>
        </message>
        <message>
            <source>How each figure was counted</source>
            <translation>ஒவ்வொரு எண்ணிக்கையும் எப்படி கணக்கிடப்பட்டது</translation>
        </message>
        <message>
            <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
            <translation>நடத்தப்பட்ட நிகழ்வுகள்: நடத்தப்பட்டதாகக் குறிக்கப்பட்டு இந்தக் காலத்தில் தொடங்கிய அனைத்து வகைக் கூட்டங்களும், நடத்தப்பட்டதாகக் குறிக்கப்பட்டு தேதிகள் இந்தக் காலத்துடன் பொருந்தும் இளைஞர் செயல்பாடுகளும். திட்டமிடப்பட்ட, ரத்து செய்யப்பட்ட, நீக்கப்பட்ட நிகழ்வுகள் கணக்கில் எடுக்கப்படுவதில்லை.</translation>
        </message>
        <message>
            <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
            <translation>பங்கேற்ற நபர்கள்: அந்தக் கூட்டங்களில் வருகை தந்த, அந்தச் செயல்பாடுகளில் பதிவு செய்த அல்லது பயிற்சி அளித்த வெவ்வேறு நபர்கள், மேலும் பெயரின்றி எண்ணப்பட்டவர்கள். ஒருவர் எத்தனை நிகழ்வுகளில் கலந்துகொண்டாலும், எந்தச் சாதனத்தில் பதிவானாலும் ஒருமுறை மட்டுமே எண்ணப்படுவார். வர இயலாமை தெரிவித்தல், வருகையின்மை, அழைப்புகள் கணக்கில் எடுக்கப்படுவதில்லை.</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
            <translation>பங்கேற்ற மேயர்களும் உள்ளூர்த் தலைவர்களும்: பங்கேற்றவர்களில் மேயர் அல்லது உள்ளூர்த் தலைவர் எனப் பதிவானவர்கள்.</translation>
        </message>
        <message>
            <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
            <translation>சென்றடைந்த இளைஞர்கள்: பங்கேற்றவர்களில் இந்தக் காலத்தின் தங்கள் கடைசி நிகழ்வின்போது 25 வயதுக்குக் குறைந்தவர்கள், மேலும் 25-க்குக் குறைந்த வயதுப் பிரிவுகளில் பெயரின்றி எண்ணப்பட்டவர்கள்.</translation>
        </message>
        <message>
            <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
            <translation>உறுப்பு நகரங்கள்: உறுப்பினராகக் குறிக்கப்பட்டு, காலத்தின் இறுதிக்குள் வலையமைப்பில் இணைந்த நகரங்கள், அல்லது இணைந்த தேதி பதிவாகாதவை.</translation>
        </message>
        <message>
            <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
            <translation>ஒவ்வொருவரும் ஒவ்வொரு பிரிப்பிலும் ஒரே கட்டத்தில் எண்ணப்படுவர்: அவரது பாலினம் மற்றும் வகை, அவரது கடைசி நிகழ்வின்போது இருந்த வயதுப் பிரிவு, அவரது சொந்த நகரம் (அல்லது அந்த நிகழ்வின் நகரம்). ஒருவர் பல ஒதுக்கப்பட்ட குழுக்களைச் சேர்ந்தவராக இருக்கலாம்; எனவே அந்தப் பிரிப்பின் கூட்டுத்தொகை மொத்தத்தை விட அதிகமாக இருக்கலாம்.</translation>
        </message>
        <message>
            <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
            <translation>வழங்கிய ஆதரவு: தொடக்கம் (அல்லது ஒப்புதல்) முதல் முடிவு வரையிலான தேதிகள் இக்காலத்துடன் பொருந்தும் மானியங்களும், இக்காலத்தில் வழங்கிய நிபுணர் ஆலோசனையும். தொகைகள் மாற்றப்படாமல் ஒவ்வொரு நாணயத்திலும் தனியே கூட்டப்படுகின்றன.</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>சுருக்கம்</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>அடுத்த கூட்டம்</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>வரைவு</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>கூட்ட வகை</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>நேரம்</translation>
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
            <source>Draft minutes, circulated on {date}; not yet approved.</source>
            <translation>கூட்டக் குறிப்பின் வரைவு, {date} அன்று சுற்றுக்கு விடப்பட்டது; இன்னும் ஒப்புதல் பெறவில்லை.</translation>
        </message>
        <message>
            <source>Draft minutes: not yet circulated or approved.</source>
            <translation>கூட்டக் குறிப்பின் வரைவு: இன்னும் சுற்றுக்கு விடப்படவோ ஒப்புதல் பெறவோ இல்லை.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>வருகை</translation>
        </message>
        <message>
            <source>Present ({count})</source>
            <translation>வருகை தந்தவர்கள் ({count})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>பெயர்</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>பங்கு</translation>
        </message>
        <message>
            <source>Organisation or title</source>
            <translation>நிறுவனம் அல்லது பதவி</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>வர இயலாமை தெரிவித்தோர்</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>வருகை தராதவர்கள்</translation>
        </message>
        <message>
            <source>Not named here, at their request: {count}.</source>
            <translation>அவர்களின் வேண்டுகோளின்படி இங்கே பெயர் குறிப்பிடப்படாதோர்: {count}.</translation>
        </message>
        <message>
            <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
            <translation>இந்தக் குழுவுக்குக் குறைவெண் வரம்பு பதிவாகவில்லை; அதன் {members} வாக்களிக்கும் உறுப்பினர்களில் {present} பேர் வருகை தந்தனர்.</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
            <translation>குறைவெண் வரம்பு: {quorum} வாக்களிக்கும் உறுப்பினர்கள். {members} பேரில் {present} பேர் வருகை தந்ததால், குறைவெண் வரம்பு எட்டப்பட்டது.</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
            <translation>குறைவெண் வரம்பு: {quorum} வாக்களிக்கும் உறுப்பினர்கள். {members} பேரில் {present} பேர் மட்டுமே வருகை தந்ததால், குறைவெண் வரம்பு எட்டப்படவில்லை; கூட்ட முடிவுகள் உறுதிப்படுத்தப்பட வேண்டும்.</translation>
        </message>
        <message>
            <source>Counted without names</source>
            <translation>பெயரின்றி எண்ணப்பட்டவர்கள்</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>குழு</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>வயது பதிவாகவில்லை</translation>
        </message>
        <message>
            <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>பெயருடன் வருகை தந்தோர்: {named}; பெயரின்றி எண்ணப்பட்டோர்: {anonymous}; மொத்தம்: {total}.</translation>
        </message>
        <message>
            <source>Minutes of the previous meeting</source>
            <translation>முந்தைய கூட்டக் குறிப்பு</translation>
        </message>
        <message>
            <source>No earlier minutes were approved at this meeting.</source>
            <translation>இந்தக் கூட்டத்தில் முந்தைய கூட்டக் குறிப்பு எதுவும் ஒப்புதல் பெறவில்லை.</translation>
        </message>
        <message>
            <source>The minutes of the meeting of {date} were approved as a true record.</source>
            <translation>{date} கூட்டத்தின் குறிப்பு சரியான பதிவாக ஒப்புக்கொள்ளப்பட்டது.</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>நிகழ்ச்சி நிரலும் கலந்துரையாடலும்</translation>
        </message>
        <message>
            <source>No agenda items were recorded.</source>
            <translation>நிகழ்ச்சி நிரலில் எதுவும் பதிவாகவில்லை.</translation>
        </message>
        <message>
            <source>Presented by {name}</source>
            <translation>முன்வைத்தவர்: {name}</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>கலந்துரையாடல்</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>முடிவுகள்</translation>
        </message>
        <message>
            <source>No actions were agreed or carried over.</source>
            <translation>எந்த நடவடிக்கையும் முடிவாகவோ தொடரப்படவோ இல்லை.</translation>
        </message>
        <message>
            <source>(agreed on {date})</source>
            <extracomment>Translators: {date} is the day of the earlier meeting that agreed the action.</extracomment>
            <translation>({date} அன்று முடிவானது)</translation>
        </message>
        <message>
            <source>The date of the next meeting is not yet set.</source>
            <translation>அடுத்த கூட்டத்தின் தேதி இன்னும் முடிவாகவில்லை.</translation>
        </message>
        <message>
            <source>{date} at {time}, {venue}.</source>
            <translation>{date}, {time} மணிக்கு, {venue}.</translation>
        </message>
        <message>
            <source>Amendments since approval</source>
            <translation>ஒப்புதலுக்குப் பிந்தைய திருத்தங்கள்</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>இல்லை.</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>திருத்தம்</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>காரணம்</translation>
        </message>
        <message>
            <source>Agreed at the meeting of</source>
            <translation>ஒப்புக்கொள்ளப்பட்ட கூட்டம்</translation>
        </message>
        <message>
            <source>No chair was recorded as present.</source>
            <translation>வருகை தந்த தலைவர் எவரும் பதிவாகவில்லை.</translation>
        </message>
        <message>
            <source>No secretary was recorded as present.</source>
            <translation>வருகை தந்த செயலாளர் எவரும் பதிவாகவில்லை.</translation>
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
            <source>(not named)</source>
            <translation>(பெயர் குறிப்பிடப்படவில்லை)</translation>
        </message>
        <message>
            <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
            <translation>உங்கள் பெயரை எழுதி, உங்கள் பாலினம் மற்றும் வயதுப் பிரிவைக் குறித்து, கையொப்பமிடுங்கள். "பங்கேற்க ஒப்புக்கொள்கிறேன்" என்பதைக் குறித்தால் உங்கள் வருகை பதிவு செய்யப்படுவதற்கு ஒப்புக்கொள்கிறீர்கள்; "புகைப்படங்கள்" என்பதைக் குறித்தால் நீங்கள் புகைப்படங்களில் இடம்பெறலாம். 18 வயதுக்குக் குறைந்த எவருக்கும் பெற்றோர் அல்லது பாதுகாவலர் குறித்துக் கையொப்பமிட வேண்டும்.</translation>
        </message>
        <message>
            <source>I agree to take part</source>
            <translation>பங்கேற்க ஒப்புக்கொள்கிறேன்</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>புகைப்படங்கள்</translation>
        </message>
        <message>
            <source>Role, organisation or community</source>
            <translation>பங்கு, நிறுவனம் அல்லது சமூகம்</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ஒப்புதல்</translation>
        </message>
        <message>
            <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
            <translation>பெயரின்றி எண்ணிக்கை (பெரிய நிகழ்வுகளுக்கு): பெண்கள் {blank}, ஆண்கள் {blank}, பிறர் {blank}; மொத்தம் {blank}.</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>வருகைப் பதிவேடு</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>நிகழ்வு வகை</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>வழங்கிய ஆதரவு</translation>
        </message>
        <message>
            <source>No support was given in this period.</source>
            <translation>இக்காலத்தில் எந்த ஆதரவும் வழங்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>நாணயம்</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>மானியங்கள்</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>தொகை</translation>
        </message>
        <message>
            <source>Total, cancelled grants left out</source>
            <translation>மொத்தம், ரத்தான மானியங்கள் நீங்கலாக</translation>
        </message>
        <message>
            <source>Technical support grants</source>
            <translation>தொழில்நுட்ப ஆதரவு மானியங்கள்</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>வழங்கிய ஆலோசனைகள்</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>நிபுணர் ஆலோசனை</translation>
        </message>
        <message>
            <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
            <translation>இக்காலத்தில் நடத்தப்பட்ட கலந்தாய்வுகளில் தேசிய-உள்ளூர் ஒத்துழைப்பு குறித்து எழுப்பப்பட்ட கண்டறிதல்கள்.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>கண்டறிதல்கள்</translation>
        </message>
        <message>
            <source>National-local cooperation</source>
            <translation>தேசிய-உள்ளூர் ஒத்துழைப்பு</translation>
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
            <source>Raised with national bodies</source>
            <translation>தேசிய அமைப்புகளிடம் எழுப்பப்பட்டவை</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>நடவடிக்கைக் கண்காணிப்பு</translation>
        </message>
        <message>
            <source>open on {date}</source>
            <extracomment>Translators: {date} is today's date in words.</extracomment>
            <translation>{date} நிலவரப்படி நிலுவையில்</translation>
        </message>
        <message>
            <source>Open actions: {open}, of which overdue: {overdue}.</source>
            <translation>நிலுவையிலுள்ள நடவடிக்கைகள்: {open}, அவற்றில் காலம் கடந்தவை: {overdue}.</translation>
        </message>
        <message>
            <source>No actions are open.</source>
            <translation>நிலுவையில் எந்த நடவடிக்கையும் இல்லை.</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>முடிவான நாள்</translation>
        </message>
        <message>
            <source>{title} (plan version {number})</source>
            <extracomment>Translators: {title} is the prevention plan's title, {number} its version.</extracomment>
            <translation>{title} (திட்டப் பதிப்பு {number})</translation>
        </message>
        <message>
            <source>Meetings outside a committee</source>
            <translation>குழுவுக்கு வெளியேயான கூட்டங்கள்</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>%n நாள் தாமதம்</numerusform>
                <numerusform>%n நாட்கள் தாமதம்</numerusform>
            </translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>அனைத்துக் குழுக்களும்</translation>
        </message>
        <message>
            <source>Reports are printed in {languages}; {language} is not one of them.</source>
            <translation>அறிக்கைகள் {languages} மொழிகளில் அச்சிடப்படுகின்றன; {language} அவற்றில் இல்லை.</translation>
        </message>
    </context>
    <context>
        <name>ReportsButton</name>
        <message>
            <source>&amp;Reports</source>
            <translation>அறிக்கைகள் (&amp;R)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>அறிக்கைகள்</translation>
        </message>
        <message>
            <source>Preview, print or save this record's reports, as last saved</source>
            <translation>இந்தப் பதிவின் அறிக்கைகளைக் கடைசியாகச் சேமித்த நிலையில் முன்னோட்டம் பார், அச்சிடு அல்லது சேமி</translation>
        </message>
        <message>
            <source>{report}: {record}</source>
            <translation>{report}: {record}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>அறிக்கைகள்</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>அறிக்கை (&amp;R)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>அறிக்கை</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>மொழி (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>தாள் அளவு (&amp;Z)</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>முன்னோட்டம் (&amp;V)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>முன்னோட்டம்</translation>
        </message>
        <message>
            <source>&amp;Save the tables…</source>
            <translation>அட்டவணைகளைச் சேமி… (&amp;S)</translation>
        </message>
        <message>
            <source>Save the tables</source>
            <translation>அட்டவணைகளைச் சேமி</translation>
        </message>
        <message>
            <source>Reports status</source>
            <translation>அறிக்கைகளின் நிலை</translation>
        </message>
        <message>
            <source>Zip archives of CSV files (*.zip)</source>
            <translation>CSV கோப்புகளின் Zip காப்பகங்கள் (*.zip)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel பணிப்புத்தகங்கள் (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the tables…</source>
            <translation>அட்டவணைகளை எழுதுகிறது…</translation>
        </message>
        <message>
            <source>The tables were saved as {path}</source>
            <translation>அட்டவணைகள் {path} ஆகச் சேமிக்கப்பட்டன</translation>
        </message>
    </context>
    <context>
        <name>RiskMatrix</name>
        <message>
            <source>Likelihood and impact matrix</source>
            <translation>நிகழ்தகவு மற்றும் தாக்க அணி</translation>
        </message>
        <message>
            <source>likelihood {likelihood}, impact {impact}: {count}</source>
            <translation>நிகழ்தகவு {likelihood}, தாக்கம் {impact}: {count}</translation>
        </message>
        <message>
            <source>No threat or risk factor is rated yet.</source>
            <translation>இன்னும் எந்த அச்சுறுத்தலும் இடர்க் காரணியும் மதிப்பிடப்படவில்லை.</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>நிகழ்தகவு</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>தாக்கம்</translation>
        </message>
    </context>
    <context>
        <name>RiskProfileForm</name>
        <message>
            <source>Risk profile[*]</source>
            <translation>இடர் விவரம்[*]</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>விவரம் (&amp;P)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>அச்சுறுத்தல் அல்லது காரணி</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>பாதிக்கப்பட்ட சமூகங்கள்</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>நிகழ்தகவு</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>தாக்கம்</translation>
        </message>
        <message>
            <source>Add a &amp;threat or factor</source>
            <translation>அச்சுறுத்தல் அல்லது காரணியைச் சேர் (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Factors</source>
            <translation>காரணிகள் (&amp;F)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>இது உருவான கலந்தாய்வுகள்</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>கலந்தாய்வுகள் (&amp;C)</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>இடர் விவரம்</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>இடர் விவரம்</translation>
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <source>Remove</source>
            <translation>நீக்கு</translation>
        </message>
        <message>
            <source>Remove row {n}</source>
            <translation>வரிசை {n} ஐ நீக்கு</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>மேலே</translation>
        </message>
        <message>
            <source>Move row {n} up</source>
            <translation>வரிசை {n} ஐ மேலே நகர்த்து</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>கீழே</translation>
        </message>
        <message>
            <source>Move row {n} down</source>
            <translation>வரிசை {n} ஐக் கீழே நகர்த்து</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>{day} is not a date a period can have: choose one between {earliest} and {latest}.</source>
            <translation>{day} ஒரு காலத்துக்குரிய தேதியாக இருக்க முடியாது: {earliest} முதல் {latest} வரையிலான ஒரு தேதியைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} தேவை.</translation>
        </message>
        <message>
            <source>{label} is too long: at most {limit} characters.</source>
            <translation>{label} மிக நீளமாக உள்ளது: அதிகபட்சம் {limit} எழுத்துகள்.</translation>
        </message>
        <message>
            <source>The end date ({end}) is before the start date ({start}).</source>
            <translation>முடிவுத் தேதி ({end}) தொடக்கத் தேதிக்கு ({start}) முன் உள்ளது.</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} எதிர்மறை எண்ணாக இருக்க முடியாது.</translation>
        </message>
        <message>
            <source>{value} is not a language code such as {codes}.</source>
            <extracomment>Translators: {codes} lists language codes, such as "en, ur, hi".</extracomment>
            <translation>{value} என்பது {codes} போன்ற மொழிக் குறியீடு அல்ல.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>அமைப்புகள்</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>இடைமுகத்தின் மொழி (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>இடைமுகத்தின் மொழி</translation>
        </message>
        <message>
            <source>Records keep the language they are written in. The window opens again in the language chosen, on the page it shows; open forms are kept as drafts and offered back.</source>
            <translation>பதிவுகள் அவை எழுதப்பட்ட மொழியிலேயே இருக்கும். சாளரம் தேர்ந்தெடுத்த மொழியில், அது காட்டும் பக்கத்திலேயே மீண்டும் திறக்கும்; திறந்திருக்கும் படிவங்கள் வரைவுகளாக வைக்கப்பட்டு மீண்டும் வழங்கப்படும்.</translation>
        </message>
    </context>
    <context>
        <name>SheetsOptions</name>
        <message>
            <source>De-identified: people appear by stable codes, without names or contact details; people who withdrew consent, or did not consent to the use of their data, are left out.</source>
            <translation>அடையாளம் நீக்கப்பட்டது: நபர்கள் பெயர்களோ தொடர்பு விவரங்களோ இன்றி நிலையான குறியீடுகளால் காட்டப்படுவர்; ஒப்புதலைத் திரும்பப் பெற்றவர்களும், தங்கள் தரவைப் பயன்படுத்த ஒப்புதல் அளிக்காதவர்களும் சேர்க்கப்படமாட்டார்கள்.</translation>
        </message>
        <message>
            <source>&amp;Include personal data</source>
            <translation>தனிப்பட்ட தரவைச் சேர் (&amp;I)</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>தனிப்பட்ட தரவைச் சேர்</translation>
        </message>
        <message>
            <source>Names, birth years and contact details</source>
            <translation>பெயர்கள், பிறந்த ஆண்டுகள், தொடர்பு விவரங்கள்</translation>
        </message>
        <message>
            <source>Include personal data?</source>
            <translation>தனிப்பட்ட தரவைச் சேர்க்கவா?</translation>
        </message>
        <message>
            <source>The tables will hold the names, birth years and contact details of the people recorded. Keep the file safe, share it only with those who need it, and delete it when you are done.

Include personal data?</source>
            <translation>அட்டவணைகளில் பதிவான நபர்களின் பெயர்கள், பிறந்த ஆண்டுகள், தொடர்பு விவரங்கள் இருக்கும். கோப்பைப் பாதுகாப்பாக வையுங்கள், தேவைப்படுவோருடன் மட்டும் பகிருங்கள், வேலை முடிந்ததும் அதை நீக்குங்கள்.

தனிப்பட்ட தரவைச் சேர்க்கவா?</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was saved.</source>
            <translation>வட்டு நிரம்பிவிட்டது: சிறிது இடத்தை விடுவித்து, மீண்டும் முயலுங்கள். எதுவும் சேமிக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>The records file is damaged: restore it from a backup (scdesk check tells how).</source>
            <translation>பதிவுக் கோப்பு சேதமடைந்துள்ளது: காப்புப்பிரதியிலிருந்து அதை மீட்டெடுங்கள் (எப்படி என்பதை scdesk check சொல்லும்).</translation>
        </message>
        <message>
            <source>This file is not an scdesk records file, or it is damaged beyond reading.</source>
            <translation>இந்தக் கோப்பு scdesk பதிவுக் கோப்பு அல்ல, அல்லது படிக்க முடியாத அளவுக்குச் சேதமடைந்துள்ளது.</translation>
        </message>
        <message>
            <source>The records are in use by another scdesk window or program: close it and try again.</source>
            <translation>பதிவுகளை வேறொரு scdesk சாளரம் அல்லது நிரல் பயன்படுத்துகிறது: அதை மூடிவிட்டு மீண்டும் முயலுங்கள்.</translation>
        </message>
        <message>
            <source>A backup could not be written to {folder}: {reason}</source>
            <translation>{folder} இல் காப்புப்பிரதியை எழுத முடியவில்லை: {reason}</translation>
        </message>
        <message>
            <source>The records file cannot be written (it is read-only): check the folder.</source>
            <translation>பதிவுக் கோப்பில் எழுத முடியாது (அது படிக்க மட்டுமேயானது): கோப்புறையைச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>The disk could not be read or written: check the drive, then try again.</source>
            <translation>வட்டைப் படிக்கவோ அதில் எழுதவோ முடியவில்லை: இயக்ககத்தைச் சரிபார்த்து, மீண்டும் முயலுங்கள்.</translation>
        </message>
        <message>
            <source>The records file cannot be opened: check that its folder exists and is yours.</source>
            <translation>பதிவுக் கோப்பைத் திறக்க முடியவில்லை: அதன் கோப்புறை உள்ளதா, அது உங்களுடையதா எனச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write it as postgresql://user:password@server/database.</source>
            <translation>{url} ஒரு PostgreSQL முகவரி அல்ல: அதை postgresql://user:password@server/database என எழுதுங்கள்.</translation>
        </message>
        <message>
            <source>The backup before {reason} failed, so nothing was changed: {error}</source>
            <translation>{reason} க்கு முந்தைய காப்புப்பிரதி தோல்வியடைந்தது, எனவே எதுவும் மாற்றப்படவில்லை: {error}</translation>
        </message>
        <message>
            <source>The database server at {address} cannot be reached or refused the login ({reason}): check that it is running and that the address, user and password are right.</source>
            <translation>{address} இல் உள்ள தரவுத்தளச் சேவையகத்தை அடைய முடியவில்லை அல்லது அது உள்நுழைவை மறுத்தது ({reason}): அது இயங்குகிறதா, முகவரி, பயனர், கடவுச்சொல் சரியானவையா எனச் சரிபாருங்கள்.</translation>
        </message>
        <message>
            <source>pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's client programs (on Debian, postgresql-client).</source>
            <translation>pg_dump கிடைக்கவில்லை; ஒவ்வொரு ஒன்றிணைப்புக்கும் முன் காப்புப்பிரதி எடுக்கப்படுகிறது: PostgreSQL இன் கிளையன்ட் நிரல்களை நிறுவுங்கள் (Debian இல், postgresql-client).</translation>
        </message>
        <message>
            <source>These records were saved by a newer version of scdesk: install that version to open them. Nothing was changed.</source>
            <translation>இந்தப் பதிவுகள் scdesk இன் புதிய பதிப்பால் சேமிக்கப்பட்டவை: அவற்றைத் திறக்க அந்தப் பதிப்பை நிறுவுங்கள். எதுவும் மாற்றப்படவில்லை.</translation>
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <source>Choose the city the grant supports.</source>
            <translation>மானியம் ஆதரிக்கும் நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>நோக்கம்</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>தொகை பூஜ்ஜியத்தை விட அதிகமாக இருக்க வேண்டும்.</translation>
        </message>
        <message>
            <source>Type the currency code, such as USD, EUR or PKR.</source>
            <translation>USD, EUR அல்லது PKR போன்ற நாணயக் குறியீட்டைத் தட்டச்சு செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>{currency} is not a currency code such as USD, EUR or PKR.</source>
            <translation>{currency} என்பது USD, EUR அல்லது PKR போன்ற நாணயக் குறியீடு அல்ல.</translation>
        </message>
        <message>
            <source>Choose the city the advice was for.</source>
            <translation>ஆலோசனை வழங்கப்பட்ட நகரத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Choose the expert who gave it.</source>
            <translation>அதை வழங்கிய நிபுணரைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>பொருள்</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>குறிப்புகள்</translation>
        </message>
        <message>
            <source>{name} is not in the expert pool: record their fields of expertise on their person record first.</source>
            <translation>{name} நிபுணர் குழாமில் இல்லை: முதலில் அவரது நபர் பதிவில் அவரது நிபுணத்துவத் துறைகளைப் பதிவு செய்யுங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Support given</source>
            <translation>வழங்கிய ஆதரவு</translation>
        </message>
        <message>
            <source>New &amp;grant</source>
            <translation>புதிய மானியம் (&amp;G)</translation>
        </message>
        <message>
            <source>New expert &amp;advice</source>
            <translation>புதிய நிபுணர் ஆலோசனை (&amp;A)</translation>
        </message>
        <message>
            <source>Add to the expert &amp;pool…</source>
            <translation>நிபுணர் குழாமில் சேர்… (&amp;P)</translation>
        </message>
        <message>
            <source>All grant statuses</source>
            <translation>அனைத்து மானிய நிலைகளும்</translation>
        </message>
        <message>
            <source>Grant status</source>
            <translation>மானிய நிலை</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>பட்டியல்களில் உள்ளவை</translation>
        </message>
        <message>
            <source>City</source>
            <translation>நகரம்</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>நோக்கம்</translation>
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
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>From</source>
            <translation>தொடக்கம்</translation>
        </message>
        <message>
            <source>To</source>
            <translation>வரை</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>நிறுவனம்</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>மானியங்கள்</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>மொத்தத் தொகை</translation>
        </message>
        <message>
            <source>Totals by city, status and currency</source>
            <translation>நகரம், நிலை, நாணயம் வாரியான மொத்தங்கள்</translation>
        </message>
        <message>
            <source>Totals by city, status and currency (never converted)</source>
            <translation>நகரம், நிலை, நாணயம் வாரியான மொத்தங்கள் (ஒருபோதும் மாற்றப்படாது)</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>நிபுணர்</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>பொருள்</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>நிபுணர் ஆலோசனை</translation>
        </message>
        <message>
            <source>Title and organisation</source>
            <translation>பதவியும் நிறுவனமும்</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>நிபுணத்துவத் துறைகள்</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>வழங்கிய ஆலோசனைகள்</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>கடைசி ஆலோசனை</translation>
        </message>
        <message>
            <source>Expert pool</source>
            <translation>நிபுணர் குழாம்</translation>
        </message>
        <message>
            <source>Reading the support given…</source>
            <translation>வழங்கிய ஆதரவைப் படிக்கிறது…</translation>
        </message>
        <message>
            <source>{grants} · {advice} · {experts} in the expert pool</source>
            <translation>{grants} · {advice} · நிபுணர் குழாமில் {experts}</translation>
        </message>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%n மானியம்</numerusform>
                <numerusform>%n மானியங்கள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation>
                <numerusform>%n நிபுணர் ஆலோசனை</numerusform>
                <numerusform>%n நிபுணர் ஆலோசனைகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n நிபுணர்</numerusform>
                <numerusform>%n நிபுணர்கள்</numerusform>
            </translation>
        </message>
        <message>
            <source>not in the pool</source>
            <translation>குழாமில் இல்லை</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>(empty)</source>
            <translation>(வெறுமை)</translation>
        </message>
        <message>
            <source>This conflict is settled already.</source>
            <translation>இந்த முரண்பாடு ஏற்கெனவே தீர்க்கப்பட்டுள்ளது.</translation>
        </message>
        <message>
            <source>This conflict is about a rule between two fields: keep A or B, or give both fields.</source>
            <translation>இந்த முரண்பாடு இரண்டு புலங்களுக்கு இடையிலான ஒரு விதி பற்றியது: A அல்லது B ஐ வைத்துக்கொள்ளுங்கள், அல்லது இரண்டு புலங்களையும் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>Give the value to keep.</source>
            <translation>வைத்துக்கொள்ள வேண்டிய மதிப்பைக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>That would break a rule: {rule} Give {names} too.</source>
            <translation>அது ஒரு விதியை மீறும்: {rule} {names} ஐயும் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>{rule} {first} set {field} to {value}; {second} set {other} to {other_value}.</source>
            <translation>{rule} {first} {field} ஐ {value} என அமைத்தது; {second} {other} ஐ {other_value} என அமைத்தது.</translation>
        </message>
        <message>
            <source>Settled.</source>
            <translation>தீர்க்கப்பட்டது.</translation>
        </message>
        <message>
            <source>This record has no field {name}.</source>
            <translation>இந்தப் பதிவில் {name} என்ற புலம் இல்லை.</translation>
        </message>
        <message>
            <source>That value does not fit this field: {error}</source>
            <translation>அந்த மதிப்பு இந்தப் புலத்துக்குப் பொருந்தாது: {error}</translation>
        </message>
        <message>
            <source>This device has no keys to replace yet: scdesk device makes its first ones.</source>
            <translation>இந்தச் சாதனத்தில் மாற்றுவதற்குச் சாவிகள் இன்னும் இல்லை: scdesk device அதன் முதல் சாவிகளை உருவாக்கும்.</translation>
        </message>
        <message>
            <source>This key backup belongs to another device.</source>
            <translation>இந்தச் சாவிக் காப்புப்பிரதி வேறொரு சாதனத்தைச் சேர்ந்தது.</translation>
        </message>
        <message>
            <source>This key backup holds keys this device no longer signs with.</source>
            <translation>இந்தச் சாவிக் காப்புப்பிரதியில் இந்தச் சாதனம் இனி கையொப்பமிடப் பயன்படுத்தாத சாவிகள் உள்ளன.</translation>
        </message>
        <message>
            <source>{device}'s clock is {days} days ahead: ask its user to set the date.</source>
            <translation>{device} இன் கடிகாரம் {days} நாட்கள் முன்னே உள்ளது: தேதியைச் சரியாக அமைக்குமாறு அதன் பயனரிடம் கேளுங்கள்.</translation>
        </message>
        <message>
            <source>{file} is this device's own card: give it to the hub.</source>
            <translation>{file} இந்தச் சாதனத்தின் சொந்த அட்டை: அதை மையத்திடம் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>{name} was revoked here and cannot be trusted again.</source>
            <translation>{name} இங்கு திரும்பப் பெறப்பட்டது, அதை மீண்டும் நம்ப முடியாது.</translation>
        </message>
        <message>
            <source>{name} is known here with other keys: new keys are trusted only from its bundle or card that names the old ones (scdesk device replace-keys, on that device).</source>
            <translation>{name} இங்கு வேறு சாவிகளுடன் அறியப்படுகிறது: பழைய சாவிகளைக் குறிப்பிடும் அதன் தொகுப்பு அல்லது அட்டையிலிருந்து மட்டுமே புதிய சாவிகள் நம்பப்படும் (அந்தச் சாதனத்தில் scdesk device replace-keys).</translation>
        </message>
        <message>
            <source>This device cannot revoke itself.</source>
            <translation>இந்தச் சாதனம் தன்னைத் தானே திரும்பப் பெற முடியாது.</translation>
        </message>
        <message>
            <source>No such device is known here.</source>
            <translation>அப்படி ஒரு சாதனம் இங்கு அறியப்படவில்லை.</translation>
        </message>
        <message>
            <source>No single device matches {text}: scdesk devices lists them.</source>
            <translation>{text} உடன் பொருந்தும் ஒரே சாதனம் இல்லை: scdesk devices அவற்றைப் பட்டியலிடும்.</translation>
        </message>
        <message>
            <source>Only a hub writes a hub profile.</source>
            <translation>மையம் மட்டுமே மைய விவரக்கோப்பை எழுதும்.</translation>
        </message>
        <message>
            <source>The hub profile holds records scdesk cannot read: {error}</source>
            <translation>மைய விவரக்கோப்பில் scdesk படிக்க முடியாத பதிவுகள் உள்ளன: {error}</translation>
        </message>
        <message>
            <source>The city is not one of the hub's cities.</source>
            <translation>இந்த நகரம் மையத்தின் நகரங்களில் ஒன்றல்ல.</translation>
        </message>
        <message>
            <source>An officer's device sends its bundles to its hub only, which passes them on.</source>
            <translation>அலுவலரின் சாதனம் தன் தொகுப்புகளைத் தன் மையத்துக்கு மட்டுமே அனுப்பும்; மையம் அவற்றை மற்றவர்களுக்கு அனுப்பும்.</translation>
        </message>
        <message>
            <source>This device has no key for {name}.</source>
            <translation>இந்தச் சாதனத்திடம் {name} க்கான சாவி இல்லை.</translation>
        </message>
        <message>
            <source>{file}: not imported, the import was cancelled.</source>
            <translation>{file}: இறக்குமதி செய்யப்படவில்லை, இறக்குமதி ரத்து செய்யப்பட்டது.</translation>
        </message>
        <message>
            <source>{file} is being merged by another scdesk window or command right now: its outcome will show there.</source>
            <translation>{file} ஐ இப்போது வேறொரு scdesk சாளரம் அல்லது கட்டளை ஒன்றிணைக்கிறது: அதன் முடிவு அங்கே காட்டப்படும்.</translation>
        </message>
        <message>
            <source>{file} from {sender} adds or changes a priority, which only the hub does; nothing from it was merged.</source>
            <translation>{sender} இலிருந்து வந்த {file} ஒரு முன்னுரிமையைச் சேர்க்கிறது அல்லது மாற்றுகிறது, அதை மையம் மட்டுமே செய்யும்; அதிலிருந்து எதுவும் ஒன்றிணைக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>{file} holds a record scdesk cannot take: {error}</source>
            <translation>{file} இல் scdesk ஏற்க முடியாத ஒரு பதிவு உள்ளது: {error}</translation>
        </message>
        <message>
            <source>{file} holds records that refer to records this device does not have; nothing from it was merged.</source>
            <translation>{file} இல் இந்தச் சாதனத்தில் இல்லாத பதிவுகளைக் குறிப்பிடும் பதிவுகள் உள்ளன; அதிலிருந்து எதுவும் ஒன்றிணைக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, {conflicts} in conflict, {waiting} waiting for records not yet arrived.</source>
            <translation>{sender} இலிருந்து {file}: புதியவை {new}, புதுப்பிக்கப்பட்டவை {updated}, ஏற்கெனவே இருப்பவை {unchanged}, முரண்பாட்டில் {conflicts}, இன்னும் வராத பதிவுகளுக்காகக் காத்திருப்பவை {waiting}.</translation>
        </message>
        <message>
            <source>{file} from {sender}: nothing new, all {unchanged} records are already here.</source>
            <extracomment>Translators: {unchanged} is a number of records; the bundle changed nothing here.</extracomment>
            <translation>{sender} இலிருந்து {file}: புதிதாக எதுவும் இல்லை, {unchanged} பதிவுகளும் ஏற்கெனவே இங்கே உள்ளன.</translation>
        </message>
        <message>
            <source>{file}: already merged on {day}; nothing changed.</source>
            <translation>{file}: ஏற்கெனவே {day} அன்று ஒன்றிணைக்கப்பட்டது; எதுவும் மாறவில்லை.</translation>
        </message>
        <message>
            <source>{file} comes from {sender}, another officer's device: an officer's device takes bundles from its hub only, which passes everyone's changes on.</source>
            <translation>{file} வேறொரு அலுவலரின் சாதனமான {sender} இலிருந்து வந்துள்ளது: அலுவலரின் சாதனம் தன் மையத்திடமிருந்து மட்டுமே தொகுப்புகளை ஏற்கும்; மையம் அனைவரின் மாற்றங்களையும் அனுப்பும்.</translation>
        </message>
        <message>
            <source>{file} from {sender} acknowledges changes made by {other}; a device may speak only for itself, so nothing from it was merged.</source>
            <translation>{sender} இலிருந்து வந்த {file}, {other} செய்த மாற்றங்களை ஏற்றுக்கொண்டதாகக் கூறுகிறது; ஒரு சாதனம் தனக்காக மட்டுமே பேச முடியும், எனவே அதிலிருந்து எதுவும் ஒன்றிணைக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>{file} from {sender} claims changes made by {other} that this device does not have; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} இலிருந்து வந்த {file}, இந்தச் சாதனத்தில் இல்லாத {other} செய்த மாற்றங்களைக் கோருகிறது; ஒரு சாதனம் தன் சொந்த மாற்றங்களை மட்டுமே அனுப்ப முடியும், எனவே அதிலிருந்து எதுவும் ஒன்றிணைக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>{file} from {sender} carries a change made by {other}; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} இலிருந்து வந்த {file} இல் {other} செய்த ஒரு மாற்றம் உள்ளது; ஒரு சாதனம் தன் சொந்த மாற்றங்களை மட்டுமே அனுப்ப முடியும், எனவே அதிலிருந்து எதுவும் ஒன்றிணைக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>That device is not trusted here.</source>
            <translation>அந்தச் சாதனம் இங்கு நம்பப்படவில்லை.</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile first.</source>
            <translation>இந்தச் சாதனத்துக்கு அதன் மையம் இன்னும் தெரியாது: முதலில் மையத்தின் விவரக்கோப்பை இறக்குமதி செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>Say which device the bundle is for (scdesk devices lists them).</source>
            <translation>தொகுப்பு எந்தச் சாதனத்துக்கானது எனச் சொல்லுங்கள் (scdesk devices அவற்றைப் பட்டியலிடும்).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} என்ற கோப்புறை இல்லை.</translation>
        </message>
        <message>
            <source>Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); the next bundle from its sender will bring them.</source>
            <translation>{device} இல் செய்யப்பட்ட {first} முதல் {last} வரையிலான மாற்றங்கள் இன்னும் வரவில்லை (ஒரு தொகுப்பு காணவில்லை); அனுப்புநரிடமிருந்து வரும் அடுத்த தொகுப்பு அவற்றைக் கொண்டுவரும்.</translation>
        </message>
        <message>
            <source>This bundle comes from a device not yet trusted here: {name} ({user}), fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust the device, then import again.</source>
            <translation>இந்தத் தொகுப்பு இங்கு இன்னும் நம்பப்படாத ஒரு சாதனத்திலிருந்து வந்துள்ளது: {name} ({user}), அடையாளக் குறியீடு {fingerprint}. அடையாளக் குறியீட்டைச் சாதன உரிமையாளருடன் சரிபார்த்து, சாதனத்தை நம்பி, பிறகு மீண்டும் இறக்குமதி செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and confirmed by the old key: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) க்குப் புதிய சாவிகள் உள்ளன, அடையாளக் குறியீடு {fingerprint}; இவை {old} ஐ மாற்றுகின்றன, பழைய சாவியால் உறுதிப்படுத்தப்பட்டுள்ளன: புதிய அடையாளக் குறியீட்டை அதன் உரிமையாளருடன் சரிபார்த்து நம்புங்கள் (scdesk trust FILE), பிறகு மீண்டும் இறக்குமதி செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not confirmed by the old key, which was lost: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) க்குப் புதிய சாவிகள் உள்ளன, அடையாளக் குறியீடு {fingerprint}; இவை {old} ஐ மாற்றுகின்றன, ஆனால் தொலைந்துபோன பழைய சாவியால் உறுதிப்படுத்தப்படவில்லை: புதிய அடையாளக் குறியீட்டை அதன் உரிமையாளருடன் சரிபார்த்து நம்புங்கள் (scdesk trust FILE), பிறகு மீண்டும் இறக்குமதி செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>The name of the file {file} holds characters scdesk cannot read: rename the file, then import it again.</source>
            <translation>{file} என்ற கோப்பின் பெயரில் scdesk படிக்க முடியாத எழுத்துகள் உள்ளன: கோப்பின் பெயரை மாற்றி, மீண்டும் இறக்குமதி செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>{file} comes from {name}, a device revoked here: it is not imported.</source>
            <translation>{file} இங்கு திரும்பப் பெறப்பட்ட சாதனமான {name} இலிருந்து வந்துள்ளது: அது இறக்குமதி செய்யப்படவில்லை.</translation>
        </message>
        <message>
            <source>{file} does not bear {name}'s signature: it was changed after it was made, or made by another device. Ask the sender for it again.</source>
            <translation>{file} இல் {name} இன் கையொப்பம் இல்லை: அது உருவாக்கப்பட்ட பின் மாற்றப்பட்டுள்ளது, அல்லது வேறொரு சாதனத்தால் உருவாக்கப்பட்டது. அனுப்புநரிடம் மீண்டும் கேளுங்கள்.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle, or it was damaged on the way.</source>
            <translation>{file} ஒரு scdesk தொகுப்பு அல்ல, அல்லது வழியில் சேதமடைந்துள்ளது.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle.</source>
            <translation>{file} ஒரு scdesk தொகுப்பு அல்ல.</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here, then import.</source>
            <translation>{file} scdesk இன் புதிய பதிப்பால் உருவாக்கப்பட்டது: அந்தப் பதிப்பை இங்கு நிறுவி, பிறகு இறக்குமதி செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>{file} was made for another device; ask the sender to export it for this one.</source>
            <translation>{file} வேறொரு சாதனத்துக்காக உருவாக்கப்பட்டது; இந்தச் சாதனத்துக்காக ஏற்றுமதி செய்யுமாறு அனுப்புநரிடம் கேளுங்கள்.</translation>
        </message>
        <message>
            <source>{file} holds unexpected files ({names}): it was not made by scdesk, or it was tampered with.</source>
            <translation>{file} இல் எதிர்பாராத கோப்புகள் ({names}) உள்ளன: அது scdesk ஆல் உருவாக்கப்படவில்லை, அல்லது யாரோ அதை மாற்றியுள்ளனர்.</translation>
        </message>
        <message>
            <source>{file} is not a whole scdesk bundle: it may have been cut short or damaged on the way. Ask the sender for it again.</source>
            <translation>{file} முழுமையான scdesk தொகுப்பு அல்ல: வழியில் துண்டிக்கப்பட்டிருக்கலாம் அல்லது சேதமடைந்திருக்கலாம். அனுப்புநரிடம் மீண்டும் கேளுங்கள்.</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (damaged on the way, or tampered with): ask the sender for it again.</source>
            <translation>{file} உருவாக்கப்பட்ட பின் மாற்றப்பட்டுள்ளது (வழியில் சேதமடைந்தது, அல்லது யாரோ மாற்றியுள்ளனர்): அனுப்புநரிடம் மீண்டும் கேளுங்கள்.</translation>
        </message>
        <message>
            <source>{file} is larger than a bundle may be, or expands too far: it is not imported.</source>
            <translation>{file} ஒரு தொகுப்புக்கான அளவை விடப் பெரியது, அல்லது விரிக்கும்போது மிகப் பெரிதாகிறது: அது இறக்குமதி செய்யப்படவில்லை.</translation>
        </message>
        <message>
            <source>{file} holds records scdesk cannot read: it was not made by this scdesk.</source>
            <translation>{file} இல் scdesk படிக்க முடியாத பதிவுகள் உள்ளன: அது இந்த scdesk ஆல் உருவாக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk device card, or it was damaged.</source>
            <translation>{file} ஒரு scdesk சாதன அட்டை அல்ல, அல்லது சேதமடைந்துள்ளது.</translation>
        </message>
        <message>
            <source>{file} is not a backup of scdesk device keys, or it was damaged.</source>
            <translation>{file} scdesk சாதனச் சாவிகளின் காப்புப்பிரதி அல்ல, அல்லது சேதமடைந்துள்ளது.</translation>
        </message>
        <message>
            <source>The passphrase does not open {file}: check it and try again.</source>
            <translation>இந்தக் கடவுச்சொற்றொடர் {file} ஐத் திறக்கவில்லை: அதைச் சரிபார்த்து மீண்டும் முயலுங்கள்.</translation>
        </message>
        <message>
            <source>The key file in {folder} is not the one this device's records were signed with: put the right one back (scdesk device restore-keys FILE), or make new keys the hub must trust (scdesk device replace-keys).</source>
            <translation>{folder} இல் உள்ள சாவிக் கோப்பு, இந்தச் சாதனத்தின் பதிவுகள் கையொப்பமிடப்பட்ட சாவிக் கோப்பு அல்ல: சரியானதை மீண்டும் வையுங்கள் (scdesk device restore-keys FILE), அல்லது மையம் நம்ப வேண்டிய புதிய சாவிகளை உருவாக்குங்கள் (scdesk device replace-keys).</translation>
        </message>
        <message>
            <source>This device's key file ({name}) is missing from {folder}: restore it from your key backup (scdesk device restore-keys FILE), or, with no backup, make new keys the hub must trust before it takes this device's bundles (scdesk device replace-keys).</source>
            <translation>இந்தச் சாதனத்தின் சாவிக் கோப்பு ({name}) {folder} இல் இல்லை: உங்கள் சாவிக் காப்புப்பிரதியிலிருந்து அதை மீட்டெடுங்கள் (scdesk device restore-keys FILE); காப்புப்பிரதி இல்லையெனில், இந்தச் சாதனத்தின் தொகுப்புகளை ஏற்கும் முன் மையம் நம்ப வேண்டிய புதிய சாவிகளை உருவாக்குங்கள் (scdesk device replace-keys).</translation>
        </message>
        <message>
            <source>This device's key file ({path}) is damaged: restore it from a copy of the folder.</source>
            <translation>இந்தச் சாதனத்தின் சாவிக் கோப்பு ({path}) சேதமடைந்துள்ளது: கோப்புறையின் ஒரு நகலிலிருந்து அதை மீட்டெடுங்கள்.</translation>
        </message>
        <message>
            <source>The keys given are damaged.</source>
            <translation>கொடுக்கப்பட்ட சாவிகள் சேதமடைந்துள்ளன.</translation>
        </message>
        <message>
            <source>The key file in this folder belongs to another device's records: keep each device's folder whole, or move this key file away to make new keys.</source>
            <translation>இந்தக் கோப்புறையில் உள்ள சாவிக் கோப்பு வேறொரு சாதனத்தின் பதிவுகளைச் சேர்ந்தது: ஒவ்வொரு சாதனத்தின் கோப்புறையையும் முழுமையாக வையுங்கள், அல்லது புதிய சாவிகளை உருவாக்க இந்தச் சாவிக் கோப்பை வேறிடத்துக்கு நகர்த்துங்கள்.</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here first.</source>
            <translation>{file} scdesk இன் புதிய பதிப்பால் உருவாக்கப்பட்டது: முதலில் அந்தப் பதிப்பை இங்கு நிறுவுங்கள்.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk hub profile, or it was damaged.</source>
            <translation>{file} ஒரு scdesk மைய விவரக்கோப்பு அல்ல, அல்லது சேதமடைந்துள்ளது.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>ஒத்திசைவு</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>ஒத்திசைவு விவரங்கள்</translation>
        </message>
        <message>
            <source>No bundle imported since scdesk started.</source>
            <translation>scdesk தொடங்கியதிலிருந்து எந்தத் தொகுப்பும் இறக்குமதி செய்யப்படவில்லை.</translation>
        </message>
        <message>
            <source>Review &amp;duplicates</source>
            <translation>இரட்டைப் பதிவுகளை மறுஆய்வு செய் (&amp;D)</translation>
        </message>
        <message>
            <source>Open the probable duplicates</source>
            <translation>சாத்தியமான இரட்டைப் பதிவுகளைத் திற</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>கடைசி இறக்குமதி</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>சாதனங்கள்</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>முரண்பாடுகள்</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>இந்தச் சாதனம்</translation>
        </message>
        <message>
            <source>This device's fingerprint</source>
            <translation>இந்தச் சாதனத்தின் அடையாளக் குறியீடு</translation>
        </message>
        <message>
            <source>Before another device trusts this one, its user asks for this fingerprint: read it out, or compare it on both screens.</source>
            <translation>வேறொரு சாதனம் இதை நம்பும் முன், அதன் பயனர் இந்த அடையாளக் குறியீட்டைக் கேட்பார்: அதை வாசித்துக் காட்டுங்கள், அல்லது இரண்டு திரைகளிலும் ஒப்பிட்டுப் பாருங்கள்.</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>சாதனம்</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>அடையாளக் குறியீடு</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>தொகுப்புகள்</translation>
        </message>
        <message>
            <source>Export a bundle for</source>
            <translation>தொகுப்பை ஏற்றுமதி செய்ய வேண்டிய சாதனம்</translation>
        </message>
        <message>
            <source>F&amp;or</source>
            <translation>எந்தச் சாதனத்துக்கு (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Export a bundle…</source>
            <translation>தொகுப்பை ஏற்றுமதி செய்… (&amp;E)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>தொகுப்பை ஏற்றுமதி செய்</translation>
        </message>
        <message>
            <source>Write this device's new records to a file for the device chosen.</source>
            <translation>இந்தச் சாதனத்தின் புதிய பதிவுகளைத் தேர்ந்தெடுத்த சாதனத்துக்காக ஒரு கோப்பில் எழுது.</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>தொகுப்புகளை இறக்குமதி செய்… (&amp;I)</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>தொகுப்புகளை இறக்குமதி செய்</translation>
        </message>
        <message>
            <source>Merge bundles other devices made for this one.</source>
            <translation>பிற சாதனங்கள் இந்தச் சாதனத்துக்காக உருவாக்கிய தொகுப்புகளை ஒன்றிணை.</translation>
        </message>
        <message>
            <source>The last bundle for the device chosen</source>
            <translation>தேர்ந்தெடுத்த சாதனத்துக்கான கடைசித் தொகுப்பு</translation>
        </message>
        <message>
            <source>A bundle holds what the device chosen has not had from this one yet, in one file named for who made it, for whom and when. Import takes the bundles other devices made for this one; choose several at once.</source>
            <translation>தேர்ந்தெடுத்த சாதனம் இந்தச் சாதனத்திடமிருந்து இன்னும் பெறாதவற்றைத் தொகுப்பு கொண்டிருக்கும்; அது யார் உருவாக்கியது, யாருக்காக, எப்போது என்று பெயரிடப்பட்ட ஒரே கோப்பாக இருக்கும். இறக்குமதி, பிற சாதனங்கள் இந்தச் சாதனத்துக்காக உருவாக்கிய தொகுப்புகளை ஏற்கும்; பலவற்றை ஒரே நேரத்தில் தேர்ந்தெடுக்கலாம்.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ஏற்றுமதி</translation>
        </message>
        <message>
            <source>File</source>
            <translation>கோப்பு</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>முடிவு</translation>
        </message>
        <message>
            <source>New</source>
            <translation>புதியவை</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>புதுப்பிக்கப்பட்டவை</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>ஏற்கெனவே இருப்பவை</translation>
        </message>
        <message>
            <source>In conflict</source>
            <translation>முரண்பாட்டில்</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>காத்திருப்பவை</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>என்ன நடந்தது</translation>
        </message>
        <message>
            <source>What each file did</source>
            <translation>ஒவ்வொரு கோப்பும் என்ன செய்தது</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>படிக்கிறது…</translation>
        </message>
        <message>
            <source>{name} ({role}), used by {user}</source>
            <translation>{name} ({role}), பயன்படுத்துபவர் {user}</translation>
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation>முரண்பாடுகள் ({count})</translation>
        </message>
        <message>
            <source>No bundle made for {name} yet.</source>
            <translation>{name} க்கு இன்னும் எந்தத் தொகுப்பும் உருவாக்கப்படவில்லை.</translation>
        </message>
        <message>
            <source>Last bundle for {name}: {when}.</source>
            <translation>{name} க்கான கடைசித் தொகுப்பு: {when}.</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile (under Devices, below) before exporting.</source>
            <translation>இந்தச் சாதனத்துக்கு அதன் மையம் இன்னும் தெரியாது: ஏற்றுமதி செய்யும் முன், மையத்தின் விவரக்கோப்பை இறக்குமதி செய்யுங்கள் (கீழே, சாதனங்கள் என்பதன் கீழ்).</translation>
        </message>
        <message>
            <source>No device is trusted here yet: import a bundle from an officer's laptop and trust it, then export bundles for it here.</source>
            <translation>இங்கு இன்னும் எந்தச் சாதனமும் நம்பப்படவில்லை: ஓர் அலுவலரின் மடிக்கணினியிலிருந்து ஒரு தொகுப்பை இறக்குமதி செய்து அதை நம்புங்கள், பிறகு இங்கிருந்து அதற்கான தொகுப்புகளை ஏற்றுமதி செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>Where to write the bundle (a USB stick, for example)</source>
            <translation>தொகுப்பை எங்கு எழுதுவது (எடுத்துக்காட்டாக, ஒரு USB நினைவகம்)</translation>
        </message>
        <message>
            <source>Exporting a bundle…</source>
            <translation>தொகுப்பை ஏற்றுமதி செய்கிறது…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n பதிவு</numerusform>
                <numerusform>%n பதிவுகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} for {receiver}, written to {path}</source>
            <translation>{receiver} க்கான {records}, {path} இல் எழுதப்பட்டது</translation>
        </message>
        <message>
            <source>Bundles to import</source>
            <translation>இறக்குமதி செய்ய வேண்டிய தொகுப்புகள்</translation>
        </message>
        <message>
            <source>scdesk bundles (*.scdesk);;All files (*)</source>
            <translation>scdesk தொகுப்புகள் (*.scdesk);;அனைத்துக் கோப்புகளும் (*)</translation>
        </message>
        <message>
            <source>Checking the bundles…</source>
            <translation>தொகுப்புகளைச் சரிபார்க்கிறது…</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>தொகுப்புகளை இறக்குமதி செய்கிறது…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation>
                <numerusform>%n கோப்பு ஒன்றிணைக்கப்பட்டது</numerusform>
                <numerusform>%n கோப்புகள் ஒன்றிணைக்கப்பட்டன</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation>
                <numerusform>%n ஏற்கெனவே ஒன்றிணைக்கப்பட்டது</numerusform>
                <numerusform>%n ஏற்கெனவே ஒன்றிணைக்கப்பட்டன</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n மறுக்கப்பட்டது</numerusform>
                <numerusform>%n மறுக்கப்பட்டன</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%n இறக்குமதி செய்யப்படவில்லை</numerusform>
                <numerusform>%n இறக்குமதி செய்யப்படவில்லை</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import: {parts}.</source>
            <translation>கடைசி இறக்குமதி: {parts}.</translation>
        </message>
        <message>
            <source>Trusted now: {names}.</source>
            <translation>இப்போது நம்பப்பட்டவை: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation>
                <numerusform>பார்க்க வேண்டிய சாத்தியமான இரட்டைப் பதிவுகள்: %n ஜோடி.</numerusform>
                <numerusform>பார்க்க வேண்டிய சாத்தியமான இரட்டைப் பதிவுகள்: %n ஜோடிகள்.</numerusform>
            </translation>
        </message>
        <message>
            <source>merged</source>
            <translation>ஒன்றிணைக்கப்பட்டது</translation>
        </message>
        <message>
            <source>already merged</source>
            <translation>ஏற்கெனவே ஒன்றிணைக்கப்பட்டது</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>மறுக்கப்பட்டது</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ரத்து செய்யப்பட்டது</translation>
        </message>
        <message>
            <source>From {sender}.</source>
            <translation>அனுப்பியது: {sender}.</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>{value} is not a {column}: use one of {choices}.</source>
            <translation>{value} என்பது சரியான {column} அல்ல: {choices} இல் ஒன்றைப் பயன்படுத்துங்கள்.</translation>
        </message>
        <message>
            <source>{value} in {column} is not yes or no.</source>
            <translation>{column} இல் உள்ள {value} ஆம் அல்லது இல்லை அல்ல.</translation>
        </message>
        <message>
            <source>{value} in {column} is not a date such as 2026-01-31.</source>
            <translation>{column} இல் உள்ள {value} 2026-01-31 போன்ற தேதி அல்ல.</translation>
        </message>
        <message>
            <source>{value} in {column} is not a time such as 2026-01-31 14:30 (UTC).</source>
            <translation>{column} இல் உள்ள {value} 2026-01-31 14:30 (UTC) போன்ற நேரம் அல்ல.</translation>
        </message>
        <message>
            <source>{value} in {column} is not a whole number.</source>
            <translation>{column} இல் உள்ள {value} முழு எண் அல்ல.</translation>
        </message>
        <message>
            <source>{value} in {column} is not an amount such as 1500.50.</source>
            <translation>{column} இல் உள்ள {value} 1500.50 போன்ற தொகை அல்ல.</translation>
        </message>
        <message>
            <source>{value} in {column} is not an id as scdesk writes them: leave it empty for a new record.</source>
            <translation>{column} இல் உள்ள {value}, scdesk எழுதும் அடையாள எண் அல்ல: புதிய பதிவுக்கு அதை வெறுமையாக விடுங்கள்.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: split it into smaller files.</source>
            <translation>கோப்பு {limit} MB ஐ விடப் பெரியது: அதைச் சிறிய கோப்புகளாகப் பிரியுங்கள்.</translation>
        </message>
        <message>
            <source>{name} is not a CSV or XLSX file: save it as one of those.</source>
            <translation>{name} ஒரு CSV அல்லது XLSX கோப்பு அல்ல: அவற்றில் ஒன்றாகச் சேமியுங்கள்.</translation>
        </message>
        <message>
            <source>The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>கோப்பு UTF-8 இல் இல்லை: உங்கள் விரிதாள் நிரலிலிருந்து "CSV UTF-8" ஆகச் சேமித்து மீண்டும் முயலுங்கள்.</translation>
        </message>
        <message>
            <source>A quotation mark in this row is never closed, or has text right after it.</source>
            <translation>இந்த வரிசையில் ஒரு மேற்கோள் குறி மூடப்படவே இல்லை, அல்லது அதற்கு உடனே பின் உரை உள்ளது.</translation>
        </message>
        <message>
            <source>A cell holds more than {limit} characters: look for a quotation mark that is never closed.</source>
            <translation>ஒரு கட்டத்தில் {limit} எழுத்துகளுக்கு மேல் உள்ளன: மூடப்படாத மேற்கோள் குறி உள்ளதா எனப் பாருங்கள்.</translation>
        </message>
        <message>
            <source>The spreadsheet declares XML entities, which spreadsheet programs never write: it is refused.</source>
            <translation>விரிதாளில் XML உட்பொருள் வரையறைகள் உள்ளன; விரிதாள் நிரல்கள் இவற்றை ஒருபோதும் எழுதுவதில்லை: அது மறுக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>The spreadsheet has no sheet called {table}.</source>
            <translation>விரிதாளில் {table} என்ற தாள் இல்லை.</translation>
        </message>
        <message>
            <source>The zip file holds no {table}.csv.</source>
            <translation>zip கோப்பில் {table}.csv இல்லை.</translation>
        </message>
        <message>
            <source>The file unpacks to more than {limit} MB: it is refused.</source>
            <translation>கோப்பு விரிக்கும்போது {limit} MB ஐ விடப் பெரிதாகிறது: அது மறுக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>The file is damaged or not a spreadsheet.</source>
            <translation>கோப்பு சேதமடைந்துள்ளது அல்லது விரிதாள் அல்ல.</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it.</source>
            <translation>கோப்பில் {limit} க்கு மேற்பட்ட வரிசைகள் உள்ளன: அதைப் பிரியுங்கள்.</translation>
        </message>
        <message>
            <source>The first row must name the columns; it is empty.</source>
            <translation>முதல் வரிசை நெடுவரிசைகளின் பெயர்களைக் கொண்டிருக்க வேண்டும்; அது வெறுமையாக உள்ளது.</translation>
        </message>
        <message>
            <source>The first row names the column "{column}" twice: keep one.</source>
            <extracomment>Translators: {column} is a column name, as the first row of the file gives it.</extracomment>
            <translation>முதல் வரிசையில் "{column}" என்ற நெடுவரிசை இரண்டு முறை உள்ளது: ஒன்றை மட்டும் வையுங்கள்.</translation>
        </message>
        <message>
            <source>The first row names no column scdesk reads: add a row of column names at the top, such as {examples}.</source>
            <extracomment>Translators: {examples} are column names, such as: id, name, name_local, country.</extracomment>
            <translation>முதல் வரிசையில் scdesk படிக்கும் நெடுவரிசைப் பெயர் எதுவும் இல்லை: மேலே {examples} போன்ற நெடுவரிசைப் பெயர்களின் வரிசையைச் சேருங்கள்.</translation>
        </message>
        <message>
            <source>A cell holds a NUL character, which is not text: save the file again from your spreadsheet program.</source>
            <translation>ஒரு கட்டத்தில் NUL எழுத்து உள்ளது, அது உரை அல்ல: உங்கள் விரிதாள் நிரலிலிருந்து கோப்பை மீண்டும் சேமியுங்கள்.</translation>
        </message>
        <message>
            <source>The row has {cells} cells but the first row names only {columns} columns: name every column, and put a cell that holds a comma in quotation marks.</source>
            <extracomment>Translators: {cells} and {columns} are numbers of cells in one row.</extracomment>
            <translation>இந்த வரிசையில் {cells} கட்டங்கள் உள்ளன, ஆனால் முதல் வரிசையில் {columns} நெடுவரிசைகள் மட்டுமே பெயரிடப்பட்டுள்ளன: ஒவ்வொரு நெடுவரிசைக்கும் பெயரிடுங்கள், காற்புள்ளி உள்ள கட்டத்தை மேற்கோள் குறிகளுக்குள் வையுங்கள்.</translation>
        </message>
        <message>
            <source>This person is listed already, in row {row}.</source>
            <translation>இந்த நபர் ஏற்கெனவே வரிசை {row} இல் பட்டியலிடப்பட்டுள்ளார்.</translation>
        </message>
        <message>
            <source>This seat is on another committee: leave its id empty to seat the person on this one.</source>
            <translation>இந்த இடம் வேறொரு குழுவைச் சேர்ந்தது: நபரை இந்தக் குழுவில் சேர்க்க, அதன் அடையாள எண்ணை வெறுமையாக விடுங்கள்.</translation>
        </message>
        <message>
            <source>Give the committee (committee_id or committee) and the person (person_id or person).</source>
            <translation>குழுவையும் (committee_id அல்லது committee) நபரையும் (person_id அல்லது person) கொடுங்கள்.</translation>
        </message>
        <message>
            <source>Fill {column}: a new record needs it.</source>
            <extracomment>Translators: {column} is the name of a column of the spreadsheet.</extracomment>
            <translation>{column} ஐ நிரப்புங்கள்: புதிய பதிவுக்கு அது தேவை.</translation>
        </message>
        <message>
            <source>No single record called {name} is recorded here: give its {column}.</source>
            <extracomment>Translators: {name} is what the cell holds, {column} the column that takes the record's id.</extracomment>
            <translation>{name} என்ற பெயரில் ஒரே ஒரு பதிவு இங்கு இல்லை: அதன் {column} ஐக் கொடுங்கள்.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found; {first}</source>
            <translation>
                <numerusform>எதுவும் இறக்குமதி செய்யப்படவில்லை: %n சிக்கல் கண்டறியப்பட்டது; {first}</numerusform>
                <numerusform>எதுவும் இறக்குமதி செய்யப்படவில்லை: %n சிக்கல்கள் கண்டறியப்பட்டன; {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which meeting or which activity the attendance is for.</source>
            <translation>வருகை எந்தக் கூட்டத்துக்கு அல்லது எந்தச் செயல்பாட்டுக்கு என்று சொல்லுங்கள்.</translation>
        </message>
        <message>
            <source>This row's id belongs to a part of another version: leave it empty to add the part to this one.</source>
            <translation>இந்த வரிசையின் அடையாள எண் வேறொரு பதிப்பின் பகுதியைச் சேர்ந்தது: பகுதியை இதில் சேர்க்க, அதை வெறுமையாக விடுங்கள்.</translation>
        </message>
        <message>
            <source>the file: {message}</source>
            <translation>கோப்பு: {message}</translation>
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <extracomment>Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.</extracomment>
            <translation>{sheet} வரிசை {row}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <extracomment>Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong with it.</extracomment>
            <translation>வரிசை {row}: {message}</translation>
        </message>
        <message>
            <source>More than one person called {name} with this birth year and city is recorded: give the person's id.</source>
            <translation>இந்தப் பிறந்த ஆண்டும் நகரமும் கொண்ட {name} என்ற பெயரில் ஒன்றுக்கு மேற்பட்டவர்கள் பதிவாகியுள்ளனர்: அந்த நபரின் அடையாள எண்ணைக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its city_id.</source>
            <translation>{name} என்ற பெயரில் ஒன்றுக்கு மேற்பட்ட நகரங்கள் உள்ளன: அதன் city_id ஐக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>No single organisation called {name} is recorded here: give its organisation_id.</source>
            <translation>{name} என்ற பெயரில் ஒரே ஒரு நிறுவனம் இங்கு இல்லை: அதன் organisation_id ஐக் கொடுங்கள்.</translation>
        </message>
        <message>
            <source>No single indicator has the code {code}: give its indicator_id.</source>
            <extracomment>Translators: {code} is what the cell holds, an indicator's code such as OP1.2.</extracomment>
            <translation>{code} என்ற குறியீட்டுடன் ஒரே ஒரு குறிகாட்டி இல்லை: அதன் indicator_id ஐக் கொடுங்கள்.</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>மீட்டெடு (&amp;R)</translation>
        </message>
        <message>
            <source>Restore the selected record</source>
            <translation>தேர்ந்தெடுத்த பதிவை மீட்டெடு</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>குப்பைத் தொட்டி</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>நீக்கப்பட்ட நாள்</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>வகை</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>பதிவு</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>அனைத்து வகைகளும்</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>நீக்கப்பட்ட %n பதிவு</numerusform>
                <numerusform>நீக்கப்பட்ட %n பதிவுகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>மீட்டெடுக்கப்பட்டது: {label}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>மீட்டெடுக்கிறது…</translation>
        </message>
    </context>
    <context>
        <name>VersionBox</name>
        <message>
            <source>Version</source>
            <translation>பதிப்பு</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>பதிப்பு (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>திற (&amp;O)</translation>
        </message>
        <message>
            <source>A&amp;dopt</source>
            <translation>ஏற்றுக்கொள் (&amp;D)</translation>
        </message>
        <message>
            <source>Publish this draft: the version adopted before it is kept, superseded, and stays readable.</source>
            <translation>இந்த வரைவை வெளியிடு: இதற்கு முன் ஏற்றுக்கொள்ளப்பட்ட பதிப்பு மாற்றப்பட்டதாக வைக்கப்பட்டு, தொடர்ந்து படிக்கக் கிடைக்கும்.</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>புதிய பதிப்பு (&amp;N)</translation>
        </message>
        <message>
            <source>Start a draft copy of this version to edit.</source>
            <translation>திருத்துவதற்காக இந்தப் பதிப்பின் வரைவு நகலைத் தொடங்கு.</translation>
        </message>
        <message>
            <source>&amp;Start one</source>
            <translation>ஒன்றைத் தொடங்கு (&amp;S)</translation>
        </message>
        <message>
            <source>Version {number} · {status} · {title}</source>
            <translation>பதிப்பு {number} · {status} · {title}</translation>
        </message>
        <message>
            <source>None yet: start one for this city.</source>
            <translation>இன்னும் இல்லை: இந்த நகரத்துக்கு ஒன்றைத் தொடங்குங்கள்.</translation>
        </message>
        <message>
            <source>A draft: open it to edit, adopt it to publish it.</source>
            <translation>வரைவு: திருத்த அதைத் திறங்கள், வெளியிட அதை ஏற்றுக்கொள்ளுங்கள்.</translation>
        </message>
        <message>
            <source>Adopted on {day}: it opens read-only; start a new version to change it.</source>
            <translation>{day} அன்று ஏற்றுக்கொள்ளப்பட்டது: இது படிக்க மட்டுமே திறக்கும்; இதை மாற்ற, புதிய பதிப்பைத் தொடங்குங்கள்.</translation>
        </message>
        <message>
            <source>Superseded by a later version: kept as it was, it opens read-only.</source>
            <translation>பிந்தைய பதிப்பால் மாற்றப்பட்டது: அப்படியே வைக்கப்பட்டுள்ளது, படிக்க மட்டுமே திறக்கும்.</translation>
        </message>
    </context>
</TS>
