<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <translation>अफगानिस्तान</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>बंगलादेश</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>भुटान</translation>
    </message>
    <message>
        <source>India</source>
        <translation>भारत</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>माल्दिभ्स</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>नेपाल</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>पाकिस्तान</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>श्रीलङ्का</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>15 to 17</source>
        <translation>15 देखि 17</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 देखि 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25 देखि 34</translation>
    </message>
    <message>
        <source>35 to 49</source>
        <translation>35 देखि 49</translation>
    </message>
    <message>
        <source>50 to 64</source>
        <translation>50 देखि 64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 र माथि</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>सम्पन्न कार्यक्रमहरू</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged</source>
        <translation>संलग्न मेयर र स्थानीय नेताहरू</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>सदस्य सहरहरू</translation>
    </message>
    <message>
        <source>People engaged</source>
        <translation>संलग्न व्यक्तिहरू</translation>
    </message>
    <message>
        <source>Youth reached (under 25)</source>
        <translation>पुगिएका युवा (25 भन्दा कम)</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>उमेर समूह</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>अन्य लिङ्ग</translation>
    </message>
    <message>
        <source>city</source>
        <translation>सहर</translation>
    </message>
    <message>
        <source>civil society</source>
        <translation>नागरिक समाज</translation>
    </message>
    <message>
        <source>committee meeting</source>
        <translation>समिति बैठक</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>अपाङ्गता</translation>
    </message>
    <message>
        <source>displaced person</source>
        <translation>विस्थापित व्यक्ति</translation>
    </message>
    <message>
        <source>ethnic minority</source>
        <translation>जातीय अल्पसंख्यक</translation>
    </message>
    <message>
        <source>female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>marginalised group</source>
        <translation>सीमान्तकृत समूह</translation>
    </message>
    <message>
        <source>mayor or local leader</source>
        <translation>मेयर वा स्थानीय नेता</translation>
    </message>
    <message>
        <source>municipal official</source>
        <translation>नगरपालिका अधिकारी</translation>
    </message>
    <message>
        <source>national official</source>
        <translation>राष्ट्रिय अधिकारी</translation>
    </message>
    <message>
        <source>no group recorded</source>
        <translation>कुनै समूह दर्ता छैन</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ता छैन</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>police</source>
        <translation>प्रहरी</translation>
    </message>
    <message>
        <source>prefer not to say</source>
        <translation>भन्न चाहँदैनन्</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>शरणार्थी</translation>
    </message>
    <message>
        <source>religious leader</source>
        <translation>धार्मिक अगुवा</translation>
    </message>
    <message>
        <source>religious minority</source>
        <translation>धार्मिक अल्पसंख्यक</translation>
    </message>
    <message>
        <source>roundtable</source>
        <translation>गोलमेच बैठक</translation>
    </message>
    <message>
        <source>stakeholder type</source>
        <translation>सरोकारवालाको प्रकार</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>शिखर सम्मेलन</translation>
    </message>
    <message>
        <source>training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <source>under 15</source>
        <translation>15 भन्दा कम</translation>
    </message>
    <message>
        <source>women's group</source>
        <translation>महिला समूह</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>कार्यशाला</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>युवा</translation>
    </message>
    <message>
        <source>youth activity</source>
        <translation>युवा गतिविधि</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>प्रदान गरिएका अनुदान</translation>
    </message>
    <message>
        <source>grant status</source>
        <translation>अनुदानको स्थिति</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>मुद्रा</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>April</source>
        <translation>अप्रिल</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्ट</translation>
    </message>
    <message>
        <source>December</source>
        <translation>डिसेम्बर</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फेब्रुअरी</translation>
    </message>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जुन</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मे</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नोभेम्बर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टोबर</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सेप्टेम्बर</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n दिन ढिलो</numerusform>
            <numerusform>%n दिन ढिलो</numerusform>
        </translation>
    </message>
    <message>
        <source>(agreed on {date})</source>
        <translation>({date} मा तय भएको)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(नाम उल्लेख नगरिएको)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>आभार</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>कार्य अनुगमन सूची</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>कार्यहरू</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>पारित मिति</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>उमेर समूह</translation>
    </message>
    <message>
        <source>Agenda and discussion</source>
        <translation>कार्यसूची र छलफल</translation>
    </message>
    <message>
        <source>Agreed at the meeting of</source>
        <translation>स्वीकृत गर्ने बैठक</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>तय भएको मिति</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>सबै समितिहरू</translation>
    </message>
    <message>
        <source>All member cities</source>
        <translation>सबै सदस्य सहरहरू</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>सबै अभिलेख</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>संशोधन</translation>
    </message>
    <message>
        <source>Amendments since approval</source>
        <translation>स्वीकृतिपछिका संशोधनहरू</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>सूचना दिई अनुपस्थित</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Before this report left the hub, people who withdrew their consent were left out, and counts from 1 to 4 were replaced by &lt;5, together with the next smallest count wherever a hidden count could be worked out by subtraction. Zeros are shown.</source>
        <translation>यो प्रतिवेदन केन्द्रबाट बाहिर पठाउनुअघि सहमति फिर्ता लिएका व्यक्तिहरूलाई हटाइएको छ, र 1 देखि 4 सम्मका गन्तीको सट्टा &lt;5 लेखिएको छ; घटाएर लुकाइएको गन्ती पत्ता लगाउन सकिने ठाउँमा अर्को सबैभन्दा सानो गन्ती पनि लुकाइएको छ। शून्यहरू देखाइएका छन्।</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>उमेर समूह अनुसार</translation>
    </message>
    <message>
        <source>By age band and gender</source>
        <translation>उमेर समूह र लिङ्ग अनुसार</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>समुदाय अनुसार</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>लिङ्ग अनुसार</translation>
    </message>
    <message>
        <source>By {dimension}</source>
        <translation>{dimension} अनुसार</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <source>City</source>
        <translation>सहर</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>सहरको योजना</translation>
    </message>
    <message>
        <source>Coaches and facilitators</source>
        <translation>प्रशिक्षक र सहजकर्ता</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>समिति</translation>
    </message>
    <message>
        <source>Communities affected</source>
        <translation>प्रभावित समुदाय</translation>
    </message>
    <message>
        <source>Communities taking part</source>
        <translation>सहभागी समुदायहरू</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>समुदाय</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Counted without names</source>
        <translation>नाम बिना गनिएका</translation>
    </message>
    <message>
        <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
        <translation>नाम बिनाको गन्ती (ठूला कार्यक्रमका लागि): महिला {blank}, पुरुष {blank}, अन्य {blank}; जम्मा {blank}।</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>गन्ती</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, with the next smallest count where it would reveal them.</source>
        <translation>1 देखि 4 सम्मका गन्तीहरू &lt;5 का रूपमा देखाइएका छन्, र तिनलाई खुलाउन सक्ने अर्को सबैभन्दा सानो गन्ती पनि।</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>मस्यौदा</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>मिति</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>मितिहरू</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>निर्णयहरू</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>छलफल</translation>
    </message>
    <message>
        <source>Draft minutes, circulated on {date}; not yet approved.</source>
        <translation>माइन्युटको मस्यौदा, {date} मा वितरण गरिएको; अझै स्वीकृत भएको छैन।</translation>
    </message>
    <message>
        <source>Draft minutes: not yet circulated or approved.</source>
        <translation>माइन्युटको मस्यौदा: अझै वितरण वा स्वीकृत भएको छैन।</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>तोकिएको मिति</translation>
    </message>
    <message>
        <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
        <translation>प्रत्येक व्यक्तिलाई प्रत्येक विभाजनको एउटा खानामा गनिन्छ: आफ्नो लिङ्ग र प्रकार, अन्तिम कार्यक्रमको बेलाको उमेर समूह, र आफ्नो सहर (वा त्यो कार्यक्रमको सहर)। एक व्यक्ति धेरै सीमान्तकृत समूहमा पर्न सक्छ, त्यसैले त्यो विभाजनको जोड कुलभन्दा बढी हुन सक्छ।</translation>
    </message>
    <message>
        <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
        <translation>सम्पन्न कार्यक्रम: सम्पन्न भनी दर्ता भएका र यस अवधिमा सुरु भएका सबै प्रकारका बैठकहरू, र सम्पन्न भनी दर्ता भएका र मिति यस अवधिसँग पर्ने युवा गतिविधिहरू। योजनाबद्ध, रद्द र हटाइएका कार्यक्रमहरू गनिँदैनन्।</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>सहजकर्ता</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>तथ्यांक</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>सम्भावित दोहोरो प्रविष्टिहरू</translation>
    </message>
    <message>
        <source>{count} not settled yet: a person, event or city may be counted twice.</source>
        <translation>{count} अझै टुङ्गो लागेको छैन: कुनै व्यक्ति, कार्यक्रम वा शहर दुई पटक गनिन सक्छ।</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>समीक्षाधीन</translation>
    </message>
    <message>
        <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
        <translation>{count} अभिलेख दुई उपकरणमा एकैसाथ परिवर्तन भए र समीक्षाको प्रतीक्षामा छन्; तिनलाई हालकै अवस्थामा गनिएको छ।</translation>
    </message>
    <message>
        <source>For the hub's own use: no counts are suppressed.</source>
        <translation>केन्द्रको आफ्नै प्रयोगका लागि: कुनै गन्ती लुकाइएको छैन।</translation>
    </message>
    <message>
        <source>For use outside the hub: counts under 5 are suppressed.</source>
        <translation>केन्द्रबाहिर प्रयोगका लागि: 5 भन्दा कमका गन्तीहरू लुकाइएका छन्।</translation>
    </message>
    <message>
        <source>From</source>
        <translation>सुरु</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>अतिथि</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>मुख्य बुँदाहरू</translation>
    </message>
    <message>
        <source>How each figure was counted</source>
        <translation>प्रत्येक तथ्यांक कसरी गनियो</translation>
    </message>
    <message>
        <source>I agree to take part</source>
        <translation>म सहभागी हुन सहमत छु</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>प्रभाव</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>आमन्त्रित</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>मुख्य तथ्यांक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>गतिविधिको प्रकार</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>कार्यक्रमको प्रकार</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>बैठकको प्रकार</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>सम्भावना</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
        <translation>संलग्न मेयर र स्थानीय नेताहरू: संलग्न व्यक्तिमध्ये मेयर वा स्थानीय नेताका रूपमा दर्ता भएकाहरू।</translation>
    </message>
    <message>
        <source>Meetings outside a committee</source>
        <translation>समितिबाहिरका बैठकहरू</translation>
    </message>
    <message>
        <source>{title} (plan version {number})</source>
        <translation>{title} (योजना संस्करण {number})</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
        <translation>सदस्य सहरहरू: सदस्यका रूपमा दर्ता भएका र अवधिको अन्त्यसम्म सञ्जालमा आबद्ध भइसकेका, वा आबद्ध मिति दर्ता नभएका सहरहरू।</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>माइन्युट</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>अघिल्लो बैठकको माइन्युट</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>नामसहित उपस्थित: {named}; नाम बिना गनिएका: {anonymous}; जम्मा: {total}।</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>अर्को बैठक</translation>
    </message>
    <message>
        <source>No actions are open.</source>
        <translation>कुनै कार्य बाँकी छैन।</translation>
    </message>
    <message>
        <source>No actions are planned yet.</source>
        <translation>अहिलेसम्म कुनै कार्य योजना गरिएको छैन।</translation>
    </message>
    <message>
        <source>No actions were agreed or carried over.</source>
        <translation>कुनै कार्य तय वा अघि सारिएको छैन।</translation>
    </message>
    <message>
        <source>No agenda items were recorded.</source>
        <translation>कार्यसूचीको कुनै विषय दर्ता छैन।</translation>
    </message>
    <message>
        <source>No earlier minutes were approved at this meeting.</source>
        <translation>यस बैठकमा कुनै अघिल्लो माइन्युट स्वीकृत भएन।</translation>
    </message>
    <message>
        <source>No prevention plan is recorded for this city.</source>
        <translation>यस सहरको कुनै रोकथाम योजना दर्ता छैन।</translation>
    </message>
    <message>
        <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
        <translation>यस समितिको कुनै गणपूरक संख्या दर्ता छैन; यसका {members} मतदाता सदस्यमध्ये {present} जना उपस्थित थिए।</translation>
    </message>
    <message>
        <source>No risk profile is recorded for this city.</source>
        <translation>यस सहरको कुनै जोखिम विवरण दर्ता छैन।</translation>
    </message>
    <message>
        <source>No sessions are recorded.</source>
        <translation>कुनै सत्र दर्ता छैन।</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>छैन।</translation>
    </message>
    <message>
        <source>Not named here, at their request: {count}.</source>
        <translation>उनीहरूकै अनुरोधमा यहाँ नाम नलेखिएका: {count}।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणीहरू</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>उद्देश्यहरू</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Open actions: {open}, of which overdue: {overdue}.</source>
        <translation>बाँकी कार्यहरू: {open}, जसमध्ये म्याद नाघेका: {overdue}।</translation>
    </message>
    <message>
        <source>Organisation or title</source>
        <translation>संस्था वा पद</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>नतिजाहरू</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>जिम्मेवार</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>पृष्ठ {page} / {pages}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>सहभागी</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>सहभागिता</translation>
    </message>
    <message>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
        <translation>संलग्न व्यक्तिहरू: ती बैठकहरूमा उपस्थित, ती गतिविधिहरूमा दर्ता भएका वा प्रशिक्षण दिने फरक-फरक व्यक्तिहरू, र नाम बिना गनिएकाहरू। प्रत्येक व्यक्ति एकपटक मात्र गनिन्छ, जतिसुकै कार्यक्रममा आए पनि र जुनसुकै उपकरणमा दर्ता गरिए पनि। सूचना दिई अनुपस्थिति, अनुपस्थिति र निमन्त्रणा गनिँदैनन्।</translation>
    </message>
    <message>
        <source>People who took part: {total}.</source>
        <translation>सहभागी व्यक्तिहरू: {total}।</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फोटो</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
        <translation>कृपया आफ्नो नाम लेख्नुहोस्, आफ्नो लिङ्ग र उमेर समूहमा चिन्ह लगाउनुहोस्, र हस्ताक्षर गर्नुहोस्। "म सहभागी हुन सहमत छु" मा चिन्ह लगाउनुको अर्थ तपाईंको उपस्थिति दर्ता गर्न तपाईं सहमत हुनुहुन्छ भन्ने हो; "फोटो" को अर्थ तपाईं फोटोमा देखिन सक्नुहुन्छ भन्ने हो। 18 वर्षमुनिका जोकोहीका लागि आमाबुबा वा अभिभावकले चिन्ह लगाई हस्ताक्षर गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Present ({count})</source>
        <translation>उपस्थित ({count})</translation>
    </message>
    <message>
        <source>Presented by {name}</source>
        <translation>प्रस्तुतकर्ता: {name}</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>रोकथाम योजना</translation>
    </message>
    <message>
        <source>Printed from scdesk on {date}</source>
        <translation>scdesk बाट {date} मा मुद्रित</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
        <translation>गणपूरक संख्या: {quorum} मतदाता सदस्य। {members} मध्ये {present} जना मात्र उपस्थित भएकाले गणपूरक संख्या पुगेन र बैठकका निर्णयहरू अनुमोदन गर्नुपर्छ।</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
        <translation>गणपूरक संख्या: {quorum} मतदाता सदस्य। {members} मध्ये {present} जना उपस्थित भएकाले गणपूरक संख्या पुगेको थियो।</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>नामसहित दर्ता: {named}; नाम बिना गनिएका: {anonymous}; जम्मा: {total}।</translation>
    </message>
    <message>
        <source>Reports are printed in {languages}; {language} is not one of them.</source>
        <translation>प्रतिवेदनहरू {languages} मा छापिन्छन्; {language} तीमध्ये पर्दैन।</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>पुनरावलोकन मिति</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>जोखिम विवरण</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Role, organisation or community</source>
        <translation>भूमिका, संस्था वा समुदाय</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>सचिव</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>सत्रहरू ({count})</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>हाजिरी पाना</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>हस्ताक्षरहरू</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>वक्ता</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>The date of the next meeting is not yet set.</source>
        <translation>अर्को बैठकको मिति अझै तय भएको छैन।</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>तथ्यांकहरू</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {date} were approved as a true record.</source>
        <translation>{date} को बैठकको माइन्युटलाई सही अभिलेखका रूपमा स्वीकृत गरियो।</translation>
    </message>
    <message>
        <source>These minutes were approved at the meeting of {date}.</source>
        <translation>यो माइन्युट {date} को बैठकमा स्वीकृत भयो।</translation>
    </message>
    <message>
        <source>These minutes were approved on {date}.</source>
        <translation>यो माइन्युट {date} मा स्वीकृत भयो।</translation>
    </message>
    <message>
        <source>This record no longer exists here: it may have been deleted.</source>
        <translation>यो अभिलेख अब यहाँ छैन: यसलाई हटाइएको हुन सक्छ।</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Version {number}, {status}</source>
        <translation>संस्करण {number}, {status}</translation>
    </message>
    <message>
        <source>Youth activity report</source>
        <translation>युवा गतिविधि प्रतिवेदन</translation>
    </message>
    <message>
        <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
        <translation>पुगिएका युवा: संलग्न व्यक्तिमध्ये यस अवधिको अन्तिम कार्यक्रमका बेला 25 वर्षभन्दा कम उमेरका, र 25 भन्दा कम उमेर समूहमा नाम बिना गनिएकाहरू।</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>पारित</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>उमेर दर्ता छैन</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>arts</source>
        <translation>कला</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>अघि सारिएको</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>वितरित</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>प्रशिक्षक</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>समिति</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>ढिलो भएको</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>संवाद</translation>
    </message>
    <message>
        <source>done</source>
        <translation>सम्पन्न</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>मस्यौदा</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>छाडिएको</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>सहजकर्ता</translation>
    </message>
    <message>
        <source>held</source>
        <translation>सम्पन्न</translation>
    </message>
    <message>
        <source>high</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>liaison committee</source>
        <translation>समन्वय समिति</translation>
    </message>
    <message>
        <source>local prevention committee</source>
        <translation>स्थानीय रोकथाम समिति</translation>
    </message>
    <message>
        <source>low</source>
        <translation>न्यून</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>open</source>
        <translation>बाँकी</translation>
    </message>
    <message>
        <source>open on {date}</source>
        <translation>{date} सम्म बाँकी</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>अन्य गतिविधि</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>म्याद नाघेको</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>योजनाबद्ध</translation>
    </message>
    <message>
        <source>protective factor</source>
        <translation>संरक्षणात्मक कारक</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>जोखिम कारक</translation>
    </message>
    <message>
        <source>sports</source>
        <translation>खेलकुद</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>प्रतिस्थापित</translation>
    </message>
    <message>
        <source>the first records</source>
        <translation>पहिलो अभिलेख</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>खतरा</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <source>{date} at {time}, {venue}.</source>
        <translation>{date}, {time} बजे, {venue}।</translation>
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
        <translation>{mayors} जना मेयर र स्थानीय नेता सहभागी भए।</translation>
    </message>
    <message>
        <source>{people} people took part in {events} events held in {cities} cities.</source>
        <translation>{cities} सहरमा सम्पन्न {events} कार्यक्रममा {people} जना सहभागी भए।</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} देखि {end} सम्म</translation>
    </message>
    <message>
        <source>{women} of them were women and girls ({share}%).</source>
        <translation>तीमध्ये {women} जना महिला तथा बालिका थिए ({share}%)।</translation>
    </message>
    <message>
        <source>{youth} young people under 25 were reached.</source>
        <translation>25 वर्षभन्दा कम उमेरका {youth} जना युवासम्म पुगियो।</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Actual against target</source>
        <translation>लक्ष्यको तुलनामा वास्तविक</translation>
    </message>
    <message>
        <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
        <translation>वास्तविक मानहरू कहिल्यै हातले भरिँदैनन्: ती अभिलेखबाट मुख्य तथ्यांककै नियमअनुसार, प्रत्येक लक्ष्यको आफ्नै अवधि र सहरका लागि गनिन्छन्। लक्ष्य एउटा अवधि र एउटा सहरका लागि, वा सबै सदस्य सहरहरूका लागि तोकिन्छ; विभाजनले वास्तविक मान कसरी बाँडिन्छ भन्ने देखाउँछ।</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>आधार रेखा</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>विभाजन</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>गणनाको नियम</translation>
    </message>
    <message>
        <source>How the actual values were counted</source>
        <translation>वास्तविक मान कसरी गनिए</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>सूचकहरू</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>मुख्य तथ्यांक</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>तह</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>कुनै सूचक अभिलेख गरिएको छैन।</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>लक्ष्यको अंश</translation>
    </message>
    <message>
        <source>Period and city</source>
        <translation>अवधि र सहर</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>different people, each counted once</source>
        <translation>फरक-फरक व्यक्ति, प्रत्येक एक पटक गनिएको</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>सम्पन्न कार्यक्रमहरू</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>output</source>
        <translation>प्रतिफल</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>दिइएको सल्लाह</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Expert advice</source>
        <translation>विज्ञ सल्लाह</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>निष्कर्षहरू</translation>
    </message>
    <message>
        <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
        <translation>यस अवधिमा भएका परामर्शहरूमा राष्ट्रिय-स्थानीय सहकार्यबारे उठेका निष्कर्षहरू।</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>उठाइएको</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>जवाफ आएको</translation>
    </message>
    <message>
        <source>acted on</source>
        <translation>कारबाही भएको</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Raised with national bodies</source>
        <translation>राष्ट्रिय निकायसमक्ष उठाइएका विषय</translation>
    </message>
    <message>
        <source>Cities' priorities raised with ministries and national commissions in the period, by what has come of them so far.</source>
        <translation>यस अवधिमा मन्त्रालय र राष्ट्रिय आयोगसमक्ष उठाइएका सहरका प्राथमिकताहरू, अहिलेसम्मको नतिजाअनुसार।</translation>
    </message>
    <message>
        <source>Raisings</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <source>National-local cooperation</source>
        <translation>राष्ट्रिय-स्थानीय सहकार्य</translation>
    </message>
    <message>
        <source>No support was given in this period.</source>
        <translation>यस अवधिमा कुनै सहयोग दिइएन।</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>दिइएको सहयोग</translation>
    </message>
    <message>
        <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
        <translation>दिइएको सहयोग: सुरुवात (वा स्वीकृति) देखि अन्त्यसम्मका मिति यस अवधिसँग मेल खाने अनुदानहरू, र यस अवधिमा दिइएको विज्ञ सल्लाह। रकमहरू प्रत्येक मुद्रामा छुट्टाछुट्टै, नबदली जोडिन्छन्।</translation>
    </message>
    <message>
        <source>Technical support grants</source>
        <translation>प्राविधिक सहयोग अनुदान</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>जम्मा</translation>
    </message>
    <message>
        <source>Total, cancelled grants left out</source>
        <translation>जम्मा, रद्द अनुदान बाहेक</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>सम्पन्न</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>वितरित</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>प्रस्तावित</translation>
    </message>
    <message>
        <source>member cities, each counted once</source>
        <translation>सदस्य सहरहरू, प्रत्येक एक पटक गनिएको</translation>
    </message>
    <message>
        <source>grants, cancelled ones left out</source>
        <translation>अनुदानहरू, रद्द गरिएका बाहेक</translation>
    </message>
    <message>
        <source>Targets by breakdown category</source>
        <translation>विभाजनको वर्गअनुसार लक्ष्य</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>विभाजन</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>वर्ग</translation>
    </message>
    <message>
        <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
        <translation>लक्ष्य घोषित विभाजनको एउटा वर्ग, जस्तै महिला वा युवाका लागि पनि तोक्न सकिन्छ। प्रदान गरिएका अनुदान भनेको दिइएको सहयोगका अनुदानहरू हुन्, रद्द गरिएका बाहेक।</translation>
    </message>
</context>
</TS>
