<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <translation>अफ़ग़ानिस्तान</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>बांग्लादेश</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>भूटान</translation>
    </message>
    <message>
        <source>India</source>
        <translation>भारत</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>मालदीव</translation>
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
        <translation>श्रीलंका</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>15 to 17</source>
        <translation>15 से 17</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 से 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25 से 34</translation>
    </message>
    <message>
        <source>35 to 49</source>
        <translation>35 से 49</translation>
    </message>
    <message>
        <source>50 to 64</source>
        <translation>50 से 64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 और अधिक</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>आयोजित कार्यक्रम</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged</source>
        <translation>जुड़े महापौर और स्थानीय नेता</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>सदस्य शहर</translation>
    </message>
    <message>
        <source>People engaged</source>
        <translation>जुड़े लोग</translation>
    </message>
    <message>
        <source>Youth reached (under 25)</source>
        <translation>जिन युवाओं तक पहुँचे (25 से कम)</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>आयु वर्ग</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>अन्य लिंग</translation>
    </message>
    <message>
        <source>city</source>
        <translation>शहर</translation>
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
        <translation>दिव्यांगता</translation>
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
        <translation>लिंग</translation>
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
        <translation>हाशिये पर रहने वाला समूह</translation>
    </message>
    <message>
        <source>mayor or local leader</source>
        <translation>महापौर या स्थानीय नेता</translation>
    </message>
    <message>
        <source>municipal official</source>
        <translation>नगर निगम अधिकारी</translation>
    </message>
    <message>
        <source>national official</source>
        <translation>राष्ट्रीय अधिकारी</translation>
    </message>
    <message>
        <source>no group recorded</source>
        <translation>कोई समूह दर्ज नहीं</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>police</source>
        <translation>पुलिस</translation>
    </message>
    <message>
        <source>prefer not to say</source>
        <translation>बताना नहीं चाहते</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>शरणार्थी</translation>
    </message>
    <message>
        <source>religious leader</source>
        <translation>धार्मिक नेता</translation>
    </message>
    <message>
        <source>religious minority</source>
        <translation>धार्मिक अल्पसंख्यक</translation>
    </message>
    <message>
        <source>roundtable</source>
        <translation>गोलमेज़ बैठक</translation>
    </message>
    <message>
        <source>stakeholder type</source>
        <translation>हितधारक का प्रकार</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>शिखर सम्मेलन</translation>
    </message>
    <message>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>under 15</source>
        <translation>15 से कम</translation>
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
        <translation>दिए गए अनुदान</translation>
    </message>
    <message>
        <source>grant status</source>
        <translation>अनुदान की स्थिति</translation>
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
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
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
        <translation>जून</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्तूबर</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n दिन की देरी</numerusform>
            <numerusform>%n दिन की देरी</numerusform>
        </translation>
    </message>
    <message>
        <source>(agreed on {date})</source>
        <translation>({date} को तय)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(नाम नहीं दिया गया)</translation>
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
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>कार्रवाई अनुवर्तन सूची</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>अंगीकार करने की तिथि</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>आयु वर्ग</translation>
    </message>
    <message>
        <source>Agenda and discussion</source>
        <translation>कार्यसूची और चर्चा</translation>
    </message>
    <message>
        <source>Agreed at the meeting of</source>
        <translation>जिस बैठक में स्वीकृत</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>तय होने की तिथि</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>सभी समितियाँ</translation>
    </message>
    <message>
        <source>All member cities</source>
        <translation>सभी सदस्य शहर</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>सभी अभिलेख</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>संशोधन</translation>
    </message>
    <message>
        <source>Amendments since approval</source>
        <translation>स्वीकृति के बाद के संशोधन</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>पूर्व सूचना देकर अनुपस्थित</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Before this report left the hub, people who withdrew their consent were left out, and counts from 1 to 4 were replaced by &lt;5, together with the next smallest count wherever a hidden count could be worked out by subtraction. Zeros are shown.</source>
        <translation>यह रिपोर्ट केंद्र से बाहर भेजने से पहले सहमति वापस लेने वाले लोगों को हटा दिया गया, और 1 से 4 तक की गिनतियों की जगह &lt;5 लिखा गया; जहाँ घटाकर किसी छिपी गिनती का पता लगाया जा सकता था, वहाँ अगली सबसे छोटी गिनती भी छिपाई गई। शून्य दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>आयु वर्ग के अनुसार</translation>
    </message>
    <message>
        <source>By age band and gender</source>
        <translation>आयु वर्ग और लिंग के अनुसार</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>समुदाय के अनुसार</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>लिंग के अनुसार</translation>
    </message>
    <message>
        <source>By {dimension}</source>
        <translation>{dimension} के अनुसार</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>शहर की योजना</translation>
    </message>
    <message>
        <source>Coaches and facilitators</source>
        <translation>प्रशिक्षक और सहजकर्ता</translation>
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
        <translation>भाग लेने वाले समुदाय</translation>
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
        <translation>बिना नाम गिने गए</translation>
    </message>
    <message>
        <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
        <translation>बिना नाम गिनती (बड़े कार्यक्रमों के लिए): महिलाएँ {blank}, पुरुष {blank}, अन्य {blank}; कुल {blank}।</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, with the next smallest count where it would reveal them.</source>
        <translation>1 से 4 तक की गिनतियाँ &lt;5 के रूप में दिखाई गई हैं, और जहाँ अगली सबसे छोटी गिनती उन्हें उजागर कर सकती थी, वह भी।</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तिथियाँ</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>चर्चा</translation>
    </message>
    <message>
        <source>Draft minutes, circulated on {date}; not yet approved.</source>
        <translation>कार्यवृत्त का प्रारूप, {date} को परिचालित; अभी स्वीकृत नहीं।</translation>
    </message>
    <message>
        <source>Draft minutes: not yet circulated or approved.</source>
        <translation>कार्यवृत्त का प्रारूप: अभी न परिचालित, न स्वीकृत।</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
        <translation>हर व्यक्ति हर विभाजन के एक खाने में गिना जाता है: अपने लिंग और प्रकार में, अपने अंतिम कार्यक्रम के समय के आयु वर्ग में, और अपने शहर (या उस कार्यक्रम के शहर) में। एक व्यक्ति कई हाशिये के समूहों से जुड़ा हो सकता है, इसलिए उस विभाजन का जोड़ कुल से अधिक हो सकता है।</translation>
    </message>
    <message>
        <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
        <translation>आयोजित कार्यक्रम: हर प्रकार की वे बैठकें जो आयोजित के रूप में दर्ज हैं और इस अवधि में शुरू हुईं, और वे युवा गतिविधियाँ जो आयोजित के रूप में दर्ज हैं और जिनकी तिथियाँ इस अवधि से मेल खाती हैं। नियोजित, रद्द और हटाए गए कार्यक्रम नहीं गिने जाते।</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>सहजकर्ता</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>संभावित दोहरी प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>{count} not settled yet: a person, event or city may be counted twice.</source>
        <translation>{count} अभी तय नहीं हुईं: कोई व्यक्ति, कार्यक्रम या शहर दो बार गिना जा सकता है।</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>समीक्षाधीन</translation>
    </message>
    <message>
        <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
        <translation>{count} रिकॉर्ड दो उपकरणों पर एक साथ बदले गए और समीक्षा की प्रतीक्षा में हैं; उन्हें वर्तमान स्थिति में गिना गया है।</translation>
    </message>
    <message>
        <source>For the hub's own use: no counts are suppressed.</source>
        <translation>केंद्र के अपने उपयोग के लिए: कोई गिनती छिपाई नहीं गई।</translation>
    </message>
    <message>
        <source>For use outside the hub: counts under 5 are suppressed.</source>
        <translation>केंद्र के बाहर उपयोग के लिए: 5 से कम की गिनतियाँ छिपाई गई हैं।</translation>
    </message>
    <message>
        <source>From</source>
        <translation>आरंभ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
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
        <translation>मुख्य बातें</translation>
    </message>
    <message>
        <source>How each figure was counted</source>
        <translation>हर आँकड़ा कैसे गिना गया</translation>
    </message>
    <message>
        <source>I agree to take part</source>
        <translation>मैं भाग लेने के लिए सहमत हूँ</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>प्रभाव</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>मुख्य आँकड़े</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>गतिविधि का प्रकार</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>कार्यक्रम का प्रकार</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>बैठक का प्रकार</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>संभावना</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
        <translation>जुड़े महापौर और स्थानीय नेता: जुड़े लोगों में से वे, जो महापौर या स्थानीय नेता के रूप में दर्ज हैं।</translation>
    </message>
    <message>
        <source>Meetings outside a committee</source>
        <translation>समिति से बाहर की बैठकें</translation>
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
        <translation>सदस्य शहर: वे शहर जो सदस्य के रूप में दर्ज हैं और अवधि के अंत तक नेटवर्क से जुड़ चुके थे, या जिनके जुड़ने की तिथि दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>कार्यवृत्त</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>पिछली बैठक का कार्यवृत्त</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>नाम सहित उपस्थित: {named}; बिना नाम गिने गए: {anonymous}; कुल: {total}।</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>अगली बैठक</translation>
    </message>
    <message>
        <source>No actions are open.</source>
        <translation>कोई कार्रवाई लंबित नहीं है।</translation>
    </message>
    <message>
        <source>No actions are planned yet.</source>
        <translation>अभी कोई कार्रवाई नियोजित नहीं है।</translation>
    </message>
    <message>
        <source>No actions were agreed or carried over.</source>
        <translation>कोई कार्रवाई न तय हुई, न आगे बढ़ाई गई।</translation>
    </message>
    <message>
        <source>No agenda items were recorded.</source>
        <translation>कार्यसूची का कोई विषय दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>No earlier minutes were approved at this meeting.</source>
        <translation>इस बैठक में किसी पिछले कार्यवृत्त की पुष्टि नहीं हुई।</translation>
    </message>
    <message>
        <source>No prevention plan is recorded for this city.</source>
        <translation>इस शहर की कोई रोकथाम योजना दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
        <translation>इस समिति का कोई कोरम दर्ज नहीं है; इसके {members} मतदाता सदस्यों में से {present} उपस्थित थे।</translation>
    </message>
    <message>
        <source>No risk profile is recorded for this city.</source>
        <translation>इस शहर का कोई जोखिम प्रोफ़ाइल दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>No sessions are recorded.</source>
        <translation>कोई सत्र दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
    <message>
        <source>Not named here, at their request: {count}.</source>
        <translation>उनके अनुरोध पर यहाँ नाम नहीं दिए गए: {count}।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Open actions: {open}, of which overdue: {overdue}.</source>
        <translation>लंबित कार्रवाइयाँ: {open}, जिनमें से समय सीमा पार: {overdue}।</translation>
    </message>
    <message>
        <source>Organisation or title</source>
        <translation>संगठन या पद</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>पृष्ठ {page} / {pages}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>भागीदारी</translation>
    </message>
    <message>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
        <translation>जुड़े लोग: उन बैठकों में उपस्थित, उन गतिविधियों के लिए पंजीकृत या उनमें प्रशिक्षण देने वाले अलग-अलग लोग, और बिना नाम गिने गए लोग। हर व्यक्ति एक ही बार गिना जाता है, चाहे वह कितने भी कार्यक्रमों में आया हो और उसे किसी भी उपकरण पर दर्ज किया गया हो। पूर्व सूचना देकर अनुपस्थिति, अनुपस्थिति और निमंत्रण नहीं गिने जाते।</translation>
    </message>
    <message>
        <source>People who took part: {total}.</source>
        <translation>भाग लेने वाले लोग: {total}।</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
        <translation>कृपया अपना नाम लिखें, अपने लिंग और आयु वर्ग पर सही का निशान लगाएँ, और हस्ताक्षर करें। "मैं भाग लेने के लिए सहमत हूँ" पर निशान लगाने का अर्थ है कि आप अपनी उपस्थिति दर्ज किए जाने के लिए सहमत हैं; "फ़ोटो" का अर्थ है कि आप तस्वीरों में आ सकते हैं। 18 वर्ष से कम आयु के किसी भी व्यक्ति के लिए माता-पिता या अभिभावक निशान लगाएँ और हस्ताक्षर करें।</translation>
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
        <translation>scdesk से {date} को मुद्रित</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
        <translation>कोरम: {quorum} मतदाता सदस्य। {members} में से केवल {present} उपस्थित थे, इसलिए कोरम पूरा नहीं हुआ और बैठक के निर्णयों की पुष्टि आवश्यक है।</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
        <translation>कोरम: {quorum} मतदाता सदस्य। {members} में से {present} उपस्थित थे, इसलिए कोरम पूरा था।</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>नाम से पंजीकृत: {named}; बिना नाम गिने गए: {anonymous}; कुल: {total}।</translation>
    </message>
    <message>
        <source>Reports are printed in {languages}; {language} is not one of them.</source>
        <translation>रिपोर्ट {languages} में छपती हैं; {language} उनमें शामिल नहीं है।</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>समीक्षा की तिथि</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>जोखिम प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Role, organisation or community</source>
        <translation>भूमिका, संगठन या समुदाय</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>सचिव</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>सत्र ({count})</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>उपस्थिति पत्रक</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>हस्ताक्षर</translation>
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
        <translation>अगली बैठक की तिथि अभी तय नहीं है।</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>आँकड़े</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {date} were approved as a true record.</source>
        <translation>{date} की बैठक के कार्यवृत्त की सही अभिलेख के रूप में पुष्टि की गई।</translation>
    </message>
    <message>
        <source>These minutes were approved at the meeting of {date}.</source>
        <translation>इस कार्यवृत्त की पुष्टि {date} की बैठक में हुई।</translation>
    </message>
    <message>
        <source>These minutes were approved on {date}.</source>
        <translation>इस कार्यवृत्त की पुष्टि {date} को हुई।</translation>
    </message>
    <message>
        <source>This record no longer exists here: it may have been deleted.</source>
        <translation>यह अभिलेख अब यहाँ नहीं है: शायद इसे हटा दिया गया है।</translation>
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
        <translation>युवा गतिविधि रिपोर्ट</translation>
    </message>
    <message>
        <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
        <translation>पहुँचे युवा: जुड़े लोगों में से वे, जिनकी आयु इस अवधि में अपने अंतिम कार्यक्रम के समय 25 वर्ष से कम थी, और 25 से कम के आयु वर्गों में बिना नाम गिने गए लोग।</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>अंगीकृत</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>आयु दर्ज नहीं</translation>
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
        <translation>आगे बढ़ाई गई</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>परिचालित</translation>
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
        <translation>विलंबित</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>संवाद</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरी</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>छोड़ी गई</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>सहजकर्ता</translation>
    </message>
    <message>
        <source>held</source>
        <translation>आयोजित</translation>
    </message>
    <message>
        <source>high</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>प्रगति पर</translation>
    </message>
    <message>
        <source>liaison committee</source>
        <translation>संपर्क समिति</translation>
    </message>
    <message>
        <source>local prevention committee</source>
        <translation>स्थानीय रोकथाम समिति</translation>
    </message>
    <message>
        <source>low</source>
        <translation>निम्न</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>open</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>open on {date}</source>
        <translation>{date} को लंबित</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>अन्य गतिविधि</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>समय सीमा पार</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>नियोजित</translation>
    </message>
    <message>
        <source>protective factor</source>
        <translation>सुरक्षात्मक कारक</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>जोखिम कारक</translation>
    </message>
    <message>
        <source>sports</source>
        <translation>खेल</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>प्रतिस्थापित</translation>
    </message>
    <message>
        <source>the first records</source>
        <translation>पहले अभिलेख</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>ख़तरा</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
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
        <translation>{mayors} महापौर और स्थानीय नेता शामिल हुए।</translation>
    </message>
    <message>
        <source>{people} people took part in {events} events held in {cities} cities.</source>
        <translation>{cities} शहरों में आयोजित {events} कार्यक्रमों में {people} लोगों ने भाग लिया।</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} से {end} तक</translation>
    </message>
    <message>
        <source>{women} of them were women and girls ({share}%).</source>
        <translation>इनमें से {women} महिलाएँ और लड़कियाँ थीं ({share}%)।</translation>
    </message>
    <message>
        <source>{youth} young people under 25 were reached.</source>
        <translation>25 वर्ष से कम आयु के {youth} युवाओं तक पहुँच हुई।</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Actual against target</source>
        <translation>लक्ष्य के मुकाबले वास्तविक</translation>
    </message>
    <message>
        <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
        <translation>वास्तविक मान कभी हाथ से नहीं भरे जाते: वे रिकॉर्ड से उन्हीं नियमों से गिने जाते हैं जिनसे मुख्य आँकड़े, हर लक्ष्य की अपनी अवधि और शहर के लिए। लक्ष्य एक अवधि और एक शहर के लिए, या सभी सदस्य शहरों के लिए तय होता है; विभाजन दिखाते हैं कि वास्तविक मान कैसे बँटता है।</translation>
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
        <translation>गिनती का नियम</translation>
    </message>
    <message>
        <source>How the actual values were counted</source>
        <translation>वास्तविक मान कैसे गिने गए</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>संकेतक</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>मुख्य आँकड़ा</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>कोई संकेतक दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>लक्ष्य का अंश</translation>
    </message>
    <message>
        <source>Period and city</source>
        <translation>अवधि और शहर</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>different people, each counted once</source>
        <translation>अलग-अलग लोग, हर व्यक्ति एक बार गिना गया</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>आयोजित कार्यक्रम</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>output</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>दी गई सलाह</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Expert advice</source>
        <translation>विशेषज्ञ सलाह</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
        <translation>इस अवधि में हुए परामर्शों में राष्ट्रीय-स्थानीय सहयोग पर उठे निष्कर्ष।</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>उठाया गया</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>उत्तर मिला</translation>
    </message>
    <message>
        <source>acted on</source>
        <translation>कार्रवाई हुई</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Raised with national bodies</source>
        <translation>राष्ट्रीय निकायों के समक्ष उठाए गए मुद्दे</translation>
    </message>
    <message>
        <source>Cities' priorities raised with ministries and national commissions in the period, by what has come of them so far.</source>
        <translation>इस अवधि में मंत्रालयों और राष्ट्रीय आयोगों के समक्ष उठाई गई शहरों की प्राथमिकताएँ, अब तक के परिणाम के अनुसार।</translation>
    </message>
    <message>
        <source>Raisings</source>
        <translation>मुद्दे</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <source>National-local cooperation</source>
        <translation>राष्ट्रीय-स्थानीय सहयोग</translation>
    </message>
    <message>
        <source>No support was given in this period.</source>
        <translation>इस अवधि में कोई सहायता नहीं दी गई।</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>दी गई सहायता</translation>
    </message>
    <message>
        <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
        <translation>दी गई सहायता: वे अनुदान जिनकी तिथियाँ, शुरुआत (या स्वीकृति) से अंत तक, इस अवधि से मेल खाती हैं, और इस अवधि में दी गई विशेषज्ञ सलाह। राशियाँ हर मुद्रा में अलग जोड़ी जाती हैं, बदले बिना।</translation>
    </message>
    <message>
        <source>Technical support grants</source>
        <translation>तकनीकी सहायता अनुदान</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Total, cancelled grants left out</source>
        <translation>कुल, रद्द अनुदान छोड़कर</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>पूर्ण</translation>
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
        <translation>सदस्य शहर, हर एक एक बार गिना गया</translation>
    </message>
    <message>
        <source>grants, cancelled ones left out</source>
        <translation>अनुदान, रद्द किए गए छोड़कर</translation>
    </message>
    <message>
        <source>Targets by breakdown category</source>
        <translation>विभाजन की श्रेणी के अनुसार लक्ष्य</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>विभाजन</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
        <translation>लक्ष्य किसी घोषित विभाजन की एक श्रेणी, जैसे महिलाएँ या युवा, के लिए भी तय किया जा सकता है। दिए गए अनुदान दी गई सहायता के अनुदान हैं, रद्द किए गए छोड़कर।</translation>
    </message>
</context>
</TS>
