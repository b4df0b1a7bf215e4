<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="si_LK" sourcelanguage="en">
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Actions agreed at this meeting</source>
            <translation>මෙම රැස්වීමේදී එකඟ වූ ක්‍රියාමාර්ග</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ක්‍රියාමාර්ගය</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>වගකිව යුත්තා</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>නියමිත දිනය</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>ක්‍රියාමාර්ගයක් එක් කරන්න (&amp;A)</translation>
        </message>
        <message>
            <source>Carried over from earlier meetings</source>
            <translation>පෙර රැස්වීම්වලින් ඉදිරියට ගෙන ගිය</translation>
        </message>
        <message>
            <source>Actions carried over</source>
            <translation>ඉදිරියට ගෙන ගිය ක්‍රියාමාර්ග</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>විවෘත කළ දිනය</translation>
        </message>
        <message>
            <source>State</source>
            <translation>වත්මන් තත්ත්වය</translation>
        </message>
        <message>
            <source>&amp;Done at this meeting</source>
            <translation>මෙම රැස්වීමේදී නිම කළ (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ropped at this meeting</source>
            <translation>මෙම රැස්වීමේදී අත්හැරිය (&amp;R)</translation>
        </message>
        <message>
            <source>Open a&amp;gain</source>
            <translation>නැවත විවෘත කරන්න (&amp;G)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Save the meeting to see the actions carried over from earlier ones.</source>
            <translation>පෙර රැස්වීම්වලින් ඉදිරියට ගෙන ගිය ක්‍රියාමාර්ග බැලීමට රැස්වීම සුරකින්න.</translation>
        </message>
        <message>
            <source>No open actions were carried over to this meeting.</source>
            <translation>මෙම රැස්වීමට කිසිදු විවෘත ක්‍රියාමාර්ගයක් ඉදිරියට ගෙන ගොස් නැත.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation>
                <numerusform>ක්‍රියාමාර්ග %n ක් ඉදිරියට ගෙන ගොස් ඇත: නිම කළ හෝ අත්හැරිය ඒවා සලකුණු කරන්න.</numerusform>
                <numerusform>ක්‍රියාමාර්ග %n ක් ඉදිරියට ගෙන ගොස් ඇත: නිම කළ හෝ අත්හැරිය ඒවා සලකුණු කරන්න.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <source>Title</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Choose the city of the activity.</source>
            <translation>ක්‍රියාකාරකම පැවැත්වෙන නගරය තෝරන්න.</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ස්ථානය</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ප්‍රතිඵල</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>සටහන්</translation>
        </message>
        <message>
            <source>An activity that has not started cannot be marked as held.</source>
            <translation>තවම ආරම්භ නොවූ ක්‍රියාකාරකමක් පැවැත්වූ ලෙස සලකුණු කළ නොහැක.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>The session on {day} is outside the activity's dates.</source>
            <translation>{day} දින සැසිය ක්‍රියාකාරකමේ දිනයන්ගෙන් පිටත ය.</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>ප්‍රජාව</translation>
        </message>
        <message>
            <source>The same person is registered twice.</source>
            <translation>එකම පුද්ගලයා දෙවරක් ලියාපදිංචි කර ඇත.</translation>
        </message>
        <message>
            <source>The same person is listed twice as a coach.</source>
            <translation>එකම පුද්ගලයා පුහුණුකරුවෙකු ලෙස දෙවරක් ලැයිස්තුගත කර ඇත.</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>හිස් ගණනක්</translation>
        </message>
        <message>
            <source>The same gender, age band and community is counted twice.</source>
            <translation>එකම ස්ත්‍රී පුරුෂ භාවය, වයස් කාණ්ඩය සහ ප්‍රජාව දෙවරක් ගණන් කර ඇත.</translation>
        </message>
        <message>
            <source>A registered participant no longer exists here.</source>
            <translation>ලියාපදිංචි වූ සහභාගිවන්නෙකු තවදුරටත් මෙහි නැත.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Youth activities</source>
            <translation>තරුණ ක්‍රියාකාරකම්</translation>
        </message>
        <message>
            <source>&amp;New activity</source>
            <translation>නව ක්‍රියාකාරකමක් (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>අවසානය</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>භාෂාව</translation>
        </message>
        <message numerus="yes">
            <source>%n activity(s)</source>
            <translation>
                <numerusform>ක්‍රියාකාරකම් %n</numerusform>
                <numerusform>ක්‍රියාකාරකම් %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Youth activity[*]</source>
            <translation>තරුණ ක්‍රියාකාරකම[*]</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>මාතෘකාව (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>වර්ගය (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>ආරම්භ වන දිනය (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>අවසන් වන දිනය (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>ස්ථානය (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>භාෂාව (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>තත්ත්වය (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>ප්‍රතිඵල (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>සටහන් (&amp;N)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>විස්තර</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>සැසි</translation>
        </message>
        <message>
            <source>People</source>
            <translation>පුද්ගලයින්</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>සහභාගිත්වය</translation>
        </message>
        <message>
            <source>New youth activity</source>
            <translation>නව තරුණ ක්‍රියාකාරකම</translation>
        </message>
    </context>
    <context>
        <name>ActivityParts</name>
        <message>
            <source>Day</source>
            <translation>දිනය</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>සටහන්</translation>
        </message>
        <message>
            <source>Add a &amp;session</source>
            <translation>සැසියක් එක් කරන්න (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>අනුවාදය {number} සම්මත කරන්න</translation>
        </message>
        <message>
            <source>&amp;Adopted on</source>
            <translation>සම්මත කළ දිනය (&amp;A)</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>සම්මත කළ දිනය</translation>
        </message>
    </context>
    <context>
        <name>AdviceForm</name>
        <message>
            <source>Expert advice[*]</source>
            <translation>විශේෂඥ උපදෙස්[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>විශේෂඥයා (&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>මාතෘකාව (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>ආරම්භය (&amp;F)</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>අවසානය (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>සටහන් (&amp;N)</translation>
        </message>
        <message>
            <source>New expert advice</source>
            <translation>නව විශේෂඥ උපදෙස්</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Agenda</source>
            <translation>න්‍යාය පත්‍රය</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>න්‍යාය පත්‍රයේ කරුණු</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>කරුණක් එක් කරන්න (&amp;I)</translation>
        </message>
        <message>
            <source>Add s&amp;ub-item</source>
            <translation>උප කරුණක් එක් කරන්න (&amp;U)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>ඉහළට ගෙන යන්න</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>පහළට ගෙන යන්න</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ඉවත් කරන්න</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>මාතෘකාව (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Presenter</source>
            <translation>ඉදිරිපත් කරන්නා (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>සාකච්ඡාව (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>තීරණ (&amp;E)</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>(නව කරුණ)</translation>
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
            <translation>වාර්තා ගොනුවට හානි වී ඇත: ඔබට අවශ්‍ය දේ සටහන් කර ගැනීමට පමණක් දිගටම වැඩ කර, පසුව උපස්ථයකින් එය ප්‍රතිසාධනය කරන්න (ආකාරය scdesk check මගින් පෙන්වයි).</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Named attendees</source>
            <translation>නම සහිත පැමිණි අය</translation>
        </message>
        <message>
            <source>Add the committee's &amp;members</source>
            <translation>කමිටුවේ සාමාජිකයන් එක් කරන්න (&amp;M)</translation>
        </message>
        <message>
            <source>Add the committee's members</source>
            <translation>කමිටුවේ සාමාජිකයන් එක් කරන්න</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>පුද්ගලයා</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>භූමිකාව</translation>
        </message>
        <message>
            <source>nobody present</source>
            <translation>කිසිවෙක් පැමිණ නැත</translation>
        </message>
        <message>
            <source>Secretary of this meeting</source>
            <translation>මෙම රැස්වීමේ ලේකම්</translation>
        </message>
        <message>
            <source>Who took the minutes and signs them: someone marked present.</source>
            <translation>රැස්වීම් වාර්තාව ලියා එය අත්සන් කරන්නා: පැමිණි බව සටහන් වූ අයෙක්.</translation>
        </message>
        <message>
            <source>Secreta&amp;ry of this meeting</source>
            <translation>මෙම රැස්වීමේ ලේකම් (&amp;R)</translation>
        </message>
        <message>
            <source>Anonymous headcounts</source>
            <translation>නම් නොමැති හිස් ගණන්</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>වයස් කාණ්ඩය</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>කණ්ඩායම</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>කණ්ඩායමක් නැත</translation>
        </message>
        <message>
            <source>People</source>
            <translation>පුද්ගලයින්</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>හිස් ගණනක් එක් කරන්න (&amp;H)</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>ගණන් කර නැත</translation>
        </message>
        <message>
            <source>Stated total attendance</source>
            <translation>ප්‍රකාශිත මුළු පැමිණීම</translation>
        </message>
        <message>
            <source>Stated &amp;total</source>
            <translation>ප්‍රකාශිත මුළු ගණන (&amp;T)</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>ගණන් කළ</translation>
        </message>
        <message>
            <source>Choose the meeting's committee on the Details tab first.</source>
            <translation>පළමුව විස්තර ටැබයේ රැස්වීමේ කමිටුව තෝරන්න.</translation>
        </message>
        <message>
            <source>Nobody was a member of the committee on {day}.</source>
            <translation>{day} දින කමිටුවේ කිසිදු සාමාජිකයෙකු සිටියේ නැත.</translation>
        </message>
        <message>
            <source>{named} named present + {anonymous} counted = {sum}</source>
            <translation>නම සහිතව පැමිණි {named} + ගණන් කළ {anonymous} = {sum}</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>meeting</source>
            <translation>රැස්වීම</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>තරුණ ක්‍රියාකාරකම</translation>
        </message>
        <message>
            <source>person</source>
            <translation>පුද්ගලයා</translation>
        </message>
        <message>
            <source>committee</source>
            <translation>කමිටුව</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>ආයතනය</translation>
        </message>
        <message>
            <source>city</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>committee membership</source>
            <translation>කමිටු සාමාජිකත්වය</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>න්‍යාය පත්‍රයේ කරුණ</translation>
        </message>
        <message>
            <source>action</source>
            <translation>ක්‍රියාමාර්ගය</translation>
        </message>
        <message>
            <source>activity session</source>
            <translation>ක්‍රියාකාරකම් සැසිය</translation>
        </message>
        <message>
            <source>consultation finding</source>
            <translation>උපදේශන සාකච්ඡාවේ සොයාගැනීම</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>අවදානම් පැතිකඩ</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>අවදානම් සාධකය</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>වැළැක්වීමේ සැලැස්ම</translation>
        </message>
        <message>
            <source>plan objective</source>
            <translation>සැලැස්මේ අරමුණ</translation>
        </message>
        <message>
            <source>plan action</source>
            <translation>සැලැස්මේ ක්‍රියාමාර්ගය</translation>
        </message>
        <message>
            <source>support grant</source>
            <translation>සහාය ප්‍රදානය</translation>
        </message>
        <message>
            <source>expert advice</source>
            <translation>විශේෂඥ උපදෙස්</translation>
        </message>
        <message>
            <source>raising with a national body</source>
            <translation>ජාතික ආයතනයක් වෙත ඉදිරිපත් කළ කරුණ</translation>
        </message>
        <message>
            <source>priority added by the hub</source>
            <translation>මධ්‍යස්ථානය එක් කළ ප්‍රමුඛතාව</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>දර්ශකය</translation>
        </message>
        <message>
            <source>indicator target</source>
            <translation>දර්ශකයේ ඉලක්කය</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>පැමිණීම</translation>
        </message>
        <message>
            <source>headcount</source>
            <translation>හිස් ගණන</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ඔව්</translation>
        </message>
        <message>
            <source>no</source>
            <translation>නැත</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>දේශීය නම</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>මාතෘකාව / තනතුර</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ආයතනය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>උපන් වර්ෂය</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>වයස් කාණ්ඩය</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>පාර්ශ්වකරු</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>ප්‍රජාව</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>දුරකථනය</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>විද්‍යුත් තැපෑල</translation>
        </message>
        <message>
            <source>Consent to take part</source>
            <translation>සහභාගී වීමට කැමැත්ත</translation>
        </message>
        <message>
            <source>Consent to photos</source>
            <translation>ඡායාරූප සඳහා කැමැත්ත</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>දත්ත භාවිතයට කැමැත්ත</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>කැමැත්ත දුන්නේ</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>කැමැත්ත ලබා දුන් ආකාරය</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>කැමැත්ත දුන් දිනය</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>කැමැත්ත ඉල්ලා අස් කර ගත් දිනය</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>විශේෂඥතා ක්ෂේත්‍ර</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>රට</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>පළාත</translation>
        </message>
        <message>
            <source>Member city</source>
            <translation>සාමාජික නගරය</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>එක් වූ දිනය</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>නගරාධිපති</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>අංශය</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>කමිටුව</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>අවසානය</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>ආරම්භ වන දිනය</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>අවසන් වන දිනය</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ස්ථානය</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>භාෂාව</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>Total present</source>
            <translation>පැමිණි මුළු ගණන</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>සාරාංශය</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>රැස්වීම් වාර්තාවේ තත්ත්වය</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ප්‍රතිඵල</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>සටහන්</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>ආරාධිත</translation>
        </message>
        <message>
            <source>present</source>
            <translation>පැමිණි</translation>
        </message>
        <message>
            <source>sent apologies</source>
            <translation>නොපැමිණීම දැනුම් දුන්</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>නොපැමිණි</translation>
        </message>
        <message>
            <source>approved (locked)</source>
            <translation>අනුමත (අගුළු දමා ඇත)</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>සැලකිල්ල</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>තර්ජනය</translation>
        </message>
        <message>
            <source>existing approach</source>
            <translation>පවතින ප්‍රවේශය</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>සම්පත</translation>
        </message>
        <message>
            <source>key need</source>
            <translation>ප්‍රධාන අවශ්‍යතාව</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>ප්‍රමුඛතාව</translation>
        </message>
        <message>
            <source>prevention and early prevention</source>
            <translation>වැළැක්වීම සහ කලින් වැළැක්වීම</translation>
        </message>
        <message>
            <source>national-local cooperation</source>
            <translation>ජාතික-ප්‍රාදේශීය සහයෝගිතාව</translation>
        </message>
        <message>
            <source>participation of youth</source>
            <translation>තරුණ සහභාගිත්වය</translation>
        </message>
        <message>
            <source>participation of women</source>
            <translation>කාන්තා සහභාගිත්වය</translation>
        </message>
        <message>
            <source>participation of marginalised groups</source>
            <translation>කොන් කළ කණ්ඩායම්වල සහභාගිත්වය</translation>
        </message>
        <message>
            <source>other priority</source>
            <translation>වෙනත් ප්‍රමුඛතාව</translation>
        </message>
        <message>
            <source>local government</source>
            <translation>පළාත් පාලනය</translation>
        </message>
        <message>
            <source>faith</source>
            <translation>ආගම</translation>
        </message>
        <message>
            <source>education</source>
            <translation>අධ්‍යාපනය</translation>
        </message>
        <message>
            <source>media</source>
            <translation>මාධ්‍ය</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>පුද්ගලයා විසින්ම</translation>
        </message>
        <message>
            <source>a parent or guardian</source>
            <translation>දෙමාපියෙකු හෝ භාරකරුවෙකු</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>වාචිකව</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>ලිඛිතව</translation>
        </message>
        <message>
            <source>field officer</source>
            <translation>ක්ෂේත්‍ර නිලධාරී</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>මධ්‍යස්ථානය</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>මෙම උපාංගය</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>විශ්වාසදායක</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>විශ්වාස නොකළ</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>අහෝසි කළ</translation>
        </message>
        <message>
            <source>Last complete quarter</source>
            <translation>පසුගිය සම්පූර්ණ කාර්තුව</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>පසුගිය මාස 12</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>මෙම වර්ෂය</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>සියලු කාලය</translation>
        </message>
        <message>
            <source>Between the dates…</source>
            <translation>දින දෙකක් අතර…</translation>
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>{country} is not a country the network works in.</source>
            <translation>{country} ජාලය ක්‍රියාත්මක වන රටක් නොවේ.</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its id (scdesk check lists them).</source>
            <translation>{name} නමින් නගර එකකට වඩා ඇත: එහි හැඳුනුම් අංකය දෙන්න (scdesk check මගින් ඒවා ලැයිස්තුගත කරයි).</translation>
        </message>
        <message>
            <source>No city called {name} is recorded here.</source>
            <translation>{name} නමින් නගරයක් මෙහි සටහන් කර නැත.</translation>
        </message>
        <message>
            <source>City name</source>
            <translation>නගරයේ නම</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>දේශීය නම</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>පළාත</translation>
        </message>
        <message>
            <source>Choose the city's country.</source>
            <translation>නගරයේ රට තෝරන්න.</translation>
        </message>
        <message>
            <source>The date the city joined is in the future.</source>
            <translation>නගරය එක් වූ දිනය අනාගතයේ ය.</translation>
        </message>
        <message>
            <source>Only a member city has a date it joined the network.</source>
            <translation>ජාලයට එක් වූ දිනයක් ඇත්තේ සාමාජික නගරයකට පමණි.</translation>
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message>
            <source>Cities</source>
            <translation>නගර</translation>
        </message>
        <message>
            <source>&amp;New city</source>
            <translation>නව නගරයක් (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>දේශීය නම</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>රට</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>පළාත</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>සාමාජික</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ඔව්</translation>
        </message>
        <message>
            <source>no</source>
            <translation>නැත</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>එක් වූ දිනය</translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>නගර %n</numerusform>
                <numerusform>නගර %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CityFilter</name>
        <message>
            <source>All cities</source>
            <translation>සියලු නගර</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Reading the cities…</source>
            <translation>නගර කියවමින්…</translation>
        </message>
    </context>
    <context>
        <name>CityForm</name>
        <message>
            <source>City[*]</source>
            <translation>නගරය[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>නම (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Local name</source>
            <translation>දේශීය නම (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>රට (&amp;O)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>පළාත (&amp;P)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>සාමාජික</translation>
        </message>
        <message>
            <source>A member city</source>
            <translation>සාමාජික නගරයකි</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>එක් වූ දිනය (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Mayor or local leader</source>
            <translation>නගරාධිපති හෝ ප්‍රාදේශීය නායක (&amp;M)</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>නව නගරය</translation>
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
            <translation>නගරය (&amp;Y)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Say what to do with the ids: merge or dismiss.</source>
            <translation>හැඳුනුම් අංක සමඟ කළ යුත්තේ කුමක්දැයි සඳහන් කරන්න: merge හෝ dismiss.</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s) scoring {score} or more</source>
            <translation>
                <numerusform>ලකුණු {score} හෝ වැඩි සම්භාව්‍ය අනුපිටපත් %n</numerusform>
                <numerusform>ලකුණු {score} හෝ වැඩි සම්භාව්‍ය අනුපිටපත් %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Give two record ids: duplicates {action} ID ID.</source>
            <translation>වාර්තා හැඳුනුම් අංක දෙකක් දෙන්න: duplicates {action} ID ID.</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at: scdesk duplicates lists them</source>
            <translation>
                <numerusform>බැලිය යුතු සම්භාව්‍ය අනුපිටපත් යුගල %n: scdesk duplicates ඒවා ලැයිස්තුගත කරයි</numerusform>
                <numerusform>බැලිය යුතු සම්භාව්‍ය අනුපිටපත් යුගල %n: scdesk duplicates ඒවා ලැයිස්තුගත කරයි</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of {table} have no audit entry</source>
            <translation>
                <numerusform>{table} හි පේළි %n කට විගණන සටහනක් නැත</numerusform>
                <numerusform>{table} හි පේළි %n කට විගණන සටහනක් නැත</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n pair(s) of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</source>
            <translation>
                <numerusform>අවවාදයයි: මෙහි ගණන් කළ සම්භාව්‍ය අනුපිටපත් යුගල %n තවම විසඳා නැත; `scdesk duplicates` ඒවා ලැයිස්තුගත කරයි.</numerusform>
                <numerusform>අවවාදයයි: මෙහි ගණන් කළ සම්භාව්‍ය අනුපිටපත් යුගල %n තවම විසඳා නැත; `scdesk duplicates` ඒවා ලැයිස්තුගත කරයි.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n record(s) counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</source>
            <translation>
                <numerusform>අවවාදයයි: මෙහි ගණන් කළ වාර්තා %n ක් උපාංග දෙකක කළ සංස්කරණවලින් පසු නීතියක් කඩ කරන අතර සමාලෝචනය සඳහා රැඳී සිටී (පවතින ආකාරයටම ගණන් කෙරේ); `scdesk conflicts` ඒවා ලැයිස්තුගත කරයි.</numerusform>
                <numerusform>අවවාදයයි: මෙහි ගණන් කළ වාර්තා %n ක් උපාංග දෙකක කළ සංස්කරණවලින් පසු නීතියක් කඩ කරන අතර සමාලෝචනය සඳහා රැඳී සිටී (පවතින ආකාරයටම ගණන් කෙරේ); `scdesk conflicts` ඒවා ලැයිස්තුගත කරයි.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --meeting ID or --activity ID.</source>
            <translation>--meeting ID හෝ --activity ID දෙන්න.</translation>
        </message>
        <message>
            <source>Indicators are reported for a city or for all cities: give --city instead of --country.</source>
            <translation>දර්ශක වාර්තා කරනු ලබන්නේ නගරයක් හෝ සියලු නගර සඳහා ය: --country වෙනුවට --city දෙන්න.</translation>
        </message>
        <message>
            <source>Give {option}.</source>
            <translation>{option} දෙන්න.</translation>
        </message>
        <message>
            <source>The key figures of the last complete quarter, {start} to {end}: --from and --to choose another period.</source>
            <translation>පසුගිය සම්පූර්ණ කාර්තුවේ, {start} සිට {end} දක්වා, ප්‍රධාන සංඛ්‍යා: වෙනත් කාල පරිච්ඡේදයක් --from සහ --to මගින් තෝරන්න.</translation>
        </message>
        <message>
            <source>--meeting and --activity are for attendance only.</source>
            <translation>--meeting සහ --activity පැමිණීම සඳහා පමණි.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
            <extracomment>Translators: %n is how many problems were listed above.</extracomment>
            <translation>
                <numerusform>කිසිවක් ආයාත කළේ නැත: ඉහත ගැටලු %n නිවැරදි කර ගොනුව නැවත ආයාත කරන්න.</numerusform>
                <numerusform>කිසිවක් ආයාත කළේ නැත: ඉහත ගැටලු %n නිවැරදි කර ගොනුව නැවත ආයාත කරන්න.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not read: {columns}. scdesk does not use these columns in this table; check how they are spelt.</source>
            <extracomment>Translators: {columns} are column names, as the file's first row gives them.</extracomment>
            <translation>කියවා නැත: {columns}. scdesk මෙම වගුවේ මෙම තීරු භාවිත නොකරයි; ඒවායේ අක්ෂර වින්‍යාසය පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>The tables will hold names and contact details: add --yes to confirm.</source>
            <translation>වගුවල නම් සහ සම්බන්ධතා විස්තර අඩංගු වේ: තහවුරු කිරීමට --yes එක් කරන්න.</translation>
        </message>
        <message>
            <source>Not confirmed: nothing was written.</source>
            <translation>තහවුරු කළේ නැත: කිසිවක් ලියා නැත.</translation>
        </message>
        <message>
            <source>Give the key backup's file: device {action} FILE.</source>
            <translation>යතුරු උපස්ථ ගොනුව දෙන්න: device {action} FILE.</translation>
        </message>
        <message>
            <source>Give --passphrase-file P, or run this in a terminal.</source>
            <translation>--passphrase-file P දෙන්න, නැතහොත් මෙය ටර්මිනලයක ධාවනය කරන්න.</translation>
        </message>
        <message>
            <source>The two passphrases differ: nothing was written.</source>
            <translation>මුරපද වාක්‍ය දෙක වෙනස් ය: කිසිවක් ලියා නැත.</translation>
        </message>
        <message>
            <source>Replacing this device's keys makes new ones, and the hub refuses its bundles until its staff trust the new fingerprint: run again with --yes to replace them.</source>
            <translation>මෙම උපාංගයේ යතුරු ප්‍රතිස්ථාපනය කිරීමෙන් නව යතුරු සෑදෙන අතර, මධ්‍යස්ථානයේ කාර්ය මණ්ඩලය නව ඇඟිලි සලකුණ විශ්වාස කරන තෙක් මධ්‍යස්ථානය එහි සමමුහුර්ත කට්ටල ප්‍රතික්ෂේප කරයි: ඒවා ප්‍රතිස්ථාපනය කිරීමට --yes සමඟ නැවත ධාවනය කරන්න.</translation>
        </message>
        <message>
            <source>The keys were not replaced: nothing was changed.</source>
            <translation>යතුරු ප්‍රතිස්ථාපනය කළේ නැත: කිසිවක් වෙනස් කළේ නැත.</translation>
        </message>
        <message>
            <source>Warning: the hub takes no bundle from this device until its staff trust the new key: export a bundle or a card (scdesk device --card FILE), have them read out the new fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.</source>
            <translation>අවවාදයයි: මධ්‍යස්ථානයේ කාර්ය මණ්ඩලය නව යතුර විශ්වාස කරන තෙක් මධ්‍යස්ථානය මෙම උපාංගයෙන් කිසිදු සමමුහුර්ත කට්ටලයක් භාර නොගනී: සමමුහුර්ත කට්ටලයක් හෝ කාඩ්පතක් (scdesk device --card FILE) අපනයනය කර, නව ඇඟිලි සලකුණ කියවා scdesk trust FILE ධාවනය කරන ලෙස ඔවුන්ට කියා, පසුව මධ්‍යස්ථානයෙන් නව සමමුහුර්ත කට්ටලයක් ඉල්ලන්න.</translation>
        </message>
        <message>
            <source>The device that made this file is trusted already.</source>
            <translation>මෙම ගොනුව සෑදූ උපාංගය දැනටමත් විශ්වාස කර ඇත.</translation>
        </message>
        <message>
            <source>Say which conflict, and --keep A, B or --value.</source>
            <translation>කුමන පරස්පර වෙනස්කමදැයි සඳහන් කර, --keep A, B හෝ --value දෙන්න.</translation>
        </message>
        <message>
            <source>No open conflict has the id {id}.</source>
            <translation>{id} හැඳුනුම් අංකය සහිත විවෘත පරස්පර වෙනස්කමක් නැත.</translation>
        </message>
        <message>
            <source>Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01.</source>
            <translation>--set FIELD=VALUE ලෙස ලියන්න, උදාහරණයක් ලෙස --set joined_on=2024-03-01.</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the device's owner, then run again with --yes.</source>
            <translation>උපාංගයේ හිමිකරු සමඟ ඇඟිලි සලකුණ සසඳා, පසුව --yes සමඟ නැවත ධාවනය කරන්න.</translation>
        </message>
        <message>
            <source>Not trusted: nothing was changed.</source>
            <translation>විශ්වාස කළේ නැත: කිසිවක් වෙනස් කළේ නැත.</translation>
        </message>
        <message>
            <source>No screen found: run scdesk on a desktop, under Xvfb, or with QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.</source>
            <translation>තිරයක් හමු නොවීය: scdesk ඩෙස්ක්ටොප් එකක, Xvfb යටතේ, හෝ QT_QPA_PLATFORM=offscreen සමඟ ධාවනය කරන්න; උප විධාන (scdesk --help) සඳහා තිරයක් අවශ්‍ය නොවේ.</translation>
        </message>
    </context>
    <context>
        <name>CommitteeForm</name>
        <message>
            <source>Committee[*]</source>
            <translation>කමිටුව[*]</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>කමිටුව</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>නම (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>වර්ගය (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of minutes</source>
            <translation>රැස්වීම් වාර්තාවේ භාෂාව (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quorum</source>
            <translation>ගණපූරණය (&amp;Q)</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>නීතියක් නැත</translation>
        </message>
        <message>
            <source>&amp;Established on</source>
            <translation>පිහිටුවූ දිනය (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Mandate</source>
            <translation>වරම (&amp;M)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>සාමාජිකයන්</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>පුද්ගලයා</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>භූමිකාව</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>To</source>
            <translation>අවසානය</translation>
        </message>
        <message>
            <source>New committee</source>
            <translation>නව කමිටුව</translation>
        </message>
    </context>
    <context>
        <name>CommitteeOptions</name>
        <message>
            <source>All committees</source>
            <translation>සියලු කමිටු</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>කමිටුව (&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>Committees</name>
        <message>
            <source>The same person is listed twice as a current member.</source>
            <translation>එකම පුද්ගලයා වත්මන් සාමාජිකයෙකු ලෙස දෙවරක් ලැයිස්තුගත කර ඇත.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Choose the committee's city.</source>
            <translation>කමිටුවේ නගරය තෝරන්න.</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>වරම</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>ගණපූරණය</translation>
        </message>
        <message>
            <source>The date the committee was established is in the future.</source>
            <translation>කමිටුව පිහිටුවූ දිනය අනාගතයේ ය.</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>Committees</source>
            <translation>කමිටු</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>නව කමිටුවක් (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>භාෂාව</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>පිහිටුවූ දිනය</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>සාමාජිකයන්</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>සියලු වර්ග</translation>
        </message>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation>
                <numerusform>කමිටු %n</numerusform>
                <numerusform>කමිටු %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Two devices changed the same field without seeing each other's change, or changed two fields a rule ties together. A is the value every device shows now, B the one it replaced or met. Keeping either settles the conflict on every device with the next bundles; a choice that would break a rule is not offered.</source>
            <translation>උපාංග දෙකක් එකිනෙකාගේ වෙනස්කම නොදැක එකම ක්ෂේත්‍රය වෙනස් කර ඇත, නැතහොත් නීතියකින් එකට බැඳී ඇති ක්ෂේත්‍ර දෙකක් වෙනස් කර ඇත. A යනු දැන් සෑම උපාංගයකම පෙන්වන අගයයි, B යනු එය ප්‍රතිස්ථාපනය කළ හෝ එයට හමු වූ අගයයි. ඕනෑම එකක් තබා ගැනීමෙන් ඊළඟ සමමුහුර්ත කට්ටල සමඟ සෑම උපාංගයකම පරස්පර වෙනස්කම විසඳේ; නීතියක් කඩ කරන තේරීමක් ඉදිරිපත් නොකෙරේ.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>වාර්තාව</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ක්ෂේත්‍රය</translation>
        </message>
        <message>
            <source>A: shown now</source>
            <translation>A: දැන් පෙන්වන</translation>
        </message>
        <message>
            <source>A: written</source>
            <translation>A: ලියූ</translation>
        </message>
        <message>
            <source>B: replaced</source>
            <translation>B: ප්‍රතිස්ථාපනය වූ</translation>
        </message>
        <message>
            <source>B: written</source>
            <translation>B: ලියූ</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>විවෘත පරස්පර වෙනස්කම්</translation>
        </message>
        <message>
            <source>The selected conflict and what each choice writes</source>
            <translation>තෝරාගත් පරස්පර වෙනස්කම සහ එක් එක් තේරීම ලියන දේ</translation>
        </message>
        <message>
            <source>Keep &amp;A</source>
            <translation>A තබා ගන්න (&amp;A)</translation>
        </message>
        <message>
            <source>Keep value A of the selected conflict</source>
            <translation>තෝරාගත් පරස්පර වෙනස්කමේ A අගය තබා ගන්න</translation>
        </message>
        <message>
            <source>Keep &amp;B</source>
            <translation>B තබා ගන්න (&amp;B)</translation>
        </message>
        <message>
            <source>Keep value B of the selected conflict</source>
            <translation>තෝරාගත් පරස්පර වෙනස්කමේ B අගය තබා ගන්න</translation>
        </message>
        <message>
            <source>Conflicts: what was done</source>
            <translation>පරස්පර වෙනස්කම්: සිදු කළ දේ</translation>
        </message>
        <message>
            <source>{field} (deleted on one device)</source>
            <translation>{field} (එක් උපාංගයක මකා දමා ඇත)</translation>
        </message>
        <message>
            <source>{field} (B: from a record merged into this one)</source>
            <translation>{field} (B: මෙයට ඒකාබද්ධ කළ වාර්තාවකින්)</translation>
        </message>
        <message>
            <source>{field} and {other} (a rule ties them)</source>
            <translation>{field} සහ {other} (නීතියකින් ඒවා එකට බැඳී ඇත)</translation>
        </message>
        <message>
            <source>by {device}, {when}</source>
            <translation>{device} විසින්, {when}</translation>
        </message>
        <message>
            <source>Keep {mark}: writes {values}.</source>
            <translation>{mark} තබා ගන්න: {values} ලියයි.</translation>
        </message>
        <message>
            <source>Keep {mark}: not offered. {problem}</source>
            <translation>{mark} තබා ගන්න: ඉදිරිපත් කර නැත. {problem}</translation>
        </message>
        <message>
            <source>Settling the conflict…</source>
            <translation>පරස්පර වෙනස්කම විසඳමින්…</translation>
        </message>
        <message>
            <source>Settled: {value} kept.</source>
            <translation>විසඳන ලදී: {value} තබා ගන්නා ලදී.</translation>
        </message>
    </context>
    <context>
        <name>Cooperation</name>
        <message>
            <source>Choose the city whose priority was raised.</source>
            <translation>ප්‍රමුඛතාව ඉදිරිපත් කළ නගරය තෝරන්න.</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>ජාතික ආයතනය</translation>
        </message>
        <message>
            <source>Give the day it was raised.</source>
            <translation>එය ඉදිරිපත් කළ දිනය දෙන්න.</translation>
        </message>
        <message>
            <source>The day it was raised is in the future.</source>
            <translation>එය ඉදිරිපත් කළ දිනය අනාගතයේ ය.</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>ඉදිරිපත් කළ කරුණ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ප්‍රතිඵලය</translation>
        </message>
        <message>
            <source>The consultation finding chosen is of another city.</source>
            <translation>තෝරාගත් උපදේශන සාකච්ඡාවේ සොයාගැනීම වෙනත් නගරයකට අයත් ය.</translation>
        </message>
        <message>
            <source>The plan action chosen is of another city's plan.</source>
            <translation>තෝරාගත් සැලැස්මේ ක්‍රියාමාර්ගය වෙනත් නගරයක සැලැස්මකට අයත් ය.</translation>
        </message>
        <message>
            <source>The meeting chosen was held in another city.</source>
            <translation>තෝරාගත් රැස්වීම පැවැත්වූයේ වෙනත් නගරයක ය.</translation>
        </message>
        <message>
            <source>The support grant chosen is for another city.</source>
            <translation>තෝරාගත් සහාය ප්‍රදානය වෙනත් නගරයක් සඳහා ය.</translation>
        </message>
        <message>
            <source>The expert advice chosen was for another city.</source>
            <translation>තෝරාගත් විශේෂඥ උපදෙස් වෙනත් නගරයක් සඳහා ය.</translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>National-local cooperation</source>
            <translation>ජාතික-ප්‍රාදේශීය සහයෝගිතාව</translation>
        </message>
        <message>
            <source>Search body, what was raised, outcome…</source>
            <translation>ආයතනය, ඉදිරිපත් කළ කරුණ, ප්‍රතිඵලය සොයන්න…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>සොයන්න</translation>
        </message>
        <message>
            <source>&amp;New raising</source>
            <translation>නව ඉදිරිපත් කිරීමක් (&amp;N)</translation>
        </message>
        <message>
            <source>All national bodies</source>
            <translation>සියලු ජාතික ආයතන</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>ජාතික ආයතනය</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>සියලු තත්ත්වයන්</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>What the list holds</source>
            <translation>ලැයිස්තුවේ අඩංගු දේ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>ඉදිරිපත් කළ දිනය</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>ඉදිරිපත් කළ කරුණ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ප්‍රතිඵලය</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>මූලාශ්‍රය</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>ජාතික ආයතන වෙත ඉදිරිපත් කළ කරුණු</translation>
        </message>
        <message>
            <source>Reading what was raised…</source>
            <translation>ඉදිරිපත් කළ කරුණු කියවමින්…</translation>
        </message>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation>
                <numerusform>ජාතික ආයතන වෙත ඉදිරිපත් කළ කරුණු %n</numerusform>
                <numerusform>ජාතික ආයතන වෙත ඉදිරිපත් කළ කරුණු %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Countries</name>
        <message>
            <source>Afghanistan</source>
            <translation>ඇෆ්ගනිස්ථානය</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>බංග්ලාදේශය</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>භූතානය</translation>
        </message>
        <message>
            <source>India</source>
            <translation>ඉන්දියාව</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>ශ්‍රී ලංකාව</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>මාලදිවයින</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>නේපාලය</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>පාකිස්තානය</translation>
        </message>
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>All countries</source>
            <translation>සියලු රටවල්</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>රට</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>A sign-in sheet has 0 to {most} blank rows; for a larger event, print a second sheet.</source>
            <translation>පැමිණීමේ ලේඛනයක හිස් පේළි 0 සිට {most} දක්වා තිබිය හැක; වඩා විශාල වැඩසටහනක් සඳහා දෙවන ලේඛනයක් මුද්‍රණය කරන්න.</translation>
        </message>
        <message>
            <source>The demo's scale is a whole number from 1 to {most}.</source>
            <extracomment>Translators: {most} is the largest demo scale, the number of times the demo's ten cities are repeated.</extracomment>
            <translation>ආදර්ශනයේ පරිමාණය 1 සිට {most} දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුය.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>උපකරණ පුවරුව</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>කාලය</translation>
        </message>
        <message>
            <source>Duplicates not settled</source>
            <translation>විසඳා නැති ද්විත්ව වාර්තා</translation>
        </message>
        <message>
            <source>Records under review</source>
            <translation>සමාලෝචනය යටතේ ඇති වාර්තා</translation>
        </message>
        <message>
            <source>The programme's work:</source>
            <translation>වැඩපිළිවෙළේ කාර්යය:</translation>
        </message>
        <message>
            <source>Open the {page} page</source>
            <translation>{page} පිටුව විවෘත කරන්න</translation>
        </message>
        <message>
            <source>Counting the key figures…</source>
            <translation>ප්‍රධාන සංඛ්‍යා ගණන් කරමින්…</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>today</source>
            <translation>අද</translation>
        </message>
        <message>
            <source>all cities</source>
            <translation>සියලු නගර</translation>
        </message>
        <message>
            <source>From {start} to {end}, {place}</source>
            <translation>{start} සිට {end} දක්වා, {place}</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation>
                <numerusform>මෙහි ගණන් කළ විය හැකි ද්විත්ව වාර්තා යුගල %n ක් තවම විසඳා නැත: සමහර සංඛ්‍යාවල පුද්ගලයෙකු, වැඩසටහනක් හෝ නගරයක් දෙවරක් ගණන් විය හැක. ද්විත්ව වාර්තා පිටුවේ ඒවා ලැයිස්තුගත කර ඇත.</numerusform>
                <numerusform>මෙහි ගණන් කළ විය හැකි ද්විත්ව වාර්තා යුගල %n ක් තවම විසඳා නැත: සමහර සංඛ්‍යාවල පුද්ගලයෙකු, වැඩසටහනක් හෝ නගරයක් දෙවරක් ගණන් විය හැක. ද්විත්ව වාර්තා පිටුවේ ඒවා ලැයිස්තුගත කර ඇත.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation>
                <numerusform>මෙහි ගණන් කළ වාර්තා %n ක් උපාංග දෙකක කළ සංස්කරණවලින් පසු නීතියක් කඩ කරන අතර සමාලෝචනය සඳහා රැඳී සිටියි; ඒවා දැනට පවතින ආකාරයෙන්ම ගණන් කෙරේ. සමමුහුර්ත කිරීමේ පිටුවේ පරස්පර වෙනස්කම් ලැයිස්තුවේ ඒවා ඇත.</numerusform>
                <numerusform>මෙහි ගණන් කළ වාර්තා %n ක් උපාංග දෙකක කළ සංස්කරණවලින් පසු නීතියක් කඩ කරන අතර සමාලෝචනය සඳහා රැඳී සිටියි; ඒවා දැනට පවතින ආකාරයෙන්ම ගණන් කෙරේ. සමමුහුර්ත කිරීමේ පිටුවේ පරස්පර වෙනස්කම් ලැයිස්තුවේ ඒවා ඇත.</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}, by group of people</source>
            <translation>{figure}, පුද්ගල කණ්ඩායම අනුව</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <translation>{dimension} අනුව</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>ගණන</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The demo fills only an empty store, and this one already holds records: start scdesk with a new data folder to try the demo.</source>
            <translation>ආදර්ශනය පුරවන්නේ හිස් දත්ත ගබඩාවක් පමණි, මෙහි දැනටමත් වාර්තා ඇත: ආදර්ශනය අත්හදා බැලීමට නව දත්ත ෆෝල්ඩරයක් සමඟ scdesk ආරම්භ කරන්න.</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>an unknown device ({id})</source>
            <translation>නොදන්නා උපාංගයක් ({id})</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>උපාංගයේ නම</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>ඔබේ නම</translation>
        </message>
        <message>
            <source>Choose the city this officer works in.</source>
            <translation>මෙම නිලධාරියා සේවය කරන නගරය තෝරන්න.</translation>
        </message>
        <message>
            <source>The passphrase needs {count} characters or more: a few words will do.</source>
            <translation>මුරපද වාක්‍යයට අක්ෂර {count} ක් හෝ වැඩි ගණනක් අවශ්‍ය ය: වචන කිහිපයක් ප්‍රමාණවත් ය.</translation>
        </message>
        <message>
            <source>This device is set up already: its role and city change only with scdesk setup --change-role, which says first what that changes.</source>
            <translation>මෙම උපාංගය දැනටමත් සකසා ඇත: එහි භූමිකාව සහ නගරය වෙනස් වන්නේ scdesk setup --change-role මගින් පමණි; එය වෙනස් වන දේ මුලින්ම පවසයි.</translation>
        </message>
        <message>
            <source>A hub does not take another hub's profile.</source>
            <translation>මධ්‍යස්ථානයක් වෙනත් මධ්‍යස්ථානයක පැතිකඩ භාර නොගනී.</translation>
        </message>
        <message>
            <source>This device already has a hub, {name}: revoke it first to take another hub's profile.</source>
            <translation>මෙම උපාංගයට දැනටමත් {name} මධ්‍යස්ථානය ඇත: වෙනත් මධ්‍යස්ථානයක පැතිකඩ ගැනීමට පෙර එය අහෝසි කරන්න.</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Device</source>
            <translation>උපාංගය</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>භූමිකාව</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>භාවිත කරන්නා</translation>
        </message>
        <message>
            <source>State</source>
            <translation>වත්මන් තත්ත්වය</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>ඇඟිලි සලකුණ</translation>
        </message>
        <message>
            <source>Last bundle from it</source>
            <translation>එයින් ලැබුණු අවසන් සමමුහුර්ත කට්ටලය</translation>
        </message>
        <message>
            <source>Last bundle for it</source>
            <translation>එයට යැවූ අවසන් සමමුහුර්ත කට්ටලය</translation>
        </message>
        <message>
            <source>Devices known here</source>
            <translation>මෙහි දන්නා උපාංග</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>අහෝසි කරන්න… (&amp;R)</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>තෝරාගත් උපාංගය අහෝසි කරන්න</translation>
        </message>
        <message>
            <source>For a lost or stolen device: its bundles are refused from now on.</source>
            <translation>නැති වූ හෝ සොරකම් කළ උපාංගයක් සඳහා: මින් ඉදිරියට එහි සමමුහුර්ත කට්ටල ප්‍රතික්ෂේප කෙරේ.</translation>
        </message>
        <message>
            <source>Devices: what was done</source>
            <translation>උපාංග: සිදු කළ දේ</translation>
        </message>
        <message>
            <source>Write the hub &amp;profile…</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ ලියන්න… (&amp;P)</translation>
        </message>
        <message>
            <source>Write the hub profile</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ ලියන්න</translation>
        </message>
        <message>
            <source>The file that introduces this hub to officers' laptops.</source>
            <translation>නිලධාරීන්ගේ ලැප්ටොප් පරිගණකවලට මෙම මධ්‍යස්ථානය හඳුන්වා දෙන ගොනුව.</translation>
        </message>
        <message>
            <source>Import the hub's &amp;profile…</source>
            <translation>මධ්‍යස්ථානයේ පැතිකඩ ආයාත කරන්න… (&amp;P)</translation>
        </message>
        <message>
            <source>Import the hub's profile</source>
            <translation>මධ්‍යස්ථානයේ පැතිකඩ ආයාත කරන්න</translation>
        </message>
        <message>
            <source>The file from your hub that lets this laptop exchange bundles with it.</source>
            <translation>මෙම ලැප්ටොප් පරිගණකයට ඔබේ මධ්‍යස්ථානය සමඟ සමමුහුර්ත කට්ටල හුවමාරු කර ගැනීමට ඉඩ දෙන, මධ්‍යස්ථානයෙන් ලැබෙන ගොනුව.</translation>
        </message>
        <message>
            <source>Revoke {name}?</source>
            <translation>{name} අහෝසි කරන්නද?</translation>
        </message>
        <message>
            <source>Bundles from {name} will be refused from now on.</source>
            <translation>මින් ඉදිරියට {name} වෙතින් ලැබෙන සමමුහුර්ත කට්ටල ප්‍රතික්ෂේප කෙරේ.</translation>
        </message>
        <message>
            <source>Revoke it</source>
            <translation>අහෝසි කරන්න</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>තබා ගන්න</translation>
        </message>
        <message>
            <source>Do this when a device is lost, stolen or given to someone else. A revoked device cannot be trusted again.</source>
            <translation>උපාංගයක් නැති වූ විට, සොරකම් කළ විට හෝ වෙනත් අයෙකුට දුන් විට මෙය කරන්න. අහෝසි කළ උපාංගයක් නැවත විශ්වාස කළ නොහැක.</translation>
        </message>
        <message>
            <source>Revoking…</source>
            <translation>අහෝසි කරමින්…</translation>
        </message>
        <message>
            <source>{name} is revoked: its bundles are refused from now on.</source>
            <translation>{name} අහෝසි කර ඇත: මින් ඉදිරියට එහි සමමුහුර්ත කට්ටල ප්‍රතික්ෂේප කෙරේ.</translation>
        </message>
        <message>
            <source>Where to write the hub profile</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ ලිවිය යුතු ස්ථානය</translation>
        </message>
        <message>
            <source>Hub profile written to {path}. Import it on each officer's laptop (Sync, Devices) and check the fingerprint it shows.</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ {path} වෙත ලියා ඇත. එය එක් එක් නිලධාරියාගේ ලැප්ටොප් පරිගණකයට ආයාත කර (සමමුහුර්ත කිරීම, උපාංග), එය පෙන්වන ඇඟිලි සලකුණ පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>Writing the hub profile…</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ ලියමින්…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>මධ්‍යස්ථානයේ පැතිකඩ</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile);;All files (*)</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ (*.scdesk-profile);;සියලු ගොනු (*)</translation>
        </message>
        <message>
            <source>Reading the hub profile…</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ කියවමින්…</translation>
        </message>
        <message>
            <source>Importing the hub profile…</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ ආයාත කරමින්…</translation>
        </message>
        <message>
            <source>{hub} is this device's hub. {records} of reference data taken.</source>
            <translation>{hub} මෙම උපාංගයේ මධ්‍යස්ථානය වේ. යොමු දත්ත {records} ලබා ගන්නා ලදී.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>වාර්තා %n</numerusform>
                <numerusform>වාර්තා %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore unsaved work</source>
            <translation>නොසුරැකූ වැඩ ප්‍රතිසාධනය කරන්න</translation>
        </message>
        <message>
            <source>scdesk was closed while these forms had changes that were not saved. Restore them to carry on where you were.</source>
            <translation>මෙම පෝරමවල නොසුරැකූ වෙනස්කම් තිබියදී scdesk වසා දමන ලදී. ඔබ නැවතුණු තැන සිට දිගටම කරගෙන යාමට ඒවා ප්‍රතිසාධනය කරන්න.</translation>
        </message>
        <message>
            <source>Unsaved forms</source>
            <translation>නොසුරැකූ පෝරම</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>රැස්වීම</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>තරුණ ක්‍රියාකාරකම</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>පුද්ගලයා</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>කමිටුව</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ආයතනය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>&amp;Restore the ticked forms</source>
            <translation>සලකුණු කළ පෝරම ප්‍රතිසාධනය කරන්න (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard the ticked forms</source>
            <translation>සලකුණු කළ පෝරම ඉවත දමන්න (&amp;D)</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>පසුව තීරණය කරන්න (&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same name in {first} and {second} script</source>
            <translation>{first} සහ {second} අක්ෂරවලින් එකම නම</translation>
        </message>
        <message>
            <source>The lowest score must be from 0 to 100.</source>
            <translation>අවම ලකුණු 0 සිට 100 දක්වා විය යුතුය.</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>ලතින්</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>උර්දු</translation>
        </message>
        <message>
            <source>Devanagari</source>
            <translation>දේවනාගරී</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation>බෙංගාලි</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>දෙමළ</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>සිංහල</translation>
        </message>
        <message>
            <source>another</source>
            <translation>වෙනත්</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>එකම නම</translation>
        </message>
        <message>
            <source>same name, spelled differently</source>
            <translation>එකම නම, වෙනස් අක්ෂර වින්‍යාසයකින්</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>සමාන නම</translation>
        </message>
        <message>
            <source>same first name, nothing more to compare in the names</source>
            <translation>එකම මුල් නම, සැසඳීමට නම්වල වෙන කිසිවක් නැත</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>එකම උපන් වර්ෂය</translation>
        </message>
        <message>
            <source>birth years a year apart</source>
            <translation>උපන් වර්ෂ අතර එක් වසරක වෙනසක්</translation>
        </message>
        <message>
            <source>different birth years</source>
            <translation>වෙනස් උපන් වර්ෂ</translation>
        </message>
        <message>
            <source>birth year fits the age band</source>
            <translation>උපන් වර්ෂය වයස් කාණ්ඩයට ගැළපේ</translation>
        </message>
        <message>
            <source>birth year does not fit the age band</source>
            <translation>උපන් වර්ෂය වයස් කාණ්ඩයට නොගැළපේ</translation>
        </message>
        <message>
            <source>same age band</source>
            <translation>එකම වයස් කාණ්ඩය</translation>
        </message>
        <message>
            <source>age bands far apart</source>
            <translation>එකිනෙකට බොහෝ දුරස් වයස් කාණ්ඩ</translation>
        </message>
        <message>
            <source>different genders</source>
            <translation>වෙනස් ස්ත්‍රී පුරුෂ භාවය</translation>
        </message>
        <message>
            <source>same city</source>
            <translation>එකම නගරය</translation>
        </message>
        <message>
            <source>different cities</source>
            <translation>වෙනස් නගර</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>එකම දුරකථන අංකය</translation>
        </message>
        <message>
            <source>different phone numbers</source>
            <translation>වෙනස් දුරකථන අංක</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>එකම විද්‍යුත් තැපැල් ලිපිනය</translation>
        </message>
        <message>
            <source>different e-mail addresses</source>
            <translation>වෙනස් විද්‍යුත් තැපැල් ලිපින</translation>
        </message>
        <message>
            <source>same organisation</source>
            <translation>එකම ආයතනය</translation>
        </message>
        <message>
            <source>different organisations</source>
            <translation>වෙනස් ආයතන</translation>
        </message>
        <message>
            <source>same community</source>
            <translation>එකම ප්‍රජාව</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>එකම රට</translation>
        </message>
        <message>
            <source>same province</source>
            <translation>එකම පළාත</translation>
        </message>
        <message>
            <source>different provinces</source>
            <translation>වෙනස් පළාත්</translation>
        </message>
        <message>
            <source>same sector</source>
            <translation>එකම අංශය</translation>
        </message>
        <message>
            <source>different sectors</source>
            <translation>වෙනස් අංශ</translation>
        </message>
        <message>
            <source>same kind of event</source>
            <translation>එකම වැඩසටහන් වර්ගය</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>එකම දිනය</translation>
        </message>
        <message>
            <source>same starting time</source>
            <translation>එකම ආරම්භක වේලාව</translation>
        </message>
        <message>
            <source>different committees</source>
            <translation>වෙනස් කමිටු</translation>
        </message>
        <message>
            <source>same title</source>
            <translation>එකම මාතෘකාව</translation>
        </message>
        <message>
            <source>similar title</source>
            <translation>සමාන මාතෘකාව</translation>
        </message>
        <message>
            <source>different titles</source>
            <translation>වෙනස් මාතෘකා</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>වාර්තාවක් එයටම ඒකාබද්ධ කළ නොහැක.</translation>
        </message>
        <message>
            <source>{first} and {second} are not records of the same kind.</source>
            <translation>{first} සහ {second} එකම වර්ගයේ වාර්තා නොවේ.</translation>
        </message>
        <message>
            <source>No person, city, organisation, meeting or activity has the id {id} here.</source>
            <translation>මෙහි {id} හැඳුනුම් අංකය සහිත පුද්ගලයෙකු, නගරයක්, ආයතනයක්, රැස්වීමක් හෝ ක්‍රියාකාරකමක් නැත.</translation>
        </message>
        <message>
            <source>{id} was deleted or merged already: it cannot be merged now.</source>
            <translation>{id} දැනටමත් මකා දමා හෝ ඒකාබද්ධ කර ඇත: දැන් එය ඒකාබද්ධ කළ නොහැක.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Probable duplicates</source>
            <translation>විය හැකි ද්විත්ව වාර්තා</translation>
        </message>
        <message>
            <source>Records that are probably the same person, city, organisation or event, recorded twice. Merging keeps one: everything that named the other names it, and the key figures count them once. Every device does the same with the next bundles.</source>
            <translation>එකම පුද්ගලයා, නගරය, ආයතනය හෝ වැඩසටහන දෙවරක් සටහන් වී ඇතැයි සිතිය හැකි වාර්තා. ඒකාබද්ධ කිරීමෙන් එකක් තබා ගැනේ: අනෙක සඳහන් කළ සෑම දෙයක්ම එය සඳහන් කරන අතර, ප්‍රධාන සංඛ්‍යා ඒවා එක් වරක් ගණන් කරයි. ඊළඟ සමමුහුර්ත කට්ටල සමඟ සෑම උපාංගයක්ම එයම කරයි.</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>වාර්තාවේ වර්ගය</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>සියලු වර්ග</translation>
        </message>
        <message>
            <source>Search &amp;again</source>
            <translation>නැවත සොයන්න (&amp;A)</translation>
        </message>
        <message>
            <source>How many pairs</source>
            <translation>යුගල කීයක්ද</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>ලකුණු</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>First</source>
            <translation>පළමුවැන්න</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>දෙවැන්න</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>හේතුව</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ක්ෂේත්‍රය</translation>
        </message>
        <message>
            <source>The selected pair, field by field</source>
            <translation>තෝරාගත් යුගලය, ක්ෂේත්‍රයෙන් ක්ෂේත්‍රයට</translation>
        </message>
        <message>
            <source>Why the selected pair is probably one record</source>
            <translation>තෝරාගත් යුගලය එකම වාර්තාවක් විය හැක්කේ ඇයි</translation>
        </message>
        <message>
            <source>Keep the &amp;first</source>
            <translation>පළමුවැන්න තබා ගන්න (&amp;F)</translation>
        </message>
        <message>
            <source>Merge the second record into the first</source>
            <translation>දෙවන වාර්තාව පළමුවැන්නට ඒකාබද්ධ කරන්න</translation>
        </message>
        <message>
            <source>Keep the &amp;second</source>
            <translation>දෙවැන්න තබා ගන්න (&amp;S)</translation>
        </message>
        <message>
            <source>Merge the first record into the second</source>
            <translation>පළමු වාර්තාව දෙවැන්නට ඒකාබද්ධ කරන්න</translation>
        </message>
        <message>
            <source>&amp;Different records</source>
            <translation>වෙනස් වාර්තා (&amp;D)</translation>
        </message>
        <message>
            <source>The two records are different</source>
            <translation>වාර්තා දෙක එකිනෙකට වෙනස් ය</translation>
        </message>
        <message>
            <source>Duplicates: what was done</source>
            <translation>ද්විත්ව වාර්තා: සිදු කළ දේ</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>ද්විත්ව වාර්තා සොයමින්…</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation>
                <numerusform>බැලිය යුතු යුගල %n</numerusform>
                <numerusform>බැලිය යුතු යුගල %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Score {score}: {why}.</source>
            <translation>ලකුණු {score}: {why}.</translation>
        </message>
        <message>
            <source>Reading the pair…</source>
            <translation>යුගලය කියවමින්…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>ඒකාබද්ධ කරමින්…</translation>
        </message>
        <message>
            <source>Merged: {name} kept.</source>
            <translation>ඒකාබද්ධ කරන ලදී: {name} තබා ගන්නා ලදී.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation>
                <numerusform>ක්ෂේත්‍ර %n ක් වෙනස් විය: අනෙක් අගයන් සමමුහුර්ත කිරීමේ පිටුවේ පරස්පර වෙනස්කම් ටැබයේ සමාලෝචනය සඳහා රැඳී සිටියි.</numerusform>
                <numerusform>ක්ෂේත්‍ර %n ක් වෙනස් විය: අනෙක් අගයන් සමමුහුර්ත කිරීමේ පිටුවේ පරස්පර වෙනස්කම් ටැබයේ සමාලෝචනය සඳහා රැඳී සිටියි.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>සුරකිමින්…</translation>
        </message>
        <message>
            <source>{first} and {second} are different: they are not suggested again.</source>
            <translation>{first} සහ {second} එකිනෙකට වෙනස් ය: ඒවා නැවත යෝජනා නොකෙරේ.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This id belongs to another kind of record: check that the file and the column are the right ones.</source>
            <translation>මෙම හැඳුනුම් අංකය වෙනත් වර්ගයක වාර්තාවකට අයත් ය: ගොනුව සහ තීරුව නිවැරදි ඒවා දැයි පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>This record no longer exists here: it may have been deleted.</source>
            <translation>මෙම වාර්තාව තවදුරටත් මෙහි නැත: එය මකා දමා තිබිය හැක.</translation>
        </message>
    </context>
    <context>
        <name>EventListPage</name>
        <message>
            <source>All kinds</source>
            <translation>සියලු වර්ග</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>ඕනෑම තත්ත්වයක්</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
    </context>
    <context>
        <name>EventOptions</name>
        <message>
            <source>Cit&amp;y</source>
            <translation>නගරය (&amp;Y)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>රැස්වීම (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Youth activity</source>
            <translation>තරුණ ක්‍රියාකාරකම (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Blank rows</source>
            <translation>හිස් පේළි (&amp;B)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5ට අඩු ගණන් සඟවන්න</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>මධ්‍යස්ථානයෙන් පිටතට යවන විට: 5ට අඩු ගණන් “&lt;5” ලෙස පෙන්වයි</translation>
        </message>
    </context>
    <context>
        <name>ExpertPicker</name>
        <message>
            <source>Add to the expert pool</source>
            <translation>විශේෂඥ සංචිතයට එක් කරන්න</translation>
        </message>
        <message>
            <source>Find the person, or record a new one; their record opens for you to give their fields of expertise.</source>
            <translation>පුද්ගලයා සොයන්න, නැතහොත් නව පුද්ගලයෙකු සටහන් කරන්න; ඔවුන්ගේ විශේෂඥතා ක්ෂේත්‍ර ඇතුළත් කිරීමට ඔවුන්ගේ වාර්තාව ඔබට විවෘත වේ.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>අවලංගු කරන්න</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>{city} is in {its}, not in {country}: ask for the city alone.</source>
            <extracomment>Translators: {city} is a city's name; {its} and {country} are countries' names.</extracomment>
            <translation>{city} ඇත්තේ {its} හි ය, {country} හි නොවේ: නගරය පමණක් තෝරන්න.</translation>
        </message>
    </context>
    <context>
        <name>FiguresOptions</name>
        <message>
            <source>P&amp;eriod</source>
            <translation>කාලය (&amp;E)</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>රට (&amp;U)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>නගරය (&amp;Y)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5ට අඩු ගණන් සඟවන්න</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>මධ්‍යස්ථානයෙන් පිටතට යවන විට: 5ට අඩු ගණන් “&lt;5” ලෙස පෙන්වයි</translation>
        </message>
        <message>
            <source>One a line; the report adds its own too</source>
            <translation>පේළියකට එකක් බැගින්; වාර්තාව ද තමන්ගේම ඒවා එක් කරයි</translation>
        </message>
        <message>
            <source>&amp;Highlights</source>
            <translation>ප්‍රධාන කරුණු (&amp;H)</translation>
        </message>
        <message>
            <source>A sentence thanking the funders, printed at the end</source>
            <translation>අරමුදල් සපයන්නන්ට ස්තුති කරන වාක්‍යයක්, අවසානයේ මුද්‍රණය වේ</translation>
        </message>
        <message>
            <source>Ac&amp;knowledgement</source>
            <translation>ස්තුතිය (&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{name} is a folder, not a file: choose the file itself.</source>
            <translation>{name} ගොනුවක් නොව ෆෝල්ඩරයකි: ගොනුවම තෝරන්න.</translation>
        </message>
        <message>
            <source>{name} is not a file saved on the disk (it is a device, a pipe or a socket): choose a file.</source>
            <translation>{name} තැටියේ සුරැකි ගොනුවක් නොවේ (එය උපාංගයක්, පයිප්පයක් හෝ සොකට්ටුවක්): ගොනුවක් තෝරන්න.</translation>
        </message>
        <message>
            <source>{name} is not a plain file scdesk may replace (it is a link, a folder or a device): choose another name.</source>
            <translation>{name} scdesk හට ප්‍රතිස්ථාපනය කළ හැකි සාමාන්‍ය ගොනුවක් නොවේ (එය සබැඳියක්, ෆෝල්ඩරයක් හෝ උපාංගයක්): වෙනත් නමක් තෝරන්න.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} කියවිය නොහැක: {reason}.</translation>
        </message>
        <message>
            <source>{name} was not written: the folder {folder} does not exist.</source>
            <translation>{name} ලියා නැත: {folder} ෆෝල්ඩරය නොපවතී.</translation>
        </message>
        <message>
            <source>{name} was not written: there is no room left on the disk. Nothing was kept.</source>
            <translation>{name} ලියා නැත: තැටියේ ඉඩ ඉතිරිව නැත. කිසිවක් සුරැකුණේ නැත.</translation>
        </message>
        <message>
            <source>{name} was not written: {reason}.</source>
            <translation>{name} ලියා නැත: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>&amp;Open the consultation</source>
            <translation>උපදේශන සාකච්ඡාව විවෘත කරන්න (&amp;O)</translation>
        </message>
        <message>
            <source>Open the consultation of the selected finding</source>
            <translation>තෝරාගත් සොයාගැනීමේ උපදේශන සාකච්ඡාව විවෘත කරන්න</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>සොයාගැනීම්</translation>
        </message>
        <message>
            <source>&amp;New consultation</source>
            <translation>නව උපදේශන සාකච්ඡාවක් (&amp;N)</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>පැවැත්වූ දිනය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>සොයාගැනීම</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>කාණ්ඩය</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>ප්‍රමුඛතාව</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>උපදේශන සාකච්ඡාව</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>ඕනෑම ප්‍රමුඛතාවක්</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>සියලු කාණ්ඩ</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (භාවිතයෙන් ඉවත් කළ)</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>සොයාගැනීම් %n</numerusform>
                <numerusform>සොයාගැනීම් %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsTab</name>
        <message>
            <source>What the consultation found, in the meeting's language: short entries, in the order they matter. A priority raised takes a note on what was said.</source>
            <translation>උපදේශන සාකච්ඡාවේදී සොයාගත් දේ, රැස්වීමේ භාෂාවෙන්: කෙටි සටහන්, වැදගත්කමේ පිළිවෙළට. ඉදිරිපත් කළ ප්‍රමුඛතාවක් සඳහා පැවසූ දේ පිළිබඳ සටහනක් එක් කෙරේ.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>සටහන</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>සටහන් කළ කරුණ</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>ප්‍රමුඛතාව</translation>
        </message>
        <message>
            <source>Priority area</source>
            <translation>ප්‍රමුඛතා ක්ෂේත්‍රය</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (භාවිතයෙන් ඉවත් කළ)</translation>
        </message>
        <message>
            <source>Add a &amp;concern</source>
            <translation>සැලකිල්ලක් එක් කරන්න (&amp;C)</translation>
        </message>
        <message>
            <source>Add a &amp;threat</source>
            <translation>තර්ජනයක් එක් කරන්න (&amp;T)</translation>
        </message>
        <message>
            <source>Add an &amp;existing approach</source>
            <translation>පවතින ප්‍රවේශයක් එක් කරන්න (&amp;E)</translation>
        </message>
        <message>
            <source>Add a &amp;resource</source>
            <translation>සම්පතක් එක් කරන්න (&amp;R)</translation>
        </message>
        <message>
            <source>Add a &amp;key need</source>
            <translation>ප්‍රධාන අවශ්‍යතාවක් එක් කරන්න (&amp;K)</translation>
        </message>
        <message>
            <source>Add a &amp;priority raised</source>
            <translation>ඉදිරිපත් කළ ප්‍රමුඛතාවක් එක් කරන්න (&amp;P)</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>සැලකිලි</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>තර්ජන</translation>
        </message>
        <message>
            <source>Existing approaches</source>
            <translation>පවතින ප්‍රවේශ</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>සම්පත්</translation>
        </message>
        <message>
            <source>Key needs</source>
            <translation>ප්‍රධාන අවශ්‍යතා</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>ප්‍රමුඛතා</translation>
        </message>
    </context>
    <context>
        <name>FingerprintQuestion</name>
        <message>
            <source>Trust this device's new keys?</source>
            <translation>මෙම උපාංගයේ නව යතුරු විශ්වාස කරන්නද?</translation>
        </message>
        <message>
            <source>{name}, used by {user}, was trusted here with fingerprint {old} and has made new keys.</source>
            <translation>{user} භාවිත කරන {name}, {old} ඇඟිලි සලකුණ සමඟ මෙහි විශ්වාස කර තිබූ අතර, දැන් නව යතුරු සාදා ඇත.</translation>
        </message>
        <message>
            <source>Its old key confirmed the new one.</source>
            <translation>එහි පැරණි යතුර නව යතුර තහවුරු කළේය.</translation>
        </message>
        <message>
            <source>Its old key did not confirm the new one (it was lost): check with care.</source>
            <translation>එහි පැරණි යතුර නව යතුර තහවුරු නොකළේය (එය නැති වී ඇත): ප්‍රවේශමෙන් පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>Its new fingerprint:</source>
            <translation>එහි නව ඇඟිලි සලකුණ:</translation>
        </message>
        <message>
            <source>Trust this hub?</source>
            <translation>මෙම මධ්‍යස්ථානය විශ්වාස කරන්නද?</translation>
        </message>
        <message>
            <source>Trust this device?</source>
            <translation>මෙම උපාංගය විශ්වාස කරන්නද?</translation>
        </message>
        <message>
            <source>This hub profile comes from {name}, used by {user}.</source>
            <translation>මෙම මධ්‍යස්ථාන පැතිකඩ ලැබී ඇත්තේ {user} භාවිත කරන {name} වෙතිනි.</translation>
        </message>
        <message>
            <source>This bundle comes from {name}, used by {user}, a device not yet trusted here.</source>
            <translation>මෙම සමමුහුර්ත කට්ටලය ලැබී ඇත්තේ {user} භාවිත කරන, මෙහි තවම විශ්වාස නොකළ {name} උපාංගයෙනි.</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>එහි ඇඟිලි සලකුණ:</translation>
        </message>
        <message>
            <source>Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. Trust it only if it is exactly the same: a bundle from a trusted device is merged into your records.</source>
            <translation>{name} හි සමමුහුර්ත කිරීමේ පිටුව විවෘත කර එහි පෙන්වන ඇඟිලි සලකුණ කියවන ලෙස {user}ගෙන් ඉල්ලන්න. එය හරියටම සමාන නම් පමණක් විශ්වාස කරන්න: විශ්වාසදායක උපාංගයකින් ලැබෙන සමමුහුර්ත කට්ටලයක් ඔබේ වාර්තා සමඟ ඒකාබද්ධ කෙරේ.</translation>
        </message>
        <message>
            <source>Trust it: the fingerprints match</source>
            <translation>විශ්වාස කරන්න: ඇඟිලි සලකුණු ගැළපේ</translation>
        </message>
        <message>
            <source>Do not trust</source>
            <translation>විශ්වාස නොකරන්න</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>scdesk වෙත සාදරයෙන් පිළිගනිමු</translation>
        </message>
        <message>
            <source>Set up this device once. Records you make here will say which device and which person made them.</source>
            <translation>මෙම උපාංගය එක් වරක් සකසන්න. ඔබ මෙහි සාදන වාර්තාවල ඒවා සෑදූ උපාංගය සහ පුද්ගලයා සඳහන් වේ.</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>අතුරු මුහුණතේ භාෂාව (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>අතුරු මුහුණතේ භාෂාව</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>උපාංගයේ නම (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>ඔබේ නම (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Field officer</source>
            <translation>ක්ෂේත්‍ර නිලධාරී (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Hub</source>
            <translation>මධ්‍යස්ථානය (&amp;H)</translation>
        </message>
        <message>
            <source>This device is used by</source>
            <translation>මෙම උපාංගය භාවිත කරන්නේ</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>භාවිත කරන්නා</translation>
        </message>
        <message>
            <source>Take the hub's &amp;profile…</source>
            <translation>මධ්‍යස්ථානයේ පැතිකඩ ලබා ගන්න… (&amp;P)</translation>
        </message>
        <message>
            <source>Take the hub's profile file</source>
            <translation>මධ්‍යස්ථානයේ පැතිකඩ ගොනුව ලබා ගන්න</translation>
        </message>
        <message>
            <source>(an officer: the file your hub gave you)</source>
            <translation>(නිලධාරියෙකු නම්: ඔබේ මධ්‍යස්ථානය ඔබට දුන් ගොනුව)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>මධ්‍යස්ථානය</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of records</source>
            <translation>වාර්තාවල භාෂාව (&amp;L)</translation>
        </message>
        <message>
            <source>The new city</source>
            <translation>නව නගරය</translation>
        </message>
        <message>
            <source>City &amp;name</source>
            <translation>නගරයේ නම (&amp;N)</translation>
        </message>
        <message>
            <source>Name in the &amp;local script</source>
            <translation>දේශීය අක්ෂරවලින් නම (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>රට (&amp;O)</translation>
        </message>
        <message>
            <source>Cities already recorded with a similar name</source>
            <translation>සමාන නමකින් දැනටමත් සටහන් කර ඇති නගර</translation>
        </message>
        <message>
            <source>Start using scdesk</source>
            <translation>scdesk භාවිතය අරඹන්න</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ඉවත් වන්න</translation>
        </message>
        <message>
            <source>A new city…</source>
            <translation>නව නගරයක්…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>මධ්‍යස්ථානයේ පැතිකඩ</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile)</source>
            <translation>මධ්‍යස්ථාන පැතිකඩ (*.scdesk-profile)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>කියවමින්…</translation>
        </message>
        <message>
            <source>{hub}'s cities are listed under City.</source>
            <translation>{hub} හි නගර නගරය යටතේ ලැයිස්තුගත කර ඇත.</translation>
        </message>
        <message>
            <source>Already known: {names}. Choose it under City rather than adding it again.</source>
            <translation>දැනටමත් දන්නා: {names}. එය නැවත එක් කරනවා වෙනුවට නගරය යටතේ තෝරන්න.</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>සකසමින්…</translation>
        </message>
    </context>
    <context>
        <name>GrantForm</name>
        <message>
            <source>Technical support grant[*]</source>
            <translation>තාක්ෂණික සහාය ප්‍රදානය[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>අරමුණ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>මුදල (&amp;A)</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>මුදල් ඒකකය (&amp;U)</translation>
        </message>
        <message>
            <source>PKR, LKR, USD…</source>
            <translation>PKR, LKR, USD…</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>තත්ත්වය (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Organisation receiving it</source>
            <translation>එය ලබන ආයතනය (&amp;O)</translation>
        </message>
        <message>
            <source>Approved &amp;on</source>
            <translation>අනුමත කළ දිනය (&amp;O)</translation>
        </message>
        <message>
            <source>Starts o&amp;n</source>
            <translation>ආරම්භ වන දිනය (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>අවසන් වන දිනය (&amp;E)</translation>
        </message>
        <message>
            <source>New grant</source>
            <translation>නව ප්‍රදානය</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Indicator[*]</source>
            <translation>දර්ශකය[*]</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>දර්ශකය</translation>
        </message>
        <message>
            <source>C&amp;ode</source>
            <translation>කේතය (&amp;O)</translation>
        </message>
        <message>
            <source>OP1.2</source>
            <translation>OP1.2</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>නම (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>මට්ටම (&amp;L)</translation>
        </message>
        <message>
            <source>Counting &amp;rule</source>
            <translation>ගණන් කිරීමේ නීතිය (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Key figure it follows</source>
            <translation>එය අනුගමනය කරන ප්‍රධාන සංඛ්‍යාව (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Breakdowns</source>
            <translation>වර්ගීකරණ (&amp;B)</translation>
        </message>
        <message>
            <source>Base&amp;line</source>
            <translation>මූලික අගය (&amp;L)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>නැත</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>ඉලක්ක</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>To</source>
            <translation>අවසානය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ඉලක්කය</translation>
        </message>
        <message>
            <source>For</source>
            <translation>කුමක් සඳහා</translation>
        </message>
        <message>
            <source>&amp;Add a target</source>
            <translation>ඉලක්කයක් එක් කරන්න (&amp;A)</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>සියලු නගර</translation>
        </message>
        <message>
            <source>Whole count</source>
            <translation>මුළු ගණන</translation>
        </message>
        <message>
            <source>{breakdown}: {category}</source>
            <translation>{breakdown}: {category}</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>නව දර්ශකය</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>{code} is not an indicator code such as OP1.2.</source>
            <translation>{code} යනු OP1.2 වැනි දර්ශක කේතයක් නොවේ.</translation>
        </message>
        <message>
            <source>{figure} is not a key figure scdesk counts.</source>
            <translation>{figure} යනු scdesk ගණන් කරන ප්‍රධාන සංඛ්‍යාවක් නොවේ.</translation>
        </message>
        <message>
            <source>{figure} counts {right}, not {rule}: choose that counting rule.</source>
            <translation>{figure} ගණන් කරන්නේ {rule} නොව {right} ය: එම ගණන් කිරීමේ නීතිය තෝරන්න.</translation>
        </message>
        <message>
            <source>{names}: not a breakdown scdesk can give.</source>
            <translation>{names}: scdesk හට ලබා දිය හැකි වර්ගීකරණයක් නොවේ.</translation>
        </message>
        <message>
            <source>{figure} cannot be broken down by {names}.</source>
            <translation>{figure} {names} අනුව වර්ගීකරණය කළ නොහැක.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>මූලික අගය</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ඉලක්කය</translation>
        </message>
        <message>
            <source>Choose the breakdown the category {category} belongs to.</source>
            <translation>{category} කාණ්ඩය අයත් වර්ගීකරණය තෝරන්න.</translation>
        </message>
        <message>
            <source>Choose the category of {breakdown} this target is for.</source>
            <translation>මෙම ඉලක්කය අදාළ වන {breakdown} හි කාණ්ඩය තෝරන්න.</translation>
        </message>
        <message>
            <source>{category} is not a category of {breakdown}.</source>
            <translation>{category} යනු {breakdown} හි කාණ්ඩයක් නොවේ.</translation>
        </message>
        <message>
            <source>The indicator does not declare the breakdown {breakdown}: declare it or choose another.</source>
            <translation>දර්ශකය {breakdown} වර්ගීකරණය ප්‍රකාශ කර නැත: එය ප්‍රකාශ කරන්න හෝ වෙනත් එකක් තෝරන්න.</translation>
        </message>
        <message>
            <source>Another target is already set for this period, city and category: change that one.</source>
            <translation>මෙම කාලය, නගරය සහ කාණ්ඩය සඳහා දැනටමත් වෙනත් ඉලක්කයක් තබා ඇත: එය වෙනස් කරන්න.</translation>
        </message>
        <message>
            <source>This target belongs to another indicator: leave its id empty to add it to this one.</source>
            <translation>මෙම ඉලක්කය වෙනත් දර්ශකයකට අයත් ය: එය මෙම දර්ශකයට එක් කිරීමට එහි හැඳුනුම් අංකය හිස්ව තබන්න.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators and targets</source>
            <translation>දර්ශක සහ ඉලක්ක</translation>
        </message>
        <message>
            <source>&amp;New indicator</source>
            <translation>නව දර්ශකයක් (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Edit indicator</source>
            <translation>දර්ශකය සංස්කරණය කරන්න (&amp;E)</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>ලැයිස්තුවල අඩංගු දේ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>කේතය</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>මට්ටම</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>ගණන් කිරීමේ නීතිය</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>වර්ගීකරණ</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>මූලික අගය</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>දර්ශක</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>To</source>
            <translation>අවසානය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ඉලක්කය</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>සැබෑ අගය</translation>
        </message>
        <message>
            <source>Targets and actual values</source>
            <translation>ඉලක්ක සහ සැබෑ අගයන්</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>වර්ගීකරණය</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>කාණ්ඩය</translation>
        </message>
        <message>
            <source>Actual value by breakdown</source>
            <translation>වර්ගීකරණය අනුව සැබෑ අගය</translation>
        </message>
        <message>
            <source>Counting the indicators…</source>
            <translation>දර්ශක ගණන් කරමින්…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>දර්ශක %n</numerusform>
                <numerusform>දර්ශක %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an indicator to see its targets and actual values.</source>
            <translation>ඉලක්ක සහ සත්‍ය අගයන් බැලීමට දර්ශකයක් තෝරන්න.</translation>
        </message>
        <message>
            <source>No indicator yet: add one with New indicator.</source>
            <translation>තවම දර්ශකයක් නැත: නව දර්ශකයක් මගින් එකක් එක් කරන්න.</translation>
        </message>
        <message>
            <source>{code} {name}: {figure}, target and actual value</source>
            <translation>{code} {name}: {figure}, ඉලක්කය සහ සැබෑ අගය</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>සියලු නගර</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>other</source>
            <translation>වෙනත්</translation>
        </message>
        <message>
            <source>civil society</source>
            <translation>සිවිල් සමාජය</translation>
        </message>
        <message>
            <source>police</source>
            <translation>පොලීසිය</translation>
        </message>
        <message>
            <source>youth</source>
            <translation>තරුණ</translation>
        </message>
        <message>
            <source>female</source>
            <translation>ස්ත්‍රී</translation>
        </message>
        <message>
            <source>male</source>
            <translation>පුරුෂ</translation>
        </message>
        <message>
            <source>another gender</source>
            <translation>වෙනත් ලිංගභාවය</translation>
        </message>
        <message>
            <source>prefer not to say</source>
            <translation>පැවසීමට අකමැතියි</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>15ට අඩු</translation>
        </message>
        <message>
            <source>15 to 17</source>
            <translation>15 සිට 17</translation>
        </message>
        <message>
            <source>18 to 24</source>
            <translation>18 සිට 24</translation>
        </message>
        <message>
            <source>25 to 34</source>
            <translation>25 සිට 34</translation>
        </message>
        <message>
            <source>35 to 49</source>
            <translation>35 සිට 49</translation>
        </message>
        <message>
            <source>50 to 64</source>
            <translation>50 සිට 64</translation>
        </message>
        <message>
            <source>65 and over</source>
            <translation>65 සහ ඊට වැඩි</translation>
        </message>
        <message>
            <source>mayor or local leader</source>
            <translation>නගරාධිපති හෝ ප්‍රාදේශීය නායක</translation>
        </message>
        <message>
            <source>municipal official</source>
            <translation>නාගරික නිලධාරී</translation>
        </message>
        <message>
            <source>national official</source>
            <translation>ජාතික නිලධාරී</translation>
        </message>
        <message>
            <source>religious leader</source>
            <translation>ආගමික නායක</translation>
        </message>
        <message>
            <source>women's group</source>
            <translation>කාන්තා කණ්ඩායම</translation>
        </message>
        <message>
            <source>displaced person</source>
            <translation>අවතැන් වූ පුද්ගලයා</translation>
        </message>
        <message>
            <source>refugee</source>
            <translation>සරණාගතයා</translation>
        </message>
        <message>
            <source>religious minority</source>
            <translation>ආගමික සුළුතරය</translation>
        </message>
        <message>
            <source>ethnic minority</source>
            <translation>ජනවාර්ගික සුළුතරය</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>ආබාධිතභාවය</translation>
        </message>
        <message>
            <source>committee meeting</source>
            <translation>කමිටු රැස්වීම</translation>
        </message>
        <message>
            <source>consultation</source>
            <translation>උපදේශන සාකච්ඡාව</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>වැඩමුළුව</translation>
        </message>
        <message>
            <source>roundtable</source>
            <translation>වට මේසය සාකච්ඡාව</translation>
        </message>
        <message>
            <source>training</source>
            <translation>පුහුණුව</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>සමුළුව</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>තරුණ ක්‍රියාකාරකම</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>සටහන් කර නැත</translation>
        </message>
        <message>
            <source>no group recorded</source>
            <translation>කණ්ඩායමක් සටහන් කර නැත</translation>
        </message>
        <message>
            <source>People engaged</source>
            <translation>සම්බන්ධ වූ පුද්ගලයෝ</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged</source>
            <translation>සම්බන්ධ වූ නගරාධිපතිවරු සහ ප්‍රාදේශීය නායකයෝ</translation>
        </message>
        <message>
            <source>Youth reached (under 25)</source>
            <translation>ළඟා වූ තරුණයෝ (25ට අඩු)</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>පැවැත්වූ වැඩසටහන්</translation>
        </message>
        <message>
            <source>Member cities</source>
            <translation>සාමාජික නගර</translation>
        </message>
        <message>
            <source>Grants awarded</source>
            <translation>ප්‍රදානය කළ ප්‍රදාන</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>වයස් කාණ්ඩය</translation>
        </message>
        <message>
            <source>country</source>
            <translation>රට</translation>
        </message>
        <message>
            <source>city</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>stakeholder type</source>
            <translation>පාර්ශ්වකරු වර්ගය</translation>
        </message>
        <message>
            <source>marginalised group</source>
            <translation>කොන් කළ කණ්ඩායම</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>grant status</source>
            <translation>ප්‍රදානයේ තත්ත්වය</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>මුදල් වර්ගය</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language of the report</source>
            <translation>වාර්තාවේ භාෂාව</translation>
        </message>
        <message>
            <source>Its own language</source>
            <translation>එහිම භාෂාව</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>ඉංග්‍රීසි</translation>
        </message>
        <message>
            <source>Urdu (اردو)</source>
            <translation>උර්දු (اردو)</translation>
        </message>
        <message>
            <source>Hindi (हिन्दी)</source>
            <translation>හින්දි (हिन्दी)</translation>
        </message>
        <message>
            <source>Nepali (नेपाली)</source>
            <translation>නේපාල (नेपाली)</translation>
        </message>
        <message>
            <source>Tamil (தமிழ்)</source>
            <translation>දෙමළ (தமிழ்)</translation>
        </message>
        <message>
            <source>Sinhala (සිංහල)</source>
            <translation>සිංහල</translation>
        </message>
        <message>
            <source>Bengali (বাংলা)</source>
            <translation>බෙංගාලි (বাংলা)</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Checking the records file…</source>
            <translation>වාර්තා ගොනුව පරීක්ෂා කරමින්…</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>සොයන්න (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search {what}</source>
            <translation>{what} සොයන්න</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>විවෘත කරන්න (&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>තෝරාගත් වාර්තාව විවෘත කරන්න</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>ඉවතලන බඳුනට යවන්න (&amp;T)</translation>
        </message>
        <message>
            <source>Move the selected record to the trash</source>
            <translation>තෝරාගත් වාර්තාව ඉවතලන බඳුනට යවන්න</translation>
        </message>
        <message>
            <source>Delete key</source>
            <translation>Delete යතුර</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>වාර්තා %n</numerusform>
                <numerusform>වාර්තා %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>කියවමින්…</translation>
        </message>
        <message>
            <source>Moved to the trash; the Trash page can restore it.</source>
            <translation>ඉවතලන බඳුනට යවන ලදී; ඉවතලන බඳුන පිටුවෙන් එය ප්‍රතිසාධනය කළ හැක.</translation>
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation>ඉවතලන බඳුනට යවමින්…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>පිටු</translation>
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>වාර්තා විවෘත කරමින්…</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>සමමුහුර්ත තත්ත්වය</translation>
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
            <translation>උපකරණ පුවරුව</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>රැස්වීම්</translation>
        </message>
        <message>
            <source>Youth activities</source>
            <translation>තරුණ ක්‍රියාකාරකම්</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>කමිටු</translation>
        </message>
        <message>
            <source>People</source>
            <translation>පුද්ගලයින්</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ආයතන</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>නගර</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>සමමුහුර්ත කිරීම</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>වාර්තා</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>ඉවතලන බඳුන</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>ද්විත්ව වාර්තා</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>සහාය</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>සොයාගැනීම්</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>සැලසුම්</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>දර්ශක</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>සහයෝගිතාව</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ගොනුව (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New record on this page</source>
            <translation>මෙම පිටුවේ නව වාර්තාවක් (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>සැකසුම්… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>ඉවත් වන්න (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>යන්න (&amp;G)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>කියවමින්…</translation>
        </message>
        <message>
            <source>never exported</source>
            <translation>කිසි විටෙක අපනයනය කර නැත</translation>
        </message>
        <message>
            <source>last export {when}</source>
            <translation>අවසන් අපනයනය {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation>
                <numerusform>සමමුහුර්ත නොකළ වෙනස්කම් %n</numerusform>
                <numerusform>සමමුහුර්ත නොකළ වෙනස්කම් %n</numerusform>
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
            <translation>රැස්වීම[*]</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>වර්ගය (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>මාතෘකාව (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>කමිටුව (&amp;O)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>නැත</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>ආරම්භය (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>අවසානය (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>ස්ථානය (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>භාෂාව (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>තත්ත්වය (&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>සාරාංශය (&amp;U)</translation>
        </message>
        <message>
            <source>Plans that came from this consultation</source>
            <translation>මෙම උපදේශන සාකච්ඡාවෙන් පැන නැගුණු සැලසුම්</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>විස්තර</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>පැමිණීම</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>න්‍යාය පත්‍රය</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>ක්‍රියාමාර්ග</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>සොයාගැනීම්</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment on the Minutes tab.</source>
            <translation>මෙම රැස්වීම් වාර්තාව අනුමත කර අගුළු දමා ඇත: නිවැරදි කිරීමක් රැස්වීම් වාර්තාව ටැබයේ සංශෝධනයක් ලෙස සටහන් කරන්න.</translation>
        </message>
        <message>
            <source>Reading the members…</source>
            <translation>සාමාජිකයන් කියවමින්…</translation>
        </message>
        <message>
            <source>new</source>
            <translation>නව</translation>
        </message>
        <message>
            <source>Meeting: {title}[*]</source>
            <translation>රැස්වීම: {title}[*]</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>නව රැස්වීම</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>අවදානම් පැතිකඩ</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>වැළැක්වීමේ සැලැස්ම</translation>
        </message>
        <message>
            <source>Came into: {links}</source>
            <translation>ඇතුළත් වූයේ: {links}</translation>
        </message>
    </context>
    <context>
        <name>MeetingSteps</name>
        <message>
            <source>Circulating the minutes…</source>
            <translation>රැස්වීම් වාර්තාව බෙදා හරිමින්…</translation>
        </message>
        <message>
            <source>Returning the minutes to draft…</source>
            <translation>රැස්වීම් වාර්තාව නැවත කෙටුම්පතට යවමින්…</translation>
        </message>
        <message>
            <source>Approving the minutes…</source>
            <translation>රැස්වීම් වාර්තාව අනුමත කරමින්…</translation>
        </message>
        <message>
            <source>Approving the previous minutes…</source>
            <translation>පෙර රැස්වීම් වාර්තාව අනුමත කරමින්…</translation>
        </message>
        <message>
            <source>Recording the amendment…</source>
            <translation>සංශෝධනය සටහන් කරමින්…</translation>
        </message>
        <message>
            <source>Opening the action…</source>
            <translation>ක්‍රියාමාර්ගය විවෘත කරමින්…</translation>
        </message>
        <message>
            <source>Closing the action…</source>
            <translation>ක්‍රියාමාර්ගය වසමින්…</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Title</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Choose the city the meeting is in.</source>
            <translation>රැස්වීම පැවැත්වෙන නගරය තෝරන්න.</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ස්ථානය</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>සාරාංශය</translation>
        </message>
        <message>
            <source>Total attendance</source>
            <translation>මුළු පැමිණීම</translation>
        </message>
        <message>
            <source>The meeting ends before it starts: check the times.</source>
            <translation>රැස්වීම ආරම්භ වීමට පෙර අවසන් වේ: වේලාවන් පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>Choose the committee this meeting belongs to.</source>
            <translation>මෙම රැස්වීම අයත් කමිටුව තෝරන්න.</translation>
        </message>
        <message>
            <source>A meeting that has not started yet cannot be marked as held.</source>
            <translation>තවම ආරම්භ නොවූ රැස්වීමක් පැවැත්වූ ලෙස සලකුණු කළ නොහැක.</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>හිස් ගණනක්</translation>
        </message>
        <message>
            <source>The same gender, age band and group is counted twice.</source>
            <translation>එකම ස්ත්‍රී පුරුෂ භාවය, වයස් කාණ්ඩය සහ කණ්ඩායම දෙවරක් ගණන් කර ඇත.</translation>
        </message>
        <message>
            <source>The same person is listed twice in the attendance.</source>
            <translation>එකම පුද්ගලයා පැමිණීමේ ලැයිස්තුවේ දෙවරක් සඳහන් වී ඇත.</translation>
        </message>
        <message>
            <source>The meeting's secretary signs the minutes and must have been present: give the secretary's role to someone who was.</source>
            <translation>රැස්වීමේ ලේකම් රැස්වීම් වාර්තාව අත්සන් කරන නිසා ඔහු හෝ ඇය පැමිණ සිටිය යුතුය: ලේකම් භූමිකාව පැමිණි අයෙකුට දෙන්න.</translation>
        </message>
        <message>
            <source>A meeting has one secretary: give the secretary's role to one person.</source>
            <translation>රැස්වීමකට ඇත්තේ එක් ලේකම්වරයෙකු පමණි: ලේකම් භූමිකාව එක් අයෙකුට පමණක් දෙන්න.</translation>
        </message>
        <message>
            <source>Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to {sum}, not to the stated total of {total}.</source>
            <extracomment>Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.</extracomment>
            <translation>නම සහිත පැමිණි අය ({named}) සහ නම් නොමැති හිස් ගණන් ({anonymous}) එකතුව {sum} ක් වන අතර, ප්‍රකාශිත මුළු ගණන වන {total} නොවේ.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>න්‍යාය පත්‍රයේ කරුණ</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>සාකච්ඡාව</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>තීරණ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ක්‍රියාමාර්ගය</translation>
        </message>
        <message>
            <source>The action is due on {due}, before the meeting on {day} that opened it.</source>
            <translation>ක්‍රියාමාර්ගයේ නියමිත දිනය {due} වන අතර, එය විවෘත කළ {day} රැස්වීමට පෙර ය.</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>සංශෝධනය</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>හේතුව</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment.</source>
            <translation>මෙම රැස්වීම් වාර්තාව අනුමත කර අගුළු දමා ඇත: නිවැරදි කිරීමක් සංශෝධනයක් ලෙස සටහන් කරන්න.</translation>
        </message>
        <message>
            <source>Only a meeting that was held has minutes to circulate or approve.</source>
            <translation>බෙදා හැරීමට හෝ අනුමත කිරීමට රැස්වීම් වාර්තාවක් ඇත්තේ පැවැත්වූ රැස්වීමකට පමණි.</translation>
        </message>
        <message>
            <source>Minutes are approved by a meeting of the same committee.</source>
            <translation>රැස්වීම් වාර්තාව අනුමත කරනු ලබන්නේ එම කමිටුවේම රැස්වීමක් මගිනි.</translation>
        </message>
        <message>
            <source>Minutes are approved by a later meeting.</source>
            <translation>රැස්වීම් වාර්තාව අනුමත කරනු ලබන්නේ පසුව පැවැත්වෙන රැස්වීමක් මගිනි.</translation>
        </message>
        <message>
            <source>The approving meeting has to be marked as held first.</source>
            <translation>අනුමත කරන රැස්වීම මුලින්ම පැවැත්වූ ලෙස සලකුණු කළ යුතුය.</translation>
        </message>
        <message>
            <source>An action is closed at the meeting that opened it or a later meeting of its committee.</source>
            <translation>ක්‍රියාමාර්ගයක් වසනු ලබන්නේ එය විවෘත කළ රැස්වීමේදී හෝ එහි කමිටුවේ පසු රැස්වීමකදී ය.</translation>
        </message>
        <message>
            <source>An action cannot be closed before the meeting that opened it.</source>
            <translation>ක්‍රියාමාර්ගයක් එය විවෘත කළ රැස්වීමට පෙර වැසිය නොහැක.</translation>
        </message>
        <message>
            <source>Choose the later meeting that approved these minutes.</source>
            <translation>මෙම රැස්වීම් වාර්තාව අනුමත කළ පසු රැස්වීම තෝරන්න.</translation>
        </message>
        <message>
            <source>Give the day the minutes were approved, after the meeting.</source>
            <translation>රැස්වීමෙන් පසු, රැස්වීම් වාර්තාව අනුමත කළ දිනය දෙන්න.</translation>
        </message>
        <message>
            <source>These minutes are not approved yet: correct them directly instead.</source>
            <translation>මෙම රැස්වීම් වාර්තාව තවම අනුමත කර නැත: ඒ වෙනුවට එය කෙලින්ම නිවැරදි කරන්න.</translation>
        </message>
        <message>
            <source>A person in the attendance no longer exists here.</source>
            <translation>පැමිණීමේ ලැයිස්තුවේ සිටි පුද්ගලයෙකු තවදුරටත් මෙහි නැත.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>රැස්වීම්</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>නව රැස්වීමක් (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>කමිටුව</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>භාෂාව</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>රැස්වීම් %n</numerusform>
                <numerusform>රැස්වීම් %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>The minutes of this meeting</source>
            <translation>මෙම රැස්වීමේ රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>රැස්වීම් වාර්තාවේ තත්ත්වය</translation>
        </message>
        <message>
            <source>Mark as &amp;circulated</source>
            <translation>බෙදා හරින ලද ලෙස සලකුණු කරන්න (&amp;C)</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>නැවත කෙටුම්පතට (&amp;D)</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>අනුමත කළ දිනය</translation>
        </message>
        <message>
            <source>&amp;Approve on this day</source>
            <translation>මෙම දිනයේ අනුමත කරන්න (&amp;A)</translation>
        </message>
        <message>
            <source>The minutes of the committee's previous meeting</source>
            <translation>කමිටුවේ පෙර රැස්වීමේ රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>Previous minutes</source>
            <translation>පෙර රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>Approve those minutes at &amp;this meeting</source>
            <translation>එම රැස්වීම් වාර්තාව මෙම රැස්වීමේදී අනුමත කරන්න (&amp;T)</translation>
        </message>
        <message>
            <source>Amendments to the approved minutes</source>
            <translation>අනුමත රැස්වීම් වාර්තාවට සංශෝධන</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>සංශෝධන</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>නිවැරදි කිරීම</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>හේතුව</translation>
        </message>
        <message>
            <source>Record the a&amp;mendment</source>
            <translation>සංශෝධනය සටහන් කරන්න (&amp;M)</translation>
        </message>
        <message>
            <source>Save the meeting to circulate and approve its minutes.</source>
            <translation>රැස්වීම් වාර්තාව බෙදා හැරීමට සහ අනුමත කිරීමට රැස්වීම සුරකින්න.</translation>
        </message>
        <message>
            <source>Minutes: {status}.</source>
            <translation>රැස්වීම් වාර්තාව: {status}.</translation>
        </message>
        <message>
            <source>Circulated on {day}.</source>
            <translation>{day} දින බෙදා හරින ලදී.</translation>
        </message>
        <message>
            <source>Approved at “{title}” on {day}; they are locked.</source>
            <translation>{day} දින “{title}” රැස්වීමේදී අනුමත කරන ලදී; එය අගුළු දමා ඇත.</translation>
        </message>
        <message>
            <source>Approved on {day}; they are locked.</source>
            <translation>{day} දින අනුමත කරන ලදී; එය අගුළු දමා ඇත.</translation>
        </message>
        <message>
            <source>Mark the meeting as held to circulate its minutes.</source>
            <translation>රැස්වීම් වාර්තාව බෙදා හැරීමට රැස්වීම පැවැත්වූ ලෙස සලකුණු කරන්න.</translation>
        </message>
        <message>
            <source>This is the committee's first meeting.</source>
            <translation>මෙය කමිටුවේ පළමු රැස්වීමයි.</translation>
        </message>
        <message>
            <source>“{title}” on {day}: minutes {status}.</source>
            <translation>{day} දින “{title}”: රැස්වීම් වාර්තාව {status}.</translation>
        </message>
        <message>
            <source>Mark this meeting as held to approve them here.</source>
            <translation>එය මෙහි අනුමත කිරීමට මෙම රැස්වීම පැවැත්වූ ලෙස සලකුණු කරන්න.</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>ජනවාරි</translation>
        </message>
        <message>
            <source>February</source>
            <translation>පෙබරවාරි</translation>
        </message>
        <message>
            <source>March</source>
            <translation>මාර්තු</translation>
        </message>
        <message>
            <source>April</source>
            <translation>අප්‍රේල්</translation>
        </message>
        <message>
            <source>May</source>
            <translation>මැයි</translation>
        </message>
        <message>
            <source>June</source>
            <translation>ජූනි</translation>
        </message>
        <message>
            <source>July</source>
            <translation>ජූලි</translation>
        </message>
        <message>
            <source>August</source>
            <translation>අගෝස්තු</translation>
        </message>
        <message>
            <source>September</source>
            <translation>සැප්තැම්බර්</translation>
        </message>
        <message>
            <source>October</source>
            <translation>ඔක්තෝබර්</translation>
        </message>
        <message>
            <source>November</source>
            <translation>නොවැම්බර්</translation>
        </message>
        <message>
            <source>December</source>
            <translation>දෙසැම්බර්</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cancel</source>
            <translation>අවලංගු කරන්න</translation>
        </message>
        <message>
            <source>scdesk</source>
            <translation>scdesk</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>කළ නොහැකි විය</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved.</source>
            <translation>යම් දෝෂයක් සිදු විය. අඩක් කළ කිසිවක් සුරැකුණේ නැත.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved. The details are in {path}; please send that file to your support person.</source>
            <translation>යම් දෝෂයක් සිදු විය. අඩක් කළ කිසිවක් සුරැකුණේ නැත. විස්තර {path} හි ඇත; කරුණාකර එම ගොනුව ඔබේ සහාය පුද්ගලයාට යවන්න.</translation>
        </message>
        <message>
            <source>scdesk: unexpected error</source>
            <translation>scdesk: අනපේක්ෂිත දෝෂයකි</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>අනපේක්ෂිත දෝෂයකි</translation>
        </message>
    </context>
    <context>
        <name>Options</name>
        <message>
            <source>Reading the choices…</source>
            <translation>තේරීම් කියවමින්…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>Organisation[*]</source>
            <translation>ආයතනය[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>නම (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>අංශය (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>නව ආයතනය</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Organisations</source>
            <translation>ආයතන</translation>
        </message>
        <message>
            <source>&amp;New organisation</source>
            <translation>නව ආයතනයක් (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>අංශය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>සියලු අංශ</translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>ආයතන %n</numerusform>
                <numerusform>ආයතන %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>Paper size</source>
            <translation>කඩදාසියේ ප්‍රමාණය</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>ඇමරිකානු ලිපි ප්‍රමාණය (US Letter)</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPart</name>
        <message>
            <source>Communities taking part</source>
            <translation>සහභාගී වන ප්‍රජාවන්</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>ප්‍රජාව</translation>
        </message>
        <message>
            <source>Add a &amp;community</source>
            <translation>ප්‍රජාවක් එක් කරන්න (&amp;C)</translation>
        </message>
        <message>
            <source>Anonymous participants</source>
            <translation>නම් නොමැති සහභාගිවන්නන්</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>වයස් කාණ්ඩය</translation>
        </message>
        <message>
            <source>People</source>
            <translation>පුද්ගලයින්</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>හිස් ගණනක් එක් කරන්න (&amp;H)</translation>
        </message>
        <message>
            <source>Everyone who took part</source>
            <translation>සහභාගී වූ සියලු දෙනා</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>සහභාගී වූ</translation>
        </message>
        <message>
            <source>{registered} registered + {anonymous} counted = {total}</source>
            <translation>ලියාපදිංචි වූ {registered} + ගණන් කළ {anonymous} = {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>වාර්තාවක් තෝරා පෙරදසුන ඔබන්න.</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>පෙරදසුන් තත්ත්වය</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>විශාලනය</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>පළලට ගළපන්න</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>මුළු පිටුව</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>ලෙස සුරකින්න… (&amp;A)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>ලෙස සුරකින්න</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>මුද්‍රණය කරන්න… (&amp;P)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>මුද්‍රණය කරන්න</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>වාර්තා පෙරදසුන</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>වාර්තාව සකසමින්…</translation>
        </message>
        <message>
            <source>The report could not be shown.</source>
            <translation>වාර්තාව පෙන්විය නොහැකි විය.</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation>
                <numerusform>සූදානම්: පිටු %n</numerusform>
                <numerusform>සූදානම්: පිටු %n</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF ලේඛන (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>{path} ලෙස සුරකින ලදී</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>මුද්‍රණය කරමින්…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation>
                <numerusform>පිටු %n ක් මුද්‍රණ යන්ත්‍රයට යවන ලදී</numerusform>
                <numerusform>පිටු %n ක් මුද්‍රණ යන්ත්‍රයට යවන ලදී</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>වාර්තාව සුරකින්න</translation>
        </message>
        <message>
            <source>The printer could not be started: check that it is on and connected.</source>
            <translation>මුද්‍රණ යන්ත්‍රය ආරම්භ කළ නොහැකි විය: එය ක්‍රියාත්මක කර සම්බන්ධ කර ඇත්දැයි පරීක්ෂා කරන්න.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>තනතුර</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>ප්‍රජාව</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>විද්‍යුත් තැපෑල</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>විශේෂඥතාව</translation>
        </message>
        <message>
            <source>The birth year {year} is not possible.</source>
            <translation>{year} උපන් වර්ෂය විය නොහැක.</translation>
        </message>
        <message>
            <source>The age band does not match the birth year {year}.</source>
            <translation>වයස් කාණ්ඩය {year} උපන් වර්ෂයට නොගැළපේ.</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address.</source>
            <translation>{email} විද්‍යුත් තැපැල් ලිපිනයක් නොවේ.</translation>
        </message>
        <message>
            <source>{phone} is not a phone number: use digits, spaces and +.</source>
            <translation>{phone} දුරකථන අංකයක් නොවේ: ඉලක්කම්, හිස්තැන් සහ + භාවිත කරන්න.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a phone number.</source>
            <translation>වයස අවුරුදු 18ට අඩු පුද්ගලයෙකු දුරකථන අංකයක් නොමැතිව සටහන් කෙරේ.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an e-mail address.</source>
            <translation>වයස අවුරුදු 18ට අඩු පුද්ගලයෙකු විද්‍යුත් තැපැල් ලිපිනයක් නොමැතිව සටහන් කෙරේ.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a title.</source>
            <translation>වයස අවුරුදු 18ට අඩු පුද්ගලයෙකු තනතුරක් නොමැතිව සටහන් කෙරේ.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an organisation.</source>
            <translation>වයස අවුරුදු 18ට අඩු පුද්ගලයෙකු ආයතනයක් නොමැතිව සටහන් කෙරේ.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded with an age band, not a birth year.</source>
            <translation>වයස අවුරුදු 18ට අඩු පුද්ගලයෙකු උපන් වර්ෂය නොව වයස් කාණ්ඩය සමඟ සටහන් කෙරේ.</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without fields of expertise.</source>
            <translation>වයස අවුරුදු 18ට අඩු පුද්ගලයෙකු විශේෂඥතා ක්ෂේත්‍ර නොමැතිව සටහන් කෙරේ.</translation>
        </message>
        <message>
            <source>A person under 18 needs the consent of a parent or guardian.</source>
            <translation>වයස අවුරුදු 18ට අඩු පුද්ගලයෙකුට දෙමාපියෙකුගේ හෝ භාරකරුවෙකුගේ කැමැත්ත අවශ්‍ය ය.</translation>
        </message>
        <message>
            <source>Record the person's consent to take part before saving them.</source>
            <translation>සුරැකීමට පෙර පුද්ගලයාගේ සහභාගී වීමේ කැමැත්ත සටහන් කරන්න.</translation>
        </message>
        <message>
            <source>Say who gave consent: the person or a parent or guardian.</source>
            <translation>කැමැත්ත දුන්නේ කවුදැයි සඳහන් කරන්න: පුද්ගලයා හෝ දෙමාපියෙකු හෝ භාරකරුවෙකු.</translation>
        </message>
        <message>
            <source>Say how consent was given: orally or in writing.</source>
            <translation>කැමැත්ත ලබා දුන් ආකාරය සඳහන් කරන්න: වාචිකව හෝ ලිඛිතව.</translation>
        </message>
        <message>
            <source>Give the date of consent.</source>
            <translation>කැමැත්ත දුන් දිනය දෙන්න.</translation>
        </message>
        <message>
            <source>The date of consent is in the future.</source>
            <translation>කැමැත්ත දුන් දිනය අනාගතයේ ය.</translation>
        </message>
        <message>
            <source>The date consent was withdrawn is in the future.</source>
            <translation>කැමැත්ත ඉල්ලා අස් කර ගත් දිනය අනාගතයේ ය.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the day it was given.</source>
            <translation>කැමැත්ත ලබා දුන් දිනයට පෙර එය ඉල්ලා අස් කර ගත නොහැක.</translation>
        </message>
        <message>
            <source>{name} has withdrawn consent and cannot be recorded here.</source>
            <translation>{name} කැමැත්ත ඉල්ලා අස් කර ගෙන ඇති බැවින් මෙහි සටහන් කළ නොහැක.</translation>
        </message>
        <message>
            <source>{name} was under 18 on the day: remove their phone number and e-mail first.</source>
            <translation>එදින {name} වයස අවුරුදු 18ට අඩු විය: පළමුව ඔවුන්ගේ දුරකථන අංකය සහ විද්‍යුත් තැපෑල ඉවත් කරන්න.</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>පුද්ගලයින්</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>නව පුද්ගලයෙක් (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
        </message>
        <message>
            <source>Born / age</source>
            <translation>උපන් වර්ෂය / වයස</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ආයතනය</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>ප්‍රජාව</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>සියලු වර්ග</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>පුද්ගලයින් %n</numerusform>
                <numerusform>පුද්ගලයින් %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePart</name>
        <message>
            <source>Coaches and facilitators</source>
            <translation>පුහුණුකරුවන් සහ පහසුකම් සපයන්නන්</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>පුද්ගලයා</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>භූමිකාව</translation>
        </message>
        <message>
            <source>Registered participants</source>
            <translation>ලියාපදිංචි වූ සහභාගිවන්නන්</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>From</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>To</source>
            <translation>අවසානය</translation>
        </message>
        <message>
            <source>to</source>
            <translation>අවසානය</translation>
        </message>
    </context>
    <context>
        <name>PersonChoiceField</name>
        <message>
            <source>Clear</source>
            <translation>හිස් කරන්න</translation>
        </message>
        <message>
            <source>Clear the person chosen</source>
            <translation>තෝරාගත් පුද්ගලයා ඉවත් කරන්න</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>කිසිවෙකු තෝරා නැත</translation>
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name to find a person</source>
            <translation>පුද්ගලයෙකු සොයා ගැනීමට නමක් ටයිප් කරන්න</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>පුද්ගලයෙකු සොයන්න</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>එක් කරන්න</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>සොයාගත් පුද්ගලයා එක් කරන්න</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>නව පුද්ගලයෙක්…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translation>නව පුද්ගලයෙකු සටහන් කරන්න</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>සොයාගත් පුද්ගලයින්</translation>
        </message>
        <message>
            <source>Type a name, or pick from the expert pool</source>
            <translation>නමක් ටයිප් කරන්න, නැතහොත් විශේෂඥ සංචිතයෙන් තෝරන්න</translation>
        </message>
        <message>
            <source>Finding people…</source>
            <translation>පුද්ගලයින් සොයමින්…</translation>
        </message>
        <message>
            <source>{person} (expert pool)</source>
            <translation>{person} (විශේෂඥ සංචිතය)</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Person[*]</source>
            <translation>පුද්ගලයා[*]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>කවුද</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>නම (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>උපන් වර්ෂය (&amp;B)</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>නොදනී</translation>
        </message>
        <message>
            <source>&amp;Age band</source>
            <translation>වයස් කාණ්ඩය (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>වර්ගය (&amp;T)</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>තනතුර (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>ආයතනය (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>Co&amp;mmunity</source>
            <translation>ප්‍රජාව (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>දුරකථනය (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>විද්‍යුත් තැපෑල (&amp;E)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>කණ්ඩායම්</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>කැමැත්ත</translation>
        </message>
        <message>
            <source>Takes part</source>
            <translation>සහභාගී වේ</translation>
        </message>
        <message>
            <source>Consents to take part</source>
            <translation>සහභාගී වීමට කැමැත්ත දෙයි</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>ඡායාරූප</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>දත්ත</translation>
        </message>
        <message>
            <source>Sharing data</source>
            <translation>දත්ත බෙදා ගැනීම</translation>
        </message>
        <message>
            <source>Given &amp;by</source>
            <translation>දුන්නේ (&amp;B)</translation>
        </message>
        <message>
            <source>Given &amp;how</source>
            <translation>දුන් ආකාරය (&amp;H)</translation>
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation>දුන් දිනය (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>ඉල්ලා අස් කර ගත් දිනය (&amp;W)</translation>
        </message>
        <message>
            <source>Hub's expert pool</source>
            <translation>මධ්‍යස්ථානයේ විශේෂඥ සංචිතය</translation>
        </message>
        <message>
            <source>E&amp;xpertise</source>
            <translation>විශේෂඥතාව (&amp;X)</translation>
        </message>
        <message>
            <source>youth work, planning…</source>
            <translation>තරුණ කටයුතු, සැලසුම්කරණය…</translation>
        </message>
        <message>
            <source>Fields of expertise, separated by commas; a person with none is not in the hub's expert pool.</source>
            <translation>විශේෂඥතා ක්ෂේත්‍ර, කොමා මගින් වෙන් කර; කිසිවක් නැති පුද්ගලයෙකු මධ්‍යස්ථානයේ විශේෂඥ සංචිතයේ නැත.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>නව</translation>
        </message>
        <message>
            <source>Person: {name}[*]</source>
            <translation>පුද්ගලයා: {name}[*]</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>නව පුද්ගලයා</translation>
        </message>
    </context>
    <context>
        <name>PlanForms</name>
        <message>
            <source>The consultations it came from (double-click one to open it)</source>
            <translation>එය පැන නැගුණු උපදේශන සාකච්ඡා (එකක් විවෘත කිරීමට දෙවරක් ක්ලික් කරන්න)</translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message>
            <source>&amp;Title</source>
            <translation>මාතෘකාව (&amp;T)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>සාරාංශය (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Review on</source>
            <translation>සමාලෝචන දිනය (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Finding</source>
            <translation>සොයාගැනීම</translation>
        </message>
        <message>
            <source>A priority the hub added is one of the other priorities: choose the priority area Other for it.</source>
            <translation>මධ්‍යස්ථානය එක් කළ ප්‍රමුඛතාවක් වෙනත් ප්‍රමුඛතාවලින් එකකි: ඒ සඳහා වෙනත් ප්‍රමුඛතාව යන ප්‍රමුඛතා ක්ෂේත්‍රය තෝරන්න.</translation>
        </message>
        <message>
            <source>Only a consultation has findings: choose the kind Consultation or remove the findings.</source>
            <translation>සොයාගැනීම් ඇත්තේ උපදේශන සාකච්ඡාවකට පමණි: උපදේශන සාකච්ඡාව වර්ගය තෝරන්න, නැතහොත් සොයාගැනීම් ඉවත් කරන්න.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>සාරාංශය</translation>
        </message>
        <message>
            <source>Give the date it was adopted.</source>
            <translation>එය සම්මත කළ දිනය දෙන්න.</translation>
        </message>
        <message>
            <source>The review date comes after the date it was adopted.</source>
            <translation>සමාලෝචන දිනය එය සම්මත කළ දිනයට පසුව විය යුතුය.</translation>
        </message>
        <message>
            <source>The date it was adopted is in the future.</source>
            <translation>එය සම්මත කළ දිනය අනාගතයේ ය.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>අරමුණ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>විස්තරය</translation>
        </message>
        <message>
            <source>Affected communities</source>
            <translation>බලපෑමට ලක් වූ ප්‍රජාවන්</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ක්‍රියාමාර්ගය</translation>
        </message>
        <message>
            <source>The objective belongs to another plan.</source>
            <translation>අරමුණ වෙනත් සැලැස්මකට අයත් ය.</translation>
        </message>
        <message>
            <source>This finding belongs to another consultation: leave its id empty to add it to this one.</source>
            <translation>මෙම සොයාගැනීම වෙනත් උපදේශන සාකච්ඡාවකට අයත් ය: එය මෙම සාකච්ඡාවට එක් කිරීමට එහි හැඳුනුම් අංකය හිස්ව තබන්න.</translation>
        </message>
        <message>
            <source>The plan and its risk profile belong to different cities.</source>
            <translation>සැලැස්ම සහ එහි අවදානම් පැතිකඩ වෙනස් නගරවලට අයත් ය.</translation>
        </message>
        <message>
            <source>The city has an adopted version already: add this one as a draft, then adopt it.</source>
            <translation>නගරයට දැනටමත් සම්මත කළ අනුවාදයක් ඇත: මෙය කෙටුම්පතක් ලෙස එක් කර, පසුව සම්මත කරන්න.</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: start a new version to change it.</source>
            <translation>මෙම අනුවාදය සම්මත කර හෝ ප්‍රතිස්ථාපනය කර ඇත: එය වෙනස් කිරීමට නව අනුවාදයක් අරඹන්න.</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: it is kept as it was; start a new version on the Plans page to change it.</source>
            <translation>මෙම අනුවාදය සම්මත කර හෝ ප්‍රතිස්ථාපනය කර ඇත: එය තිබූ ආකාරයෙන්ම තබා ඇත; එය වෙනස් කිරීමට සැලසුම් පිටුවේ නව අනුවාදයක් අරඹන්න.</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>Risk profiles and prevention plans</source>
            <translation>අවදානම් පැතිකඩ සහ වැළැක්වීමේ සැලසුම්</translation>
        </message>
        <message>
            <source>Cities and their versions</source>
            <translation>නගර සහ ඒවායේ අනුවාද</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>අවදානම් පැතිකඩ</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>වැළැක්වීමේ සැලැස්ම</translation>
        </message>
        <message>
            <source>Threats and factors of the version chosen</source>
            <translation>තෝරාගත් අනුවාදයේ තර්ජන සහ සාධක</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>තර්ජනය හෝ සාධකය</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>සම්භාවිතාව</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>බලපෑම</translation>
        </message>
        <message>
            <source>Reading the plans…</source>
            <translation>සැලසුම් කියවමින්…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>නැත</translation>
        </message>
        <message>
            <source>v{number} {status}</source>
            <translation>අනුවාදය {number} {status}</translation>
        </message>
        <message>
            <source>No city yet.</source>
            <translation>තවම නගරයක් නැත.</translation>
        </message>
        <message>
            <source>Reading the risk profile…</source>
            <translation>අවදානම් පැතිකඩ කියවමින්…</translation>
        </message>
        <message>
            <source>Adopting…</source>
            <translation>සම්මත කරමින්…</translation>
        </message>
        <message>
            <source>Starting a new version…</source>
            <translation>නව අනුවාදයක් අරඹමින්…</translation>
        </message>
        <message>
            <source>Risk profile of {city}</source>
            <translation>{city} හි අවදානම් පැතිකඩ</translation>
        </message>
        <message>
            <source>Prevention plan of {city}</source>
            <translation>{city} හි වැළැක්වීමේ සැලැස්ම</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>අරඹමින්…</translation>
        </message>
    </context>
    <context>
        <name>PreventionPlanForm</name>
        <message>
            <source>Prevention plan[*]</source>
            <translation>වැළැක්වීමේ සැලැස්ම[*]</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>සැලැස්ම (&amp;P)</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>අරමුණ</translation>
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation>අරමුණක් එක් කරන්න (&amp;O)</translation>
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation>අරමුණු (&amp;B)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ක්‍රියාමාර්ගය</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>වගකිව යුත්තා</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>නියමිත දිනය</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>ක්‍රියාමාර්ගයක් එක් කරන්න (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>ක්‍රියාමාර්ග (&amp;A)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>එය පැන නැගුණු උපදේශන සාකච්ඡා</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>උපදේශන සාකච්ඡා (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>වැළැක්වීමේ සැලැස්ම</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>වැළැක්වීමේ සැලැස්ම</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>විස්තරය</translation>
        </message>
        <message>
            <source>Only the hub adds or changes priorities: ask the hub to add this one.</source>
            <translation>ප්‍රමුඛතා එක් කරන්නේ හෝ වෙනස් කරන්නේ මධ්‍යස්ථානය පමණි: මෙය එක් කරන ලෙස මධ්‍යස්ථානයෙන් ඉල්ලන්න.</translation>
        </message>
        <message>
            <source>The priority chosen is not one the hub has added.</source>
            <translation>තෝරාගත් ප්‍රමුඛතාව මධ්‍යස්ථානය එක් කළ එකක් නොවේ.</translation>
        </message>
        <message>
            <source>The hub has retired this priority: choose another for a new finding.</source>
            <translation>මධ්‍යස්ථානය මෙම ප්‍රමුඛතාව භාවිතයෙන් ඉවත් කර ඇත: නව සොයාගැනීමක් සඳහා වෙනත් එකක් තෝරන්න.</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesPanel</name>
        <message>
            <source>Priorities the hub added</source>
            <translation>මධ්‍යස්ථානය එක් කළ ප්‍රමුඛතා</translation>
        </message>
        <message>
            <source>Name of the priority</source>
            <translation>ප්‍රමුඛතාවේ නම</translation>
        </message>
        <message>
            <source>Description of the priority</source>
            <translation>ප්‍රමුඛතාවේ විස්තරය</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>නම (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>විස්තරය (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>එක් කරන්න (&amp;A)</translation>
        </message>
        <message>
            <source>Add a priority</source>
            <translation>ප්‍රමුඛතාවක් එක් කරන්න</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>වෙනස්කම් සුරකින්න (&amp;C)</translation>
        </message>
        <message>
            <source>Save the changes to the selected priority</source>
            <translation>තෝරාගත් ප්‍රමුඛතාවේ වෙනස්කම් සුරකින්න</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>භාවිතයෙන් ඉවත් කරන්න (&amp;R)</translation>
        </message>
        <message>
            <source>Only the hub adds, changes or retires priorities; they reach this device when it imports the hub's bundle.</source>
            <translation>ප්‍රමුඛතා එක් කරන්නේ, වෙනස් කරන්නේ හෝ භාවිතයෙන් ඉවත් කරන්නේ මධ්‍යස්ථානය පමණි; මෙම උපාංගය මධ්‍යස්ථානයේ සමමුහුර්ත කට්ටලය ආයාත කළ විට ඒවා මෙයට ලැබේ.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>කියවමින්…</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (භාවිතයෙන් ඉවත් කළ)</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>නැවත ගෙන එන්න (&amp;B)</translation>
        </message>
        <message>
            <source>Offer the selected priority again</source>
            <translation>තෝරාගත් ප්‍රමුඛතාව නැවත තේරීමට ලබා දෙන්න</translation>
        </message>
        <message>
            <source>Retire the selected priority: old findings keep it</source>
            <translation>තෝරාගත් ප්‍රමුඛතාව භාවිතයෙන් ඉවත් කරන්න: පැරණි සොයාගැනීම්වල එය රැඳී පවතී</translation>
        </message>
        <message>
            <source>Priority added.</source>
            <translation>ප්‍රමුඛතාව එක් කරන ලදී.</translation>
        </message>
        <message>
            <source>Priority saved.</source>
            <translation>ප්‍රමුඛතාව සුරකින ලදී.</translation>
        </message>
        <message>
            <source>Priority brought back.</source>
            <translation>ප්‍රමුඛතාව නැවත ගෙන එන ලදී.</translation>
        </message>
        <message>
            <source>Priority retired.</source>
            <translation>ප්‍රමුඛතාව භාවිතයෙන් ඉවත් කරන ලදී.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>සුරකිමින්…</translation>
        </message>
    </context>
    <context>
        <name>ProblemLabel</name>
        <message>
            <source>Problem</source>
            <translation>ගැටලුව</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>හරි</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>අවලංගු කරන්න</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>වසන්න</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ඔව් (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>නැත (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>RaisingForm</name>
        <message>
            <source>Raised with a national body[*]</source>
            <translation>ජාතික ආයතනයක් වෙත ඉදිරිපත් කළ කරුණ[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>නගරය (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;National body</source>
            <translation>ජාතික ආයතනය (&amp;N)</translation>
        </message>
        <message>
            <source>A ministry, a national commission…</source>
            <translation>අමාත්‍යාංශයක්, ජාතික කොමිෂන් සභාවක්…</translation>
        </message>
        <message>
            <source>&amp;Raised on</source>
            <translation>ඉදිරිපත් කළ දිනය (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;What was raised</source>
            <translation>ඉදිරිපත් කළ කරුණ (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>තත්ත්වය (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Outcome so far</source>
            <translation>මේ දක්වා ප්‍රතිඵලය (&amp;O)</translation>
        </message>
        <message>
            <source>Came &amp;from</source>
            <translation>මූලාශ්‍රය (&amp;F)</translation>
        </message>
        <message>
            <source>— nothing recorded here</source>
            <translation>— මෙහි කිසිවක් සටහන් කර නැත</translation>
        </message>
        <message>
            <source>New raising with a national body</source>
            <translation>ජාතික ආයතනයක් වෙත නව ඉදිරිපත් කිරීමක්</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>&amp;Save</source>
            <translation>සුරකින්න (&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>සුරකින්න</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>සුරකින්න (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>වසන්න</translation>
        </message>
        <message>
            <source>Opening the form…</source>
            <translation>පෝරමය විවෘත කරමින්…</translation>
        </message>
        <message>
            <source>Changes typed on {when} were not saved.</source>
            <translation>{when} ටයිප් කළ වෙනස්කම් සුරැකුණේ නැත.</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>ඒවා ප්‍රතිසාධනය කරන්න</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>ඒවා ඉවත දමන්න</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>සුරකිමින්…</translation>
        </message>
        <message>
            <source>This form has changes that are not saved.</source>
            <translation>මෙම පෝරමයේ නොසුරැකූ වෙනස්කම් ඇත.</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>සුරකා වසන්න</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>වෙනස්කම් ඉවත දමන්න</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>දිගටම සංස්කරණය කරන්න</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>This record was merged into another one: it cannot come back.</source>
            <translation>මෙම වාර්තාව වෙනත් වාර්තාවකට ඒකාබද්ධ කර ඇත: එය නැවත ගෙන ආ නොහැක.</translation>
        </message>
        <message>
            <source>This kind of record cannot be deleted.</source>
            <translation>මෙම වර්ගයේ වාර්තා මකා දැමිය නොහැක.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Language</source>
            <translation>භාෂාව (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>කඩදාසියේ ප්‍රමාණය (&amp;Z)</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Minutes</source>
            <translation>රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>පැමිණීමේ ලේඛනය</translation>
        </message>
        <message>
            <source>Activity report</source>
            <translation>ක්‍රියාකාරකම් වාර්තාව</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>ප්‍රධාන සංඛ්‍යා</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>ඉලක්කවලට එදිරිව දර්ශක</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>ක්‍රියාමාර්ග පසුවිපරම</translation>
        </message>
        <message>
            <source>City risk profile and plan</source>
            <translation>නගරයේ අවදානම් පැතිකඩ සහ සැලැස්ම</translation>
        </message>
        <message>
            <source>Tables as CSV files (zip)</source>
            <translation>CSV ගොනු ලෙස වගු (සංකෝචිත zip ගොනුවක්)</translation>
        </message>
        <message>
            <source>Tables as an XLSX workbook</source>
            <translation>XLSX වැඩපොතක් ලෙස වගු</translation>
        </message>
        <message>
            <source>Sign-in sheet for a meeting</source>
            <translation>රැස්වීමක් සඳහා පැමිණීමේ ලේඛනය</translation>
        </message>
        <message>
            <source>Sign-in sheet for a youth activity</source>
            <translation>තරුණ ක්‍රියාකාරකමක් සඳහා පැමිණීමේ ලේඛනය</translation>
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation>රැස්වීමක රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>තරුණ ක්‍රියාකාරකම් වාර්තාව</translation>
        </message>
    </context>
    <context>
        <name>ReportRequests</name>
        <message>
            <source>Choose a meeting or a youth activity.</source>
            <translation>රැස්වීමක් හෝ තරුණ ක්‍රියාකාරකමක් තෝරන්න.</translation>
        </message>
        <message>
            <source>Choose a city.</source>
            <translation>නගරයක් තෝරන්න.</translation>
        </message>
        <message>
            <source>Choose a meeting.</source>
            <translation>රැස්වීමක් තෝරන්න.</translation>
        </message>
        <message>
            <source>Choose a youth activity.</source>
            <translation>තරුණ ක්‍රියාකාරකමක් තෝරන්න.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Chair</source>
            <translation>සභාපති</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>ලේකම්</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>සාමාජික</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>නිරීක්ෂක</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>සහභාගිවන්නා</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>කථිකයා</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>පහසුකම් සපයන්නා</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>ආරාධිත අමුත්තා</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>පුහුණුකරු</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>පහසුකම් සපයන්නා</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>සැලසුම් කළ</translation>
        </message>
        <message>
            <source>held</source>
            <translation>පැවැත්විණි</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>අවලංගු කළ</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>කෙටුම්පත</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>බෙදා හරින ලද</translation>
        </message>
        <message>
            <source>open</source>
            <translation>විවෘත</translation>
        </message>
        <message>
            <source>done</source>
            <translation>නිම කළ</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>අත්හැරිය</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>කල් ඉකුත් වූ</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>ඉදිරියට ගෙන ගිය</translation>
        </message>
        <message>
            <source>sports</source>
            <translation>ක්‍රීඩා</translation>
        </message>
        <message>
            <source>arts</source>
            <translation>කලා</translation>
        </message>
        <message>
            <source>dialogue</source>
            <translation>සංවාදය</translation>
        </message>
        <message>
            <source>training</source>
            <translation>පුහුණුව</translation>
        </message>
        <message>
            <source>other activity</source>
            <translation>වෙනත් ක්‍රියාකාරකම</translation>
        </message>
        <message>
            <source>liaison committee</source>
            <translation>සම්බන්ධීකරණ කමිටුව</translation>
        </message>
        <message>
            <source>local prevention committee</source>
            <translation>ප්‍රාදේශීය වැළැක්වීමේ කමිටුව</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>සම්මත කළ</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>ප්‍රතිස්ථාපිත</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>තර්ජනය</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>අවදානම් සාධකය</translation>
        </message>
        <message>
            <source>protective factor</source>
            <translation>ආරක්ෂණ සාධකය</translation>
        </message>
        <message>
            <source>low</source>
            <translation>අඩු</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>මධ්‍යම</translation>
        </message>
        <message>
            <source>high</source>
            <translation>ඉහළ</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>ක්‍රියාත්මක වෙමින්</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>ප්‍රමාද වූ</translation>
        </message>
        <message>
            <source>output</source>
            <translation>නිමැවුම</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>ප්‍රතිඵලය</translation>
        </message>
        <message>
            <source>different people, each counted once</source>
            <translation>වෙනස් පුද්ගලයෝ, එක් අයෙක් එක් වරක් ගණන් කර</translation>
        </message>
        <message>
            <source>events held</source>
            <translation>පැවැත්වූ වැඩසටහන්</translation>
        </message>
        <message>
            <source>member cities, each counted once</source>
            <translation>සාමාජික නගර, එක් එක්කක් එක් වරක් ගණන් කර ඇත</translation>
        </message>
        <message>
            <source>grants, cancelled ones left out</source>
            <translation>ප්‍රදාන, අවලංගු කළ ඒවා හැර</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>යෝජිත</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>අනුමත</translation>
        </message>
        <message>
            <source>disbursed</source>
            <translation>නිදහස් කළ</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>අවසන් කළ</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>ඉදිරිපත් කරන ලදී</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>පිළිතුරු ලැබුණි</translation>
        </message>
        <message>
            <source>acted on</source>
            <translation>ක්‍රියාමාර්ග ගන්නා ලදී</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>ප්‍රතික්ෂේප විය</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>තරුණ ක්‍රියාකාරකම් වාර්තාව</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>සහභාගිත්වය</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය අනුව</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
        </message>
        <message>
            <source>By age band</source>
            <translation>වයස් කාණ්ඩය අනුව</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>වයස් කාණ්ඩය</translation>
        </message>
        <message>
            <source>By community</source>
            <translation>ප්‍රජාව අනුව</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>ප්‍රජාව</translation>
        </message>
        <message>
            <source>People</source>
            <translation>පුද්ගලයින්</translation>
        </message>
        <message>
            <source>By age band and gender</source>
            <translation>වයස් කාණ්ඩය සහ ස්ත්‍රී පුරුෂ භාවය අනුව</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ප්‍රතිඵල</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>සටහන්</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <extracomment>Translators: {start} and {end} are dates in words.
----------
Translators: {start} and {end} are times of day such as 10:00 and 12:00.</extracomment>
            <translation>{start} සිට {end} දක්වා</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>ක්‍රියාකාරකමේ වර්ගය</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>දිනයන්</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ස්ථානය</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>Coaches and facilitators</source>
            <translation>පුහුණුකරුවන් සහ පහසුකම් සපයන්නන්</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Communities taking part</source>
            <translation>සහභාගී වන ප්‍රජාවන්</translation>
        </message>
        <message>
            <source>Sessions ({count})</source>
            <extracomment>Translators: {count} is a number of sessions.</extracomment>
            <translation>සැසි ({count})</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>සැසි කිසිවක් සටහන් කර නැත.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>දිනය</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>People who took part: {total}.</source>
            <translation>සහභාගී වූ අය: {total}.</translation>
        </message>
        <message>
            <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>නම සහිතව ලියාපදිංචි වූ අය: {named}; නම් නොමැතිව ගණන් කළ අය: {anonymous}; මුළු ගණන: {total}.</translation>
        </message>
        <message>
            <source>City plan</source>
            <translation>නගර සැලැස්ම</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>අවදානම් පැතිකඩ</translation>
        </message>
        <message>
            <source>No risk profile is recorded for this city.</source>
            <translation>මෙම නගරය සඳහා අවදානම් පැතිකඩක් සටහන් කර නැත.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>විස්තරය</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>බලපෑමට ලක් වූ ප්‍රජාවන්</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>සම්භාවිතාව</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>බලපෑම</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>වැළැක්වීමේ සැලැස්ම</translation>
        </message>
        <message>
            <source>No prevention plan is recorded for this city.</source>
            <translation>මෙම නගරය සඳහා වැළැක්වීමේ සැලැස්මක් සටහන් කර නැත.</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>අරමුණු</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>ක්‍රියාමාර්ග</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>අරමුණ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ක්‍රියාමාර්ගය</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>වගකිව යුත්තා</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>නියමිත දිනය</translation>
        </message>
        <message>
            <source>No actions are planned yet.</source>
            <translation>තවම කිසිදු ක්‍රියාමාර්ගයක් සැලසුම් කර නැත.</translation>
        </message>
        <message>
            <source>Version {number}, {status}</source>
            <extracomment>Translators: {number} is the version's number; {status} draft, adopted or superseded.</extracomment>
            <translation>අනුවාදය {number}, {status}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>අනුවාදය</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>සම්මත කළ දිනය</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>සමාලෝචනය කළ යුතු දිනය</translation>
        </message>
        <message>
            <source>Drawn from</source>
            <translation>මූලාශ්‍ර</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>පිටුව {page} / {pages}</translation>
        </message>
        <message>
            <source>Printed from scdesk on {date}</source>
            <extracomment>Translators: {date} is the day the report was printed, in words.</extracomment>
            <translation>{date} දින scdesk මගින් මුද්‍රණය කරන ලදී</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your language writes dates.</extracomment>
            <translation>{year} {month} {day}</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>සඟවා ඇත</translation>
        </message>
        <message>
            <source>Counts from 1 to 4 are shown as &lt;5, and a count that would reveal one as hidden.</source>
            <translation>1 සිට 4 දක්වා ගණන් &lt;5 ලෙස පෙන්වා ඇති අතර, ඉන් එකක් හෙළි කළ හැකි ගණනක් සඟවා ඇත ලෙස පෙන්වා ඇත.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n පුද්ගලයෙක්</numerusform>
                <numerusform>පුද්ගලයන් %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n වැඩසටහනක්</numerusform>
                <numerusform>වැඩසටහන් %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n නගරයක්</numerusform>
                <numerusform>නගර %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committee meeting(s)</source>
            <translation>
                <numerusform>%n කමිටු රැස්වීමක්</numerusform>
                <numerusform>කමිටු රැස්වීම් %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consultation(s)</source>
            <translation>
                <numerusform>%n උපදේශන සාකච්ඡාවක්</numerusform>
                <numerusform>උපදේශන සාකච්ඡා %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n වැඩමුළුවක්</numerusform>
                <numerusform>වැඩමුළු %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roundtable(s)</source>
            <translation>
                <numerusform>%n වට මේස සාකච්ඡාවක්</numerusform>
                <numerusform>වට මේස සාකච්ඡා %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training session(s)</source>
            <translation>
                <numerusform>%n පුහුණු සැසියක්</numerusform>
                <numerusform>පුහුණු සැසි %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summit(s)</source>
            <translation>
                <numerusform>%n සමුළුවක්</numerusform>
                <numerusform>සමුළු %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other event(s)</source>
            <translation>
                <numerusform>%n වෙනත් වැඩසටහනක්</numerusform>
                <numerusform>වෙනත් වැඩසටහන් %n ක්</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n youth activity(s)</source>
            <translation>
                <numerusform>%n තරුණ ක්‍රියාකාරකමක්</numerusform>
                <numerusform>තරුණ ක්‍රියාකාරකම් %n ක්</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} took part in {events} held in {cities}.</source>
            <extracomment>Translators: {people}, {events} and {cities} are counted phrases such as "14 people", "3 events" and "1 city".</extracomment>
            <translation>{people} සහභාගි වූහ: {events}, {cities}.</translation>
        </message>
        <message>
            <source>The events were {kinds}.</source>
            <extracomment>Translators: {kinds} lists events by kind: "3 workshops, 2 consultations".</extracomment>
            <translation>වැඩසටහන්: {kinds}.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them were women and girls ({share}%).</source>
            <extracomment>Translators: {share} is a percentage of the people engaged.</extracomment>
            <translation>
                <numerusform>ඔවුන්ගෙන් %n ක් කාන්තාවක් හෝ දැරියක් විය ({share}%).</numerusform>
                <numerusform>ඔවුන්ගෙන් %n ක් කාන්තාවන් සහ දැරියන් වූහ ({share}%).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n young people under 25 were reached.</source>
            <translation>
                <numerusform>වයස 25ට අඩු %n තරුණයෙකු වෙත ළඟා විය.</numerusform>
                <numerusform>වයස 25ට අඩු තරුණයන් %n දෙනෙකු වෙත ළඟා විය.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mayors and local leaders took part.</source>
            <translation>
                <numerusform>%n නගරාධිපතිවරයෙක් හෝ ප්‍රාදේශීය නායකයෙක් සහභාගි විය.</numerusform>
                <numerusform>නගරාධිපතිවරු සහ ප්‍රාදේශීය නායකයෝ %n දෙනෙක් සහභාගි වූහ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cities joined the network in the period.</source>
            <translation>
                <numerusform>මෙම කාලය තුළ %n නගරයක් ජාලයට එක් විය.</numerusform>
                <numerusform>මෙම කාලය තුළ නගර %n ක් ජාලයට එක් විය.</numerusform>
            </translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>දර්ශක</translation>
        </message>
        <message>
            <source>All member cities</source>
            <translation>සියලු සාමාජික නගර</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>කාලය</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>ස්ථානය</translation>
        </message>
        <message>
            <source>No indicators are recorded.</source>
            <translation>කිසිදු දර්ශකයක් වාර්තා කර නැත.</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>මට්ටම</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>ගණන් කිරීමේ නීතිය</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>ප්‍රධාන සංඛ්‍යාව</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>වර්ගීකරණ</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>මූලික අගය</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ඉලක්කය</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>සැබෑ අගය</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>ඉලක්කයෙන් කොටස</translation>
        </message>
        <message>
            <source>Actual against target</source>
            <translation>ඉලක්කයට එදිරිව සැබෑ අගය</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <extracomment>Translators: {dimension} is a breakdown such as "gender" or "age band".</extracomment>
            <translation>{dimension} අනුව</translation>
        </message>
        <message>
            <source>Period and city</source>
            <translation>කාලය සහ නගරය</translation>
        </message>
        <message>
            <source>Targets by breakdown category</source>
            <translation>බෙදීමේ කාණ්ඩය අනුව ඉලක්ක</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>බෙදීම</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>කාණ්ඩය</translation>
        </message>
        <message>
            <source>How the actual values were counted</source>
            <translation>සැබෑ අගයන් ගණන් කළ ආකාරය</translation>
        </message>
        <message>
            <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
            <translation>සැබෑ අගයන් කිසි විටෙක අතින් ඇතුළත් නොකෙරේ: ප්‍රධාන සංඛ්‍යා ගණන් කරන එම නීතිවලටම අනුව, එක් එක් ඉලක්කයේම කාලය සහ නගරය සඳහා ඒවා වාර්තාවලින් ගණන් කෙරේ. ඉලක්කයක් එක් කාලයකට සහ එක් නගරයකට, නැතහොත් සියලු සාමාජික නගර සඳහා තබනු ලැබේ; සැබෑ අගය බෙදෙන ආකාරය වර්ගීකරණවලින් පෙන්වයි.</translation>
        </message>
        <message>
            <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
            <translation>කාන්තාවන් හෝ තරුණයන් වැනි, ප්‍රකාශිත බෙදීමක එක් කාණ්ඩයකට ද ඉලක්කයක් තැබිය හැක. ප්‍රදානය කළ ප්‍රදාන යනු ලබා දුන් සහායේ ප්‍රදාන ය, අවලංගු කළ ඒවා හැර.</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>ප්‍රධාන සංඛ්‍යා</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>ප්‍රධාන කරුණු</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>Translators: {name} names a note on the figures ("Probable duplicates"), {text} is the note.</extracomment>
            <translation>{name}: {text}</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>සියලු වාර්තා</translation>
        </message>
        <message>
            <source>the first records</source>
            <translation>පළමු වාර්තා</translation>
        </message>
        <message>
            <source>today</source>
            <translation>අද</translation>
        </message>
        <message>
            <source>For internal use only: no counts are suppressed.</source>
            <translation>අභ්‍යන්තර භාවිතය සඳහා පමණි: කිසිදු ගණනක් සඟවා නැත.</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>ගණන්</translation>
        </message>
        <message>
            <source>{count} not settled yet: a person, event or city may be counted twice.</source>
            <translation>{count}ක් තවම විසඳා නැත: පුද්ගලයෙකු, සිදුවීමක් හෝ නගරයක් දෙවරක් ගණන් කර තිබිය හැක.</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>විය හැකි ද්විත්ව වාර්තා</translation>
        </message>
        <message>
            <source>To protect the people counted, people who withdrew their consent were left out and counts from 1 to 4 are shown as &lt;5. Where such a count could be worked out by subtracting the others from the total, the next smallest count is shown as hidden: it may be 5 or more. Zeros are shown.</source>
            <translation>ගණන් කළ පුද්ගලයන් ආරක්ෂා කිරීම සඳහා, කැමැත්ත ඉල්ලා අස්කරගත් අය ඇතුළත් කර නැති අතර 1 සිට 4 දක්වා ගණන් &lt;5 ලෙස පෙන්වා ඇත. මුළු ගණනින් අනෙක් ඒවා අඩු කිරීමෙන් එවැනි ගණනක් සොයාගත හැකි තැන්වල, ඊළඟ කුඩාම ගණන සඟවා ඇත ලෙස පෙන්වා ඇත: එය 5ක් හෝ වැඩි විය හැක. බිංදු පෙන්වා ඇත.</translation>
        </message>
        <message>
            <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
            <translation>උපාංග දෙකක එකවර වෙනස් කළ වාර්තා {count} ක් සමාලෝචනය සඳහා රැඳී සිටියි; ඒවා දැනට පවතින ආකාරයෙන්ම ගණන් කර ඇත.</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>සමාලෝචනය යටතේ</translation>
        </message>
        <message>
            <source>{figure}: {total}</source>
            <extracomment>Translators: {figure} is the name of a key figure, {total} its count.</extracomment>
            <translation>{figure}: {total}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>එකතුව</translation>
        </message>
        <message>
            <source>How each figure was counted</source>
            <translation>එක් එක් සංඛ්‍යාව ගණන් කළ ආකාරය</translation>
        </message>
        <message>
            <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
            <translation>පැවැත්වූ වැඩසටහන්: පැවැත්වූ ලෙස සටහන් කර මෙම කාලය තුළ ආරම්භ වූ සියලු ආකාරයේ රැස්වීම්, සහ පැවැත්වූ ලෙස සටහන් කර දිනයන් මෙම කාලයට අතිච්ඡාදනය වන තරුණ ක්‍රියාකාරකම්. සැලසුම් කළ, අවලංගු කළ සහ මකා දැමූ වැඩසටහන් ගණන් නොගැනේ.</translation>
        </message>
        <message>
            <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
            <translation>සම්බන්ධ වූ පුද්ගලයෝ: එම රැස්වීම්වලට පැමිණි, එම ක්‍රියාකාරකම් සඳහා ලියාපදිංචි වූ හෝ ඒවායේ පුහුණුව ලබා දුන් වෙනස් පුද්ගලයින්, සහ නම් නොමැතිව ගණන් කළ අය. කෙනෙකු වැඩසටහන් කීයකට සහභාගී වුවද, කුමන උපාංගයක සටහන් වුවද, එක් වරක් පමණක් ගණන් කෙරේ. නොපැමිණීම දැනුම් දීම, නොපැමිණීම සහ ආරාධනා ගණන් නොගැනේ.</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
            <translation>සම්බන්ධ වූ නගරාධිපතිවරු සහ ප්‍රාදේශීය නායකයෝ: සම්බන්ධ වූ අය අතරින් නගරාධිපති හෝ ප්‍රාදේශීය නායක ලෙස සටහන් කළ අය.</translation>
        </message>
        <message>
            <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
            <translation>ළඟා වූ තරුණයෝ: සම්බන්ධ වූ අය අතරින් මෙම කාලයේ අවසන් වැඩසටහනේදී වයස අවුරුදු 25ට අඩු වූ අය, සහ 25ට අඩු වයස් කාණ්ඩවල නම් නොමැතිව ගණන් කළ අය.</translation>
        </message>
        <message>
            <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
            <translation>සාමාජික නගර: සාමාජික ලෙස සටහන් කර, කාලය අවසන් වන විට ජාලයට එක් වී සිටි නගර, හෝ එක් වූ දිනය සටහන් කර නැති නගර.</translation>
        </message>
        <message>
            <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
            <translation>සෑම පුද්ගලයෙක්ම සෑම බෙදීමකම එක් කොටුවක ගණන් කෙරේ: ඔවුන්ගේ ස්ත්‍රී පුරුෂ භාවය සහ වර්ගය, අවසන් වැඩසටහනේදී වයස් කාණ්ඩය, සහ ඔවුන්ගේ නගරය (නැතහොත් එම වැඩසටහනේ නගරය). එක් අයෙකු කොන් කළ කණ්ඩායම් කිහිපයකට අයත් විය හැකි බැවින්, එම බෙදීමේ එකතුව මුළු ගණනට වඩා වැඩි විය හැක.</translation>
        </message>
        <message>
            <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
            <translation>ලබා දුන් සහාය: ආරම්භයේ (හෝ අනුමැතියේ) සිට අවසානය දක්වා දිනයන් මෙම කාලය සමඟ ගැළපෙන ප්‍රදාන, සහ මෙම කාලයේ දුන් විශේෂඥ උපදෙස්. මුදල් පරිවර්තනය නොකර එක් එක් මුදල් ඒකකයෙන් වෙන වෙනම එකතු කෙරේ.</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>රැස්වීම් වාර්තාව</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>සාරාංශය</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>ඊළඟ රැස්වීම</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>කෙටුම්පත</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>කමිටුව</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>රැස්වීමේ වර්ගය</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>වේලාව</translation>
        </message>
        <message>
            <source>These minutes were approved at the meeting of {date}.</source>
            <translation>මෙම වාර්තාව {date} රැස්වීමේදී අනුමත කරන ලදී.</translation>
        </message>
        <message>
            <source>These minutes were approved on {date}.</source>
            <translation>මෙම වාර්තාව {date} දින අනුමත කරන ලදී.</translation>
        </message>
        <message>
            <source>Draft minutes, circulated on {date}; not yet approved.</source>
            <translation>රැස්වීම් වාර්තාවේ කෙටුම්පත, {date} දින බෙදා හරින ලදී; තවම අනුමත කර නැත.</translation>
        </message>
        <message>
            <source>Draft minutes: not yet circulated or approved.</source>
            <translation>රැස්වීම් වාර්තාවේ කෙටුම්පත: තවම බෙදා හැර හෝ අනුමත කර නැත.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>පැමිණීම</translation>
        </message>
        <message>
            <source>Present ({count})</source>
            <translation>පැමිණි අය ({count})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>නම</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>භූමිකාව</translation>
        </message>
        <message>
            <source>Organisation or title</source>
            <translation>ආයතනය හෝ තනතුර</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>නොපැමිණීම දැනුම් දුන් අය</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>නොපැමිණි අය</translation>
        </message>
        <message>
            <source>Not named here, at their request: {count}.</source>
            <translation>ඔවුන්ගේ ඉල්ලීම පරිදි මෙහි නම් සඳහන් නොකළ අය: {count}.</translation>
        </message>
        <message>
            <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
            <translation>මෙම කමිටුව සඳහා ගණපූරණයක් සටහන් කර නැත; ඡන්දය හිමි සාමාජිකයන් {members} දෙනාගෙන් {present} දෙනෙක් පැමිණ සිටියහ.</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
            <translation>ගණපූරණය: ඡන්දය හිමි සාමාජිකයන් {quorum}. {members} දෙනාගෙන් {present} දෙනෙක් පැමිණ සිටි බැවින් ගණපූරණය සම්පූර්ණ විය.</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
            <translation>ගණපූරණය: ඡන්දය හිමි සාමාජිකයන් {quorum}. {members} දෙනාගෙන් {present} දෙනෙක් පමණක් පැමිණ සිටි බැවින් ගණපූරණය සම්පූර්ණ නොවූ අතර, රැස්වීමේ තීරණ තහවුරු කළ යුතුය.</translation>
        </message>
        <message>
            <source>Counted without names</source>
            <translation>නම් නොමැතිව ගණන් කළ අය</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>කණ්ඩායම</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>වයස සටහන් කර නැත</translation>
        </message>
        <message>
            <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>නම සහිතව පැමිණි අය: {named}; නම් නොමැතිව ගණන් කළ අය: {anonymous}; මුළු ගණන: {total}.</translation>
        </message>
        <message>
            <source>Minutes of the previous meeting</source>
            <translation>පෙර රැස්වීමේ වාර්තාව</translation>
        </message>
        <message>
            <source>No earlier minutes were approved at this meeting.</source>
            <translation>මෙම රැස්වීමේදී පෙර වාර්තා කිසිවක් අනුමත නොකෙරිණි.</translation>
        </message>
        <message>
            <source>The minutes of the meeting of {date} were approved as a true record.</source>
            <translation>{date} රැස්වීමේ වාර්තාව නිවැරදි වාර්තාවක් ලෙස අනුමත කරන ලදී.</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>න්‍යාය පත්‍රය සහ සාකච්ඡාව</translation>
        </message>
        <message>
            <source>No agenda items were recorded.</source>
            <translation>න්‍යාය පත්‍රයේ කිසිදු කරුණක් සටහන් කර නැත.</translation>
        </message>
        <message>
            <source>Presented by {name}</source>
            <translation>ඉදිරිපත් කළේ: {name}</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>සාකච්ඡාව</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>තීරණ</translation>
        </message>
        <message>
            <source>No actions were agreed or carried over.</source>
            <translation>කිසිදු ක්‍රියාමාර්ගයක් එකඟ වීම හෝ ඉදිරියට ගෙන යාම සිදු නොවීය.</translation>
        </message>
        <message>
            <source>(agreed on {date})</source>
            <extracomment>Translators: {date} is the day of the earlier meeting that agreed the action.</extracomment>
            <translation>({date} දින එකඟ විය)</translation>
        </message>
        <message>
            <source>The date of the next meeting is not yet set.</source>
            <translation>ඊළඟ රැස්වීමේ දිනය තවම තීරණය කර නැත.</translation>
        </message>
        <message>
            <source>{date} at {time}, {venue}.</source>
            <translation>{date}, {time}ට, {venue}.</translation>
        </message>
        <message>
            <source>Amendments since approval</source>
            <translation>අනුමැතියෙන් පසු සංශෝධන</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>කිසිවක් නැත.</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>සංශෝධනය</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>හේතුව</translation>
        </message>
        <message>
            <source>Agreed at the meeting of</source>
            <translation>එකඟ වූ රැස්වීම</translation>
        </message>
        <message>
            <source>No chair was recorded as present.</source>
            <translation>පැමිණි සභාපතිවරයෙකු සටහන් වී නැත.</translation>
        </message>
        <message>
            <source>No secretary was recorded as present.</source>
            <translation>පැමිණි ලේකම්වරයෙකු සටහන් වී නැත.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>අත්සන</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>අත්සන්</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(නම සඳහන් නොකෙරේ)</translation>
        </message>
        <message>
            <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
            <translation>කරුණාකර ඔබේ නම ලියා, ඔබේ ස්ත්‍රී පුරුෂ භාවය සහ වයස් කාණ්ඩය සලකුණු කර, අත්සන් කරන්න. "සහභාගී වීමට මම එකඟ වෙමි" සලකුණු කිරීමෙන් ඔබේ පැමිණීම සටහන් කිරීමට ඔබ එකඟ වේ; "ඡායාරූප" සලකුණු කිරීමෙන් ඔබ ඡායාරූපවල පෙනී සිටිය හැකි බවට එකඟ වේ. වයස අවුරුදු 18ට අඩු ඕනෑම අයෙකු සඳහා දෙමාපියෙකු හෝ භාරකරුවෙකු සලකුණු කර අත්සන් කළ යුතුය.</translation>
        </message>
        <message>
            <source>I agree to take part</source>
            <translation>සහභාගී වීමට මම එකඟ වෙමි</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>ඡායාරූප</translation>
        </message>
        <message>
            <source>Role, organisation or community</source>
            <translation>භූමිකාව, ආයතනය හෝ ප්‍රජාව</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>කැමැත්ත</translation>
        </message>
        <message>
            <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
            <translation>නම් නොමැතිව ගණන (විශාල වැඩසටහන් සඳහා): කාන්තාවන් {blank}, පිරිමින් {blank}, වෙනත් {blank}; මුළු ගණන {blank}.</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>පැමිණීමේ ලේඛනය</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>වැඩසටහනේ වර්ගය</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>ලබා දුන් සහාය</translation>
        </message>
        <message>
            <source>No support was given in this period.</source>
            <translation>මෙම කාලයේ කිසිදු සහායක් ලබා දී නැත.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>මුදල් ඒකකය</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>ප්‍රදාන</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>මුදල</translation>
        </message>
        <message>
            <source>Total, cancelled grants left out</source>
            <translation>එකතුව, අවලංගු ප්‍රදාන හැර</translation>
        </message>
        <message>
            <source>Technical support grants</source>
            <translation>තාක්ෂණික සහාය ප්‍රදාන</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>දුන් උපදෙස්</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>විශේෂඥ උපදෙස්</translation>
        </message>
        <message>
            <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
            <translation>මෙම කාලයේ පැවැත්වූ උපදේශන සාකච්ඡාවලදී ජාතික-ප්‍රාදේශීය සහයෝගිතාව ගැන මතු වූ සොයාගැනීම්.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>සොයාගැනීම්</translation>
        </message>
        <message>
            <source>National-local cooperation</source>
            <translation>ජාතික-ප්‍රාදේශීය සහයෝගිතාව</translation>
        </message>
        <message>
            <source>Cities' priorities raised with ministries and national commissions in the period, by what has come of them so far.</source>
            <translation>මෙම කාලය තුළ අමාත්‍යාංශ සහ ජාතික කොමිෂන් සභා වෙත ඉදිරිපත් කළ නගරවල ප්‍රමුඛතා, මේ දක්වා ලැබුණු ප්‍රතිඵලය අනුව.</translation>
        </message>
        <message>
            <source>Raisings</source>
            <translation>කරුණු</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>ජාතික ආයතන වෙත ඉදිරිපත් කළ කරුණු</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>ක්‍රියාමාර්ග පසුවිපරම</translation>
        </message>
        <message>
            <source>open on {date}</source>
            <extracomment>Translators: {date} is today's date in words.</extracomment>
            <translation>{date} දිනට විවෘත</translation>
        </message>
        <message>
            <source>Open actions: {open}, of which overdue: {overdue}.</source>
            <translation>විවෘත ක්‍රියාමාර්ග: {open}, ඉන් කල් ඉකුත් වූ: {overdue}.</translation>
        </message>
        <message>
            <source>No actions are open.</source>
            <translation>විවෘත ක්‍රියාමාර්ග කිසිවක් නැත.</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>එකඟ වූ දිනය</translation>
        </message>
        <message>
            <source>{title} (plan version {number})</source>
            <extracomment>Translators: {title} is the prevention plan's title, {number} its version.</extracomment>
            <translation>{title} (සැලැස්මේ අනුවාදය {number})</translation>
        </message>
        <message>
            <source>Meetings outside a committee</source>
            <translation>කමිටුවකට අයත් නොවන රැස්වීම්</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>දින %n ක් ප්‍රමාදයි</numerusform>
                <numerusform>දින %n ක් ප්‍රමාදයි</numerusform>
            </translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>සියලු කමිටු</translation>
        </message>
        <message>
            <source>Reports are printed in {languages}; {language} is not one of them.</source>
            <translation>වාර්තා මුද්‍රණය වන්නේ {languages} භාෂාවලිනි; {language} ඒ අතර නැත.</translation>
        </message>
    </context>
    <context>
        <name>ReportsButton</name>
        <message>
            <source>&amp;Reports</source>
            <translation>වාර්තා (&amp;R)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>වාර්තා</translation>
        </message>
        <message>
            <source>Preview, print or save this record's reports, as last saved</source>
            <translation>මෙයට අදාළ වාර්තා, අවසන් වරට සුරැකි ආකාරයට, පෙරදසුන් කරන්න, මුද්‍රණය කරන්න හෝ සුරකින්න</translation>
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
            <translation>වාර්තා</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>වාර්තාව (&amp;R)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>වාර්තාව</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>භාෂාව (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>කඩදාසියේ ප්‍රමාණය (&amp;Z)</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>පෙරදසුන (&amp;V)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>පෙරදසුන</translation>
        </message>
        <message>
            <source>&amp;Save the tables…</source>
            <translation>වගු සුරකින්න… (&amp;S)</translation>
        </message>
        <message>
            <source>Save the tables</source>
            <translation>වගු සුරකින්න</translation>
        </message>
        <message>
            <source>Reports status</source>
            <translation>වාර්තා තත්ත්වය</translation>
        </message>
        <message>
            <source>Zip archives of CSV files (*.zip)</source>
            <translation>CSV ගොනුවල සංකෝචිත zip සංරක්ෂණ (*.zip)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>XLSX වැඩපොත් (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the tables…</source>
            <translation>වගු ලියමින්…</translation>
        </message>
        <message>
            <source>The tables were saved as {path}</source>
            <translation>වගු {path} ලෙස සුරකින ලදී</translation>
        </message>
    </context>
    <context>
        <name>RiskMatrix</name>
        <message>
            <source>Likelihood and impact matrix</source>
            <translation>සම්භාවිතාව සහ බලපෑම් න්‍යාසය</translation>
        </message>
        <message>
            <source>likelihood {likelihood}, impact {impact}: {count}</source>
            <translation>සම්භාවිතාව {likelihood}, බලපෑම {impact}: {count}</translation>
        </message>
        <message>
            <source>No threat or risk factor is rated yet.</source>
            <translation>තවම කිසිදු තර්ජනයක් හෝ අවදානම් සාධකයක් ශ්‍රේණිගත කර නැත.</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>සම්භාවිතාව</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>බලපෑම</translation>
        </message>
    </context>
    <context>
        <name>RiskProfileForm</name>
        <message>
            <source>Risk profile[*]</source>
            <translation>අවදානම් පැතිකඩ[*]</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>පැතිකඩ (&amp;P)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>තර්ජනය හෝ සාධකය</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>බලපෑමට ලක් වූ ප්‍රජාවන්</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>සම්භාවිතාව</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>බලපෑම</translation>
        </message>
        <message>
            <source>Add a &amp;threat or factor</source>
            <translation>තර්ජනයක් හෝ සාධකයක් එක් කරන්න (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Factors</source>
            <translation>සාධක (&amp;F)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>එය පැන නැගුණු උපදේශන සාකච්ඡා</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>උපදේශන සාකච්ඡා (&amp;C)</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>අවදානම් පැතිකඩ</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>අවදානම් පැතිකඩ</translation>
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <source>Remove</source>
            <translation>ඉවත් කරන්න</translation>
        </message>
        <message>
            <source>Remove row {n}</source>
            <translation>{n} වන පේළිය ඉවත් කරන්න</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>ඉහළට</translation>
        </message>
        <message>
            <source>Move row {n} up</source>
            <translation>{n} වන පේළිය ඉහළට ගෙන යන්න</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>පහළට</translation>
        </message>
        <message>
            <source>Move row {n} down</source>
            <translation>{n} වන පේළිය පහළට ගෙන යන්න</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>{day} is not a date a period can have: choose one between {earliest} and {latest}.</source>
            <translation>{day} කාලයකට තිබිය හැකි දිනයක් නොවේ: {earliest} සහ {latest} අතර දිනයක් තෝරන්න.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} අවශ්‍ය ය.</translation>
        </message>
        <message>
            <source>{label} is too long: at most {limit} characters.</source>
            <translation>{label} දිග වැඩි ය: උපරිම අක්ෂර {limit} කි.</translation>
        </message>
        <message>
            <source>The end date ({end}) is before the start date ({start}).</source>
            <translation>අවසන් දිනය ({end}) ආරම්භක දිනයට ({start}) පෙර ය.</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} සෘණ අගයක් විය නොහැක.</translation>
        </message>
        <message>
            <source>{value} is not a language code such as {codes}.</source>
            <extracomment>Translators: {codes} lists language codes, such as "en, ur, hi".</extracomment>
            <translation>{value} යනු {codes} වැනි භාෂා කේතයක් නොවේ.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>සැකසුම්</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>අතුරු මුහුණතේ භාෂාව (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>අතුරු මුහුණතේ භාෂාව</translation>
        </message>
        <message>
            <source>Records keep the language they are written in. The window opens again in the language chosen, on the page it shows; open forms are kept as drafts and offered back.</source>
            <translation>වාර්තා ඒවා ලියූ භාෂාවෙන්ම පවතී. කවුළුව තෝරාගත් භාෂාවෙන්, එය පෙන්වන පිටුවේම නැවත විවෘත වේ; විවෘතව ඇති පෝරම කෙටුම්පත් ලෙස තබාගෙන නැවත ඉදිරිපත් කෙරේ.</translation>
        </message>
    </context>
    <context>
        <name>SheetsOptions</name>
        <message>
            <source>De-identified: people appear by stable codes, without names or contact details; people who withdrew consent, or did not consent to the use of their data, are left out.</source>
            <translation>හඳුනාගැනීම් ඉවත් කළ: පුද්ගලයින් නම් හෝ සම්බන්ධතා විස්තර නොමැතිව ස්ථාවර කේත මගින් දැක්වේ; කැමැත්ත ඉල්ලා අස් කර ගත් අය, හෝ තම දත්ත භාවිතයට කැමැත්ත නොදුන් අය ඉවත් කෙරේ.</translation>
        </message>
        <message>
            <source>&amp;Include personal data</source>
            <translation>පෞද්ගලික දත්ත ඇතුළත් කරන්න (&amp;I)</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>පෞද්ගලික දත්ත ඇතුළත් කරන්න</translation>
        </message>
        <message>
            <source>Names, birth years and contact details</source>
            <translation>නම්, උපන් වර්ෂ සහ සම්බන්ධතා විස්තර</translation>
        </message>
        <message>
            <source>Include personal data?</source>
            <translation>පෞද්ගලික දත්ත ඇතුළත් කරන්නද?</translation>
        </message>
        <message>
            <source>The tables will hold the names, birth years and contact details of the people recorded. Keep the file safe, share it only with those who need it, and delete it when you are done.

Include personal data?</source>
            <translation>වගුවල සටහන් කළ පුද්ගලයින්ගේ නම්, උපන් වර්ෂ සහ සම්බන්ධතා විස්තර අඩංගු වේ. ගොනුව ආරක්ෂිතව තබා ගන්න, එය අවශ්‍ය අය සමඟ පමණක් බෙදා ගන්න, වැඩ අවසන් වූ පසු එය මකා දමන්න.

පෞද්ගලික දත්ත ඇතුළත් කරන්නද?</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was saved.</source>
            <translation>තැටිය පිරී ඇත: ඉඩ ටිකක් නිදහස් කර නැවත උත්සාහ කරන්න. කිසිවක් සුරැකුණේ නැත.</translation>
        </message>
        <message>
            <source>The records file is damaged: restore it from a backup (scdesk check tells how).</source>
            <translation>වාර්තා ගොනුවට හානි වී ඇත: එය උපස්ථයකින් ප්‍රතිසාධනය කරන්න (ආකාරය scdesk check මගින් පෙන්වයි).</translation>
        </message>
        <message>
            <source>This file is not an scdesk records file, or it is damaged beyond reading.</source>
            <translation>මෙම ගොනුව scdesk වාර්තා ගොනුවක් නොවේ, නැතහොත් කියවිය නොහැකි තරමට හානි වී ඇත.</translation>
        </message>
        <message>
            <source>The records are in use by another scdesk window or program: close it and try again.</source>
            <translation>වාර්තා වෙනත් scdesk කවුළුවක් හෝ මෘදුකාංගයක් භාවිත කරයි: එය වසා නැවත උත්සාහ කරන්න.</translation>
        </message>
        <message>
            <source>A backup could not be written to {folder}: {reason}</source>
            <translation>{folder} වෙත උපස්ථයක් ලිවිය නොහැකි විය: {reason}</translation>
        </message>
        <message>
            <source>The records file cannot be written (it is read-only): check the folder.</source>
            <translation>වාර්තා ගොනුවට ලිවිය නොහැක (එය කියවීමට පමණි): ෆෝල්ඩරය පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>The disk could not be read or written: check the drive, then try again.</source>
            <translation>තැටිය කියවීමට හෝ ලිවීමට නොහැකි විය: ධාවකය පරීක්ෂා කර නැවත උත්සාහ කරන්න.</translation>
        </message>
        <message>
            <source>The records file cannot be opened: check that its folder exists and is yours.</source>
            <translation>වාර්තා ගොනුව විවෘත කළ නොහැක: එහි ෆෝල්ඩරය පවතින බව සහ එය ඔබට අයත් බව පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write it as postgresql://user:password@server/database.</source>
            <translation>{url} PostgreSQL ලිපිනයක් නොවේ: එය postgresql://user:password@server/database ලෙස ලියන්න.</translation>
        </message>
        <message>
            <source>The backup before {reason} failed, so nothing was changed: {error}</source>
            <translation>{reason} ට පෙර උපස්ථය අසාර්ථක වූ බැවින් කිසිවක් වෙනස් කළේ නැත: {error}</translation>
        </message>
        <message>
            <source>The database server at {address} cannot be reached or refused the login ({reason}): check that it is running and that the address, user and password are right.</source>
            <translation>{address} හි දත්ත සමුදා සේවාදායකයට ළඟා විය නොහැක, නැතහොත් එය පිවිසුම ප්‍රතික්ෂේප කළේය ({reason}): එය ක්‍රියාත්මක වන බව සහ ලිපිනය, පරිශීලකයා සහ මුරපදය නිවැරදි බව පරීක්ෂා කරන්න.</translation>
        </message>
        <message>
            <source>pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's client programs (on Debian, postgresql-client).</source>
            <translation>pg_dump හමු නොවීය, සෑම ඒකාබද්ධ කිරීමකටම පෙර උපස්ථයක් ගනු ලැබේ: PostgreSQL හි සේවාලාභී මෘදුකාංග ස්ථාපනය කරන්න (Debian හි, postgresql-client).</translation>
        </message>
        <message>
            <source>These records were saved by a newer version of scdesk: install that version to open them. Nothing was changed.</source>
            <translation>මෙම වාර්තා scdesk හි වඩා නව අනුවාදයකින් සුරැකී ඇත: ඒවා විවෘත කිරීමට එම අනුවාදය ස්ථාපනය කරන්න. කිසිවක් වෙනස් කළේ නැත.</translation>
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <source>Choose the city the grant supports.</source>
            <translation>ප්‍රදානය සහාය දක්වන නගරය තෝරන්න.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>අරමුණ</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>මුදල ශුන්‍යයට වඩා වැඩි විය යුතුය.</translation>
        </message>
        <message>
            <source>Type the currency code, such as USD, EUR or PKR.</source>
            <translation>USD, EUR හෝ PKR වැනි මුදල් ඒකක කේතය ටයිප් කරන්න.</translation>
        </message>
        <message>
            <source>{currency} is not a currency code such as USD, EUR or PKR.</source>
            <translation>{currency} යනු USD, EUR හෝ PKR වැනි මුදල් ඒකක කේතයක් නොවේ.</translation>
        </message>
        <message>
            <source>Choose the city the advice was for.</source>
            <translation>උපදෙස් ලබා දුන් නගරය තෝරන්න.</translation>
        </message>
        <message>
            <source>Choose the expert who gave it.</source>
            <translation>එය ලබා දුන් විශේෂඥයා තෝරන්න.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>සටහන්</translation>
        </message>
        <message>
            <source>{name} is not in the expert pool: record their fields of expertise on their person record first.</source>
            <translation>{name} විශේෂඥ සංචිතයේ නැත: පළමුව ඔවුන්ගේ පුද්ගල වාර්තාවේ ඔවුන්ගේ විශේෂඥතා ක්ෂේත්‍ර සටහන් කරන්න.</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Support given</source>
            <translation>ලබා දුන් සහාය</translation>
        </message>
        <message>
            <source>New &amp;grant</source>
            <translation>නව ප්‍රදානයක් (&amp;G)</translation>
        </message>
        <message>
            <source>New expert &amp;advice</source>
            <translation>නව විශේෂඥ උපදෙස් (&amp;A)</translation>
        </message>
        <message>
            <source>Add to the expert &amp;pool…</source>
            <translation>විශේෂඥ සංචිතයට එක් කරන්න… (&amp;P)</translation>
        </message>
        <message>
            <source>All grant statuses</source>
            <translation>සියලු ප්‍රදාන තත්ත්වයන්</translation>
        </message>
        <message>
            <source>Grant status</source>
            <translation>ප්‍රදානයේ තත්ත්වය</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>ලැයිස්තුවල අඩංගු දේ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>නගරය</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>අරමුණ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>මුදල</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>මුදල් ඒකකය</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>තත්ත්වය</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ආරම්භය</translation>
        </message>
        <message>
            <source>To</source>
            <translation>අවසානය</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ආයතනය</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>ප්‍රදාන</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>මුළු මුදල</translation>
        </message>
        <message>
            <source>Totals by city, status and currency</source>
            <translation>නගරය, තත්ත්වය සහ මුදල් ඒකකය අනුව එකතු</translation>
        </message>
        <message>
            <source>Totals by city, status and currency (never converted)</source>
            <translation>නගරය, තත්ත්වය සහ මුදල් ඒකකය අනුව එකතු (කිසි විටෙක පරිවර්තනය නොකෙරේ)</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>විශේෂඥයා</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>මාතෘකාව</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>විශේෂඥ උපදෙස්</translation>
        </message>
        <message>
            <source>Title and organisation</source>
            <translation>තනතුර සහ ආයතනය</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>විශේෂඥතා ක්ෂේත්‍ර</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>දුන් උපදෙස්</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>නවතම</translation>
        </message>
        <message>
            <source>Expert pool</source>
            <translation>විශේෂඥ සංචිතය</translation>
        </message>
        <message>
            <source>Reading the support given…</source>
            <translation>ලබා දුන් සහාය කියවමින්…</translation>
        </message>
        <message>
            <source>{grants} · {advice} · {experts} in the expert pool</source>
            <translation>{grants} · {advice} · විශේෂඥ සංචිතයේ {experts}</translation>
        </message>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation>
                <numerusform>ප්‍රදාන %n</numerusform>
                <numerusform>ප්‍රදාන %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation>
                <numerusform>විශේෂඥ උපදෙස් %n</numerusform>
                <numerusform>විශේෂඥ උපදෙස් %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>විශේෂඥයින් %n</numerusform>
                <numerusform>විශේෂඥයින් %n</numerusform>
            </translation>
        </message>
        <message>
            <source>not in the pool</source>
            <translation>සංචිතයේ නැත</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>(empty)</source>
            <translation>(හිස්)</translation>
        </message>
        <message>
            <source>This conflict is settled already.</source>
            <translation>මෙම පරස්පර වෙනස්කම දැනටමත් විසඳා ඇත.</translation>
        </message>
        <message>
            <source>This conflict is about a rule between two fields: keep A or B, or give both fields.</source>
            <translation>මෙම පරස්පර වෙනස්කම ක්ෂේත්‍ර දෙකක් අතර නීතියක් පිළිබඳ ය: A හෝ B තබා ගන්න, නැතහොත් ක්ෂේත්‍ර දෙකම දෙන්න.</translation>
        </message>
        <message>
            <source>Give the value to keep.</source>
            <translation>තබා ගත යුතු අගය දෙන්න.</translation>
        </message>
        <message>
            <source>That would break a rule: {rule} Give {names} too.</source>
            <translation>එයින් නීතියක් කඩ වේ: {rule} {names} ද දෙන්න.</translation>
        </message>
        <message>
            <source>{rule} {first} set {field} to {value}; {second} set {other} to {other_value}.</source>
            <translation>{rule} {first} විසින් {field} {value} ලෙස සකසන ලදී; {second} විසින් {other} {other_value} ලෙස සකසන ලදී.</translation>
        </message>
        <message>
            <source>Settled.</source>
            <translation>විසඳන ලදී.</translation>
        </message>
        <message>
            <source>This record has no field {name}.</source>
            <translation>මෙම වාර්තාවේ {name} ක්ෂේත්‍රයක් නැත.</translation>
        </message>
        <message>
            <source>That value does not fit this field: {error}</source>
            <translation>එම අගය මෙම ක්ෂේත්‍රයට නොගැළපේ: {error}</translation>
        </message>
        <message>
            <source>This device has no keys to replace yet: scdesk device makes its first ones.</source>
            <translation>මෙම උපාංගයට තවම ප්‍රතිස්ථාපනය කිරීමට යතුරු නැත: scdesk device එහි පළමු යතුරු සාදයි.</translation>
        </message>
        <message>
            <source>This key backup belongs to another device.</source>
            <translation>මෙම යතුරු උපස්ථය වෙනත් උපාංගයකට අයත් ය.</translation>
        </message>
        <message>
            <source>This key backup holds keys this device no longer signs with.</source>
            <translation>මෙම යතුරු උපස්ථයේ ඇත්තේ මෙම උපාංගය තවදුරටත් අත්සන් කිරීමට භාවිත නොකරන යතුරු ය.</translation>
        </message>
        <message>
            <source>{device}'s clock is {days} days ahead: ask its user to set the date.</source>
            <translation>{device} හි ඔරලෝසුව දින {days} කින් ඉදිරියෙන් ඇත: දිනය සකසන ලෙස එහි භාවිත කරන්නාගෙන් ඉල්ලන්න.</translation>
        </message>
        <message>
            <source>{file} is this device's own card: give it to the hub.</source>
            <translation>{file} මෙම උපාංගයේම කාඩ්පතයි: එය මධ්‍යස්ථානයට දෙන්න.</translation>
        </message>
        <message>
            <source>{name} was revoked here and cannot be trusted again.</source>
            <translation>{name} මෙහි අහෝසි කර ඇති බැවින් නැවත විශ්වාස කළ නොහැක.</translation>
        </message>
        <message>
            <source>{name} is known here with other keys: new keys are trusted only from its bundle or card that names the old ones (scdesk device replace-keys, on that device).</source>
            <translation>{name} මෙහි වෙනත් යතුරු සමඟ හඳුනයි: නව යතුරු විශ්වාස කරනු ලබන්නේ පැරණි යතුරු සඳහන් කරන එහි සමමුහුර්ත කට්ටලයකින් හෝ කාඩ්පතකින් පමණි (එම උපාංගයේ scdesk device replace-keys).</translation>
        </message>
        <message>
            <source>This device cannot revoke itself.</source>
            <translation>මෙම උපාංගයට තමාවම අහෝසි කළ නොහැක.</translation>
        </message>
        <message>
            <source>No such device is known here.</source>
            <translation>එවැනි උපාංගයක් මෙහි හඳුනා නොගනී.</translation>
        </message>
        <message>
            <source>No single device matches {text}: scdesk devices lists them.</source>
            <translation>{text} ට ගැළපෙන එක් උපාංගයක් නැත: scdesk devices මගින් ඒවා ලැයිස්තුගත කරයි.</translation>
        </message>
        <message>
            <source>Only a hub writes a hub profile.</source>
            <translation>මධ්‍යස්ථාන පැතිකඩක් ලියන්නේ මධ්‍යස්ථානයක් පමණි.</translation>
        </message>
        <message>
            <source>The hub profile holds records scdesk cannot read: {error}</source>
            <translation>මධ්‍යස්ථාන පැතිකඩෙහි scdesk හට කියවිය නොහැකි වාර්තා ඇත: {error}</translation>
        </message>
        <message>
            <source>The city is not one of the hub's cities.</source>
            <translation>නගරය මධ්‍යස්ථානයේ නගරවලින් එකක් නොවේ.</translation>
        </message>
        <message>
            <source>An officer's device sends its bundles to its hub only, which passes them on.</source>
            <translation>නිලධාරියෙකුගේ උපාංගය සිය සමමුහුර්ත කට්ටල යවන්නේ තම මධ්‍යස්ථානයට පමණක් වන අතර, මධ්‍යස්ථානය ඒවා ඉදිරියට යවයි.</translation>
        </message>
        <message>
            <source>This device has no key for {name}.</source>
            <translation>මෙම උපාංගයට {name} සඳහා යතුරක් නැත.</translation>
        </message>
        <message>
            <source>{file}: not imported, the import was cancelled.</source>
            <translation>{file}: ආයාත කළේ නැත, ආයාත කිරීම අවලංගු කරන ලදී.</translation>
        </message>
        <message>
            <source>{file} is being merged by another scdesk window or command right now: its outcome will show there.</source>
            <translation>{file} මේ මොහොතේ වෙනත් scdesk කවුළුවක් හෝ විධානයක් මගින් ඒකාබද්ධ කරමින් පවතී: එහි ප්‍රතිඵලය එහි පෙන්වනු ඇත.</translation>
        </message>
        <message>
            <source>{file} from {sender} adds or changes a priority, which only the hub does; nothing from it was merged.</source>
            <translation>{sender} වෙතින් ලැබුණු {file} මගින් ප්‍රමුඛතාවක් එක් කරයි හෝ වෙනස් කරයි, එය කරන්නේ මධ්‍යස්ථානය පමණි; එයින් කිසිවක් ඒකාබද්ධ කළේ නැත.</translation>
        </message>
        <message>
            <source>{file} holds a record scdesk cannot take: {error}</source>
            <translation>{file} හි scdesk හට භාර ගත නොහැකි වාර්තාවක් ඇත: {error}</translation>
        </message>
        <message>
            <source>{file} holds records that refer to records this device does not have; nothing from it was merged.</source>
            <translation>{file} හි මෙම උපාංගයේ නැති වාර්තාවලට යොමු වන වාර්තා ඇත; එයින් කිසිවක් ඒකාබද්ධ කළේ නැත.</translation>
        </message>
        <message>
            <source>{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, {conflicts} in conflict, {waiting} waiting for records not yet arrived.</source>
            <translation>{sender} වෙතින් {file}: නව {new}, යාවත්කාලීන කළ {updated}, දැනටමත් මෙහි ඇති {unchanged}, පරස්පර වෙනස්කම් සහිත {conflicts}, තවම නොපැමිණි වාර්තා සඳහා රැඳී සිටින {waiting}.</translation>
        </message>
        <message>
            <source>{file} from {sender}: nothing new, all {unchanged} records are already here.</source>
            <extracomment>Translators: {unchanged} is a number of records; the bundle changed nothing here.</extracomment>
            <translation>{sender} වෙතින් {file}: අලුත් කිසිවක් නැත, වාර්තා {unchanged} ම දැනටමත් මෙහි ඇත.</translation>
        </message>
        <message>
            <source>{file}: already merged on {day}; nothing changed.</source>
            <translation>{file}: {day} දින දැනටමත් ඒකාබද්ධ කර ඇත; කිසිවක් වෙනස් වූයේ නැත.</translation>
        </message>
        <message>
            <source>{file} comes from {sender}, another officer's device: an officer's device takes bundles from its hub only, which passes everyone's changes on.</source>
            <translation>{file} ලැබී ඇත්තේ වෙනත් නිලධාරියෙකුගේ උපාංගයක් වන {sender} වෙතිනි: නිලධාරියෙකුගේ උපාංගය සමමුහුර්ත කට්ටල භාර ගන්නේ තම මධ්‍යස්ථානයෙන් පමණක් වන අතර, මධ්‍යස්ථානය සියලු දෙනාගේ වෙනස්කම් ඉදිරියට යවයි.</translation>
        </message>
        <message>
            <source>{file} from {sender} acknowledges changes made by {other}; a device may speak only for itself, so nothing from it was merged.</source>
            <translation>{sender} වෙතින් ලැබුණු {file} මගින් {other} කළ වෙනස්කම් පිළිගනී; උපාංගයකට කතා කළ හැක්කේ තමා වෙනුවෙන් පමණක් බැවින් එයින් කිසිවක් ඒකාබද්ධ කළේ නැත.</translation>
        </message>
        <message>
            <source>{file} from {sender} claims changes made by {other} that this device does not have; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} වෙතින් ලැබුණු {file} මගින්, මෙම උපාංගයේ නැති, {other} කළ වෙනස්කම් ලැබී ඇති බව ප්‍රකාශ කරයි; උපාංගයකට යැවිය හැක්කේ තමාගේම වෙනස්කම් පමණක් බැවින් එයින් කිසිවක් ඒකාබද්ධ කළේ නැත.</translation>
        </message>
        <message>
            <source>{file} from {sender} carries a change made by {other}; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} වෙතින් ලැබුණු {file} හි {other} කළ වෙනස්කමක් ඇත; උපාංගයකට යැවිය හැක්කේ තමාගේම වෙනස්කම් පමණක් බැවින් එයින් කිසිවක් ඒකාබද්ධ කළේ නැත.</translation>
        </message>
        <message>
            <source>That device is not trusted here.</source>
            <translation>එම උපාංගය මෙහි විශ්වාස කර නැත.</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile first.</source>
            <translation>මෙම උපාංගය තවම සිය මධ්‍යස්ථානය නොදනී: පළමුව මධ්‍යස්ථානයේ පැතිකඩ ආයාත කරන්න.</translation>
        </message>
        <message>
            <source>Say which device the bundle is for (scdesk devices lists them).</source>
            <translation>සමමුහුර්ත කට්ටලය කුමන උපාංගය සඳහාදැයි සඳහන් කරන්න (scdesk devices මගින් ඒවා ලැයිස්තුගත කරයි).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} ෆෝල්ඩරය නොපවතී.</translation>
        </message>
        <message>
            <source>Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); the next bundle from its sender will bring them.</source>
            <translation>{device} හි කළ {first} සිට {last} දක්වා වෙනස්කම් තවම පැමිණ නැත (සමමුහුර්ත කට්ටලයක් අස්ථානගත වී ඇත); එය යවන්නාගෙන් ලැබෙන ඊළඟ සමමුහුර්ත කට්ටලය ඒවා ගෙන එනු ඇත.</translation>
        </message>
        <message>
            <source>This bundle comes from a device not yet trusted here: {name} ({user}), fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust the device, then import again.</source>
            <translation>මෙම සමමුහුර්ත කට්ටලය ලැබී ඇත්තේ මෙහි තවම විශ්වාස නොකළ උපාංගයකිනි: {name} ({user}), ඇඟිලි සලකුණ {fingerprint}. උපාංගයේ හිමිකරු සමඟ ඇඟිලි සලකුණ පරීක්ෂා කර, උපාංගය විශ්වාස කර, පසුව නැවත ආයාත කරන්න.</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and confirmed by the old key: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) හට {old} ප්‍රතිස්ථාපනය කරන, පැරණි යතුරෙන් තහවුරු කළ, {fingerprint} ඇඟිලි සලකුණ සහිත නව යතුරු ඇත: එහි හිමිකරු සමඟ නව ඇඟිලි සලකුණ පරීක්ෂා කර එය විශ්වාස කර (scdesk trust FILE), පසුව නැවත ආයාත කරන්න.</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not confirmed by the old key, which was lost: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) හට {old} ප්‍රතිස්ථාපනය කරන, {fingerprint} ඇඟිලි සලකුණ සහිත නව යතුරු ඇති නමුත්, නැති වූ පැරණි යතුරෙන් ඒවා තහවුරු කර නැත: එහි හිමිකරු සමඟ නව ඇඟිලි සලකුණ පරීක්ෂා කර එය විශ්වාස කර (scdesk trust FILE), පසුව නැවත ආයාත කරන්න.</translation>
        </message>
        <message>
            <source>The name of the file {file} holds characters scdesk cannot read: rename the file, then import it again.</source>
            <translation>{file} ගොනුවේ නමෙහි scdesk හට කියවිය නොහැකි අක්ෂර ඇත: ගොනුව නැවත නම් කර, නැවත ආයාත කරන්න.</translation>
        </message>
        <message>
            <source>{file} comes from {name}, a device revoked here: it is not imported.</source>
            <translation>{file} ලැබී ඇත්තේ මෙහි අහෝසි කළ {name} උපාංගයෙනි: එය ආයාත නොකෙරේ.</translation>
        </message>
        <message>
            <source>{file} does not bear {name}'s signature: it was changed after it was made, or made by another device. Ask the sender for it again.</source>
            <translation>{file} හි {name} හි අත්සන නැත: එය සෑදූ පසු වෙනස් කර ඇත, නැතහොත් වෙනත් උපාංගයකින් සාදා ඇත. එය නැවත එවන ලෙස යවන්නාගෙන් ඉල්ලන්න.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle, or it was damaged on the way.</source>
            <translation>{file} scdesk සමමුහුර්ත කට්ටලයක් නොවේ, නැතහොත් එය මගදී හානි වී ඇත.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle.</source>
            <translation>{file} scdesk සමමුහුර්ත කට්ටලයක් නොවේ.</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here, then import.</source>
            <translation>{file} scdesk හි වඩා නව අනුවාදයකින් සාදා ඇත: එම අනුවාදය මෙහි ස්ථාපනය කර, පසුව ආයාත කරන්න.</translation>
        </message>
        <message>
            <source>{file} was made for another device; ask the sender to export it for this one.</source>
            <translation>{file} සාදා ඇත්තේ වෙනත් උපාංගයක් සඳහා ය; මෙම උපාංගය සඳහා එය අපනයනය කරන ලෙස යවන්නාගෙන් ඉල්ලන්න.</translation>
        </message>
        <message>
            <source>{file} holds unexpected files ({names}): it was not made by scdesk, or it was tampered with.</source>
            <translation>{file} හි අනපේක්ෂිත ගොනු ({names}) ඇත: එය scdesk මගින් සාදා නැත, නැතහොත් එය අනවසරයෙන් වෙනස් කර ඇත.</translation>
        </message>
        <message>
            <source>{file} is not a whole scdesk bundle: it may have been cut short or damaged on the way. Ask the sender for it again.</source>
            <translation>{file} සම්පූර්ණ scdesk සමමුහුර්ත කට්ටලයක් නොවේ: එය මගදී කපා හැරී හෝ හානි වී තිබිය හැක. එය නැවත එවන ලෙස යවන්නාගෙන් ඉල්ලන්න.</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (damaged on the way, or tampered with): ask the sender for it again.</source>
            <translation>{file} සෑදූ පසු වෙනස් කර ඇත (මගදී හානි වී, හෝ අනවසරයෙන් වෙනස් කර): එය නැවත එවන ලෙස යවන්නාගෙන් ඉල්ලන්න.</translation>
        </message>
        <message>
            <source>{file} is larger than a bundle may be, or expands too far: it is not imported.</source>
            <translation>{file} සමමුහුර්ත කට්ටලයකට තිබිය හැකි ප්‍රමාණයට වඩා විශාල ය, නැතහොත් දිග හැරීමේදී ඕනෑවට වඩා විශාල වේ: එය ආයාත නොකෙරේ.</translation>
        </message>
        <message>
            <source>{file} holds records scdesk cannot read: it was not made by this scdesk.</source>
            <translation>{file} හි scdesk හට කියවිය නොහැකි වාර්තා ඇත: එය මෙම scdesk මගින් සාදා නැත.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk device card, or it was damaged.</source>
            <translation>{file} scdesk උපාංග කාඩ්පතක් නොවේ, නැතහොත් එය හානි වී ඇත.</translation>
        </message>
        <message>
            <source>{file} is not a backup of scdesk device keys, or it was damaged.</source>
            <translation>{file} scdesk උපාංග යතුරුවල උපස්ථයක් නොවේ, නැතහොත් එය හානි වී ඇත.</translation>
        </message>
        <message>
            <source>The passphrase does not open {file}: check it and try again.</source>
            <translation>මුරපද වාක්‍යයෙන් {file} විවෘත නොවේ: එය පරීක්ෂා කර නැවත උත්සාහ කරන්න.</translation>
        </message>
        <message>
            <source>The key file in {folder} is not the one this device's records were signed with: put the right one back (scdesk device restore-keys FILE), or make new keys the hub must trust (scdesk device replace-keys).</source>
            <translation>{folder} හි ඇති යතුරු ගොනුව මෙම උපාංගයේ වාර්තා අත්සන් කළ ගොනුව නොවේ: නිවැරදි ගොනුව නැවත තබන්න (scdesk device restore-keys FILE), නැතහොත් මධ්‍යස්ථානය විශ්වාස කළ යුතු නව යතුරු සාදන්න (scdesk device replace-keys).</translation>
        </message>
        <message>
            <source>This device's key file ({name}) is missing from {folder}: restore it from your key backup (scdesk device restore-keys FILE), or, with no backup, make new keys the hub must trust before it takes this device's bundles (scdesk device replace-keys).</source>
            <translation>මෙම උපාංගයේ යතුරු ගොනුව ({name}) {folder} හි නැත: ඔබේ යතුරු උපස්ථයෙන් එය ප්‍රතිසාධනය කරන්න (scdesk device restore-keys FILE), නැතහොත් උපස්ථයක් නැත්නම්, මෙම උපාංගයේ සමමුහුර්ත කට්ටල භාර ගැනීමට පෙර මධ්‍යස්ථානය විශ්වාස කළ යුතු නව යතුරු සාදන්න (scdesk device replace-keys).</translation>
        </message>
        <message>
            <source>This device's key file ({path}) is damaged: restore it from a copy of the folder.</source>
            <translation>මෙම උපාංගයේ යතුරු ගොනුවට ({path}) හානි වී ඇත: ෆෝල්ඩරයේ පිටපතකින් එය ප්‍රතිසාධනය කරන්න.</translation>
        </message>
        <message>
            <source>The keys given are damaged.</source>
            <translation>දුන් යතුරුවලට හානි වී ඇත.</translation>
        </message>
        <message>
            <source>The key file in this folder belongs to another device's records: keep each device's folder whole, or move this key file away to make new keys.</source>
            <translation>මෙම ෆෝල්ඩරයේ ඇති යතුරු ගොනුව වෙනත් උපාංගයක වාර්තාවලට අයත් ය: එක් එක් උපාංගයේ ෆෝල්ඩරය සම්පූර්ණයෙන්ම තබා ගන්න, නැතහොත් නව යතුරු සෑදීමට මෙම යතුරු ගොනුව ඉවතට ගෙන යන්න.</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here first.</source>
            <translation>{file} scdesk හි වඩා නව අනුවාදයකින් සාදා ඇත: පළමුව එම අනුවාදය මෙහි ස්ථාපනය කරන්න.</translation>
        </message>
        <message>
            <source>{file} is not an scdesk hub profile, or it was damaged.</source>
            <translation>{file} scdesk මධ්‍යස්ථාන පැතිකඩක් නොවේ, නැතහොත් එය හානි වී ඇත.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>සමමුහුර්ත කිරීම</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>සමමුහුර්ත කිරීමේ විස්තර</translation>
        </message>
        <message>
            <source>No bundle imported since scdesk started.</source>
            <translation>scdesk ආරම්භ වූ දා සිට කිසිදු සමමුහුර්ත කට්ටලයක් ආයාත කර නැත.</translation>
        </message>
        <message>
            <source>Review &amp;duplicates</source>
            <translation>ද්විත්ව වාර්තා සමාලෝචනය කරන්න (&amp;D)</translation>
        </message>
        <message>
            <source>Open the probable duplicates</source>
            <translation>විය හැකි ද්විත්ව වාර්තා විවෘත කරන්න</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>අවසන් ආයාතය</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>උපාංග</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>පරස්පර වෙනස්කම්</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>මෙම උපාංගය</translation>
        </message>
        <message>
            <source>This device's fingerprint</source>
            <translation>මෙම උපාංගයේ ඇඟිලි සලකුණ</translation>
        </message>
        <message>
            <source>Before another device trusts this one, its user asks for this fingerprint: read it out, or compare it on both screens.</source>
            <translation>වෙනත් උපාංගයක් මෙම උපාංගය විශ්වාස කිරීමට පෙර, එහි භාවිත කරන්නා මෙම ඇඟිලි සලකුණ ඉල්ලයි: එය කියවන්න, නැතහොත් තිර දෙකෙහිම සසඳන්න.</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>උපාංගය</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>ඇඟිලි සලකුණ</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>සමමුහුර්ත කට්ටල</translation>
        </message>
        <message>
            <source>Export a bundle for</source>
            <translation>සමමුහුර්ත කට්ටලයක් අපනයනය කළ යුතු උපාංගය</translation>
        </message>
        <message>
            <source>F&amp;or</source>
            <translation>සඳහා (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Export a bundle…</source>
            <translation>සමමුහුර්ත කට්ටලයක් අපනයනය කරන්න… (&amp;E)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>සමමුහුර්ත කට්ටලයක් අපනයනය කරන්න</translation>
        </message>
        <message>
            <source>Write this device's new records to a file for the device chosen.</source>
            <translation>තෝරාගත් උපාංගය සඳහා මෙම උපාංගයේ නව වාර්තා ගොනුවකට ලියන්න.</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>සමමුහුර්ත කට්ටල ආයාත කරන්න… (&amp;I)</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>සමමුහුර්ත කට්ටල ආයාත කරන්න</translation>
        </message>
        <message>
            <source>Merge bundles other devices made for this one.</source>
            <translation>වෙනත් උපාංග මෙම උපාංගය සඳහා සෑදූ සමමුහුර්ත කට්ටල ඒකාබද්ධ කරන්න.</translation>
        </message>
        <message>
            <source>The last bundle for the device chosen</source>
            <translation>තෝරාගත් උපාංගය සඳහා අවසන් සමමුහුර්ත කට්ටලය</translation>
        </message>
        <message>
            <source>A bundle holds what the device chosen has not had from this one yet, in one file named for who made it, for whom and when. Import takes the bundles other devices made for this one; choose several at once.</source>
            <translation>සමමුහුර්ත කට්ටලයක අඩංගු වන්නේ තෝරාගත් උපාංගයට මෙම උපාංගයෙන් තවම නොලැබුණු දේ ය; එය සෑදුවේ කවුද, කා සඳහාද, කවදාද යන්න අනුව නම් කළ එක් ගොනුවක ඇත. ආයාත කිරීමෙන් වෙනත් උපාංග මෙම උපාංගය සඳහා සෑදූ සමමුහුර්ත කට්ටල ලබා ගනී; එකවර කිහිපයක් තෝරන්න.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>අපනයනය</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ගොනුව</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ප්‍රතිඵලය</translation>
        </message>
        <message>
            <source>New</source>
            <translation>නව</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>යාවත්කාලීන කළ</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>දැනටමත් මෙහි ඇත</translation>
        </message>
        <message>
            <source>In conflict</source>
            <translation>පරස්පර වෙනස්කම් සහිත</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>රැඳී සිටින</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>සිදු වූ දේ</translation>
        </message>
        <message>
            <source>What each file did</source>
            <translation>එක් එක් ගොනුව කළ දේ</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>කියවමින්…</translation>
        </message>
        <message>
            <source>{name} ({role}), used by {user}</source>
            <translation>{name} ({role}), භාවිත කරන්නේ {user}</translation>
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation>පරස්පර වෙනස්කම් ({count})</translation>
        </message>
        <message>
            <source>No bundle made for {name} yet.</source>
            <translation>{name} සඳහා තවම සමමුහුර්ත කට්ටලයක් සාදා නැත.</translation>
        </message>
        <message>
            <source>Last bundle for {name}: {when}.</source>
            <translation>{name} සඳහා අවසන් සමමුහුර්ත කට්ටලය: {when}.</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile (under Devices, below) before exporting.</source>
            <translation>මෙම උපාංගය තවම සිය මධ්‍යස්ථානය නොදනී: අපනයනය කිරීමට පෙර මධ්‍යස්ථානයේ පැතිකඩ ආයාත කරන්න (පහත, උපාංග යටතේ).</translation>
        </message>
        <message>
            <source>No device is trusted here yet: import a bundle from an officer's laptop and trust it, then export bundles for it here.</source>
            <translation>මෙහි තවම කිසිදු උපාංගයක් විශ්වාස කර නැත: නිලධාරියෙකුගේ ලැප්ටොප් පරිගණකයකින් සමමුහුර්ත කට්ටලයක් ආයාත කර එය විශ්වාස කර, පසුව මෙහිදී එය සඳහා සමමුහුර්ත කට්ටල අපනයනය කරන්න.</translation>
        </message>
        <message>
            <source>Where to write the bundle (a USB stick, for example)</source>
            <translation>සමමුහුර්ත කට්ටලය ලිවිය යුතු ස්ථානය (උදාහරණයක් ලෙස, USB ධාවකයක්)</translation>
        </message>
        <message>
            <source>Exporting a bundle…</source>
            <translation>සමමුහුර්ත කට්ටලයක් අපනයනය කරමින්…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>වාර්තා %n</numerusform>
                <numerusform>වාර්තා %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} for {receiver}, written to {path}</source>
            <translation>{receiver} සඳහා {records}, {path} වෙත ලියා ඇත</translation>
        </message>
        <message>
            <source>Bundles to import</source>
            <translation>ආයාත කළ යුතු සමමුහුර්ත කට්ටල</translation>
        </message>
        <message>
            <source>scdesk bundles (*.scdesk);;All files (*)</source>
            <translation>scdesk සමමුහුර්ත කට්ටල (*.scdesk);;සියලු ගොනු (*)</translation>
        </message>
        <message>
            <source>Checking the bundles…</source>
            <translation>සමමුහුර්ත කට්ටල පරීක්ෂා කරමින්…</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>සමමුහුර්ත කට්ටල ආයාත කරමින්…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation>
                <numerusform>ගොනු %n ක් ඒකාබද්ධ කරන ලදී</numerusform>
                <numerusform>ගොනු %n ක් ඒකාබද්ධ කරන ලදී</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation>
                <numerusform>%n ක් දැනටමත් ඒකාබද්ධ කර ඇත</numerusform>
                <numerusform>%n ක් දැනටමත් ඒකාබද්ධ කර ඇත</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n ක් ප්‍රතික්ෂේප කරන ලදී</numerusform>
                <numerusform>%n ක් ප්‍රතික්ෂේප කරන ලදී</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%n ක් ආයාත කළේ නැත</numerusform>
                <numerusform>%n ක් ආයාත කළේ නැත</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import: {parts}.</source>
            <translation>අවසන් ආයාතය: {parts}.</translation>
        </message>
        <message>
            <source>Trusted now: {names}.</source>
            <translation>දැන් විශ්වාස කළ: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation>
                <numerusform>බැලිය යුතු විය හැකි ද්විත්ව වාර්තා යුගල %n ක් ඇත.</numerusform>
                <numerusform>බැලිය යුතු විය හැකි ද්විත්ව වාර්තා යුගල %n ක් ඇත.</numerusform>
            </translation>
        </message>
        <message>
            <source>merged</source>
            <translation>ඒකාබද්ධ කළ</translation>
        </message>
        <message>
            <source>already merged</source>
            <translation>දැනටමත් ඒකාබද්ධ කළ</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>ප්‍රතික්ෂේප කළ</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>අවලංගු කළ</translation>
        </message>
        <message>
            <source>From {sender}.</source>
            <translation>{sender} වෙතින්.</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>{value} is not a {column}: use one of {choices}.</source>
            <translation>{value} වලංගු {column} අගයක් නොවේ: {choices} වලින් එකක් භාවිත කරන්න.</translation>
        </message>
        <message>
            <source>{value} in {column} is not yes or no.</source>
            <translation>{column} හි {value} ඔව් හෝ නැත නොවේ.</translation>
        </message>
        <message>
            <source>{value} in {column} is not a date such as 2026-01-31.</source>
            <translation>{column} හි {value} 2026-01-31 වැනි දිනයක් නොවේ.</translation>
        </message>
        <message>
            <source>{value} in {column} is not a time such as 2026-01-31 14:30 (UTC).</source>
            <translation>{column} හි {value} 2026-01-31 14:30 (UTC) වැනි වේලාවක් නොවේ.</translation>
        </message>
        <message>
            <source>{value} in {column} is not a whole number.</source>
            <translation>{column} හි {value} පූර්ණ සංඛ්‍යාවක් නොවේ.</translation>
        </message>
        <message>
            <source>{value} in {column} is not an amount such as 1500.50.</source>
            <translation>{column} හි {value} 1500.50 වැනි මුදලක් නොවේ.</translation>
        </message>
        <message>
            <source>{value} in {column} is not an id as scdesk writes them: leave it empty for a new record.</source>
            <translation>{column} හි {value} scdesk ලියන ආකාරයේ හැඳුනුම් අංකයක් නොවේ: නව වාර්තාවක් සඳහා එය හිස්ව තබන්න.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: split it into smaller files.</source>
            <translation>ගොනුව MB {limit} ට වඩා විශාල ය: එය කුඩා ගොනුවලට බෙදන්න.</translation>
        </message>
        <message>
            <source>{name} is not a CSV or XLSX file: save it as one of those.</source>
            <translation>{name} CSV හෝ XLSX ගොනුවක් නොවේ: එය ඉන් එකක් ලෙස සුරකින්න.</translation>
        </message>
        <message>
            <source>The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>ගොනුව UTF-8 හි නොවේ: ඔබේ පැතුරුම්පතෙන් එය "CSV UTF-8" ලෙස සුරකා නැවත උත්සාහ කරන්න.</translation>
        </message>
        <message>
            <source>A quotation mark in this row is never closed, or has text right after it.</source>
            <translation>මෙම පේළියේ උද්ධෘත ලකුණක් කිසිදා වසා නැත, නැතහොත් එයට වහාම පසු පෙළ ඇත.</translation>
        </message>
        <message>
            <source>A cell holds more than {limit} characters: look for a quotation mark that is never closed.</source>
            <translation>කොටුවක අක්ෂර {limit} කට වඩා ඇත: කිසි විටෙක වසා නැති උද්ධෘත ලකුණක් සොයන්න.</translation>
        </message>
        <message>
            <source>The spreadsheet declares XML entities, which spreadsheet programs never write: it is refused.</source>
            <translation>පැතුරුම්පත XML ඒකක ප්‍රකාශ කරයි, පැතුරුම්පත් මෘදුකාංග කිසි විටෙක ඒවා නොලියයි: එය ප්‍රතික්ෂේප කෙරේ.</translation>
        </message>
        <message>
            <source>The spreadsheet has no sheet called {table}.</source>
            <translation>පැතුරුම්පතේ {table} නමින් පත්‍රයක් නැත.</translation>
        </message>
        <message>
            <source>The zip file holds no {table}.csv.</source>
            <translation>zip ගොනුවේ {table}.csv නැත.</translation>
        </message>
        <message>
            <source>The file unpacks to more than {limit} MB: it is refused.</source>
            <translation>ගොනුව දිග හැරීමේදී MB {limit} ට වඩා විශාල වේ: එය ප්‍රතික්ෂේප කෙරේ.</translation>
        </message>
        <message>
            <source>The file is damaged or not a spreadsheet.</source>
            <translation>ගොනුවට හානි වී ඇත, නැතහොත් එය පැතුරුම්පතක් නොවේ.</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it.</source>
            <translation>ගොනුවේ පේළි {limit} කට වඩා ඇත: එය බෙදන්න.</translation>
        </message>
        <message>
            <source>The first row must name the columns; it is empty.</source>
            <translation>පළමු පේළියේ තීරු නම් තිබිය යුතුය; එය හිස් ය.</translation>
        </message>
        <message>
            <source>The first row names the column "{column}" twice: keep one.</source>
            <extracomment>Translators: {column} is a column name, as the first row of the file gives it.</extracomment>
            <translation>පළමු පේළියේ "{column}" තීරුව දෙවරක් නම් කර ඇත: එකක් තබා ගන්න.</translation>
        </message>
        <message>
            <source>The first row names no column scdesk reads: add a row of column names at the top, such as {examples}.</source>
            <extracomment>Translators: {examples} are column names, such as: id, name, name_local, country.</extracomment>
            <translation>පළමු පේළියේ scdesk කියවන කිසිදු තීරුවක් නම් කර නැත: ඉහළින්ම {examples} වැනි තීරු නම් පේළියක් එක් කරන්න.</translation>
        </message>
        <message>
            <source>A cell holds a NUL character, which is not text: save the file again from your spreadsheet program.</source>
            <translation>කොටුවක පෙළක් නොවන NUL අක්ෂරයක් ඇත: ඔබේ පැතුරුම්පත් මෘදුකාංගයෙන් ගොනුව නැවත සුරකින්න.</translation>
        </message>
        <message>
            <source>The row has {cells} cells but the first row names only {columns} columns: name every column, and put a cell that holds a comma in quotation marks.</source>
            <extracomment>Translators: {cells} and {columns} are numbers of cells in one row.</extracomment>
            <translation>පේළියේ කොටු {cells} ක් ඇති නමුත් පළමු පේළියේ නම් කර ඇත්තේ තීරු {columns} ක් පමණි: සෑම තීරුවක්ම නම් කර, කොමාවක් ඇති කොටුවක් උද්ධෘත ලකුණු තුළ තබන්න.</translation>
        </message>
        <message>
            <source>This person is listed already, in row {row}.</source>
            <translation>මෙම පුද්ගලයා දැනටමත් {row} පේළියේ ලැයිස්තුගත කර ඇත.</translation>
        </message>
        <message>
            <source>This seat is on another committee: leave its id empty to seat the person on this one.</source>
            <translation>මෙම සාමාජික ස්ථානය වෙනත් කමිටුවක ය: පුද්ගලයා මෙම කමිටුවට පත් කිරීමට එහි හැඳුනුම් අංකය හිස්ව තබන්න.</translation>
        </message>
        <message>
            <source>Give the committee (committee_id or committee) and the person (person_id or person).</source>
            <translation>කමිටුව (committee_id හෝ committee) සහ පුද්ගලයා (person_id හෝ person) දෙන්න.</translation>
        </message>
        <message>
            <source>Fill {column}: a new record needs it.</source>
            <extracomment>Translators: {column} is the name of a column of the spreadsheet.</extracomment>
            <translation>{column} පුරවන්න: නව වාර්තාවකට එය අවශ්‍ය ය.</translation>
        </message>
        <message>
            <source>No single record called {name} is recorded here: give its {column}.</source>
            <extracomment>Translators: {name} is what the cell holds, {column} the column that takes the record's id.</extracomment>
            <translation>{name} නමින් එක් වාර්තාවක් මෙහි සටහන් කර නැත: එහි {column} දෙන්න.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found; {first}</source>
            <translation>
                <numerusform>කිසිවක් ආයාත කළේ නැත: ගැටලු %n ක් හමු විය; {first}</numerusform>
                <numerusform>කිසිවක් ආයාත කළේ නැත: ගැටලු %n ක් හමු විය; {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which meeting or which activity the attendance is for.</source>
            <translation>පැමිණීම කුමන රැස්වීම හෝ ක්‍රියාකාරකම සඳහාදැයි සඳහන් කරන්න.</translation>
        </message>
        <message>
            <source>This row's id belongs to a part of another version: leave it empty to add the part to this one.</source>
            <translation>මෙම පේළියේ හැඳුනුම් අංකය වෙනත් අනුවාදයක කොටසකට අයත් ය: කොටස මෙම අනුවාදයට එක් කිරීමට එය හිස්ව තබන්න.</translation>
        </message>
        <message>
            <source>the file: {message}</source>
            <translation>ගොනුව: {message}</translation>
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <extracomment>Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.</extracomment>
            <translation>{sheet} පේළිය {row}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <extracomment>Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong with it.</extracomment>
            <translation>පේළිය {row}: {message}</translation>
        </message>
        <message>
            <source>More than one person called {name} with this birth year and city is recorded: give the person's id.</source>
            <translation>මෙම උපන් වර්ෂය සහ නගරය සහිත {name} නමින් පුද්ගලයින් එකකට වඩා සටහන් කර ඇත: පුද්ගලයාගේ හැඳුනුම් අංකය දෙන්න.</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its city_id.</source>
            <translation>{name} නමින් නගර එකකට වඩා ඇත: එහි city_id දෙන්න.</translation>
        </message>
        <message>
            <source>No single organisation called {name} is recorded here: give its organisation_id.</source>
            <translation>{name} නමින් එක් ආයතනයක් මෙහි සටහන් කර නැත: එහි organisation_id දෙන්න.</translation>
        </message>
        <message>
            <source>No single indicator has the code {code}: give its indicator_id.</source>
            <extracomment>Translators: {code} is what the cell holds, an indicator's code such as OP1.2.</extracomment>
            <translation>{code} කේතය සහිත එක් දර්ශකයක් නැත: එහි indicator_id දෙන්න.</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>ප්‍රතිසාධනය කරන්න (&amp;R)</translation>
        </message>
        <message>
            <source>Restore the selected record</source>
            <translation>තෝරාගත් වාර්තාව ප්‍රතිසාධනය කරන්න</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>ඉවතලන බඳුන</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>මකා දැමූ දිනය</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>වර්ගය</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>වාර්තාව</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>සියලු වර්ග</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>මකා දැමූ වාර්තා %n</numerusform>
                <numerusform>මකා දැමූ වාර්තා %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>ප්‍රතිසාධනය කරන ලදී: {label}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>ප්‍රතිසාධනය කරමින්…</translation>
        </message>
    </context>
    <context>
        <name>VersionBox</name>
        <message>
            <source>Version</source>
            <translation>අනුවාදය</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>අනුවාදය (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>විවෘත කරන්න (&amp;O)</translation>
        </message>
        <message>
            <source>A&amp;dopt</source>
            <translation>සම්මත කරන්න (&amp;D)</translation>
        </message>
        <message>
            <source>Publish this draft: the version adopted before it is kept, superseded, and stays readable.</source>
            <translation>මෙම කෙටුම්පත ප්‍රකාශයට පත් කරන්න: මීට පෙර සම්මත කළ අනුවාදය ප්‍රතිස්ථාපිත ලෙස තබා ගන්නා අතර, එය තවදුරටත් කියවිය හැක.</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>නව අනුවාදයක් (&amp;N)</translation>
        </message>
        <message>
            <source>Start a draft copy of this version to edit.</source>
            <translation>සංස්කරණය කිරීමට මෙම අනුවාදයේ කෙටුම්පත් පිටපතක් අරඹන්න.</translation>
        </message>
        <message>
            <source>&amp;Start one</source>
            <translation>එකක් අරඹන්න (&amp;S)</translation>
        </message>
        <message>
            <source>Version {number} · {status} · {title}</source>
            <translation>අනුවාදය {number} · {status} · {title}</translation>
        </message>
        <message>
            <source>None yet: start one for this city.</source>
            <translation>තවම කිසිවක් නැත: මෙම නගරය සඳහා එකක් අරඹන්න.</translation>
        </message>
        <message>
            <source>A draft: open it to edit, adopt it to publish it.</source>
            <translation>කෙටුම්පතකි: සංස්කරණය කිරීමට එය විවෘත කරන්න, ප්‍රකාශයට පත් කිරීමට එය සම්මත කරන්න.</translation>
        </message>
        <message>
            <source>Adopted on {day}: it opens read-only; start a new version to change it.</source>
            <translation>{day} දින සම්මත කරන ලදී: එය කියවීමට පමණක් විවෘත වේ; එය වෙනස් කිරීමට නව අනුවාදයක් අරඹන්න.</translation>
        </message>
        <message>
            <source>Superseded by a later version: kept as it was, it opens read-only.</source>
            <translation>පසු අනුවාදයකින් ප්‍රතිස්ථාපනය කර ඇත: තිබූ ආකාරයෙන්ම තබා ඇති අතර, කියවීමට පමණක් විවෘත වේ.</translation>
        </message>
    </context>
</TS>
