<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Actions agreed at this meeting</source>
            <translation>यस बैठकमा तय भएका कार्यहरू</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>जिम्मेवार</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>तोकिएको मिति</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>कार्य थप्नुहोस् (&amp;a)</translation>
        </message>
        <message>
            <source>Carried over from earlier meetings</source>
            <translation>अघिल्ला बैठकहरूबाट अघि सारिएका</translation>
        </message>
        <message>
            <source>Actions carried over</source>
            <translation>अघि सारिएका कार्यहरू</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>खोलिएको</translation>
        </message>
        <message>
            <source>State</source>
            <translation>अवस्था</translation>
        </message>
        <message>
            <source>&amp;Done at this meeting</source>
            <translation>यस बैठकमा सम्पन्न (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ropped at this meeting</source>
            <translation>यस बैठकमा छाडिएको (&amp;r)</translation>
        </message>
        <message>
            <source>Open a&amp;gain</source>
            <translation>फेरि खोल्नुहोस् (&amp;g)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Save the meeting to see the actions carried over from earlier ones.</source>
            <translation>अघिल्ला बैठकहरूबाट अघि सारिएका कार्यहरू हेर्न बैठक सुरक्षित गर्नुहोस्।</translation>
        </message>
        <message>
            <source>No open actions were carried over to this meeting.</source>
            <translation>यस बैठकमा कुनै बाँकी कार्य अघि सारिएको छैन।</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation>
                <numerusform>%n कार्य अघि सारिएको छ: के सम्पन्न भयो वा छाडियो, चिन्ह लगाउनुहोस्।</numerusform>
                <numerusform>%n कार्य अघि सारिएका छन्: के सम्पन्न भयो वा छाडियो, चिन्ह लगाउनुहोस्।</numerusform>
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
            <translation>गतिविधिको सहर छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>नतिजाहरू</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणीहरू</translation>
        </message>
        <message>
            <source>An activity that has not started cannot be marked as held.</source>
            <translation>सुरु नभएको गतिविधिलाई सम्पन्न भनी चिन्ह लगाउन मिल्दैन।</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>The session on {day} is outside the activity's dates.</source>
            <translation>{day} को सत्र गतिविधिको मितिभन्दा बाहिर छ।</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>The same person is registered twice.</source>
            <translation>एउटै व्यक्ति दुई पटक दर्ता गरिएको छ।</translation>
        </message>
        <message>
            <source>The same person is listed twice as a coach.</source>
            <translation>एउटै व्यक्ति प्रशिक्षकका रूपमा दुई पटक सूचीमा छ।</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>एउटा गन्ती</translation>
        </message>
        <message>
            <source>The same gender, age band and community is counted twice.</source>
            <translation>एउटै लिङ्ग, उमेर समूह र समुदाय दुई पटक गनिएको छ।</translation>
        </message>
        <message>
            <source>A registered participant no longer exists here.</source>
            <translation>दर्ता भएका एक सहभागी अब यहाँ छैनन्।</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Youth activities</source>
            <translation>युवा गतिविधिहरू</translation>
        </message>
        <message>
            <source>&amp;New activity</source>
            <translation>नयाँ गतिविधि (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>अन्त्य</translation>
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
            <translation>सहर</translation>
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
                <numerusform>%n गतिविधिहरू</numerusform>
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
            <translation>सहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>सुरु मिति (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>अन्त्य मिति (&amp;E)</translation>
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
            <translation>नतिजाहरू (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>टिप्पणीहरू (&amp;N)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>सत्रहरू</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>सहभागिता</translation>
        </message>
        <message>
            <source>New youth activity</source>
            <translation>नयाँ युवा गतिविधि</translation>
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
            <translation>टिप्पणीहरू</translation>
        </message>
        <message>
            <source>Add a &amp;session</source>
            <translation>सत्र थप्नुहोस् (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>संस्करण {number} पारित गर्नुहोस्</translation>
        </message>
        <message>
            <source>&amp;Adopted on</source>
            <translation>पारित मिति (&amp;A)</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>पारित मिति</translation>
        </message>
    </context>
    <context>
        <name>AdviceForm</name>
        <message>
            <source>Expert advice[*]</source>
            <translation>विज्ञ सल्लाह[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>सहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>विज्ञ (&amp;x)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>विषय (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>सुरु मिति (&amp;F)</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>अन्त्य मिति (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>टिप्पणीहरू (&amp;N)</translation>
        </message>
        <message>
            <source>New expert advice</source>
            <translation>नयाँ विज्ञ सल्लाह</translation>
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
            <translation>कार्यसूचीका विषयहरू</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>विषय थप्नुहोस् (&amp;i)</translation>
        </message>
        <message>
            <source>Add s&amp;ub-item</source>
            <translation>उपविषय थप्नुहोस् (&amp;u)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>माथि सार्नुहोस्</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>तल सार्नुहोस्</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाउनुहोस्</translation>
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
            <translation>छलफल (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>निर्णयहरू (&amp;e)</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>(नयाँ विषय)</translation>
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
            <translation>अभिलेख फाइल बिग्रिएको छ: आवश्यक कुरा टिपोट गर्न मात्र काम जारी राख्नुहोस्, त्यसपछि जगेडा प्रतिबाट पुनर्स्थापना गर्नुहोस् (कसरी गर्ने भनेर scdesk check ले बताउँछ)।</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Named attendees</source>
            <translation>नामसहित उपस्थितहरू</translation>
        </message>
        <message>
            <source>Add the committee's &amp;members</source>
            <translation>समितिका सदस्यहरू थप्नुहोस् (&amp;m)</translation>
        </message>
        <message>
            <source>Add the committee's members</source>
            <translation>समितिका सदस्यहरू थप्नुहोस्</translation>
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
            <translation>कोही उपस्थित छैन</translation>
        </message>
        <message>
            <source>Secretary of this meeting</source>
            <translation>यस बैठकको सचिव</translation>
        </message>
        <message>
            <source>Who took the minutes and signs them: someone marked present.</source>
            <translation>जसले माइन्युट लेख्यो र त्यसमा हस्ताक्षर गर्छ: उपस्थित भनी दर्ता भएको कोही व्यक्ति।</translation>
        </message>
        <message>
            <source>Secreta&amp;ry of this meeting</source>
            <translation>यस बैठकको सचिव (&amp;r)</translation>
        </message>
        <message>
            <source>Anonymous headcounts</source>
            <translation>नाम बिनाका गन्तीहरू</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>उमेर समूह</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>समूह</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>कुनै समूह छैन</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>गन्ती थप्नुहोस् (&amp;h)</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>गनिएको छैन</translation>
        </message>
        <message>
            <source>Stated total attendance</source>
            <translation>उल्लेख गरिएको कुल उपस्थिति</translation>
        </message>
        <message>
            <source>Stated &amp;total</source>
            <translation>उल्लेख गरिएको जम्मा (&amp;t)</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>गनिएको</translation>
        </message>
        <message>
            <source>Choose the meeting's committee on the Details tab first.</source>
            <translation>पहिले विवरण ट्याबमा बैठकको समिति छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Nobody was a member of the committee on {day}.</source>
            <translation>{day} मा समितिको कुनै सदस्य थिएन।</translation>
        </message>
        <message>
            <source>{named} named present + {anonymous} counted = {sum}</source>
            <translation>{named} जना नामसहित उपस्थित + {anonymous} जना गनिएका = {sum}</translation>
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
            <translation>संस्था</translation>
        </message>
        <message>
            <source>city</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>committee membership</source>
            <translation>समितिको सदस्यता</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>कार्यसूचीको विषय</translation>
        </message>
        <message>
            <source>action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>activity session</source>
            <translation>गतिविधिको सत्र</translation>
        </message>
        <message>
            <source>consultation finding</source>
            <translation>परामर्शको निष्कर्ष</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>जोखिम विवरण</translation>
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
            <translation>योजनाको उद्देश्य</translation>
        </message>
        <message>
            <source>plan action</source>
            <translation>योजनाको कार्य</translation>
        </message>
        <message>
            <source>support grant</source>
            <translation>सहयोग अनुदान</translation>
        </message>
        <message>
            <source>expert advice</source>
            <translation>विज्ञ सल्लाह</translation>
        </message>
        <message>
            <source>raising with a national body</source>
            <translation>राष्ट्रिय निकायसमक्ष उठाइएको विषय</translation>
        </message>
        <message>
            <source>priority added by the hub</source>
            <translation>केन्द्रले थपेको प्राथमिकता</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>सूचक</translation>
        </message>
        <message>
            <source>indicator target</source>
            <translation>सूचकको लक्ष्य</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>उपस्थिति</translation>
        </message>
        <message>
            <source>headcount</source>
            <translation>गन्ती</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>हो</translation>
        </message>
        <message>
            <source>no</source>
            <translation>होइन</translation>
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
            <translation>संस्था</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>जन्म वर्ष</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>उमेर समूह</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>सरोकारवाला</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>फोन</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>इमेल</translation>
        </message>
        <message>
            <source>Consent to take part</source>
            <translation>सहभागी हुने सहमति</translation>
        </message>
        <message>
            <source>Consent to photos</source>
            <translation>फोटोका लागि सहमति</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>तथ्यांक प्रयोगको सहमति</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>सहमति दिने व्यक्ति</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>सहमति फाराम</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>सहमति दिएको मिति</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>सहमति फिर्ता लिएको मिति</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>विज्ञताका क्षेत्रहरू</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>देश</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>प्रदेश</translation>
        </message>
        <message>
            <source>Member city</source>
            <translation>सदस्य सहर</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>आबद्ध मिति</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>मेयर</translation>
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
            <translation>सुरु</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>अन्त्य</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>सुरु मिति</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>अन्त्य मिति</translation>
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
            <translation>जम्मा उपस्थित</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>माइन्युट</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>नतिजाहरू</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणीहरू</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>निमन्त्रित</translation>
        </message>
        <message>
            <source>present</source>
            <translation>उपस्थित</translation>
        </message>
        <message>
            <source>sent apologies</source>
            <translation>सूचना दिई अनुपस्थित</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>अनुपस्थित</translation>
        </message>
        <message>
            <source>approved (locked)</source>
            <translation>स्वीकृत (सम्पादन बन्द)</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>चासो</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>खतरा</translation>
        </message>
        <message>
            <source>existing approach</source>
            <translation>विद्यमान उपाय</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>स्रोत</translation>
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
            <translation>रोकथाम र प्रारम्भिक रोकथाम</translation>
        </message>
        <message>
            <source>national-local cooperation</source>
            <translation>राष्ट्रिय-स्थानीय सहकार्य</translation>
        </message>
        <message>
            <source>participation of youth</source>
            <translation>युवाको सहभागिता</translation>
        </message>
        <message>
            <source>participation of women</source>
            <translation>महिलाको सहभागिता</translation>
        </message>
        <message>
            <source>participation of marginalised groups</source>
            <translation>सीमान्तकृत समूहको सहभागिता</translation>
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
            <translation>सञ्चार माध्यम</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>व्यक्ति स्वयं</translation>
        </message>
        <message>
            <source>a parent or guardian</source>
            <translation>आमाबुबा वा अभिभावक</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>मौखिक रूपमा</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>लिखित रूपमा</translation>
        </message>
        <message>
            <source>field officer</source>
            <translation>क्षेत्रीय अधिकृत</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>केन्द्र</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>यो उपकरण</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>विश्वास गरिएको</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>विश्वास नगरिएको</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>खारेज गरिएको</translation>
        </message>
        <message>
            <source>Last complete quarter</source>
            <translation>पछिल्लो पूरा त्रैमासिक</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>पछिल्ला 12 महिना</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>यो वर्ष</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>सबै समय</translation>
        </message>
        <message>
            <source>Between the dates…</source>
            <translation>मितिहरूको बीचमा…</translation>
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>{country} is not a country the network works in.</source>
            <translation>{country} सञ्जालले काम गर्ने देश होइन।</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its id (scdesk check lists them).</source>
            <translation>{name} नामका एकभन्दा बढी सहर छन्: त्यसको पहिचान नम्बर दिनुहोस् (scdesk check ले तिनको सूची दिन्छ)।</translation>
        </message>
        <message>
            <source>No city called {name} is recorded here.</source>
            <translation>{name} नामको कुनै सहर यहाँ दर्ता छैन।</translation>
        </message>
        <message>
            <source>City name</source>
            <translation>सहरको नाम</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>स्थानीय नाम</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>प्रदेश</translation>
        </message>
        <message>
            <source>Choose the city's country.</source>
            <translation>सहरको देश छान्नुहोस्।</translation>
        </message>
        <message>
            <source>The date the city joined is in the future.</source>
            <translation>सहर आबद्ध भएको मिति भविष्यमा छ।</translation>
        </message>
        <message>
            <source>Only a member city has a date it joined the network.</source>
            <translation>सदस्य सहरको मात्र सञ्जालमा आबद्ध भएको मिति हुन्छ।</translation>
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message>
            <source>Cities</source>
            <translation>सहरहरू</translation>
        </message>
        <message>
            <source>&amp;New city</source>
            <translation>नयाँ सहर (&amp;N)</translation>
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
            <translation>प्रदेश</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>हो</translation>
        </message>
        <message>
            <source>no</source>
            <translation>होइन</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>आबद्ध</translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n सहर</numerusform>
                <numerusform>%n सहरहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CityFilter</name>
        <message>
            <source>All cities</source>
            <translation>सबै सहरहरू</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Reading the cities…</source>
            <translation>सहरहरू पढ्दै…</translation>
        </message>
    </context>
    <context>
        <name>CityForm</name>
        <message>
            <source>City[*]</source>
            <translation>सहर[*]</translation>
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
            <translation>प्रदेश (&amp;P)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>A member city</source>
            <translation>सदस्य सहर</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>आबद्ध मिति (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Mayor or local leader</source>
            <translation>मेयर वा स्थानीय नेता (&amp;M)</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>नयाँ सहर</translation>
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
            <translation>सहर (&amp;y)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Say what to do with the ids: merge or dismiss.</source>
            <translation>पहिचान नम्बरहरूलाई के गर्ने भन्नुहोस्: merge वा dismiss।</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s) scoring {score} or more</source>
            <translation>
                <numerusform>{score} वा बढी अङ्क भएको %n सम्भावित दोहोरो अभिलेख</numerusform>
                <numerusform>{score} वा बढी अङ्क भएका %n सम्भावित दोहोरा अभिलेख</numerusform>
            </translation>
        </message>
        <message>
            <source>Give two record ids: duplicates {action} ID ID.</source>
            <translation>दुईवटा अभिलेखका पहिचान नम्बर दिनुहोस्: duplicates {action} ID ID।</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at: scdesk duplicates lists them</source>
            <translation>
                <numerusform>हेर्नुपर्ने सम्भावित दोहोरा अभिलेखको %n जोडी: scdesk duplicates ले यसको सूची दिन्छ</numerusform>
                <numerusform>हेर्नुपर्ने सम्भावित दोहोरा अभिलेखका %n जोडी: scdesk duplicates ले तिनको सूची दिन्छ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of {table} have no audit entry</source>
            <translation>
                <numerusform>{table} को %n पङ्क्तिको लेखापरीक्षण प्रविष्टि छैन</numerusform>
                <numerusform>{table} का %n पङ्क्तिहरूको लेखापरीक्षण प्रविष्टि छैन</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n pair(s) of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</source>
            <translation>
                <numerusform>चेतावनी: यहाँ गनिएको सम्भावित दोहोरा अभिलेखको %n जोडी अझै टुङ्गिएको छैन; `scdesk duplicates` ले यसको सूची दिन्छ।</numerusform>
                <numerusform>चेतावनी: यहाँ गनिएका सम्भावित दोहोरा अभिलेखका %n जोडी अझै टुङ्गिएका छैनन्; `scdesk duplicates` ले तिनको सूची दिन्छ।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n record(s) counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</source>
            <translation>
                <numerusform>चेतावनी: यहाँ गनिएको %n अभिलेखले दुई उपकरणमा सम्पादनपछि एउटा नियम तोड्छ र समीक्षाको पर्खाइमा छ (जस्तो छ त्यस्तै गनियो); `scdesk conflicts` ले यसको सूची दिन्छ।</numerusform>
                <numerusform>चेतावनी: यहाँ गनिएका %n अभिलेखले दुई उपकरणमा सम्पादनपछि एउटा नियम तोड्छन् र समीक्षाको पर्खाइमा छन् (जस्ता छन् त्यस्तै गनिए); `scdesk conflicts` ले तिनको सूची दिन्छ।</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --meeting ID or --activity ID.</source>
            <translation>--meeting ID वा --activity ID दिनुहोस्।</translation>
        </message>
        <message>
            <source>Indicators are reported for a city or for all cities: give --city instead of --country.</source>
            <translation>सूचकहरू एउटा सहर वा सबै सहरका लागि प्रतिवेदन गरिन्छन्: --country को सट्टा --city दिनुहोस्।</translation>
        </message>
        <message>
            <source>Give {option}.</source>
            <translation>{option} दिनुहोस्।</translation>
        </message>
        <message>
            <source>The key figures of the last complete quarter, {start} to {end}: --from and --to choose another period.</source>
            <translation>पछिल्लो पूरा त्रैमासिक, {start} देखि {end} सम्म, का मुख्य तथ्याङ्क: अर्को अवधि --from र --to ले रोज्नुहोस्।</translation>
        </message>
        <message>
            <source>--meeting and --activity are for attendance only.</source>
            <translation>--meeting र --activity उपस्थितिका लागि मात्र हुन्।</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
            <extracomment>Translators: %n is how many problems were listed above.</extracomment>
            <translation>
                <numerusform>केही पनि आयात भएन: माथिको %n समस्या सच्याएर फाइल फेरि आयात गर्नुहोस्।</numerusform>
                <numerusform>केही पनि आयात भएन: माथिका %n समस्या सच्याएर फाइल फेरि आयात गर्नुहोस्।</numerusform>
            </translation>
        </message>
        <message>
            <source>Not read: {columns}. scdesk does not use these columns in this table; check how they are spelt.</source>
            <extracomment>Translators: {columns} are column names, as the file's first row gives them.</extracomment>
            <translation>पढिएन: {columns}। scdesk ले यो तालिकामा यी स्तम्भ प्रयोग गर्दैन; तिनको हिज्जे जाँच्नुहोस्।</translation>
        </message>
        <message>
            <source>The tables will hold names and contact details: add --yes to confirm.</source>
            <translation>तालिकाहरूमा नाम र सम्पर्क विवरण हुनेछन्: पुष्टि गर्न --yes थप्नुहोस्।</translation>
        </message>
        <message>
            <source>Not confirmed: nothing was written.</source>
            <translation>पुष्टि भएन: केही पनि लेखिएन।</translation>
        </message>
        <message>
            <source>Give the key backup's file: device {action} FILE.</source>
            <translation>साँचोको जगेडा फाइल दिनुहोस्: device {action} FILE।</translation>
        </message>
        <message>
            <source>Give --passphrase-file P, or run this in a terminal.</source>
            <translation>--passphrase-file P दिनुहोस्, वा यसलाई टर्मिनलमा चलाउनुहोस्।</translation>
        </message>
        <message>
            <source>The two passphrases differ: nothing was written.</source>
            <translation>दुई गोप्य वाक्यांश फरक छन्: केही पनि लेखिएन।</translation>
        </message>
        <message>
            <source>Replacing this device's keys makes new ones, and the hub refuses its bundles until its staff trust the new fingerprint: run again with --yes to replace them.</source>
            <translation>यस उपकरणका साँचोहरू बदल्दा नयाँ साँचो बन्छन्, र केन्द्रका कर्मचारीले नयाँ औँठाछापमा विश्वास नगरेसम्म केन्द्रले यसका पोकाहरू अस्वीकार गर्छ: साँचो बदल्न --yes सहित फेरि चलाउनुहोस्।</translation>
        </message>
        <message>
            <source>The keys were not replaced: nothing was changed.</source>
            <translation>साँचोहरू बदलिएनन्: केही पनि परिवर्तन भएन।</translation>
        </message>
        <message>
            <source>Warning: the hub takes no bundle from this device until its staff trust the new key: export a bundle or a card (scdesk device --card FILE), have them read out the new fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.</source>
            <translation>चेतावनी: केन्द्रका कर्मचारीले नयाँ साँचोमा विश्वास नगरेसम्म केन्द्रले यस उपकरणबाट कुनै पोको लिँदैन: एउटा पोको वा कार्ड निर्यात गर्नुहोस् (scdesk device --card FILE), उहाँहरूलाई नयाँ औँठाछाप पढेर सुनाउन र scdesk trust FILE चलाउन भन्नुहोस्, त्यसपछि केन्द्रसँग नयाँ पोको माग्नुहोस्।</translation>
        </message>
        <message>
            <source>The device that made this file is trusted already.</source>
            <translation>यो फाइल बनाउने उपकरणमा पहिले नै विश्वास गरिएको छ।</translation>
        </message>
        <message>
            <source>Say which conflict, and --keep A, B or --value.</source>
            <translation>कुन बाझाबाझ हो भन्नुहोस्, र --keep A, B वा --value दिनुहोस्।</translation>
        </message>
        <message>
            <source>No open conflict has the id {id}.</source>
            <translation>{id} पहिचान नम्बर भएको कुनै खुला बाझाबाझ छैन।</translation>
        </message>
        <message>
            <source>Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01.</source>
            <translation>--set लाई FIELD=VALUE को रूपमा लेख्नुहोस्, जस्तै --set joined_on=2024-03-01।</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the device's owner, then run again with --yes.</source>
            <translation>उपकरणको धनीसँग औँठाछाप मिलाउनुहोस्, त्यसपछि --yes सहित फेरि चलाउनुहोस्।</translation>
        </message>
        <message>
            <source>Not trusted: nothing was changed.</source>
            <translation>विश्वास गरिएन: केही पनि परिवर्तन भएन।</translation>
        </message>
        <message>
            <source>No screen found: run scdesk on a desktop, under Xvfb, or with QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.</source>
            <translation>स्क्रिन भेटिएन: scdesk लाई डेस्कटपमा, Xvfb अन्तर्गत, वा QT_QPA_PLATFORM=offscreen सहित चलाउनुहोस्; उपआदेशहरूलाई (scdesk --help) स्क्रिन चाहिँदैन।</translation>
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
            <translation>सहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of minutes</source>
            <translation>माइन्युटको भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quorum</source>
            <translation>गणपूरक संख्या (&amp;Q)</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>कुनै नियम छैन</translation>
        </message>
        <message>
            <source>&amp;Established on</source>
            <translation>स्थापना मिति (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Mandate</source>
            <translation>कार्यादेश (&amp;M)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>सदस्यहरू</translation>
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
            <translation>सुरु</translation>
        </message>
        <message>
            <source>To</source>
            <translation>अन्त्य</translation>
        </message>
        <message>
            <source>New committee</source>
            <translation>नयाँ समिति</translation>
        </message>
    </context>
    <context>
        <name>CommitteeOptions</name>
        <message>
            <source>All committees</source>
            <translation>सबै समितिहरू</translation>
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
            <translation>एउटै व्यक्ति हालको सदस्यका रूपमा दुई पटक सूचीमा छ।</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Choose the committee's city.</source>
            <translation>समितिको सहर छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>कार्यादेश</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>गणपूरक संख्या</translation>
        </message>
        <message>
            <source>The date the committee was established is in the future.</source>
            <translation>समिति स्थापना भएको मिति भविष्यमा छ।</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>Committees</source>
            <translation>समितिहरू</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>नयाँ समिति (&amp;N)</translation>
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
            <translation>सहर</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>स्थापना</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>सदस्यहरू</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>सबै प्रकार</translation>
        </message>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation>
                <numerusform>%n समिति</numerusform>
                <numerusform>%n समितिहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Two devices changed the same field without seeing each other's change, or changed two fields a rule ties together. A is the value every device shows now, B the one it replaced or met. Keeping either settles the conflict on every device with the next bundles; a choice that would break a rule is not offered.</source>
            <translation>दुई उपकरणले एकअर्काको परिवर्तन नदेखी एउटै खण्ड बदले, वा कुनै नियमले जोडेका दुई खण्ड बदले। A अहिले सबै उपकरणले देखाउने मान हो, B त्यसले प्रतिस्थापन गरेको वा भेटेको मान हो। जुनसुकै राखे पनि अर्को पोकासँगै सबै उपकरणमा बाझाबाझ टुङ्गिन्छ; नियम तोड्ने विकल्प दिइँदैन।</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>अभिलेख</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>खण्ड</translation>
        </message>
        <message>
            <source>A: shown now</source>
            <translation>A: अहिले देखिएको</translation>
        </message>
        <message>
            <source>A: written</source>
            <translation>A: लेखिएको</translation>
        </message>
        <message>
            <source>B: replaced</source>
            <translation>B: प्रतिस्थापित</translation>
        </message>
        <message>
            <source>B: written</source>
            <translation>B: लेखिएको</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>खुला बाझाबाझहरू</translation>
        </message>
        <message>
            <source>The selected conflict and what each choice writes</source>
            <translation>छानिएको बाझाबाझ र प्रत्येक विकल्पले के लेख्छ</translation>
        </message>
        <message>
            <source>Keep &amp;A</source>
            <translation>A राख्नुहोस् (&amp;A)</translation>
        </message>
        <message>
            <source>Keep value A of the selected conflict</source>
            <translation>छानिएको बाझाबाझको मान A राख्नुहोस्</translation>
        </message>
        <message>
            <source>Keep &amp;B</source>
            <translation>B राख्नुहोस् (&amp;B)</translation>
        </message>
        <message>
            <source>Keep value B of the selected conflict</source>
            <translation>छानिएको बाझाबाझको मान B राख्नुहोस्</translation>
        </message>
        <message>
            <source>Conflicts: what was done</source>
            <translation>बाझाबाझ: के गरियो</translation>
        </message>
        <message>
            <source>{field} (deleted on one device)</source>
            <translation>{field} (एउटा उपकरणमा मेटाइएको)</translation>
        </message>
        <message>
            <source>{field} (B: from a record merged into this one)</source>
            <translation>{field} (B: यसमा गाभिएको अभिलेखबाट)</translation>
        </message>
        <message>
            <source>{field} and {other} (a rule ties them)</source>
            <translation>{field} र {other} (एउटा नियमले यिनलाई जोड्छ)</translation>
        </message>
        <message>
            <source>by {device}, {when}</source>
            <translation>{device} द्वारा, {when}</translation>
        </message>
        <message>
            <source>Keep {mark}: writes {values}.</source>
            <translation>{mark} राख्नुहोस्: {values} लेख्छ।</translation>
        </message>
        <message>
            <source>Keep {mark}: not offered. {problem}</source>
            <translation>{mark} राख्नुहोस्: विकल्प दिइएको छैन। {problem}</translation>
        </message>
        <message>
            <source>Settling the conflict…</source>
            <translation>बाझाबाझ टुङ्ग्याउँदै…</translation>
        </message>
        <message>
            <source>Settled: {value} kept.</source>
            <translation>टुङ्गियो: {value} राखियो।</translation>
        </message>
    </context>
    <context>
        <name>Cooperation</name>
        <message>
            <source>Choose the city whose priority was raised.</source>
            <translation>जसको प्राथमिकता उठाइएको थियो, त्यो सहर छान्नुहोस्।</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>राष्ट्रिय निकाय</translation>
        </message>
        <message>
            <source>Give the day it was raised.</source>
            <translation>उठाइएको दिन दिनुहोस्।</translation>
        </message>
        <message>
            <source>The day it was raised is in the future.</source>
            <translation>उठाइएको दिन भविष्यमा छ।</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>उठाइएको विषय</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>नतिजा</translation>
        </message>
        <message>
            <source>The consultation finding chosen is of another city.</source>
            <translation>छानिएको परामर्शको निष्कर्ष अर्कै सहरको हो।</translation>
        </message>
        <message>
            <source>The plan action chosen is of another city's plan.</source>
            <translation>छानिएको योजनाको कार्य अर्कै सहरको योजनाको हो।</translation>
        </message>
        <message>
            <source>The meeting chosen was held in another city.</source>
            <translation>छानिएको बैठक अर्कै सहरमा भएको थियो।</translation>
        </message>
        <message>
            <source>The support grant chosen is for another city.</source>
            <translation>छानिएको सहयोग अनुदान अर्कै सहरका लागि हो।</translation>
        </message>
        <message>
            <source>The expert advice chosen was for another city.</source>
            <translation>छानिएको विज्ञ सल्लाह अर्कै सहरका लागि थियो।</translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>National-local cooperation</source>
            <translation>राष्ट्रिय-स्थानीय सहकार्य</translation>
        </message>
        <message>
            <source>Search body, what was raised, outcome…</source>
            <translation>निकाय, उठाइएको विषय, नतिजा खोज्नुहोस्…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>खोज्नुहोस्</translation>
        </message>
        <message>
            <source>&amp;New raising</source>
            <translation>नयाँ उठाइएको विषय (&amp;N)</translation>
        </message>
        <message>
            <source>All national bodies</source>
            <translation>सबै राष्ट्रिय निकाय</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>राष्ट्रिय निकाय</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>सबै स्थिति</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>What the list holds</source>
            <translation>सूचीमा के छ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>उठाइएको मिति</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>उठाइएको विषय</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>नतिजा</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>कहाँबाट आएको</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>राष्ट्रिय निकायसमक्ष उठाइएका विषय</translation>
        </message>
        <message>
            <source>Reading what was raised…</source>
            <translation>उठाइएका विषयहरू पढ्दै…</translation>
        </message>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation>
                <numerusform>राष्ट्रिय निकायसमक्ष उठाइएको %n विषय</numerusform>
                <numerusform>राष्ट्रिय निकायसमक्ष उठाइएका %n विषय</numerusform>
            </translation>
        </message>
    </context>
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
            <source>Sri Lanka</source>
            <translation>श्रीलङ्का</translation>
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
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>All countries</source>
            <translation>सबै देशहरू</translation>
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
            <translation>हाजिरी पानामा 0 देखि {most} सम्म खाली पङ्क्ति हुन्छन्; ठूलो कार्यक्रमका लागि दोस्रो पाना छाप्नुहोस्।</translation>
        </message>
        <message>
            <source>The demo's scale is a whole number from 1 to {most}.</source>
            <extracomment>Translators: {most} is the largest demo scale, the number of times the demo's ten cities are repeated.</extracomment>
            <translation>नमुनाको मापन 1 देखि {most} सम्मको पूर्ण संख्या हुनुपर्छ।</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>सारांश पृष्ठ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>Duplicates not settled</source>
            <translation>नटुङ्गिएका दोहोरो प्रविष्टिहरू</translation>
        </message>
        <message>
            <source>Records under review</source>
            <translation>समीक्षाधीन अभिलेखहरू</translation>
        </message>
        <message>
            <source>The programme's work:</source>
            <translation>सञ्जालको काम:</translation>
        </message>
        <message>
            <source>Open the {page} page</source>
            <translation>{page} पृष्ठ खोल्नुहोस्</translation>
        </message>
        <message>
            <source>Counting the key figures…</source>
            <translation>मुख्य तथ्यांक गन्दै…</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>today</source>
            <translation>आज</translation>
        </message>
        <message>
            <source>all cities</source>
            <translation>सबै सहरहरू</translation>
        </message>
        <message>
            <source>From {start} to {end}, {place}</source>
            <translation>{start} देखि {end} सम्म, {place}</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation>
                <numerusform>यहाँ गनिएको सम्भावित दोहोरो प्रविष्टिको %n जोडी अझै टुङ्गिएको छैन: केही तथ्यांकमा कुनै व्यक्ति, कार्यक्रम वा सहर दुई पटक गनिन सक्छ। दोहोरो प्रविष्टि पृष्ठमा तिनको सूची छ।</numerusform>
                <numerusform>यहाँ गनिएका सम्भावित दोहोरो प्रविष्टिका %n जोडी अझै टुङ्गिएका छैनन्: केही तथ्यांकमा कुनै व्यक्ति, कार्यक्रम वा सहर दुई पटक गनिन सक्छ। दोहोरो प्रविष्टि पृष्ठमा तिनको सूची छ।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation>
                <numerusform>यहाँ गनिएको %n अभिलेखले दुई उपकरणमा सम्पादनपछि एउटा नियम तोड्छ र समीक्षाको प्रतीक्षामा छ; यसलाई हालकै अवस्थामा गनिएको छ। समक्रमण पृष्ठको बाझाबाझ सूचीमा यो छ।</numerusform>
                <numerusform>यहाँ गनिएका %n अभिलेखले दुई उपकरणमा सम्पादनपछि एउटा नियम तोड्छन् र समीक्षाको प्रतीक्षामा छन्; तिनलाई हालकै अवस्थामा गनिएको छ। समक्रमण पृष्ठको बाझाबाझ सूचीमा तिनीहरू छन्।</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}, by group of people</source>
            <translation>{figure}, व्यक्तिहरूको समूह अनुसार</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <translation>{dimension} अनुसार</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>गन्ती</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The demo fills only an empty store, and this one already holds records: start scdesk with a new data folder to try the demo.</source>
            <translation>नमुनाले खाली भण्डार मात्र भर्छ, र यसमा पहिले नै अभिलेखहरू छन्: नमुना प्रयोग गरी हेर्न नयाँ तथ्यांक फोल्डरसहित scdesk सुरु गर्नुहोस्।</translation>
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
            <translation>उपकरणको नाम</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>तपाईंको नाम</translation>
        </message>
        <message>
            <source>Choose the city this officer works in.</source>
            <translation>यो अधिकृतले काम गर्ने सहर छान्नुहोस्।</translation>
        </message>
        <message>
            <source>The passphrase needs {count} characters or more: a few words will do.</source>
            <translation>गोप्य वाक्यांशमा {count} वा बढी अक्षर हुनुपर्छ: केही शब्दहरू भए पुग्छ।</translation>
        </message>
        <message>
            <source>This device is set up already: its role and city change only with scdesk setup --change-role, which says first what that changes.</source>
            <translation>यो उपकरण पहिले नै तयार गरिएको छ: यसको भूमिका र सहर scdesk setup --change-role ले मात्र बदल्छ, जसले पहिले त्यसले के बदल्छ भनेर बताउँछ।</translation>
        </message>
        <message>
            <source>A hub does not take another hub's profile.</source>
            <translation>केन्द्रले अर्को केन्द्रको परिचय फाइल लिँदैन।</translation>
        </message>
        <message>
            <source>This device already has a hub, {name}: revoke it first to take another hub's profile.</source>
            <translation>यस उपकरणको केन्द्र पहिले नै {name} छ: अर्को केन्द्रको परिचय फाइल लिन पहिले त्यसलाई खारेज गर्नुहोस्।</translation>
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
            <translation>प्रयोगकर्ता</translation>
        </message>
        <message>
            <source>State</source>
            <translation>अवस्था</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>औँठाछाप</translation>
        </message>
        <message>
            <source>Last bundle from it</source>
            <translation>त्यसबाट आएको अन्तिम पोको</translation>
        </message>
        <message>
            <source>Last bundle for it</source>
            <translation>त्यसका लागि बनाइएको अन्तिम पोको</translation>
        </message>
        <message>
            <source>Devices known here</source>
            <translation>यहाँ चिनिएका उपकरणहरू</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>खारेज गर्नुहोस्… (&amp;R)</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>छानिएको उपकरण खारेज गर्नुहोस्</translation>
        </message>
        <message>
            <source>For a lost or stolen device: its bundles are refused from now on.</source>
            <translation>हराएको वा चोरी भएको उपकरणका लागि: अबदेखि यसका पोकाहरू अस्वीकार गरिन्छन्।</translation>
        </message>
        <message>
            <source>Devices: what was done</source>
            <translation>उपकरणहरू: के गरियो</translation>
        </message>
        <message>
            <source>Write the hub &amp;profile…</source>
            <translation>केन्द्र परिचय फाइल लेख्नुहोस्… (&amp;p)</translation>
        </message>
        <message>
            <source>Write the hub profile</source>
            <translation>केन्द्र परिचय फाइल लेख्नुहोस्</translation>
        </message>
        <message>
            <source>The file that introduces this hub to officers' laptops.</source>
            <translation>क्षेत्रीय अधिकृतहरूका ल्यापटपमा यो केन्द्रको परिचय दिने फाइल।</translation>
        </message>
        <message>
            <source>Import the hub's &amp;profile…</source>
            <translation>केन्द्रको परिचय फाइल आयात गर्नुहोस्… (&amp;p)</translation>
        </message>
        <message>
            <source>Import the hub's profile</source>
            <translation>केन्द्रको परिचय फाइल आयात गर्नुहोस्</translation>
        </message>
        <message>
            <source>The file from your hub that lets this laptop exchange bundles with it.</source>
            <translation>तपाईंको केन्द्रबाट आएको फाइल, जसले यो ल्यापटपलाई केन्द्रसँग पोका आदानप्रदान गर्न दिन्छ।</translation>
        </message>
        <message>
            <source>Revoke {name}?</source>
            <translation>{name} खारेज गर्ने?</translation>
        </message>
        <message>
            <source>Bundles from {name} will be refused from now on.</source>
            <translation>अबदेखि {name} बाट आएका पोकाहरू अस्वीकार गरिनेछन्।</translation>
        </message>
        <message>
            <source>Revoke it</source>
            <translation>खारेज गर्नुहोस्</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>राख्नुहोस्</translation>
        </message>
        <message>
            <source>Do this when a device is lost, stolen or given to someone else. A revoked device cannot be trusted again.</source>
            <translation>उपकरण हराएमा, चोरी भएमा वा अरू कसैलाई दिइएमा यो गर्नुहोस्। खारेज गरिएको उपकरणमा फेरि विश्वास गर्न सकिँदैन।</translation>
        </message>
        <message>
            <source>Revoking…</source>
            <translation>खारेज गर्दै…</translation>
        </message>
        <message>
            <source>{name} is revoked: its bundles are refused from now on.</source>
            <translation>{name} खारेज गरियो: अबदेखि यसका पोकाहरू अस्वीकार गरिन्छन्।</translation>
        </message>
        <message>
            <source>Where to write the hub profile</source>
            <translation>केन्द्र परिचय फाइल कहाँ लेख्ने</translation>
        </message>
        <message>
            <source>Hub profile written to {path}. Import it on each officer's laptop (Sync, Devices) and check the fingerprint it shows.</source>
            <translation>केन्द्र परिचय फाइल {path} मा लेखियो। यसलाई प्रत्येक अधिकृतको ल्यापटपमा आयात गर्नुहोस् (समक्रमण, उपकरणहरू) र यसले देखाउने औँठाछाप जाँच गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Writing the hub profile…</source>
            <translation>केन्द्र परिचय फाइल लेख्दै…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>केन्द्रको परिचय फाइल</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile);;All files (*)</source>
            <translation>केन्द्र परिचय फाइलहरू (*.scdesk-profile);;सबै फाइलहरू (*)</translation>
        </message>
        <message>
            <source>Reading the hub profile…</source>
            <translation>केन्द्र परिचय फाइल पढ्दै…</translation>
        </message>
        <message>
            <source>Importing the hub profile…</source>
            <translation>केन्द्र परिचय फाइल आयात गर्दै…</translation>
        </message>
        <message>
            <source>{hub} is this device's hub. {records} of reference data taken.</source>
            <translation>{hub} यस उपकरणको केन्द्र हो। सन्दर्भ तथ्यांकका {records} लिइयो।</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n अभिलेख</numerusform>
                <numerusform>%n अभिलेखहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore unsaved work</source>
            <translation>नसुरक्षित काम पुनर्स्थापना गर्नुहोस्</translation>
        </message>
        <message>
            <source>scdesk was closed while these forms had changes that were not saved. Restore them to carry on where you were.</source>
            <translation>यी फारामहरूमा सुरक्षित नगरिएका परिवर्तनहरू हुँदै scdesk बन्द भयो। जहाँ छोड्नुभएको थियो त्यहीँबाट जारी राख्न तिनलाई पुनर्स्थापना गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Unsaved forms</source>
            <translation>सुरक्षित नगरिएका फारामहरू</translation>
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
            <translation>संस्था</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>&amp;Restore the ticked forms</source>
            <translation>चिन्ह लगाइएका फारामहरू पुनर्स्थापना गर्नुहोस् (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard the ticked forms</source>
            <translation>चिन्ह लगाइएका फारामहरू खारेज गर्नुहोस् (&amp;D)</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>पछि निर्णय गर्नुहोस् (&amp;l)</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same name in {first} and {second} script</source>
            <translation>{first} र {second} लिपिमा उही नाम</translation>
        </message>
        <message>
            <source>The lowest score must be from 0 to 100.</source>
            <translation>न्यूनतम अङ्क 0 देखि 100 सम्म हुनुपर्छ।</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>रोमन</translation>
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
            <translation>बङ्गाली</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>तमिल</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>सिंहली</translation>
        </message>
        <message>
            <source>another</source>
            <translation>अर्को</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>उही नाम</translation>
        </message>
        <message>
            <source>same name, spelled differently</source>
            <translation>उही नाम, फरक हिज्जे</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>मिल्दोजुल्दो नाम</translation>
        </message>
        <message>
            <source>same first name, nothing more to compare in the names</source>
            <translation>उही पहिलो नाम, नाममा तुलना गर्ने अरू केही छैन</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>उही जन्म वर्ष</translation>
        </message>
        <message>
            <source>birth years a year apart</source>
            <translation>जन्म वर्षमा एक वर्षको फरक</translation>
        </message>
        <message>
            <source>different birth years</source>
            <translation>फरक जन्म वर्ष</translation>
        </message>
        <message>
            <source>birth year fits the age band</source>
            <translation>जन्म वर्ष उमेर समूहसँग मिल्छ</translation>
        </message>
        <message>
            <source>birth year does not fit the age band</source>
            <translation>जन्म वर्ष उमेर समूहसँग मिल्दैन</translation>
        </message>
        <message>
            <source>same age band</source>
            <translation>उही उमेर समूह</translation>
        </message>
        <message>
            <source>age bands far apart</source>
            <translation>उमेर समूहमा धेरै फरक</translation>
        </message>
        <message>
            <source>different genders</source>
            <translation>फरक लिङ्ग</translation>
        </message>
        <message>
            <source>same city</source>
            <translation>उही सहर</translation>
        </message>
        <message>
            <source>different cities</source>
            <translation>फरक सहर</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>उही फोन नम्बर</translation>
        </message>
        <message>
            <source>different phone numbers</source>
            <translation>फरक फोन नम्बर</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>उही इमेल ठेगाना</translation>
        </message>
        <message>
            <source>different e-mail addresses</source>
            <translation>फरक इमेल ठेगाना</translation>
        </message>
        <message>
            <source>same organisation</source>
            <translation>उही संस्था</translation>
        </message>
        <message>
            <source>different organisations</source>
            <translation>फरक संस्था</translation>
        </message>
        <message>
            <source>same community</source>
            <translation>उही समुदाय</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>उही देश</translation>
        </message>
        <message>
            <source>same province</source>
            <translation>उही प्रदेश</translation>
        </message>
        <message>
            <source>different provinces</source>
            <translation>फरक प्रदेश</translation>
        </message>
        <message>
            <source>same sector</source>
            <translation>उही क्षेत्र</translation>
        </message>
        <message>
            <source>different sectors</source>
            <translation>फरक क्षेत्र</translation>
        </message>
        <message>
            <source>same kind of event</source>
            <translation>उही प्रकारको कार्यक्रम</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>उही दिन</translation>
        </message>
        <message>
            <source>same starting time</source>
            <translation>उही सुरु समय</translation>
        </message>
        <message>
            <source>different committees</source>
            <translation>फरक समिति</translation>
        </message>
        <message>
            <source>same title</source>
            <translation>उही शीर्षक</translation>
        </message>
        <message>
            <source>similar title</source>
            <translation>मिल्दोजुल्दो शीर्षक</translation>
        </message>
        <message>
            <source>different titles</source>
            <translation>फरक शीर्षक</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>कुनै अभिलेखलाई आफैँसँग गाभ्न सकिँदैन।</translation>
        </message>
        <message>
            <source>{first} and {second} are not records of the same kind.</source>
            <translation>{first} र {second} एउटै प्रकारका अभिलेख होइनन्।</translation>
        </message>
        <message>
            <source>No person, city, organisation, meeting or activity has the id {id} here.</source>
            <translation>{id} पहिचान नम्बर भएको कुनै व्यक्ति, सहर, संस्था, बैठक वा गतिविधि यहाँ छैन।</translation>
        </message>
        <message>
            <source>{id} was deleted or merged already: it cannot be merged now.</source>
            <translation>{id} पहिले नै मेटाइएको वा गाभिएको छ: अब यसलाई गाभ्न सकिँदैन।</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Probable duplicates</source>
            <translation>सम्भावित दोहोरो प्रविष्टिहरू</translation>
        </message>
        <message>
            <source>Records that are probably the same person, city, organisation or event, recorded twice. Merging keeps one: everything that named the other names it, and the key figures count them once. Every device does the same with the next bundles.</source>
            <translation>सम्भवतः उही व्यक्ति, सहर, संस्था वा कार्यक्रम दुई पटक दर्ता भएका अभिलेखहरू। गाभ्दा एउटा मात्र रहन्छ: अर्कोलाई जनाउने सबै कुराले यसैलाई जनाउँछन्, र मुख्य तथ्यांकले तिनलाई एक पटक मात्र गन्छ। अर्को पोकासँगै सबै उपकरणले पनि यस्तै गर्छन्।</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>अभिलेखको प्रकार</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>सबै प्रकार</translation>
        </message>
        <message>
            <source>Search &amp;again</source>
            <translation>फेरि खोज्नुहोस् (&amp;a)</translation>
        </message>
        <message>
            <source>How many pairs</source>
            <translation>कति जोडी</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>अङ्क</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>First</source>
            <translation>पहिलो</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>दोस्रो</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>किन</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>खण्ड</translation>
        </message>
        <message>
            <source>The selected pair, field by field</source>
            <translation>छानिएको जोडी, खण्ड अनुसार</translation>
        </message>
        <message>
            <source>Why the selected pair is probably one record</source>
            <translation>छानिएको जोडी किन सम्भवतः एउटै अभिलेख हो</translation>
        </message>
        <message>
            <source>Keep the &amp;first</source>
            <translation>पहिलो राख्नुहोस् (&amp;f)</translation>
        </message>
        <message>
            <source>Merge the second record into the first</source>
            <translation>दोस्रो अभिलेखलाई पहिलोमा गाभ्नुहोस्</translation>
        </message>
        <message>
            <source>Keep the &amp;second</source>
            <translation>दोस्रो राख्नुहोस् (&amp;s)</translation>
        </message>
        <message>
            <source>Merge the first record into the second</source>
            <translation>पहिलो अभिलेखलाई दोस्रोमा गाभ्नुहोस्</translation>
        </message>
        <message>
            <source>&amp;Different records</source>
            <translation>फरक अभिलेख (&amp;D)</translation>
        </message>
        <message>
            <source>The two records are different</source>
            <translation>यी दुई अभिलेख फरक हुन्</translation>
        </message>
        <message>
            <source>Duplicates: what was done</source>
            <translation>दोहोरो प्रविष्टि: के गरियो</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>दोहोरो प्रविष्टि खोज्दै…</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation>
                <numerusform>हेर्नुपर्ने %n जोडी</numerusform>
                <numerusform>हेर्नुपर्ने %n जोडीहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>Score {score}: {why}.</source>
            <translation>अङ्क {score}: {why}।</translation>
        </message>
        <message>
            <source>Reading the pair…</source>
            <translation>जोडी पढ्दै…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>गाभ्दै…</translation>
        </message>
        <message>
            <source>Merged: {name} kept.</source>
            <translation>गाभियो: {name} राखियो।</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation>
                <numerusform>%n खण्ड फरक थियो: अरू मानहरू समक्रमण पृष्ठको बाझाबाझ ट्याबमा समीक्षाको प्रतीक्षामा छन्।</numerusform>
                <numerusform>%n खण्ड फरक थिए: अरू मानहरू समक्रमण पृष्ठको बाझाबाझ ट्याबमा समीक्षाको प्रतीक्षामा छन्।</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>सुरक्षित गर्दै…</translation>
        </message>
        <message>
            <source>{first} and {second} are different: they are not suggested again.</source>
            <translation>{first} र {second} फरक हुन्: तिनलाई फेरि सुझाव दिइने छैन।</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This id belongs to another kind of record: check that the file and the column are the right ones.</source>
            <translation>यो पहिचान नम्बर अर्कै प्रकारको अभिलेखको हो: फाइल र महल सही छन् कि छैनन् जाँच गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This record no longer exists here: it may have been deleted.</source>
            <translation>यो अभिलेख अब यहाँ छैन: यो मेटाइएको हुन सक्छ।</translation>
        </message>
    </context>
    <context>
        <name>EventListPage</name>
        <message>
            <source>All kinds</source>
            <translation>सबै प्रकार</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>कुनै पनि स्थिति</translation>
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
            <translation>सहर (&amp;y)</translation>
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
            <translation>खाली पङ्क्तिहरू (&amp;B)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5 भन्दा कमका गन्ती लुकाउनुहोस्</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>केन्द्रबाहिर जाने: 5 भन्दा कमका गन्ती “&lt;5” का रूपमा देखिन्छन्</translation>
        </message>
    </context>
    <context>
        <name>ExpertPicker</name>
        <message>
            <source>Add to the expert pool</source>
            <translation>विज्ञ समूहमा थप्नुहोस्</translation>
        </message>
        <message>
            <source>Find the person, or record a new one; their record opens for you to give their fields of expertise.</source>
            <translation>व्यक्ति खोज्नुहोस्, वा नयाँ व्यक्ति दर्ता गर्नुहोस्; उहाँका विज्ञताका क्षेत्रहरू दिन उहाँको अभिलेख खुल्छ।</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>{city} is in {its}, not in {country}: ask for the city alone.</source>
            <extracomment>Translators: {city} is a city's name; {its} and {country} are countries' names.</extracomment>
            <translation>{city} {its} मा छ, {country} मा होइन: सहर मात्र छान्नुहोस्।</translation>
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
            <translation>सहर (&amp;y)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5 भन्दा कमका गन्ती लुकाउनुहोस्</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>केन्द्रबाहिर जाने: 5 भन्दा कमका गन्ती “&lt;5” का रूपमा देखिन्छन्</translation>
        </message>
        <message>
            <source>One a line; the report adds its own too</source>
            <translation>प्रत्येक पङ्क्तिमा एउटा; प्रतिवेदनले आफ्नै पनि थप्छ</translation>
        </message>
        <message>
            <source>&amp;Highlights</source>
            <translation>मुख्य बुँदाहरू (&amp;H)</translation>
        </message>
        <message>
            <source>A sentence thanking the funders, printed at the end</source>
            <translation>अनुदानदाताहरूलाई धन्यवाद दिने वाक्य, अन्त्यमा छापिन्छ</translation>
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
            <translation>{name} फाइल होइन, फोल्डर हो: फाइल नै छान्नुहोस्।</translation>
        </message>
        <message>
            <source>{name} is not a file saved on the disk (it is a device, a pipe or a socket): choose a file.</source>
            <translation>{name} डिस्कमा सुरक्षित गरिएको फाइल होइन (यो उपकरण, पाइप वा सकेट हो): एउटा फाइल छान्नुहोस्।</translation>
        </message>
        <message>
            <source>{name} is not a plain file scdesk may replace (it is a link, a folder or a device): choose another name.</source>
            <translation>{name} scdesk ले प्रतिस्थापन गर्न मिल्ने साधारण फाइल होइन (यो लिङ्क, फोल्डर वा उपकरण हो): अर्को नाम छान्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} पढ्न सकिँदैन: {reason}।</translation>
        </message>
        <message>
            <source>{name} was not written: the folder {folder} does not exist.</source>
            <translation>{name} लेखिएन: {folder} फोल्डर छैन।</translation>
        </message>
        <message>
            <source>{name} was not written: there is no room left on the disk. Nothing was kept.</source>
            <translation>{name} लेखिएन: डिस्कमा ठाउँ बाँकी छैन। केही पनि राखिएन।</translation>
        </message>
        <message>
            <source>{name} was not written: {reason}.</source>
            <translation>{name} लेखिएन: {reason}।</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>&amp;Open the consultation</source>
            <translation>परामर्श खोल्नुहोस् (&amp;O)</translation>
        </message>
        <message>
            <source>Open the consultation of the selected finding</source>
            <translation>छानिएको निष्कर्षको परामर्श खोल्नुहोस्</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्षहरू</translation>
        </message>
        <message>
            <source>&amp;New consultation</source>
            <translation>नयाँ परामर्श (&amp;N)</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>सम्पन्न</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>वर्ग</translation>
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
            <translation>कुनै पनि प्राथमिकता</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>सबै वर्ग</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (प्रयोगबाट हटाइएको)</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n निष्कर्ष</numerusform>
                <numerusform>%n निष्कर्षहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsTab</name>
        <message>
            <source>What the consultation found, in the meeting's language: short entries, in the order they matter. A priority raised takes a note on what was said.</source>
            <translation>परामर्शले पत्ता लगाएका कुरा, बैठकको भाषामा: छोटा प्रविष्टिहरू, महत्त्वको क्रममा। उठाइएको प्राथमिकतामा के भनियो भन्ने टिप्पणी लेखिन्छ।</translation>
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
            <translation>प्राथमिकताको क्षेत्र</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (प्रयोगबाट हटाइएको)</translation>
        </message>
        <message>
            <source>Add a &amp;concern</source>
            <translation>चासो थप्नुहोस् (&amp;c)</translation>
        </message>
        <message>
            <source>Add a &amp;threat</source>
            <translation>खतरा थप्नुहोस् (&amp;t)</translation>
        </message>
        <message>
            <source>Add an &amp;existing approach</source>
            <translation>विद्यमान उपाय थप्नुहोस् (&amp;e)</translation>
        </message>
        <message>
            <source>Add a &amp;resource</source>
            <translation>स्रोत थप्नुहोस् (&amp;r)</translation>
        </message>
        <message>
            <source>Add a &amp;key need</source>
            <translation>मुख्य आवश्यकता थप्नुहोस् (&amp;k)</translation>
        </message>
        <message>
            <source>Add a &amp;priority raised</source>
            <translation>उठाइएको प्राथमिकता थप्नुहोस् (&amp;p)</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>चासोहरू</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>खतराहरू</translation>
        </message>
        <message>
            <source>Existing approaches</source>
            <translation>विद्यमान उपायहरू</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>स्रोतहरू</translation>
        </message>
        <message>
            <source>Key needs</source>
            <translation>मुख्य आवश्यकताहरू</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>प्राथमिकताहरू</translation>
        </message>
    </context>
    <context>
        <name>FingerprintQuestion</name>
        <message>
            <source>Trust this device's new keys?</source>
            <translation>यस उपकरणका नयाँ साँचोहरूमा विश्वास गर्ने?</translation>
        </message>
        <message>
            <source>{name}, used by {user}, was trusted here with fingerprint {old} and has made new keys.</source>
            <translation>{user} ले प्रयोग गर्ने {name} लाई यहाँ {old} औँठाछापसहित विश्वास गरिएको थियो, र यसले नयाँ साँचोहरू बनाएको छ।</translation>
        </message>
        <message>
            <source>Its old key confirmed the new one.</source>
            <translation>यसको पुरानो साँचोले नयाँ साँचो पुष्टि गर्‍यो।</translation>
        </message>
        <message>
            <source>Its old key did not confirm the new one (it was lost): check with care.</source>
            <translation>यसको पुरानो साँचोले नयाँ साँचो पुष्टि गरेन (पुरानो साँचो हराएको थियो): होसियारीपूर्वक जाँच गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Its new fingerprint:</source>
            <translation>यसको नयाँ औँठाछाप:</translation>
        </message>
        <message>
            <source>Trust this hub?</source>
            <translation>यो केन्द्रमा विश्वास गर्ने?</translation>
        </message>
        <message>
            <source>Trust this device?</source>
            <translation>यो उपकरणमा विश्वास गर्ने?</translation>
        </message>
        <message>
            <source>This hub profile comes from {name}, used by {user}.</source>
            <translation>यो केन्द्र परिचय फाइल {user} ले प्रयोग गर्ने {name} बाट आएको हो।</translation>
        </message>
        <message>
            <source>This bundle comes from {name}, used by {user}, a device not yet trusted here.</source>
            <translation>यो पोको {user} ले प्रयोग गर्ने {name} बाट आएको हो, जुन उपकरणमा यहाँ अझै विश्वास गरिएको छैन।</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>यसको औँठाछाप:</translation>
        </message>
        <message>
            <source>Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. Trust it only if it is exactly the same: a bundle from a trusted device is merged into your records.</source>
            <translation>{user} लाई {name} मा समक्रमण पृष्ठ खोलेर त्यहाँ देखिएको औँठाछाप पढेर सुनाउन भन्नुहोस्। ठ्याक्कै उस्तै भएमा मात्र विश्वास गर्नुहोस्: विश्वास गरिएको उपकरणबाट आएको पोको तपाईंका अभिलेखमा गाभिन्छ।</translation>
        </message>
        <message>
            <source>Trust it: the fingerprints match</source>
            <translation>विश्वास गर्नुहोस्: औँठाछापहरू मिल्छन्</translation>
        </message>
        <message>
            <source>Do not trust</source>
            <translation>विश्वास नगर्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>scdesk मा स्वागत छ</translation>
        </message>
        <message>
            <source>Set up this device once. Records you make here will say which device and which person made them.</source>
            <translation>यो उपकरण एक पटक तयार गर्नुहोस्। यहाँ बनाइएका अभिलेखहरूले कुन उपकरण र कुन व्यक्तिले बनाएको हो भनेर देखाउँछन्।</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>स्क्रिनमा देखिने भाषा (&amp;i)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>स्क्रिनमा देखिने भाषा</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>उपकरणको नाम (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>तपाईंको नाम (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Field officer</source>
            <translation>क्षेत्रीय अधिकृत (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Hub</source>
            <translation>केन्द्र (&amp;H)</translation>
        </message>
        <message>
            <source>This device is used by</source>
            <translation>यो उपकरण प्रयोग गर्ने</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>प्रयोगकर्ता</translation>
        </message>
        <message>
            <source>Take the hub's &amp;profile…</source>
            <translation>केन्द्रको परिचय फाइल लिनुहोस्… (&amp;p)</translation>
        </message>
        <message>
            <source>Take the hub's profile file</source>
            <translation>केन्द्रको परिचय फाइल लिनुहोस्</translation>
        </message>
        <message>
            <source>(an officer: the file your hub gave you)</source>
            <translation>(अधिकृतका लागि: तपाईंको केन्द्रले दिएको फाइल)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>केन्द्र</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>सहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of records</source>
            <translation>अभिलेखको भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>The new city</source>
            <translation>नयाँ सहर</translation>
        </message>
        <message>
            <source>City &amp;name</source>
            <translation>सहरको नाम (&amp;n)</translation>
        </message>
        <message>
            <source>Name in the &amp;local script</source>
            <translation>स्थानीय लिपिमा नाम (&amp;l)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>देश (&amp;o)</translation>
        </message>
        <message>
            <source>Cities already recorded with a similar name</source>
            <translation>मिल्दोजुल्दो नाम भएका, पहिले नै दर्ता भएका सहरहरू</translation>
        </message>
        <message>
            <source>Start using scdesk</source>
            <translation>scdesk प्रयोग सुरु गर्नुहोस्</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>A new city…</source>
            <translation>नयाँ सहर…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>केन्द्रको परिचय फाइल</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile)</source>
            <translation>केन्द्र परिचय फाइलहरू (*.scdesk-profile)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ्दै…</translation>
        </message>
        <message>
            <source>{hub}'s cities are listed under City.</source>
            <translation>{hub} का सहरहरू "सहर" अन्तर्गत सूचीमा छन्।</translation>
        </message>
        <message>
            <source>Already known: {names}. Choose it under City rather than adding it again.</source>
            <translation>पहिले नै चिनिएको: {names}। यसलाई फेरि थप्नुको सट्टा "सहर" अन्तर्गत छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>तयार गर्दै…</translation>
        </message>
    </context>
    <context>
        <name>GrantForm</name>
        <message>
            <source>Technical support grant[*]</source>
            <translation>प्राविधिक सहयोग अनुदान[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>सहर (&amp;C)</translation>
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
            <translation>रकम (&amp;A)</translation>
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
            <translation>प्राप्त गर्ने संस्था (&amp;O)</translation>
        </message>
        <message>
            <source>Approved &amp;on</source>
            <translation>स्वीकृत मिति (&amp;o)</translation>
        </message>
        <message>
            <source>Starts o&amp;n</source>
            <translation>सुरु मिति (&amp;n)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>अन्त्य मिति (&amp;E)</translation>
        </message>
        <message>
            <source>New grant</source>
            <translation>नयाँ अनुदान</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Indicator[*]</source>
            <translation>सूचक[*]</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>सूचक</translation>
        </message>
        <message>
            <source>C&amp;ode</source>
            <translation>सङ्केत (&amp;o)</translation>
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
            <translation>तह (&amp;L)</translation>
        </message>
        <message>
            <source>Counting &amp;rule</source>
            <translation>गणनाको नियम (&amp;r)</translation>
        </message>
        <message>
            <source>&amp;Key figure it follows</source>
            <translation>यसले पछ्याउने मुख्य तथ्यांक (&amp;K)</translation>
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
            <translation>कुनै छैन</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>लक्ष्यहरू</translation>
        </message>
        <message>
            <source>From</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>To</source>
            <translation>अन्त्य</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>लक्ष्य</translation>
        </message>
        <message>
            <source>For</source>
            <translation>केका लागि</translation>
        </message>
        <message>
            <source>&amp;Add a target</source>
            <translation>लक्ष्य थप्नुहोस् (&amp;A)</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>सबै सहरहरू</translation>
        </message>
        <message>
            <source>Whole count</source>
            <translation>पूरा गन्ती</translation>
        </message>
        <message>
            <source>{breakdown}: {category}</source>
            <translation>{breakdown}: {category}</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>नयाँ सूचक</translation>
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
            <translation>{code} OP1.2 जस्तो सूचक सङ्केत होइन।</translation>
        </message>
        <message>
            <source>{figure} is not a key figure scdesk counts.</source>
            <translation>{figure} scdesk ले गन्ने मुख्य तथ्यांक होइन।</translation>
        </message>
        <message>
            <source>{figure} counts {right}, not {rule}: choose that counting rule.</source>
            <translation>{figure} ले {rule} होइन, {right} गन्छ: त्यही गणनाको नियम छान्नुहोस्।</translation>
        </message>
        <message>
            <source>{names}: not a breakdown scdesk can give.</source>
            <translation>{names}: scdesk ले दिन सक्ने विभाजन होइन।</translation>
        </message>
        <message>
            <source>{figure} cannot be broken down by {names}.</source>
            <translation>{figure} लाई {names} अनुसार विभाजन गर्न सकिँदैन।</translation>
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
            <translation>वर्ग {category} पर्ने विभाजन छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose the category of {breakdown} this target is for.</source>
            <translation>यो लक्ष्य {breakdown} को कुन वर्गका लागि हो, छान्नुहोस्।</translation>
        </message>
        <message>
            <source>{category} is not a category of {breakdown}.</source>
            <translation>{category} {breakdown} को वर्ग होइन।</translation>
        </message>
        <message>
            <source>The indicator does not declare the breakdown {breakdown}: declare it or choose another.</source>
            <translation>सूचकमा विभाजन {breakdown} उल्लेख गरिएको छैन: यसलाई उल्लेख गर्नुहोस् वा अर्को छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Another target is already set for this period, city and category: change that one.</source>
            <translation>यही अवधि, सहर र वर्गका लागि अर्को लक्ष्य पहिले नै तोकिएको छ: त्यसैलाई परिवर्तन गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This target belongs to another indicator: leave its id empty to add it to this one.</source>
            <translation>यो लक्ष्य अर्कै सूचकको हो: यसलाई यो सूचकमा थप्न यसको पहिचान नम्बर खाली छोड्नुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators and targets</source>
            <translation>सूचक र लक्ष्यहरू</translation>
        </message>
        <message>
            <source>&amp;New indicator</source>
            <translation>नयाँ सूचक (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Edit indicator</source>
            <translation>सूचक सम्पादन गर्नुहोस् (&amp;E)</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>सूचीहरूमा के छ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>सङ्केत</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>तह</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>गणनाको नियम</translation>
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
            <translation>सूचकहरू</translation>
        </message>
        <message>
            <source>From</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>To</source>
            <translation>अन्त्य</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
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
            <translation>लक्ष्य र वास्तविक मानहरू</translation>
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
            <source>Actual value by breakdown</source>
            <translation>विभाजन अनुसार वास्तविक मान</translation>
        </message>
        <message>
            <source>Counting the indicators…</source>
            <translation>सूचकहरू गन्दै…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n सूचक</numerusform>
                <numerusform>%n सूचकहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an indicator to see its targets and actual values.</source>
            <translation>लक्ष्य र वास्तविक मान हेर्न एउटा सूचक रोज्नुहोस्।</translation>
        </message>
        <message>
            <source>No indicator yet: add one with New indicator.</source>
            <translation>अहिलेसम्म कुनै सूचक छैन: "नयाँ सूचक" बाट एउटा थप्नुहोस्।</translation>
        </message>
        <message>
            <source>{code} {name}: {figure}, target and actual value</source>
            <translation>{code} {name}: {figure}, लक्ष्य र वास्तविक मान</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>सबै सहरहरू</translation>
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
            <translation>प्रहरी</translation>
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
            <translation>अन्य लिङ्ग</translation>
        </message>
        <message>
            <source>prefer not to say</source>
            <translation>भन्न चाहँदैनन्</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>15 भन्दा कम</translation>
        </message>
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
            <source>religious leader</source>
            <translation>धार्मिक अगुवा</translation>
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
            <translation>अपाङ्गता</translation>
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
            <translation>गोलमेच बैठक</translation>
        </message>
        <message>
            <source>training</source>
            <translation>तालिम</translation>
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
            <translation>दर्ता छैन</translation>
        </message>
        <message>
            <source>no group recorded</source>
            <translation>कुनै समूह दर्ता छैन</translation>
        </message>
        <message>
            <source>People engaged</source>
            <translation>संलग्न व्यक्तिहरू</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged</source>
            <translation>संलग्न मेयर र स्थानीय नेताहरू</translation>
        </message>
        <message>
            <source>Youth reached (under 25)</source>
            <translation>पुगिएका युवा (25 भन्दा कम)</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>सम्पन्न कार्यक्रमहरू</translation>
        </message>
        <message>
            <source>Member cities</source>
            <translation>सदस्य सहरहरू</translation>
        </message>
        <message>
            <source>Grants awarded</source>
            <translation>प्रदान गरिएका अनुदान</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>उमेर समूह</translation>
        </message>
        <message>
            <source>country</source>
            <translation>देश</translation>
        </message>
        <message>
            <source>city</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>stakeholder type</source>
            <translation>सरोकारवालाको प्रकार</translation>
        </message>
        <message>
            <source>marginalised group</source>
            <translation>सीमान्तकृत समूह</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>प्रकार</translation>
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
        <name>LanguageChoice</name>
        <message>
            <source>Language of the report</source>
            <translation>प्रतिवेदनको भाषा</translation>
        </message>
        <message>
            <source>Its own language</source>
            <translation>आफ्नै भाषा</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>अङ्ग्रेजी (English)</translation>
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
            <translation>नेपाली</translation>
        </message>
        <message>
            <source>Tamil (தமிழ்)</source>
            <translation>तमिल (தமிழ்)</translation>
        </message>
        <message>
            <source>Sinhala (සිංහල)</source>
            <translation>सिंहली (සිංහල)</translation>
        </message>
        <message>
            <source>Bengali (বাংলা)</source>
            <translation>बङ्गाली (বাংলা)</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Checking the records file…</source>
            <translation>अभिलेख फाइल जाँच गर्दै…</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>खोज्नुहोस् (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search {what}</source>
            <translation>{what} खोज्नुहोस्</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>खोल्नुहोस् (&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>छानिएको अभिलेख खोल्नुहोस्</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>रद्दी टोकरीमा सार्नुहोस् (&amp;t)</translation>
        </message>
        <message>
            <source>Move the selected record to the trash</source>
            <translation>छानिएको अभिलेख रद्दी टोकरीमा सार्नुहोस्</translation>
        </message>
        <message>
            <source>Delete key</source>
            <translation>Delete कुञ्जी</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n अभिलेख</numerusform>
                <numerusform>%n अभिलेखहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ्दै…</translation>
        </message>
        <message>
            <source>Moved to the trash; the Trash page can restore it.</source>
            <translation>रद्दी टोकरीमा सारियो; रद्दी टोकरी पृष्ठबाट यसलाई पुनर्स्थापना गर्न सकिन्छ।</translation>
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation>रद्दी टोकरीमा सार्दै…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>पृष्ठहरू</translation>
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>अभिलेखहरू खोल्दै…</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>समक्रमणको स्थिति</translation>
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
            <translation>सारांश पृष्ठ</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>बैठकहरू</translation>
        </message>
        <message>
            <source>Youth activities</source>
            <translation>युवा गतिविधिहरू</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>समितिहरू</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्तिहरू</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>संस्थाहरू</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>सहरहरू</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>समक्रमण</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>प्रतिवेदनहरू</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>रद्दी टोकरी</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>दोहोरो प्रविष्टिहरू</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>सहयोग</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्षहरू</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>योजनाहरू</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>सूचकहरू</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>सहकार्य</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>फाइल (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New record on this page</source>
            <translation>यस पृष्ठमा नयाँ अभिलेख (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>सेटिङहरू… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>बन्द गर्नुहोस् (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>जानुहोस् (&amp;G)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ्दै…</translation>
        </message>
        <message>
            <source>never exported</source>
            <translation>कहिल्यै निर्यात गरिएको छैन</translation>
        </message>
        <message>
            <source>last export {when}</source>
            <translation>अन्तिम निर्यात {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation>
                <numerusform>समक्रमण नगरिएको %n परिवर्तन</numerusform>
                <numerusform>समक्रमण नगरिएका %n परिवर्तनहरू</numerusform>
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
            <translation>सहर (&amp;C)</translation>
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
            <translation>कुनै छैन</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>सुरु (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>अन्त्य (&amp;E)</translation>
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
            <translation>यस परामर्शबाट बनेका योजनाहरू</translation>
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
            <translation>कार्यहरू</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्षहरू</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>माइन्युट</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment on the Minutes tab.</source>
            <translation>यो माइन्युट स्वीकृत भई सम्पादन बन्द गरिएको छ: कुनै सच्याइ माइन्युट ट्याबमा संशोधनका रूपमा दर्ता गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Reading the members…</source>
            <translation>सदस्यहरू पढ्दै…</translation>
        </message>
        <message>
            <source>new</source>
            <translation>नयाँ</translation>
        </message>
        <message>
            <source>Meeting: {title}[*]</source>
            <translation>बैठक: {title}[*]</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>नयाँ बैठक</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम विवरण</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>Came into: {links}</source>
            <translation>यसबाट बनेका: {links}</translation>
        </message>
    </context>
    <context>
        <name>MeetingSteps</name>
        <message>
            <source>Circulating the minutes…</source>
            <translation>माइन्युट वितरण गर्दै…</translation>
        </message>
        <message>
            <source>Returning the minutes to draft…</source>
            <translation>माइन्युटलाई मस्यौदामा फर्काउँदै…</translation>
        </message>
        <message>
            <source>Approving the minutes…</source>
            <translation>माइन्युट स्वीकृत गर्दै…</translation>
        </message>
        <message>
            <source>Approving the previous minutes…</source>
            <translation>अघिल्लो माइन्युट स्वीकृत गर्दै…</translation>
        </message>
        <message>
            <source>Recording the amendment…</source>
            <translation>संशोधन दर्ता गर्दै…</translation>
        </message>
        <message>
            <source>Opening the action…</source>
            <translation>कार्य खोल्दै…</translation>
        </message>
        <message>
            <source>Closing the action…</source>
            <translation>कार्य बन्द गर्दै…</translation>
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
            <translation>बैठक हुने सहर छान्नुहोस्।</translation>
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
            <translation>बैठक सुरु हुनुअघि नै सकिन्छ: समय जाँच गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose the committee this meeting belongs to.</source>
            <translation>यो बैठक कुन समितिको हो, छान्नुहोस्।</translation>
        </message>
        <message>
            <source>A meeting that has not started yet cannot be marked as held.</source>
            <translation>सुरु नभएको बैठकलाई सम्पन्न भनी चिन्ह लगाउन मिल्दैन।</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>एउटा गन्ती</translation>
        </message>
        <message>
            <source>The same gender, age band and group is counted twice.</source>
            <translation>एउटै लिङ्ग, उमेर समूह र समूह दुई पटक गनिएको छ।</translation>
        </message>
        <message>
            <source>The same person is listed twice in the attendance.</source>
            <translation>एउटै व्यक्ति उपस्थितिमा दुई पटक सूचीमा छ।</translation>
        </message>
        <message>
            <source>The meeting's secretary signs the minutes and must have been present: give the secretary's role to someone who was.</source>
            <translation>बैठकको सचिवले माइन्युटमा हस्ताक्षर गर्छ, त्यसैले उहाँ उपस्थित हुनुपर्छ: सचिवको भूमिका उपस्थित कुनै व्यक्तिलाई दिनुहोस्।</translation>
        </message>
        <message>
            <source>A meeting has one secretary: give the secretary's role to one person.</source>
            <translation>एउटा बैठकको एउटै सचिव हुन्छ: सचिवको भूमिका एक जना व्यक्तिलाई मात्र दिनुहोस्।</translation>
        </message>
        <message>
            <source>Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to {sum}, not to the stated total of {total}.</source>
            <extracomment>Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.</extracomment>
            <translation>नामसहित उपस्थित ({named}) र नाम बिनाका गन्ती ({anonymous}) को जोड {sum} हुन्छ, उल्लेख गरिएको कुल {total} होइन।</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>कार्यसूचीको विषय</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>छलफल</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>निर्णयहरू</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>The action is due on {due}, before the meeting on {day} that opened it.</source>
            <translation>कार्यको तोकिएको मिति {due} हो, जुन यसलाई खोल्ने {day} को बैठकभन्दा अघि पर्छ।</translation>
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
            <translation>यो माइन्युट स्वीकृत भई सम्पादन बन्द गरिएको छ: कुनै सच्याइ संशोधनका रूपमा दर्ता गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Only a meeting that was held has minutes to circulate or approve.</source>
            <translation>सम्पन्न भएको बैठकको मात्र वितरण वा स्वीकृत गर्ने माइन्युट हुन्छ।</translation>
        </message>
        <message>
            <source>Minutes are approved by a meeting of the same committee.</source>
            <translation>माइन्युट उही समितिको बैठकले स्वीकृत गर्छ।</translation>
        </message>
        <message>
            <source>Minutes are approved by a later meeting.</source>
            <translation>माइन्युट पछिको बैठकले स्वीकृत गर्छ।</translation>
        </message>
        <message>
            <source>The approving meeting has to be marked as held first.</source>
            <translation>स्वीकृत गर्ने बैठकलाई पहिले सम्पन्न भनी चिन्ह लगाउनुपर्छ।</translation>
        </message>
        <message>
            <source>An action is closed at the meeting that opened it or a later meeting of its committee.</source>
            <translation>कार्यलाई त्यसलाई खोल्ने बैठकमा वा त्यस समितिको पछिको बैठकमा बन्द गरिन्छ।</translation>
        </message>
        <message>
            <source>An action cannot be closed before the meeting that opened it.</source>
            <translation>कार्यलाई त्यसलाई खोल्ने बैठकभन्दा अघि बन्द गर्न सकिँदैन।</translation>
        </message>
        <message>
            <source>Choose the later meeting that approved these minutes.</source>
            <translation>यो माइन्युट स्वीकृत गर्ने पछिको बैठक छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Give the day the minutes were approved, after the meeting.</source>
            <translation>बैठकपछि माइन्युट स्वीकृत भएको दिन दिनुहोस्।</translation>
        </message>
        <message>
            <source>These minutes are not approved yet: correct them directly instead.</source>
            <translation>यो माइन्युट अझै स्वीकृत भएको छैन: यसलाई सिधै सच्याउनुहोस्।</translation>
        </message>
        <message>
            <source>A person in the attendance no longer exists here.</source>
            <translation>उपस्थितिमा भएका एक व्यक्ति अब यहाँ छैनन्।</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>बैठकहरू</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>नयाँ बैठक (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>सुरु</translation>
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
            <translation>सहर</translation>
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
            <translation>माइन्युट</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n बैठक</numerusform>
                <numerusform>%n बैठकहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>The minutes of this meeting</source>
            <translation>यस बैठकको माइन्युट</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>माइन्युटको स्थिति</translation>
        </message>
        <message>
            <source>Mark as &amp;circulated</source>
            <translation>वितरित भनी चिन्ह लगाउनुहोस् (&amp;c)</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>मस्यौदामा फर्काउनुहोस् (&amp;d)</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>स्वीकृत मिति</translation>
        </message>
        <message>
            <source>&amp;Approve on this day</source>
            <translation>यस दिन स्वीकृत गर्नुहोस् (&amp;A)</translation>
        </message>
        <message>
            <source>The minutes of the committee's previous meeting</source>
            <translation>समितिको अघिल्लो बैठकको माइन्युट</translation>
        </message>
        <message>
            <source>Previous minutes</source>
            <translation>अघिल्लो माइन्युट</translation>
        </message>
        <message>
            <source>Approve those minutes at &amp;this meeting</source>
            <translation>त्यो माइन्युट यसै बैठकमा स्वीकृत गर्नुहोस् (&amp;t)</translation>
        </message>
        <message>
            <source>Amendments to the approved minutes</source>
            <translation>स्वीकृत माइन्युटमा संशोधनहरू</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>संशोधनहरू</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>सच्याइ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>कारण</translation>
        </message>
        <message>
            <source>Record the a&amp;mendment</source>
            <translation>संशोधन दर्ता गर्नुहोस् (&amp;m)</translation>
        </message>
        <message>
            <source>Save the meeting to circulate and approve its minutes.</source>
            <translation>माइन्युट वितरण र स्वीकृत गर्न बैठक सुरक्षित गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Minutes: {status}.</source>
            <translation>माइन्युट: {status}।</translation>
        </message>
        <message>
            <source>Circulated on {day}.</source>
            <translation>{day} मा वितरित।</translation>
        </message>
        <message>
            <source>Approved at “{title}” on {day}; they are locked.</source>
            <translation>“{title}” मा {day} मा स्वीकृत; यसको सम्पादन बन्द गरिएको छ।</translation>
        </message>
        <message>
            <source>Approved on {day}; they are locked.</source>
            <translation>{day} मा स्वीकृत; यसको सम्पादन बन्द गरिएको छ।</translation>
        </message>
        <message>
            <source>Mark the meeting as held to circulate its minutes.</source>
            <translation>माइन्युट वितरण गर्न बैठकलाई सम्पन्न भनी चिन्ह लगाउनुहोस्।</translation>
        </message>
        <message>
            <source>This is the committee's first meeting.</source>
            <translation>यो समितिको पहिलो बैठक हो।</translation>
        </message>
        <message>
            <source>“{title}” on {day}: minutes {status}.</source>
            <translation>{day} को “{title}”: माइन्युट {status}।</translation>
        </message>
        <message>
            <source>Mark this meeting as held to approve them here.</source>
            <translation>त्यो माइन्युट यहाँ स्वीकृत गर्न यो बैठकलाई सम्पन्न भनी चिन्ह लगाउनुहोस्।</translation>
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
            <translation>फेब्रुअरी</translation>
        </message>
        <message>
            <source>March</source>
            <translation>मार्च</translation>
        </message>
        <message>
            <source>April</source>
            <translation>अप्रिल</translation>
        </message>
        <message>
            <source>May</source>
            <translation>मे</translation>
        </message>
        <message>
            <source>June</source>
            <translation>जुन</translation>
        </message>
        <message>
            <source>July</source>
            <translation>जुलाई</translation>
        </message>
        <message>
            <source>August</source>
            <translation>अगस्ट</translation>
        </message>
        <message>
            <source>September</source>
            <translation>सेप्टेम्बर</translation>
        </message>
        <message>
            <source>October</source>
            <translation>अक्टोबर</translation>
        </message>
        <message>
            <source>November</source>
            <translation>नोभेम्बर</translation>
        </message>
        <message>
            <source>December</source>
            <translation>डिसेम्बर</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>scdesk</source>
            <translation>scdesk</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>गर्न सकिएन</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved.</source>
            <translation>केही गडबड भयो। आधा मात्र भएको कुनै काम सुरक्षित गरिएन।</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved. The details are in {path}; please send that file to your support person.</source>
            <translation>केही गडबड भयो। आधा मात्र भएको कुनै काम सुरक्षित गरिएन। विवरण {path} मा छ; कृपया त्यो फाइल तपाईंको सहयोगी व्यक्तिलाई पठाउनुहोस्।</translation>
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
            <translation>विकल्पहरू पढ्दै…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>Organisation[*]</source>
            <translation>संस्था[*]</translation>
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
            <translation>सहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>नयाँ संस्था</translation>
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
            <translation>संस्थाहरू</translation>
        </message>
        <message>
            <source>&amp;New organisation</source>
            <translation>नयाँ संस्था (&amp;N)</translation>
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
            <translation>सहर</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>सबै क्षेत्र</translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n संस्था</numerusform>
                <numerusform>%n संस्थाहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>Paper size</source>
            <translation>कागजको आकार</translation>
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
            <translation>सहभागी समुदायहरू</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>Add a &amp;community</source>
            <translation>समुदाय थप्नुहोस् (&amp;c)</translation>
        </message>
        <message>
            <source>Anonymous participants</source>
            <translation>नाम बिनाका सहभागीहरू</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>उमेर समूह</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>गन्ती थप्नुहोस् (&amp;h)</translation>
        </message>
        <message>
            <source>Everyone who took part</source>
            <translation>सहभागी सबै जना</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>सहभागी</translation>
        </message>
        <message>
            <source>{registered} registered + {anonymous} counted = {total}</source>
            <translation>{registered} जना दर्ता + {anonymous} जना गनिएका = {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>प्रतिवेदन छानेर "पूर्वावलोकन" थिच्नुहोस्।</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>पूर्वावलोकनको स्थिति</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>ठूलो-सानो पार्नुहोस्</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>चौडाइमा मिलाउनुहोस्</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>पूरा पृष्ठ</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>यस रूपमा सुरक्षित गर्नुहोस्… (&amp;a)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>यस रूपमा सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>छाप्नुहोस्… (&amp;P)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>छाप्नुहोस्</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>प्रतिवेदनको पूर्वावलोकन</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>प्रतिवेदन तयार गर्दै…</translation>
        </message>
        <message>
            <source>The report could not be shown.</source>
            <translation>प्रतिवेदन देखाउन सकिएन।</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation>
                <numerusform>तयार: %n पृष्ठ</numerusform>
                <numerusform>तयार: %n पृष्ठहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF कागजातहरू (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>{path} का रूपमा सुरक्षित गरियो</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>छाप्दै…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation>
                <numerusform>%n पृष्ठ छाप्ने यन्त्रमा पठाइयो</numerusform>
                <numerusform>%n पृष्ठहरू छाप्ने यन्त्रमा पठाइयो</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>प्रतिवेदन सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <source>The printer could not be started: check that it is on and connected.</source>
            <translation>छाप्ने यन्त्र सुरु गर्न सकिएन: यो खुला र जोडिएको छ कि छैन जाँच गर्नुहोस्।</translation>
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
            <translation>इमेल</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>विज्ञता</translation>
        </message>
        <message>
            <source>The birth year {year} is not possible.</source>
            <translation>जन्म वर्ष {year} सम्भव छैन।</translation>
        </message>
        <message>
            <source>The age band does not match the birth year {year}.</source>
            <translation>उमेर समूह जन्म वर्ष {year} सँग मिल्दैन।</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address.</source>
            <translation>{email} इमेल ठेगाना होइन।</translation>
        </message>
        <message>
            <source>{phone} is not a phone number: use digits, spaces and +.</source>
            <translation>{phone} फोन नम्बर होइन: अङ्क, खाली ठाउँ र + प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a phone number.</source>
            <translation>18 वर्षमुनिका व्यक्तिको फोन नम्बर राखिँदैन।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an e-mail address.</source>
            <translation>18 वर्षमुनिका व्यक्तिको इमेल ठेगाना राखिँदैन।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a title.</source>
            <translation>18 वर्षमुनिका व्यक्तिको पद राखिँदैन।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an organisation.</source>
            <translation>18 वर्षमुनिका व्यक्तिको संस्था राखिँदैन।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded with an age band, not a birth year.</source>
            <translation>18 वर्षमुनिका व्यक्तिको जन्म वर्ष होइन, उमेर समूह मात्र राखिन्छ।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without fields of expertise.</source>
            <translation>18 वर्षमुनिका व्यक्तिको विज्ञताका क्षेत्र राखिँदैनन्।</translation>
        </message>
        <message>
            <source>A person under 18 needs the consent of a parent or guardian.</source>
            <translation>18 वर्षमुनिका व्यक्तिका लागि आमाबुबा वा अभिभावकको सहमति चाहिन्छ।</translation>
        </message>
        <message>
            <source>Record the person's consent to take part before saving them.</source>
            <translation>व्यक्तिलाई सुरक्षित गर्नुअघि उहाँको सहभागी हुने सहमति दर्ता गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Say who gave consent: the person or a parent or guardian.</source>
            <translation>सहमति कसले दियो भन्नुहोस्: व्यक्ति स्वयं वा आमाबुबा वा अभिभावक।</translation>
        </message>
        <message>
            <source>Say how consent was given: orally or in writing.</source>
            <translation>सहमति कसरी दिइयो भन्नुहोस्: मौखिक रूपमा वा लिखित रूपमा।</translation>
        </message>
        <message>
            <source>Give the date of consent.</source>
            <translation>सहमतिको मिति दिनुहोस्।</translation>
        </message>
        <message>
            <source>The date of consent is in the future.</source>
            <translation>सहमतिको मिति भविष्यमा छ।</translation>
        </message>
        <message>
            <source>The date consent was withdrawn is in the future.</source>
            <translation>सहमति फिर्ता लिएको मिति भविष्यमा छ।</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the day it was given.</source>
            <translation>सहमति दिएको दिनभन्दा अघि फिर्ता लिन सकिँदैन।</translation>
        </message>
        <message>
            <source>{name} has withdrawn consent and cannot be recorded here.</source>
            <translation>{name} ले सहमति फिर्ता लिनुभएको छ, त्यसैले यहाँ दर्ता गर्न सकिँदैन।</translation>
        </message>
        <message>
            <source>{name} was under 18 on the day: remove their phone number and e-mail first.</source>
            <translation>{name} त्यस दिन 18 वर्षमुनिका हुनुहुन्थ्यो: पहिले उहाँको फोन नम्बर र इमेल हटाउनुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>व्यक्तिहरू</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>नयाँ व्यक्ति (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>Born / age</source>
            <translation>जन्म / उमेर</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>संस्था</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>सबै प्रकार</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n व्यक्ति</numerusform>
                <numerusform>%n व्यक्तिहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePart</name>
        <message>
            <source>Coaches and facilitators</source>
            <translation>प्रशिक्षक र सहजकर्ता</translation>
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
            <translation>दर्ता भएका सहभागीहरू</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>From</source>
            <translation>सुरु मिति</translation>
        </message>
        <message>
            <source>To</source>
            <translation>अन्त्य मिति</translation>
        </message>
        <message>
            <source>to</source>
            <translation>अन्त्य मिति</translation>
        </message>
    </context>
    <context>
        <name>PersonChoiceField</name>
        <message>
            <source>Clear</source>
            <translation>खाली गर्नुहोस्</translation>
        </message>
        <message>
            <source>Clear the person chosen</source>
            <translation>छानिएको व्यक्ति हटाउनुहोस्</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>कोही छानिएको छैन</translation>
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name to find a person</source>
            <translation>व्यक्ति खोज्न नाम लेख्नुहोस्</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>व्यक्ति खोज्नुहोस्</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>थप्नुहोस्</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>भेटिएको व्यक्ति थप्नुहोस्</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>नयाँ व्यक्ति…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translation>नयाँ व्यक्ति दर्ता गर्नुहोस्</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>भेटिएका व्यक्तिहरू</translation>
        </message>
        <message>
            <source>Type a name, or pick from the expert pool</source>
            <translation>नाम लेख्नुहोस्, वा विज्ञ समूहबाट छान्नुहोस्</translation>
        </message>
        <message>
            <source>Finding people…</source>
            <translation>व्यक्तिहरू खोज्दै…</translation>
        </message>
        <message>
            <source>{person} (expert pool)</source>
            <translation>{person} (विज्ञ समूह)</translation>
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
            <translation>परिचय</translation>
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
            <translation>लिङ्ग (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>जन्म वर्ष (&amp;B)</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>थाहा छैन</translation>
        </message>
        <message>
            <source>&amp;Age band</source>
            <translation>उमेर समूह (&amp;A)</translation>
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
            <translation>संस्था (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>सहर (&amp;C)</translation>
        </message>
        <message>
            <source>Co&amp;mmunity</source>
            <translation>समुदाय (&amp;m)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>फोन (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>इमेल (&amp;E)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>समूहहरू</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>सहमति</translation>
        </message>
        <message>
            <source>Takes part</source>
            <translation>सहभागिता</translation>
        </message>
        <message>
            <source>Consents to take part</source>
            <translation>सहभागी हुन सहमत</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>फोटो</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>तथ्यांक</translation>
        </message>
        <message>
            <source>Sharing data</source>
            <translation>तथ्यांक साझा गर्ने</translation>
        </message>
        <message>
            <source>Given &amp;by</source>
            <translation>दिने व्यक्ति (&amp;b)</translation>
        </message>
        <message>
            <source>Given &amp;how</source>
            <translation>दिइएको तरिका (&amp;h)</translation>
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation>दिइएको मिति (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>फिर्ता लिएको मिति (&amp;W)</translation>
        </message>
        <message>
            <source>Hub's expert pool</source>
            <translation>केन्द्रको विज्ञ समूह</translation>
        </message>
        <message>
            <source>E&amp;xpertise</source>
            <translation>विज्ञता (&amp;x)</translation>
        </message>
        <message>
            <source>youth work, planning…</source>
            <translation>युवासँगको काम, योजना निर्माण…</translation>
        </message>
        <message>
            <source>Fields of expertise, separated by commas; a person with none is not in the hub's expert pool.</source>
            <translation>विज्ञताका क्षेत्रहरू, अल्पविरामले छुट्याएर; कुनै क्षेत्र नभएका व्यक्ति केन्द्रको विज्ञ समूहमा हुँदैनन्।</translation>
        </message>
        <message>
            <source>new</source>
            <translation>नयाँ</translation>
        </message>
        <message>
            <source>Person: {name}[*]</source>
            <translation>व्यक्ति: {name}[*]</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>नयाँ व्यक्ति</translation>
        </message>
    </context>
    <context>
        <name>PlanForms</name>
        <message>
            <source>The consultations it came from (double-click one to open it)</source>
            <translation>यो जुन परामर्शहरूबाट आएको हो (खोल्न कुनै एकमा डबल-क्लिक गर्नुहोस्)</translation>
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
            <translation>समीक्षा मिति (&amp;R)</translation>
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
            <translation>केन्द्रले थपेको प्राथमिकता अन्य प्राथमिकताहरूमध्ये एक हो: यसका लागि प्राथमिकताको क्षेत्र "अन्य प्राथमिकता" छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Only a consultation has findings: choose the kind Consultation or remove the findings.</source>
            <translation>परामर्शमा मात्र निष्कर्षहरू हुन्छन्: प्रकार "परामर्श" छान्नुहोस् वा निष्कर्षहरू हटाउनुहोस्।</translation>
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
            <translation>पारित भएको मिति दिनुहोस्।</translation>
        </message>
        <message>
            <source>The review date comes after the date it was adopted.</source>
            <translation>पुनरावलोकन मिति पारित भएको मितिपछि आउनुपर्छ।</translation>
        </message>
        <message>
            <source>The date it was adopted is in the future.</source>
            <translation>पारित भएको मिति भविष्यमा छ।</translation>
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
            <translation>प्रभावित समुदायहरू</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>The objective belongs to another plan.</source>
            <translation>यो उद्देश्य अर्कै योजनाको हो।</translation>
        </message>
        <message>
            <source>This finding belongs to another consultation: leave its id empty to add it to this one.</source>
            <translation>यो निष्कर्ष अर्कै परामर्शको हो: यसलाई यो परामर्शमा थप्न यसको पहिचान नम्बर खाली छोड्नुहोस्।</translation>
        </message>
        <message>
            <source>The plan and its risk profile belong to different cities.</source>
            <translation>योजना र यसको जोखिम विवरण फरक सहरका हुन्।</translation>
        </message>
        <message>
            <source>The city has an adopted version already: add this one as a draft, then adopt it.</source>
            <translation>यो सहरको पारित संस्करण पहिले नै छ: यसलाई मस्यौदाका रूपमा थप्नुहोस्, त्यसपछि पारित गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: start a new version to change it.</source>
            <translation>यो संस्करण पारित वा प्रतिस्थापित भइसकेको छ: परिवर्तन गर्न नयाँ संस्करण सुरु गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: it is kept as it was; start a new version on the Plans page to change it.</source>
            <translation>यो संस्करण पारित वा प्रतिस्थापित भइसकेको छ: यसलाई जस्ताको तस्तै राखिएको छ; परिवर्तन गर्न योजना पृष्ठमा नयाँ संस्करण सुरु गर्नुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>Risk profiles and prevention plans</source>
            <translation>जोखिम विवरण र रोकथाम योजनाहरू</translation>
        </message>
        <message>
            <source>Cities and their versions</source>
            <translation>सहरहरू र तिनका संस्करणहरू</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम विवरण</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>Threats and factors of the version chosen</source>
            <translation>छानिएको संस्करणका खतरा र कारकहरू</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>खतरा वा कारक</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>सम्भावना</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>प्रभाव</translation>
        </message>
        <message>
            <source>Reading the plans…</source>
            <translation>योजनाहरू पढ्दै…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>कुनै छैन</translation>
        </message>
        <message>
            <source>v{number} {status}</source>
            <translation>संस्करण {number} {status}</translation>
        </message>
        <message>
            <source>No city yet.</source>
            <translation>अहिलेसम्म कुनै सहर छैन।</translation>
        </message>
        <message>
            <source>Reading the risk profile…</source>
            <translation>जोखिम विवरण पढ्दै…</translation>
        </message>
        <message>
            <source>Adopting…</source>
            <translation>पारित गर्दै…</translation>
        </message>
        <message>
            <source>Starting a new version…</source>
            <translation>नयाँ संस्करण सुरु गर्दै…</translation>
        </message>
        <message>
            <source>Risk profile of {city}</source>
            <translation>{city} को जोखिम विवरण</translation>
        </message>
        <message>
            <source>Prevention plan of {city}</source>
            <translation>{city} को रोकथाम योजना</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>सुरु गर्दै…</translation>
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
            <translation>उद्देश्य थप्नुहोस् (&amp;o)</translation>
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation>उद्देश्यहरू (&amp;b)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>जिम्मेवार</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>तोकिएको मिति</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>कार्य थप्नुहोस् (&amp;a)</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>कार्यहरू (&amp;A)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>यो योजनाको आधार बनेका परामर्शहरू</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>परामर्शहरू (&amp;C)</translation>
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
            <translation>प्राथमिकताहरू केन्द्रले मात्र थप्छ वा परिवर्तन गर्छ: यो प्राथमिकता थपिदिन केन्द्रलाई अनुरोध गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The priority chosen is not one the hub has added.</source>
            <translation>छानिएको प्राथमिकता केन्द्रले थपेको होइन।</translation>
        </message>
        <message>
            <source>The hub has retired this priority: choose another for a new finding.</source>
            <translation>केन्द्रले यो प्राथमिकता प्रयोगबाट हटाएको छ: नयाँ निष्कर्षका लागि अर्को छान्नुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesPanel</name>
        <message>
            <source>Priorities the hub added</source>
            <translation>केन्द्रले थपेका प्राथमिकताहरू</translation>
        </message>
        <message>
            <source>Name of the priority</source>
            <translation>प्राथमिकताको नाम</translation>
        </message>
        <message>
            <source>Description of the priority</source>
            <translation>प्राथमिकताको विवरण</translation>
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
            <translation>थप्नुहोस् (&amp;A)</translation>
        </message>
        <message>
            <source>Add a priority</source>
            <translation>प्राथमिकता थप्नुहोस्</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>परिवर्तनहरू सुरक्षित गर्नुहोस् (&amp;c)</translation>
        </message>
        <message>
            <source>Save the changes to the selected priority</source>
            <translation>छानिएको प्राथमिकतामा गरिएका परिवर्तनहरू सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>प्रयोगबाट हटाउनुहोस् (&amp;R)</translation>
        </message>
        <message>
            <source>Only the hub adds, changes or retires priorities; they reach this device when it imports the hub's bundle.</source>
            <translation>प्राथमिकताहरू केन्द्रले मात्र थप्छ, परिवर्तन गर्छ वा प्रयोगबाट हटाउँछ; यो उपकरणले केन्द्रको पोको आयात गर्दा ती यहाँ आइपुग्छन्।</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ्दै…</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (प्रयोगबाट हटाइएको)</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>फेरि प्रयोगमा ल्याउनुहोस् (&amp;B)</translation>
        </message>
        <message>
            <source>Offer the selected priority again</source>
            <translation>छानिएको प्राथमिकता फेरि छनोटका लागि उपलब्ध गराउनुहोस्</translation>
        </message>
        <message>
            <source>Retire the selected priority: old findings keep it</source>
            <translation>छानिएको प्राथमिकता प्रयोगबाट हटाउनुहोस्: पुराना निष्कर्षहरूमा यो रहिरहन्छ</translation>
        </message>
        <message>
            <source>Priority added.</source>
            <translation>प्राथमिकता थपियो।</translation>
        </message>
        <message>
            <source>Priority saved.</source>
            <translation>प्राथमिकता सुरक्षित गरियो।</translation>
        </message>
        <message>
            <source>Priority brought back.</source>
            <translation>प्राथमिकता फेरि प्रयोगमा ल्याइयो।</translation>
        </message>
        <message>
            <source>Priority retired.</source>
            <translation>प्राथमिकता प्रयोगबाट हटाइयो।</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>सुरक्षित गर्दै…</translation>
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
            <translation>ठीक छ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>हो (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>होइन (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>RaisingForm</name>
        <message>
            <source>Raised with a national body[*]</source>
            <translation>राष्ट्रिय निकायसमक्ष उठाइएको[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>सहर (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;National body</source>
            <translation>राष्ट्रिय निकाय (&amp;N)</translation>
        </message>
        <message>
            <source>A ministry, a national commission…</source>
            <translation>मन्त्रालय, राष्ट्रिय आयोग…</translation>
        </message>
        <message>
            <source>&amp;Raised on</source>
            <translation>उठाइएको मिति (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;What was raised</source>
            <translation>उठाइएको विषय (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>स्थिति (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Outcome so far</source>
            <translation>हालसम्मको नतिजा (&amp;O)</translation>
        </message>
        <message>
            <source>Came &amp;from</source>
            <translation>कहाँबाट आएको (&amp;f)</translation>
        </message>
        <message>
            <source>— nothing recorded here</source>
            <translation>— यहाँ केही दर्ता छैन</translation>
        </message>
        <message>
            <source>New raising with a national body</source>
            <translation>राष्ट्रिय निकायसमक्ष उठाइएको नयाँ विषय</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>&amp;Save</source>
            <translation>सुरक्षित गर्नुहोस् (&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>Opening the form…</source>
            <translation>फाराम खोल्दै…</translation>
        </message>
        <message>
            <source>Changes typed on {when} were not saved.</source>
            <translation>{when} मा लेखिएका परिवर्तनहरू सुरक्षित गरिएनन्।</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>पुनर्स्थापना गर्नुहोस्</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>खारेज गर्नुहोस्</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>सुरक्षित गर्दै…</translation>
        </message>
        <message>
            <source>This form has changes that are not saved.</source>
            <translation>यस फाराममा सुरक्षित नगरिएका परिवर्तनहरू छन्।</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>सुरक्षित गरी बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>परिवर्तनहरू खारेज गर्नुहोस्</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>सम्पादन जारी राख्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>This record was merged into another one: it cannot come back.</source>
            <translation>यो अभिलेख अर्कोमा गाभिएको छ: यो फर्किन सक्दैन।</translation>
        </message>
        <message>
            <source>This kind of record cannot be deleted.</source>
            <translation>यस प्रकारको अभिलेख मेटाउन सकिँदैन।</translation>
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
            <translation>कागजको आकार (&amp;z)</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Minutes</source>
            <translation>माइन्युट</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>हाजिरी पाना</translation>
        </message>
        <message>
            <source>Activity report</source>
            <translation>गतिविधि प्रतिवेदन</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>मुख्य तथ्यांक</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>लक्ष्यको तुलनामा सूचकहरू</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>कार्य अनुगमन सूची</translation>
        </message>
        <message>
            <source>City risk profile and plan</source>
            <translation>सहरको जोखिम विवरण र योजना</translation>
        </message>
        <message>
            <source>Tables as CSV files (zip)</source>
            <translation>CSV फाइलका रूपमा तालिकाहरू (zip)</translation>
        </message>
        <message>
            <source>Tables as an XLSX workbook</source>
            <translation>XLSX कार्यपुस्तिकाका रूपमा तालिकाहरू</translation>
        </message>
        <message>
            <source>Sign-in sheet for a meeting</source>
            <translation>बैठकको हाजिरी पाना</translation>
        </message>
        <message>
            <source>Sign-in sheet for a youth activity</source>
            <translation>युवा गतिविधिको हाजिरी पाना</translation>
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation>बैठकको माइन्युट</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>युवा गतिविधि प्रतिवेदन</translation>
        </message>
    </context>
    <context>
        <name>ReportRequests</name>
        <message>
            <source>Choose a meeting or a youth activity.</source>
            <translation>बैठक वा युवा गतिविधि छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose a city.</source>
            <translation>सहर छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose a meeting.</source>
            <translation>बैठक छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose a youth activity.</source>
            <translation>युवा गतिविधि छान्नुहोस्।</translation>
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
            <translation>सहभागी</translation>
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
            <translation>योजनाबद्ध</translation>
        </message>
        <message>
            <source>held</source>
            <translation>सम्पन्न</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>रद्द</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>मस्यौदा</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>वितरित</translation>
        </message>
        <message>
            <source>open</source>
            <translation>बाँकी</translation>
        </message>
        <message>
            <source>done</source>
            <translation>सम्पन्न</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>छाडिएको</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>म्याद नाघेको</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>अघि सारिएको</translation>
        </message>
        <message>
            <source>sports</source>
            <translation>खेलकुद</translation>
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
            <translation>तालिम</translation>
        </message>
        <message>
            <source>other activity</source>
            <translation>अन्य गतिविधि</translation>
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
            <source>adopted</source>
            <translation>पारित</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>प्रतिस्थापित</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>खतरा</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>जोखिम कारक</translation>
        </message>
        <message>
            <source>protective factor</source>
            <translation>संरक्षणात्मक कारक</translation>
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
            <source>high</source>
            <translation>उच्च</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>जारी</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>ढिलो भएको</translation>
        </message>
        <message>
            <source>output</source>
            <translation>प्रतिफल</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>परिणाम</translation>
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
            <source>member cities, each counted once</source>
            <translation>सदस्य सहरहरू, प्रत्येक एक पटक गनिएको</translation>
        </message>
        <message>
            <source>grants, cancelled ones left out</source>
            <translation>अनुदानहरू, रद्द गरिएका बाहेक</translation>
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
            <translation>सम्पन्न</translation>
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
            <source>Youth activity report</source>
            <translation>युवा गतिविधि प्रतिवेदन</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>सहभागिता</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>लिङ्ग अनुसार</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>By age band</source>
            <translation>उमेर समूह अनुसार</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>उमेर समूह</translation>
        </message>
        <message>
            <source>By community</source>
            <translation>समुदाय अनुसार</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>By age band and gender</source>
            <translation>उमेर समूह र लिङ्ग अनुसार</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>नतिजाहरू</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणीहरू</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <extracomment>Translators: {start} and {end} are dates in words.
----------
Translators: {start} and {end} are times of day such as 10:00 and 12:00.</extracomment>
            <translation>{start} देखि {end} सम्म</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>गतिविधिको प्रकार</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>मितिहरू</translation>
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
            <translation>प्रशिक्षक र सहजकर्ता</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Communities taking part</source>
            <translation>सहभागी समुदायहरू</translation>
        </message>
        <message>
            <source>Sessions ({count})</source>
            <extracomment>Translators: {count} is a number of sessions.</extracomment>
            <translation>सत्रहरू ({count})</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>कुनै सत्र दर्ता छैन।</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>People who took part: {total}.</source>
            <translation>सहभागी व्यक्तिहरू: {total}।</translation>
        </message>
        <message>
            <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>नामसहित दर्ता: {named}; नाम बिना गनिएका: {anonymous}; जम्मा: {total}।</translation>
        </message>
        <message>
            <source>City plan</source>
            <translation>सहरको योजना</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम विवरण</translation>
        </message>
        <message>
            <source>No risk profile is recorded for this city.</source>
            <translation>यस सहरको कुनै जोखिम विवरण दर्ता छैन।</translation>
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
            <translation>सम्भावना</translation>
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
            <translation>यस सहरको कुनै रोकथाम योजना दर्ता छैन।</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>उद्देश्यहरू</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>कार्यहरू</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>जिम्मेवार</translation>
        </message>
        <message>
            <source>From</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>तोकिएको मिति</translation>
        </message>
        <message>
            <source>No actions are planned yet.</source>
            <translation>अहिलेसम्म कुनै कार्य योजना गरिएको छैन।</translation>
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
            <translation>पारित मिति</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>पुनरावलोकन मिति</translation>
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
            <translation>scdesk बाट {date} मा मुद्रित</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your language writes dates.</extracomment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>लुकाइएको</translation>
        </message>
        <message>
            <source>Counts from 1 to 4 are shown as &lt;5, and a count that would reveal one as hidden.</source>
            <translation>1 देखि 4 सम्मका गन्तीहरू &lt;5 का रूपमा देखाइएका छन्, र तीमध्ये कुनै खुलाउन सक्ने गन्तीलाई लुकाइएको भनी देखाइएको छ।</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n व्यक्ति</numerusform>
                <numerusform>%n जना</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n कार्यक्रम</numerusform>
                <numerusform>%n कार्यक्रमहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n सहर</numerusform>
                <numerusform>%n सहरहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committee meeting(s)</source>
            <translation>
                <numerusform>%n समिति बैठक</numerusform>
                <numerusform>%n समिति बैठकहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consultation(s)</source>
            <translation>
                <numerusform>%n परामर्श</numerusform>
                <numerusform>%n परामर्शहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n कार्यशाला</numerusform>
                <numerusform>%n कार्यशालाहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roundtable(s)</source>
            <translation>
                <numerusform>%n गोलमेच बैठक</numerusform>
                <numerusform>%n गोलमेच बैठकहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training session(s)</source>
            <translation>
                <numerusform>%n तालिम सत्र</numerusform>
                <numerusform>%n तालिम सत्रहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summit(s)</source>
            <translation>
                <numerusform>%n शिखर सम्मेलन</numerusform>
                <numerusform>%n शिखर सम्मेलनहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other event(s)</source>
            <translation>
                <numerusform>%n अन्य कार्यक्रम</numerusform>
                <numerusform>%n अन्य कार्यक्रमहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n youth activity(s)</source>
            <translation>
                <numerusform>%n युवा गतिविधि</numerusform>
                <numerusform>%n युवा गतिविधिहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} took part in {events} held in {cities}.</source>
            <extracomment>Translators: {people}, {events} and {cities} are counted phrases such as "14 people", "3 events" and "1 city".</extracomment>
            <translation>{cities}मा आयोजित {events}मा {people}ले भाग लिए।</translation>
        </message>
        <message>
            <source>The events were {kinds}.</source>
            <extracomment>Translators: {kinds} lists events by kind: "3 workshops, 2 consultations".</extracomment>
            <translation>कार्यक्रमहरूमा {kinds} थिए।</translation>
        </message>
        <message numerus="yes">
            <source>%n of them were women and girls ({share}%).</source>
            <extracomment>Translators: {share} is a percentage of the people engaged.</extracomment>
            <translation>
                <numerusform>तीमध्ये %n जना महिला वा किशोरी थिइन् ({share}%)।</numerusform>
                <numerusform>तीमध्ये %n जना महिला तथा किशोरी थिए ({share}%)।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n young people under 25 were reached.</source>
            <translation>
                <numerusform>25 वर्षभन्दा कम उमेरका %n जना युवासम्म पुगियो।</numerusform>
                <numerusform>25 वर्षभन्दा कम उमेरका %n जना युवासम्म पुगियो।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mayors and local leaders took part.</source>
            <translation>
                <numerusform>%n जना मेयर वा स्थानीय नेताले भाग लिए।</numerusform>
                <numerusform>%n जना मेयर तथा स्थानीय नेताहरूले भाग लिए।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cities joined the network in the period.</source>
            <translation>
                <numerusform>यस अवधिमा %n सहर सञ्जालमा आबद्ध भयो।</numerusform>
                <numerusform>यस अवधिमा %n सहरहरू सञ्जालमा आबद्ध भए।</numerusform>
            </translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>सूचकहरू</translation>
        </message>
        <message>
            <source>All member cities</source>
            <translation>सबै सदस्य सहरहरू</translation>
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
            <translation>कुनै सूचक अभिलेख गरिएको छैन।</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>तह</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>गणनाको नियम</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>मुख्य तथ्यांक</translation>
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
            <translation>लक्ष्यको अंश</translation>
        </message>
        <message>
            <source>Actual against target</source>
            <translation>लक्ष्यको तुलनामा वास्तविक</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <extracomment>Translators: {dimension} is a breakdown such as "gender" or "age band".</extracomment>
            <translation>{dimension} अनुसार</translation>
        </message>
        <message>
            <source>Period and city</source>
            <translation>अवधि र सहर</translation>
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
            <source>How the actual values were counted</source>
            <translation>वास्तविक मान कसरी गनिए</translation>
        </message>
        <message>
            <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
            <translation>वास्तविक मानहरू कहिल्यै हातले भरिँदैनन्: ती अभिलेखबाट मुख्य तथ्यांककै नियमअनुसार, प्रत्येक लक्ष्यको आफ्नै अवधि र सहरका लागि गनिन्छन्। लक्ष्य एउटा अवधि र एउटा सहरका लागि, वा सबै सदस्य सहरहरूका लागि तोकिन्छ; विभाजनले वास्तविक मान कसरी बाँडिन्छ भन्ने देखाउँछ।</translation>
        </message>
        <message>
            <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
            <translation>लक्ष्य घोषित विभाजनको एउटा वर्ग, जस्तै महिला वा युवाका लागि पनि तोक्न सकिन्छ। प्रदान गरिएका अनुदान भनेको दिइएको सहयोगका अनुदानहरू हुन्, रद्द गरिएका बाहेक।</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>मुख्य तथ्यांक</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>मुख्य बुँदाहरू</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>Translators: {name} names a note on the figures ("Probable duplicates"), {text} is the note.</extracomment>
            <translation>{name}: {text}</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>सबै अभिलेख</translation>
        </message>
        <message>
            <source>the first records</source>
            <translation>पहिलो अभिलेख</translation>
        </message>
        <message>
            <source>today</source>
            <translation>आज</translation>
        </message>
        <message>
            <source>For internal use only: no counts are suppressed.</source>
            <translation>आन्तरिक प्रयोजनका लागि मात्र: कुनै गन्ती लुकाइएको छैन।</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>गन्ती</translation>
        </message>
        <message>
            <source>{count} not settled yet: a person, event or city may be counted twice.</source>
            <translation>{count} अझै टुङ्गो लागेको छैन: कुनै व्यक्ति, कार्यक्रम वा सहर दुई पटक गनिन सक्छ।</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>सम्भावित दोहोरो प्रविष्टिहरू</translation>
        </message>
        <message>
            <source>To protect the people counted, people who withdrew their consent were left out and counts from 1 to 4 are shown as &lt;5. Where such a count could be worked out by subtracting the others from the total, the next smallest count is shown as hidden: it may be 5 or more. Zeros are shown.</source>
            <translation>गनिएका व्यक्तिहरूको सुरक्षाका लागि, सहमति फिर्ता लिएका व्यक्तिहरूलाई समावेश गरिएको छैन र 1 देखि 4 सम्मका गन्तीहरू &lt;5 का रूपमा देखाइएका छन्। कुलबाट अरूलाई घटाएर यस्तो गन्ती निकाल्न सकिने ठाउँमा, त्यसपछिको सबैभन्दा सानो गन्तीलाई लुकाइएको भनी देखाइएको छ: त्यो 5 वा बढी हुन सक्छ। शून्यहरू देखाइएका छन्।</translation>
        </message>
        <message>
            <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
            <translation>{count} अभिलेख दुई उपकरणमा एकैसाथ परिवर्तन भए र समीक्षाको प्रतीक्षामा छन्; तिनलाई हालकै अवस्थामा गनिएको छ।</translation>
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
            <translation>जम्मा</translation>
        </message>
        <message>
            <source>How each figure was counted</source>
            <translation>प्रत्येक तथ्यांक कसरी गनियो</translation>
        </message>
        <message>
            <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
            <translation>सम्पन्न कार्यक्रम: सम्पन्न भनी दर्ता भएका र यस अवधिमा सुरु भएका सबै प्रकारका बैठकहरू, र सम्पन्न भनी दर्ता भएका र मिति यस अवधिसँग पर्ने युवा गतिविधिहरू। योजनाबद्ध, रद्द र हटाइएका कार्यक्रमहरू गनिँदैनन्।</translation>
        </message>
        <message>
            <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
            <translation>संलग्न व्यक्तिहरू: ती बैठकहरूमा उपस्थित, ती गतिविधिहरूमा दर्ता भएका वा प्रशिक्षण दिने फरक-फरक व्यक्तिहरू, र नाम बिना गनिएकाहरू। प्रत्येक व्यक्ति एकपटक मात्र गनिन्छ, जतिसुकै कार्यक्रममा आए पनि र जुनसुकै उपकरणमा दर्ता गरिए पनि। सूचना दिई अनुपस्थिति, अनुपस्थिति र निमन्त्रणा गनिँदैनन्।</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
            <translation>संलग्न मेयर र स्थानीय नेताहरू: संलग्न व्यक्तिमध्ये मेयर वा स्थानीय नेताका रूपमा दर्ता भएकाहरू।</translation>
        </message>
        <message>
            <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
            <translation>पुगिएका युवा: संलग्न व्यक्तिमध्ये यस अवधिको अन्तिम कार्यक्रमका बेला 25 वर्षभन्दा कम उमेरका, र 25 भन्दा कम उमेर समूहमा नाम बिना गनिएकाहरू।</translation>
        </message>
        <message>
            <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
            <translation>सदस्य सहरहरू: सदस्यका रूपमा दर्ता भएका र अवधिको अन्त्यसम्म सञ्जालमा आबद्ध भइसकेका, वा आबद्ध मिति दर्ता नभएका सहरहरू।</translation>
        </message>
        <message>
            <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
            <translation>प्रत्येक व्यक्तिलाई प्रत्येक विभाजनको एउटा खानामा गनिन्छ: आफ्नो लिङ्ग र प्रकार, अन्तिम कार्यक्रमको बेलाको उमेर समूह, र आफ्नो सहर (वा त्यो कार्यक्रमको सहर)। एक व्यक्ति धेरै सीमान्तकृत समूहमा पर्न सक्छ, त्यसैले त्यो विभाजनको जोड कुलभन्दा बढी हुन सक्छ।</translation>
        </message>
        <message>
            <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
            <translation>दिइएको सहयोग: सुरुवात (वा स्वीकृति) देखि अन्त्यसम्मका मिति यस अवधिसँग मेल खाने अनुदानहरू, र यस अवधिमा दिइएको विज्ञ सल्लाह। रकमहरू प्रत्येक मुद्रामा छुट्टाछुट्टै, नबदली जोडिन्छन्।</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>माइन्युट</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>अर्को बैठक</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>मस्यौदा</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>बैठकको प्रकार</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>समय</translation>
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
            <source>Draft minutes, circulated on {date}; not yet approved.</source>
            <translation>माइन्युटको मस्यौदा, {date} मा वितरण गरिएको; अझै स्वीकृत भएको छैन।</translation>
        </message>
        <message>
            <source>Draft minutes: not yet circulated or approved.</source>
            <translation>माइन्युटको मस्यौदा: अझै वितरण वा स्वीकृत भएको छैन।</translation>
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
            <translation>संस्था वा पद</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>सूचना दिई अनुपस्थित</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>अनुपस्थित</translation>
        </message>
        <message>
            <source>Not named here, at their request: {count}.</source>
            <translation>उनीहरूकै अनुरोधमा यहाँ नाम नलेखिएका: {count}।</translation>
        </message>
        <message>
            <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
            <translation>यस समितिको कुनै गणपूरक संख्या दर्ता छैन; यसका {members} मतदाता सदस्यमध्ये {present} जना उपस्थित थिए।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
            <translation>गणपूरक संख्या: {quorum} मतदाता सदस्य। {members} मध्ये {present} जना उपस्थित भएकाले गणपूरक संख्या पुगेको थियो।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
            <translation>गणपूरक संख्या: {quorum} मतदाता सदस्य। {members} मध्ये {present} जना मात्र उपस्थित भएकाले गणपूरक संख्या पुगेन र बैठकका निर्णयहरू अनुमोदन गर्नुपर्छ।</translation>
        </message>
        <message>
            <source>Counted without names</source>
            <translation>नाम बिना गनिएका</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>समूह</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>उमेर दर्ता छैन</translation>
        </message>
        <message>
            <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>नामसहित उपस्थित: {named}; नाम बिना गनिएका: {anonymous}; जम्मा: {total}।</translation>
        </message>
        <message>
            <source>Minutes of the previous meeting</source>
            <translation>अघिल्लो बैठकको माइन्युट</translation>
        </message>
        <message>
            <source>No earlier minutes were approved at this meeting.</source>
            <translation>यस बैठकमा कुनै अघिल्लो माइन्युट स्वीकृत भएन।</translation>
        </message>
        <message>
            <source>The minutes of the meeting of {date} were approved as a true record.</source>
            <translation>{date} को बैठकको माइन्युटलाई सही अभिलेखका रूपमा स्वीकृत गरियो।</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>कार्यसूची र छलफल</translation>
        </message>
        <message>
            <source>No agenda items were recorded.</source>
            <translation>कार्यसूचीको कुनै विषय दर्ता छैन।</translation>
        </message>
        <message>
            <source>Presented by {name}</source>
            <translation>प्रस्तुतकर्ता: {name}</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>छलफल</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>निर्णयहरू</translation>
        </message>
        <message>
            <source>No actions were agreed or carried over.</source>
            <translation>कुनै कार्य तय वा अघि सारिएको छैन।</translation>
        </message>
        <message>
            <source>(agreed on {date})</source>
            <extracomment>Translators: {date} is the day of the earlier meeting that agreed the action.</extracomment>
            <translation>({date} मा तय भएको)</translation>
        </message>
        <message>
            <source>The date of the next meeting is not yet set.</source>
            <translation>अर्को बैठकको मिति अझै तय भएको छैन।</translation>
        </message>
        <message>
            <source>{date} at {time}, {venue}.</source>
            <translation>{date}, {time} बजे, {venue}।</translation>
        </message>
        <message>
            <source>Amendments since approval</source>
            <translation>स्वीकृतिपछिका संशोधनहरू</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>छैन।</translation>
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
            <translation>स्वीकृत गर्ने बैठक</translation>
        </message>
        <message>
            <source>No chair was recorded as present.</source>
            <translation>कुनै अध्यक्ष उपस्थित भनी दर्ता छैन।</translation>
        </message>
        <message>
            <source>No secretary was recorded as present.</source>
            <translation>कुनै सचिव उपस्थित भनी दर्ता छैन।</translation>
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
            <source>(not named)</source>
            <translation>(नाम उल्लेख नगरिएको)</translation>
        </message>
        <message>
            <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
            <translation>कृपया आफ्नो नाम लेख्नुहोस्, आफ्नो लिङ्ग र उमेर समूहमा चिन्ह लगाउनुहोस्, र हस्ताक्षर गर्नुहोस्। "म सहभागी हुन सहमत छु" मा चिन्ह लगाउनुको अर्थ तपाईंको उपस्थिति दर्ता गर्न तपाईं सहमत हुनुहुन्छ भन्ने हो; "फोटो" को अर्थ तपाईं फोटोमा देखिन सक्नुहुन्छ भन्ने हो। 18 वर्षमुनिका जोकोहीका लागि आमाबुबा वा अभिभावकले चिन्ह लगाई हस्ताक्षर गर्नुहोस्।</translation>
        </message>
        <message>
            <source>I agree to take part</source>
            <translation>म सहभागी हुन सहमत छु</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>फोटो</translation>
        </message>
        <message>
            <source>Role, organisation or community</source>
            <translation>भूमिका, संस्था वा समुदाय</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>सहमति</translation>
        </message>
        <message>
            <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
            <translation>नाम बिनाको गन्ती (ठूला कार्यक्रमका लागि): महिला {blank}, पुरुष {blank}, अन्य {blank}; जम्मा {blank}।</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>हाजिरी पाना</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>कार्यक्रमको प्रकार</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>दिइएको सहयोग</translation>
        </message>
        <message>
            <source>No support was given in this period.</source>
            <translation>यस अवधिमा कुनै सहयोग दिइएन।</translation>
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
            <translation>रकम</translation>
        </message>
        <message>
            <source>Total, cancelled grants left out</source>
            <translation>जम्मा, रद्द अनुदान बाहेक</translation>
        </message>
        <message>
            <source>Technical support grants</source>
            <translation>प्राविधिक सहयोग अनुदान</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>दिइएको सल्लाह</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>विज्ञ सल्लाह</translation>
        </message>
        <message>
            <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
            <translation>यस अवधिमा भएका परामर्शहरूमा राष्ट्रिय-स्थानीय सहकार्यबारे उठेका निष्कर्षहरू।</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्षहरू</translation>
        </message>
        <message>
            <source>National-local cooperation</source>
            <translation>राष्ट्रिय-स्थानीय सहकार्य</translation>
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
            <source>Raised with national bodies</source>
            <translation>राष्ट्रिय निकायसमक्ष उठाइएका विषय</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>कार्य अनुगमन सूची</translation>
        </message>
        <message>
            <source>open on {date}</source>
            <extracomment>Translators: {date} is today's date in words.</extracomment>
            <translation>{date} सम्म बाँकी</translation>
        </message>
        <message>
            <source>Open actions: {open}, of which overdue: {overdue}.</source>
            <translation>बाँकी कार्यहरू: {open}, जसमध्ये म्याद नाघेका: {overdue}।</translation>
        </message>
        <message>
            <source>No actions are open.</source>
            <translation>कुनै कार्य बाँकी छैन।</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>तय भएको मिति</translation>
        </message>
        <message>
            <source>{title} (plan version {number})</source>
            <extracomment>Translators: {title} is the prevention plan's title, {number} its version.</extracomment>
            <translation>{title} (योजना संस्करण {number})</translation>
        </message>
        <message>
            <source>Meetings outside a committee</source>
            <translation>समितिबाहिरका बैठकहरू</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>%n दिन ढिलो</numerusform>
                <numerusform>%n दिन ढिलो</numerusform>
            </translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>सबै समितिहरू</translation>
        </message>
        <message>
            <source>Reports are printed in {languages}; {language} is not one of them.</source>
            <translation>प्रतिवेदनहरू {languages} मा छापिन्छन्; {language} तीमध्ये पर्दैन।</translation>
        </message>
    </context>
    <context>
        <name>ReportsButton</name>
        <message>
            <source>&amp;Reports</source>
            <translation>प्रतिवेदनहरू (&amp;R)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>प्रतिवेदनहरू</translation>
        </message>
        <message>
            <source>Preview, print or save this record's reports, as last saved</source>
            <translation>यस अभिलेखका प्रतिवेदनहरू, अन्तिम पटक सुरक्षित गरिएअनुसार, पूर्वावलोकन, छाप्नुहोस् वा सुरक्षित गर्नुहोस्</translation>
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
            <translation>प्रतिवेदनहरू</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>प्रतिवेदन (&amp;R)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>प्रतिवेदन</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>कागजको आकार (&amp;z)</translation>
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
            <translation>तालिकाहरू सुरक्षित गर्नुहोस्… (&amp;S)</translation>
        </message>
        <message>
            <source>Save the tables</source>
            <translation>तालिकाहरू सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <source>Reports status</source>
            <translation>प्रतिवेदनको स्थिति</translation>
        </message>
        <message>
            <source>Zip archives of CSV files (*.zip)</source>
            <translation>CSV फाइलहरूका zip संग्रह (*.zip)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel कार्यपुस्तिकाहरू (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the tables…</source>
            <translation>तालिकाहरू लेख्दै…</translation>
        </message>
        <message>
            <source>The tables were saved as {path}</source>
            <translation>तालिकाहरू {path} मा सुरक्षित गरिए</translation>
        </message>
    </context>
    <context>
        <name>RiskMatrix</name>
        <message>
            <source>Likelihood and impact matrix</source>
            <translation>सम्भावना र प्रभाव तालिका</translation>
        </message>
        <message>
            <source>likelihood {likelihood}, impact {impact}: {count}</source>
            <translation>सम्भावना {likelihood}, प्रभाव {impact}: {count}</translation>
        </message>
        <message>
            <source>No threat or risk factor is rated yet.</source>
            <translation>अहिलेसम्म कुनै खतरा वा जोखिम कारकको मूल्याङ्कन गरिएको छैन।</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>सम्भावना</translation>
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
            <translation>जोखिम विवरण[*]</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>विवरण (&amp;P)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>खतरा वा कारक</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>प्रभावित समुदायहरू</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>सम्भावना</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>प्रभाव</translation>
        </message>
        <message>
            <source>Add a &amp;threat or factor</source>
            <translation>खतरा वा कारक थप्नुहोस् (&amp;t)</translation>
        </message>
        <message>
            <source>&amp;Factors</source>
            <translation>कारकहरू (&amp;F)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>यो विवरणको आधार बनेका परामर्शहरू</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>परामर्शहरू (&amp;C)</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>जोखिम विवरण</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम विवरण</translation>
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <source>Remove</source>
            <translation>हटाउनुहोस्</translation>
        </message>
        <message>
            <source>Remove row {n}</source>
            <translation>पङ्क्ति {n} हटाउनुहोस्</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>माथि</translation>
        </message>
        <message>
            <source>Move row {n} up</source>
            <translation>पङ्क्ति {n} माथि सार्नुहोस्</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>तल</translation>
        </message>
        <message>
            <source>Move row {n} down</source>
            <translation>पङ्क्ति {n} तल सार्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>{day} is not a date a period can have: choose one between {earliest} and {latest}.</source>
            <translation>{day} कुनै अवधिमा पर्न सक्ने मिति होइन: {earliest} र {latest} बीचको मिति छान्नुहोस्।</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} आवश्यक छ।</translation>
        </message>
        <message>
            <source>{label} is too long: at most {limit} characters.</source>
            <translation>{label} धेरै लामो छ: बढीमा {limit} अक्षर।</translation>
        </message>
        <message>
            <source>The end date ({end}) is before the start date ({start}).</source>
            <translation>अन्त्य मिति ({end}) सुरु मिति ({start}) भन्दा अघि छ।</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} ऋणात्मक हुन सक्दैन।</translation>
        </message>
        <message>
            <source>{value} is not a language code such as {codes}.</source>
            <extracomment>Translators: {codes} lists language codes, such as "en, ur, hi".</extracomment>
            <translation>{value} {codes} जस्तो भाषा सङ्केत होइन।</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>सेटिङहरू</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>स्क्रिनमा देखिने भाषा (&amp;i)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>स्क्रिनमा देखिने भाषा</translation>
        </message>
        <message>
            <source>Records keep the language they are written in. The window opens again in the language chosen, on the page it shows; open forms are kept as drafts and offered back.</source>
            <translation>अभिलेखहरू जुन भाषामा लेखिएका हुन्, सोही भाषामा रहन्छन्। सञ्झ्याल छानिएको भाषामा, हाल देखाइरहेको पृष्ठमै फेरि खुल्छ; खुला फारामहरू मस्यौदाका रूपमा राखिन्छन् र फेरि प्रस्ताव गरिन्छन्।</translation>
        </message>
    </context>
    <context>
        <name>SheetsOptions</name>
        <message>
            <source>De-identified: people appear by stable codes, without names or contact details; people who withdrew consent, or did not consent to the use of their data, are left out.</source>
            <translation>पहिचान हटाइएको: व्यक्तिहरू नाम वा सम्पर्क विवरणबिना स्थिर सङ्केतद्वारा देखिन्छन्; सहमति फिर्ता लिएका वा आफ्नो तथ्यांक प्रयोगमा सहमति नदिएका व्यक्तिहरूलाई हटाइएको छ।</translation>
        </message>
        <message>
            <source>&amp;Include personal data</source>
            <translation>व्यक्तिगत विवरण समावेश गर्नुहोस् (&amp;I)</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>व्यक्तिगत विवरण समावेश गर्नुहोस्</translation>
        </message>
        <message>
            <source>Names, birth years and contact details</source>
            <translation>नाम, जन्म वर्ष र सम्पर्क विवरण</translation>
        </message>
        <message>
            <source>Include personal data?</source>
            <translation>व्यक्तिगत विवरण समावेश गर्ने?</translation>
        </message>
        <message>
            <source>The tables will hold the names, birth years and contact details of the people recorded. Keep the file safe, share it only with those who need it, and delete it when you are done.

Include personal data?</source>
            <translation>तालिकाहरूमा दर्ता भएका व्यक्तिहरूको नाम, जन्म वर्ष र सम्पर्क विवरण हुनेछन्। फाइल सुरक्षित राख्नुहोस्, चाहिनेहरूसँग मात्र साझा गर्नुहोस्, र काम सकिएपछि मेटाउनुहोस्।

व्यक्तिगत विवरण समावेश गर्ने?</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was saved.</source>
            <translation>डिस्क भरिएको छ: केही ठाउँ खाली गरेर फेरि प्रयास गर्नुहोस्। केही पनि सुरक्षित गरिएन।</translation>
        </message>
        <message>
            <source>The records file is damaged: restore it from a backup (scdesk check tells how).</source>
            <translation>अभिलेख फाइल बिग्रिएको छ: जगेडा प्रतिबाट पुनर्स्थापना गर्नुहोस् (कसरी गर्ने भनेर scdesk check ले बताउँछ)।</translation>
        </message>
        <message>
            <source>This file is not an scdesk records file, or it is damaged beyond reading.</source>
            <translation>यो फाइल scdesk अभिलेख फाइल होइन, वा पढ्नै नसकिने गरी बिग्रिएको छ।</translation>
        </message>
        <message>
            <source>The records are in use by another scdesk window or program: close it and try again.</source>
            <translation>अभिलेखहरू अर्को scdesk सञ्झ्याल वा कार्यक्रमले प्रयोग गरिरहेको छ: त्यसलाई बन्द गरेर फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>A backup could not be written to {folder}: {reason}</source>
            <translation>{folder} मा जगेडा प्रति लेख्न सकिएन: {reason}</translation>
        </message>
        <message>
            <source>The records file cannot be written (it is read-only): check the folder.</source>
            <translation>अभिलेख फाइलमा लेख्न सकिँदैन (यो पढ्न मात्र मिल्ने छ): फोल्डर जाँच गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The disk could not be read or written: check the drive, then try again.</source>
            <translation>डिस्क पढ्न वा त्यसमा लेख्न सकिएन: ड्राइभ जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The records file cannot be opened: check that its folder exists and is yours.</source>
            <translation>अभिलेख फाइल खोल्न सकिँदैन: यसको फोल्डर छ र तपाईंकै हो कि होइन जाँच गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write it as postgresql://user:password@server/database.</source>
            <translation>{url} PostgreSQL ठेगाना होइन: यसलाई postgresql://user:password@server/database को रूपमा लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>The backup before {reason} failed, so nothing was changed: {error}</source>
            <translation>{reason} अघिको जगेडा प्रति बन्न सकेन, त्यसैले केही पनि परिवर्तन गरिएन: {error}</translation>
        </message>
        <message>
            <source>The database server at {address} cannot be reached or refused the login ({reason}): check that it is running and that the address, user and password are right.</source>
            <translation>{address} मा रहेको तथ्यांकआधार सर्भरमा पुग्न सकिएन वा यसले प्रवेश अस्वीकार गर्‍यो ({reason}): यो चलिरहेको छ र ठेगाना, प्रयोगकर्ता र पासवर्ड सही छन् कि छैनन् जाँच गर्नुहोस्।</translation>
        </message>
        <message>
            <source>pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's client programs (on Debian, postgresql-client).</source>
            <translation>pg_dump भेटिएन, र प्रत्येक पटक गाभ्नुअघि जगेडा प्रति लिइन्छ: PostgreSQL का ग्राहक कार्यक्रमहरू स्थापना गर्नुहोस् (Debian मा, postgresql-client)।</translation>
        </message>
        <message>
            <source>These records were saved by a newer version of scdesk: install that version to open them. Nothing was changed.</source>
            <translation>यी अभिलेखहरू scdesk को नयाँ संस्करणले सुरक्षित गरेका हुन्: तिनलाई खोल्न त्यो संस्करण स्थापना गर्नुहोस्। केही पनि परिवर्तन गरिएन।</translation>
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <source>Choose the city the grant supports.</source>
            <translation>अनुदानले सहयोग गर्ने सहर छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>रकम शून्यभन्दा बढी हुनुपर्छ।</translation>
        </message>
        <message>
            <source>Type the currency code, such as USD, EUR or PKR.</source>
            <translation>USD, EUR वा PKR जस्तो मुद्राको सङ्केत लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>{currency} is not a currency code such as USD, EUR or PKR.</source>
            <translation>{currency} USD, EUR वा PKR जस्तो मुद्राको सङ्केत होइन।</translation>
        </message>
        <message>
            <source>Choose the city the advice was for.</source>
            <translation>सल्लाह दिइएको सहर छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose the expert who gave it.</source>
            <translation>सल्लाह दिने विज्ञ छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणीहरू</translation>
        </message>
        <message>
            <source>{name} is not in the expert pool: record their fields of expertise on their person record first.</source>
            <translation>{name} विज्ञ समूहमा हुनुहुन्न: पहिले व्यक्तिको अभिलेखमा उहाँका विज्ञताका क्षेत्रहरू दर्ता गर्नुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Support given</source>
            <translation>दिइएको सहयोग</translation>
        </message>
        <message>
            <source>New &amp;grant</source>
            <translation>नयाँ अनुदान (&amp;g)</translation>
        </message>
        <message>
            <source>New expert &amp;advice</source>
            <translation>नयाँ विज्ञ सल्लाह (&amp;a)</translation>
        </message>
        <message>
            <source>Add to the expert &amp;pool…</source>
            <translation>विज्ञ समूहमा थप्नुहोस्… (&amp;p)</translation>
        </message>
        <message>
            <source>All grant statuses</source>
            <translation>अनुदानका सबै स्थिति</translation>
        </message>
        <message>
            <source>Grant status</source>
            <translation>अनुदानको स्थिति</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>सूचीहरूमा के छ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>उद्देश्य</translation>
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
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>From</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>To</source>
            <translation>अन्त्य</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>संस्था</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>अनुदान</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>कुल रकम</translation>
        </message>
        <message>
            <source>Totals by city, status and currency</source>
            <translation>सहर, स्थिति र मुद्रा अनुसार जम्मा</translation>
        </message>
        <message>
            <source>Totals by city, status and currency (never converted)</source>
            <translation>सहर, स्थिति र मुद्रा अनुसार जम्मा (कहिल्यै नबदलिएको)</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>विज्ञ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>विज्ञ सल्लाह</translation>
        </message>
        <message>
            <source>Title and organisation</source>
            <translation>पद र संस्था</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>विशेषज्ञताका क्षेत्रहरू</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>दिइएको सल्लाह</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>पछिल्लो</translation>
        </message>
        <message>
            <source>Expert pool</source>
            <translation>विज्ञ समूह</translation>
        </message>
        <message>
            <source>Reading the support given…</source>
            <translation>दिइएको सहयोग पढ्दै…</translation>
        </message>
        <message>
            <source>{grants} · {advice} · {experts} in the expert pool</source>
            <translation>{grants} · {advice} · विज्ञ समूहमा {experts}</translation>
        </message>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%n अनुदान</numerusform>
                <numerusform>%n अनुदानहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation>
                <numerusform>%n विज्ञ सल्लाह</numerusform>
                <numerusform>%n विज्ञ सल्लाहहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n विज्ञ</numerusform>
                <numerusform>%n विज्ञहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>not in the pool</source>
            <translation>समूहमा छैन</translation>
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
            <translation>यो बाझाबाझ पहिले नै टुङ्गिएको छ।</translation>
        </message>
        <message>
            <source>This conflict is about a rule between two fields: keep A or B, or give both fields.</source>
            <translation>यो बाझाबाझ दुई खण्डबीचको नियमबारे हो: A वा B राख्नुहोस्, वा दुवै खण्ड दिनुहोस्।</translation>
        </message>
        <message>
            <source>Give the value to keep.</source>
            <translation>राख्ने मान दिनुहोस्।</translation>
        </message>
        <message>
            <source>That would break a rule: {rule} Give {names} too.</source>
            <translation>त्यसो गर्दा एउटा नियम तोडिन्छ: {rule} {names} पनि दिनुहोस्।</translation>
        </message>
        <message>
            <source>{rule} {first} set {field} to {value}; {second} set {other} to {other_value}.</source>
            <translation>{rule} {first} ले {field} मा {value} राख्यो; {second} ले {other} मा {other_value} राख्यो।</translation>
        </message>
        <message>
            <source>Settled.</source>
            <translation>टुङ्गियो।</translation>
        </message>
        <message>
            <source>This record has no field {name}.</source>
            <translation>यस अभिलेखमा {name} खण्ड छैन।</translation>
        </message>
        <message>
            <source>That value does not fit this field: {error}</source>
            <translation>त्यो मान यस खण्डमा मिल्दैन: {error}</translation>
        </message>
        <message>
            <source>This device has no keys to replace yet: scdesk device makes its first ones.</source>
            <translation>यस उपकरणमा बदल्नुपर्ने साँचोहरू अझै छैनन्: scdesk device ले यसका पहिला साँचोहरू बनाउँछ।</translation>
        </message>
        <message>
            <source>This key backup belongs to another device.</source>
            <translation>साँचोको यो जगेडा अर्कै उपकरणको हो।</translation>
        </message>
        <message>
            <source>This key backup holds keys this device no longer signs with.</source>
            <translation>साँचोको यो जगेडामा यो उपकरणले अब हस्ताक्षर नगर्ने साँचोहरू छन्।</translation>
        </message>
        <message>
            <source>{device}'s clock is {days} days ahead: ask its user to set the date.</source>
            <translation>{device} को घडी {days} दिन अगाडि छ: यसका प्रयोगकर्तालाई मिति मिलाउन भन्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} is this device's own card: give it to the hub.</source>
            <translation>{file} यस उपकरणकै कार्ड हो: यसलाई केन्द्रलाई दिनुहोस्।</translation>
        </message>
        <message>
            <source>{name} was revoked here and cannot be trusted again.</source>
            <translation>{name} यहाँ खारेज गरिएको थियो र यसमा फेरि विश्वास गर्न सकिँदैन।</translation>
        </message>
        <message>
            <source>{name} is known here with other keys: new keys are trusted only from its bundle or card that names the old ones (scdesk device replace-keys, on that device).</source>
            <translation>{name} यहाँ अर्कै साँचोहरूसहित चिनिएको छ: पुराना साँचोहरूको नाम लिने यसको पोको वा कार्डबाट मात्र नयाँ साँचोहरूमा विश्वास गरिन्छ (त्यही उपकरणमा scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device cannot revoke itself.</source>
            <translation>यो उपकरणले आफैँलाई खारेज गर्न सक्दैन।</translation>
        </message>
        <message>
            <source>No such device is known here.</source>
            <translation>यस्तो कुनै उपकरण यहाँ चिनिएको छैन।</translation>
        </message>
        <message>
            <source>No single device matches {text}: scdesk devices lists them.</source>
            <translation>{text} सँग ठ्याक्कै एउटा उपकरण मिल्दैन: scdesk devices ले तिनको सूची दिन्छ।</translation>
        </message>
        <message>
            <source>Only a hub writes a hub profile.</source>
            <translation>केन्द्रले मात्र केन्द्र परिचय फाइल लेख्छ।</translation>
        </message>
        <message>
            <source>The hub profile holds records scdesk cannot read: {error}</source>
            <translation>केन्द्र परिचय फाइलमा scdesk ले पढ्न नसक्ने अभिलेखहरू छन्: {error}</translation>
        </message>
        <message>
            <source>The city is not one of the hub's cities.</source>
            <translation>यो सहर केन्द्रका सहरहरूमध्ये एक होइन।</translation>
        </message>
        <message>
            <source>An officer's device sends its bundles to its hub only, which passes them on.</source>
            <translation>अधिकृतको उपकरणले आफ्ना पोकाहरू आफ्नो केन्द्रलाई मात्र पठाउँछ, र केन्द्रले तिनलाई अरूलाई पठाउँछ।</translation>
        </message>
        <message>
            <source>This device has no key for {name}.</source>
            <translation>यस उपकरणसँग {name} का लागि साँचो छैन।</translation>
        </message>
        <message>
            <source>{file}: not imported, the import was cancelled.</source>
            <translation>{file}: आयात गरिएन, आयात रद्द गरियो।</translation>
        </message>
        <message>
            <source>{file} is being merged by another scdesk window or command right now: its outcome will show there.</source>
            <translation>{file} लाई अहिले अर्को scdesk सञ्झ्याल वा आदेशले गाभिरहेको छ: त्यसको नतिजा त्यहीँ देखिनेछ।</translation>
        </message>
        <message>
            <source>{file} from {sender} adds or changes a priority, which only the hub does; nothing from it was merged.</source>
            <translation>{sender} बाट आएको {file} ले प्राथमिकता थप्छ वा परिवर्तन गर्छ, जुन केन्द्रले मात्र गर्छ; यसबाट केही पनि गाभिएन।</translation>
        </message>
        <message>
            <source>{file} holds a record scdesk cannot take: {error}</source>
            <translation>{file} मा scdesk ले लिन नसक्ने अभिलेख छ: {error}</translation>
        </message>
        <message>
            <source>{file} holds records that refer to records this device does not have; nothing from it was merged.</source>
            <translation>{file} मा यो उपकरणसँग नभएका अभिलेखहरूलाई जनाउने अभिलेखहरू छन्; यसबाट केही पनि गाभिएन।</translation>
        </message>
        <message>
            <source>{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, {conflicts} in conflict, {waiting} waiting for records not yet arrived.</source>
            <translation>{sender} बाट आएको {file}: {new} नयाँ, {updated} अद्यावधिक, {unchanged} पहिले नै यहाँ, {conflicts} बाझाबाझमा, {waiting} अझै नआएका अभिलेखको प्रतीक्षामा।</translation>
        </message>
        <message>
            <source>{file} from {sender}: nothing new, all {unchanged} records are already here.</source>
            <extracomment>Translators: {unchanged} is a number of records; the bundle changed nothing here.</extracomment>
            <translation>{sender} बाट {file}: केही नयाँ छैन, सबै {unchanged} रेकर्ड पहिल्यै यहाँ छन्।</translation>
        </message>
        <message>
            <source>{file}: already merged on {day}; nothing changed.</source>
            <translation>{file}: {day} मा पहिले नै गाभिएको; केही परिवर्तन भएन।</translation>
        </message>
        <message>
            <source>{file} comes from {sender}, another officer's device: an officer's device takes bundles from its hub only, which passes everyone's changes on.</source>
            <translation>{file} अर्को अधिकृतको उपकरण {sender} बाट आएको हो: अधिकृतको उपकरणले आफ्नो केन्द्रबाट मात्र पोका लिन्छ, र केन्द्रले सबैका परिवर्तन अरूलाई पठाउँछ।</translation>
        </message>
        <message>
            <source>{file} from {sender} acknowledges changes made by {other}; a device may speak only for itself, so nothing from it was merged.</source>
            <translation>{sender} बाट आएको {file} ले {other} ले गरेका परिवर्तनहरू प्राप्त भएको जनाउँछ; उपकरणले आफ्नो मात्र कुरा भन्न सक्छ, त्यसैले यसबाट केही पनि गाभिएन।</translation>
        </message>
        <message>
            <source>{file} from {sender} claims changes made by {other} that this device does not have; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} बाट आएको {file} ले यो उपकरणसँग नभएका, {other} ले गरेका परिवर्तनहरूको दाबी गर्छ; उपकरणले आफ्नै परिवर्तन मात्र पठाउन सक्छ, त्यसैले यसबाट केही पनि गाभिएन।</translation>
        </message>
        <message>
            <source>{file} from {sender} carries a change made by {other}; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} बाट आएको {file} मा {other} ले गरेको परिवर्तन छ; उपकरणले आफ्नै परिवर्तन मात्र पठाउन सक्छ, त्यसैले यसबाट केही पनि गाभिएन।</translation>
        </message>
        <message>
            <source>That device is not trusted here.</source>
            <translation>त्यो उपकरणमा यहाँ विश्वास गरिएको छैन।</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile first.</source>
            <translation>यो उपकरणले अझै आफ्नो केन्द्र चिनेको छैन: पहिले केन्द्रको परिचय फाइल आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Say which device the bundle is for (scdesk devices lists them).</source>
            <translation>पोको कुन उपकरणका लागि हो भन्नुहोस् (scdesk devices ले तिनको सूची दिन्छ)।</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} फोल्डर छैन।</translation>
        </message>
        <message>
            <source>Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); the next bundle from its sender will bring them.</source>
            <translation>{device} मा गरिएका परिवर्तन {first} देखि {last} सम्म अझै आइपुगेका छैनन् (एउटा पोको छुटेको छ); पठाउनेबाट आउने अर्को पोकाले तिनलाई ल्याउनेछ।</translation>
        </message>
        <message>
            <source>This bundle comes from a device not yet trusted here: {name} ({user}), fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust the device, then import again.</source>
            <translation>यो पोको यहाँ अझै विश्वास नगरिएको उपकरणबाट आएको हो: {name} ({user}), औँठाछाप {fingerprint}। उपकरणको धनीसँग औँठाछाप जाँच गर्नुहोस्, उपकरणमा विश्वास गर्नुहोस्, त्यसपछि फेरि आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and confirmed by the old key: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) का नयाँ साँचोहरू छन्, औँठाछाप {fingerprint}, जसले {old} लाई प्रतिस्थापन गर्छ र पुरानो साँचोले पुष्टि गरेको छ: नयाँ औँठाछाप यसको धनीसँग जाँच गरी विश्वास गर्नुहोस् (scdesk trust FILE), त्यसपछि फेरि आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not confirmed by the old key, which was lost: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) का नयाँ साँचोहरू छन्, औँठाछाप {fingerprint}, जसले {old} लाई प्रतिस्थापन गर्छ तर पुरानो साँचो हराएकाले त्यसले पुष्टि गरेको छैन: नयाँ औँठाछाप यसको धनीसँग जाँच गरी विश्वास गर्नुहोस् (scdesk trust FILE), त्यसपछि फेरि आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The name of the file {file} holds characters scdesk cannot read: rename the file, then import it again.</source>
            <translation>{file} फाइलको नाममा scdesk ले पढ्न नसक्ने अक्षरहरू छन्: फाइलको नाम बदलेर फेरि आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} comes from {name}, a device revoked here: it is not imported.</source>
            <translation>{file} यहाँ खारेज गरिएको उपकरण {name} बाट आएको हो: यसलाई आयात गरिएन।</translation>
        </message>
        <message>
            <source>{file} does not bear {name}'s signature: it was changed after it was made, or made by another device. Ask the sender for it again.</source>
            <translation>{file} मा {name} को हस्ताक्षर छैन: बनाइएपछि यसलाई परिवर्तन गरिएको छ, वा अर्कै उपकरणले बनाएको हो। पठाउनेसँग यसलाई फेरि माग्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle, or it was damaged on the way.</source>
            <translation>{file} scdesk पोको होइन, वा बाटोमा बिग्रिएको छ।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle.</source>
            <translation>{file} scdesk पोको होइन।</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here, then import.</source>
            <translation>{file} scdesk को नयाँ संस्करणले बनाएको हो: त्यो संस्करण यहाँ स्थापना गरेर आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} was made for another device; ask the sender to export it for this one.</source>
            <translation>{file} अर्कै उपकरणका लागि बनाइएको हो; पठाउनेलाई यो उपकरणका लागि निर्यात गर्न भन्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} holds unexpected files ({names}): it was not made by scdesk, or it was tampered with.</source>
            <translation>{file} मा अनपेक्षित फाइलहरू ({names}) छन्: यो scdesk ले बनाएको होइन, वा यसमा छेडछाड गरिएको छ।</translation>
        </message>
        <message>
            <source>{file} is not a whole scdesk bundle: it may have been cut short or damaged on the way. Ask the sender for it again.</source>
            <translation>{file} पूरा scdesk पोको होइन: यो बाटोमा काटिएको वा बिग्रिएको हुन सक्छ। पठाउनेसँग यसलाई फेरि माग्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (damaged on the way, or tampered with): ask the sender for it again.</source>
            <translation>{file} बनाइएपछि परिवर्तन गरिएको छ (बाटोमा बिग्रिएको, वा छेडछाड गरिएको): पठाउनेसँग यसलाई फेरि माग्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} is larger than a bundle may be, or expands too far: it is not imported.</source>
            <translation>{file} पोकाको सीमाभन्दा ठूलो छ, वा खोल्दा धेरै ठूलो हुन्छ: यसलाई आयात गरिएन।</translation>
        </message>
        <message>
            <source>{file} holds records scdesk cannot read: it was not made by this scdesk.</source>
            <translation>{file} मा scdesk ले पढ्न नसक्ने अभिलेखहरू छन्: यो यस scdesk ले बनाएको होइन।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk device card, or it was damaged.</source>
            <translation>{file} scdesk उपकरण कार्ड होइन, वा बिग्रिएको छ।</translation>
        </message>
        <message>
            <source>{file} is not a backup of scdesk device keys, or it was damaged.</source>
            <translation>{file} scdesk उपकरणका साँचोहरूको जगेडा होइन, वा बिग्रिएको छ।</translation>
        </message>
        <message>
            <source>The passphrase does not open {file}: check it and try again.</source>
            <translation>गोप्य वाक्यांशले {file} खोल्दैन: जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The key file in {folder} is not the one this device's records were signed with: put the right one back (scdesk device restore-keys FILE), or make new keys the hub must trust (scdesk device replace-keys).</source>
            <translation>{folder} मा रहेको साँचो फाइल यस उपकरणका अभिलेखहरूमा हस्ताक्षर गर्न प्रयोग भएको साँचो होइन: सही साँचो फाइल फिर्ता राख्नुहोस् (scdesk device restore-keys FILE), वा केन्द्रले विश्वास गर्नुपर्ने नयाँ साँचोहरू बनाउनुहोस् (scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device's key file ({name}) is missing from {folder}: restore it from your key backup (scdesk device restore-keys FILE), or, with no backup, make new keys the hub must trust before it takes this device's bundles (scdesk device replace-keys).</source>
            <translation>यस उपकरणको साँचो फाइल ({name}) {folder} मा छैन: यसलाई साँचोको जगेडाबाट पुनर्स्थापना गर्नुहोस् (scdesk device restore-keys FILE), वा जगेडा नभए, केन्द्रले यस उपकरणका पोका लिनुअघि विश्वास गर्नुपर्ने नयाँ साँचोहरू बनाउनुहोस् (scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device's key file ({path}) is damaged: restore it from a copy of the folder.</source>
            <translation>यस उपकरणको साँचो फाइल ({path}) बिग्रिएको छ: फोल्डरको प्रतिलिपिबाट यसलाई पुनर्स्थापना गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The keys given are damaged.</source>
            <translation>दिइएका साँचोहरू बिग्रिएका छन्।</translation>
        </message>
        <message>
            <source>The key file in this folder belongs to another device's records: keep each device's folder whole, or move this key file away to make new keys.</source>
            <translation>यस फोल्डरको साँचो फाइल अर्कै उपकरणका अभिलेखहरूको हो: प्रत्येक उपकरणको फोल्डर पूरै राख्नुहोस्, वा नयाँ साँचोहरू बनाउन यो साँचो फाइल अन्यत्र सार्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here first.</source>
            <translation>{file} scdesk को नयाँ संस्करणले बनाएको हो: पहिले त्यो संस्करण यहाँ स्थापना गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk hub profile, or it was damaged.</source>
            <translation>{file} scdesk केन्द्र परिचय फाइल होइन, वा बिग्रिएको छ।</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>समक्रमण</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>समक्रमणको विवरण</translation>
        </message>
        <message>
            <source>No bundle imported since scdesk started.</source>
            <translation>scdesk सुरु भएदेखि कुनै पोको आयात गरिएको छैन।</translation>
        </message>
        <message>
            <source>Review &amp;duplicates</source>
            <translation>दोहोरो प्रविष्टिहरूको समीक्षा गर्नुहोस् (&amp;d)</translation>
        </message>
        <message>
            <source>Open the probable duplicates</source>
            <translation>सम्भावित दोहोरो प्रविष्टिहरू खोल्नुहोस्</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>अन्तिम आयात</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>उपकरणहरू</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>बाझाबाझहरू</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>यो उपकरण</translation>
        </message>
        <message>
            <source>This device's fingerprint</source>
            <translation>यस उपकरणको औँठाछाप</translation>
        </message>
        <message>
            <source>Before another device trusts this one, its user asks for this fingerprint: read it out, or compare it on both screens.</source>
            <translation>अर्को उपकरणले यसमा विश्वास गर्नुअघि, त्यसको प्रयोगकर्ताले यो औँठाछाप माग्नुहुन्छ: पढेर सुनाउनुहोस्, वा दुवै स्क्रिनमा मिलाएर हेर्नुहोस्।</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>उपकरण</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>औँठाछाप</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>समक्रमण पोकाहरू</translation>
        </message>
        <message>
            <source>Export a bundle for</source>
            <translation>पोको कसका लागि निर्यात गर्ने</translation>
        </message>
        <message>
            <source>F&amp;or</source>
            <translation>कसका लागि (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Export a bundle…</source>
            <translation>पोको निर्यात गर्नुहोस्… (&amp;E)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>पोको निर्यात गर्नुहोस्</translation>
        </message>
        <message>
            <source>Write this device's new records to a file for the device chosen.</source>
            <translation>यस उपकरणका नयाँ अभिलेखहरू छानिएको उपकरणका लागि फाइलमा लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>पोकाहरू आयात गर्नुहोस्… (&amp;I)</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>पोकाहरू आयात गर्नुहोस्</translation>
        </message>
        <message>
            <source>Merge bundles other devices made for this one.</source>
            <translation>अरू उपकरणले यसका लागि बनाएका पोकाहरू गाभ्नुहोस्।</translation>
        </message>
        <message>
            <source>The last bundle for the device chosen</source>
            <translation>छानिएको उपकरणका लागि अन्तिम पोको</translation>
        </message>
        <message>
            <source>A bundle holds what the device chosen has not had from this one yet, in one file named for who made it, for whom and when. Import takes the bundles other devices made for this one; choose several at once.</source>
            <translation>पोकामा छानिएको उपकरणले यसबाट अहिलेसम्म नपाएका कुरा हुन्छन्, एउटै फाइलमा, जसको नामले कसले, कसका लागि र कहिले बनायो भन्ने देखाउँछ। आयातले अरू उपकरणले यसका लागि बनाएका पोकाहरू लिन्छ; एकै पटक धेरै छान्न सकिन्छ।</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>निर्यात</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फाइल</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>नतिजा</translation>
        </message>
        <message>
            <source>New</source>
            <translation>नयाँ</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>अद्यावधिक</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>पहिले नै यहाँ</translation>
        </message>
        <message>
            <source>In conflict</source>
            <translation>बाझाबाझमा</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>प्रतीक्षामा</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>के भयो</translation>
        </message>
        <message>
            <source>What each file did</source>
            <translation>प्रत्येक फाइलले के गर्‍यो</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>पढ्दै…</translation>
        </message>
        <message>
            <source>{name} ({role}), used by {user}</source>
            <translation>{name} ({role}), प्रयोगकर्ता {user}</translation>
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation>बाझाबाझहरू ({count})</translation>
        </message>
        <message>
            <source>No bundle made for {name} yet.</source>
            <translation>{name} का लागि अहिलेसम्म कुनै पोको बनाइएको छैन।</translation>
        </message>
        <message>
            <source>Last bundle for {name}: {when}.</source>
            <translation>{name} का लागि अन्तिम पोको: {when}।</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile (under Devices, below) before exporting.</source>
            <translation>यो उपकरणले अझै आफ्नो केन्द्र चिनेको छैन: निर्यात गर्नुअघि केन्द्रको परिचय फाइल आयात गर्नुहोस् (तल, उपकरणहरू अन्तर्गत)।</translation>
        </message>
        <message>
            <source>No device is trusted here yet: import a bundle from an officer's laptop and trust it, then export bundles for it here.</source>
            <translation>यहाँ अझै कुनै उपकरणमा विश्वास गरिएको छैन: अधिकृतको ल्यापटपबाट पोको आयात गरी त्यसमा विश्वास गर्नुहोस्, त्यसपछि यहाँ त्यसका लागि पोकाहरू निर्यात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Where to write the bundle (a USB stick, for example)</source>
            <translation>पोको कहाँ लेख्ने (उदाहरणका लागि, USB स्टिक)</translation>
        </message>
        <message>
            <source>Exporting a bundle…</source>
            <translation>पोको निर्यात गर्दै…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n अभिलेख</numerusform>
                <numerusform>%n अभिलेखहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} for {receiver}, written to {path}</source>
            <translation>{receiver} का लागि {records}, {path} मा लेखियो</translation>
        </message>
        <message>
            <source>Bundles to import</source>
            <translation>आयात गर्ने समक्रमण पोकाहरू</translation>
        </message>
        <message>
            <source>scdesk bundles (*.scdesk);;All files (*)</source>
            <translation>scdesk समक्रमण पोकाहरू (*.scdesk);;सबै फाइलहरू (*)</translation>
        </message>
        <message>
            <source>Checking the bundles…</source>
            <translation>पोकाहरू जाँच गर्दै…</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>पोकाहरू आयात गर्दै…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation>
                <numerusform>%n फाइल गाभियो</numerusform>
                <numerusform>%n फाइलहरू गाभिए</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation>
                <numerusform>%n पहिले नै गाभिएको</numerusform>
                <numerusform>%n पहिले नै गाभिएका</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n अस्वीकार गरियो</numerusform>
                <numerusform>%n अस्वीकार गरिए</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%n आयात गरिएन</numerusform>
                <numerusform>%n आयात गरिएनन्</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import: {parts}.</source>
            <translation>अन्तिम आयात: {parts}।</translation>
        </message>
        <message>
            <source>Trusted now: {names}.</source>
            <translation>अहिले विश्वास गरिएका: {names}।</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation>
                <numerusform>हेर्नुपर्ने सम्भावित दोहोरो प्रविष्टिको %n जोडी।</numerusform>
                <numerusform>हेर्नुपर्ने सम्भावित दोहोरो प्रविष्टिका %n जोडी।</numerusform>
            </translation>
        </message>
        <message>
            <source>merged</source>
            <translation>गाभिएको</translation>
        </message>
        <message>
            <source>already merged</source>
            <translation>पहिले नै गाभिएको</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>अस्वीकार गरिएको</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>रद्द गरिएको</translation>
        </message>
        <message>
            <source>From {sender}.</source>
            <translation>{sender} बाट।</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>{value} is not a {column}: use one of {choices}.</source>
            <translation>{value} मान्य {column} होइन: {choices} मध्ये एउटा प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{value} in {column} is not yes or no.</source>
            <translation>{column} मा रहेको {value} yes वा no होइन।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a date such as 2026-01-31.</source>
            <translation>{column} मा रहेको {value} 2026-01-31 जस्तो मिति होइन।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a time such as 2026-01-31 14:30 (UTC).</source>
            <translation>{column} मा रहेको {value} 2026-01-31 14:30 (UTC) जस्तो समय होइन।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a whole number.</source>
            <translation>{column} मा रहेको {value} पूर्ण संख्या होइन।</translation>
        </message>
        <message>
            <source>{value} in {column} is not an amount such as 1500.50.</source>
            <translation>{column} मा रहेको {value} 1500.50 जस्तो रकम होइन।</translation>
        </message>
        <message>
            <source>{value} in {column} is not an id as scdesk writes them: leave it empty for a new record.</source>
            <translation>{column} मा रहेको {value} scdesk ले लेख्ने जस्तो पहिचान नम्बर होइन: नयाँ अभिलेखका लागि यसलाई खाली छोड्नुहोस्।</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: split it into smaller files.</source>
            <translation>फाइल {limit} MB भन्दा ठूलो छ: यसलाई साना फाइलहरूमा टुक्र्याउनुहोस्।</translation>
        </message>
        <message>
            <source>{name} is not a CSV or XLSX file: save it as one of those.</source>
            <translation>{name} CSV वा XLSX फाइल होइन: यसलाई तीमध्ये एउटाका रूपमा सुरक्षित गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>फाइल UTF-8 मा छैन: यसलाई आफ्नो स्प्रेडसिट कार्यक्रमबाट "CSV UTF-8" का रूपमा सुरक्षित गरेर फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>A quotation mark in this row is never closed, or has text right after it.</source>
            <translation>यस पङ्क्तिमा एउटा उद्धरण चिह्न कहिल्यै बन्द हुँदैन, वा त्यसको लगत्तै पछि पाठ छ।</translation>
        </message>
        <message>
            <source>A cell holds more than {limit} characters: look for a quotation mark that is never closed.</source>
            <translation>एउटा कोठामा {limit} भन्दा बढी अक्षर छन्: कहिल्यै बन्द नगरिएको उद्धरण चिन्ह खोज्नुहोस्।</translation>
        </message>
        <message>
            <source>The spreadsheet declares XML entities, which spreadsheet programs never write: it is refused.</source>
            <translation>स्प्रेडसिटले XML इकाइहरू घोषणा गर्छ, जुन स्प्रेडसिट कार्यक्रमहरूले कहिल्यै लेख्दैनन्: यसलाई अस्वीकार गरियो।</translation>
        </message>
        <message>
            <source>The spreadsheet has no sheet called {table}.</source>
            <translation>स्प्रेडसिटमा {table} नामको पाना छैन।</translation>
        </message>
        <message>
            <source>The zip file holds no {table}.csv.</source>
            <translation>zip फाइलमा {table}.csv छैन।</translation>
        </message>
        <message>
            <source>The file unpacks to more than {limit} MB: it is refused.</source>
            <translation>फाइल खोल्दा {limit} MB भन्दा ठूलो हुन्छ: यसलाई अस्वीकार गरियो।</translation>
        </message>
        <message>
            <source>The file is damaged or not a spreadsheet.</source>
            <translation>फाइल बिग्रिएको छ वा स्प्रेडसिट होइन।</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it.</source>
            <translation>फाइलमा {limit} भन्दा बढी पङ्क्ति छन्: यसलाई टुक्र्याउनुहोस्।</translation>
        </message>
        <message>
            <source>The first row must name the columns; it is empty.</source>
            <translation>पहिलो पङ्क्तिमा महलहरूको नाम हुनुपर्छ; यो खाली छ।</translation>
        </message>
        <message>
            <source>The first row names the column "{column}" twice: keep one.</source>
            <extracomment>Translators: {column} is a column name, as the first row of the file gives it.</extracomment>
            <translation>पहिलो पङ्क्तिमा "{column}" महलको नाम दुई पटक छ: एउटा मात्र राख्नुहोस्।</translation>
        </message>
        <message>
            <source>The first row names no column scdesk reads: add a row of column names at the top, such as {examples}.</source>
            <extracomment>Translators: {examples} are column names, such as: id, name, name_local, country.</extracomment>
            <translation>पहिलो पङ्क्तिमा scdesk ले पढ्ने कुनै महलको नाम छैन: सबैभन्दा माथि {examples} जस्ता महलका नामहरूको पङ्क्ति थप्नुहोस्।</translation>
        </message>
        <message>
            <source>A cell holds a NUL character, which is not text: save the file again from your spreadsheet program.</source>
            <translation>एउटा कोठामा NUL अक्षर छ, जुन पाठ होइन: फाइललाई आफ्नो स्प्रेडसिट कार्यक्रमबाट फेरि सुरक्षित गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The row has {cells} cells but the first row names only {columns} columns: name every column, and put a cell that holds a comma in quotation marks.</source>
            <extracomment>Translators: {cells} and {columns} are numbers of cells in one row.</extracomment>
            <translation>पङ्क्तिमा {cells} कोठा छन् तर पहिलो पङ्क्तिले {columns} महलको मात्र नाम दिन्छ: हरेक महलको नाम दिनुहोस्, र अल्पविराम भएको कोठालाई उद्धरण चिन्हभित्र राख्नुहोस्।</translation>
        </message>
        <message>
            <source>This person is listed already, in row {row}.</source>
            <translation>यो व्यक्ति पङ्क्ति {row} मा पहिले नै सूचीमा छ।</translation>
        </message>
        <message>
            <source>This seat is on another committee: leave its id empty to seat the person on this one.</source>
            <translation>यो सदस्यता अर्कै समितिको हो: व्यक्तिलाई यो समितिमा राख्न यसको पहिचान नम्बर खाली छोड्नुहोस्।</translation>
        </message>
        <message>
            <source>Give the committee (committee_id or committee) and the person (person_id or person).</source>
            <translation>समिति (committee_id वा committee) र व्यक्ति (person_id वा person) दिनुहोस्।</translation>
        </message>
        <message>
            <source>Fill {column}: a new record needs it.</source>
            <extracomment>Translators: {column} is the name of a column of the spreadsheet.</extracomment>
            <translation>{column} भर्नुहोस्: नयाँ अभिलेखलाई यो चाहिन्छ।</translation>
        </message>
        <message>
            <source>No single record called {name} is recorded here: give its {column}.</source>
            <extracomment>Translators: {name} is what the cell holds, {column} the column that takes the record's id.</extracomment>
            <translation>{name} नामको ठ्याक्कै एउटा अभिलेख यहाँ दर्ता छैन: यसको {column} दिनुहोस्।</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found; {first}</source>
            <translation>
                <numerusform>केही पनि आयात भएन: %n समस्या भेटियो; {first}</numerusform>
                <numerusform>केही पनि आयात भएन: %n समस्या भेटिए; {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which meeting or which activity the attendance is for.</source>
            <translation>उपस्थिति कुन बैठक वा कुन गतिविधिको हो भन्नुहोस्।</translation>
        </message>
        <message>
            <source>This row's id belongs to a part of another version: leave it empty to add the part to this one.</source>
            <translation>यस पङ्क्तिको पहिचान नम्बर अर्कै संस्करणको भागको हो: यो भाग यो संस्करणमा थप्न यसलाई खाली छोड्नुहोस्।</translation>
        </message>
        <message>
            <source>the file: {message}</source>
            <translation>फाइल: {message}</translation>
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <extracomment>Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.</extracomment>
            <translation>{sheet} पङ्क्ति {row}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <extracomment>Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong with it.</extracomment>
            <translation>पङ्क्ति {row}: {message}</translation>
        </message>
        <message>
            <source>More than one person called {name} with this birth year and city is recorded: give the person's id.</source>
            <translation>यही जन्म वर्ष र सहरका {name} नामका एकभन्दा बढी व्यक्ति दर्ता छन्: व्यक्तिको पहिचान नम्बर दिनुहोस्।</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its city_id.</source>
            <translation>{name} नामका एकभन्दा बढी सहर छन्: यसको city_id दिनुहोस्।</translation>
        </message>
        <message>
            <source>No single organisation called {name} is recorded here: give its organisation_id.</source>
            <translation>{name} नामको ठ्याक्कै एउटा संस्था यहाँ दर्ता छैन: यसको organisation_id दिनुहोस्।</translation>
        </message>
        <message>
            <source>No single indicator has the code {code}: give its indicator_id.</source>
            <extracomment>Translators: {code} is what the cell holds, an indicator's code such as OP1.2.</extracomment>
            <translation>{code} सङ्केत भएको ठ्याक्कै एउटा सूचक छैन: यसको indicator_id दिनुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>पुनर्स्थापना गर्नुहोस् (&amp;R)</translation>
        </message>
        <message>
            <source>Restore the selected record</source>
            <translation>छानिएको अभिलेख पुनर्स्थापना गर्नुहोस्</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>रद्दी टोकरी</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>मेटाइएको</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>अभिलेख</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>सबै प्रकार</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>मेटाइएको %n अभिलेख</numerusform>
                <numerusform>मेटाइएका %n अभिलेखहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>पुनर्स्थापना गरियो: {label}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>पुनर्स्थापना गर्दै…</translation>
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
            <translation>खोल्नुहोस् (&amp;O)</translation>
        </message>
        <message>
            <source>A&amp;dopt</source>
            <translation>पारित गर्नुहोस् (&amp;d)</translation>
        </message>
        <message>
            <source>Publish this draft: the version adopted before it is kept, superseded, and stays readable.</source>
            <translation>यो मस्यौदा प्रकाशित गर्नुहोस्: यसअघि पारित संस्करण प्रतिस्थापित भई राखिन्छ, र पढ्न मिल्ने रहन्छ।</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>नयाँ संस्करण (&amp;N)</translation>
        </message>
        <message>
            <source>Start a draft copy of this version to edit.</source>
            <translation>सम्पादन गर्न यो संस्करणको मस्यौदा प्रति सुरु गर्नुहोस्।</translation>
        </message>
        <message>
            <source>&amp;Start one</source>
            <translation>एउटा सुरु गर्नुहोस् (&amp;S)</translation>
        </message>
        <message>
            <source>Version {number} · {status} · {title}</source>
            <translation>संस्करण {number} · {status} · {title}</translation>
        </message>
        <message>
            <source>None yet: start one for this city.</source>
            <translation>अहिलेसम्म कुनै छैन: यो सहरका लागि एउटा सुरु गर्नुहोस्।</translation>
        </message>
        <message>
            <source>A draft: open it to edit, adopt it to publish it.</source>
            <translation>मस्यौदा: सम्पादन गर्न खोल्नुहोस्, प्रकाशित गर्न पारित गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Adopted on {day}: it opens read-only; start a new version to change it.</source>
            <translation>{day} मा पारित: यो पढ्न मात्र खुल्छ; परिवर्तन गर्न नयाँ संस्करण सुरु गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Superseded by a later version: kept as it was, it opens read-only.</source>
            <translation>पछिल्लो संस्करणद्वारा प्रतिस्थापित: जस्ताको तस्तै राखिएको, यो पढ्न मात्र खुल्छ।</translation>
        </message>
    </context>
</TS>
