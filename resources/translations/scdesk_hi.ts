<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Actions agreed at this meeting</source>
            <translation>इस बैठक में तय कार्रवाइयाँ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्रवाई</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ज़िम्मेदार</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>नियत तिथि</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>कार्रवाई जोड़ें (&amp;a)</translation>
        </message>
        <message>
            <source>Carried over from earlier meetings</source>
            <translation>पिछली बैठकों से आगे बढ़ाई गई</translation>
        </message>
        <message>
            <source>Actions carried over</source>
            <translation>आगे बढ़ाई गई कार्रवाइयाँ</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>कब खोली गई</translation>
        </message>
        <message>
            <source>State</source>
            <translation>अवस्था</translation>
        </message>
        <message>
            <source>&amp;Done at this meeting</source>
            <translation>इस बैठक में पूरी (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ropped at this meeting</source>
            <translation>इस बैठक में छोड़ी गई (&amp;r)</translation>
        </message>
        <message>
            <source>Open a&amp;gain</source>
            <translation>फिर से खोलें (&amp;g)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Save the meeting to see the actions carried over from earlier ones.</source>
            <translation>पिछली बैठकों से आगे बढ़ाई गई कार्रवाइयाँ देखने के लिए बैठक सहेजें।</translation>
        </message>
        <message>
            <source>No open actions were carried over to this meeting.</source>
            <translation>इस बैठक में कोई लंबित कार्रवाई आगे नहीं बढ़ाई गई।</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation>
                <numerusform>%n कार्रवाई आगे बढ़ाई गई: जो पूरी हुई या छोड़ी गई, उसे चिह्नित करें।</numerusform>
                <numerusform>%n कार्रवाइयाँ आगे बढ़ाई गईं: जो पूरी हुईं या छोड़ी गईं, उन्हें चिह्नित करें।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Choose the city of the activity.</source>
            <translation>गतिविधि का शहर चुनें।</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणियाँ</translation>
        </message>
        <message>
            <source>An activity that has not started cannot be marked as held.</source>
            <translation>जो गतिविधि अभी शुरू नहीं हुई, उसे आयोजित के रूप में चिह्नित नहीं किया जा सकता।</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>The session on {day} is outside the activity's dates.</source>
            <translation>{day} का सत्र गतिविधि की तिथियों से बाहर है।</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>The same person is registered twice.</source>
            <translation>एक ही व्यक्ति दो बार पंजीकृत है।</translation>
        </message>
        <message>
            <source>The same person is listed twice as a coach.</source>
            <translation>एक ही व्यक्ति प्रशिक्षक के रूप में दो बार दर्ज है।</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>बिना नाम गिनती</translation>
        </message>
        <message>
            <source>The same gender, age band and community is counted twice.</source>
            <translation>एक ही लिंग, आयु वर्ग और समुदाय दो बार गिना गया है।</translation>
        </message>
        <message>
            <source>A registered participant no longer exists here.</source>
            <translation>एक पंजीकृत प्रतिभागी अब यहाँ मौजूद नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Youth activities</source>
            <translation>युवा गतिविधियाँ</translation>
        </message>
        <message>
            <source>&amp;New activity</source>
            <translation>नई गतिविधि (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>आरंभ</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>समाप्ति</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message numerus="yes">
            <source>%n activity(s)</source>
            <translation>
                <numerusform>%n गतिविधि</numerusform>
                <numerusform>%n गतिविधियाँ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Youth activity[*]</source>
            <translation>युवा गतिविधि[*]</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>शीर्षक (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>प्रकार (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>आरंभ तिथि (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>समाप्ति तिथि (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>स्थान (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>स्थिति (&amp;a)</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>परिणाम (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>टिप्पणियाँ (&amp;N)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>सत्र</translation>
        </message>
        <message>
            <source>People</source>
            <translation>लोग</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>भागीदारी</translation>
        </message>
        <message>
            <source>New youth activity</source>
            <translation>नई युवा गतिविधि</translation>
        </message>
    </context>
    <context>
        <name>ActivityParts</name>
        <message>
            <source>Day</source>
            <translation>दिन</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणियाँ</translation>
        </message>
        <message>
            <source>Add a &amp;session</source>
            <translation>सत्र जोड़ें (&amp;s)</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>संस्करण {number} अंगीकार करें</translation>
        </message>
        <message>
            <source>&amp;Adopted on</source>
            <translation>अंगीकार करने की तिथि (&amp;A)</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>अंगीकार करने की तिथि</translation>
        </message>
    </context>
    <context>
        <name>AdviceForm</name>
        <message>
            <source>Expert advice[*]</source>
            <translation>विशेषज्ञ सलाह[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>विशेषज्ञ (&amp;x)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>विषय (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>से (&amp;F)</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>तक (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>टिप्पणियाँ (&amp;N)</translation>
        </message>
        <message>
            <source>New expert advice</source>
            <translation>नई विशेषज्ञ सलाह</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Agenda</source>
            <translation>कार्यसूची</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>कार्यसूची के विषय</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>विषय जोड़ें (&amp;i)</translation>
        </message>
        <message>
            <source>Add s&amp;ub-item</source>
            <translation>उप-विषय जोड़ें (&amp;u)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>ऊपर ले जाएँ</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>नीचे ले जाएँ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>शीर्षक (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Presenter</source>
            <translation>प्रस्तुतकर्ता (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>चर्चा (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>निर्णय (&amp;e)</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>(नया विषय)</translation>
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
            <translation>रिकॉर्ड फ़ाइल क्षतिग्रस्त है: काम केवल उतना जारी रखें जितना ज़रूरी बातें नोट करने के लिए चाहिए, फिर इसे बैकअप से पुनर्स्थापित करें (scdesk check इसका तरीका बताता है)।</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Named attendees</source>
            <translation>नाम सहित उपस्थित लोग</translation>
        </message>
        <message>
            <source>Add the committee's &amp;members</source>
            <translation>समिति के सदस्य जोड़ें (&amp;m)</translation>
        </message>
        <message>
            <source>Add the committee's members</source>
            <translation>समिति के सदस्य जोड़ें</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <source>nobody present</source>
            <translation>कोई उपस्थित नहीं</translation>
        </message>
        <message>
            <source>Secretary of this meeting</source>
            <translation>इस बैठक का सचिव</translation>
        </message>
        <message>
            <source>Who took the minutes and signs them: someone marked present.</source>
            <translation>जिसने कार्यवृत्त लिखा और उस पर हस्ताक्षर करेगा: कोई ऐसा व्यक्ति जो उपस्थित दर्ज है।</translation>
        </message>
        <message>
            <source>Secreta&amp;ry of this meeting</source>
            <translation>इस बैठक का सचिव (&amp;r)</translation>
        </message>
        <message>
            <source>Anonymous headcounts</source>
            <translation>बिना नाम की गिनतियाँ</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिंग</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>आयु वर्ग</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>समूह</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>कोई समूह नहीं</translation>
        </message>
        <message>
            <source>People</source>
            <translation>लोग</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>बिना नाम गिनती जोड़ें (&amp;h)</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>गिना नहीं गया</translation>
        </message>
        <message>
            <source>Stated total attendance</source>
            <translation>बताई गई कुल उपस्थिति</translation>
        </message>
        <message>
            <source>Stated &amp;total</source>
            <translation>बताई गई कुल संख्या (&amp;t)</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>गिने गए</translation>
        </message>
        <message>
            <source>Choose the meeting's committee on the Details tab first.</source>
            <translation>पहले विवरण टैब पर बैठक की समिति चुनें।</translation>
        </message>
        <message>
            <source>Nobody was a member of the committee on {day}.</source>
            <translation>{day} को समिति का कोई सदस्य नहीं था।</translation>
        </message>
        <message>
            <source>{named} named present + {anonymous} counted = {sum}</source>
            <translation>{named} नाम सहित उपस्थित + {anonymous} गिने गए = {sum}</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>meeting</source>
            <translation>बैठक</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>युवा गतिविधि</translation>
        </message>
        <message>
            <source>person</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>संगठन</translation>
        </message>
        <message>
            <source>city</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>committee membership</source>
            <translation>समिति सदस्यता</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>कार्यसूची का विषय</translation>
        </message>
        <message>
            <source>action</source>
            <translation>कार्रवाई</translation>
        </message>
        <message>
            <source>activity session</source>
            <translation>गतिविधि सत्र</translation>
        </message>
        <message>
            <source>consultation finding</source>
            <translation>परामर्श का निष्कर्ष</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>जोखिम प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>जोखिम कारक</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>plan objective</source>
            <translation>योजना का उद्देश्य</translation>
        </message>
        <message>
            <source>plan action</source>
            <translation>योजना की कार्रवाई</translation>
        </message>
        <message>
            <source>support grant</source>
            <translation>सहायता अनुदान</translation>
        </message>
        <message>
            <source>expert advice</source>
            <translation>विशेषज्ञ सलाह</translation>
        </message>
        <message>
            <source>raising with a national body</source>
            <translation>राष्ट्रीय निकाय के समक्ष उठाया गया मुद्दा</translation>
        </message>
        <message>
            <source>priority added by the hub</source>
            <translation>केंद्र द्वारा जोड़ी गई प्राथमिकता</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>संकेतक</translation>
        </message>
        <message>
            <source>indicator target</source>
            <translation>संकेतक का लक्ष्य</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>उपस्थिति</translation>
        </message>
        <message>
            <source>headcount</source>
            <translation>बिना नाम गिनती</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>हाँ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>नहीं</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>स्थानीय नाम</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>पद</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>संगठन</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिंग</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>जन्म वर्ष</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>आयु वर्ग</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>हितधारक</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>फ़ोन</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ई-मेल</translation>
        </message>
        <message>
            <source>Consent to take part</source>
            <translation>भाग लेने की सहमति</translation>
        </message>
        <message>
            <source>Consent to photos</source>
            <translation>फ़ोटो के लिए सहमति</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>डेटा के उपयोग की सहमति</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>सहमति देने वाले</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>सहमति का तरीका</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>सहमति देने की तिथि</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>सहमति वापस लेने की तिथि</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>विशेषज्ञता के क्षेत्र</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>देश</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>प्रांत</translation>
        </message>
        <message>
            <source>Member city</source>
            <translation>सदस्य शहर</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>जुड़ने की तिथि</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>महापौर</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>आरंभ</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>समाप्ति</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>आरंभ तिथि</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>समाप्ति तिथि</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Total present</source>
            <translation>कुल उपस्थित</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>कार्यवृत्त</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणियाँ</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>आमंत्रित</translation>
        </message>
        <message>
            <source>present</source>
            <translation>उपस्थित</translation>
        </message>
        <message>
            <source>sent apologies</source>
            <translation>पूर्व सूचना देकर अनुपस्थित</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>अनुपस्थित</translation>
        </message>
        <message>
            <source>approved (locked)</source>
            <translation>स्वीकृत (बंद)</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>चिंता</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>ख़तरा</translation>
        </message>
        <message>
            <source>existing approach</source>
            <translation>मौजूदा तरीका</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>संसाधन</translation>
        </message>
        <message>
            <source>key need</source>
            <translation>मुख्य आवश्यकता</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>प्राथमिकता</translation>
        </message>
        <message>
            <source>prevention and early prevention</source>
            <translation>रोकथाम और शीघ्र रोकथाम</translation>
        </message>
        <message>
            <source>national-local cooperation</source>
            <translation>राष्ट्रीय-स्थानीय सहयोग</translation>
        </message>
        <message>
            <source>participation of youth</source>
            <translation>युवाओं की भागीदारी</translation>
        </message>
        <message>
            <source>participation of women</source>
            <translation>महिलाओं की भागीदारी</translation>
        </message>
        <message>
            <source>participation of marginalised groups</source>
            <translation>हाशिये पर रहने वाले समूहों की भागीदारी</translation>
        </message>
        <message>
            <source>other priority</source>
            <translation>अन्य प्राथमिकता</translation>
        </message>
        <message>
            <source>local government</source>
            <translation>स्थानीय सरकार</translation>
        </message>
        <message>
            <source>faith</source>
            <translation>धर्म</translation>
        </message>
        <message>
            <source>education</source>
            <translation>शिक्षा</translation>
        </message>
        <message>
            <source>media</source>
            <translation>मीडिया</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>व्यक्ति स्वयं</translation>
        </message>
        <message>
            <source>a parent or guardian</source>
            <translation>माता-पिता या अभिभावक</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>मौखिक रूप से</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>लिखित रूप में</translation>
        </message>
        <message>
            <source>field officer</source>
            <translation>क्षेत्र अधिकारी</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>केंद्र</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>यह उपकरण</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>भरोसेमंद</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>भरोसेमंद नहीं</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>निरस्त</translation>
        </message>
        <message>
            <source>Last complete quarter</source>
            <translation>पिछली पूरी तिमाही</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>पिछले 12 महीने</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>इस वर्ष</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>पूरी अवधि</translation>
        </message>
        <message>
            <source>Between the dates…</source>
            <translation>तिथियों के बीच…</translation>
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>{country} is not a country the network works in.</source>
            <translation>{country} ऐसा देश नहीं है जिसमें नेटवर्क काम करता है।</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its id (scdesk check lists them).</source>
            <translation>{name} नाम के एक से अधिक शहर हैं: उसकी आईडी दें (scdesk check उनकी सूची देता है)।</translation>
        </message>
        <message>
            <source>No city called {name} is recorded here.</source>
            <translation>{name} नाम का कोई शहर यहाँ दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>City name</source>
            <translation>शहर का नाम</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>स्थानीय नाम</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>प्रांत</translation>
        </message>
        <message>
            <source>Choose the city's country.</source>
            <translation>शहर का देश चुनें।</translation>
        </message>
        <message>
            <source>The date the city joined is in the future.</source>
            <translation>शहर के जुड़ने की तिथि भविष्य में है।</translation>
        </message>
        <message>
            <source>Only a member city has a date it joined the network.</source>
            <translation>नेटवर्क से जुड़ने की तिथि केवल सदस्य शहर की होती है।</translation>
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message>
            <source>Cities</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>&amp;New city</source>
            <translation>नया शहर (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>स्थानीय नाम</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>देश</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>प्रांत</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>हाँ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>नहीं</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>जुड़ने की तिथि</translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n शहर</numerusform>
                <numerusform>%n शहर</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CityFilter</name>
        <message>
            <source>All cities</source>
            <translation>सभी शहर</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Reading the cities…</source>
            <translation>शहर पढ़े जा रहे हैं…</translation>
        </message>
    </context>
    <context>
        <name>CityForm</name>
        <message>
            <source>City[*]</source>
            <translation>शहर[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>नाम (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Local name</source>
            <translation>स्थानीय नाम (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>देश (&amp;o)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>प्रांत (&amp;P)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>A member city</source>
            <translation>सदस्य शहर</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>जुड़ने की तिथि (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Mayor or local leader</source>
            <translation>महापौर या स्थानीय नेता (&amp;M)</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>नया शहर</translation>
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
            <translation>शहर (&amp;y)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Say what to do with the ids: merge or dismiss.</source>
            <translation>बताएँ कि इन आईडी का क्या करना है: merge या dismiss।</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s) scoring {score} or more</source>
            <translation>
                <numerusform>%n संभावित दोहरी प्रविष्टि, जिसका अंक {score} या अधिक है</numerusform>
                <numerusform>%n संभावित दोहरी प्रविष्टियाँ, जिनका अंक {score} या अधिक है</numerusform>
            </translation>
        </message>
        <message>
            <source>Give two record ids: duplicates {action} ID ID.</source>
            <translation>दो रिकॉर्ड आईडी दें: duplicates {action} ID ID।</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at: scdesk duplicates lists them</source>
            <translation>
                <numerusform>संभावित दोहरी प्रविष्टियों का %n जोड़ा देखना है: scdesk duplicates उसकी सूची देता है</numerusform>
                <numerusform>संभावित दोहरी प्रविष्टियों के %n जोड़े देखने हैं: scdesk duplicates उनकी सूची देता है</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of {table} have no audit entry</source>
            <translation>
                <numerusform>{table} की %n पंक्ति की कोई लेखा-परीक्षा प्रविष्टि नहीं है</numerusform>
                <numerusform>{table} की %n पंक्तियों की कोई लेखा-परीक्षा प्रविष्टि नहीं है</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n pair(s) of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</source>
            <translation>
                <numerusform>चेतावनी: यहाँ गिनी गई संभावित दोहरी प्रविष्टियों का %n जोड़ा अभी तय नहीं हुआ है; `scdesk duplicates` उसकी सूची देता है।</numerusform>
                <numerusform>चेतावनी: यहाँ गिनी गई संभावित दोहरी प्रविष्टियों के %n जोड़े अभी तय नहीं हुए हैं; `scdesk duplicates` उनकी सूची देता है।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n record(s) counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</source>
            <translation>
                <numerusform>चेतावनी: यहाँ गिना गया %n रिकॉर्ड दो उपकरणों पर बदलाव के बाद एक नियम तोड़ता है और समीक्षा की प्रतीक्षा में है (जैसा है वैसा गिना गया); `scdesk conflicts` उसकी सूची देता है।</numerusform>
                <numerusform>चेतावनी: यहाँ गिने गए %n रिकॉर्ड दो उपकरणों पर बदलाव के बाद एक नियम तोड़ते हैं और समीक्षा की प्रतीक्षा में हैं (जैसे हैं वैसे गिने गए); `scdesk conflicts` उनकी सूची देता है।</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --meeting ID or --activity ID.</source>
            <translation>--meeting ID या --activity ID दें।</translation>
        </message>
        <message>
            <source>Indicators are reported for a city or for all cities: give --city instead of --country.</source>
            <translation>संकेतक किसी एक शहर या सभी शहरों के लिए दिए जाते हैं: --country के स्थान पर --city दें।</translation>
        </message>
        <message>
            <source>Give {option}.</source>
            <translation>{option} दें।</translation>
        </message>
        <message>
            <source>The key figures of the last complete quarter, {start} to {end}: --from and --to choose another period.</source>
            <translation>पिछली पूरी तिमाही, {start} से {end} तक, के मुख्य आँकड़े: कोई और अवधि --from और --to से चुनें।</translation>
        </message>
        <message>
            <source>--meeting and --activity are for attendance only.</source>
            <translation>--meeting और --activity केवल उपस्थिति के लिए हैं।</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
            <extracomment>Translators: %n is how many problems were listed above.</extracomment>
            <translation>
                <numerusform>कुछ भी आयात नहीं हुआ: ऊपर बताई गई %n समस्या ठीक करें और फ़ाइल फिर से आयात करें।</numerusform>
                <numerusform>कुछ भी आयात नहीं हुआ: ऊपर बताई गई %n समस्याएँ ठीक करें और फ़ाइल फिर से आयात करें।</numerusform>
            </translation>
        </message>
        <message>
            <source>Not read: {columns}. scdesk does not use these columns in this table; check how they are spelt.</source>
            <extracomment>Translators: {columns} are column names, as the file's first row gives them.</extracomment>
            <translation>नहीं पढ़े गए: {columns}। scdesk इस तालिका में ये स्तंभ उपयोग नहीं करता; इनकी वर्तनी जाँच लें।</translation>
        </message>
        <message>
            <source>The tables will hold names and contact details: add --yes to confirm.</source>
            <translation>तालिकाओं में नाम और संपर्क विवरण होंगे: पुष्टि के लिए --yes जोड़ें।</translation>
        </message>
        <message>
            <source>Not confirmed: nothing was written.</source>
            <translation>पुष्टि नहीं हुई: कुछ भी नहीं लिखा गया।</translation>
        </message>
        <message>
            <source>Give the key backup's file: device {action} FILE.</source>
            <translation>कुंजी बैकअप की फ़ाइल दें: device {action} FILE।</translation>
        </message>
        <message>
            <source>Give --passphrase-file P, or run this in a terminal.</source>
            <translation>--passphrase-file P दें, या इसे टर्मिनल में चलाएँ।</translation>
        </message>
        <message>
            <source>The two passphrases differ: nothing was written.</source>
            <translation>दोनों पासफ़्रेज़ अलग-अलग हैं: कुछ भी नहीं लिखा गया।</translation>
        </message>
        <message>
            <source>Replacing this device's keys makes new ones, and the hub refuses its bundles until its staff trust the new fingerprint: run again with --yes to replace them.</source>
            <translation>इस उपकरण की कुंजियाँ बदलने पर नई कुंजियाँ बनती हैं, और जब तक केंद्र के कर्मचारी नए पहचान-चिह्न पर भरोसा नहीं करते, केंद्र इसके बंडल अस्वीकार करता है: इन्हें बदलने के लिए --yes के साथ फिर से चलाएँ।</translation>
        </message>
        <message>
            <source>The keys were not replaced: nothing was changed.</source>
            <translation>कुंजियाँ नहीं बदली गईं: कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>Warning: the hub takes no bundle from this device until its staff trust the new key: export a bundle or a card (scdesk device --card FILE), have them read out the new fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.</source>
            <translation>चेतावनी: जब तक केंद्र के कर्मचारी नई कुंजी पर भरोसा नहीं करते, केंद्र इस उपकरण से कोई बंडल नहीं लेता: एक बंडल या कार्ड निर्यात करें (scdesk device --card FILE), उनसे नया पहचान-चिह्न पढ़कर सुनाने और scdesk trust FILE चलाने को कहें, फिर केंद्र से नया बंडल माँगें।</translation>
        </message>
        <message>
            <source>The device that made this file is trusted already.</source>
            <translation>जिस उपकरण ने यह फ़ाइल बनाई, उस पर पहले से भरोसा किया जा चुका है।</translation>
        </message>
        <message>
            <source>Say which conflict, and --keep A, B or --value.</source>
            <translation>बताएँ कि कौन-सा टकराव है, और --keep A, B या --value दें।</translation>
        </message>
        <message>
            <source>No open conflict has the id {id}.</source>
            <translation>{id} आईडी का कोई खुला टकराव नहीं है।</translation>
        </message>
        <message>
            <source>Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01.</source>
            <translation>--set को FIELD=VALUE के रूप में लिखें, उदाहरण के लिए --set joined_on=2024-03-01।</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the device's owner, then run again with --yes.</source>
            <translation>पहचान-चिह्न का मिलान उपकरण के स्वामी से करें, फिर --yes के साथ फिर से चलाएँ।</translation>
        </message>
        <message>
            <source>Not trusted: nothing was changed.</source>
            <translation>भरोसा नहीं किया गया: कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>No screen found: run scdesk on a desktop, under Xvfb, or with QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.</source>
            <translation>कोई स्क्रीन नहीं मिली: scdesk को डेस्कटॉप पर, Xvfb में, या QT_QPA_PLATFORM=offscreen के साथ चलाएँ; उप-आदेशों (scdesk --help) के लिए स्क्रीन की ज़रूरत नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>CommitteeForm</name>
        <message>
            <source>Committee[*]</source>
            <translation>समिति[*]</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>नाम (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>प्रकार (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of minutes</source>
            <translation>कार्यवृत्त की भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quorum</source>
            <translation>कोरम (&amp;Q)</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>कोई नियम नहीं</translation>
        </message>
        <message>
            <source>&amp;Established on</source>
            <translation>गठन की तिथि (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Mandate</source>
            <translation>अधिदेश (&amp;M)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <source>New committee</source>
            <translation>नई समिति</translation>
        </message>
    </context>
    <context>
        <name>CommitteeOptions</name>
        <message>
            <source>All committees</source>
            <translation>सभी समितियाँ</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>समिति (&amp;o)</translation>
        </message>
    </context>
    <context>
        <name>Committees</name>
        <message>
            <source>The same person is listed twice as a current member.</source>
            <translation>एक ही व्यक्ति वर्तमान सदस्य के रूप में दो बार दर्ज है।</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Choose the committee's city.</source>
            <translation>समिति का शहर चुनें।</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>अधिदेश</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>कोरम</translation>
        </message>
        <message>
            <source>The date the committee was established is in the future.</source>
            <translation>समिति के गठन की तिथि भविष्य में है।</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>Committees</source>
            <translation>समितियाँ</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>नई समिति (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>गठन</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>सभी प्रकार</translation>
        </message>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation>
                <numerusform>%n समिति</numerusform>
                <numerusform>%n समितियाँ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Two devices changed the same field without seeing each other's change, or changed two fields a rule ties together. A is the value every device shows now, B the one it replaced or met. Keeping either settles the conflict on every device with the next bundles; a choice that would break a rule is not offered.</source>
            <translation>दो उपकरणों ने एक-दूसरे का बदलाव देखे बिना एक ही फ़ील्ड बदला, या ऐसे दो फ़ील्ड बदले जिन्हें एक नियम आपस में जोड़ता है। A वह मान है जो अब हर उपकरण दिखाता है, B वह जिसे इसने बदला या जिससे इसका सामना हुआ। किसी एक को रखने से अगले बंडलों के साथ हर उपकरण पर टकराव सुलझ जाता है; जो विकल्प किसी नियम को तोड़ेगा, वह नहीं दिया जाता।</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>रिकॉर्ड</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>फ़ील्ड</translation>
        </message>
        <message>
            <source>A: shown now</source>
            <translation>A: अभी दिखाया गया</translation>
        </message>
        <message>
            <source>A: written</source>
            <translation>A: लिखा गया</translation>
        </message>
        <message>
            <source>B: replaced</source>
            <translation>B: बदला गया</translation>
        </message>
        <message>
            <source>B: written</source>
            <translation>B: लिखा गया</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>खुले टकराव</translation>
        </message>
        <message>
            <source>The selected conflict and what each choice writes</source>
            <translation>चुना गया टकराव और हर विकल्प क्या लिखता है</translation>
        </message>
        <message>
            <source>Keep &amp;A</source>
            <translation>A रखें (&amp;A)</translation>
        </message>
        <message>
            <source>Keep value A of the selected conflict</source>
            <translation>चुने गए टकराव का मान A रखें</translation>
        </message>
        <message>
            <source>Keep &amp;B</source>
            <translation>B रखें (&amp;B)</translation>
        </message>
        <message>
            <source>Keep value B of the selected conflict</source>
            <translation>चुने गए टकराव का मान B रखें</translation>
        </message>
        <message>
            <source>Conflicts: what was done</source>
            <translation>टकराव: क्या किया गया</translation>
        </message>
        <message>
            <source>{field} (deleted on one device)</source>
            <translation>{field} (एक उपकरण पर हटाया गया)</translation>
        </message>
        <message>
            <source>{field} (B: from a record merged into this one)</source>
            <translation>{field} (B: इसमें विलय किए गए रिकॉर्ड से)</translation>
        </message>
        <message>
            <source>{field} and {other} (a rule ties them)</source>
            <translation>{field} और {other} (एक नियम इन्हें जोड़ता है)</translation>
        </message>
        <message>
            <source>by {device}, {when}</source>
            <translation>{device} द्वारा, {when}</translation>
        </message>
        <message>
            <source>Keep {mark}: writes {values}.</source>
            <translation>{mark} रखें: {values} लिखता है।</translation>
        </message>
        <message>
            <source>Keep {mark}: not offered. {problem}</source>
            <translation>{mark} रखें: उपलब्ध नहीं। {problem}</translation>
        </message>
        <message>
            <source>Settling the conflict…</source>
            <translation>टकराव सुलझाया जा रहा है…</translation>
        </message>
        <message>
            <source>Settled: {value} kept.</source>
            <translation>सुलझ गया: {value} रखा गया।</translation>
        </message>
    </context>
    <context>
        <name>Cooperation</name>
        <message>
            <source>Choose the city whose priority was raised.</source>
            <translation>वह शहर चुनें जिसकी प्राथमिकता उठाई गई।</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>राष्ट्रीय निकाय</translation>
        </message>
        <message>
            <source>Give the day it was raised.</source>
            <translation>वह दिन बताएँ जब इसे उठाया गया।</translation>
        </message>
        <message>
            <source>The day it was raised is in the future.</source>
            <translation>इसे उठाने का दिन भविष्य में है।</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>क्या उठाया गया</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <source>The consultation finding chosen is of another city.</source>
            <translation>चुना गया परामर्श निष्कर्ष किसी दूसरे शहर का है।</translation>
        </message>
        <message>
            <source>The plan action chosen is of another city's plan.</source>
            <translation>चुनी गई योजना कार्रवाई किसी दूसरे शहर की योजना की है।</translation>
        </message>
        <message>
            <source>The meeting chosen was held in another city.</source>
            <translation>चुनी गई बैठक किसी दूसरे शहर में हुई थी।</translation>
        </message>
        <message>
            <source>The support grant chosen is for another city.</source>
            <translation>चुना गया सहायता अनुदान किसी दूसरे शहर के लिए है।</translation>
        </message>
        <message>
            <source>The expert advice chosen was for another city.</source>
            <translation>चुनी गई विशेषज्ञ सलाह किसी दूसरे शहर के लिए थी।</translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>National-local cooperation</source>
            <translation>राष्ट्रीय-स्थानीय सहयोग</translation>
        </message>
        <message>
            <source>Search body, what was raised, outcome…</source>
            <translation>निकाय, उठाया गया मुद्दा, परिणाम खोजें…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>खोजें</translation>
        </message>
        <message>
            <source>&amp;New raising</source>
            <translation>नया मुद्दा (&amp;N)</translation>
        </message>
        <message>
            <source>All national bodies</source>
            <translation>सभी राष्ट्रीय निकाय</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>राष्ट्रीय निकाय</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>सभी स्थितियाँ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>What the list holds</source>
            <translation>सूची में क्या है</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>उठाने की तिथि</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>क्या उठाया गया</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>कहाँ से आया</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>राष्ट्रीय निकायों के समक्ष उठाए गए मुद्दे</translation>
        </message>
        <message>
            <source>Reading what was raised…</source>
            <translation>उठाए गए मुद्दे पढ़े जा रहे हैं…</translation>
        </message>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation>
                <numerusform>राष्ट्रीय निकायों के समक्ष उठाया गया %n मुद्दा</numerusform>
                <numerusform>राष्ट्रीय निकायों के समक्ष उठाए गए %n मुद्दे</numerusform>
            </translation>
        </message>
    </context>
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
            <source>Sri Lanka</source>
            <translation>श्रीलंका</translation>
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
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>All countries</source>
            <translation>सभी देश</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>देश</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>A sign-in sheet has 0 to {most} blank rows; for a larger event, print a second sheet.</source>
            <translation>उपस्थिति पत्रक में 0 से {most} तक खाली पंक्तियाँ हो सकती हैं; बड़े कार्यक्रम के लिए दूसरा पत्रक मुद्रित करें।</translation>
        </message>
        <message>
            <source>The demo's scale is a whole number from 1 to {most}.</source>
            <extracomment>Translators: {most} is the largest demo scale, the number of times the demo's ten cities are repeated.</extracomment>
            <translation>डेमो का पैमाना 1 से {most} तक की कोई पूर्ण संख्या होनी चाहिए।</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>डैशबोर्ड</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>Duplicates not settled</source>
            <translation>अनसुलझी दोहरी प्रविष्टियाँ</translation>
        </message>
        <message>
            <source>Records under review</source>
            <translation>समीक्षाधीन रिकॉर्ड</translation>
        </message>
        <message>
            <source>The programme's work:</source>
            <translation>नेटवर्क का काम:</translation>
        </message>
        <message>
            <source>Open the {page} page</source>
            <translation>{page} पृष्ठ खोलें</translation>
        </message>
        <message>
            <source>Counting the key figures…</source>
            <translation>मुख्य आँकड़े गिने जा रहे हैं…</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>शुरुआत</translation>
        </message>
        <message>
            <source>today</source>
            <translation>आज</translation>
        </message>
        <message>
            <source>all cities</source>
            <translation>सभी शहर</translation>
        </message>
        <message>
            <source>From {start} to {end}, {place}</source>
            <translation>{start} से {end} तक, {place}</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation>
                <numerusform>यहाँ गिनी गई संभावित दोहरी प्रविष्टियों की %n जोड़ी अभी सुलझी नहीं है: कुछ आँकड़ों में कोई व्यक्ति, कार्यक्रम या शहर दो बार गिना जा सकता है। दोहरी प्रविष्टियाँ पृष्ठ पर इनकी सूची है।</numerusform>
                <numerusform>यहाँ गिनी गई संभावित दोहरी प्रविष्टियों की %n जोड़ियाँ अभी सुलझी नहीं हैं: कुछ आँकड़ों में कोई व्यक्ति, कार्यक्रम या शहर दो बार गिना जा सकता है। दोहरी प्रविष्टियाँ पृष्ठ पर इनकी सूची है।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation>
                <numerusform>यहाँ गिना गया %n रिकॉर्ड दो उपकरणों पर बदलाव के बाद एक नियम तोड़ता है और समीक्षा की प्रतीक्षा में है; उसे वर्तमान स्थिति में गिना गया है। समन्वयन पृष्ठ के टकरावों में इसकी सूची है।</numerusform>
                <numerusform>यहाँ गिने गए %n रिकॉर्ड दो उपकरणों पर बदलाव के बाद एक नियम तोड़ते हैं और समीक्षा की प्रतीक्षा में हैं; उन्हें वर्तमान स्थिति में गिना गया है। समन्वयन पृष्ठ के टकरावों में इनकी सूची है।</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}, by group of people</source>
            <translation>{figure}, लोगों के समूह के अनुसार</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <translation>{dimension} के अनुसार</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>गिनती</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The demo fills only an empty store, and this one already holds records: start scdesk with a new data folder to try the demo.</source>
            <translation>डेमो केवल खाली भंडार को भरता है, और इसमें पहले से रिकॉर्ड हैं: डेमो आज़माने के लिए scdesk को नए डेटा फ़ोल्डर के साथ शुरू करें।</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>an unknown device ({id})</source>
            <translation>अज्ञात उपकरण ({id})</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>उपकरण का नाम</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>आपका नाम</translation>
        </message>
        <message>
            <source>Choose the city this officer works in.</source>
            <translation>वह शहर चुनें जिसमें यह अधिकारी काम करते हैं।</translation>
        </message>
        <message>
            <source>The passphrase needs {count} characters or more: a few words will do.</source>
            <translation>पासफ़्रेज़ में कम से कम {count} अक्षर होने चाहिए: कुछ शब्द काफ़ी हैं।</translation>
        </message>
        <message>
            <source>This device is set up already: its role and city change only with scdesk setup --change-role, which says first what that changes.</source>
            <translation>यह उपकरण पहले से तैयार है: इसकी भूमिका और शहर केवल scdesk setup --change-role से बदलते हैं, जो पहले बताता है कि इससे क्या बदलेगा।</translation>
        </message>
        <message>
            <source>A hub does not take another hub's profile.</source>
            <translation>एक केंद्र किसी दूसरे केंद्र का प्रोफ़ाइल नहीं लेता।</translation>
        </message>
        <message>
            <source>This device already has a hub, {name}: revoke it first to take another hub's profile.</source>
            <translation>इस उपकरण का पहले से एक केंद्र है, {name}: किसी दूसरे केंद्र का प्रोफ़ाइल लेने के लिए पहले इसे निरस्त करें।</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Device</source>
            <translation>उपकरण</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>उपयोगकर्ता</translation>
        </message>
        <message>
            <source>State</source>
            <translation>अवस्था</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>पहचान-चिह्न</translation>
        </message>
        <message>
            <source>Last bundle from it</source>
            <translation>इससे आया अंतिम बंडल</translation>
        </message>
        <message>
            <source>Last bundle for it</source>
            <translation>इसके लिए बना अंतिम बंडल</translation>
        </message>
        <message>
            <source>Devices known here</source>
            <translation>यहाँ ज्ञात उपकरण</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>निरस्त करें… (&amp;R)</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>चुना गया उपकरण निरस्त करें</translation>
        </message>
        <message>
            <source>For a lost or stolen device: its bundles are refused from now on.</source>
            <translation>खोए या चोरी हुए उपकरण के लिए: अब से इसके बंडल अस्वीकार किए जाएँगे।</translation>
        </message>
        <message>
            <source>Devices: what was done</source>
            <translation>उपकरण: क्या किया गया</translation>
        </message>
        <message>
            <source>Write the hub &amp;profile…</source>
            <translation>केंद्र का प्रोफ़ाइल लिखें… (&amp;p)</translation>
        </message>
        <message>
            <source>Write the hub profile</source>
            <translation>केंद्र का प्रोफ़ाइल लिखें</translation>
        </message>
        <message>
            <source>The file that introduces this hub to officers' laptops.</source>
            <translation>वह फ़ाइल जो इस केंद्र का परिचय अधिकारियों के लैपटॉप से कराती है।</translation>
        </message>
        <message>
            <source>Import the hub's &amp;profile…</source>
            <translation>केंद्र का प्रोफ़ाइल आयात करें… (&amp;p)</translation>
        </message>
        <message>
            <source>Import the hub's profile</source>
            <translation>केंद्र का प्रोफ़ाइल आयात करें</translation>
        </message>
        <message>
            <source>The file from your hub that lets this laptop exchange bundles with it.</source>
            <translation>आपके केंद्र की वह फ़ाइल जिससे यह लैपटॉप उसके साथ बंडलों का आदान-प्रदान कर पाता है।</translation>
        </message>
        <message>
            <source>Revoke {name}?</source>
            <translation>{name} को निरस्त करें?</translation>
        </message>
        <message>
            <source>Bundles from {name} will be refused from now on.</source>
            <translation>अब से {name} के बंडल अस्वीकार किए जाएँगे।</translation>
        </message>
        <message>
            <source>Revoke it</source>
            <translation>निरस्त करें</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>रहने दें</translation>
        </message>
        <message>
            <source>Do this when a device is lost, stolen or given to someone else. A revoked device cannot be trusted again.</source>
            <translation>ऐसा तब करें जब कोई उपकरण खो जाए, चोरी हो जाए या किसी और को दे दिया जाए। निरस्त उपकरण पर फिर से भरोसा नहीं किया जा सकता।</translation>
        </message>
        <message>
            <source>Revoking…</source>
            <translation>निरस्त किया जा रहा है…</translation>
        </message>
        <message>
            <source>{name} is revoked: its bundles are refused from now on.</source>
            <translation>{name} निरस्त है: अब से इसके बंडल अस्वीकार किए जाएँगे।</translation>
        </message>
        <message>
            <source>Where to write the hub profile</source>
            <translation>केंद्र का प्रोफ़ाइल कहाँ लिखें</translation>
        </message>
        <message>
            <source>Hub profile written to {path}. Import it on each officer's laptop (Sync, Devices) and check the fingerprint it shows.</source>
            <translation>केंद्र का प्रोफ़ाइल {path} में लिखा गया। इसे हर अधिकारी के लैपटॉप पर आयात करें (समन्वयन, उपकरण) और इसका दिखाया गया पहचान-चिह्न जाँचें।</translation>
        </message>
        <message>
            <source>Writing the hub profile…</source>
            <translation>केंद्र का प्रोफ़ाइल लिखा जा रहा है…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>केंद्र का प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile);;All files (*)</source>
            <translation>केंद्र प्रोफ़ाइल (*.scdesk-profile);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>Reading the hub profile…</source>
            <translation>केंद्र का प्रोफ़ाइल पढ़ा जा रहा है…</translation>
        </message>
        <message>
            <source>Importing the hub profile…</source>
            <translation>केंद्र का प्रोफ़ाइल आयात किया जा रहा है…</translation>
        </message>
        <message>
            <source>{hub} is this device's hub. {records} of reference data taken.</source>
            <translation>{hub} इस उपकरण का केंद्र है। संदर्भ डेटा के {records} लिए गए।</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n रिकॉर्ड</numerusform>
                <numerusform>%n रिकॉर्ड</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore unsaved work</source>
            <translation>बिना सहेजा काम वापस लाएँ</translation>
        </message>
        <message>
            <source>scdesk was closed while these forms had changes that were not saved. Restore them to carry on where you were.</source>
            <translation>scdesk तब बंद हुआ जब इन फ़ॉर्मों में ऐसे बदलाव थे जो सहेजे नहीं गए थे। जहाँ आप थे, वहीं से काम जारी रखने के लिए इन्हें वापस लाएँ।</translation>
        </message>
        <message>
            <source>Unsaved forms</source>
            <translation>बिना सहेजे फ़ॉर्म</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>बैठक</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>युवा गतिविधि</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>संगठन</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>&amp;Restore the ticked forms</source>
            <translation>चिह्नित फ़ॉर्म वापस लाएँ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard the ticked forms</source>
            <translation>चिह्नित फ़ॉर्म हटा दें (&amp;D)</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>बाद में तय करें (&amp;l)</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same name in {first} and {second} script</source>
            <translation>{first} और {second} लिपि में एक ही नाम</translation>
        </message>
        <message>
            <source>The lowest score must be from 0 to 100.</source>
            <translation>न्यूनतम अंक 0 से 100 के बीच होने चाहिए।</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>लैटिन</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>उर्दू</translation>
        </message>
        <message>
            <source>Devanagari</source>
            <translation>देवनागरी</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation>बांग्ला</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>तमिल</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>सिंहला</translation>
        </message>
        <message>
            <source>another</source>
            <translation>कोई अन्य</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>एक ही नाम</translation>
        </message>
        <message>
            <source>same name, spelled differently</source>
            <translation>एक ही नाम, अलग वर्तनी</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>मिलता-जुलता नाम</translation>
        </message>
        <message>
            <source>same first name, nothing more to compare in the names</source>
            <translation>एक ही पहला नाम, नामों में तुलना के लिए और कुछ नहीं</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>एक ही जन्म वर्ष</translation>
        </message>
        <message>
            <source>birth years a year apart</source>
            <translation>जन्म वर्षों में एक साल का अंतर</translation>
        </message>
        <message>
            <source>different birth years</source>
            <translation>अलग-अलग जन्म वर्ष</translation>
        </message>
        <message>
            <source>birth year fits the age band</source>
            <translation>जन्म वर्ष आयु वर्ग से मेल खाता है</translation>
        </message>
        <message>
            <source>birth year does not fit the age band</source>
            <translation>जन्म वर्ष आयु वर्ग से मेल नहीं खाता</translation>
        </message>
        <message>
            <source>same age band</source>
            <translation>एक ही आयु वर्ग</translation>
        </message>
        <message>
            <source>age bands far apart</source>
            <translation>आयु वर्गों में बहुत अंतर</translation>
        </message>
        <message>
            <source>different genders</source>
            <translation>अलग-अलग लिंग</translation>
        </message>
        <message>
            <source>same city</source>
            <translation>एक ही शहर</translation>
        </message>
        <message>
            <source>different cities</source>
            <translation>अलग-अलग शहर</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>एक ही फ़ोन नंबर</translation>
        </message>
        <message>
            <source>different phone numbers</source>
            <translation>अलग-अलग फ़ोन नंबर</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>एक ही ई-मेल पता</translation>
        </message>
        <message>
            <source>different e-mail addresses</source>
            <translation>अलग-अलग ई-मेल पते</translation>
        </message>
        <message>
            <source>same organisation</source>
            <translation>एक ही संगठन</translation>
        </message>
        <message>
            <source>different organisations</source>
            <translation>अलग-अलग संगठन</translation>
        </message>
        <message>
            <source>same community</source>
            <translation>एक ही समुदाय</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>एक ही देश</translation>
        </message>
        <message>
            <source>same province</source>
            <translation>एक ही प्रांत</translation>
        </message>
        <message>
            <source>different provinces</source>
            <translation>अलग-अलग प्रांत</translation>
        </message>
        <message>
            <source>same sector</source>
            <translation>एक ही क्षेत्र</translation>
        </message>
        <message>
            <source>different sectors</source>
            <translation>अलग-अलग क्षेत्र</translation>
        </message>
        <message>
            <source>same kind of event</source>
            <translation>एक ही प्रकार का कार्यक्रम</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>एक ही दिन</translation>
        </message>
        <message>
            <source>same starting time</source>
            <translation>एक ही आरंभ समय</translation>
        </message>
        <message>
            <source>different committees</source>
            <translation>अलग-अलग समितियाँ</translation>
        </message>
        <message>
            <source>same title</source>
            <translation>एक ही शीर्षक</translation>
        </message>
        <message>
            <source>similar title</source>
            <translation>मिलता-जुलता शीर्षक</translation>
        </message>
        <message>
            <source>different titles</source>
            <translation>अलग-अलग शीर्षक</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>किसी रिकॉर्ड का उसी के साथ विलय नहीं किया जा सकता।</translation>
        </message>
        <message>
            <source>{first} and {second} are not records of the same kind.</source>
            <translation>{first} और {second} एक ही प्रकार के रिकॉर्ड नहीं हैं।</translation>
        </message>
        <message>
            <source>No person, city, organisation, meeting or activity has the id {id} here.</source>
            <translation>यहाँ {id} आईडी वाला कोई व्यक्ति, शहर, संगठन, बैठक या गतिविधि नहीं है।</translation>
        </message>
        <message>
            <source>{id} was deleted or merged already: it cannot be merged now.</source>
            <translation>{id} पहले ही हटाया या विलय किया जा चुका है: अब इसका विलय नहीं हो सकता।</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Probable duplicates</source>
            <translation>संभावित दोहरी प्रविष्टियाँ</translation>
        </message>
        <message>
            <source>Records that are probably the same person, city, organisation or event, recorded twice. Merging keeps one: everything that named the other names it, and the key figures count them once. Every device does the same with the next bundles.</source>
            <translation>ऐसे रिकॉर्ड जो शायद एक ही व्यक्ति, शहर, संगठन या कार्यक्रम हैं और दो बार दर्ज हुए हैं। विलय करने पर एक रिकॉर्ड रहता है: जो कुछ दूसरे रिकॉर्ड से जुड़ा था, वह इससे जुड़ जाता है, और मुख्य आँकड़े इन्हें एक बार गिनते हैं। अगले बंडलों के साथ हर उपकरण यही करता है।</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>रिकॉर्ड का प्रकार</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>सभी प्रकार</translation>
        </message>
        <message>
            <source>Search &amp;again</source>
            <translation>फिर से खोजें (&amp;a)</translation>
        </message>
        <message>
            <source>How many pairs</source>
            <translation>कितनी जोड़ियाँ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>अंक</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>First</source>
            <translation>पहला</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>दूसरा</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>कारण</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>फ़ील्ड</translation>
        </message>
        <message>
            <source>The selected pair, field by field</source>
            <translation>चुनी गई जोड़ी, हर फ़ील्ड के साथ</translation>
        </message>
        <message>
            <source>Why the selected pair is probably one record</source>
            <translation>चुनी गई जोड़ी शायद एक ही रिकॉर्ड क्यों है</translation>
        </message>
        <message>
            <source>Keep the &amp;first</source>
            <translation>पहला रखें (&amp;f)</translation>
        </message>
        <message>
            <source>Merge the second record into the first</source>
            <translation>दूसरे रिकॉर्ड का पहले में विलय करें</translation>
        </message>
        <message>
            <source>Keep the &amp;second</source>
            <translation>दूसरा रखें (&amp;s)</translation>
        </message>
        <message>
            <source>Merge the first record into the second</source>
            <translation>पहले रिकॉर्ड का दूसरे में विलय करें</translation>
        </message>
        <message>
            <source>&amp;Different records</source>
            <translation>अलग-अलग रिकॉर्ड (&amp;D)</translation>
        </message>
        <message>
            <source>The two records are different</source>
            <translation>दोनों रिकॉर्ड अलग-अलग हैं</translation>
        </message>
        <message>
            <source>Duplicates: what was done</source>
            <translation>दोहरी प्रविष्टियाँ: क्या किया गया</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>दोहरी प्रविष्टियाँ खोजी जा रही हैं…</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation>
                <numerusform>देखने के लिए %n जोड़ी</numerusform>
                <numerusform>देखने के लिए %n जोड़ियाँ</numerusform>
            </translation>
        </message>
        <message>
            <source>Score {score}: {why}.</source>
            <translation>अंक {score}: {why}।</translation>
        </message>
        <message>
            <source>Reading the pair…</source>
            <translation>जोड़ी पढ़ी जा रही है…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>विलय किया जा रहा है…</translation>
        </message>
        <message>
            <source>Merged: {name} kept.</source>
            <translation>विलय हो गया: {name} रखा गया।</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation>
                <numerusform>%n फ़ील्ड अलग था: दूसरा मान समन्वयन पृष्ठ के टकराव टैब पर समीक्षा की प्रतीक्षा में है।</numerusform>
                <numerusform>%n फ़ील्ड अलग थे: दूसरे मान समन्वयन पृष्ठ के टकराव टैब पर समीक्षा की प्रतीक्षा में हैं।</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>सहेजा जा रहा है…</translation>
        </message>
        <message>
            <source>{first} and {second} are different: they are not suggested again.</source>
            <translation>{first} और {second} अलग-अलग हैं: इन्हें फिर से नहीं सुझाया जाएगा।</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This id belongs to another kind of record: check that the file and the column are the right ones.</source>
            <translation>यह आईडी किसी दूसरे प्रकार के रिकॉर्ड की है: जाँचें कि फ़ाइल और कॉलम सही हैं।</translation>
        </message>
        <message>
            <source>This record no longer exists here: it may have been deleted.</source>
            <translation>यह रिकॉर्ड अब यहाँ मौजूद नहीं है: हो सकता है इसे हटा दिया गया हो।</translation>
        </message>
    </context>
    <context>
        <name>EventListPage</name>
        <message>
            <source>All kinds</source>
            <translation>सभी प्रकार</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>कोई भी स्थिति</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
    </context>
    <context>
        <name>EventOptions</name>
        <message>
            <source>Cit&amp;y</source>
            <translation>शहर (&amp;y)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>बैठक (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Youth activity</source>
            <translation>युवा गतिविधि (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Blank rows</source>
            <translation>खाली पंक्तियाँ (&amp;B)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5 से कम की गिनतियाँ छिपाएँ</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>केंद्र से बाहर जाने पर: 5 से कम की गिनतियाँ “&lt;5” के रूप में दिखती हैं</translation>
        </message>
    </context>
    <context>
        <name>ExpertPicker</name>
        <message>
            <source>Add to the expert pool</source>
            <translation>विशेषज्ञ समूह में जोड़ें</translation>
        </message>
        <message>
            <source>Find the person, or record a new one; their record opens for you to give their fields of expertise.</source>
            <translation>व्यक्ति को खोजें, या नया व्यक्ति दर्ज करें; उनका रिकॉर्ड खुलेगा ताकि आप उनकी विशेषज्ञता के क्षेत्र दर्ज कर सकें।</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>{city} is in {its}, not in {country}: ask for the city alone.</source>
            <extracomment>Translators: {city} is a city's name; {its} and {country} are countries' names.</extracomment>
            <translation>{city} {its} में है, {country} में नहीं: केवल शहर चुनें।</translation>
        </message>
    </context>
    <context>
        <name>FiguresOptions</name>
        <message>
            <source>P&amp;eriod</source>
            <translation>अवधि (&amp;e)</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>देश (&amp;u)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>शहर (&amp;y)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5 से कम की गिनतियाँ छिपाएँ</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>केंद्र से बाहर जाने पर: 5 से कम की गिनतियाँ “&lt;5” के रूप में दिखती हैं</translation>
        </message>
        <message>
            <source>One a line; the report adds its own too</source>
            <translation>हर पंक्ति में एक; रिपोर्ट अपनी ओर से भी जोड़ती है</translation>
        </message>
        <message>
            <source>&amp;Highlights</source>
            <translation>मुख्य बातें (&amp;H)</translation>
        </message>
        <message>
            <source>A sentence thanking the funders, printed at the end</source>
            <translation>वित्तदाताओं को धन्यवाद देने वाला एक वाक्य, जो अंत में छपता है</translation>
        </message>
        <message>
            <source>Ac&amp;knowledgement</source>
            <translation>आभार (&amp;k)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{name} is a folder, not a file: choose the file itself.</source>
            <translation>{name} एक फ़ोल्डर है, फ़ाइल नहीं: स्वयं फ़ाइल चुनें।</translation>
        </message>
        <message>
            <source>{name} is not a file saved on the disk (it is a device, a pipe or a socket): choose a file.</source>
            <translation>{name} डिस्क पर सहेजी गई फ़ाइल नहीं है (यह एक उपकरण, पाइप या सॉकेट है): कोई फ़ाइल चुनें।</translation>
        </message>
        <message>
            <source>{name} is not a plain file scdesk may replace (it is a link, a folder or a device): choose another name.</source>
            <translation>{name} ऐसी साधारण फ़ाइल नहीं है जिसे scdesk बदल सके (यह एक लिंक, फ़ोल्डर या उपकरण है): कोई दूसरा नाम चुनें।</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} पढ़ी नहीं जा सकती: {reason}।</translation>
        </message>
        <message>
            <source>{name} was not written: the folder {folder} does not exist.</source>
            <translation>{name} नहीं लिखी गई: फ़ोल्डर {folder} मौजूद नहीं है।</translation>
        </message>
        <message>
            <source>{name} was not written: there is no room left on the disk. Nothing was kept.</source>
            <translation>{name} नहीं लिखी गई: डिस्क पर जगह नहीं बची है। कुछ भी नहीं रखा गया।</translation>
        </message>
        <message>
            <source>{name} was not written: {reason}.</source>
            <translation>{name} नहीं लिखी गई: {reason}।</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>&amp;Open the consultation</source>
            <translation>परामर्श खोलें (&amp;O)</translation>
        </message>
        <message>
            <source>Open the consultation of the selected finding</source>
            <translation>चुने गए निष्कर्ष का परामर्श खोलें</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>&amp;New consultation</source>
            <translation>नया परामर्श (&amp;N)</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>आयोजन की तिथि</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>श्रेणी</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>प्राथमिकता</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>परामर्श</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>कोई भी प्राथमिकता</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>सभी श्रेणियाँ</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (निष्क्रिय)</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n निष्कर्ष</numerusform>
                <numerusform>%n निष्कर्ष</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsTab</name>
        <message>
            <source>What the consultation found, in the meeting's language: short entries, in the order they matter. A priority raised takes a note on what was said.</source>
            <translation>परामर्श में क्या निकला, बैठक की भाषा में: छोटी प्रविष्टियाँ, महत्व के क्रम में। उठाई गई प्राथमिकता के साथ एक टिप्पणी दें कि क्या कहा गया।</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>टिप्पणी</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>प्रविष्टि</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>प्राथमिकता</translation>
        </message>
        <message>
            <source>Priority area</source>
            <translation>प्राथमिकता क्षेत्र</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (निष्क्रिय)</translation>
        </message>
        <message>
            <source>Add a &amp;concern</source>
            <translation>चिंता जोड़ें (&amp;c)</translation>
        </message>
        <message>
            <source>Add a &amp;threat</source>
            <translation>ख़तरा जोड़ें (&amp;t)</translation>
        </message>
        <message>
            <source>Add an &amp;existing approach</source>
            <translation>मौजूदा तरीका जोड़ें (&amp;e)</translation>
        </message>
        <message>
            <source>Add a &amp;resource</source>
            <translation>संसाधन जोड़ें (&amp;r)</translation>
        </message>
        <message>
            <source>Add a &amp;key need</source>
            <translation>मुख्य आवश्यकता जोड़ें (&amp;k)</translation>
        </message>
        <message>
            <source>Add a &amp;priority raised</source>
            <translation>उठाई गई प्राथमिकता जोड़ें (&amp;p)</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>चिंताएँ</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>ख़तरे</translation>
        </message>
        <message>
            <source>Existing approaches</source>
            <translation>मौजूदा तरीके</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>संसाधन</translation>
        </message>
        <message>
            <source>Key needs</source>
            <translation>मुख्य आवश्यकताएँ</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>प्राथमिकताएँ</translation>
        </message>
    </context>
    <context>
        <name>FingerprintQuestion</name>
        <message>
            <source>Trust this device's new keys?</source>
            <translation>क्या इस उपकरण की नई कुंजियों पर भरोसा करें?</translation>
        </message>
        <message>
            <source>{name}, used by {user}, was trusted here with fingerprint {old} and has made new keys.</source>
            <translation>{name} (उपयोगकर्ता: {user}) पर यहाँ पहचान-चिह्न {old} के साथ भरोसा किया गया था, और इसने नई कुंजियाँ बनाई हैं।</translation>
        </message>
        <message>
            <source>Its old key confirmed the new one.</source>
            <translation>इसकी पुरानी कुंजी ने नई कुंजी की पुष्टि की।</translation>
        </message>
        <message>
            <source>Its old key did not confirm the new one (it was lost): check with care.</source>
            <translation>इसकी पुरानी कुंजी ने नई कुंजी की पुष्टि नहीं की (वह खो गई थी): सावधानी से जाँच करें।</translation>
        </message>
        <message>
            <source>Its new fingerprint:</source>
            <translation>इसका नया पहचान-चिह्न:</translation>
        </message>
        <message>
            <source>Trust this hub?</source>
            <translation>क्या इस केंद्र पर भरोसा करें?</translation>
        </message>
        <message>
            <source>Trust this device?</source>
            <translation>क्या इस उपकरण पर भरोसा करें?</translation>
        </message>
        <message>
            <source>This hub profile comes from {name}, used by {user}.</source>
            <translation>यह केंद्र प्रोफ़ाइल {name} (उपयोगकर्ता: {user}) से आया है।</translation>
        </message>
        <message>
            <source>This bundle comes from {name}, used by {user}, a device not yet trusted here.</source>
            <translation>यह बंडल {name} (उपयोगकर्ता: {user}) से आया है; इस उपकरण पर यहाँ अभी भरोसा नहीं किया गया है।</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>इसका पहचान-चिह्न:</translation>
        </message>
        <message>
            <source>Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. Trust it only if it is exactly the same: a bundle from a trusted device is merged into your records.</source>
            <translation>{user} से कहें कि वे {name} पर समन्वयन पृष्ठ खोलें और वहाँ दिखाया गया पहचान-चिह्न पढ़कर सुनाएँ। भरोसा तभी करें जब वह बिल्कुल एक जैसा हो: भरोसेमंद उपकरण से आए बंडल का आपके रिकॉर्ड में विलय किया जाता है।</translation>
        </message>
        <message>
            <source>Trust it: the fingerprints match</source>
            <translation>भरोसा करें: पहचान-चिह्न मेल खाते हैं</translation>
        </message>
        <message>
            <source>Do not trust</source>
            <translation>भरोसा न करें</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>scdesk में आपका स्वागत है</translation>
        </message>
        <message>
            <source>Set up this device once. Records you make here will say which device and which person made them.</source>
            <translation>इस उपकरण को एक बार तैयार करें। यहाँ बनाए गए रिकॉर्ड बताएँगे कि उन्हें किस उपकरण पर और किस व्यक्ति ने बनाया।</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>इंटरफ़ेस की भाषा (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>इंटरफ़ेस की भाषा</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>उपकरण का नाम (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>आपका नाम (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Field officer</source>
            <translation>क्षेत्र अधिकारी (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Hub</source>
            <translation>केंद्र (&amp;H)</translation>
        </message>
        <message>
            <source>This device is used by</source>
            <translation>इस उपकरण का उपयोग करने वाले</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>उपयोगकर्ता</translation>
        </message>
        <message>
            <source>Take the hub's &amp;profile…</source>
            <translation>केंद्र का प्रोफ़ाइल लें… (&amp;p)</translation>
        </message>
        <message>
            <source>Take the hub's profile file</source>
            <translation>केंद्र का प्रोफ़ाइल फ़ाइल लें</translation>
        </message>
        <message>
            <source>(an officer: the file your hub gave you)</source>
            <translation>(अधिकारी के लिए: वह फ़ाइल जो आपके केंद्र ने आपको दी)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>केंद्र</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of records</source>
            <translation>रिकॉर्ड की भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>The new city</source>
            <translation>नया शहर</translation>
        </message>
        <message>
            <source>City &amp;name</source>
            <translation>शहर का नाम (&amp;n)</translation>
        </message>
        <message>
            <source>Name in the &amp;local script</source>
            <translation>स्थानीय लिपि में नाम (&amp;l)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>देश (&amp;o)</translation>
        </message>
        <message>
            <source>Cities already recorded with a similar name</source>
            <translation>मिलते-जुलते नाम वाले पहले से दर्ज शहर</translation>
        </message>
        <message>
            <source>Start using scdesk</source>
            <translation>scdesk का उपयोग शुरू करें</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>बाहर निकलें</translation>
        </message>
        <message>
            <source>A new city…</source>
            <translation>नया शहर…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>केंद्र का प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile)</source>
            <translation>केंद्र प्रोफ़ाइल (*.scdesk-profile)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ़ा जा रहा है…</translation>
        </message>
        <message>
            <source>{hub}'s cities are listed under City.</source>
            <translation>{hub} के शहर "शहर" में सूचीबद्ध हैं।</translation>
        </message>
        <message>
            <source>Already known: {names}. Choose it under City rather than adding it again.</source>
            <translation>पहले से ज्ञात: {names}। इसे दोबारा जोड़ने के बजाय "शहर" में से चुनें।</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>तैयार किया जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>GrantForm</name>
        <message>
            <source>Technical support grant[*]</source>
            <translation>तकनीकी सहायता अनुदान[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>उद्देश्य (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>राशि (&amp;A)</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>मुद्रा (&amp;u)</translation>
        </message>
        <message>
            <source>PKR, LKR, USD…</source>
            <translation>PKR, LKR, USD…</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>स्थिति (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Organisation receiving it</source>
            <translation>राशि पाने वाला संगठन (&amp;O)</translation>
        </message>
        <message>
            <source>Approved &amp;on</source>
            <translation>स्वीकृति की तिथि (&amp;o)</translation>
        </message>
        <message>
            <source>Starts o&amp;n</source>
            <translation>आरंभ तिथि (&amp;n)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>समाप्ति तिथि (&amp;E)</translation>
        </message>
        <message>
            <source>New grant</source>
            <translation>नया अनुदान</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Indicator[*]</source>
            <translation>संकेतक[*]</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>संकेतक</translation>
        </message>
        <message>
            <source>C&amp;ode</source>
            <translation>कोड (&amp;o)</translation>
        </message>
        <message>
            <source>OP1.2</source>
            <translation>OP1.2</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>नाम (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>स्तर (&amp;L)</translation>
        </message>
        <message>
            <source>Counting &amp;rule</source>
            <translation>गिनती का नियम (&amp;r)</translation>
        </message>
        <message>
            <source>&amp;Key figure it follows</source>
            <translation>जिस मुख्य आँकड़े का अनुसरण करता है (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Breakdowns</source>
            <translation>विभाजन (&amp;B)</translation>
        </message>
        <message>
            <source>Base&amp;line</source>
            <translation>आधार रेखा (&amp;l)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>लक्ष्य</translation>
        </message>
        <message>
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>लक्ष्य</translation>
        </message>
        <message>
            <source>For</source>
            <translation>किसके लिए</translation>
        </message>
        <message>
            <source>&amp;Add a target</source>
            <translation>लक्ष्य जोड़ें (&amp;A)</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>सभी शहर</translation>
        </message>
        <message>
            <source>Whole count</source>
            <translation>पूरी गिनती</translation>
        </message>
        <message>
            <source>{breakdown}: {category}</source>
            <translation>{breakdown}: {category}</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>नया संकेतक</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>{code} is not an indicator code such as OP1.2.</source>
            <translation>{code} संकेतक कोड नहीं है; संकेतक कोड इस तरह लिखा जाता है: OP1.2।</translation>
        </message>
        <message>
            <source>{figure} is not a key figure scdesk counts.</source>
            <translation>{figure} ऐसा मुख्य आँकड़ा नहीं है जिसे scdesk गिनता है।</translation>
        </message>
        <message>
            <source>{figure} counts {right}, not {rule}: choose that counting rule.</source>
            <translation>{figure} की गिनती का नियम {right} है, {rule} नहीं: गिनती का यही नियम चुनें।</translation>
        </message>
        <message>
            <source>{names}: not a breakdown scdesk can give.</source>
            <translation>{names}: ऐसा विभाजन नहीं है जो scdesk दे सकता है।</translation>
        </message>
        <message>
            <source>{figure} cannot be broken down by {names}.</source>
            <translation>{figure} का {names} के अनुसार विभाजन नहीं किया जा सकता।</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>आधार रेखा</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>लक्ष्य</translation>
        </message>
        <message>
            <source>Choose the breakdown the category {category} belongs to.</source>
            <translation>वह विभाजन चुनें जिसकी श्रेणी {category} है।</translation>
        </message>
        <message>
            <source>Choose the category of {breakdown} this target is for.</source>
            <translation>{breakdown} की वह श्रेणी चुनें जिसके लिए यह लक्ष्य है।</translation>
        </message>
        <message>
            <source>{category} is not a category of {breakdown}.</source>
            <translation>{category} {breakdown} की श्रेणी नहीं है।</translation>
        </message>
        <message>
            <source>The indicator does not declare the breakdown {breakdown}: declare it or choose another.</source>
            <translation>संकेतक में विभाजन {breakdown} घोषित नहीं है: इसे घोषित करें या कोई दूसरा विभाजन चुनें।</translation>
        </message>
        <message>
            <source>Another target is already set for this period, city and category: change that one.</source>
            <translation>इस अवधि, शहर और श्रेणी के लिए एक और लक्ष्य पहले से तय है: उसी को बदलें।</translation>
        </message>
        <message>
            <source>This target belongs to another indicator: leave its id empty to add it to this one.</source>
            <translation>यह लक्ष्य किसी दूसरे संकेतक का है: इसे इस संकेतक में जोड़ने के लिए इसकी आईडी खाली छोड़ें।</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators and targets</source>
            <translation>संकेतक और लक्ष्य</translation>
        </message>
        <message>
            <source>&amp;New indicator</source>
            <translation>नया संकेतक (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Edit indicator</source>
            <translation>संकेतक संपादित करें (&amp;E)</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>सूचियों में क्या है</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>कोड</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>स्तर</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>गिनती का नियम</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>विभाजन</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>आधार रेखा</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>संकेतक</translation>
        </message>
        <message>
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>लक्ष्य</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>वास्तविक</translation>
        </message>
        <message>
            <source>Targets and actual values</source>
            <translation>लक्ष्य और वास्तविक मान</translation>
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
            <source>Actual value by breakdown</source>
            <translation>विभाजन के अनुसार वास्तविक मान</translation>
        </message>
        <message>
            <source>Counting the indicators…</source>
            <translation>संकेतक गिने जा रहे हैं…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n संकेतक</numerusform>
                <numerusform>%n संकेतक</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an indicator to see its targets and actual values.</source>
            <translation>लक्ष्य और वास्तविक मान देखने के लिए एक संकेतक चुनें।</translation>
        </message>
        <message>
            <source>No indicator yet: add one with New indicator.</source>
            <translation>अभी कोई संकेतक नहीं है: "नया संकेतक" से एक जोड़ें।</translation>
        </message>
        <message>
            <source>{code} {name}: {figure}, target and actual value</source>
            <translation>{code} {name}: {figure}, लक्ष्य और वास्तविक मान</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>सभी शहर</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>other</source>
            <translation>अन्य</translation>
        </message>
        <message>
            <source>civil society</source>
            <translation>नागरिक समाज</translation>
        </message>
        <message>
            <source>police</source>
            <translation>पुलिस</translation>
        </message>
        <message>
            <source>youth</source>
            <translation>युवा</translation>
        </message>
        <message>
            <source>female</source>
            <translation>महिला</translation>
        </message>
        <message>
            <source>male</source>
            <translation>पुरुष</translation>
        </message>
        <message>
            <source>another gender</source>
            <translation>अन्य लिंग</translation>
        </message>
        <message>
            <source>prefer not to say</source>
            <translation>बताना नहीं चाहते</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>15 से कम</translation>
        </message>
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
            <source>religious leader</source>
            <translation>धार्मिक नेता</translation>
        </message>
        <message>
            <source>women's group</source>
            <translation>महिला समूह</translation>
        </message>
        <message>
            <source>displaced person</source>
            <translation>विस्थापित व्यक्ति</translation>
        </message>
        <message>
            <source>refugee</source>
            <translation>शरणार्थी</translation>
        </message>
        <message>
            <source>religious minority</source>
            <translation>धार्मिक अल्पसंख्यक</translation>
        </message>
        <message>
            <source>ethnic minority</source>
            <translation>जातीय अल्पसंख्यक</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>दिव्यांगता</translation>
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
            <source>workshop</source>
            <translation>कार्यशाला</translation>
        </message>
        <message>
            <source>roundtable</source>
            <translation>गोलमेज़ बैठक</translation>
        </message>
        <message>
            <source>training</source>
            <translation>प्रशिक्षण</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>शिखर सम्मेलन</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>युवा गतिविधि</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>दर्ज नहीं</translation>
        </message>
        <message>
            <source>no group recorded</source>
            <translation>कोई समूह दर्ज नहीं</translation>
        </message>
        <message>
            <source>People engaged</source>
            <translation>जुड़े लोग</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged</source>
            <translation>जुड़े महापौर और स्थानीय नेता</translation>
        </message>
        <message>
            <source>Youth reached (under 25)</source>
            <translation>जिन युवाओं तक पहुँचे (25 से कम)</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>आयोजित कार्यक्रम</translation>
        </message>
        <message>
            <source>Member cities</source>
            <translation>सदस्य शहर</translation>
        </message>
        <message>
            <source>Grants awarded</source>
            <translation>दिए गए अनुदान</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>लिंग</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>आयु वर्ग</translation>
        </message>
        <message>
            <source>country</source>
            <translation>देश</translation>
        </message>
        <message>
            <source>city</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>stakeholder type</source>
            <translation>हितधारक का प्रकार</translation>
        </message>
        <message>
            <source>marginalised group</source>
            <translation>हाशिये पर रहने वाला समूह</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>प्रकार</translation>
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
        <name>LanguageChoice</name>
        <message>
            <source>Language of the report</source>
            <translation>रिपोर्ट की भाषा</translation>
        </message>
        <message>
            <source>Its own language</source>
            <translation>उसकी अपनी भाषा</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>अंग्रेज़ी (English)</translation>
        </message>
        <message>
            <source>Urdu (اردو)</source>
            <translation>उर्दू (اردو)</translation>
        </message>
        <message>
            <source>Hindi (हिन्दी)</source>
            <translation>हिन्दी</translation>
        </message>
        <message>
            <source>Nepali (नेपाली)</source>
            <translation>नेपाली (नेपाली)</translation>
        </message>
        <message>
            <source>Tamil (தமிழ்)</source>
            <translation>तमिल (தமிழ்)</translation>
        </message>
        <message>
            <source>Sinhala (සිංහල)</source>
            <translation>सिंहला (සිංහල)</translation>
        </message>
        <message>
            <source>Bengali (বাংলা)</source>
            <translation>बांग्ला (বাংলা)</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Checking the records file…</source>
            <translation>रिकॉर्ड फ़ाइल की जाँच हो रही है…</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>खोजें (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search {what}</source>
            <translation>{what} खोजें</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>खोलें (&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>चुना गया रिकॉर्ड खोलें</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>रद्दी टोकरी में डालें (&amp;t)</translation>
        </message>
        <message>
            <source>Move the selected record to the trash</source>
            <translation>चुना गया रिकॉर्ड रद्दी टोकरी में डालें</translation>
        </message>
        <message>
            <source>Delete key</source>
            <translation>Delete कुंजी</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n रिकॉर्ड</numerusform>
                <numerusform>%n रिकॉर्ड</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ़ा जा रहा है…</translation>
        </message>
        <message>
            <source>Moved to the trash; the Trash page can restore it.</source>
            <translation>रद्दी टोकरी में डाल दिया गया; रद्दी टोकरी पृष्ठ से इसे वापस लाया जा सकता है।</translation>
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation>रद्दी टोकरी में डाला जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>पृष्ठ</translation>
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>रिकॉर्ड खोले जा रहे हैं…</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>समन्वयन की स्थिति</translation>
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
            <translation>डैशबोर्ड</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>बैठकें</translation>
        </message>
        <message>
            <source>Youth activities</source>
            <translation>युवा गतिविधियाँ</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>समितियाँ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>लोग</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>संगठन</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>समन्वयन</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>रिपोर्ट</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>रद्दी टोकरी</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>दोहरी प्रविष्टियाँ</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>सहायता</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>योजनाएँ</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>संकेतक</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>सहयोग</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>फ़ाइल (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New record on this page</source>
            <translation>इस पृष्ठ पर नया रिकॉर्ड (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>सेटिंग्स… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>बाहर निकलें (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>जाएँ (&amp;G)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ़ा जा रहा है…</translation>
        </message>
        <message>
            <source>never exported</source>
            <translation>कभी निर्यात नहीं हुआ</translation>
        </message>
        <message>
            <source>last export {when}</source>
            <translation>अंतिम निर्यात {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation>
                <numerusform>%n बदलाव समन्वयित नहीं हुआ</numerusform>
                <numerusform>%n बदलाव समन्वयित नहीं हुए</numerusform>
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
            <translation>बैठक[*]</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>प्रकार (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>शीर्षक (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>समिति (&amp;o)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>आरंभ (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>समाप्ति (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>स्थान (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>स्थिति (&amp;a)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>सारांश (&amp;u)</translation>
        </message>
        <message>
            <source>Plans that came from this consultation</source>
            <translation>इस परामर्श से बनी योजनाएँ</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>उपस्थिति</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>कार्यसूची</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>कार्रवाइयाँ</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>कार्यवृत्त</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment on the Minutes tab.</source>
            <translation>यह कार्यवृत्त स्वीकृत और बंद है: कोई सुधार कार्यवृत्त टैब पर संशोधन के रूप में दर्ज करें।</translation>
        </message>
        <message>
            <source>Reading the members…</source>
            <translation>सदस्य पढ़े जा रहे हैं…</translation>
        </message>
        <message>
            <source>new</source>
            <translation>नई</translation>
        </message>
        <message>
            <source>Meeting: {title}[*]</source>
            <translation>बैठक: {title}[*]</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>नई बैठक</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>Came into: {links}</source>
            <translation>इनमें शामिल हुआ: {links}</translation>
        </message>
    </context>
    <context>
        <name>MeetingSteps</name>
        <message>
            <source>Circulating the minutes…</source>
            <translation>कार्यवृत्त परिचालित किया जा रहा है…</translation>
        </message>
        <message>
            <source>Returning the minutes to draft…</source>
            <translation>कार्यवृत्त को वापस प्रारूप में बदला जा रहा है…</translation>
        </message>
        <message>
            <source>Approving the minutes…</source>
            <translation>कार्यवृत्त स्वीकृत किया जा रहा है…</translation>
        </message>
        <message>
            <source>Approving the previous minutes…</source>
            <translation>पिछला कार्यवृत्त स्वीकृत किया जा रहा है…</translation>
        </message>
        <message>
            <source>Recording the amendment…</source>
            <translation>संशोधन दर्ज किया जा रहा है…</translation>
        </message>
        <message>
            <source>Opening the action…</source>
            <translation>कार्रवाई खोली जा रही है…</translation>
        </message>
        <message>
            <source>Closing the action…</source>
            <translation>कार्रवाई बंद की जा रही है…</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Choose the city the meeting is in.</source>
            <translation>वह शहर चुनें जिसमें बैठक है।</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Total attendance</source>
            <translation>कुल उपस्थिति</translation>
        </message>
        <message>
            <source>The meeting ends before it starts: check the times.</source>
            <translation>बैठक शुरू होने से पहले ही समाप्त हो रही है: समय जाँचें।</translation>
        </message>
        <message>
            <source>Choose the committee this meeting belongs to.</source>
            <translation>वह समिति चुनें जिसकी यह बैठक है।</translation>
        </message>
        <message>
            <source>A meeting that has not started yet cannot be marked as held.</source>
            <translation>जो बैठक अभी शुरू नहीं हुई, उसे आयोजित के रूप में चिह्नित नहीं किया जा सकता।</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>बिना नाम गिनती</translation>
        </message>
        <message>
            <source>The same gender, age band and group is counted twice.</source>
            <translation>एक ही लिंग, आयु वर्ग और समूह दो बार गिना गया है।</translation>
        </message>
        <message>
            <source>The same person is listed twice in the attendance.</source>
            <translation>एक ही व्यक्ति उपस्थिति में दो बार दर्ज है।</translation>
        </message>
        <message>
            <source>The meeting's secretary signs the minutes and must have been present: give the secretary's role to someone who was.</source>
            <translation>बैठक का सचिव कार्यवृत्त पर हस्ताक्षर करता है, इसलिए उसका उपस्थित होना ज़रूरी है: सचिव की भूमिका किसी उपस्थित व्यक्ति को दें।</translation>
        </message>
        <message>
            <source>A meeting has one secretary: give the secretary's role to one person.</source>
            <translation>एक बैठक का एक ही सचिव होता है: सचिव की भूमिका केवल एक व्यक्ति को दें।</translation>
        </message>
        <message>
            <source>Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to {sum}, not to the stated total of {total}.</source>
            <extracomment>Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.</extracomment>
            <translation>नाम सहित उपस्थित ({named}) और बिना नाम गिने गए ({anonymous}) मिलकर {sum} होते हैं, बताई गई कुल संख्या {total} नहीं।</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>कार्यसूची का विषय</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>चर्चा</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>निर्णय</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्रवाई</translation>
        </message>
        <message>
            <source>The action is due on {due}, before the meeting on {day} that opened it.</source>
            <translation>कार्रवाई की नियत तिथि {due} है, जो उसे खोलने वाली {day} की बैठक से पहले है।</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>संशोधन</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>कारण</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment.</source>
            <translation>यह कार्यवृत्त स्वीकृत और बंद है: कोई सुधार संशोधन के रूप में दर्ज करें।</translation>
        </message>
        <message>
            <source>Only a meeting that was held has minutes to circulate or approve.</source>
            <translation>केवल आयोजित हो चुकी बैठक का कार्यवृत्त परिचालित या स्वीकृत किया जा सकता है।</translation>
        </message>
        <message>
            <source>Minutes are approved by a meeting of the same committee.</source>
            <translation>कार्यवृत्त उसी समिति की बैठक में स्वीकृत होता है।</translation>
        </message>
        <message>
            <source>Minutes are approved by a later meeting.</source>
            <translation>कार्यवृत्त बाद की किसी बैठक में स्वीकृत होता है।</translation>
        </message>
        <message>
            <source>The approving meeting has to be marked as held first.</source>
            <translation>स्वीकृति देने वाली बैठक को पहले आयोजित के रूप में चिह्नित करना होगा।</translation>
        </message>
        <message>
            <source>An action is closed at the meeting that opened it or a later meeting of its committee.</source>
            <translation>कार्रवाई उसे खोलने वाली बैठक में या उसकी समिति की बाद की किसी बैठक में बंद की जाती है।</translation>
        </message>
        <message>
            <source>An action cannot be closed before the meeting that opened it.</source>
            <translation>कार्रवाई उसे खोलने वाली बैठक से पहले बंद नहीं की जा सकती।</translation>
        </message>
        <message>
            <source>Choose the later meeting that approved these minutes.</source>
            <translation>बाद की वह बैठक चुनें जिसने यह कार्यवृत्त स्वीकृत किया।</translation>
        </message>
        <message>
            <source>Give the day the minutes were approved, after the meeting.</source>
            <translation>वह दिन बताएँ जब कार्यवृत्त स्वीकृत हुआ, जो बैठक के बाद का हो।</translation>
        </message>
        <message>
            <source>These minutes are not approved yet: correct them directly instead.</source>
            <translation>यह कार्यवृत्त अभी स्वीकृत नहीं है: इसे सीधे ठीक करें।</translation>
        </message>
        <message>
            <source>A person in the attendance no longer exists here.</source>
            <translation>उपस्थिति में दर्ज एक व्यक्ति अब यहाँ मौजूद नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>बैठकें</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>नई बैठक (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>आरंभ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>कार्यवृत्त</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n बैठक</numerusform>
                <numerusform>%n बैठकें</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>The minutes of this meeting</source>
            <translation>इस बैठक का कार्यवृत्त</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>कार्यवृत्त की स्थिति</translation>
        </message>
        <message>
            <source>Mark as &amp;circulated</source>
            <translation>परिचालित के रूप में चिह्नित करें (&amp;c)</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>वापस प्रारूप में (&amp;d)</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>स्वीकृति की तिथि</translation>
        </message>
        <message>
            <source>&amp;Approve on this day</source>
            <translation>इस दिन स्वीकृत करें (&amp;A)</translation>
        </message>
        <message>
            <source>The minutes of the committee's previous meeting</source>
            <translation>समिति की पिछली बैठक का कार्यवृत्त</translation>
        </message>
        <message>
            <source>Previous minutes</source>
            <translation>पिछला कार्यवृत्त</translation>
        </message>
        <message>
            <source>Approve those minutes at &amp;this meeting</source>
            <translation>वह कार्यवृत्त इस बैठक में स्वीकृत करें (&amp;t)</translation>
        </message>
        <message>
            <source>Amendments to the approved minutes</source>
            <translation>स्वीकृत कार्यवृत्त में संशोधन</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>संशोधन</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>सुधार</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>कारण</translation>
        </message>
        <message>
            <source>Record the a&amp;mendment</source>
            <translation>संशोधन दर्ज करें (&amp;m)</translation>
        </message>
        <message>
            <source>Save the meeting to circulate and approve its minutes.</source>
            <translation>कार्यवृत्त परिचालित और स्वीकृत करने के लिए बैठक सहेजें।</translation>
        </message>
        <message>
            <source>Minutes: {status}.</source>
            <translation>कार्यवृत्त: {status}।</translation>
        </message>
        <message>
            <source>Circulated on {day}.</source>
            <translation>{day} को परिचालित।</translation>
        </message>
        <message>
            <source>Approved at “{title}” on {day}; they are locked.</source>
            <translation>“{title}” में {day} को स्वीकृत; यह बंद है।</translation>
        </message>
        <message>
            <source>Approved on {day}; they are locked.</source>
            <translation>{day} को स्वीकृत; यह बंद है।</translation>
        </message>
        <message>
            <source>Mark the meeting as held to circulate its minutes.</source>
            <translation>कार्यवृत्त परिचालित करने के लिए बैठक को आयोजित के रूप में चिह्नित करें।</translation>
        </message>
        <message>
            <source>This is the committee's first meeting.</source>
            <translation>यह समिति की पहली बैठक है।</translation>
        </message>
        <message>
            <source>“{title}” on {day}: minutes {status}.</source>
            <translation>{day} की “{title}”: कार्यवृत्त {status}।</translation>
        </message>
        <message>
            <source>Mark this meeting as held to approve them here.</source>
            <translation>इसे यहाँ स्वीकृत करने के लिए इस बैठक को आयोजित के रूप में चिह्नित करें।</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>जनवरी</translation>
        </message>
        <message>
            <source>February</source>
            <translation>फ़रवरी</translation>
        </message>
        <message>
            <source>March</source>
            <translation>मार्च</translation>
        </message>
        <message>
            <source>April</source>
            <translation>अप्रैल</translation>
        </message>
        <message>
            <source>May</source>
            <translation>मई</translation>
        </message>
        <message>
            <source>June</source>
            <translation>जून</translation>
        </message>
        <message>
            <source>July</source>
            <translation>जुलाई</translation>
        </message>
        <message>
            <source>August</source>
            <translation>अगस्त</translation>
        </message>
        <message>
            <source>September</source>
            <translation>सितंबर</translation>
        </message>
        <message>
            <source>October</source>
            <translation>अक्तूबर</translation>
        </message>
        <message>
            <source>November</source>
            <translation>नवंबर</translation>
        </message>
        <message>
            <source>December</source>
            <translation>दिसंबर</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>scdesk</source>
            <translation>scdesk</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>यह नहीं हो सका</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved.</source>
            <translation>कुछ गड़बड़ हो गई। आधा-अधूरा कुछ भी सहेजा नहीं गया।</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved. The details are in {path}; please send that file to your support person.</source>
            <translation>कुछ गड़बड़ हो गई। आधा-अधूरा कुछ भी सहेजा नहीं गया। विवरण {path} में है; कृपया वह फ़ाइल अपने सहायता देने वाले व्यक्ति को भेजें।</translation>
        </message>
        <message>
            <source>scdesk: unexpected error</source>
            <translation>scdesk: अनपेक्षित त्रुटि</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>अनपेक्षित त्रुटि</translation>
        </message>
    </context>
    <context>
        <name>Options</name>
        <message>
            <source>Reading the choices…</source>
            <translation>विकल्प पढ़े जा रहे हैं…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>Organisation[*]</source>
            <translation>संगठन[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>नाम (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>क्षेत्र (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>नया संगठन</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Organisations</source>
            <translation>संगठन</translation>
        </message>
        <message>
            <source>&amp;New organisation</source>
            <translation>नया संगठन (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>सभी क्षेत्र</translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n संगठन</numerusform>
                <numerusform>%n संगठन</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>Paper size</source>
            <translation>काग़ज़ का आकार</translation>
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
            <translation>भाग लेने वाले समुदाय</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>Add a &amp;community</source>
            <translation>समुदाय जोड़ें (&amp;c)</translation>
        </message>
        <message>
            <source>Anonymous participants</source>
            <translation>बिना नाम के प्रतिभागी</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिंग</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>आयु वर्ग</translation>
        </message>
        <message>
            <source>People</source>
            <translation>लोग</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>बिना नाम गिनती जोड़ें (&amp;h)</translation>
        </message>
        <message>
            <source>Everyone who took part</source>
            <translation>भाग लेने वाले सभी लोग</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>भाग लिया</translation>
        </message>
        <message>
            <source>{registered} registered + {anonymous} counted = {total}</source>
            <translation>{registered} पंजीकृत + {anonymous} गिने गए = {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>कोई रिपोर्ट चुनें और "पूर्वावलोकन" दबाएँ।</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>पूर्वावलोकन की स्थिति</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>ज़ूम</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>चौड़ाई में फ़िट करें</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>पूरा पृष्ठ</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>इस रूप में सहेजें… (&amp;a)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>इस रूप में सहेजें</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>मुद्रित करें… (&amp;P)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>मुद्रित करें</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>रिपोर्ट का पूर्वावलोकन</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>रिपोर्ट तैयार की जा रही है…</translation>
        </message>
        <message>
            <source>The report could not be shown.</source>
            <translation>रिपोर्ट दिखाई नहीं जा सकी।</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation>
                <numerusform>तैयार: %n पृष्ठ</numerusform>
                <numerusform>तैयार: %n पृष्ठ</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF दस्तावेज़ (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>{path} के रूप में सहेजा गया</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>मुद्रित किया जा रहा है…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation>
                <numerusform>%n पृष्ठ प्रिंटर को भेजा गया</numerusform>
                <numerusform>%n पृष्ठ प्रिंटर को भेजे गए</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>रिपोर्ट सहेजें</translation>
        </message>
        <message>
            <source>The printer could not be started: check that it is on and connected.</source>
            <translation>प्रिंटर शुरू नहीं हो सका: जाँचें कि वह चालू और जुड़ा हुआ है।</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>पद</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ई-मेल</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>विशेषज्ञता</translation>
        </message>
        <message>
            <source>The birth year {year} is not possible.</source>
            <translation>जन्म वर्ष {year} संभव नहीं है।</translation>
        </message>
        <message>
            <source>The age band does not match the birth year {year}.</source>
            <translation>आयु वर्ग जन्म वर्ष {year} से मेल नहीं खाता।</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address.</source>
            <translation>{email} ई-मेल पता नहीं है।</translation>
        </message>
        <message>
            <source>{phone} is not a phone number: use digits, spaces and +.</source>
            <translation>{phone} फ़ोन नंबर नहीं है: अंक, रिक्त स्थान और + का उपयोग करें।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a phone number.</source>
            <translation>18 वर्ष से कम आयु के व्यक्ति का फ़ोन नंबर दर्ज नहीं किया जाता।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an e-mail address.</source>
            <translation>18 वर्ष से कम आयु के व्यक्ति का ई-मेल पता दर्ज नहीं किया जाता।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a title.</source>
            <translation>18 वर्ष से कम आयु के व्यक्ति का पद दर्ज नहीं किया जाता।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an organisation.</source>
            <translation>18 वर्ष से कम आयु के व्यक्ति का संगठन दर्ज नहीं किया जाता।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded with an age band, not a birth year.</source>
            <translation>18 वर्ष से कम आयु के व्यक्ति का जन्म वर्ष नहीं, आयु वर्ग दर्ज किया जाता है।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without fields of expertise.</source>
            <translation>18 वर्ष से कम आयु के व्यक्ति के विशेषज्ञता के क्षेत्र दर्ज नहीं किए जाते।</translation>
        </message>
        <message>
            <source>A person under 18 needs the consent of a parent or guardian.</source>
            <translation>18 वर्ष से कम आयु के व्यक्ति के लिए माता-पिता या अभिभावक की सहमति आवश्यक है।</translation>
        </message>
        <message>
            <source>Record the person's consent to take part before saving them.</source>
            <translation>व्यक्ति को सहेजने से पहले भाग लेने की उनकी सहमति दर्ज करें।</translation>
        </message>
        <message>
            <source>Say who gave consent: the person or a parent or guardian.</source>
            <translation>बताएँ कि सहमति किसने दी: व्यक्ति ने स्वयं, या माता-पिता या अभिभावक ने।</translation>
        </message>
        <message>
            <source>Say how consent was given: orally or in writing.</source>
            <translation>बताएँ कि सहमति कैसे दी गई: मौखिक रूप से या लिखित रूप में।</translation>
        </message>
        <message>
            <source>Give the date of consent.</source>
            <translation>सहमति की तिथि दें।</translation>
        </message>
        <message>
            <source>The date of consent is in the future.</source>
            <translation>सहमति की तिथि भविष्य में है।</translation>
        </message>
        <message>
            <source>The date consent was withdrawn is in the future.</source>
            <translation>सहमति वापस लेने की तिथि भविष्य में है।</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the day it was given.</source>
            <translation>सहमति देने के दिन से पहले उसे वापस नहीं लिया जा सकता।</translation>
        </message>
        <message>
            <source>{name} has withdrawn consent and cannot be recorded here.</source>
            <translation>{name} ने सहमति वापस ले ली है और उन्हें यहाँ दर्ज नहीं किया जा सकता।</translation>
        </message>
        <message>
            <source>{name} was under 18 on the day: remove their phone number and e-mail first.</source>
            <translation>उस दिन {name} की आयु 18 वर्ष से कम थी: पहले उनका फ़ोन नंबर और ई-मेल हटाएँ।</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>लोग</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>नया व्यक्ति (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिंग</translation>
        </message>
        <message>
            <source>Born / age</source>
            <translation>जन्म / आयु</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>संगठन</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>सभी प्रकार</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n व्यक्ति</numerusform>
                <numerusform>%n व्यक्ति</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePart</name>
        <message>
            <source>Coaches and facilitators</source>
            <translation>प्रशिक्षक और सहजकर्ता</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <source>Registered participants</source>
            <translation>पंजीकृत प्रतिभागी</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <source>to</source>
            <translation>से</translation>
        </message>
    </context>
    <context>
        <name>PersonChoiceField</name>
        <message>
            <source>Clear</source>
            <translation>साफ़ करें</translation>
        </message>
        <message>
            <source>Clear the person chosen</source>
            <translation>चुना गया व्यक्ति हटाएँ</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>कोई नहीं चुना गया</translation>
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name to find a person</source>
            <translation>व्यक्ति खोजने के लिए नाम लिखें</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>व्यक्ति खोजें</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>जोड़ें</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>मिला हुआ व्यक्ति जोड़ें</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>नया व्यक्ति…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translation>नया व्यक्ति दर्ज करें</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>मिले हुए लोग</translation>
        </message>
        <message>
            <source>Type a name, or pick from the expert pool</source>
            <translation>नाम लिखें, या विशेषज्ञ समूह में से चुनें</translation>
        </message>
        <message>
            <source>Finding people…</source>
            <translation>लोग खोजे जा रहे हैं…</translation>
        </message>
        <message>
            <source>{person} (expert pool)</source>
            <translation>{person} (विशेषज्ञ समूह)</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Person[*]</source>
            <translation>व्यक्ति[*]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>कौन</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>नाम (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>लिंग (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>जन्म वर्ष (&amp;B)</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>ज्ञात नहीं</translation>
        </message>
        <message>
            <source>&amp;Age band</source>
            <translation>आयु वर्ग (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>प्रकार (&amp;T)</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>पद (&amp;i)</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>संगठन (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>Co&amp;mmunity</source>
            <translation>समुदाय (&amp;m)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>फ़ोन (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>ई-मेल (&amp;E)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>समूह</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>सहमति</translation>
        </message>
        <message>
            <source>Takes part</source>
            <translation>भागीदारी</translation>
        </message>
        <message>
            <source>Consents to take part</source>
            <translation>भाग लेने के लिए सहमत</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>फ़ोटो</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>डेटा</translation>
        </message>
        <message>
            <source>Sharing data</source>
            <translation>डेटा साझा करना</translation>
        </message>
        <message>
            <source>Given &amp;by</source>
            <translation>किसने दी (&amp;b)</translation>
        </message>
        <message>
            <source>Given &amp;how</source>
            <translation>कैसे दी (&amp;h)</translation>
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation>कब दी (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>वापस लेने की तिथि (&amp;W)</translation>
        </message>
        <message>
            <source>Hub's expert pool</source>
            <translation>केंद्र का विशेषज्ञ समूह</translation>
        </message>
        <message>
            <source>E&amp;xpertise</source>
            <translation>विशेषज्ञता (&amp;x)</translation>
        </message>
        <message>
            <source>youth work, planning…</source>
            <translation>युवाओं के साथ काम, योजना-निर्माण…</translation>
        </message>
        <message>
            <source>Fields of expertise, separated by commas; a person with none is not in the hub's expert pool.</source>
            <translation>विशेषज्ञता के क्षेत्र, अल्पविराम से अलग करके; जिस व्यक्ति का कोई क्षेत्र दर्ज न हो, वह केंद्र के विशेषज्ञ समूह में नहीं है।</translation>
        </message>
        <message>
            <source>new</source>
            <translation>नया</translation>
        </message>
        <message>
            <source>Person: {name}[*]</source>
            <translation>व्यक्ति: {name}[*]</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>नया व्यक्ति</translation>
        </message>
    </context>
    <context>
        <name>PlanForms</name>
        <message>
            <source>The consultations it came from (double-click one to open it)</source>
            <translation>जिन परामर्शों से यह बना (किसी एक को खोलने के लिए उस पर डबल-क्लिक करें)</translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message>
            <source>&amp;Title</source>
            <translation>शीर्षक (&amp;T)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>सारांश (&amp;u)</translation>
        </message>
        <message>
            <source>&amp;Review on</source>
            <translation>समीक्षा की तिथि (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Finding</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>A priority the hub added is one of the other priorities: choose the priority area Other for it.</source>
            <translation>केंद्र द्वारा जोड़ी गई प्राथमिकता अन्य प्राथमिकताओं में से एक है: इसके लिए प्राथमिकता क्षेत्र "अन्य प्राथमिकता" चुनें।</translation>
        </message>
        <message>
            <source>Only a consultation has findings: choose the kind Consultation or remove the findings.</source>
            <translation>निष्कर्ष केवल परामर्श के होते हैं: प्रकार "परामर्श" चुनें या निष्कर्ष हटाएँ।</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Give the date it was adopted.</source>
            <translation>अंगीकार करने की तिथि दें।</translation>
        </message>
        <message>
            <source>The review date comes after the date it was adopted.</source>
            <translation>समीक्षा की तिथि अंगीकार करने की तिथि के बाद आती है।</translation>
        </message>
        <message>
            <source>The date it was adopted is in the future.</source>
            <translation>अंगीकार करने की तिथि भविष्य में है।</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <source>Affected communities</source>
            <translation>प्रभावित समुदाय</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्रवाई</translation>
        </message>
        <message>
            <source>The objective belongs to another plan.</source>
            <translation>यह उद्देश्य किसी दूसरी योजना का है।</translation>
        </message>
        <message>
            <source>This finding belongs to another consultation: leave its id empty to add it to this one.</source>
            <translation>यह निष्कर्ष किसी दूसरे परामर्श का है: इसे इस परामर्श में जोड़ने के लिए इसकी आईडी खाली छोड़ें।</translation>
        </message>
        <message>
            <source>The plan and its risk profile belong to different cities.</source>
            <translation>योजना और उसका जोखिम प्रोफ़ाइल अलग-अलग शहरों के हैं।</translation>
        </message>
        <message>
            <source>The city has an adopted version already: add this one as a draft, then adopt it.</source>
            <translation>इस शहर का एक अंगीकृत संस्करण पहले से है: इसे प्रारूप के रूप में जोड़ें, फिर अंगीकार करें।</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: start a new version to change it.</source>
            <translation>यह संस्करण अंगीकृत या प्रतिस्थापित है: इसे बदलने के लिए नया संस्करण शुरू करें।</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: it is kept as it was; start a new version on the Plans page to change it.</source>
            <translation>यह संस्करण अंगीकृत या प्रतिस्थापित है: इसे जैसा था वैसा ही रखा गया है; इसे बदलने के लिए योजनाएँ पृष्ठ पर नया संस्करण शुरू करें।</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>Risk profiles and prevention plans</source>
            <translation>जोखिम प्रोफ़ाइल और रोकथाम योजनाएँ</translation>
        </message>
        <message>
            <source>Cities and their versions</source>
            <translation>शहर और उनके संस्करण</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>Threats and factors of the version chosen</source>
            <translation>चुने गए संस्करण के ख़तरे और कारक</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>ख़तरा या कारक</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>संभावना</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>प्रभाव</translation>
        </message>
        <message>
            <source>Reading the plans…</source>
            <translation>योजनाएँ पढ़ी जा रही हैं…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <source>v{number} {status}</source>
            <translation>सं. {number} {status}</translation>
        </message>
        <message>
            <source>No city yet.</source>
            <translation>अभी कोई शहर नहीं।</translation>
        </message>
        <message>
            <source>Reading the risk profile…</source>
            <translation>जोखिम प्रोफ़ाइल पढ़ा जा रहा है…</translation>
        </message>
        <message>
            <source>Adopting…</source>
            <translation>अंगीकार किया जा रहा है…</translation>
        </message>
        <message>
            <source>Starting a new version…</source>
            <translation>नया संस्करण शुरू किया जा रहा है…</translation>
        </message>
        <message>
            <source>Risk profile of {city}</source>
            <translation>{city} का जोखिम प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>Prevention plan of {city}</source>
            <translation>{city} की रोकथाम योजना</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>शुरू किया जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>PreventionPlanForm</name>
        <message>
            <source>Prevention plan[*]</source>
            <translation>रोकथाम योजना[*]</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>योजना (&amp;P)</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation>उद्देश्य जोड़ें (&amp;o)</translation>
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation>उद्देश्य (&amp;b)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्रवाई</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ज़िम्मेदार</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>आरंभ</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>नियत तिथि</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>कार्रवाई जोड़ें (&amp;a)</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>कार्रवाइयाँ (&amp;A)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>जिन परामर्शों से यह योजना बनी</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>परामर्श (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <source>Only the hub adds or changes priorities: ask the hub to add this one.</source>
            <translation>प्राथमिकताएँ केवल केंद्र जोड़ता या बदलता है: केंद्र से यह प्राथमिकता जोड़ने के लिए कहें।</translation>
        </message>
        <message>
            <source>The priority chosen is not one the hub has added.</source>
            <translation>चुनी गई प्राथमिकता केंद्र द्वारा जोड़ी गई प्राथमिकताओं में से नहीं है।</translation>
        </message>
        <message>
            <source>The hub has retired this priority: choose another for a new finding.</source>
            <translation>केंद्र ने यह प्राथमिकता निष्क्रिय कर दी है: नए निष्कर्ष के लिए कोई दूसरी प्राथमिकता चुनें।</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesPanel</name>
        <message>
            <source>Priorities the hub added</source>
            <translation>केंद्र द्वारा जोड़ी गई प्राथमिकताएँ</translation>
        </message>
        <message>
            <source>Name of the priority</source>
            <translation>प्राथमिकता का नाम</translation>
        </message>
        <message>
            <source>Description of the priority</source>
            <translation>प्राथमिकता का विवरण</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>नाम (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>विवरण (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>जोड़ें (&amp;A)</translation>
        </message>
        <message>
            <source>Add a priority</source>
            <translation>प्राथमिकता जोड़ें</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>बदलाव सहेजें (&amp;c)</translation>
        </message>
        <message>
            <source>Save the changes to the selected priority</source>
            <translation>चुनी गई प्राथमिकता में किए गए बदलाव सहेजें</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>निष्क्रिय करें (&amp;R)</translation>
        </message>
        <message>
            <source>Only the hub adds, changes or retires priorities; they reach this device when it imports the hub's bundle.</source>
            <translation>प्राथमिकताएँ केवल केंद्र जोड़ता, बदलता या निष्क्रिय करता है; ये इस उपकरण तक तब पहुँचती हैं जब यह केंद्र का बंडल आयात करता है।</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ़ा जा रहा है…</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (निष्क्रिय)</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>वापस लाएँ (&amp;B)</translation>
        </message>
        <message>
            <source>Offer the selected priority again</source>
            <translation>चुनी गई प्राथमिकता फिर से उपलब्ध कराएँ</translation>
        </message>
        <message>
            <source>Retire the selected priority: old findings keep it</source>
            <translation>चुनी गई प्राथमिकता निष्क्रिय करें: पुराने निष्कर्षों में यह बनी रहेगी</translation>
        </message>
        <message>
            <source>Priority added.</source>
            <translation>प्राथमिकता जोड़ी गई।</translation>
        </message>
        <message>
            <source>Priority saved.</source>
            <translation>प्राथमिकता सहेजी गई।</translation>
        </message>
        <message>
            <source>Priority brought back.</source>
            <translation>प्राथमिकता वापस लाई गई।</translation>
        </message>
        <message>
            <source>Priority retired.</source>
            <translation>प्राथमिकता निष्क्रिय की गई।</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>सहेजा जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>ProblemLabel</name>
        <message>
            <source>Problem</source>
            <translation>समस्या</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ठीक है</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>हाँ (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>नहीं (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>RaisingForm</name>
        <message>
            <source>Raised with a national body[*]</source>
            <translation>राष्ट्रीय निकाय के समक्ष उठाया गया[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>शहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;National body</source>
            <translation>राष्ट्रीय निकाय (&amp;N)</translation>
        </message>
        <message>
            <source>A ministry, a national commission…</source>
            <translation>कोई मंत्रालय, कोई राष्ट्रीय आयोग…</translation>
        </message>
        <message>
            <source>&amp;Raised on</source>
            <translation>उठाने की तिथि (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;What was raised</source>
            <translation>क्या उठाया गया (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>स्थिति (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Outcome so far</source>
            <translation>अब तक का परिणाम (&amp;O)</translation>
        </message>
        <message>
            <source>Came &amp;from</source>
            <translation>कहाँ से आया (&amp;f)</translation>
        </message>
        <message>
            <source>— nothing recorded here</source>
            <translation>— यहाँ कुछ दर्ज नहीं</translation>
        </message>
        <message>
            <source>New raising with a national body</source>
            <translation>राष्ट्रीय निकाय के समक्ष उठाया गया नया मुद्दा</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>&amp;Save</source>
            <translation>सहेजें (&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>सहेजें</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>सहेजें (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Opening the form…</source>
            <translation>फ़ॉर्म खोला जा रहा है…</translation>
        </message>
        <message>
            <source>Changes typed on {when} were not saved.</source>
            <translation>{when} को लिखे गए बदलाव सहेजे नहीं गए।</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>इन्हें वापस लाएँ</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>इन्हें हटा दें</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>सहेजा जा रहा है…</translation>
        </message>
        <message>
            <source>This form has changes that are not saved.</source>
            <translation>इस फ़ॉर्म में ऐसे बदलाव हैं जो सहेजे नहीं गए हैं।</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>सहेजें और बंद करें</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>बदलाव हटा दें</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>संपादन जारी रखें</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>This record was merged into another one: it cannot come back.</source>
            <translation>इस रिकॉर्ड का किसी दूसरे रिकॉर्ड में विलय हो चुका है: यह वापस नहीं आ सकता।</translation>
        </message>
        <message>
            <source>This kind of record cannot be deleted.</source>
            <translation>इस प्रकार का रिकॉर्ड हटाया नहीं जा सकता।</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Language</source>
            <translation>भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>काग़ज़ का आकार (&amp;z)</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Minutes</source>
            <translation>कार्यवृत्त</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>उपस्थिति पत्रक</translation>
        </message>
        <message>
            <source>Activity report</source>
            <translation>गतिविधि रिपोर्ट</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>मुख्य आँकड़े</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>लक्ष्य के मुकाबले संकेतक</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>कार्रवाई अनुवर्तन सूची</translation>
        </message>
        <message>
            <source>City risk profile and plan</source>
            <translation>शहर का जोखिम प्रोफ़ाइल और योजना</translation>
        </message>
        <message>
            <source>Tables as CSV files (zip)</source>
            <translation>CSV फ़ाइलों के रूप में तालिकाएँ (zip)</translation>
        </message>
        <message>
            <source>Tables as an XLSX workbook</source>
            <translation>XLSX वर्कबुक के रूप में तालिकाएँ</translation>
        </message>
        <message>
            <source>Sign-in sheet for a meeting</source>
            <translation>बैठक के लिए उपस्थिति पत्रक</translation>
        </message>
        <message>
            <source>Sign-in sheet for a youth activity</source>
            <translation>युवा गतिविधि के लिए उपस्थिति पत्रक</translation>
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation>बैठक का कार्यवृत्त</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>युवा गतिविधि रिपोर्ट</translation>
        </message>
    </context>
    <context>
        <name>ReportRequests</name>
        <message>
            <source>Choose a meeting or a youth activity.</source>
            <translation>कोई बैठक या युवा गतिविधि चुनें।</translation>
        </message>
        <message>
            <source>Choose a city.</source>
            <translation>कोई शहर चुनें।</translation>
        </message>
        <message>
            <source>Choose a meeting.</source>
            <translation>कोई बैठक चुनें।</translation>
        </message>
        <message>
            <source>Choose a youth activity.</source>
            <translation>कोई युवा गतिविधि चुनें।</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Chair</source>
            <translation>अध्यक्ष</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>सचिव</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>पर्यवेक्षक</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>प्रतिभागी</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>वक्ता</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>सहजकर्ता</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>अतिथि</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>प्रशिक्षक</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>सहजकर्ता</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>नियोजित</translation>
        </message>
        <message>
            <source>held</source>
            <translation>आयोजित</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>रद्द</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>प्रारूप</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>परिचालित</translation>
        </message>
        <message>
            <source>open</source>
            <translation>लंबित</translation>
        </message>
        <message>
            <source>done</source>
            <translation>पूरी</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>छोड़ी गई</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>समय सीमा पार</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>आगे बढ़ाई गई</translation>
        </message>
        <message>
            <source>sports</source>
            <translation>खेल</translation>
        </message>
        <message>
            <source>arts</source>
            <translation>कला</translation>
        </message>
        <message>
            <source>dialogue</source>
            <translation>संवाद</translation>
        </message>
        <message>
            <source>training</source>
            <translation>प्रशिक्षण</translation>
        </message>
        <message>
            <source>other activity</source>
            <translation>अन्य गतिविधि</translation>
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
            <source>adopted</source>
            <translation>अंगीकृत</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>प्रतिस्थापित</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>ख़तरा</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>जोखिम कारक</translation>
        </message>
        <message>
            <source>protective factor</source>
            <translation>सुरक्षात्मक कारक</translation>
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
            <source>high</source>
            <translation>उच्च</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>प्रगति पर</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>विलंबित</translation>
        </message>
        <message>
            <source>output</source>
            <translation>उत्पाद</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>परिणाम</translation>
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
            <source>member cities, each counted once</source>
            <translation>सदस्य शहर, हर एक एक बार गिना गया</translation>
        </message>
        <message>
            <source>grants, cancelled ones left out</source>
            <translation>अनुदान, रद्द किए गए छोड़कर</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>प्रस्तावित</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>स्वीकृत</translation>
        </message>
        <message>
            <source>disbursed</source>
            <translation>वितरित</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>पूर्ण</translation>
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
            <source>Youth activity report</source>
            <translation>युवा गतिविधि रिपोर्ट</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>भागीदारी</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>लिंग के अनुसार</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिंग</translation>
        </message>
        <message>
            <source>By age band</source>
            <translation>आयु वर्ग के अनुसार</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>आयु वर्ग</translation>
        </message>
        <message>
            <source>By community</source>
            <translation>समुदाय के अनुसार</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>People</source>
            <translation>लोग</translation>
        </message>
        <message>
            <source>By age band and gender</source>
            <translation>आयु वर्ग और लिंग के अनुसार</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणियाँ</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <extracomment>Translators: {start} and {end} are dates in words.
----------
Translators: {start} and {end} are times of day such as 10:00 and 12:00.</extracomment>
            <translation>{start} से {end} तक</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>गतिविधि का प्रकार</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>तिथियाँ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Coaches and facilitators</source>
            <translation>प्रशिक्षक और सहजकर्ता</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Communities taking part</source>
            <translation>भाग लेने वाले समुदाय</translation>
        </message>
        <message>
            <source>Sessions ({count})</source>
            <extracomment>Translators: {count} is a number of sessions.</extracomment>
            <translation>सत्र ({count})</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>कोई सत्र दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>तिथि</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>People who took part: {total}.</source>
            <translation>भाग लेने वाले लोग: {total}।</translation>
        </message>
        <message>
            <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>नाम से पंजीकृत: {named}; बिना नाम गिने गए: {anonymous}; कुल: {total}।</translation>
        </message>
        <message>
            <source>City plan</source>
            <translation>शहर की योजना</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>No risk profile is recorded for this city.</source>
            <translation>इस शहर का कोई जोखिम प्रोफ़ाइल दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>प्रभावित समुदाय</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>संभावना</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>प्रभाव</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>No prevention plan is recorded for this city.</source>
            <translation>इस शहर की कोई रोकथाम योजना दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>कार्रवाइयाँ</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्रवाई</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ज़िम्मेदार</translation>
        </message>
        <message>
            <source>From</source>
            <translation>आरंभ</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>नियत तिथि</translation>
        </message>
        <message>
            <source>No actions are planned yet.</source>
            <translation>अभी कोई कार्रवाई नियोजित नहीं है।</translation>
        </message>
        <message>
            <source>Version {number}, {status}</source>
            <extracomment>Translators: {number} is the version's number; {status} draft, adopted or superseded.</extracomment>
            <translation>संस्करण {number}, {status}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>संस्करण</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>अंगीकार करने की तिथि</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>समीक्षा की तिथि</translation>
        </message>
        <message>
            <source>Drawn from</source>
            <translation>आधार</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>पृष्ठ {page} / {pages}</translation>
        </message>
        <message>
            <source>Printed from scdesk on {date}</source>
            <extracomment>Translators: {date} is the day the report was printed, in words.</extracomment>
            <translation>scdesk से {date} को मुद्रित</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your language writes dates.</extracomment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>छिपाया गया</translation>
        </message>
        <message>
            <source>Counts from 1 to 4 are shown as &lt;5, and a count that would reveal one as hidden.</source>
            <translation>1 से 4 तक की गिनती &lt;5 दिखाई गई है, और जो गिनती उनमें से किसी को उजागर कर दे उसे छिपाया गया दिखाया गया है।</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n व्यक्ति</numerusform>
                <numerusform>%n लोगों</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n कार्यक्रम</numerusform>
                <numerusform>%n कार्यक्रमों</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n शहर</numerusform>
                <numerusform>%n शहरों</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committee meeting(s)</source>
            <translation>
                <numerusform>%n समिति बैठक</numerusform>
                <numerusform>%n समिति बैठकें</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consultation(s)</source>
            <translation>
                <numerusform>%n परामर्श</numerusform>
                <numerusform>%n परामर्श</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n कार्यशाला</numerusform>
                <numerusform>%n कार्यशालाएँ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roundtable(s)</source>
            <translation>
                <numerusform>%n गोलमेज़ बैठक</numerusform>
                <numerusform>%n गोलमेज़ बैठकें</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training session(s)</source>
            <translation>
                <numerusform>%n प्रशिक्षण सत्र</numerusform>
                <numerusform>%n प्रशिक्षण सत्र</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summit(s)</source>
            <translation>
                <numerusform>%n शिखर सम्मेलन</numerusform>
                <numerusform>%n शिखर सम्मेलन</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other event(s)</source>
            <translation>
                <numerusform>%n अन्य कार्यक्रम</numerusform>
                <numerusform>%n अन्य कार्यक्रम</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n youth activity(s)</source>
            <translation>
                <numerusform>%n युवा गतिविधि</numerusform>
                <numerusform>%n युवा गतिविधियाँ</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} took part in {events} held in {cities}.</source>
            <extracomment>Translators: {people}, {events} and {cities} are counted phrases such as "14 people", "3 events" and "1 city".</extracomment>
            <translation>{people} ने {cities} में आयोजित {events} में भाग लिया।</translation>
        </message>
        <message>
            <source>The events were {kinds}.</source>
            <extracomment>Translators: {kinds} lists events by kind: "3 workshops, 2 consultations".</extracomment>
            <translation>कार्यक्रमों में {kinds} शामिल थे।</translation>
        </message>
        <message numerus="yes">
            <source>%n of them were women and girls ({share}%).</source>
            <extracomment>Translators: {share} is a percentage of the people engaged.</extracomment>
            <translation>
                <numerusform>इनमें से %n महिला या लड़की थी ({share}%)।</numerusform>
                <numerusform>इनमें से %n महिलाएँ और लड़कियाँ थीं ({share}%)।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n young people under 25 were reached.</source>
            <translation>
                <numerusform>25 से कम उम्र के %n युवा तक पहुँच बनी।</numerusform>
                <numerusform>25 से कम उम्र के %n युवाओं तक पहुँच बनी।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mayors and local leaders took part.</source>
            <translation>
                <numerusform>%n महापौर या स्थानीय नेता ने भाग लिया।</numerusform>
                <numerusform>%n महापौरों और स्थानीय नेताओं ने भाग लिया।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cities joined the network in the period.</source>
            <translation>
                <numerusform>इस अवधि में %n शहर नेटवर्क से जुड़ा।</numerusform>
                <numerusform>इस अवधि में %n शहर नेटवर्क से जुड़े।</numerusform>
            </translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>संकेतक</translation>
        </message>
        <message>
            <source>All member cities</source>
            <translation>सभी सदस्य शहर</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>No indicators are recorded.</source>
            <translation>कोई संकेतक दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>स्तर</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>गिनती का नियम</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>मुख्य आँकड़ा</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>विभाजन</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>आधार रेखा</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>लक्ष्य</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>वास्तविक</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>लक्ष्य का अंश</translation>
        </message>
        <message>
            <source>Actual against target</source>
            <translation>लक्ष्य के मुकाबले वास्तविक</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <extracomment>Translators: {dimension} is a breakdown such as "gender" or "age band".</extracomment>
            <translation>{dimension} के अनुसार</translation>
        </message>
        <message>
            <source>Period and city</source>
            <translation>अवधि और शहर</translation>
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
            <source>How the actual values were counted</source>
            <translation>वास्तविक मान कैसे गिने गए</translation>
        </message>
        <message>
            <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
            <translation>वास्तविक मान कभी हाथ से नहीं भरे जाते: वे रिकॉर्ड से उन्हीं नियमों से गिने जाते हैं जिनसे मुख्य आँकड़े, हर लक्ष्य की अपनी अवधि और शहर के लिए। लक्ष्य एक अवधि और एक शहर के लिए, या सभी सदस्य शहरों के लिए तय होता है; विभाजन दिखाते हैं कि वास्तविक मान कैसे बँटता है।</translation>
        </message>
        <message>
            <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
            <translation>लक्ष्य किसी घोषित विभाजन की एक श्रेणी, जैसे महिलाएँ या युवा, के लिए भी तय किया जा सकता है। दिए गए अनुदान दी गई सहायता के अनुदान हैं, रद्द किए गए छोड़कर।</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>मुख्य आँकड़े</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>मुख्य बातें</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>Translators: {name} names a note on the figures ("Probable duplicates"), {text} is the note.</extracomment>
            <translation>{name}: {text}</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>सभी अभिलेख</translation>
        </message>
        <message>
            <source>the first records</source>
            <translation>पहले अभिलेख</translation>
        </message>
        <message>
            <source>today</source>
            <translation>आज</translation>
        </message>
        <message>
            <source>For internal use only: no counts are suppressed.</source>
            <translation>केवल आंतरिक उपयोग के लिए: कोई गिनती छिपाई नहीं गई है।</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>गिनती</translation>
        </message>
        <message>
            <source>{count} not settled yet: a person, event or city may be counted twice.</source>
            <translation>{count} अभी तय नहीं हुईं: कोई व्यक्ति, कार्यक्रम या शहर दो बार गिना जा सकता है।</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>संभावित दोहरी प्रविष्टियाँ</translation>
        </message>
        <message>
            <source>To protect the people counted, people who withdrew their consent were left out and counts from 1 to 4 are shown as &lt;5. Where such a count could be worked out by subtracting the others from the total, the next smallest count is shown as hidden: it may be 5 or more. Zeros are shown.</source>
            <translation>गिने गए लोगों की सुरक्षा के लिए, अपनी सहमति वापस लेने वाले लोगों को शामिल नहीं किया गया, और 1 से 4 तक की गिनती &lt;5 दिखाई गई है। जहाँ ऐसी गिनती कुल में से बाकी घटाकर निकाली जा सकती थी, वहाँ अगली सबसे छोटी गिनती को छिपाया गया दिखाया गया है: वह 5 या उससे अधिक हो सकती है। शून्य दिखाए गए हैं।</translation>
        </message>
        <message>
            <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
            <translation>{count} रिकॉर्ड दो उपकरणों पर एक साथ बदले गए और समीक्षा की प्रतीक्षा में हैं; उन्हें वर्तमान स्थिति में गिना गया है।</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>समीक्षाधीन</translation>
        </message>
        <message>
            <source>{figure}: {total}</source>
            <extracomment>Translators: {figure} is the name of a key figure, {total} its count.</extracomment>
            <translation>{figure}: {total}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>कुल</translation>
        </message>
        <message>
            <source>How each figure was counted</source>
            <translation>हर आँकड़ा कैसे गिना गया</translation>
        </message>
        <message>
            <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
            <translation>आयोजित कार्यक्रम: हर प्रकार की वे बैठकें जो आयोजित के रूप में दर्ज हैं और इस अवधि में शुरू हुईं, और वे युवा गतिविधियाँ जो आयोजित के रूप में दर्ज हैं और जिनकी तिथियाँ इस अवधि से मेल खाती हैं। नियोजित, रद्द और हटाए गए कार्यक्रम नहीं गिने जाते।</translation>
        </message>
        <message>
            <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
            <translation>जुड़े लोग: उन बैठकों में उपस्थित, उन गतिविधियों के लिए पंजीकृत या उनमें प्रशिक्षण देने वाले अलग-अलग लोग, और बिना नाम गिने गए लोग। हर व्यक्ति एक ही बार गिना जाता है, चाहे वह कितने भी कार्यक्रमों में आया हो और उसे किसी भी उपकरण पर दर्ज किया गया हो। पूर्व सूचना देकर अनुपस्थिति, अनुपस्थिति और निमंत्रण नहीं गिने जाते।</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
            <translation>जुड़े महापौर और स्थानीय नेता: जुड़े लोगों में से वे, जो महापौर या स्थानीय नेता के रूप में दर्ज हैं।</translation>
        </message>
        <message>
            <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
            <translation>पहुँचे युवा: जुड़े लोगों में से वे, जिनकी आयु इस अवधि में अपने अंतिम कार्यक्रम के समय 25 वर्ष से कम थी, और 25 से कम के आयु वर्गों में बिना नाम गिने गए लोग।</translation>
        </message>
        <message>
            <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
            <translation>सदस्य शहर: वे शहर जो सदस्य के रूप में दर्ज हैं और अवधि के अंत तक नेटवर्क से जुड़ चुके थे, या जिनके जुड़ने की तिथि दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
            <translation>हर व्यक्ति हर विभाजन के एक खाने में गिना जाता है: अपने लिंग और प्रकार में, अपने अंतिम कार्यक्रम के समय के आयु वर्ग में, और अपने शहर (या उस कार्यक्रम के शहर) में। एक व्यक्ति कई हाशिये के समूहों से जुड़ा हो सकता है, इसलिए उस विभाजन का जोड़ कुल से अधिक हो सकता है।</translation>
        </message>
        <message>
            <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
            <translation>दी गई सहायता: वे अनुदान जिनकी तिथियाँ, शुरुआत (या स्वीकृति) से अंत तक, इस अवधि से मेल खाती हैं, और इस अवधि में दी गई विशेषज्ञ सलाह। राशियाँ हर मुद्रा में अलग जोड़ी जाती हैं, बदले बिना।</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>कार्यवृत्त</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>अगली बैठक</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>प्रारूप</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>बैठक का प्रकार</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>समय</translation>
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
            <source>Draft minutes, circulated on {date}; not yet approved.</source>
            <translation>कार्यवृत्त का प्रारूप, {date} को परिचालित; अभी स्वीकृत नहीं।</translation>
        </message>
        <message>
            <source>Draft minutes: not yet circulated or approved.</source>
            <translation>कार्यवृत्त का प्रारूप: अभी न परिचालित, न स्वीकृत।</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>उपस्थिति</translation>
        </message>
        <message>
            <source>Present ({count})</source>
            <translation>उपस्थित ({count})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <source>Organisation or title</source>
            <translation>संगठन या पद</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>पूर्व सूचना देकर अनुपस्थित</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>अनुपस्थित</translation>
        </message>
        <message>
            <source>Not named here, at their request: {count}.</source>
            <translation>उनके अनुरोध पर यहाँ नाम नहीं दिए गए: {count}।</translation>
        </message>
        <message>
            <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
            <translation>इस समिति का कोई कोरम दर्ज नहीं है; इसके {members} मतदाता सदस्यों में से {present} उपस्थित थे।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
            <translation>कोरम: {quorum} मतदाता सदस्य। {members} में से {present} उपस्थित थे, इसलिए कोरम पूरा था।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
            <translation>कोरम: {quorum} मतदाता सदस्य। {members} में से केवल {present} उपस्थित थे, इसलिए कोरम पूरा नहीं हुआ और बैठक के निर्णयों की पुष्टि आवश्यक है।</translation>
        </message>
        <message>
            <source>Counted without names</source>
            <translation>बिना नाम गिने गए</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>समूह</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>आयु दर्ज नहीं</translation>
        </message>
        <message>
            <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>नाम सहित उपस्थित: {named}; बिना नाम गिने गए: {anonymous}; कुल: {total}।</translation>
        </message>
        <message>
            <source>Minutes of the previous meeting</source>
            <translation>पिछली बैठक का कार्यवृत्त</translation>
        </message>
        <message>
            <source>No earlier minutes were approved at this meeting.</source>
            <translation>इस बैठक में किसी पिछले कार्यवृत्त की पुष्टि नहीं हुई।</translation>
        </message>
        <message>
            <source>The minutes of the meeting of {date} were approved as a true record.</source>
            <translation>{date} की बैठक के कार्यवृत्त की सही अभिलेख के रूप में पुष्टि की गई।</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>कार्यसूची और चर्चा</translation>
        </message>
        <message>
            <source>No agenda items were recorded.</source>
            <translation>कार्यसूची का कोई विषय दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>Presented by {name}</source>
            <translation>प्रस्तुतकर्ता: {name}</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>चर्चा</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>निर्णय</translation>
        </message>
        <message>
            <source>No actions were agreed or carried over.</source>
            <translation>कोई कार्रवाई न तय हुई, न आगे बढ़ाई गई।</translation>
        </message>
        <message>
            <source>(agreed on {date})</source>
            <extracomment>Translators: {date} is the day of the earlier meeting that agreed the action.</extracomment>
            <translation>({date} को तय)</translation>
        </message>
        <message>
            <source>The date of the next meeting is not yet set.</source>
            <translation>अगली बैठक की तिथि अभी तय नहीं है।</translation>
        </message>
        <message>
            <source>{date} at {time}, {venue}.</source>
            <translation>{date}, {time} बजे, {venue}।</translation>
        </message>
        <message>
            <source>Amendments since approval</source>
            <translation>स्वीकृति के बाद के संशोधन</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>कोई नहीं।</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>संशोधन</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>कारण</translation>
        </message>
        <message>
            <source>Agreed at the meeting of</source>
            <translation>जिस बैठक में स्वीकृत</translation>
        </message>
        <message>
            <source>No chair was recorded as present.</source>
            <translation>कोई अध्यक्ष उपस्थित दर्ज नहीं है।</translation>
        </message>
        <message>
            <source>No secretary was recorded as present.</source>
            <translation>कोई सचिव उपस्थित दर्ज नहीं है।</translation>
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
            <source>(not named)</source>
            <translation>(नाम नहीं दिया गया)</translation>
        </message>
        <message>
            <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
            <translation>कृपया अपना नाम लिखें, अपने लिंग और आयु वर्ग पर सही का निशान लगाएँ, और हस्ताक्षर करें। "मैं भाग लेने के लिए सहमत हूँ" पर निशान लगाने का अर्थ है कि आप अपनी उपस्थिति दर्ज किए जाने के लिए सहमत हैं; "फ़ोटो" का अर्थ है कि आप तस्वीरों में आ सकते हैं। 18 वर्ष से कम आयु के किसी भी व्यक्ति के लिए माता-पिता या अभिभावक निशान लगाएँ और हस्ताक्षर करें।</translation>
        </message>
        <message>
            <source>I agree to take part</source>
            <translation>मैं भाग लेने के लिए सहमत हूँ</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>फ़ोटो</translation>
        </message>
        <message>
            <source>Role, organisation or community</source>
            <translation>भूमिका, संगठन या समुदाय</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>सहमति</translation>
        </message>
        <message>
            <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
            <translation>बिना नाम गिनती (बड़े कार्यक्रमों के लिए): महिलाएँ {blank}, पुरुष {blank}, अन्य {blank}; कुल {blank}।</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>उपस्थिति पत्रक</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>कार्यक्रम का प्रकार</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>दी गई सहायता</translation>
        </message>
        <message>
            <source>No support was given in this period.</source>
            <translation>इस अवधि में कोई सहायता नहीं दी गई।</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>मुद्रा</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>अनुदान</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>राशि</translation>
        </message>
        <message>
            <source>Total, cancelled grants left out</source>
            <translation>कुल, रद्द अनुदान छोड़कर</translation>
        </message>
        <message>
            <source>Technical support grants</source>
            <translation>तकनीकी सहायता अनुदान</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>दी गई सलाह</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>विशेषज्ञ सलाह</translation>
        </message>
        <message>
            <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
            <translation>इस अवधि में हुए परामर्शों में राष्ट्रीय-स्थानीय सहयोग पर उठे निष्कर्ष।</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>National-local cooperation</source>
            <translation>राष्ट्रीय-स्थानीय सहयोग</translation>
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
            <source>Raised with national bodies</source>
            <translation>राष्ट्रीय निकायों के समक्ष उठाए गए मुद्दे</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>कार्रवाई अनुवर्तन सूची</translation>
        </message>
        <message>
            <source>open on {date}</source>
            <extracomment>Translators: {date} is today's date in words.</extracomment>
            <translation>{date} को लंबित</translation>
        </message>
        <message>
            <source>Open actions: {open}, of which overdue: {overdue}.</source>
            <translation>लंबित कार्रवाइयाँ: {open}, जिनमें से समय सीमा पार: {overdue}।</translation>
        </message>
        <message>
            <source>No actions are open.</source>
            <translation>कोई कार्रवाई लंबित नहीं है।</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>तय होने की तिथि</translation>
        </message>
        <message>
            <source>{title} (plan version {number})</source>
            <extracomment>Translators: {title} is the prevention plan's title, {number} its version.</extracomment>
            <translation>{title} (योजना संस्करण {number})</translation>
        </message>
        <message>
            <source>Meetings outside a committee</source>
            <translation>समिति से बाहर की बैठकें</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>%n दिन की देरी</numerusform>
                <numerusform>%n दिन की देरी</numerusform>
            </translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>सभी समितियाँ</translation>
        </message>
        <message>
            <source>Reports are printed in {languages}; {language} is not one of them.</source>
            <translation>रिपोर्ट {languages} में छपती हैं; {language} उनमें शामिल नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>ReportsButton</name>
        <message>
            <source>&amp;Reports</source>
            <translation>रिपोर्ट (&amp;R)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>रिपोर्ट</translation>
        </message>
        <message>
            <source>Preview, print or save this record's reports, as last saved</source>
            <translation>इस रिकॉर्ड की रिपोर्टों का, जैसा वह अंतिम बार सहेजा गया, पूर्वावलोकन करें, उन्हें मुद्रित करें या सहेजें</translation>
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
            <translation>रिपोर्ट</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>रिपोर्ट (&amp;R)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>रिपोर्ट</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>काग़ज़ का आकार (&amp;z)</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>पूर्वावलोकन (&amp;v)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>पूर्वावलोकन</translation>
        </message>
        <message>
            <source>&amp;Save the tables…</source>
            <translation>तालिकाएँ सहेजें… (&amp;S)</translation>
        </message>
        <message>
            <source>Save the tables</source>
            <translation>तालिकाएँ सहेजें</translation>
        </message>
        <message>
            <source>Reports status</source>
            <translation>रिपोर्ट की स्थिति</translation>
        </message>
        <message>
            <source>Zip archives of CSV files (*.zip)</source>
            <translation>CSV फ़ाइलों के zip संग्रह (*.zip)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel वर्कबुक (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the tables…</source>
            <translation>तालिकाएँ लिखी जा रही हैं…</translation>
        </message>
        <message>
            <source>The tables were saved as {path}</source>
            <translation>तालिकाएँ {path} के रूप में सहेजी गईं</translation>
        </message>
    </context>
    <context>
        <name>RiskMatrix</name>
        <message>
            <source>Likelihood and impact matrix</source>
            <translation>संभावना और प्रभाव तालिका</translation>
        </message>
        <message>
            <source>likelihood {likelihood}, impact {impact}: {count}</source>
            <translation>संभावना {likelihood}, प्रभाव {impact}: {count}</translation>
        </message>
        <message>
            <source>No threat or risk factor is rated yet.</source>
            <translation>अभी किसी ख़तरे या जोखिम कारक का आकलन नहीं हुआ है।</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>संभावना</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>प्रभाव</translation>
        </message>
    </context>
    <context>
        <name>RiskProfileForm</name>
        <message>
            <source>Risk profile[*]</source>
            <translation>जोखिम प्रोफ़ाइल[*]</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>प्रोफ़ाइल (&amp;P)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>ख़तरा या कारक</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>प्रभावित समुदाय</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>संभावना</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>प्रभाव</translation>
        </message>
        <message>
            <source>Add a &amp;threat or factor</source>
            <translation>ख़तरा या कारक जोड़ें (&amp;t)</translation>
        </message>
        <message>
            <source>&amp;Factors</source>
            <translation>कारक (&amp;F)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>जिन परामर्शों से यह प्रोफ़ाइल बना</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>परामर्श (&amp;C)</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>जोखिम प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम प्रोफ़ाइल</translation>
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Remove row {n}</source>
            <translation>पंक्ति {n} हटाएँ</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>ऊपर</translation>
        </message>
        <message>
            <source>Move row {n} up</source>
            <translation>पंक्ति {n} ऊपर ले जाएँ</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>नीचे</translation>
        </message>
        <message>
            <source>Move row {n} down</source>
            <translation>पंक्ति {n} नीचे ले जाएँ</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>{day} is not a date a period can have: choose one between {earliest} and {latest}.</source>
            <translation>{day} ऐसी तिथि नहीं है जो किसी अवधि में हो सकती है: {earliest} और {latest} के बीच की कोई तिथि चुनें।</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} आवश्यक है।</translation>
        </message>
        <message>
            <source>{label} is too long: at most {limit} characters.</source>
            <translation>{label} बहुत लंबा है: अधिकतम {limit} अक्षर।</translation>
        </message>
        <message>
            <source>The end date ({end}) is before the start date ({start}).</source>
            <translation>समाप्ति तिथि ({end}) आरंभ तिथि ({start}) से पहले है।</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} ऋणात्मक नहीं हो सकता।</translation>
        </message>
        <message>
            <source>{value} is not a language code such as {codes}.</source>
            <extracomment>Translators: {codes} lists language codes, such as "en, ur, hi".</extracomment>
            <translation>{value} भाषा कोड नहीं है; भाषा कोड इस तरह के होते हैं: {codes}।</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>इंटरफ़ेस की भाषा (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>इंटरफ़ेस की भाषा</translation>
        </message>
        <message>
            <source>Records keep the language they are written in. The window opens again in the language chosen, on the page it shows; open forms are kept as drafts and offered back.</source>
            <translation>रिकॉर्ड उसी भाषा में रहते हैं जिसमें वे लिखे गए हैं। विंडो चुनी गई भाषा में उसी पृष्ठ पर फिर से खुलती है; खुले फ़ॉर्म प्रारूप के रूप में रखे जाते हैं और फिर से दिए जाते हैं।</translation>
        </message>
    </context>
    <context>
        <name>SheetsOptions</name>
        <message>
            <source>De-identified: people appear by stable codes, without names or contact details; people who withdrew consent, or did not consent to the use of their data, are left out.</source>
            <translation>पहचान हटाई गई: लोग स्थायी कोड से दिखते हैं, नाम या संपर्क विवरण के बिना; जिन लोगों ने सहमति वापस ले ली, या अपने डेटा के उपयोग की सहमति नहीं दी, उन्हें छोड़ दिया गया है।</translation>
        </message>
        <message>
            <source>&amp;Include personal data</source>
            <translation>व्यक्तिगत डेटा शामिल करें (&amp;I)</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>व्यक्तिगत डेटा शामिल करें</translation>
        </message>
        <message>
            <source>Names, birth years and contact details</source>
            <translation>नाम, जन्म वर्ष और संपर्क विवरण</translation>
        </message>
        <message>
            <source>Include personal data?</source>
            <translation>क्या व्यक्तिगत डेटा शामिल करें?</translation>
        </message>
        <message>
            <source>The tables will hold the names, birth years and contact details of the people recorded. Keep the file safe, share it only with those who need it, and delete it when you are done.

Include personal data?</source>
            <translation>तालिकाओं में दर्ज लोगों के नाम, जन्म वर्ष और संपर्क विवरण होंगे। फ़ाइल को सुरक्षित रखें, इसे केवल उन्हीं के साथ साझा करें जिन्हें इसकी ज़रूरत है, और काम पूरा होने पर इसे मिटा दें।

क्या व्यक्तिगत डेटा शामिल करें?</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was saved.</source>
            <translation>डिस्क भर गई है: कुछ जगह खाली करें, फिर दोबारा कोशिश करें। कुछ भी सहेजा नहीं गया।</translation>
        </message>
        <message>
            <source>The records file is damaged: restore it from a backup (scdesk check tells how).</source>
            <translation>रिकॉर्ड फ़ाइल क्षतिग्रस्त है: इसे बैकअप से पुनर्स्थापित करें (scdesk check इसका तरीका बताता है)।</translation>
        </message>
        <message>
            <source>This file is not an scdesk records file, or it is damaged beyond reading.</source>
            <translation>यह फ़ाइल scdesk की रिकॉर्ड फ़ाइल नहीं है, या इतनी क्षतिग्रस्त है कि पढ़ी नहीं जा सकती।</translation>
        </message>
        <message>
            <source>The records are in use by another scdesk window or program: close it and try again.</source>
            <translation>रिकॉर्ड किसी दूसरी scdesk विंडो या प्रोग्राम में उपयोग में हैं: उसे बंद करें और दोबारा कोशिश करें।</translation>
        </message>
        <message>
            <source>A backup could not be written to {folder}: {reason}</source>
            <translation>{folder} में बैकअप नहीं लिखा जा सका: {reason}</translation>
        </message>
        <message>
            <source>The records file cannot be written (it is read-only): check the folder.</source>
            <translation>रिकॉर्ड फ़ाइल में लिखा नहीं जा सकता (यह केवल पढ़ने के लिए है): फ़ोल्डर जाँचें।</translation>
        </message>
        <message>
            <source>The disk could not be read or written: check the drive, then try again.</source>
            <translation>डिस्क से पढ़ा या उस पर लिखा नहीं जा सका: ड्राइव जाँचें, फिर दोबारा कोशिश करें।</translation>
        </message>
        <message>
            <source>The records file cannot be opened: check that its folder exists and is yours.</source>
            <translation>रिकॉर्ड फ़ाइल खोली नहीं जा सकती: जाँचें कि उसका फ़ोल्डर मौजूद है और आपका है।</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write it as postgresql://user:password@server/database.</source>
            <translation>{url} PostgreSQL पता नहीं है: इसे postgresql://user:password@server/database के रूप में लिखें।</translation>
        </message>
        <message>
            <source>The backup before {reason} failed, so nothing was changed: {error}</source>
            <translation>{reason} से पहले का बैकअप विफल रहा, इसलिए कुछ भी नहीं बदला गया: {error}</translation>
        </message>
        <message>
            <source>The database server at {address} cannot be reached or refused the login ({reason}): check that it is running and that the address, user and password are right.</source>
            <translation>{address} पर डेटाबेस सर्वर तक पहुँचा नहीं जा सकता या उसने लॉगिन अस्वीकार कर दिया ({reason}): जाँचें कि वह चल रहा है और पता, उपयोगकर्ता और पासवर्ड सही हैं।</translation>
        </message>
        <message>
            <source>pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's client programs (on Debian, postgresql-client).</source>
            <translation>pg_dump नहीं मिला, और हर विलय से पहले बैकअप लिया जाता है: PostgreSQL के क्लाइंट प्रोग्राम इंस्टॉल करें (Debian पर postgresql-client)।</translation>
        </message>
        <message>
            <source>These records were saved by a newer version of scdesk: install that version to open them. Nothing was changed.</source>
            <translation>ये रिकॉर्ड scdesk के नए संस्करण से सहेजे गए थे: इन्हें खोलने के लिए वह संस्करण इंस्टॉल करें। कुछ भी नहीं बदला गया।</translation>
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <source>Choose the city the grant supports.</source>
            <translation>वह शहर चुनें जिसे यह अनुदान मिलता है।</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>राशि शून्य से अधिक होनी चाहिए।</translation>
        </message>
        <message>
            <source>Type the currency code, such as USD, EUR or PKR.</source>
            <translation>मुद्रा कोड लिखें, जैसे USD, EUR या PKR।</translation>
        </message>
        <message>
            <source>{currency} is not a currency code such as USD, EUR or PKR.</source>
            <translation>{currency} मुद्रा कोड नहीं है; मुद्रा कोड इस तरह के होते हैं: USD, EUR या PKR।</translation>
        </message>
        <message>
            <source>Choose the city the advice was for.</source>
            <translation>वह शहर चुनें जिसके लिए सलाह दी गई।</translation>
        </message>
        <message>
            <source>Choose the expert who gave it.</source>
            <translation>वह विशेषज्ञ चुनें जिसने सलाह दी।</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणियाँ</translation>
        </message>
        <message>
            <source>{name} is not in the expert pool: record their fields of expertise on their person record first.</source>
            <translation>{name} विशेषज्ञ समूह में नहीं हैं: पहले उनके रिकॉर्ड में उनकी विशेषज्ञता के क्षेत्र दर्ज करें।</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Support given</source>
            <translation>दी गई सहायता</translation>
        </message>
        <message>
            <source>New &amp;grant</source>
            <translation>नया अनुदान (&amp;g)</translation>
        </message>
        <message>
            <source>New expert &amp;advice</source>
            <translation>नई विशेषज्ञ सलाह (&amp;a)</translation>
        </message>
        <message>
            <source>Add to the expert &amp;pool…</source>
            <translation>विशेषज्ञ समूह में जोड़ें… (&amp;p)</translation>
        </message>
        <message>
            <source>All grant statuses</source>
            <translation>अनुदान की सभी स्थितियाँ</translation>
        </message>
        <message>
            <source>Grant status</source>
            <translation>अनुदान की स्थिति</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>सूचियों में क्या है</translation>
        </message>
        <message>
            <source>City</source>
            <translation>शहर</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>उद्देश्य</translation>
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
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>संगठन</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>अनुदान</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>कुल राशि</translation>
        </message>
        <message>
            <source>Totals by city, status and currency</source>
            <translation>शहर, स्थिति और मुद्रा के अनुसार योग</translation>
        </message>
        <message>
            <source>Totals by city, status and currency (never converted)</source>
            <translation>शहर, स्थिति और मुद्रा के अनुसार योग (मुद्रा कभी बदली नहीं जाती)</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>विशेषज्ञ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>विशेषज्ञ सलाह</translation>
        </message>
        <message>
            <source>Title and organisation</source>
            <translation>पद और संगठन</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>विशेषज्ञता के क्षेत्र</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>दी गई सलाह</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>सबसे हाल की सलाह</translation>
        </message>
        <message>
            <source>Expert pool</source>
            <translation>विशेषज्ञ समूह</translation>
        </message>
        <message>
            <source>Reading the support given…</source>
            <translation>दी गई सहायता पढ़ी जा रही है…</translation>
        </message>
        <message>
            <source>{grants} · {advice} · {experts} in the expert pool</source>
            <translation>{grants} · {advice} · विशेषज्ञ समूह में {experts}</translation>
        </message>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%n अनुदान</numerusform>
                <numerusform>%n अनुदान</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation>
                <numerusform>%n विशेषज्ञ सलाह</numerusform>
                <numerusform>%n विशेषज्ञ सलाह</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n विशेषज्ञ</numerusform>
                <numerusform>%n विशेषज्ञ</numerusform>
            </translation>
        </message>
        <message>
            <source>not in the pool</source>
            <translation>समूह में नहीं</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>(empty)</source>
            <translation>(खाली)</translation>
        </message>
        <message>
            <source>This conflict is settled already.</source>
            <translation>यह टकराव पहले ही सुलझ चुका है।</translation>
        </message>
        <message>
            <source>This conflict is about a rule between two fields: keep A or B, or give both fields.</source>
            <translation>यह टकराव दो फ़ील्ड के बीच के नियम से जुड़ा है: A या B रखें, या दोनों फ़ील्ड के मान दें।</translation>
        </message>
        <message>
            <source>Give the value to keep.</source>
            <translation>रखने के लिए मान दें।</translation>
        </message>
        <message>
            <source>That would break a rule: {rule} Give {names} too.</source>
            <translation>इससे एक नियम टूटेगा: {rule} {names} भी दें।</translation>
        </message>
        <message>
            <source>{rule} {first} set {field} to {value}; {second} set {other} to {other_value}.</source>
            <translation>{rule} {first} ने {field} को {value} किया; {second} ने {other} को {other_value} किया।</translation>
        </message>
        <message>
            <source>Settled.</source>
            <translation>सुलझ गया।</translation>
        </message>
        <message>
            <source>This record has no field {name}.</source>
            <translation>इस रिकॉर्ड में {name} नाम का कोई फ़ील्ड नहीं है।</translation>
        </message>
        <message>
            <source>That value does not fit this field: {error}</source>
            <translation>यह मान इस फ़ील्ड में ठीक नहीं बैठता: {error}</translation>
        </message>
        <message>
            <source>This device has no keys to replace yet: scdesk device makes its first ones.</source>
            <translation>इस उपकरण के पास अभी बदलने के लिए कोई कुंजी नहीं है: scdesk device इसकी पहली कुंजियाँ बनाता है।</translation>
        </message>
        <message>
            <source>This key backup belongs to another device.</source>
            <translation>यह कुंजी बैकअप किसी दूसरे उपकरण का है।</translation>
        </message>
        <message>
            <source>This key backup holds keys this device no longer signs with.</source>
            <translation>इस कुंजी बैकअप में ऐसी कुंजियाँ हैं जिनसे यह उपकरण अब हस्ताक्षर नहीं करता।</translation>
        </message>
        <message>
            <source>{device}'s clock is {days} days ahead: ask its user to set the date.</source>
            <translation>{device} की घड़ी {days} दिन आगे है: इसके उपयोगकर्ता से तिथि ठीक करने को कहें।</translation>
        </message>
        <message>
            <source>{file} is this device's own card: give it to the hub.</source>
            <translation>{file} इसी उपकरण का अपना कार्ड है: इसे केंद्र को दें।</translation>
        </message>
        <message>
            <source>{name} was revoked here and cannot be trusted again.</source>
            <translation>{name} को यहाँ निरस्त किया गया था और उस पर फिर से भरोसा नहीं किया जा सकता।</translation>
        </message>
        <message>
            <source>{name} is known here with other keys: new keys are trusted only from its bundle or card that names the old ones (scdesk device replace-keys, on that device).</source>
            <translation>{name} यहाँ दूसरी कुंजियों के साथ ज्ञात है: नई कुंजियों पर भरोसा केवल उसके उस बंडल या कार्ड से किया जाता है जिसमें पुरानी कुंजियों का उल्लेख हो (उसी उपकरण पर scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device cannot revoke itself.</source>
            <translation>यह उपकरण स्वयं को निरस्त नहीं कर सकता।</translation>
        </message>
        <message>
            <source>No such device is known here.</source>
            <translation>ऐसा कोई उपकरण यहाँ ज्ञात नहीं है।</translation>
        </message>
        <message>
            <source>No single device matches {text}: scdesk devices lists them.</source>
            <translation>{text} से ठीक एक उपकरण मेल नहीं खाता: scdesk devices उनकी सूची देता है।</translation>
        </message>
        <message>
            <source>Only a hub writes a hub profile.</source>
            <translation>केवल केंद्र ही केंद्र प्रोफ़ाइल लिखता है।</translation>
        </message>
        <message>
            <source>The hub profile holds records scdesk cannot read: {error}</source>
            <translation>केंद्र प्रोफ़ाइल में ऐसे रिकॉर्ड हैं जिन्हें scdesk पढ़ नहीं सकता: {error}</translation>
        </message>
        <message>
            <source>The city is not one of the hub's cities.</source>
            <translation>यह शहर केंद्र के शहरों में से नहीं है।</translation>
        </message>
        <message>
            <source>An officer's device sends its bundles to its hub only, which passes them on.</source>
            <translation>अधिकारी का उपकरण अपने बंडल केवल अपने केंद्र को भेजता है, जो उन्हें आगे भेजता है।</translation>
        </message>
        <message>
            <source>This device has no key for {name}.</source>
            <translation>इस उपकरण के पास {name} की कोई कुंजी नहीं है।</translation>
        </message>
        <message>
            <source>{file}: not imported, the import was cancelled.</source>
            <translation>{file}: आयात नहीं हुआ, आयात रद्द कर दिया गया।</translation>
        </message>
        <message>
            <source>{file} is being merged by another scdesk window or command right now: its outcome will show there.</source>
            <translation>{file} का विलय इस समय कोई दूसरी scdesk विंडो या आदेश कर रहा है: उसका परिणाम वहीं दिखेगा।</translation>
        </message>
        <message>
            <source>{file} from {sender} adds or changes a priority, which only the hub does; nothing from it was merged.</source>
            <translation>{sender} से आई {file} किसी प्राथमिकता को जोड़ती या बदलती है, जो केवल केंद्र करता है; इसमें से किसी का भी विलय नहीं किया गया।</translation>
        </message>
        <message>
            <source>{file} holds a record scdesk cannot take: {error}</source>
            <translation>{file} में ऐसा रिकॉर्ड है जिसे scdesk नहीं ले सकता: {error}</translation>
        </message>
        <message>
            <source>{file} holds records that refer to records this device does not have; nothing from it was merged.</source>
            <translation>{file} में ऐसे रिकॉर्ड हैं जो उन रिकॉर्ड से जुड़े हैं जो इस उपकरण पर नहीं हैं; इसमें से किसी का भी विलय नहीं किया गया।</translation>
        </message>
        <message>
            <source>{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, {conflicts} in conflict, {waiting} waiting for records not yet arrived.</source>
            <translation>{sender} से {file}: {new} नए, {updated} अद्यतन, {unchanged} पहले से यहाँ, {conflicts} टकराव में, {waiting} उन रिकॉर्ड की प्रतीक्षा में जो अभी नहीं आए।</translation>
        </message>
        <message>
            <source>{file} from {sender}: nothing new, all {unchanged} records are already here.</source>
            <extracomment>Translators: {unchanged} is a number of records; the bundle changed nothing here.</extracomment>
            <translation>{sender} से {file}: कुछ नया नहीं, सभी {unchanged} रिकॉर्ड पहले से यहाँ हैं।</translation>
        </message>
        <message>
            <source>{file}: already merged on {day}; nothing changed.</source>
            <translation>{file}: {day} को इसका विलय पहले ही हो चुका है; कुछ नहीं बदला।</translation>
        </message>
        <message>
            <source>{file} comes from {sender}, another officer's device: an officer's device takes bundles from its hub only, which passes everyone's changes on.</source>
            <translation>{file} {sender} से आई है, जो किसी दूसरे अधिकारी का उपकरण है: अधिकारी का उपकरण केवल अपने केंद्र से बंडल लेता है, जो सबके बदलाव आगे भेजता है।</translation>
        </message>
        <message>
            <source>{file} from {sender} acknowledges changes made by {other}; a device may speak only for itself, so nothing from it was merged.</source>
            <translation>{sender} से आई {file} में {other} के बदलावों की पावती है; उपकरण केवल अपनी ओर से बोल सकता है, इसलिए इसमें से किसी का भी विलय नहीं किया गया।</translation>
        </message>
        <message>
            <source>{file} from {sender} claims changes made by {other} that this device does not have; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} से आई {file} में {other} के ऐसे बदलावों का दावा है जो इस उपकरण के पास नहीं हैं; उपकरण केवल अपने बदलाव भेज सकता है, इसलिए इसमें से किसी का भी विलय नहीं किया गया।</translation>
        </message>
        <message>
            <source>{file} from {sender} carries a change made by {other}; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} से आई {file} में {other} का किया एक बदलाव है; उपकरण केवल अपने बदलाव भेज सकता है, इसलिए इसमें से किसी का भी विलय नहीं किया गया।</translation>
        </message>
        <message>
            <source>That device is not trusted here.</source>
            <translation>उस उपकरण पर यहाँ भरोसा नहीं किया गया है।</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile first.</source>
            <translation>यह उपकरण अभी अपने केंद्र को नहीं जानता: पहले केंद्र का प्रोफ़ाइल आयात करें।</translation>
        </message>
        <message>
            <source>Say which device the bundle is for (scdesk devices lists them).</source>
            <translation>बताएँ कि बंडल किस उपकरण के लिए है (scdesk devices उनकी सूची देता है)।</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>फ़ोल्डर {folder} मौजूद नहीं है।</translation>
        </message>
        <message>
            <source>Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); the next bundle from its sender will bring them.</source>
            <translation>{device} पर किए गए बदलाव {first} से {last} तक अभी नहीं आए हैं (एक बंडल छूट गया है); इसे भेजने वाले का अगला बंडल उन्हें ले आएगा।</translation>
        </message>
        <message>
            <source>This bundle comes from a device not yet trusted here: {name} ({user}), fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust the device, then import again.</source>
            <translation>यह बंडल ऐसे उपकरण से आया है जिस पर यहाँ अभी भरोसा नहीं किया गया: {name} ({user}), पहचान-चिह्न {fingerprint}। उपकरण के स्वामी से पहचान-चिह्न मिलाएँ, उपकरण पर भरोसा करें, फिर दोबारा आयात करें।</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and confirmed by the old key: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) की नई कुंजियाँ हैं, पहचान-चिह्न {fingerprint}, जो {old} की जगह लेती हैं और पुरानी कुंजी से पुष्ट हैं: नया पहचान-चिह्न इसके स्वामी से मिलाएँ और उस पर भरोसा करें (scdesk trust FILE), फिर दोबारा आयात करें।</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not confirmed by the old key, which was lost: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) की नई कुंजियाँ हैं, पहचान-चिह्न {fingerprint}, जो {old} की जगह लेती हैं पर पुरानी कुंजी से पुष्ट नहीं हैं, क्योंकि वह खो गई थी: नया पहचान-चिह्न इसके स्वामी से मिलाएँ और उस पर भरोसा करें (scdesk trust FILE), फिर दोबारा आयात करें।</translation>
        </message>
        <message>
            <source>The name of the file {file} holds characters scdesk cannot read: rename the file, then import it again.</source>
            <translation>फ़ाइल {file} के नाम में ऐसे अक्षर हैं जिन्हें scdesk पढ़ नहीं सकता: फ़ाइल का नाम बदलें, फिर इसे दोबारा आयात करें।</translation>
        </message>
        <message>
            <source>{file} comes from {name}, a device revoked here: it is not imported.</source>
            <translation>{file} {name} से आई है, जो यहाँ निरस्त उपकरण है: इसका आयात नहीं किया गया।</translation>
        </message>
        <message>
            <source>{file} does not bear {name}'s signature: it was changed after it was made, or made by another device. Ask the sender for it again.</source>
            <translation>{file} पर {name} का हस्ताक्षर नहीं है: इसे बनने के बाद बदला गया, या किसी दूसरे उपकरण ने बनाया। भेजने वाले से इसे दोबारा माँगें।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle, or it was damaged on the way.</source>
            <translation>{file} scdesk बंडल नहीं है, या रास्ते में क्षतिग्रस्त हो गया।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle.</source>
            <translation>{file} scdesk बंडल नहीं है।</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here, then import.</source>
            <translation>{file} scdesk के नए संस्करण से बनी है: पहले यहाँ वह संस्करण इंस्टॉल करें, फिर आयात करें।</translation>
        </message>
        <message>
            <source>{file} was made for another device; ask the sender to export it for this one.</source>
            <translation>{file} किसी दूसरे उपकरण के लिए बनाई गई थी; भेजने वाले से इसे इस उपकरण के लिए निर्यात करने को कहें।</translation>
        </message>
        <message>
            <source>{file} holds unexpected files ({names}): it was not made by scdesk, or it was tampered with.</source>
            <translation>{file} में अनपेक्षित फ़ाइलें ({names}) हैं: इसे scdesk ने नहीं बनाया, या इसके साथ छेड़छाड़ की गई है।</translation>
        </message>
        <message>
            <source>{file} is not a whole scdesk bundle: it may have been cut short or damaged on the way. Ask the sender for it again.</source>
            <translation>{file} पूरा scdesk बंडल नहीं है: हो सकता है रास्ते में यह अधूरा रह गया हो या क्षतिग्रस्त हो गया हो। भेजने वाले से इसे दोबारा माँगें।</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (damaged on the way, or tampered with): ask the sender for it again.</source>
            <translation>{file} को बनने के बाद बदला गया (रास्ते में क्षतिग्रस्त हुई, या इसके साथ छेड़छाड़ की गई): भेजने वाले से इसे दोबारा माँगें।</translation>
        </message>
        <message>
            <source>{file} is larger than a bundle may be, or expands too far: it is not imported.</source>
            <translation>{file} बंडल की अनुमत सीमा से बड़ी है, या खुलने पर बहुत बड़ी हो जाती है: इसका आयात नहीं किया गया।</translation>
        </message>
        <message>
            <source>{file} holds records scdesk cannot read: it was not made by this scdesk.</source>
            <translation>{file} में ऐसे रिकॉर्ड हैं जिन्हें scdesk पढ़ नहीं सकता: इसे इस scdesk ने नहीं बनाया।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk device card, or it was damaged.</source>
            <translation>{file} scdesk उपकरण कार्ड नहीं है, या क्षतिग्रस्त है।</translation>
        </message>
        <message>
            <source>{file} is not a backup of scdesk device keys, or it was damaged.</source>
            <translation>{file} scdesk उपकरण कुंजियों का बैकअप नहीं है, या क्षतिग्रस्त है।</translation>
        </message>
        <message>
            <source>The passphrase does not open {file}: check it and try again.</source>
            <translation>पासफ़्रेज़ से {file} नहीं खुलती: इसे जाँचें और दोबारा कोशिश करें।</translation>
        </message>
        <message>
            <source>The key file in {folder} is not the one this device's records were signed with: put the right one back (scdesk device restore-keys FILE), or make new keys the hub must trust (scdesk device replace-keys).</source>
            <translation>{folder} में रखी कुंजी फ़ाइल वह नहीं है जिससे इस उपकरण के रिकॉर्ड पर हस्ताक्षर हुए थे: सही फ़ाइल वापस रखें (scdesk device restore-keys FILE), या नई कुंजियाँ बनाएँ जिन पर केंद्र को भरोसा करना होगा (scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device's key file ({name}) is missing from {folder}: restore it from your key backup (scdesk device restore-keys FILE), or, with no backup, make new keys the hub must trust before it takes this device's bundles (scdesk device replace-keys).</source>
            <translation>इस उपकरण की कुंजी फ़ाइल ({name}) {folder} में नहीं है: इसे अपने कुंजी बैकअप से पुनर्स्थापित करें (scdesk device restore-keys FILE), या बैकअप न हो तो नई कुंजियाँ बनाएँ, जिन पर केंद्र को इस उपकरण के बंडल लेने से पहले भरोसा करना होगा (scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device's key file ({path}) is damaged: restore it from a copy of the folder.</source>
            <translation>इस उपकरण की कुंजी फ़ाइल ({path}) क्षतिग्रस्त है: इसे फ़ोल्डर की किसी प्रति से पुनर्स्थापित करें।</translation>
        </message>
        <message>
            <source>The keys given are damaged.</source>
            <translation>दी गई कुंजियाँ क्षतिग्रस्त हैं।</translation>
        </message>
        <message>
            <source>The key file in this folder belongs to another device's records: keep each device's folder whole, or move this key file away to make new keys.</source>
            <translation>इस फ़ोल्डर की कुंजी फ़ाइल किसी दूसरे उपकरण के रिकॉर्ड की है: हर उपकरण का फ़ोल्डर पूरा रखें, या नई कुंजियाँ बनाने के लिए इस कुंजी फ़ाइल को कहीं और ले जाएँ।</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here first.</source>
            <translation>{file} scdesk के नए संस्करण से बनी है: पहले यहाँ वह संस्करण इंस्टॉल करें।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk hub profile, or it was damaged.</source>
            <translation>{file} scdesk केंद्र प्रोफ़ाइल नहीं है, या क्षतिग्रस्त है।</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>समन्वयन</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>समन्वयन का विवरण</translation>
        </message>
        <message>
            <source>No bundle imported since scdesk started.</source>
            <translation>scdesk शुरू होने के बाद से कोई बंडल आयात नहीं हुआ।</translation>
        </message>
        <message>
            <source>Review &amp;duplicates</source>
            <translation>दोहरी प्रविष्टियों की समीक्षा करें (&amp;d)</translation>
        </message>
        <message>
            <source>Open the probable duplicates</source>
            <translation>संभावित दोहरी प्रविष्टियाँ खोलें</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>अंतिम आयात</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>उपकरण</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>टकराव</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>यह उपकरण</translation>
        </message>
        <message>
            <source>This device's fingerprint</source>
            <translation>इस उपकरण का पहचान-चिह्न</translation>
        </message>
        <message>
            <source>Before another device trusts this one, its user asks for this fingerprint: read it out, or compare it on both screens.</source>
            <translation>कोई दूसरा उपकरण इस उपकरण पर भरोसा करे, उससे पहले उसका उपयोगकर्ता यह पहचान-चिह्न माँगता है: इसे पढ़कर सुनाएँ, या दोनों स्क्रीन पर इसका मिलान करें।</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>उपकरण</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>पहचान-चिह्न</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>बंडल</translation>
        </message>
        <message>
            <source>Export a bundle for</source>
            <translation>इसके लिए बंडल निर्यात करें</translation>
        </message>
        <message>
            <source>F&amp;or</source>
            <translation>किसके लिए (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Export a bundle…</source>
            <translation>बंडल निर्यात करें… (&amp;E)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>बंडल निर्यात करें</translation>
        </message>
        <message>
            <source>Write this device's new records to a file for the device chosen.</source>
            <translation>इस उपकरण के नए रिकॉर्ड चुने गए उपकरण के लिए एक फ़ाइल में लिखें।</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>बंडल आयात करें… (&amp;I)</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>बंडल आयात करें</translation>
        </message>
        <message>
            <source>Merge bundles other devices made for this one.</source>
            <translation>दूसरे उपकरणों द्वारा इस उपकरण के लिए बनाए गए बंडलों का विलय करें।</translation>
        </message>
        <message>
            <source>The last bundle for the device chosen</source>
            <translation>चुने गए उपकरण के लिए बना अंतिम बंडल</translation>
        </message>
        <message>
            <source>A bundle holds what the device chosen has not had from this one yet, in one file named for who made it, for whom and when. Import takes the bundles other devices made for this one; choose several at once.</source>
            <translation>बंडल में वह सब होता है जो चुने गए उपकरण को इस उपकरण से अभी तक नहीं मिला, एक ही फ़ाइल में, जिसका नाम बताता है कि उसे किसने, किसके लिए और कब बनाया। आयात दूसरे उपकरणों द्वारा इस उपकरण के लिए बनाए गए बंडल लेता है; आप एक साथ कई चुन सकते हैं।</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>निर्यात</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <source>New</source>
            <translation>नए</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>अद्यतन</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>पहले से यहाँ</translation>
        </message>
        <message>
            <source>In conflict</source>
            <translation>टकराव में</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>प्रतीक्षा में</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>क्या हुआ</translation>
        </message>
        <message>
            <source>What each file did</source>
            <translation>हर फ़ाइल ने क्या किया</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ़ा जा रहा है…</translation>
        </message>
        <message>
            <source>{name} ({role}), used by {user}</source>
            <translation>{name} ({role}), उपयोगकर्ता {user}</translation>
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation>टकराव ({count})</translation>
        </message>
        <message>
            <source>No bundle made for {name} yet.</source>
            <translation>{name} के लिए अभी कोई बंडल नहीं बना।</translation>
        </message>
        <message>
            <source>Last bundle for {name}: {when}.</source>
            <translation>{name} के लिए अंतिम बंडल: {when}।</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile (under Devices, below) before exporting.</source>
            <translation>यह उपकरण अभी अपने केंद्र को नहीं जानता: निर्यात से पहले केंद्र का प्रोफ़ाइल आयात करें (नीचे "उपकरण" में)।</translation>
        </message>
        <message>
            <source>No device is trusted here yet: import a bundle from an officer's laptop and trust it, then export bundles for it here.</source>
            <translation>यहाँ अभी किसी उपकरण पर भरोसा नहीं किया गया है: किसी अधिकारी के लैपटॉप से बंडल आयात करें और उस पर भरोसा करें, फिर यहाँ उसके लिए बंडल निर्यात करें।</translation>
        </message>
        <message>
            <source>Where to write the bundle (a USB stick, for example)</source>
            <translation>बंडल कहाँ लिखें (उदाहरण के लिए, USB स्टिक पर)</translation>
        </message>
        <message>
            <source>Exporting a bundle…</source>
            <translation>बंडल निर्यात किया जा रहा है…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n रिकॉर्ड</numerusform>
                <numerusform>%n रिकॉर्ड</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} for {receiver}, written to {path}</source>
            <translation>{receiver} के लिए {records}, {path} में लिखे गए</translation>
        </message>
        <message>
            <source>Bundles to import</source>
            <translation>आयात करने के लिए बंडल</translation>
        </message>
        <message>
            <source>scdesk bundles (*.scdesk);;All files (*)</source>
            <translation>scdesk बंडल (*.scdesk);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>Checking the bundles…</source>
            <translation>बंडल जाँचे जा रहे हैं…</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>बंडल आयात किए जा रहे हैं…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation>
                <numerusform>%n फ़ाइल का विलय हुआ</numerusform>
                <numerusform>%n फ़ाइलों का विलय हुआ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation>
                <numerusform>%n का विलय पहले ही हो चुका था</numerusform>
                <numerusform>%n का विलय पहले ही हो चुका था</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n अस्वीकृत</numerusform>
                <numerusform>%n अस्वीकृत</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%n आयात नहीं हुई</numerusform>
                <numerusform>%n आयात नहीं हुईं</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import: {parts}.</source>
            <translation>अंतिम आयात: {parts}।</translation>
        </message>
        <message>
            <source>Trusted now: {names}.</source>
            <translation>अब भरोसेमंद: {names}।</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation>
                <numerusform>देखने के लिए संभावित दोहरी प्रविष्टियों की %n जोड़ी।</numerusform>
                <numerusform>देखने के लिए संभावित दोहरी प्रविष्टियों की %n जोड़ियाँ।</numerusform>
            </translation>
        </message>
        <message>
            <source>merged</source>
            <translation>विलय हुआ</translation>
        </message>
        <message>
            <source>already merged</source>
            <translation>विलय पहले ही हो चुका था</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>अस्वीकृत</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>रद्द</translation>
        </message>
        <message>
            <source>From {sender}.</source>
            <translation>{sender} से।</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>{value} is not a {column}: use one of {choices}.</source>
            <translation>{value} मान्य {column} नहीं है: {choices} में से कोई एक लिखें।</translation>
        </message>
        <message>
            <source>{value} in {column} is not yes or no.</source>
            <translation>{column} में {value} न yes है, न no।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a date such as 2026-01-31.</source>
            <translation>{column} में {value} सही तिथि नहीं है; तिथि इस तरह लिखें: 2026-01-31।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a time such as 2026-01-31 14:30 (UTC).</source>
            <translation>{column} में {value} सही समय नहीं है; समय इस तरह लिखें: 2026-01-31 14:30 (UTC)।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a whole number.</source>
            <translation>{column} में {value} पूर्ण संख्या नहीं है।</translation>
        </message>
        <message>
            <source>{value} in {column} is not an amount such as 1500.50.</source>
            <translation>{column} में {value} सही राशि नहीं है; राशि इस तरह लिखें: 1500.50।</translation>
        </message>
        <message>
            <source>{value} in {column} is not an id as scdesk writes them: leave it empty for a new record.</source>
            <translation>{column} में {value} ऐसी आईडी नहीं है जैसी scdesk लिखता है: नए रिकॉर्ड के लिए इसे खाली छोड़ें।</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: split it into smaller files.</source>
            <translation>फ़ाइल {limit} MB से बड़ी है: इसे छोटी फ़ाइलों में बाँटें।</translation>
        </message>
        <message>
            <source>{name} is not a CSV or XLSX file: save it as one of those.</source>
            <translation>{name} CSV या XLSX फ़ाइल नहीं है: इसे इनमें से किसी एक रूप में सहेजें।</translation>
        </message>
        <message>
            <source>The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>फ़ाइल UTF-8 में नहीं है: इसे अपनी स्प्रेडशीट से "CSV UTF-8" के रूप में सहेजें और दोबारा कोशिश करें।</translation>
        </message>
        <message>
            <source>A quotation mark in this row is never closed, or has text right after it.</source>
            <translation>इस पंक्ति में एक उद्धरण चिह्न कभी बंद नहीं होता, या उसके ठीक बाद पाठ है।</translation>
        </message>
        <message>
            <source>A cell holds more than {limit} characters: look for a quotation mark that is never closed.</source>
            <translation>एक खाने में {limit} से अधिक अक्षर हैं: देखें कि कहीं कोई उद्धरण चिह्न खुला तो नहीं छूट गया।</translation>
        </message>
        <message>
            <source>The spreadsheet declares XML entities, which spreadsheet programs never write: it is refused.</source>
            <translation>स्प्रेडशीट में XML एंटिटी घोषित हैं, जो स्प्रेडशीट प्रोग्राम कभी नहीं लिखते: इसे अस्वीकार किया गया।</translation>
        </message>
        <message>
            <source>The spreadsheet has no sheet called {table}.</source>
            <translation>स्प्रेडशीट में {table} नाम की कोई शीट नहीं है।</translation>
        </message>
        <message>
            <source>The zip file holds no {table}.csv.</source>
            <translation>zip फ़ाइल में {table}.csv नहीं है।</translation>
        </message>
        <message>
            <source>The file unpacks to more than {limit} MB: it is refused.</source>
            <translation>फ़ाइल खुलने पर {limit} MB से बड़ी हो जाती है: इसे अस्वीकार किया गया।</translation>
        </message>
        <message>
            <source>The file is damaged or not a spreadsheet.</source>
            <translation>फ़ाइल क्षतिग्रस्त है या स्प्रेडशीट नहीं है।</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it.</source>
            <translation>फ़ाइल में {limit} से अधिक पंक्तियाँ हैं: इसे बाँटें।</translation>
        </message>
        <message>
            <source>The first row must name the columns; it is empty.</source>
            <translation>पहली पंक्ति में कॉलमों के नाम होने चाहिए; यह खाली है।</translation>
        </message>
        <message>
            <source>The first row names the column "{column}" twice: keep one.</source>
            <extracomment>Translators: {column} is a column name, as the first row of the file gives it.</extracomment>
            <translation>पहली पंक्ति में कॉलम "{column}" दो बार है: एक रखें।</translation>
        </message>
        <message>
            <source>The first row names no column scdesk reads: add a row of column names at the top, such as {examples}.</source>
            <extracomment>Translators: {examples} are column names, such as: id, name, name_local, country.</extracomment>
            <translation>पहली पंक्ति में ऐसा कोई कॉलम नहीं है जिसे scdesk पढ़ता है: सबसे ऊपर कॉलमों के नामों की एक पंक्ति जोड़ें, जैसे {examples}।</translation>
        </message>
        <message>
            <source>A cell holds a NUL character, which is not text: save the file again from your spreadsheet program.</source>
            <translation>एक खाने में NUL अक्षर है, जो पाठ नहीं है: फ़ाइल को अपने स्प्रेडशीट प्रोग्राम से दोबारा सहेजें।</translation>
        </message>
        <message>
            <source>The row has {cells} cells but the first row names only {columns} columns: name every column, and put a cell that holds a comma in quotation marks.</source>
            <extracomment>Translators: {cells} and {columns} are numbers of cells in one row.</extracomment>
            <translation>इस पंक्ति में {cells} खाने हैं, पर पहली पंक्ति में केवल {columns} कॉलमों के नाम हैं: हर कॉलम का नाम दें, और जिस खाने में अल्पविराम हो उसे उद्धरण चिह्नों में रखें।</translation>
        </message>
        <message>
            <source>This person is listed already, in row {row}.</source>
            <translation>यह व्यक्ति पहले से पंक्ति {row} में दर्ज है।</translation>
        </message>
        <message>
            <source>This seat is on another committee: leave its id empty to seat the person on this one.</source>
            <translation>यह सदस्यता किसी दूसरी समिति की है: व्यक्ति को इस समिति में रखने के लिए इसकी आईडी खाली छोड़ें।</translation>
        </message>
        <message>
            <source>Give the committee (committee_id or committee) and the person (person_id or person).</source>
            <translation>समिति (committee_id या committee) और व्यक्ति (person_id या person) दें।</translation>
        </message>
        <message>
            <source>Fill {column}: a new record needs it.</source>
            <extracomment>Translators: {column} is the name of a column of the spreadsheet.</extracomment>
            <translation>{column} भरें: नए रिकॉर्ड के लिए यह आवश्यक है।</translation>
        </message>
        <message>
            <source>No single record called {name} is recorded here: give its {column}.</source>
            <extracomment>Translators: {name} is what the cell holds, {column} the column that takes the record's id.</extracomment>
            <translation>{name} नाम से ठीक एक रिकॉर्ड यहाँ नहीं मिला: उसका {column} दें।</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found; {first}</source>
            <translation>
                <numerusform>कुछ भी आयात नहीं हुआ: %n समस्या मिली; {first}</numerusform>
                <numerusform>कुछ भी आयात नहीं हुआ: %n समस्याएँ मिलीं; {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which meeting or which activity the attendance is for.</source>
            <translation>बताएँ कि उपस्थिति किस बैठक या किस गतिविधि की है।</translation>
        </message>
        <message>
            <source>This row's id belongs to a part of another version: leave it empty to add the part to this one.</source>
            <translation>इस पंक्ति की आईडी किसी दूसरे संस्करण के हिस्से की है: इस संस्करण में हिस्सा जोड़ने के लिए इसे खाली छोड़ें।</translation>
        </message>
        <message>
            <source>the file: {message}</source>
            <translation>फ़ाइल: {message}</translation>
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <extracomment>Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.</extracomment>
            <translation>{sheet} पंक्ति {row}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <extracomment>Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong with it.</extracomment>
            <translation>पंक्ति {row}: {message}</translation>
        </message>
        <message>
            <source>More than one person called {name} with this birth year and city is recorded: give the person's id.</source>
            <translation>इस जन्म वर्ष और शहर के साथ {name} नाम के एक से अधिक व्यक्ति दर्ज हैं: व्यक्ति की आईडी दें।</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its city_id.</source>
            <translation>{name} नाम के एक से अधिक शहर हैं: उसका city_id दें।</translation>
        </message>
        <message>
            <source>No single organisation called {name} is recorded here: give its organisation_id.</source>
            <translation>{name} नाम से ठीक एक संगठन यहाँ नहीं मिला: उसका organisation_id दें।</translation>
        </message>
        <message>
            <source>No single indicator has the code {code}: give its indicator_id.</source>
            <extracomment>Translators: {code} is what the cell holds, an indicator's code such as OP1.2.</extracomment>
            <translation>कोड {code} से ठीक एक संकेतक नहीं मिला: उसका indicator_id दें।</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>वापस लाएँ (&amp;R)</translation>
        </message>
        <message>
            <source>Restore the selected record</source>
            <translation>चुना गया रिकॉर्ड वापस लाएँ</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>रद्दी टोकरी</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>हटाने की तिथि</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>रिकॉर्ड</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>हर प्रकार</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>%n हटाया गया रिकॉर्ड</numerusform>
                <numerusform>%n हटाए गए रिकॉर्ड</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>वापस लाया गया: {label}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>वापस लाया जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>VersionBox</name>
        <message>
            <source>Version</source>
            <translation>संस्करण</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>संस्करण (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>खोलें (&amp;O)</translation>
        </message>
        <message>
            <source>A&amp;dopt</source>
            <translation>अंगीकार करें (&amp;d)</translation>
        </message>
        <message>
            <source>Publish this draft: the version adopted before it is kept, superseded, and stays readable.</source>
            <translation>इस प्रारूप को प्रकाशित करें: इससे पहले अंगीकृत संस्करण प्रतिस्थापित होकर रखा जाता है, और पढ़ा जा सकता है।</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>नया संस्करण (&amp;N)</translation>
        </message>
        <message>
            <source>Start a draft copy of this version to edit.</source>
            <translation>संपादन के लिए इस संस्करण की एक प्रारूप प्रति शुरू करें।</translation>
        </message>
        <message>
            <source>&amp;Start one</source>
            <translation>एक शुरू करें (&amp;S)</translation>
        </message>
        <message>
            <source>Version {number} · {status} · {title}</source>
            <translation>संस्करण {number} · {status} · {title}</translation>
        </message>
        <message>
            <source>None yet: start one for this city.</source>
            <translation>अभी कोई नहीं: इस शहर के लिए एक शुरू करें।</translation>
        </message>
        <message>
            <source>A draft: open it to edit, adopt it to publish it.</source>
            <translation>प्रारूप: संपादन के लिए इसे खोलें, प्रकाशित करने के लिए इसे अंगीकार करें।</translation>
        </message>
        <message>
            <source>Adopted on {day}: it opens read-only; start a new version to change it.</source>
            <translation>{day} को अंगीकृत: यह केवल पढ़ने के लिए खुलता है; इसे बदलने के लिए नया संस्करण शुरू करें।</translation>
        </message>
        <message>
            <source>Superseded by a later version: kept as it was, it opens read-only.</source>
            <translation>बाद के संस्करण से प्रतिस्थापित: जैसा था वैसा रखा गया है, यह केवल पढ़ने के लिए खुलता है।</translation>
        </message>
    </context>
</TS>
