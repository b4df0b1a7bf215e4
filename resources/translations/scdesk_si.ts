<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="si_LK" sourcelanguage="en">
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
    <message>
        <source>Sri Lanka</source>
        <translation>ශ්‍රී ලංකාව</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Events held</source>
        <translation>පැවැත්වූ වැඩසටහන්</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged</source>
        <translation>සම්බන්ධ වූ නගරාධිපතිවරු සහ ප්‍රාදේශීය නායකයෝ</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>සාමාජික නගර</translation>
    </message>
    <message>
        <source>People engaged</source>
        <translation>සම්බන්ධ වූ පුද්ගලයෝ</translation>
    </message>
    <message>
        <source>Youth reached (under 25)</source>
        <translation>ළඟා වූ තරුණයෝ (25ට අඩු)</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>වයස් කාණ්ඩය</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>වෙනත් ලිංගභාවය</translation>
    </message>
    <message>
        <source>city</source>
        <translation>නගරය</translation>
    </message>
    <message>
        <source>civil society</source>
        <translation>සිවිල් සමාජය</translation>
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
        <source>country</source>
        <translation>රට</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>ආබාධිතභාවය</translation>
    </message>
    <message>
        <source>displaced person</source>
        <translation>අවතැන් වූ පුද්ගලයා</translation>
    </message>
    <message>
        <source>ethnic minority</source>
        <translation>ජනවාර්ගික සුළුතරය</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ස්ත්‍රී</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>male</source>
        <translation>පුරුෂ</translation>
    </message>
    <message>
        <source>marginalised group</source>
        <translation>කොන් කළ කණ්ඩායම</translation>
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
        <source>no group recorded</source>
        <translation>කණ්ඩායමක් සටහන් කර නැත</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>සටහන් කර නැත</translation>
    </message>
    <message>
        <source>other</source>
        <translation>වෙනත්</translation>
    </message>
    <message>
        <source>police</source>
        <translation>පොලීසිය</translation>
    </message>
    <message>
        <source>prefer not to say</source>
        <translation>පැවසීමට අකමැතියි</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>සරණාගතයා</translation>
    </message>
    <message>
        <source>religious leader</source>
        <translation>ආගමික නායක</translation>
    </message>
    <message>
        <source>religious minority</source>
        <translation>ආගමික සුළුතරය</translation>
    </message>
    <message>
        <source>roundtable</source>
        <translation>වට මේසය සාකච්ඡාව</translation>
    </message>
    <message>
        <source>stakeholder type</source>
        <translation>පාර්ශ්වකරු වර්ගය</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>සමුළුව</translation>
    </message>
    <message>
        <source>training</source>
        <translation>පුහුණුව</translation>
    </message>
    <message>
        <source>under 15</source>
        <translation>15ට අඩු</translation>
    </message>
    <message>
        <source>women's group</source>
        <translation>කාන්තා කණ්ඩායම</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>වැඩමුළුව</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>තරුණ</translation>
    </message>
    <message>
        <source>youth activity</source>
        <translation>තරුණ ක්‍රියාකාරකම</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>ප්‍රදානය කළ ප්‍රදාන</translation>
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
    <name>Months</name>
    <message>
        <source>April</source>
        <translation>අප්‍රේල්</translation>
    </message>
    <message>
        <source>August</source>
        <translation>අගෝස්තු</translation>
    </message>
    <message>
        <source>December</source>
        <translation>දෙසැම්බර්</translation>
    </message>
    <message>
        <source>February</source>
        <translation>පෙබරවාරි</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ජනවාරි</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ජූලි</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ජූනි</translation>
    </message>
    <message>
        <source>March</source>
        <translation>මාර්තු</translation>
    </message>
    <message>
        <source>May</source>
        <translation>මැයි</translation>
    </message>
    <message>
        <source>November</source>
        <translation>නොවැම්බර්</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ඔක්තෝබර්</translation>
    </message>
    <message>
        <source>September</source>
        <translation>සැප්තැම්බර්</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>දින %n ක් ප්‍රමාදයි</numerusform>
            <numerusform>දින %n ක් ප්‍රමාදයි</numerusform>
        </translation>
    </message>
    <message>
        <source>(agreed on {date})</source>
        <translation>({date} දින එකඟ විය)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(නම සඳහන් නොකෙරේ)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>නොපැමිණි අය</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>ස්තුතිය</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ක්‍රියාමාර්ගය</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>ක්‍රියාමාර්ග පසුවිපරම</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>ක්‍රියාමාර්ග</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>සම්මත කළ දිනය</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>වයස් කාණ්ඩය</translation>
    </message>
    <message>
        <source>Agenda and discussion</source>
        <translation>න්‍යාය පත්‍රය සහ සාකච්ඡාව</translation>
    </message>
    <message>
        <source>Agreed at the meeting of</source>
        <translation>එකඟ වූ රැස්වීම</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>එකඟ වූ දිනය</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>සියලු කමිටු</translation>
    </message>
    <message>
        <source>All member cities</source>
        <translation>සියලු සාමාජික නගර</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>සියලු වාර්තා</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>සංශෝධනය</translation>
    </message>
    <message>
        <source>Amendments since approval</source>
        <translation>අනුමැතියෙන් පසු සංශෝධන</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>නොපැමිණීම දැනුම් දුන් අය</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>පැමිණීම</translation>
    </message>
    <message>
        <source>Before this report left the hub, people who withdrew their consent were left out, and counts from 1 to 4 were replaced by &lt;5, together with the next smallest count wherever a hidden count could be worked out by subtraction. Zeros are shown.</source>
        <translation>මෙම වාර්තාව මධ්‍යස්ථානයෙන් පිටතට යැවීමට පෙර, කැමැත්ත ඉල්ලා අස්කර ගත් අය ඉවත් කරන ලදී; 1 සිට 4 දක්වා ගණන් වෙනුවට &lt;5 ලෙස දක්වා ඇත; අඩු කිරීමෙන් සැඟවූ ගණනක් සොයාගත හැකි තැන්වල ඊළඟ කුඩාම ගණනද සඟවා ඇත. ශුන්‍ය පෙන්වා ඇත.</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>වයස් කාණ්ඩය අනුව</translation>
    </message>
    <message>
        <source>By age band and gender</source>
        <translation>වයස් කාණ්ඩය සහ ස්ත්‍රී පුරුෂ භාවය අනුව</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>ප්‍රජාව අනුව</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>ස්ත්‍රී පුරුෂ භාවය අනුව</translation>
    </message>
    <message>
        <source>By {dimension}</source>
        <translation>{dimension} අනුව</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>සභාපති</translation>
    </message>
    <message>
        <source>City</source>
        <translation>නගරය</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>නගර සැලැස්ම</translation>
    </message>
    <message>
        <source>Coaches and facilitators</source>
        <translation>පුහුණුකරුවන් සහ පහසුකම් සපයන්නන්</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>කමිටුව</translation>
    </message>
    <message>
        <source>Communities affected</source>
        <translation>බලපෑමට ලක් වූ ප්‍රජාවන්</translation>
    </message>
    <message>
        <source>Communities taking part</source>
        <translation>සහභාගී වන ප්‍රජාවන්</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ප්‍රජාව</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>කැමැත්ත</translation>
    </message>
    <message>
        <source>Counted without names</source>
        <translation>නම් නොමැතිව ගණන් කළ අය</translation>
    </message>
    <message>
        <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
        <translation>නම් නොමැතිව ගණන (විශාල වැඩසටහන් සඳහා): කාන්තාවන් {blank}, පිරිමින් {blank}, වෙනත් {blank}; මුළු ගණන {blank}.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>ගණන්</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, with the next smallest count where it would reveal them.</source>
        <translation>1 සිට 4 දක්වා ගණන් &lt;5 ලෙස පෙන්වා ඇත; ඒවා හෙළි කළ හැකි ඊළඟ කුඩාම ගණනද එසේමය.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>කෙටුම්පත</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>දිනය</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>දිනයන්</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>තීරණ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>විස්තරය</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>සාකච්ඡාව</translation>
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
        <source>Drawn from</source>
        <translation>මූලාශ්‍ර</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>නියමිත දිනය</translation>
    </message>
    <message>
        <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
        <translation>සෑම පුද්ගලයෙක්ම සෑම බෙදීමකම එක් කොටුවක ගණන් කෙරේ: ඔවුන්ගේ ස්ත්‍රී පුරුෂ භාවය සහ වර්ගය, අවසන් වැඩසටහනේදී වයස් කාණ්ඩය, සහ ඔවුන්ගේ නගරය (නැතහොත් එම වැඩසටහනේ නගරය). එක් අයෙකු කොන් කළ කණ්ඩායම් කිහිපයකට අයත් විය හැකි බැවින්, එම බෙදීමේ එකතුව මුළු ගණනට වඩා වැඩි විය හැක.</translation>
    </message>
    <message>
        <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
        <translation>පැවැත්වූ වැඩසටහන්: පැවැත්වූ ලෙස සටහන් කර මෙම කාලය තුළ ආරම්භ වූ සියලු ආකාරයේ රැස්වීම්, සහ පැවැත්වූ ලෙස සටහන් කර දිනයන් මෙම කාලයට අතිච්ඡාදනය වන තරුණ ක්‍රියාකාරකම්. සැලසුම් කළ, අවලංගු කළ සහ මකා දැමූ වැඩසටහන් ගණන් නොගැනේ.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>පහසුකම් සපයන්නා</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>සංඛ්‍යාව</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>විය හැකි ද්විත්ව වාර්තා</translation>
    </message>
    <message>
        <source>{count} not settled yet: a person, event or city may be counted twice.</source>
        <translation>{count}ක් තවම විසඳා නැත: පුද්ගලයෙකු, සිදුවීමක් හෝ නගරයක් දෙවරක් ගණන් කර තිබිය හැක.</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>සමාලෝචනය යටතේ</translation>
    </message>
    <message>
        <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
        <translation>උපාංග දෙකක එකවර වෙනස් කළ වාර්තා {count} ක් සමාලෝචනය සඳහා රැඳී සිටියි; ඒවා දැනට පවතින ආකාරයෙන්ම ගණන් කර ඇත.</translation>
    </message>
    <message>
        <source>For the hub's own use: no counts are suppressed.</source>
        <translation>මධ්‍යස්ථානයේ අභ්‍යන්තර භාවිතයට: කිසිදු ගණනක් සඟවා නැත.</translation>
    </message>
    <message>
        <source>For use outside the hub: counts under 5 are suppressed.</source>
        <translation>මධ්‍යස්ථානයෙන් පිටත භාවිතයට: 5ට අඩු ගණන් සඟවා ඇත.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ආරම්භය</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ස්ත්‍රී පුරුෂ භාවය</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>කණ්ඩායම</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ආරාධිත අමුත්තා</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>ප්‍රධාන කරුණු</translation>
    </message>
    <message>
        <source>How each figure was counted</source>
        <translation>එක් එක් සංඛ්‍යාව ගණන් කළ ආකාරය</translation>
    </message>
    <message>
        <source>I agree to take part</source>
        <translation>සහභාගී වීමට මම එකඟ වෙමි</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>බලපෑම</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>ආරාධිත</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>ප්‍රධාන සංඛ්‍යා</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>ක්‍රියාකාරකමේ වර්ගය</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>වැඩසටහනේ වර්ගය</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>රැස්වීමේ වර්ගය</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>සම්භාවිතාව</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
        <translation>සම්බන්ධ වූ නගරාධිපතිවරු සහ ප්‍රාදේශීය නායකයෝ: සම්බන්ධ වූ අය අතරින් නගරාධිපති හෝ ප්‍රාදේශීය නායක ලෙස සටහන් කළ අය.</translation>
    </message>
    <message>
        <source>Meetings outside a committee</source>
        <translation>කමිටුවකට අයත් නොවන රැස්වීම්</translation>
    </message>
    <message>
        <source>{title} (plan version {number})</source>
        <translation>{title} (සැලැස්මේ අනුවාදය {number})</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>සාමාජික</translation>
    </message>
    <message>
        <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
        <translation>සාමාජික නගර: සාමාජික ලෙස සටහන් කර, කාලය අවසන් වන විට ජාලයට එක් වී සිටි නගර, හෝ එක් වූ දිනය සටහන් කර නැති නගර.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>රැස්වීම් වාර්තාව</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>පෙර රැස්වීමේ වාර්තාව</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>නම සහිතව පැමිණි අය: {named}; නම් නොමැතිව ගණන් කළ අය: {anonymous}; මුළු ගණන: {total}.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>ඊළඟ රැස්වීම</translation>
    </message>
    <message>
        <source>No actions are open.</source>
        <translation>විවෘත ක්‍රියාමාර්ග කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>No actions are planned yet.</source>
        <translation>තවම කිසිදු ක්‍රියාමාර්ගයක් සැලසුම් කර නැත.</translation>
    </message>
    <message>
        <source>No actions were agreed or carried over.</source>
        <translation>කිසිදු ක්‍රියාමාර්ගයක් එකඟ වීම හෝ ඉදිරියට ගෙන යාම සිදු නොවීය.</translation>
    </message>
    <message>
        <source>No agenda items were recorded.</source>
        <translation>න්‍යාය පත්‍රයේ කිසිදු කරුණක් සටහන් කර නැත.</translation>
    </message>
    <message>
        <source>No earlier minutes were approved at this meeting.</source>
        <translation>මෙම රැස්වීමේදී පෙර වාර්තා කිසිවක් අනුමත නොකෙරිණි.</translation>
    </message>
    <message>
        <source>No prevention plan is recorded for this city.</source>
        <translation>මෙම නගරය සඳහා වැළැක්වීමේ සැලැස්මක් සටහන් කර නැත.</translation>
    </message>
    <message>
        <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
        <translation>මෙම කමිටුව සඳහා ගණපූරණයක් සටහන් කර නැත; ඡන්දය හිමි සාමාජිකයන් {members} දෙනාගෙන් {present} දෙනෙක් පැමිණ සිටියහ.</translation>
    </message>
    <message>
        <source>No risk profile is recorded for this city.</source>
        <translation>මෙම නගරය සඳහා අවදානම් පැතිකඩක් සටහන් කර නැත.</translation>
    </message>
    <message>
        <source>No sessions are recorded.</source>
        <translation>සැසි කිසිවක් සටහන් කර නැත.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Not named here, at their request: {count}.</source>
        <translation>ඔවුන්ගේ ඉල්ලීම පරිදි මෙහි නම් සඳහන් නොකළ අය: {count}.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>සටහන්</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>අරමුණ</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>අරමුණු</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>නිරීක්ෂක</translation>
    </message>
    <message>
        <source>Open actions: {open}, of which overdue: {overdue}.</source>
        <translation>විවෘත ක්‍රියාමාර්ග: {open}, ඉන් කල් ඉකුත් වූ: {overdue}.</translation>
    </message>
    <message>
        <source>Organisation or title</source>
        <translation>ආයතනය හෝ තනතුර</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ප්‍රතිඵල</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>වගකිව යුත්තා</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>පිටුව {page} / {pages}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>සහභාගිවන්නා</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>සහභාගිත්වය</translation>
    </message>
    <message>
        <source>People</source>
        <translation>පුද්ගලයින්</translation>
    </message>
    <message>
        <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
        <translation>සම්බන්ධ වූ පුද්ගලයෝ: එම රැස්වීම්වලට පැමිණි, එම ක්‍රියාකාරකම් සඳහා ලියාපදිංචි වූ හෝ ඒවායේ පුහුණුව ලබා දුන් වෙනස් පුද්ගලයින්, සහ නම් නොමැතිව ගණන් කළ අය. කෙනෙකු වැඩසටහන් කීයකට සහභාගී වුවද, කුමන උපාංගයක සටහන් වුවද, එක් වරක් පමණක් ගණන් කෙරේ. නොපැමිණීම දැනුම් දීම, නොපැමිණීම සහ ආරාධනා ගණන් නොගැනේ.</translation>
    </message>
    <message>
        <source>People who took part: {total}.</source>
        <translation>සහභාගී වූ අය: {total}.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>කාලය</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ඡායාරූප</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ස්ථානය</translation>
    </message>
    <message>
        <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
        <translation>කරුණාකර ඔබේ නම ලියා, ඔබේ ස්ත්‍රී පුරුෂ භාවය සහ වයස් කාණ්ඩය සලකුණු කර, අත්සන් කරන්න. "සහභාගී වීමට මම එකඟ වෙමි" සලකුණු කිරීමෙන් ඔබේ පැමිණීම සටහන් කිරීමට ඔබ එකඟ වේ; "ඡායාරූප" සලකුණු කිරීමෙන් ඔබ ඡායාරූපවල පෙනී සිටිය හැකි බවට එකඟ වේ. වයස අවුරුදු 18ට අඩු ඕනෑම අයෙකු සඳහා දෙමාපියෙකු හෝ භාරකරුවෙකු සලකුණු කර අත්සන් කළ යුතුය.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>පැමිණි අය</translation>
    </message>
    <message>
        <source>Present ({count})</source>
        <translation>පැමිණි අය ({count})</translation>
    </message>
    <message>
        <source>Presented by {name}</source>
        <translation>ඉදිරිපත් කළේ: {name}</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>වැළැක්වීමේ සැලැස්ම</translation>
    </message>
    <message>
        <source>Printed from scdesk on {date}</source>
        <translation>{date} දින scdesk මගින් මුද්‍රණය කරන ලදී</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
        <translation>ගණපූරණය: ඡන්දය හිමි සාමාජිකයන් {quorum}. {members} දෙනාගෙන් {present} දෙනෙක් පමණක් පැමිණ සිටි බැවින් ගණපූරණය සම්පූර්ණ නොවූ අතර, රැස්වීමේ තීරණ තහවුරු කළ යුතුය.</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
        <translation>ගණපූරණය: ඡන්දය හිමි සාමාජිකයන් {quorum}. {members} දෙනාගෙන් {present} දෙනෙක් පැමිණ සිටි බැවින් ගණපූරණය සම්පූර්ණ විය.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>නම සහිතව ලියාපදිංචි වූ අය: {named}; නම් නොමැතිව ගණන් කළ අය: {anonymous}; මුළු ගණන: {total}.</translation>
    </message>
    <message>
        <source>Reports are printed in {languages}; {language} is not one of them.</source>
        <translation>වාර්තා මුද්‍රණය වන්නේ {languages} භාෂාවලිනි; {language} ඒ අතර නැත.</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>සමාලෝචනය කළ යුතු දිනය</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>අවදානම් පැතිකඩ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>භූමිකාව</translation>
    </message>
    <message>
        <source>Role, organisation or community</source>
        <translation>භූමිකාව, ආයතනය හෝ ප්‍රජාව</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>ලේකම්</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>සැසි ({count})</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>පැමිණීමේ ලේඛනය</translation>
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
        <source>Speaker</source>
        <translation>කථිකයා</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>සාරාංශය</translation>
    </message>
    <message>
        <source>The date of the next meeting is not yet set.</source>
        <translation>ඊළඟ රැස්වීමේ දිනය තවම තීරණය කර නැත.</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>සංඛ්‍යා</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {date} were approved as a true record.</source>
        <translation>{date} රැස්වීමේ වාර්තාව නිවැරදි වාර්තාවක් ලෙස අනුමත කරන ලදී.</translation>
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
        <source>This record no longer exists here: it may have been deleted.</source>
        <translation>මෙම වාර්තාව තවදුරටත් මෙහි නැත: එය මකා දමා ඇති විය හැක.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>වේලාව</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>මාතෘකාව</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>මාතෘකාව</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>ස්ථානය</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>අනුවාදය</translation>
    </message>
    <message>
        <source>Version {number}, {status}</source>
        <translation>අනුවාදය {number}, {status}</translation>
    </message>
    <message>
        <source>Youth activity report</source>
        <translation>තරුණ ක්‍රියාකාරකම් වාර්තාව</translation>
    </message>
    <message>
        <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
        <translation>ළඟා වූ තරුණයෝ: සම්බන්ධ වූ අය අතරින් මෙම කාලයේ අවසන් වැඩසටහනේදී වයස අවුරුදු 25ට අඩු වූ අය, සහ 25ට අඩු වයස් කාණ්ඩවල නම් නොමැතිව ගණන් කළ අය.</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>සම්මත කළ</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>වයස සටහන් කර නැත</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>අනුමත</translation>
    </message>
    <message>
        <source>arts</source>
        <translation>කලා</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>අවලංගු කළ</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>ඉදිරියට ගෙන ගිය</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>බෙදා හරින ලද</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>පුහුණුකරු</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>කමිටුව</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>ප්‍රමාද වූ</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>සංවාදය</translation>
    </message>
    <message>
        <source>done</source>
        <translation>නිම කළ</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>කෙටුම්පත</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>අත්හැරිය</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>පහසුකම් සපයන්නා</translation>
    </message>
    <message>
        <source>held</source>
        <translation>පැවැත්විණි</translation>
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
        <source>liaison committee</source>
        <translation>සම්බන්ධීකරණ කමිටුව</translation>
    </message>
    <message>
        <source>local prevention committee</source>
        <translation>ප්‍රාදේශීය වැළැක්වීමේ කමිටුව</translation>
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
        <source>open</source>
        <translation>විවෘත</translation>
    </message>
    <message>
        <source>open on {date}</source>
        <translation>{date} දිනට විවෘත</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>වෙනත් ක්‍රියාකාරකම</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>කල් ඉකුත් වූ</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>සැලසුම් කළ</translation>
    </message>
    <message>
        <source>protective factor</source>
        <translation>ආරක්ෂණ සාධකය</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>අවදානම් සාධකය</translation>
    </message>
    <message>
        <source>sports</source>
        <translation>ක්‍රීඩා</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ප්‍රතිස්ථාපිත</translation>
    </message>
    <message>
        <source>the first records</source>
        <translation>පළමු වාර්තා</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>තර්ජනය</translation>
    </message>
    <message>
        <source>today</source>
        <translation>අද</translation>
    </message>
    <message>
        <source>training</source>
        <translation>පුහුණුව</translation>
    </message>
    <message>
        <source>{date} at {time}, {venue}.</source>
        <translation>{date}, {time}ට, {venue}.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year} {month} {day}</translation>
    </message>
    <message>
        <source>{figure}: {total}</source>
        <translation>{figure}: {total}</translation>
    </message>
    <message>
        <source>{mayors} mayors and local leaders took part.</source>
        <translation>නගරාධිපතිවරු සහ ප්‍රාදේශීය නායකයින් {mayors} දෙනෙක් සහභාගී වූහ.</translation>
    </message>
    <message>
        <source>{people} people took part in {events} events held in {cities} cities.</source>
        <translation>නගර {cities} ක පැවැත්වූ වැඩසටහන් {events} කට පුද්ගලයින් {people} දෙනෙක් සහභාගී වූහ.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} සිට {end} දක්වා</translation>
    </message>
    <message>
        <source>{women} of them were women and girls ({share}%).</source>
        <translation>ඔවුන්ගෙන් {women} දෙනෙක් කාන්තාවන් සහ දැරියන් විය ({share}%).</translation>
    </message>
    <message>
        <source>{youth} young people under 25 were reached.</source>
        <translation>වයස අවුරුදු 25ට අඩු තරුණයින් {youth} දෙනෙකුට ළඟා විය.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>සැබෑ අගය</translation>
    </message>
    <message>
        <source>Actual against target</source>
        <translation>ඉලක්කයට එදිරිව සැබෑ අගය</translation>
    </message>
    <message>
        <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
        <translation>සැබෑ අගයන් කිසි විටෙක අතින් ඇතුළත් නොකෙරේ: ප්‍රධාන සංඛ්‍යා ගණන් කරන එම නීතිවලටම අනුව, එක් එක් ඉලක්කයේම කාලය සහ නගරය සඳහා ඒවා වාර්තාවලින් ගණන් කෙරේ. ඉලක්කයක් එක් කාලයකට සහ එක් නගරයකට, නැතහොත් සියලු සාමාජික නගර සඳහා තබනු ලැබේ; සැබෑ අගය බෙදෙන ආකාරය වර්ගීකරණවලින් පෙන්වයි.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>මූලික අගය</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>වර්ගීකරණ</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>ගණන් කිරීමේ නීතිය</translation>
    </message>
    <message>
        <source>How the actual values were counted</source>
        <translation>සැබෑ අගයන් ගණන් කළ ආකාරය</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>දර්ශක</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>ප්‍රධාන සංඛ්‍යාව</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>මට්ටම</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>කිසිදු දර්ශකයක් වාර්තා කර නැත.</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>ඉලක්කයෙන් කොටස</translation>
    </message>
    <message>
        <source>Period and city</source>
        <translation>කාලය සහ නගරය</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ඉලක්කය</translation>
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
        <source>outcome</source>
        <translation>ප්‍රතිඵලය</translation>
    </message>
    <message>
        <source>output</source>
        <translation>නිමැවුම</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>දුන් උපදෙස්</translation>
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
        <source>Expert advice</source>
        <translation>විශේෂඥ උපදෙස්</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>සොයාගැනීම්</translation>
    </message>
    <message>
        <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
        <translation>මෙම කාලයේ පැවැත්වූ උපදේශන සාකච්ඡාවලදී ජාතික-ප්‍රාදේශීය සහයෝගිතාව ගැන මතු වූ සොයාගැනීම්.</translation>
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
        <source>Raised with national bodies</source>
        <translation>ජාතික ආයතන වෙත ඉදිරිපත් කළ කරුණු</translation>
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
        <source>Grants</source>
        <translation>ප්‍රදාන</translation>
    </message>
    <message>
        <source>National-local cooperation</source>
        <translation>ජාතික-ප්‍රාදේශීය සහයෝගිතාව</translation>
    </message>
    <message>
        <source>No support was given in this period.</source>
        <translation>මෙම කාලයේ කිසිදු සහායක් ලබා දී නැත.</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>ලබා දුන් සහාය</translation>
    </message>
    <message>
        <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
        <translation>ලබා දුන් සහාය: ආරම්භයේ (හෝ අනුමැතියේ) සිට අවසානය දක්වා දිනයන් මෙම කාලය සමඟ ගැළපෙන ප්‍රදාන, සහ මෙම කාලයේ දුන් විශේෂඥ උපදෙස්. මුදල් පරිවර්තනය නොකර එක් එක් මුදල් ඒකකයෙන් වෙන වෙනම එකතු කෙරේ.</translation>
    </message>
    <message>
        <source>Technical support grants</source>
        <translation>තාක්ෂණික සහාය ප්‍රදාන</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>එකතුව</translation>
    </message>
    <message>
        <source>Total, cancelled grants left out</source>
        <translation>එකතුව, අවලංගු ප්‍රදාන හැර</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>අවසන් කළ</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>නිදහස් කළ</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>යෝජිත</translation>
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
        <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
        <translation>කාන්තාවන් හෝ තරුණයන් වැනි, ප්‍රකාශිත බෙදීමක එක් කාණ්ඩයකට ද ඉලක්කයක් තැබිය හැක. ප්‍රදානය කළ ප්‍රදාන යනු ලබා දුන් සහායේ ප්‍රදාන ය, අවලංගු කළ ඒවා හැර.</translation>
    </message>
</context>
</TS>
