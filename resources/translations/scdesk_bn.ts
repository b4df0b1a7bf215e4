<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD" sourcelanguage="en">
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Actions agreed at this meeting</source>
            <translation>এই সভায় স্থির হওয়া করণীয়</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>করণীয়</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>দায়িত্বপ্রাপ্ত</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>নির্ধারিত তারিখ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>করণীয় যোগ করুন (&amp;A)</translation>
        </message>
        <message>
            <source>Carried over from earlier meetings</source>
            <translation>আগের সভাগুলো থেকে পরবর্তীতে নেওয়া</translation>
        </message>
        <message>
            <source>Actions carried over</source>
            <translation>পরবর্তীতে নেওয়া করণীয়</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>চালুর তারিখ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>&amp;Done at this meeting</source>
            <translation>এই সভায় সম্পন্ন (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ropped at this meeting</source>
            <translation>এই সভায় বাদ দেওয়া (&amp;R)</translation>
        </message>
        <message>
            <source>Open a&amp;gain</source>
            <translation>আবার চালু করুন (&amp;G)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Save the meeting to see the actions carried over from earlier ones.</source>
            <translation>আগের সভাগুলো থেকে পরবর্তীতে নেওয়া করণীয় দেখতে সভাটি সংরক্ষণ করুন।</translation>
        </message>
        <message>
            <source>No open actions were carried over to this meeting.</source>
            <translation>এই সভায় বাকি কোনো করণীয় আনা হয়নি।</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation>
                <numerusform>%nটি করণীয় পরবর্তীতে নেওয়া হয়েছে: কোনটি সম্পন্ন বা বাদ দেওয়া হয়েছে তা চিহ্নিত করুন।</numerusform>
                <numerusform>%nটি করণীয় পরবর্তীতে নেওয়া হয়েছে: কোনগুলো সম্পন্ন বা বাদ দেওয়া হয়েছে তা চিহ্নিত করুন।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Choose the city of the activity.</source>
            <translation>কার্যক্রমের শহর বেছে নিন।</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>স্থান</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ফলাফল</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>টীকা</translation>
        </message>
        <message>
            <source>An activity that has not started cannot be marked as held.</source>
            <translation>যে কার্যক্রম এখনো শুরু হয়নি, তা অনুষ্ঠিত হিসেবে চিহ্নিত করা যায় না।</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>বিষয়</translation>
        </message>
        <message>
            <source>The session on {day} is outside the activity's dates.</source>
            <translation>{day} তারিখের সেশনটি কার্যক্রমের তারিখের বাইরে।</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>The same person is registered twice.</source>
            <translation>একই ব্যক্তি দুবার নিবন্ধিত হয়েছেন।</translation>
        </message>
        <message>
            <source>The same person is listed twice as a coach.</source>
            <translation>একই ব্যক্তি কোচ হিসেবে দুবার তালিকাভুক্ত হয়েছেন।</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>একটি মাথাগুনতি</translation>
        </message>
        <message>
            <source>The same gender, age band and community is counted twice.</source>
            <translation>একই লিঙ্গ, বয়সের শ্রেণি ও জনগোষ্ঠী দুবার গণনা করা হয়েছে।</translation>
        </message>
        <message>
            <source>A registered participant no longer exists here.</source>
            <translation>নিবন্ধিত একজন অংশগ্রহণকারী আর এখানে নেই।</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Youth activities</source>
            <translation>তরুণদের কার্যক্রম</translation>
        </message>
        <message>
            <source>&amp;New activity</source>
            <translation>নতুন কার্যক্রম (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ভাষা</translation>
        </message>
        <message numerus="yes">
            <source>%n activity(s)</source>
            <translation>
                <numerusform>%nটি কার্যক্রম</numerusform>
                <numerusform>%nটি কার্যক্রম</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Youth activity[*]</source>
            <translation>তরুণদের কার্যক্রম[*]</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>শিরোনাম (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ধরন (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>শুরুর তারিখ (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>শেষের তারিখ (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>স্থান (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ভাষা (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>অবস্থা (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>ফলাফল (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>টীকা (&amp;N)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>বিস্তারিত</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>সেশন</translation>
        </message>
        <message>
            <source>People</source>
            <translation>মানুষ</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>অংশগ্রহণ</translation>
        </message>
        <message>
            <source>New youth activity</source>
            <translation>নতুন তরুণদের কার্যক্রম</translation>
        </message>
    </context>
    <context>
        <name>ActivityParts</name>
        <message>
            <source>Day</source>
            <translation>দিন</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>বিষয়</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>টীকা</translation>
        </message>
        <message>
            <source>Add a &amp;session</source>
            <translation>সেশন যোগ করুন (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>সংস্করণ {number} গ্রহণ করুন</translation>
        </message>
        <message>
            <source>&amp;Adopted on</source>
            <translation>গৃহীত হওয়ার তারিখ (&amp;A)</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>গৃহীত হওয়ার তারিখ</translation>
        </message>
    </context>
    <context>
        <name>AdviceForm</name>
        <message>
            <source>Expert advice[*]</source>
            <translation>বিশেষজ্ঞ পরামর্শ[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>বিশেষজ্ঞ (&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>বিষয় (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>শুরু (&amp;F)</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>শেষ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>টীকা (&amp;N)</translation>
        </message>
        <message>
            <source>New expert advice</source>
            <translation>নতুন বিশেষজ্ঞ পরামর্শ</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Agenda</source>
            <translation>আলোচ্যসূচি</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>আলোচ্যসূচির বিষয়</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>বিষয় যোগ করুন (&amp;I)</translation>
        </message>
        <message>
            <source>Add s&amp;ub-item</source>
            <translation>উপ-বিষয় যোগ করুন (&amp;U)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>উপরে সরান</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>নিচে সরান</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>সরিয়ে দিন</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>শিরোনাম (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Presenter</source>
            <translation>উপস্থাপক (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>আলোচনা (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>সিদ্ধান্ত (&amp;E)</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>(নতুন বিষয়)</translation>
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
            <translation>রেকর্ডের ফাইলটি ক্ষতিগ্রস্ত: শুধু প্রয়োজনীয় তথ্য টুকে রাখার জন্য কাজ চালিয়ে যান, তারপর ব্যাকআপ থেকে ফাইলটি ফিরিয়ে আনুন (কীভাবে, তা scdesk check জানাবে)।</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Named attendees</source>
            <translation>নামসহ উপস্থিত ব্যক্তি</translation>
        </message>
        <message>
            <source>Add the committee's &amp;members</source>
            <translation>কমিটির সদস্যদের যোগ করুন (&amp;M)</translation>
        </message>
        <message>
            <source>Add the committee's members</source>
            <translation>কমিটির সদস্যদের যোগ করুন</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ব্যক্তি</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ভূমিকা</translation>
        </message>
        <message>
            <source>nobody present</source>
            <translation>কেউ উপস্থিত নেই</translation>
        </message>
        <message>
            <source>Secretary of this meeting</source>
            <translation>এই সভার সম্পাদক</translation>
        </message>
        <message>
            <source>Who took the minutes and signs them: someone marked present.</source>
            <translation>যিনি কার্যবিবরণী লিখেছেন এবং তাতে স্বাক্ষর করবেন: উপস্থিত হিসেবে লেখা কেউ।</translation>
        </message>
        <message>
            <source>Secreta&amp;ry of this meeting</source>
            <translation>এই সভার সম্পাদক (&amp;R)</translation>
        </message>
        <message>
            <source>Anonymous headcounts</source>
            <translation>নাম ছাড়া মাথাগুনতি</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>লিঙ্গ</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>বয়সের শ্রেণি</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>গোষ্ঠী</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>কোনো গোষ্ঠী নেই</translation>
        </message>
        <message>
            <source>People</source>
            <translation>মানুষ</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>মাথাগুনতি যোগ করুন (&amp;H)</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>গণনা করা হয়নি</translation>
        </message>
        <message>
            <source>Stated total attendance</source>
            <translation>ঘোষিত মোট উপস্থিতি</translation>
        </message>
        <message>
            <source>Stated &amp;total</source>
            <translation>ঘোষিত মোট (&amp;T)</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>গণনা</translation>
        </message>
        <message>
            <source>Choose the meeting's committee on the Details tab first.</source>
            <translation>প্রথমে ‘বিস্তারিত’ অংশে সভার কমিটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Nobody was a member of the committee on {day}.</source>
            <translation>{day} তারিখে কমিটির কোনো সদস্য ছিলেন না।</translation>
        </message>
        <message>
            <source>{named} named present + {anonymous} counted = {sum}</source>
            <translation>নামসহ উপস্থিত {named} + গণনা {anonymous} = {sum}</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>meeting</source>
            <translation>সভা</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>তরুণদের কার্যক্রম</translation>
        </message>
        <message>
            <source>person</source>
            <translation>ব্যক্তি</translation>
        </message>
        <message>
            <source>committee</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>city</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>committee membership</source>
            <translation>কমিটির সদস্যপদ</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>আলোচ্যসূচির বিষয়</translation>
        </message>
        <message>
            <source>action</source>
            <translation>করণীয়</translation>
        </message>
        <message>
            <source>activity session</source>
            <translation>কার্যক্রমের সেশন</translation>
        </message>
        <message>
            <source>consultation finding</source>
            <translation>পরামর্শ সভার পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>ঝুঁকি-চিত্র</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>ঝুঁকির উপাদান</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>প্রতিরোধ পরিকল্পনা</translation>
        </message>
        <message>
            <source>plan objective</source>
            <translation>পরিকল্পনার উদ্দেশ্য</translation>
        </message>
        <message>
            <source>plan action</source>
            <translation>পরিকল্পিত করণীয়</translation>
        </message>
        <message>
            <source>support grant</source>
            <translation>সহায়তা অনুদান</translation>
        </message>
        <message>
            <source>expert advice</source>
            <translation>বিশেষজ্ঞ পরামর্শ</translation>
        </message>
        <message>
            <source>raising with a national body</source>
            <translation>জাতীয় সংস্থার কাছে উত্থাপিত বিষয়</translation>
        </message>
        <message>
            <source>priority added by the hub</source>
            <translation>কেন্দ্রের যোগ করা অগ্রাধিকার</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>সূচক</translation>
        </message>
        <message>
            <source>indicator target</source>
            <translation>সূচকের লক্ষ্য</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>উপস্থিতি</translation>
        </message>
        <message>
            <source>headcount</source>
            <translation>মাথাগুনতি</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>হ্যাঁ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>না</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>স্থানীয় নাম</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>শিরোনাম / পদবি</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>লিঙ্গ</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>জন্মসাল</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>বয়সের শ্রেণি</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>অংশীজন</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ফোন</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ই-মেইল</translation>
        </message>
        <message>
            <source>Consent to take part</source>
            <translation>অংশ নেওয়ার সম্মতি</translation>
        </message>
        <message>
            <source>Consent to photos</source>
            <translation>ছবির সম্মতি</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>তথ্য ব্যবহারের সম্মতি</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>সম্মতিদাতা</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>সম্মতির ধরন</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>সম্মতি দেওয়ার তারিখ</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>সম্মতি প্রত্যাহারের তারিখ</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>বিশেষজ্ঞতার ক্ষেত্র</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>দেশ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>প্রদেশ</translation>
        </message>
        <message>
            <source>Member city</source>
            <translation>সদস্য শহর</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>যোগদানের তারিখ</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>মেয়র</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>খাত</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>শুরুর তারিখ</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>শেষের তারিখ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>স্থান</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ভাষা</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Total present</source>
            <translation>মোট উপস্থিত</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>সারসংক্ষেপ</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ফলাফল</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>টীকা</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>আমন্ত্রিত</translation>
        </message>
        <message>
            <source>present</source>
            <translation>উপস্থিত</translation>
        </message>
        <message>
            <source>sent apologies</source>
            <translation>অনুপস্থিতির আগাম বার্তা পাঠিয়েছেন</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>অনুপস্থিত</translation>
        </message>
        <message>
            <source>approved (locked)</source>
            <translation>অনুমোদিত (তালাবদ্ধ)</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>উদ্বেগ</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>হুমকি</translation>
        </message>
        <message>
            <source>existing approach</source>
            <translation>বিদ্যমান পদ্ধতি</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>সম্পদ</translation>
        </message>
        <message>
            <source>key need</source>
            <translation>মূল প্রয়োজন</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>অগ্রাধিকার</translation>
        </message>
        <message>
            <source>prevention and early prevention</source>
            <translation>প্রতিরোধ ও প্রাথমিক প্রতিরোধ</translation>
        </message>
        <message>
            <source>national-local cooperation</source>
            <translation>জাতীয়-স্থানীয় সহযোগিতা</translation>
        </message>
        <message>
            <source>participation of youth</source>
            <translation>তরুণদের অংশগ্রহণ</translation>
        </message>
        <message>
            <source>participation of women</source>
            <translation>নারীদের অংশগ্রহণ</translation>
        </message>
        <message>
            <source>participation of marginalised groups</source>
            <translation>প্রান্তিক গোষ্ঠীর অংশগ্রহণ</translation>
        </message>
        <message>
            <source>other priority</source>
            <translation>অন্যান্য অগ্রাধিকার</translation>
        </message>
        <message>
            <source>local government</source>
            <translation>স্থানীয় সরকার</translation>
        </message>
        <message>
            <source>faith</source>
            <translation>ধর্ম</translation>
        </message>
        <message>
            <source>education</source>
            <translation>শিক্ষা</translation>
        </message>
        <message>
            <source>media</source>
            <translation>গণমাধ্যম</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>ব্যক্তি নিজে</translation>
        </message>
        <message>
            <source>a parent or guardian</source>
            <translation>মা-বাবা বা অভিভাবক</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>মৌখিকভাবে</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>লিখিতভাবে</translation>
        </message>
        <message>
            <source>field officer</source>
            <translation>মাঠ কর্মকর্তা</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>কেন্দ্র</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>এই যন্ত্র</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>বিশ্বস্ত</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>বিশ্বস্ত নয়</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>প্রত্যাহৃত</translation>
        </message>
        <message>
            <source>Last complete quarter</source>
            <translation>গত পূর্ণ ত্রৈমাসিক</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>গত 12 মাস</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>এই বছর</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>সব সময়</translation>
        </message>
        <message>
            <source>Between the dates…</source>
            <translation>দুই তারিখের মধ্যে…</translation>
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>{country} is not a country the network works in.</source>
            <translation>{country} নেটওয়ার্কের কাজের দেশগুলোর একটি নয়।</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its id (scdesk check lists them).</source>
            <translation>{name} নামে একাধিক শহর আছে: শহরটির আইডি দিন (scdesk check সেগুলোর তালিকা দেয়)।</translation>
        </message>
        <message>
            <source>No city called {name} is recorded here.</source>
            <translation>{name} নামে কোনো শহর এখানে নথিভুক্ত নেই।</translation>
        </message>
        <message>
            <source>City name</source>
            <translation>শহরের নাম</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>স্থানীয় নাম</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>প্রদেশ</translation>
        </message>
        <message>
            <source>Choose the city's country.</source>
            <translation>শহরের দেশ বেছে নিন।</translation>
        </message>
        <message>
            <source>The date the city joined is in the future.</source>
            <translation>শহরের যোগদানের তারিখটি ভবিষ্যতের।</translation>
        </message>
        <message>
            <source>Only a member city has a date it joined the network.</source>
            <translation>শুধু সদস্য শহরেরই নেটওয়ার্কে যোগদানের তারিখ থাকে।</translation>
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message>
            <source>Cities</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>&amp;New city</source>
            <translation>নতুন শহর (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>স্থানীয় নাম</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>দেশ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>প্রদেশ</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>সদস্য</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>হ্যাঁ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>না</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>যোগদান</translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%nটি শহর</numerusform>
                <numerusform>%nটি শহর</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CityFilter</name>
        <message>
            <source>All cities</source>
            <translation>সব শহর</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Reading the cities…</source>
            <translation>শহরগুলো পড়া হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>CityForm</name>
        <message>
            <source>City[*]</source>
            <translation>শহর[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>নাম (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Local name</source>
            <translation>স্থানীয় নাম (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>দেশ (&amp;O)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>প্রদেশ (&amp;P)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>সদস্য</translation>
        </message>
        <message>
            <source>A member city</source>
            <translation>একটি সদস্য শহর</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>যোগদানের তারিখ (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Mayor or local leader</source>
            <translation>মেয়র বা স্থানীয় নেতা (&amp;M)</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>নতুন শহর</translation>
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
            <translation>শহর (&amp;Y)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Say what to do with the ids: merge or dismiss.</source>
            <translation>আইডিগুলো নিয়ে কী করবেন বলুন: merge বা dismiss।</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s) scoring {score} or more</source>
            <translation>
                <numerusform>{score} বা তার বেশি স্কোরের %nটি সম্ভাব্য দ্বৈত তথ্য</numerusform>
                <numerusform>{score} বা তার বেশি স্কোরের %nটি সম্ভাব্য দ্বৈত তথ্য</numerusform>
            </translation>
        </message>
        <message>
            <source>Give two record ids: duplicates {action} ID ID.</source>
            <translation>দুটি রেকর্ডের আইডি দিন: duplicates {action} ID ID।</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at: scdesk duplicates lists them</source>
            <translation>
                <numerusform>দেখার মতো %nটি সম্ভাব্য দ্বৈত তথ্যের জোড়া: scdesk duplicates সেগুলোর তালিকা দেয়</numerusform>
                <numerusform>দেখার মতো %nটি সম্ভাব্য দ্বৈত তথ্যের জোড়া: scdesk duplicates সেগুলোর তালিকা দেয়</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of {table} have no audit entry</source>
            <translation>
                <numerusform>{table}-এর %nটি সারির কোনো নিরীক্ষা-লিপি নেই</numerusform>
                <numerusform>{table}-এর %nটি সারির কোনো নিরীক্ষা-লিপি নেই</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n pair(s) of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</source>
            <translation>
                <numerusform>সতর্কতা: এখানে গোনা %nটি সম্ভাব্য দ্বৈত তথ্যের জোড়া এখনো মীমাংসা হয়নি; `scdesk duplicates` সেগুলোর তালিকা দেয়।</numerusform>
                <numerusform>সতর্কতা: এখানে গোনা %nটি সম্ভাব্য দ্বৈত তথ্যের জোড়া এখনো মীমাংসা হয়নি; `scdesk duplicates` সেগুলোর তালিকা দেয়।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n record(s) counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</source>
            <translation>
                <numerusform>সতর্কতা: এখানে গোনা %nটি রেকর্ড দুটি যন্ত্রে সম্পাদনার পর একটি নিয়ম ভাঙে এবং পর্যালোচনার অপেক্ষায় আছে (যেমন আছে তেমনই গোনা হয়েছে); `scdesk conflicts` সেগুলোর তালিকা দেয়।</numerusform>
                <numerusform>সতর্কতা: এখানে গোনা %nটি রেকর্ড দুটি যন্ত্রে সম্পাদনার পর একটি নিয়ম ভাঙে এবং পর্যালোচনার অপেক্ষায় আছে (যেমন আছে তেমনই গোনা হয়েছে); `scdesk conflicts` সেগুলোর তালিকা দেয়।</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --meeting ID or --activity ID.</source>
            <translation>--meeting ID অথবা --activity ID দিন।</translation>
        </message>
        <message>
            <source>Indicators are reported for a city or for all cities: give --city instead of --country.</source>
            <translation>সূচকের প্রতিবেদন একটি শহর বা সব শহরের জন্য হয়: --country-এর বদলে --city দিন।</translation>
        </message>
        <message>
            <source>Give {option}.</source>
            <translation>{option} দিন।</translation>
        </message>
        <message>
            <source>The key figures of the last complete quarter, {start} to {end}: --from and --to choose another period.</source>
            <translation>গত পূর্ণ ত্রৈমাসিকের, {start} থেকে {end} পর্যন্ত, মূল পরিসংখ্যান: অন্য সময়কাল --from ও --to দিয়ে বেছে নিন।</translation>
        </message>
        <message>
            <source>--meeting and --activity are for attendance only.</source>
            <translation>--meeting ও --activity শুধু উপস্থিতির জন্য।</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
            <extracomment>Translators: %n is how many problems were listed above.</extracomment>
            <translation>
                <numerusform>কিছুই আমদানি করা হয়নি: উপরের %nটি সমস্যা ঠিক করে ফাইলটি আবার আমদানি করুন।</numerusform>
                <numerusform>কিছুই আমদানি করা হয়নি: উপরের %nটি সমস্যা ঠিক করে ফাইলটি আবার আমদানি করুন।</numerusform>
            </translation>
        </message>
        <message>
            <source>Not read: {columns}. scdesk does not use these columns in this table; check how they are spelt.</source>
            <extracomment>Translators: {columns} are column names, as the file's first row gives them.</extracomment>
            <translation>পড়া হয়নি: {columns}। scdesk এই সারণিতে এই কলামগুলি ব্যবহার করে না; এদের বানান দেখে নিন।</translation>
        </message>
        <message>
            <source>The tables will hold names and contact details: add --yes to confirm.</source>
            <translation>সারণিগুলোতে নাম ও যোগাযোগের তথ্য থাকবে: নিশ্চিত করতে --yes যোগ করুন।</translation>
        </message>
        <message>
            <source>Not confirmed: nothing was written.</source>
            <translation>নিশ্চিত করা হয়নি: কিছুই লেখা হয়নি।</translation>
        </message>
        <message>
            <source>Give the key backup's file: device {action} FILE.</source>
            <translation>চাবির ব্যাকআপ ফাইলটি দিন: device {action} FILE।</translation>
        </message>
        <message>
            <source>Give --passphrase-file P, or run this in a terminal.</source>
            <translation>--passphrase-file P দিন, অথবা এটি টার্মিনালে চালান।</translation>
        </message>
        <message>
            <source>The two passphrases differ: nothing was written.</source>
            <translation>দুটি গোপন বাক্য মেলেনি: কিছুই লেখা হয়নি।</translation>
        </message>
        <message>
            <source>Replacing this device's keys makes new ones, and the hub refuses its bundles until its staff trust the new fingerprint: run again with --yes to replace them.</source>
            <translation>এই যন্ত্রের চাবি বদলালে নতুন চাবি তৈরি হয়, এবং কেন্দ্রের কর্মীরা নতুন ফিঙ্গারপ্রিন্ট বিশ্বাস না করা পর্যন্ত কেন্দ্র এর সমন্বয় ফাইল গ্রহণ করে না: চাবি বদলাতে --yes দিয়ে আবার চালান।</translation>
        </message>
        <message>
            <source>The keys were not replaced: nothing was changed.</source>
            <translation>চাবি বদলানো হয়নি: কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>Warning: the hub takes no bundle from this device until its staff trust the new key: export a bundle or a card (scdesk device --card FILE), have them read out the new fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.</source>
            <translation>সতর্কতা: কেন্দ্রের কর্মীরা নতুন চাবি বিশ্বাস না করা পর্যন্ত কেন্দ্র এই যন্ত্রের কোনো সমন্বয় ফাইল নেবে না: একটি সমন্বয় ফাইল বা যন্ত্রের পরিচয়পত্র রপ্তানি করুন (scdesk device --card FILE), তাঁদের দিয়ে নতুন ফিঙ্গারপ্রিন্ট পড়িয়ে scdesk trust FILE চালান, তারপর কেন্দ্রের কাছে নতুন সমন্বয় ফাইল চান।</translation>
        </message>
        <message>
            <source>The device that made this file is trusted already.</source>
            <translation>যে যন্ত্র এই ফাইল তৈরি করেছে, সেটি আগে থেকেই বিশ্বস্ত।</translation>
        </message>
        <message>
            <source>Say which conflict, and --keep A, B or --value.</source>
            <translation>কোন বিরোধ, তা বলুন, এবং --keep A, B অথবা --value দিন।</translation>
        </message>
        <message>
            <source>No open conflict has the id {id}.</source>
            <translation>{id} আইডির কোনো অমীমাংসিত বিরোধ নেই।</translation>
        </message>
        <message>
            <source>Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01.</source>
            <translation>--set লিখুন FIELD=VALUE আকারে, যেমন --set joined_on=2024-03-01।</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the device's owner, then run again with --yes.</source>
            <translation>যন্ত্রের মালিকের সঙ্গে ফিঙ্গারপ্রিন্ট মিলিয়ে দেখুন, তারপর --yes দিয়ে আবার চালান।</translation>
        </message>
        <message>
            <source>Not trusted: nothing was changed.</source>
            <translation>বিশ্বস্ত করা হয়নি: কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>No screen found: run scdesk on a desktop, under Xvfb, or with QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.</source>
            <translation>কোনো পর্দা পাওয়া যায়নি: scdesk ডেস্কটপে, Xvfb-এর অধীনে বা QT_QPA_PLATFORM=offscreen দিয়ে চালান; উপ-কমান্ডগুলোর (scdesk --help) জন্য পর্দা লাগে না।</translation>
        </message>
    </context>
    <context>
        <name>CommitteeForm</name>
        <message>
            <source>Committee[*]</source>
            <translation>কমিটি[*]</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>নাম (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ধরন (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of minutes</source>
            <translation>কার্যবিবরণীর ভাষা (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quorum</source>
            <translation>কোরাম (&amp;Q)</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>কোনো নিয়ম নেই</translation>
        </message>
        <message>
            <source>&amp;Established on</source>
            <translation>গঠনের তারিখ (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Mandate</source>
            <translation>দায়িত্ব ও এখতিয়ার (&amp;M)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>সদস্য</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ব্যক্তি</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ভূমিকা</translation>
        </message>
        <message>
            <source>From</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>To</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>New committee</source>
            <translation>নতুন কমিটি</translation>
        </message>
    </context>
    <context>
        <name>CommitteeOptions</name>
        <message>
            <source>All committees</source>
            <translation>সব কমিটি</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>কমিটি (&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>Committees</name>
        <message>
            <source>The same person is listed twice as a current member.</source>
            <translation>একই ব্যক্তি বর্তমান সদস্য হিসেবে দুবার তালিকাভুক্ত হয়েছেন।</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Choose the committee's city.</source>
            <translation>কমিটির শহর বেছে নিন।</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>দায়িত্ব ও এখতিয়ার</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>কোরাম</translation>
        </message>
        <message>
            <source>The date the committee was established is in the future.</source>
            <translation>কমিটি গঠনের তারিখটি ভবিষ্যতের।</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>Committees</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>নতুন কমিটি (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ভাষা</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>গঠন</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>সদস্য</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>সব ধরন</translation>
        </message>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation>
                <numerusform>%nটি কমিটি</numerusform>
                <numerusform>%nটি কমিটি</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Two devices changed the same field without seeing each other's change, or changed two fields a rule ties together. A is the value every device shows now, B the one it replaced or met. Keeping either settles the conflict on every device with the next bundles; a choice that would break a rule is not offered.</source>
            <translation>দুটি যন্ত্র একে অপরের পরিবর্তন না দেখে একই ঘর বদলেছে, অথবা এমন দুটি ঘর বদলেছে যেগুলো একটি নিয়মে বাঁধা। A হলো এখন প্রতিটি যন্ত্রে দেখানো মান, B হলো যে মানটি এটি প্রতিস্থাপন করেছে বা যার সঙ্গে মিলেছে। যেকোনো একটি রাখলে পরের সমন্বয় ফাইলগুলোর মাধ্যমে প্রতিটি যন্ত্রে বিরোধের মীমাংসা হয়; যে পছন্দ কোনো নিয়ম ভাঙবে, তা দেওয়া হয় না।</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>রেকর্ড</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ঘর</translation>
        </message>
        <message>
            <source>A: shown now</source>
            <translation>A: এখন দেখানো</translation>
        </message>
        <message>
            <source>A: written</source>
            <translation>A: লেখা হয়েছে</translation>
        </message>
        <message>
            <source>B: replaced</source>
            <translation>B: প্রতিস্থাপিত</translation>
        </message>
        <message>
            <source>B: written</source>
            <translation>B: লেখা হয়েছে</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>অমীমাংসিত বিরোধ</translation>
        </message>
        <message>
            <source>The selected conflict and what each choice writes</source>
            <translation>বাছাই করা বিরোধ এবং প্রতিটি পছন্দ কী লেখে</translation>
        </message>
        <message>
            <source>Keep &amp;A</source>
            <translation>A রাখুন (&amp;A)</translation>
        </message>
        <message>
            <source>Keep value A of the selected conflict</source>
            <translation>বাছাই করা বিরোধের A মান রাখুন</translation>
        </message>
        <message>
            <source>Keep &amp;B</source>
            <translation>B রাখুন (&amp;B)</translation>
        </message>
        <message>
            <source>Keep value B of the selected conflict</source>
            <translation>বাছাই করা বিরোধের B মান রাখুন</translation>
        </message>
        <message>
            <source>Conflicts: what was done</source>
            <translation>বিরোধ: কী করা হয়েছে</translation>
        </message>
        <message>
            <source>{field} (deleted on one device)</source>
            <translation>{field} (একটি যন্ত্রে মুছে ফেলা হয়েছে)</translation>
        </message>
        <message>
            <source>{field} (B: from a record merged into this one)</source>
            <translation>{field} (B: এর সঙ্গে একীভূত করা একটি রেকর্ড থেকে)</translation>
        </message>
        <message>
            <source>{field} and {other} (a rule ties them)</source>
            <translation>{field} ও {other} (একটি নিয়মে বাঁধা)</translation>
        </message>
        <message>
            <source>by {device}, {when}</source>
            <translation>{device} যন্ত্রে, {when}</translation>
        </message>
        <message>
            <source>Keep {mark}: writes {values}.</source>
            <translation>{mark} রাখুন: লেখে {values}।</translation>
        </message>
        <message>
            <source>Keep {mark}: not offered. {problem}</source>
            <translation>{mark} রাখুন: দেওয়া হয়নি। {problem}</translation>
        </message>
        <message>
            <source>Settling the conflict…</source>
            <translation>বিরোধের মীমাংসা করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Settled: {value} kept.</source>
            <translation>মীমাংসা হয়েছে: {value} রাখা হয়েছে।</translation>
        </message>
    </context>
    <context>
        <name>Cooperation</name>
        <message>
            <source>Choose the city whose priority was raised.</source>
            <translation>যে শহরের অগ্রাধিকার উত্থাপিত হয়েছে, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>জাতীয় সংস্থা</translation>
        </message>
        <message>
            <source>Give the day it was raised.</source>
            <translation>উত্থাপনের দিনটি দিন।</translation>
        </message>
        <message>
            <source>The day it was raised is in the future.</source>
            <translation>উত্থাপনের দিনটি ভবিষ্যতের।</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>যা উত্থাপন করা হয়েছে</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ফলাফল</translation>
        </message>
        <message>
            <source>The consultation finding chosen is of another city.</source>
            <translation>বেছে নেওয়া পরামর্শ সভার পর্যবেক্ষণটি অন্য শহরের।</translation>
        </message>
        <message>
            <source>The plan action chosen is of another city's plan.</source>
            <translation>বেছে নেওয়া পরিকল্পিত করণীয়টি অন্য শহরের পরিকল্পনার।</translation>
        </message>
        <message>
            <source>The meeting chosen was held in another city.</source>
            <translation>বেছে নেওয়া সভাটি অন্য শহরে অনুষ্ঠিত হয়েছে।</translation>
        </message>
        <message>
            <source>The support grant chosen is for another city.</source>
            <translation>বেছে নেওয়া সহায়তা অনুদানটি অন্য শহরের জন্য।</translation>
        </message>
        <message>
            <source>The expert advice chosen was for another city.</source>
            <translation>বেছে নেওয়া বিশেষজ্ঞ পরামর্শটি অন্য শহরের জন্য ছিল।</translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>National-local cooperation</source>
            <translation>জাতীয়-স্থানীয় সহযোগিতা</translation>
        </message>
        <message>
            <source>Search body, what was raised, outcome…</source>
            <translation>সংস্থা, উত্থাপিত বিষয়, ফলাফল খুঁজুন…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>খুঁজুন</translation>
        </message>
        <message>
            <source>&amp;New raising</source>
            <translation>নতুন উত্থাপিত বিষয় (&amp;N)</translation>
        </message>
        <message>
            <source>All national bodies</source>
            <translation>সব জাতীয় সংস্থা</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>জাতীয় সংস্থা</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>সব অবস্থা</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>What the list holds</source>
            <translation>তালিকায় যা আছে</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>উত্থাপনের তারিখ</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>যা উত্থাপন করা হয়েছে</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ফলাফল</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>উৎস</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>জাতীয় সংস্থার কাছে উত্থাপিত বিষয়</translation>
        </message>
        <message>
            <source>Reading what was raised…</source>
            <translation>উত্থাপিত বিষয়গুলো পড়া হচ্ছে…</translation>
        </message>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation>
                <numerusform>জাতীয় সংস্থার কাছে %nটি উত্থাপিত বিষয়</numerusform>
                <numerusform>জাতীয় সংস্থার কাছে %nটি উত্থাপিত বিষয়</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Countries</name>
        <message>
            <source>Afghanistan</source>
            <translation>আফগানিস্তান</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>বাংলাদেশ</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>ভুটান</translation>
        </message>
        <message>
            <source>India</source>
            <translation>ভারত</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>শ্রীলঙ্কা</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>মালদ্বীপ</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>নেপাল</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>পাকিস্তান</translation>
        </message>
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>All countries</source>
            <translation>সব দেশ</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>দেশ</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>A sign-in sheet has 0 to {most} blank rows; for a larger event, print a second sheet.</source>
            <translation>একটি হাজিরা খাতায় 0 থেকে {most}টি ফাঁকা সারি থাকে; বড় অনুষ্ঠানের জন্য দ্বিতীয় একটি খাতা ছাপুন।</translation>
        </message>
        <message>
            <source>The demo's scale is a whole number from 1 to {most}.</source>
            <extracomment>Translators: {most} is the largest demo scale, the number of times the demo's ten cities are repeated.</extracomment>
            <translation>নমুনার মাপ 1 থেকে {most} পর্যন্ত একটি পূর্ণসংখ্যা।</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>সার্বিক চিত্র</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>সময়কাল</translation>
        </message>
        <message>
            <source>Duplicates not settled</source>
            <translation>অমীমাংসিত দ্বৈত তথ্য</translation>
        </message>
        <message>
            <source>Records under review</source>
            <translation>পর্যালোচনাধীন রেকর্ড</translation>
        </message>
        <message>
            <source>The programme's work:</source>
            <translation>কর্মসূচির কাজ:</translation>
        </message>
        <message>
            <source>Open the {page} page</source>
            <translation>{page} পাতাটি খুলুন</translation>
        </message>
        <message>
            <source>Counting the key figures…</source>
            <translation>মূল পরিসংখ্যান গণনা করা হচ্ছে…</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>today</source>
            <translation>আজ</translation>
        </message>
        <message>
            <source>all cities</source>
            <translation>সব শহর</translation>
        </message>
        <message>
            <source>From {start} to {end}, {place}</source>
            <translation>{start} থেকে {end}, {place}</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation>
                <numerusform>এখানে গণনা করা %n জোড়া সম্ভাব্য দ্বৈত তথ্য এখনো মীমাংসা হয়নি: কিছু পরিসংখ্যানে একজন ব্যক্তি, অনুষ্ঠান বা শহর দুবার গোনা হতে পারে। দ্বৈত তথ্য পাতায় সেগুলোর তালিকা আছে।</numerusform>
                <numerusform>এখানে গণনা করা %n জোড়া সম্ভাব্য দ্বৈত তথ্য এখনো মীমাংসা হয়নি: কিছু পরিসংখ্যানে একজন ব্যক্তি, অনুষ্ঠান বা শহর দুবার গোনা হতে পারে। দ্বৈত তথ্য পাতায় সেগুলোর তালিকা আছে।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation>
                <numerusform>এখানে গণনা করা %nটি রেকর্ড দুটি যন্ত্রে সম্পাদনার পর একটি নিয়ম ভাঙছে এবং পর্যালোচনার অপেক্ষায় আছে; সেগুলো বর্তমান অবস্থাতেই গণনা করা হয়েছে। সমন্বয় পাতার বিরোধ তালিকায় সেগুলো আছে।</numerusform>
                <numerusform>এখানে গণনা করা %nটি রেকর্ড দুটি যন্ত্রে সম্পাদনার পর একটি নিয়ম ভাঙছে এবং পর্যালোচনার অপেক্ষায় আছে; সেগুলো বর্তমান অবস্থাতেই গণনা করা হয়েছে। সমন্বয় পাতার বিরোধ তালিকায় সেগুলো আছে।</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}, by group of people</source>
            <translation>{figure}, মানুষের গোষ্ঠী অনুযায়ী</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <translation>{dimension} অনুযায়ী</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>সংখ্যা</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The demo fills only an empty store, and this one already holds records: start scdesk with a new data folder to try the demo.</source>
            <translation>নমুনা তথ্য শুধু খালি তথ্যভান্ডারে বসানো যায়, আর এটিতে আগে থেকেই রেকর্ড আছে: নমুনা দেখতে নতুন একটি তথ্য-ফোল্ডার দিয়ে scdesk চালু করুন।</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>an unknown device ({id})</source>
            <translation>অজানা যন্ত্র ({id})</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>যন্ত্রের নাম</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>আপনার নাম</translation>
        </message>
        <message>
            <source>Choose the city this officer works in.</source>
            <translation>এই কর্মকর্তা যে শহরে কাজ করেন, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>The passphrase needs {count} characters or more: a few words will do.</source>
            <translation>গোপন বাক্যে অন্তত {count}টি অক্ষর লাগবে: কয়েকটি শব্দ হলেই চলবে।</translation>
        </message>
        <message>
            <source>This device is set up already: its role and city change only with scdesk setup --change-role, which says first what that changes.</source>
            <translation>এই যন্ত্রটি আগেই প্রস্তুত করা হয়েছে: এর ভূমিকা ও শহর শুধু scdesk setup --change-role দিয়ে বদলানো যায়, যা আগে জানিয়ে দেয় এতে কী কী বদলাবে।</translation>
        </message>
        <message>
            <source>A hub does not take another hub's profile.</source>
            <translation>একটি কেন্দ্র অন্য কেন্দ্রের পরিচিতি ফাইল নেয় না।</translation>
        </message>
        <message>
            <source>This device already has a hub, {name}: revoke it first to take another hub's profile.</source>
            <translation>এই যন্ত্রের আগে থেকেই একটি কেন্দ্র আছে, {name}: অন্য কেন্দ্রের পরিচিতি ফাইল নিতে আগে সেটি প্রত্যাহার করুন।</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Device</source>
            <translation>যন্ত্র</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ভূমিকা</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>ব্যবহারকারী</translation>
        </message>
        <message>
            <source>State</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>ফিঙ্গারপ্রিন্ট</translation>
        </message>
        <message>
            <source>Last bundle from it</source>
            <translation>এর কাছ থেকে সর্বশেষ সমন্বয় ফাইল</translation>
        </message>
        <message>
            <source>Last bundle for it</source>
            <translation>এর জন্য সর্বশেষ সমন্বয় ফাইল</translation>
        </message>
        <message>
            <source>Devices known here</source>
            <translation>এখানে পরিচিত যন্ত্র</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>প্রত্যাহার করুন… (&amp;R)</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>বাছাই করা যন্ত্রটি প্রত্যাহার করুন</translation>
        </message>
        <message>
            <source>For a lost or stolen device: its bundles are refused from now on.</source>
            <translation>হারানো বা চুরি যাওয়া যন্ত্রের জন্য: এখন থেকে এর সমন্বয় ফাইল প্রত্যাখ্যান করা হবে।</translation>
        </message>
        <message>
            <source>Devices: what was done</source>
            <translation>যন্ত্র: কী করা হয়েছে</translation>
        </message>
        <message>
            <source>Write the hub &amp;profile…</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল লিখুন… (&amp;P)</translation>
        </message>
        <message>
            <source>Write the hub profile</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল লিখুন</translation>
        </message>
        <message>
            <source>The file that introduces this hub to officers' laptops.</source>
            <translation>যে ফাইল কর্মকর্তাদের ল্যাপটপের কাছে এই কেন্দ্রের পরিচয় দেয়।</translation>
        </message>
        <message>
            <source>Import the hub's &amp;profile…</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল আমদানি করুন… (&amp;P)</translation>
        </message>
        <message>
            <source>Import the hub's profile</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল আমদানি করুন</translation>
        </message>
        <message>
            <source>The file from your hub that lets this laptop exchange bundles with it.</source>
            <translation>আপনার কেন্দ্রের দেওয়া ফাইল, যা দিয়ে এই ল্যাপটপ কেন্দ্রের সঙ্গে সমন্বয় ফাইল আদান-প্রদান করতে পারে।</translation>
        </message>
        <message>
            <source>Revoke {name}?</source>
            <translation>{name} প্রত্যাহার করবেন?</translation>
        </message>
        <message>
            <source>Bundles from {name} will be refused from now on.</source>
            <translation>এখন থেকে {name}-এর সমন্বয় ফাইল প্রত্যাখ্যান করা হবে।</translation>
        </message>
        <message>
            <source>Revoke it</source>
            <translation>প্রত্যাহার করুন</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>রেখে দিন</translation>
        </message>
        <message>
            <source>Do this when a device is lost, stolen or given to someone else. A revoked device cannot be trusted again.</source>
            <translation>কোনো যন্ত্র হারিয়ে গেলে, চুরি হলে বা অন্য কাউকে দেওয়া হলে এটি করুন। প্রত্যাহার করা যন্ত্রকে আর কখনো বিশ্বাস করা যায় না।</translation>
        </message>
        <message>
            <source>Revoking…</source>
            <translation>প্রত্যাহার করা হচ্ছে…</translation>
        </message>
        <message>
            <source>{name} is revoked: its bundles are refused from now on.</source>
            <translation>{name} প্রত্যাহার করা হয়েছে: এখন থেকে এর সমন্বয় ফাইল প্রত্যাখ্যান করা হবে।</translation>
        </message>
        <message>
            <source>Where to write the hub profile</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল কোথায় লিখবেন</translation>
        </message>
        <message>
            <source>Hub profile written to {path}. Import it on each officer's laptop (Sync, Devices) and check the fingerprint it shows.</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল {path}-এ লেখা হয়েছে। প্রত্যেক কর্মকর্তার ল্যাপটপে এটি আমদানি করুন (সমন্বয়, যন্ত্র) এবং এতে দেখানো ফিঙ্গারপ্রিন্ট যাচাই করুন।</translation>
        </message>
        <message>
            <source>Writing the hub profile…</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল লেখা হচ্ছে…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile);;All files (*)</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল (*.scdesk-profile);;সব ফাইল (*)</translation>
        </message>
        <message>
            <source>Reading the hub profile…</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>Importing the hub profile…</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল আমদানি করা হচ্ছে…</translation>
        </message>
        <message>
            <source>{hub} is this device's hub. {records} of reference data taken.</source>
            <translation>{hub} এই যন্ত্রের কেন্দ্র। সহায়ক তথ্যের {records} নেওয়া হয়েছে।</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%nটি রেকর্ড</numerusform>
                <numerusform>%nটি রেকর্ড</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore unsaved work</source>
            <translation>সংরক্ষণ না করা কাজ ফিরিয়ে আনুন</translation>
        </message>
        <message>
            <source>scdesk was closed while these forms had changes that were not saved. Restore them to carry on where you were.</source>
            <translation>এই ফর্মগুলোর পরিবর্তন সংরক্ষণ না করেই scdesk বন্ধ হয়ে গিয়েছিল। যেখানে ছিলেন সেখান থেকে কাজ চালিয়ে যেতে সেগুলো ফিরিয়ে আনুন।</translation>
        </message>
        <message>
            <source>Unsaved forms</source>
            <translation>সংরক্ষণ না করা ফর্ম</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>সভা</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>তরুণদের কার্যক্রম</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ব্যক্তি</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>&amp;Restore the ticked forms</source>
            <translation>টিক দেওয়া ফর্মগুলো ফিরিয়ে আনুন (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard the ticked forms</source>
            <translation>টিক দেওয়া ফর্মগুলো বাদ দিন (&amp;D)</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>পরে সিদ্ধান্ত নেব (&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same name in {first} and {second} script</source>
            <translation>{first} ও {second} লিপিতে একই নাম</translation>
        </message>
        <message>
            <source>The lowest score must be from 0 to 100.</source>
            <translation>সর্বনিম্ন মিলের মাত্রা 0 থেকে 100-এর মধ্যে হতে হবে।</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>লাতিন</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>উর্দু</translation>
        </message>
        <message>
            <source>Devanagari</source>
            <translation>দেবনাগরী</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation>বাংলা</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>তামিল</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>সিংহলি</translation>
        </message>
        <message>
            <source>another</source>
            <translation>অন্য</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>একই নাম</translation>
        </message>
        <message>
            <source>same name, spelled differently</source>
            <translation>একই নাম, ভিন্ন বানানে</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>কাছাকাছি নাম</translation>
        </message>
        <message>
            <source>same first name, nothing more to compare in the names</source>
            <translation>নামের প্রথম অংশ একই, নামে তুলনা করার মতো আর কিছু নেই</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>একই জন্মসাল</translation>
        </message>
        <message>
            <source>birth years a year apart</source>
            <translation>জন্মসালে এক বছরের ব্যবধান</translation>
        </message>
        <message>
            <source>different birth years</source>
            <translation>ভিন্ন জন্মসাল</translation>
        </message>
        <message>
            <source>birth year fits the age band</source>
            <translation>জন্মসাল বয়সের শ্রেণির সঙ্গে মেলে</translation>
        </message>
        <message>
            <source>birth year does not fit the age band</source>
            <translation>জন্মসাল বয়সের শ্রেণির সঙ্গে মেলে না</translation>
        </message>
        <message>
            <source>same age band</source>
            <translation>একই বয়সের শ্রেণি</translation>
        </message>
        <message>
            <source>age bands far apart</source>
            <translation>বয়সের শ্রেণিতে বড় ব্যবধান</translation>
        </message>
        <message>
            <source>different genders</source>
            <translation>ভিন্ন লিঙ্গ</translation>
        </message>
        <message>
            <source>same city</source>
            <translation>একই শহর</translation>
        </message>
        <message>
            <source>different cities</source>
            <translation>ভিন্ন শহর</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>একই ফোন নম্বর</translation>
        </message>
        <message>
            <source>different phone numbers</source>
            <translation>ভিন্ন ফোন নম্বর</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>একই ই-মেইল ঠিকানা</translation>
        </message>
        <message>
            <source>different e-mail addresses</source>
            <translation>ভিন্ন ই-মেইল ঠিকানা</translation>
        </message>
        <message>
            <source>same organisation</source>
            <translation>একই প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>different organisations</source>
            <translation>ভিন্ন প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>same community</source>
            <translation>একই জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>একই দেশ</translation>
        </message>
        <message>
            <source>same province</source>
            <translation>একই প্রদেশ</translation>
        </message>
        <message>
            <source>different provinces</source>
            <translation>ভিন্ন প্রদেশ</translation>
        </message>
        <message>
            <source>same sector</source>
            <translation>একই খাত</translation>
        </message>
        <message>
            <source>different sectors</source>
            <translation>ভিন্ন খাত</translation>
        </message>
        <message>
            <source>same kind of event</source>
            <translation>একই ধরনের অনুষ্ঠান</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>একই দিন</translation>
        </message>
        <message>
            <source>same starting time</source>
            <translation>একই শুরুর সময়</translation>
        </message>
        <message>
            <source>different committees</source>
            <translation>ভিন্ন কমিটি</translation>
        </message>
        <message>
            <source>same title</source>
            <translation>একই শিরোনাম</translation>
        </message>
        <message>
            <source>similar title</source>
            <translation>কাছাকাছি শিরোনাম</translation>
        </message>
        <message>
            <source>different titles</source>
            <translation>ভিন্ন শিরোনাম</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>কোনো রেকর্ডকে তার নিজের সঙ্গে একীভূত করা যায় না।</translation>
        </message>
        <message>
            <source>{first} and {second} are not records of the same kind.</source>
            <translation>{first} ও {second} একই ধরনের রেকর্ড নয়।</translation>
        </message>
        <message>
            <source>No person, city, organisation, meeting or activity has the id {id} here.</source>
            <translation>এখানে {id} আইডির কোনো ব্যক্তি, শহর, প্রতিষ্ঠান, সভা বা কার্যক্রম নেই।</translation>
        </message>
        <message>
            <source>{id} was deleted or merged already: it cannot be merged now.</source>
            <translation>{id} আগেই মুছে ফেলা বা একীভূত করা হয়েছে: এখন এটি একীভূত করা যাবে না।</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Probable duplicates</source>
            <translation>সম্ভাব্য দ্বৈত তথ্য</translation>
        </message>
        <message>
            <source>Records that are probably the same person, city, organisation or event, recorded twice. Merging keeps one: everything that named the other names it, and the key figures count them once. Every device does the same with the next bundles.</source>
            <translation>যে রেকর্ডগুলো সম্ভবত একই ব্যক্তি, শহর, প্রতিষ্ঠান বা অনুষ্ঠান, দুবার নথিভুক্ত হয়েছে। একীভূত করলে একটি থাকে: অন্যটির যেখানে উল্লেখ ছিল, সেখানে এটির উল্লেখ হয়, এবং মূল পরিসংখ্যানে সেগুলো একবার গোনা হয়। পরের সমন্বয় ফাইলগুলোর মাধ্যমে প্রতিটি যন্ত্রে একই কাজ হয়।</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>রেকর্ডের ধরন</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>সব ধরন</translation>
        </message>
        <message>
            <source>Search &amp;again</source>
            <translation>আবার খুঁজুন (&amp;A)</translation>
        </message>
        <message>
            <source>How many pairs</source>
            <translation>কত জোড়া</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>মিলের মাত্রা</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>First</source>
            <translation>প্রথম</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>দ্বিতীয়</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>কেন</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ঘর</translation>
        </message>
        <message>
            <source>The selected pair, field by field</source>
            <translation>বাছাই করা জোড়া, ঘর অনুযায়ী</translation>
        </message>
        <message>
            <source>Why the selected pair is probably one record</source>
            <translation>বাছাই করা জোড়াটি কেন সম্ভবত একই রেকর্ড</translation>
        </message>
        <message>
            <source>Keep the &amp;first</source>
            <translation>প্রথমটি রাখুন (&amp;F)</translation>
        </message>
        <message>
            <source>Merge the second record into the first</source>
            <translation>দ্বিতীয় রেকর্ডটি প্রথমটির সঙ্গে একীভূত করুন</translation>
        </message>
        <message>
            <source>Keep the &amp;second</source>
            <translation>দ্বিতীয়টি রাখুন (&amp;S)</translation>
        </message>
        <message>
            <source>Merge the first record into the second</source>
            <translation>প্রথম রেকর্ডটি দ্বিতীয়টির সঙ্গে একীভূত করুন</translation>
        </message>
        <message>
            <source>&amp;Different records</source>
            <translation>ভিন্ন রেকর্ড (&amp;D)</translation>
        </message>
        <message>
            <source>The two records are different</source>
            <translation>রেকর্ড দুটি ভিন্ন</translation>
        </message>
        <message>
            <source>Duplicates: what was done</source>
            <translation>দ্বৈত তথ্য: কী করা হয়েছে</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>দ্বৈত তথ্য খোঁজা হচ্ছে…</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation>
                <numerusform>দেখার জন্য %n জোড়া</numerusform>
                <numerusform>দেখার জন্য %n জোড়া</numerusform>
            </translation>
        </message>
        <message>
            <source>Score {score}: {why}.</source>
            <translation>মিলের মাত্রা {score}: {why}।</translation>
        </message>
        <message>
            <source>Reading the pair…</source>
            <translation>জোড়াটি পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>একীভূত করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Merged: {name} kept.</source>
            <translation>একীভূত হয়েছে: {name} রাখা হয়েছে।</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation>
                <numerusform>%nটি ঘরে পার্থক্য ছিল: অন্য মানগুলো সমন্বয় পাতার ‘বিরোধ’ অংশে পর্যালোচনার অপেক্ষায় আছে।</numerusform>
                <numerusform>%nটি ঘরে পার্থক্য ছিল: অন্য মানগুলো সমন্বয় পাতার ‘বিরোধ’ অংশে পর্যালোচনার অপেক্ষায় আছে।</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>সংরক্ষণ করা হচ্ছে…</translation>
        </message>
        <message>
            <source>{first} and {second} are different: they are not suggested again.</source>
            <translation>{first} ও {second} ভিন্ন: এগুলো আর প্রস্তাব করা হবে না।</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This id belongs to another kind of record: check that the file and the column are the right ones.</source>
            <translation>এই আইডি অন্য ধরনের রেকর্ডের: ফাইল ও কলাম ঠিক আছে কি না দেখুন।</translation>
        </message>
        <message>
            <source>This record no longer exists here: it may have been deleted.</source>
            <translation>এই রেকর্ডটি আর এখানে নেই: সম্ভবত এটি মুছে ফেলা হয়েছে।</translation>
        </message>
    </context>
    <context>
        <name>EventListPage</name>
        <message>
            <source>All kinds</source>
            <translation>সব ধরন</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>যেকোনো অবস্থা</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
    </context>
    <context>
        <name>EventOptions</name>
        <message>
            <source>Cit&amp;y</source>
            <translation>শহর (&amp;Y)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>সভা (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Youth activity</source>
            <translation>তরুণদের কার্যক্রম (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Blank rows</source>
            <translation>ফাঁকা সারি (&amp;B)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5-এর কম গণনা লুকান</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>কেন্দ্রের বাইরে পাঠানোর জন্য: 5-এর কম গণনা “&lt;5” হিসেবে দেখানো হয়</translation>
        </message>
    </context>
    <context>
        <name>ExpertPicker</name>
        <message>
            <source>Add to the expert pool</source>
            <translation>বিশেষজ্ঞ তালিকায় যোগ করুন</translation>
        </message>
        <message>
            <source>Find the person, or record a new one; their record opens for you to give their fields of expertise.</source>
            <translation>ব্যক্তিকে খুঁজুন, অথবা নতুন একজনকে নথিভুক্ত করুন; তাঁর বিশেষজ্ঞতার ক্ষেত্রগুলো দেওয়ার জন্য তাঁর রেকর্ড খুলবে।</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>বাতিল করুন</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>{city} is in {its}, not in {country}: ask for the city alone.</source>
            <extracomment>Translators: {city} is a city's name; {its} and {country} are countries' names.</extracomment>
            <translation>{city} {its}-এ, {country}-এ নয়: শুধু শহরটি বেছে নিন।</translation>
        </message>
    </context>
    <context>
        <name>FiguresOptions</name>
        <message>
            <source>P&amp;eriod</source>
            <translation>সময়কাল (&amp;E)</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>দেশ (&amp;U)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>শহর (&amp;Y)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5-এর কম গণনা লুকান</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>কেন্দ্রের বাইরে পাঠানোর জন্য: 5-এর কম গণনা “&lt;5” হিসেবে দেখানো হয়</translation>
        </message>
        <message>
            <source>One a line; the report adds its own too</source>
            <translation>প্রতি লাইনে একটি; প্রতিবেদন নিজেও কিছু যোগ করে</translation>
        </message>
        <message>
            <source>&amp;Highlights</source>
            <translation>মূল বিষয় (&amp;H)</translation>
        </message>
        <message>
            <source>A sentence thanking the funders, printed at the end</source>
            <translation>অর্থদাতাদের ধন্যবাদ জানিয়ে একটি বাক্য, শেষে ছাপা হয়</translation>
        </message>
        <message>
            <source>Ac&amp;knowledgement</source>
            <translation>কৃতজ্ঞতা (&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{name} is a folder, not a file: choose the file itself.</source>
            <translation>{name} একটি ফোল্ডার, ফাইল নয়: ফাইলটিই বেছে নিন।</translation>
        </message>
        <message>
            <source>{name} is not a file saved on the disk (it is a device, a pipe or a socket): choose a file.</source>
            <translation>{name} ডিস্কে সংরক্ষিত কোনো ফাইল নয় (এটি একটি যন্ত্র, পাইপ বা সকেট): একটি ফাইল বেছে নিন।</translation>
        </message>
        <message>
            <source>{name} is not a plain file scdesk may replace (it is a link, a folder or a device): choose another name.</source>
            <translation>{name} এমন সাধারণ ফাইল নয় যা scdesk প্রতিস্থাপন করতে পারে (এটি একটি লিংক, ফোল্ডার বা যন্ত্র): অন্য একটি নাম বেছে নিন।</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} পড়া যাচ্ছে না: {reason}।</translation>
        </message>
        <message>
            <source>{name} was not written: the folder {folder} does not exist.</source>
            <translation>{name} লেখা হয়নি: {folder} ফোল্ডারটি নেই।</translation>
        </message>
        <message>
            <source>{name} was not written: there is no room left on the disk. Nothing was kept.</source>
            <translation>{name} লেখা হয়নি: ডিস্কে আর জায়গা নেই। কিছুই রাখা হয়নি।</translation>
        </message>
        <message>
            <source>{name} was not written: {reason}.</source>
            <translation>{name} লেখা হয়নি: {reason}।</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>&amp;Open the consultation</source>
            <translation>পরামর্শ সভাটি খুলুন (&amp;O)</translation>
        </message>
        <message>
            <source>Open the consultation of the selected finding</source>
            <translation>বাছাই করা পর্যবেক্ষণের পরামর্শ সভাটি খুলুন</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>&amp;New consultation</source>
            <translation>নতুন পরামর্শ সভা (&amp;N)</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>অনুষ্ঠিত</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>শ্রেণি</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>অগ্রাধিকার</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>পরামর্শ সভা</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>যেকোনো অগ্রাধিকার</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>সব শ্রেণি</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (ব্যবহার থেকে তুলে নেওয়া)</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%nটি পর্যবেক্ষণ</numerusform>
                <numerusform>%nটি পর্যবেক্ষণ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsTab</name>
        <message>
            <source>What the consultation found, in the meeting's language: short entries, in the order they matter. A priority raised takes a note on what was said.</source>
            <translation>পরামর্শ সভায় যা পাওয়া গেছে, সভার ভাষায়: সংক্ষিপ্ত ভুক্তি, গুরুত্বের ক্রমে। উত্থাপিত অগ্রাধিকারের সঙ্গে কী বলা হয়েছে তার একটি টীকা থাকে।</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>টীকা</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>ভুক্তি</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>অগ্রাধিকার</translation>
        </message>
        <message>
            <source>Priority area</source>
            <translation>অগ্রাধিকারের ক্ষেত্র</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (ব্যবহার থেকে তুলে নেওয়া)</translation>
        </message>
        <message>
            <source>Add a &amp;concern</source>
            <translation>উদ্বেগ যোগ করুন (&amp;C)</translation>
        </message>
        <message>
            <source>Add a &amp;threat</source>
            <translation>হুমকি যোগ করুন (&amp;T)</translation>
        </message>
        <message>
            <source>Add an &amp;existing approach</source>
            <translation>বিদ্যমান পদ্ধতি যোগ করুন (&amp;E)</translation>
        </message>
        <message>
            <source>Add a &amp;resource</source>
            <translation>সম্পদ যোগ করুন (&amp;R)</translation>
        </message>
        <message>
            <source>Add a &amp;key need</source>
            <translation>মূল প্রয়োজন যোগ করুন (&amp;K)</translation>
        </message>
        <message>
            <source>Add a &amp;priority raised</source>
            <translation>উত্থাপিত অগ্রাধিকার যোগ করুন (&amp;P)</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>উদ্বেগ</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>হুমকি</translation>
        </message>
        <message>
            <source>Existing approaches</source>
            <translation>বিদ্যমান পদ্ধতি</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>সম্পদ</translation>
        </message>
        <message>
            <source>Key needs</source>
            <translation>মূল প্রয়োজন</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>অগ্রাধিকার</translation>
        </message>
    </context>
    <context>
        <name>FingerprintQuestion</name>
        <message>
            <source>Trust this device's new keys?</source>
            <translation>এই যন্ত্রের নতুন চাবিগুলোকে বিশ্বাস করবেন?</translation>
        </message>
        <message>
            <source>{name}, used by {user}, was trusted here with fingerprint {old} and has made new keys.</source>
            <translation>{user}-এর ব্যবহৃত {name} যন্ত্রটি এখানে {old} ফিঙ্গারপ্রিন্টসহ বিশ্বস্ত ছিল, এবং এটি নতুন চাবি তৈরি করেছে।</translation>
        </message>
        <message>
            <source>Its old key confirmed the new one.</source>
            <translation>এর পুরোনো চাবি নতুনটিকে নিশ্চিত করেছে।</translation>
        </message>
        <message>
            <source>Its old key did not confirm the new one (it was lost): check with care.</source>
            <translation>এর পুরোনো চাবি নতুনটিকে নিশ্চিত করেনি (পুরোনোটি হারিয়ে গেছে): সতর্কভাবে যাচাই করুন।</translation>
        </message>
        <message>
            <source>Its new fingerprint:</source>
            <translation>এর নতুন ফিঙ্গারপ্রিন্ট:</translation>
        </message>
        <message>
            <source>Trust this hub?</source>
            <translation>এই কেন্দ্রকে বিশ্বাস করবেন?</translation>
        </message>
        <message>
            <source>Trust this device?</source>
            <translation>এই যন্ত্রকে বিশ্বাস করবেন?</translation>
        </message>
        <message>
            <source>This hub profile comes from {name}, used by {user}.</source>
            <translation>কেন্দ্রের এই পরিচিতি ফাইলটি এসেছে {name} থেকে, যা ব্যবহার করেন {user}।</translation>
        </message>
        <message>
            <source>This bundle comes from {name}, used by {user}, a device not yet trusted here.</source>
            <translation>এই সমন্বয় ফাইলটি এসেছে {name} থেকে, যা ব্যবহার করেন {user}; যন্ত্রটি এখনো এখানে বিশ্বস্ত নয়।</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>এর ফিঙ্গারপ্রিন্ট:</translation>
        </message>
        <message>
            <source>Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. Trust it only if it is exactly the same: a bundle from a trusted device is merged into your records.</source>
            <translation>{user}-কে বলুন {name} যন্ত্রে সমন্বয় পাতা খুলে সেখানে দেখানো ফিঙ্গারপ্রিন্টটি পড়ে শোনাতে। হুবহু এক হলে তবেই বিশ্বাস করুন: বিশ্বস্ত যন্ত্রের সমন্বয় ফাইল আপনার রেকর্ডের সঙ্গে একীভূত করা হয়।</translation>
        </message>
        <message>
            <source>Trust it: the fingerprints match</source>
            <translation>বিশ্বাস করুন: ফিঙ্গারপ্রিন্ট মিলে গেছে</translation>
        </message>
        <message>
            <source>Do not trust</source>
            <translation>বিশ্বাস করবেন না</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>scdesk-এ স্বাগতম</translation>
        </message>
        <message>
            <source>Set up this device once. Records you make here will say which device and which person made them.</source>
            <translation>এই যন্ত্রটি একবার প্রস্তুত করুন। এখানে তৈরি রেকর্ডে লেখা থাকবে কোন যন্ত্রে এবং কোন ব্যক্তি সেগুলো তৈরি করেছেন।</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>ইন্টারফেসের ভাষা (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>ইন্টারফেসের ভাষা</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>যন্ত্রের নাম (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>আপনার নাম (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Field officer</source>
            <translation>মাঠ কর্মকর্তা (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Hub</source>
            <translation>কেন্দ্র (&amp;H)</translation>
        </message>
        <message>
            <source>This device is used by</source>
            <translation>এই যন্ত্রটি ব্যবহার করেন</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>ব্যবহারকারী</translation>
        </message>
        <message>
            <source>Take the hub's &amp;profile…</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল নিন… (&amp;P)</translation>
        </message>
        <message>
            <source>Take the hub's profile file</source>
            <translation>কেন্দ্রের পরিচিতি ফাইলটি নিন</translation>
        </message>
        <message>
            <source>(an officer: the file your hub gave you)</source>
            <translation>(কর্মকর্তা হলে: আপনার কেন্দ্র আপনাকে যে ফাইল দিয়েছে)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>কেন্দ্র</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of records</source>
            <translation>রেকর্ডের ভাষা (&amp;L)</translation>
        </message>
        <message>
            <source>The new city</source>
            <translation>নতুন শহর</translation>
        </message>
        <message>
            <source>City &amp;name</source>
            <translation>শহরের নাম (&amp;N)</translation>
        </message>
        <message>
            <source>Name in the &amp;local script</source>
            <translation>স্থানীয় লিপিতে নাম (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>দেশ (&amp;O)</translation>
        </message>
        <message>
            <source>Cities already recorded with a similar name</source>
            <translation>কাছাকাছি নামে আগে থেকে নথিভুক্ত শহর</translation>
        </message>
        <message>
            <source>Start using scdesk</source>
            <translation>scdesk ব্যবহার শুরু করুন</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>বন্ধ করুন</translation>
        </message>
        <message>
            <source>A new city…</source>
            <translation>নতুন শহর…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile)</source>
            <translation>কেন্দ্রের পরিচিতি ফাইল (*.scdesk-profile)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>{hub}'s cities are listed under City.</source>
            <translation>{hub}-এর শহরগুলো ‘শহর’-এর তালিকায় আছে।</translation>
        </message>
        <message>
            <source>Already known: {names}. Choose it under City rather than adding it again.</source>
            <translation>আগে থেকেই পরিচিত: {names}। নতুন করে যোগ না করে ‘শহর’ থেকে এটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>প্রস্তুত করা হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>GrantForm</name>
        <message>
            <source>Technical support grant[*]</source>
            <translation>কারিগরি সহায়তা অনুদান[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>উদ্দেশ্য (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>পরিমাণ (&amp;A)</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>মুদ্রা (&amp;U)</translation>
        </message>
        <message>
            <source>PKR, LKR, USD…</source>
            <translation>PKR, LKR, USD…</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>অবস্থা (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Organisation receiving it</source>
            <translation>গ্রহীতা প্রতিষ্ঠান (&amp;O)</translation>
        </message>
        <message>
            <source>Approved &amp;on</source>
            <translation>অনুমোদনের তারিখ (&amp;O)</translation>
        </message>
        <message>
            <source>Starts o&amp;n</source>
            <translation>শুরুর তারিখ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>শেষের তারিখ (&amp;E)</translation>
        </message>
        <message>
            <source>New grant</source>
            <translation>নতুন অনুদান</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Indicator[*]</source>
            <translation>সূচক[*]</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>সূচক</translation>
        </message>
        <message>
            <source>C&amp;ode</source>
            <translation>কোড (&amp;O)</translation>
        </message>
        <message>
            <source>OP1.2</source>
            <translation>OP1.2</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>নাম (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>স্তর (&amp;L)</translation>
        </message>
        <message>
            <source>Counting &amp;rule</source>
            <translation>গণনার নিয়ম (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Key figure it follows</source>
            <translation>যে মূল পরিসংখ্যান অনুসরণ করে (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Breakdowns</source>
            <translation>বিভাজন (&amp;B)</translation>
        </message>
        <message>
            <source>Base&amp;line</source>
            <translation>ভিত্তিরেখা (&amp;L)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>নেই</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>লক্ষ্য</translation>
        </message>
        <message>
            <source>From</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>To</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>লক্ষ্য</translation>
        </message>
        <message>
            <source>For</source>
            <translation>কীসের জন্য</translation>
        </message>
        <message>
            <source>&amp;Add a target</source>
            <translation>লক্ষ্য যোগ করুন (&amp;A)</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>সব শহর</translation>
        </message>
        <message>
            <source>Whole count</source>
            <translation>পুরো গণনা</translation>
        </message>
        <message>
            <source>{breakdown}: {category}</source>
            <translation>{breakdown}: {category}</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>নতুন সূচক</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>{code} is not an indicator code such as OP1.2.</source>
            <translation>{code} কোনো সূচকের কোড নয় (যেমন OP1.2)।</translation>
        </message>
        <message>
            <source>{figure} is not a key figure scdesk counts.</source>
            <translation>{figure} এমন কোনো মূল পরিসংখ্যান নয় যা scdesk গণনা করে।</translation>
        </message>
        <message>
            <source>{figure} counts {right}, not {rule}: choose that counting rule.</source>
            <translation>{figure} গণনা করে {right}, {rule} নয়: সেই গণনার নিয়মটি বেছে নিন।</translation>
        </message>
        <message>
            <source>{names}: not a breakdown scdesk can give.</source>
            <translation>{names}: এমন কোনো বিভাজন নয় যা scdesk দিতে পারে।</translation>
        </message>
        <message>
            <source>{figure} cannot be broken down by {names}.</source>
            <translation>{figure}-কে {names} অনুযায়ী বিভাজন করা যায় না।</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ভিত্তিরেখা</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>লক্ষ্য</translation>
        </message>
        <message>
            <source>Choose the breakdown the category {category} belongs to.</source>
            <translation>{category} শ্রেণিটি যে বিভাজনের অন্তর্গত, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose the category of {breakdown} this target is for.</source>
            <translation>এই লক্ষ্যটি {breakdown}-এর কোন শ্রেণির জন্য, তা বেছে নিন।</translation>
        </message>
        <message>
            <source>{category} is not a category of {breakdown}.</source>
            <translation>{category} {breakdown}-এর কোনো শ্রেণি নয়।</translation>
        </message>
        <message>
            <source>The indicator does not declare the breakdown {breakdown}: declare it or choose another.</source>
            <translation>সূচকটিতে {breakdown} বিভাজন উল্লেখ করা নেই: এটি উল্লেখ করুন অথবা অন্য একটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Another target is already set for this period, city and category: change that one.</source>
            <translation>এই সময়কাল, শহর ও শ্রেণির জন্য আরেকটি লক্ষ্য আগে থেকেই নির্ধারিত আছে: সেটিই বদলান।</translation>
        </message>
        <message>
            <source>This target belongs to another indicator: leave its id empty to add it to this one.</source>
            <translation>এই লক্ষ্যটি অন্য একটি সূচকের: এই সূচকে যোগ করতে এর আইডি ফাঁকা রাখুন।</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators and targets</source>
            <translation>সূচক ও লক্ষ্য</translation>
        </message>
        <message>
            <source>&amp;New indicator</source>
            <translation>নতুন সূচক (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Edit indicator</source>
            <translation>সূচক সম্পাদনা করুন (&amp;E)</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>তালিকাগুলোতে যা আছে</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>কোড</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>স্তর</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>গণনার নিয়ম</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>বিভাজন</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ভিত্তিরেখা</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>সূচক</translation>
        </message>
        <message>
            <source>From</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>To</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>লক্ষ্য</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>প্রকৃত</translation>
        </message>
        <message>
            <source>Targets and actual values</source>
            <translation>লক্ষ্য ও প্রকৃত মান</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>বিভাজন</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>শ্রেণি</translation>
        </message>
        <message>
            <source>Actual value by breakdown</source>
            <translation>বিভাজন অনুযায়ী প্রকৃত মান</translation>
        </message>
        <message>
            <source>Counting the indicators…</source>
            <translation>সূচকগুলো গণনা করা হচ্ছে…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%nটি সূচক</numerusform>
                <numerusform>%nটি সূচক</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an indicator to see its targets and actual values.</source>
            <translation>লক্ষ্য ও প্রকৃত মান দেখতে একটি সূচক বেছে নিন।</translation>
        </message>
        <message>
            <source>No indicator yet: add one with New indicator.</source>
            <translation>এখনো কোনো সূচক নেই: ‘নতুন সূচক’ দিয়ে একটি যোগ করুন।</translation>
        </message>
        <message>
            <source>{code} {name}: {figure}, target and actual value</source>
            <translation>{code} {name}: {figure}, লক্ষ্য ও প্রকৃত মান</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>সব শহর</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>other</source>
            <translation>অন্যান্য</translation>
        </message>
        <message>
            <source>civil society</source>
            <translation>নাগরিক সমাজ</translation>
        </message>
        <message>
            <source>police</source>
            <translation>পুলিশ</translation>
        </message>
        <message>
            <source>youth</source>
            <translation>তরুণ</translation>
        </message>
        <message>
            <source>female</source>
            <translation>নারী</translation>
        </message>
        <message>
            <source>male</source>
            <translation>পুরুষ</translation>
        </message>
        <message>
            <source>another gender</source>
            <translation>অন্য লিঙ্গ</translation>
        </message>
        <message>
            <source>prefer not to say</source>
            <translation>বলতে চান না</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>15-এর কম</translation>
        </message>
        <message>
            <source>15 to 17</source>
            <translation>15 থেকে 17</translation>
        </message>
        <message>
            <source>18 to 24</source>
            <translation>18 থেকে 24</translation>
        </message>
        <message>
            <source>25 to 34</source>
            <translation>25 থেকে 34</translation>
        </message>
        <message>
            <source>35 to 49</source>
            <translation>35 থেকে 49</translation>
        </message>
        <message>
            <source>50 to 64</source>
            <translation>50 থেকে 64</translation>
        </message>
        <message>
            <source>65 and over</source>
            <translation>65 ও তার বেশি</translation>
        </message>
        <message>
            <source>mayor or local leader</source>
            <translation>মেয়র বা স্থানীয় নেতা</translation>
        </message>
        <message>
            <source>municipal official</source>
            <translation>পৌর কর্মকর্তা</translation>
        </message>
        <message>
            <source>national official</source>
            <translation>জাতীয় কর্মকর্তা</translation>
        </message>
        <message>
            <source>religious leader</source>
            <translation>ধর্মীয় নেতা</translation>
        </message>
        <message>
            <source>women's group</source>
            <translation>নারী সংগঠন</translation>
        </message>
        <message>
            <source>displaced person</source>
            <translation>বাস্তুচ্যুত ব্যক্তি</translation>
        </message>
        <message>
            <source>refugee</source>
            <translation>শরণার্থী</translation>
        </message>
        <message>
            <source>religious minority</source>
            <translation>ধর্মীয় সংখ্যালঘু</translation>
        </message>
        <message>
            <source>ethnic minority</source>
            <translation>নৃতাত্ত্বিক সংখ্যালঘু</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>প্রতিবন্ধিতা</translation>
        </message>
        <message>
            <source>committee meeting</source>
            <translation>কমিটির সভা</translation>
        </message>
        <message>
            <source>consultation</source>
            <translation>পরামর্শ সভা</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>কর্মশালা</translation>
        </message>
        <message>
            <source>roundtable</source>
            <translation>গোলটেবিল বৈঠক</translation>
        </message>
        <message>
            <source>training</source>
            <translation>প্রশিক্ষণ</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>শীর্ষ সম্মেলন</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>তরুণদের কার্যক্রম</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>নথিভুক্ত নয়</translation>
        </message>
        <message>
            <source>no group recorded</source>
            <translation>কোনো গোষ্ঠী নথিভুক্ত নেই</translation>
        </message>
        <message>
            <source>People engaged</source>
            <translation>যুক্ত মানুষ</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged</source>
            <translation>যুক্ত মেয়র ও স্থানীয় নেতা</translation>
        </message>
        <message>
            <source>Youth reached (under 25)</source>
            <translation>যে তরুণদের কাছে পৌঁছানো হয়েছে (25-এর কম)</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>অনুষ্ঠিত কার্যক্রম</translation>
        </message>
        <message>
            <source>Member cities</source>
            <translation>সদস্য শহর</translation>
        </message>
        <message>
            <source>Grants awarded</source>
            <translation>প্রদত্ত অনুদান</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>লিঙ্গ</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>বয়সের শ্রেণি</translation>
        </message>
        <message>
            <source>country</source>
            <translation>দেশ</translation>
        </message>
        <message>
            <source>city</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>stakeholder type</source>
            <translation>অংশীজনের ধরন</translation>
        </message>
        <message>
            <source>marginalised group</source>
            <translation>প্রান্তিক গোষ্ঠী</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>grant status</source>
            <translation>অনুদানের অবস্থা</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>মুদ্রা</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language of the report</source>
            <translation>প্রতিবেদনের ভাষা</translation>
        </message>
        <message>
            <source>Its own language</source>
            <translation>নিজস্ব ভাষা</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>ইংরেজি (English)</translation>
        </message>
        <message>
            <source>Urdu (اردو)</source>
            <translation>উর্দু (اردو)</translation>
        </message>
        <message>
            <source>Hindi (हिन्दी)</source>
            <translation>হিন্দি (हिन्दी)</translation>
        </message>
        <message>
            <source>Nepali (नेपाली)</source>
            <translation>নেপালি (नेपाली)</translation>
        </message>
        <message>
            <source>Tamil (தமிழ்)</source>
            <translation>তামিল (தமிழ்)</translation>
        </message>
        <message>
            <source>Sinhala (සිංහල)</source>
            <translation>সিংহলি (සිංහල)</translation>
        </message>
        <message>
            <source>Bengali (বাংলা)</source>
            <translation>বাংলা</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Checking the records file…</source>
            <translation>রেকর্ডের ফাইল যাচাই করা হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>খুঁজুন (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search {what}</source>
            <translation>{what} খুঁজুন</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>খুলুন (&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>বাছাই করা রেকর্ডটি খুলুন</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>আবর্জনা ঝুড়িতে সরান (&amp;T)</translation>
        </message>
        <message>
            <source>Move the selected record to the trash</source>
            <translation>বাছাই করা রেকর্ডটি আবর্জনা ঝুড়িতে সরান</translation>
        </message>
        <message>
            <source>Delete key</source>
            <translation>Delete বোতাম</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%nটি রেকর্ড</numerusform>
                <numerusform>%nটি রেকর্ড</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>Moved to the trash; the Trash page can restore it.</source>
            <translation>আবর্জনা ঝুড়িতে সরানো হয়েছে; আবর্জনা ঝুড়ি পাতা থেকে এটি ফিরিয়ে আনা যায়।</translation>
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation>আবর্জনা ঝুড়িতে সরানো হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>পাতা</translation>
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>রেকর্ড খোলা হচ্ছে…</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>সমন্বয়ের অবস্থা</translation>
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
            <translation>সার্বিক চিত্র</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>সভা</translation>
        </message>
        <message>
            <source>Youth activities</source>
            <translation>তরুণদের কার্যক্রম</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>People</source>
            <translation>মানুষ</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>সমন্বয়</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>প্রতিবেদন</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>আবর্জনা ঝুড়ি</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>দ্বৈত তথ্য</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>সহায়তা</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>পরিকল্পনা</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>সূচক</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>সহযোগিতা</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ফাইল (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New record on this page</source>
            <translation>এই পাতায় নতুন রেকর্ড (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>সেটিংস… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>বন্ধ করুন (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>যান (&amp;G)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>never exported</source>
            <translation>কখনো রপ্তানি হয়নি</translation>
        </message>
        <message>
            <source>last export {when}</source>
            <translation>সর্বশেষ রপ্তানি {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation>
                <numerusform>%nটি পরিবর্তন সমন্বয় হয়নি</numerusform>
                <numerusform>%nটি পরিবর্তন সমন্বয় হয়নি</numerusform>
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
            <translation>সভা[*]</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ধরন (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>শিরোনাম (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>কমিটি (&amp;O)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>নেই</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>শুরু (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>শেষ (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>স্থান (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ভাষা (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>অবস্থা (&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>সারসংক্ষেপ (&amp;U)</translation>
        </message>
        <message>
            <source>Plans that came from this consultation</source>
            <translation>এই পরামর্শ সভা থেকে আসা পরিকল্পনা</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>বিস্তারিত</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>উপস্থিতি</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>আলোচ্যসূচি</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>করণীয়</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>কার্যবিবরণী</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment on the Minutes tab.</source>
            <translation>এই কার্যবিবরণী অনুমোদিত ও তালাবদ্ধ: কোনো সংশোধন ‘কার্যবিবরণী’ অংশে সংশোধনী হিসেবে নথিভুক্ত করুন।</translation>
        </message>
        <message>
            <source>Reading the members…</source>
            <translation>সদস্যদের তালিকা পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>new</source>
            <translation>নতুন</translation>
        </message>
        <message>
            <source>Meeting: {title}[*]</source>
            <translation>সভা: {title}[*]</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>নতুন সভা</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>ঝুঁকি-চিত্র</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>প্রতিরোধ পরিকল্পনা</translation>
        </message>
        <message>
            <source>Came into: {links}</source>
            <translation>যেখানে অন্তর্ভুক্ত হয়েছে: {links}</translation>
        </message>
    </context>
    <context>
        <name>MeetingSteps</name>
        <message>
            <source>Circulating the minutes…</source>
            <translation>কার্যবিবরণী বিতরণ করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Returning the minutes to draft…</source>
            <translation>কার্যবিবরণী খসড়ায় ফিরিয়ে নেওয়া হচ্ছে…</translation>
        </message>
        <message>
            <source>Approving the minutes…</source>
            <translation>কার্যবিবরণী অনুমোদন করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Approving the previous minutes…</source>
            <translation>আগের কার্যবিবরণী অনুমোদন করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Recording the amendment…</source>
            <translation>সংশোধনী নথিভুক্ত করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Opening the action…</source>
            <translation>করণীয়টি আবার চালু করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Closing the action…</source>
            <translation>করণীয়টি বন্ধ করা হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Choose the city the meeting is in.</source>
            <translation>সভাটি যে শহরে, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>স্থান</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>সারসংক্ষেপ</translation>
        </message>
        <message>
            <source>Total attendance</source>
            <translation>মোট উপস্থিতি</translation>
        </message>
        <message>
            <source>The meeting ends before it starts: check the times.</source>
            <translation>সভাটি শুরুর আগেই শেষ হচ্ছে: সময়গুলো যাচাই করুন।</translation>
        </message>
        <message>
            <source>Choose the committee this meeting belongs to.</source>
            <translation>এই সভা যে কমিটির, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>A meeting that has not started yet cannot be marked as held.</source>
            <translation>যে সভা এখনো শুরু হয়নি, তা অনুষ্ঠিত হিসেবে চিহ্নিত করা যায় না।</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>একটি মাথাগুনতি</translation>
        </message>
        <message>
            <source>The same gender, age band and group is counted twice.</source>
            <translation>একই লিঙ্গ, বয়সের শ্রেণি ও গোষ্ঠী দুবার গণনা করা হয়েছে।</translation>
        </message>
        <message>
            <source>The same person is listed twice in the attendance.</source>
            <translation>একই ব্যক্তি উপস্থিতির তালিকায় দুবার আছেন।</translation>
        </message>
        <message>
            <source>The meeting's secretary signs the minutes and must have been present: give the secretary's role to someone who was.</source>
            <translation>সভার সম্পাদক কার্যবিবরণীতে স্বাক্ষর করেন, তাই তাঁর উপস্থিত থাকা জরুরি: সম্পাদকের ভূমিকা কোনো উপস্থিত ব্যক্তিকে দিন।</translation>
        </message>
        <message>
            <source>A meeting has one secretary: give the secretary's role to one person.</source>
            <translation>একটি সভার একজনই সম্পাদক থাকেন: সম্পাদকের ভূমিকা শুধু একজনকে দিন।</translation>
        </message>
        <message>
            <source>Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to {sum}, not to the stated total of {total}.</source>
            <extracomment>Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.</extracomment>
            <translation>নামসহ উপস্থিত ({named}) ও নাম ছাড়া মাথাগুনতি ({anonymous}) মিলে {sum} হয়, ঘোষিত মোট {total} নয়।</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>আলোচ্যসূচির বিষয়</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>আলোচনা</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>সিদ্ধান্ত</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>করণীয়</translation>
        </message>
        <message>
            <source>The action is due on {due}, before the meeting on {day} that opened it.</source>
            <translation>করণীয়টির নির্ধারিত তারিখ {due}, যা এটি চালু করা {day} তারিখের সভার আগে।</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>সংশোধনী</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>কারণ</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment.</source>
            <translation>এই কার্যবিবরণী অনুমোদিত ও তালাবদ্ধ: কোনো সংশোধন সংশোধনী হিসেবে নথিভুক্ত করুন।</translation>
        </message>
        <message>
            <source>Only a meeting that was held has minutes to circulate or approve.</source>
            <translation>শুধু অনুষ্ঠিত সভারই কার্যবিবরণী বিতরণ বা অনুমোদন করা যায়।</translation>
        </message>
        <message>
            <source>Minutes are approved by a meeting of the same committee.</source>
            <translation>কার্যবিবরণী একই কমিটির একটি সভায় অনুমোদিত হয়।</translation>
        </message>
        <message>
            <source>Minutes are approved by a later meeting.</source>
            <translation>কার্যবিবরণী পরবর্তী কোনো সভায় অনুমোদিত হয়।</translation>
        </message>
        <message>
            <source>The approving meeting has to be marked as held first.</source>
            <translation>অনুমোদনকারী সভাটিকে আগে অনুষ্ঠিত হিসেবে চিহ্নিত করতে হবে।</translation>
        </message>
        <message>
            <source>An action is closed at the meeting that opened it or a later meeting of its committee.</source>
            <translation>করণীয় বন্ধ হয় যে সভায় এটি চালু হয়েছিল সেখানে, অথবা এর কমিটির পরবর্তী কোনো সভায়।</translation>
        </message>
        <message>
            <source>An action cannot be closed before the meeting that opened it.</source>
            <translation>যে সভায় করণীয়টি চালু হয়েছিল, তার আগে এটি বন্ধ করা যায় না।</translation>
        </message>
        <message>
            <source>Choose the later meeting that approved these minutes.</source>
            <translation>পরবর্তী যে সভায় এই কার্যবিবরণী অনুমোদিত হয়েছে, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Give the day the minutes were approved, after the meeting.</source>
            <translation>সভার পরে কার্যবিবরণী অনুমোদনের দিনটি দিন।</translation>
        </message>
        <message>
            <source>These minutes are not approved yet: correct them directly instead.</source>
            <translation>এই কার্যবিবরণী এখনো অনুমোদিত হয়নি: সরাসরি সংশোধন করুন।</translation>
        </message>
        <message>
            <source>A person in the attendance no longer exists here.</source>
            <translation>উপস্থিতির তালিকার একজন ব্যক্তি আর এখানে নেই।</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>সভা</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>নতুন সভা (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ভাষা</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%nটি সভা</numerusform>
                <numerusform>%nটি সভা</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>The minutes of this meeting</source>
            <translation>এই সভার কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>কার্যবিবরণীর অবস্থা</translation>
        </message>
        <message>
            <source>Mark as &amp;circulated</source>
            <translation>বিতরণকৃত হিসেবে চিহ্নিত করুন (&amp;C)</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>খসড়ায় ফিরিয়ে নিন (&amp;D)</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>অনুমোদনের তারিখ</translation>
        </message>
        <message>
            <source>&amp;Approve on this day</source>
            <translation>এই দিনে অনুমোদন করুন (&amp;A)</translation>
        </message>
        <message>
            <source>The minutes of the committee's previous meeting</source>
            <translation>কমিটির আগের সভার কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Previous minutes</source>
            <translation>আগের কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Approve those minutes at &amp;this meeting</source>
            <translation>ওই কার্যবিবরণী এই সভায় অনুমোদন করুন (&amp;T)</translation>
        </message>
        <message>
            <source>Amendments to the approved minutes</source>
            <translation>অনুমোদিত কার্যবিবরণীর সংশোধনী</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>সংশোধনী</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>সংশোধন</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>কারণ</translation>
        </message>
        <message>
            <source>Record the a&amp;mendment</source>
            <translation>সংশোধনী নথিভুক্ত করুন (&amp;M)</translation>
        </message>
        <message>
            <source>Save the meeting to circulate and approve its minutes.</source>
            <translation>কার্যবিবরণী বিতরণ ও অনুমোদন করতে সভাটি সংরক্ষণ করুন।</translation>
        </message>
        <message>
            <source>Minutes: {status}.</source>
            <translation>কার্যবিবরণী: {status}।</translation>
        </message>
        <message>
            <source>Circulated on {day}.</source>
            <translation>{day} তারিখে বিতরণ করা হয়েছে।</translation>
        </message>
        <message>
            <source>Approved at “{title}” on {day}; they are locked.</source>
            <translation>{day} তারিখে “{title}” সভায় অনুমোদিত; এটি তালাবদ্ধ।</translation>
        </message>
        <message>
            <source>Approved on {day}; they are locked.</source>
            <translation>{day} তারিখে অনুমোদিত; এটি তালাবদ্ধ।</translation>
        </message>
        <message>
            <source>Mark the meeting as held to circulate its minutes.</source>
            <translation>কার্যবিবরণী বিতরণ করতে সভাটি অনুষ্ঠিত হিসেবে চিহ্নিত করুন।</translation>
        </message>
        <message>
            <source>This is the committee's first meeting.</source>
            <translation>এটি কমিটির প্রথম সভা।</translation>
        </message>
        <message>
            <source>“{title}” on {day}: minutes {status}.</source>
            <translation>{day} তারিখের “{title}”: কার্যবিবরণী {status}।</translation>
        </message>
        <message>
            <source>Mark this meeting as held to approve them here.</source>
            <translation>এখানে সেটি অনুমোদন করতে এই সভাটি অনুষ্ঠিত হিসেবে চিহ্নিত করুন।</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>জানুয়ারি</translation>
        </message>
        <message>
            <source>February</source>
            <translation>ফেব্রুয়ারি</translation>
        </message>
        <message>
            <source>March</source>
            <translation>মার্চ</translation>
        </message>
        <message>
            <source>April</source>
            <translation>এপ্রিল</translation>
        </message>
        <message>
            <source>May</source>
            <translation>মে</translation>
        </message>
        <message>
            <source>June</source>
            <translation>জুন</translation>
        </message>
        <message>
            <source>July</source>
            <translation>জুলাই</translation>
        </message>
        <message>
            <source>August</source>
            <translation>আগস্ট</translation>
        </message>
        <message>
            <source>September</source>
            <translation>সেপ্টেম্বর</translation>
        </message>
        <message>
            <source>October</source>
            <translation>অক্টোবর</translation>
        </message>
        <message>
            <source>November</source>
            <translation>নভেম্বর</translation>
        </message>
        <message>
            <source>December</source>
            <translation>ডিসেম্বর</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cancel</source>
            <translation>বাতিল করুন</translation>
        </message>
        <message>
            <source>scdesk</source>
            <translation>scdesk</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>করা গেল না</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved.</source>
            <translation>কিছু একটা ভুল হয়েছে। অর্ধেক করা কোনো কাজ সংরক্ষণ করা হয়নি।</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved. The details are in {path}; please send that file to your support person.</source>
            <translation>কিছু একটা ভুল হয়েছে। অর্ধেক করা কোনো কাজ সংরক্ষণ করা হয়নি। বিস্তারিত তথ্য {path}-এ আছে; অনুগ্রহ করে ফাইলটি আপনার সহায়তাকারী ব্যক্তিকে পাঠান।</translation>
        </message>
        <message>
            <source>scdesk: unexpected error</source>
            <translation>scdesk: অপ্রত্যাশিত ত্রুটি</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>অপ্রত্যাশিত ত্রুটি</translation>
        </message>
    </context>
    <context>
        <name>Options</name>
        <message>
            <source>Reading the choices…</source>
            <translation>বিকল্পগুলো পড়া হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>Organisation[*]</source>
            <translation>প্রতিষ্ঠান[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>নাম (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>খাত (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>নতুন প্রতিষ্ঠান</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Organisations</source>
            <translation>প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>&amp;New organisation</source>
            <translation>নতুন প্রতিষ্ঠান (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>খাত</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>সব খাত</translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%nটি প্রতিষ্ঠান</numerusform>
                <numerusform>%nটি প্রতিষ্ঠান</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>Paper size</source>
            <translation>কাগজের মাপ</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>লেটার (মার্কিন)</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPart</name>
        <message>
            <source>Communities taking part</source>
            <translation>অংশগ্রহণকারী জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Add a &amp;community</source>
            <translation>জনগোষ্ঠী যোগ করুন (&amp;C)</translation>
        </message>
        <message>
            <source>Anonymous participants</source>
            <translation>নাম ছাড়া অংশগ্রহণকারী</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>লিঙ্গ</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>বয়সের শ্রেণি</translation>
        </message>
        <message>
            <source>People</source>
            <translation>মানুষ</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>মাথাগুনতি যোগ করুন (&amp;H)</translation>
        </message>
        <message>
            <source>Everyone who took part</source>
            <translation>যাঁরা অংশ নিয়েছেন</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>অংশ নিয়েছেন</translation>
        </message>
        <message>
            <source>{registered} registered + {anonymous} counted = {total}</source>
            <translation>নিবন্ধিত {registered} + গণনা {anonymous} = {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>একটি প্রতিবেদন বেছে নিয়ে ‘প্রাকদর্শন’ চাপুন।</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>প্রাকদর্শনের অবস্থা</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>প্রদর্শনের মাপ</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>প্রস্থ অনুযায়ী</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>পুরো পৃষ্ঠা</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>অন্য নামে সংরক্ষণ করুন… (&amp;A)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>অন্য নামে সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>ছাপুন… (&amp;P)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>ছাপুন</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>প্রতিবেদনের প্রাকদর্শন</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>প্রতিবেদন তৈরি করা হচ্ছে…</translation>
        </message>
        <message>
            <source>The report could not be shown.</source>
            <translation>প্রতিবেদনটি দেখানো গেল না।</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation>
                <numerusform>প্রস্তুত: %n পৃষ্ঠা</numerusform>
                <numerusform>প্রস্তুত: %n পৃষ্ঠা</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF নথি (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>{path} নামে সংরক্ষিত হয়েছে</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>ছাপা হচ্ছে…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation>
                <numerusform>প্রিন্টারে %n পৃষ্ঠা পাঠানো হয়েছে</numerusform>
                <numerusform>প্রিন্টারে %n পৃষ্ঠা পাঠানো হয়েছে</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>প্রতিবেদন সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>The printer could not be started: check that it is on and connected.</source>
            <translation>প্রিন্টার চালু করা গেল না: এটি চালু ও সংযুক্ত আছে কি না দেখুন।</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>পদবি</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ই-মেইল</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>বিশেষজ্ঞতা</translation>
        </message>
        <message>
            <source>The birth year {year} is not possible.</source>
            <translation>{year} জন্মসাল সম্ভব নয়।</translation>
        </message>
        <message>
            <source>The age band does not match the birth year {year}.</source>
            <translation>বয়সের শ্রেণি {year} জন্মসালের সঙ্গে মেলে না।</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address.</source>
            <translation>{email} কোনো ই-মেইল ঠিকানা নয়।</translation>
        </message>
        <message>
            <source>{phone} is not a phone number: use digits, spaces and +.</source>
            <translation>{phone} কোনো ফোন নম্বর নয়: অঙ্ক, ফাঁকা স্থান ও + ব্যবহার করুন।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a phone number.</source>
            <translation>18 বছরের কম বয়সী ব্যক্তির ফোন নম্বর নথিভুক্ত করা হয় না।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an e-mail address.</source>
            <translation>18 বছরের কম বয়সী ব্যক্তির ই-মেইল ঠিকানা নথিভুক্ত করা হয় না।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a title.</source>
            <translation>18 বছরের কম বয়সী ব্যক্তির পদবি নথিভুক্ত করা হয় না।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an organisation.</source>
            <translation>18 বছরের কম বয়সী ব্যক্তির প্রতিষ্ঠান নথিভুক্ত করা হয় না।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded with an age band, not a birth year.</source>
            <translation>18 বছরের কম বয়সী ব্যক্তির জন্মসাল নয়, বয়সের শ্রেণি নথিভুক্ত করা হয়।</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without fields of expertise.</source>
            <translation>18 বছরের কম বয়সী ব্যক্তির বিশেষজ্ঞতার ক্ষেত্র নথিভুক্ত করা হয় না।</translation>
        </message>
        <message>
            <source>A person under 18 needs the consent of a parent or guardian.</source>
            <translation>18 বছরের কম বয়সী ব্যক্তির জন্য মা-বাবা বা অভিভাবকের সম্মতি লাগবে।</translation>
        </message>
        <message>
            <source>Record the person's consent to take part before saving them.</source>
            <translation>সংরক্ষণের আগে ব্যক্তির অংশ নেওয়ার সম্মতি নথিভুক্ত করুন।</translation>
        </message>
        <message>
            <source>Say who gave consent: the person or a parent or guardian.</source>
            <translation>কে সম্মতি দিয়েছেন বলুন: ব্যক্তি নিজে, নাকি মা-বাবা বা অভিভাবক।</translation>
        </message>
        <message>
            <source>Say how consent was given: orally or in writing.</source>
            <translation>কীভাবে সম্মতি দেওয়া হয়েছে বলুন: মৌখিকভাবে, নাকি লিখিতভাবে।</translation>
        </message>
        <message>
            <source>Give the date of consent.</source>
            <translation>সম্মতির তারিখ দিন।</translation>
        </message>
        <message>
            <source>The date of consent is in the future.</source>
            <translation>সম্মতির তারিখটি ভবিষ্যতের।</translation>
        </message>
        <message>
            <source>The date consent was withdrawn is in the future.</source>
            <translation>সম্মতি প্রত্যাহারের তারিখটি ভবিষ্যতের।</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the day it was given.</source>
            <translation>সম্মতি দেওয়ার দিনের আগে তা প্রত্যাহার করা যায় না।</translation>
        </message>
        <message>
            <source>{name} has withdrawn consent and cannot be recorded here.</source>
            <translation>{name} সম্মতি প্রত্যাহার করেছেন, তাই তাঁকে এখানে নথিভুক্ত করা যাবে না।</translation>
        </message>
        <message>
            <source>{name} was under 18 on the day: remove their phone number and e-mail first.</source>
            <translation>সেই দিন {name}-এর বয়স 18-এর কম ছিল: আগে তাঁর ফোন নম্বর ও ই-মেইল মুছে দিন।</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>মানুষ</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>নতুন ব্যক্তি (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>লিঙ্গ</translation>
        </message>
        <message>
            <source>Born / age</source>
            <translation>জন্ম / বয়স</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>সব ধরন</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n জন ব্যক্তি</numerusform>
                <numerusform>%n জন ব্যক্তি</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePart</name>
        <message>
            <source>Coaches and facilitators</source>
            <translation>কোচ ও সহায়ক</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ব্যক্তি</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ভূমিকা</translation>
        </message>
        <message>
            <source>Registered participants</source>
            <translation>নিবন্ধিত অংশগ্রহণকারী</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>From</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>To</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>থেকে</translation>
        </message>
    </context>
    <context>
        <name>PersonChoiceField</name>
        <message>
            <source>Clear</source>
            <translation>মুছুন</translation>
        </message>
        <message>
            <source>Clear the person chosen</source>
            <translation>বেছে নেওয়া ব্যক্তিকে সরিয়ে দিন</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>কাউকে বেছে নেওয়া হয়নি</translation>
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name to find a person</source>
            <translation>কাউকে খুঁজতে নাম লিখুন</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>ব্যক্তি খুঁজুন</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>যোগ করুন</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>খুঁজে পাওয়া ব্যক্তিকে যোগ করুন</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>নতুন ব্যক্তি…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translation>নতুন একজন ব্যক্তিকে নথিভুক্ত করুন</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>খুঁজে পাওয়া ব্যক্তি</translation>
        </message>
        <message>
            <source>Type a name, or pick from the expert pool</source>
            <translation>একটি নাম লিখুন, অথবা বিশেষজ্ঞ তালিকা থেকে বেছে নিন</translation>
        </message>
        <message>
            <source>Finding people…</source>
            <translation>ব্যক্তিদের খোঁজা হচ্ছে…</translation>
        </message>
        <message>
            <source>{person} (expert pool)</source>
            <translation>{person} (বিশেষজ্ঞ তালিকা)</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Person[*]</source>
            <translation>ব্যক্তি[*]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>কে</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>নাম (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>লিঙ্গ (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>জন্মসাল (&amp;B)</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>জানা নেই</translation>
        </message>
        <message>
            <source>&amp;Age band</source>
            <translation>বয়সের শ্রেণি (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>ধরন (&amp;T)</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>পদবি (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>প্রতিষ্ঠান (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>Co&amp;mmunity</source>
            <translation>জনগোষ্ঠী (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>ফোন (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>ই-মেইল (&amp;E)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>গোষ্ঠী</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>সম্মতি</translation>
        </message>
        <message>
            <source>Takes part</source>
            <translation>অংশ নেন</translation>
        </message>
        <message>
            <source>Consents to take part</source>
            <translation>অংশ নিতে সম্মত</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>ছবি</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>তথ্য</translation>
        </message>
        <message>
            <source>Sharing data</source>
            <translation>তথ্য ভাগাভাগি</translation>
        </message>
        <message>
            <source>Given &amp;by</source>
            <translation>সম্মতিদাতা (&amp;B)</translation>
        </message>
        <message>
            <source>Given &amp;how</source>
            <translation>সম্মতির ধরন (&amp;H)</translation>
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation>সম্মতির তারিখ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>প্রত্যাহারের তারিখ (&amp;W)</translation>
        </message>
        <message>
            <source>Hub's expert pool</source>
            <translation>কেন্দ্রের বিশেষজ্ঞ তালিকা</translation>
        </message>
        <message>
            <source>E&amp;xpertise</source>
            <translation>বিশেষজ্ঞতা (&amp;X)</translation>
        </message>
        <message>
            <source>youth work, planning…</source>
            <translation>তরুণদের নিয়ে কাজ, পরিকল্পনা…</translation>
        </message>
        <message>
            <source>Fields of expertise, separated by commas; a person with none is not in the hub's expert pool.</source>
            <translation>বিশেষজ্ঞতার ক্ষেত্রগুলো, কমা দিয়ে আলাদা করে; কোনো ক্ষেত্র না থাকলে ব্যক্তিটি কেন্দ্রের বিশেষজ্ঞ তালিকায় থাকেন না।</translation>
        </message>
        <message>
            <source>new</source>
            <translation>নতুন</translation>
        </message>
        <message>
            <source>Person: {name}[*]</source>
            <translation>ব্যক্তি: {name}[*]</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>নতুন ব্যক্তি</translation>
        </message>
    </context>
    <context>
        <name>PlanForms</name>
        <message>
            <source>The consultations it came from (double-click one to open it)</source>
            <translation>যে পরামর্শ সভাগুলো থেকে এসেছে (খুলতে কোনোটিতে ডাবল-ক্লিক করুন)</translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message>
            <source>&amp;Title</source>
            <translation>শিরোনাম (&amp;T)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>সারসংক্ষেপ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Review on</source>
            <translation>পর্যালোচনার তারিখ (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Finding</source>
            <translation>পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>A priority the hub added is one of the other priorities: choose the priority area Other for it.</source>
            <translation>কেন্দ্রের যোগ করা অগ্রাধিকার অন্যান্য অগ্রাধিকারের একটি: এর জন্য অগ্রাধিকারের ক্ষেত্র হিসেবে ‘অন্যান্য অগ্রাধিকার’ বেছে নিন।</translation>
        </message>
        <message>
            <source>Only a consultation has findings: choose the kind Consultation or remove the findings.</source>
            <translation>শুধু পরামর্শ সভারই পর্যবেক্ষণ থাকে: ধরন হিসেবে ‘পরামর্শ সভা’ বেছে নিন অথবা পর্যবেক্ষণগুলো সরিয়ে দিন।</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>সারসংক্ষেপ</translation>
        </message>
        <message>
            <source>Give the date it was adopted.</source>
            <translation>গৃহীত হওয়ার তারিখ দিন।</translation>
        </message>
        <message>
            <source>The review date comes after the date it was adopted.</source>
            <translation>পর্যালোচনার তারিখ গৃহীত হওয়ার তারিখের পরে হতে হবে।</translation>
        </message>
        <message>
            <source>The date it was adopted is in the future.</source>
            <translation>গৃহীত হওয়ার তারিখটি ভবিষ্যতের।</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>উদ্দেশ্য</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>বিবরণ</translation>
        </message>
        <message>
            <source>Affected communities</source>
            <translation>ক্ষতিগ্রস্ত জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>করণীয়</translation>
        </message>
        <message>
            <source>The objective belongs to another plan.</source>
            <translation>উদ্দেশ্যটি অন্য একটি পরিকল্পনার।</translation>
        </message>
        <message>
            <source>This finding belongs to another consultation: leave its id empty to add it to this one.</source>
            <translation>এই পর্যবেক্ষণটি অন্য একটি পরামর্শ সভার: এই সভায় যোগ করতে এর আইডি ফাঁকা রাখুন।</translation>
        </message>
        <message>
            <source>The plan and its risk profile belong to different cities.</source>
            <translation>পরিকল্পনা ও তার ঝুঁকি-চিত্র ভিন্ন ভিন্ন শহরের।</translation>
        </message>
        <message>
            <source>The city has an adopted version already: add this one as a draft, then adopt it.</source>
            <translation>শহরটির একটি গৃহীত সংস্করণ আগে থেকেই আছে: এটি খসড়া হিসেবে যোগ করুন, তারপর গ্রহণ করুন।</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: start a new version to change it.</source>
            <translation>এই সংস্করণটি গৃহীত বা প্রতিস্থাপিত: বদলাতে একটি নতুন সংস্করণ শুরু করুন।</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: it is kept as it was; start a new version on the Plans page to change it.</source>
            <translation>এই সংস্করণটি গৃহীত বা প্রতিস্থাপিত: এটি যেমন ছিল তেমনই রাখা হয়েছে; বদলাতে পরিকল্পনা পাতায় একটি নতুন সংস্করণ শুরু করুন।</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>Risk profiles and prevention plans</source>
            <translation>ঝুঁকি-চিত্র ও প্রতিরোধ পরিকল্পনা</translation>
        </message>
        <message>
            <source>Cities and their versions</source>
            <translation>শহর ও তাদের সংস্করণ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>ঝুঁকি-চিত্র</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>প্রতিরোধ পরিকল্পনা</translation>
        </message>
        <message>
            <source>Threats and factors of the version chosen</source>
            <translation>বেছে নেওয়া সংস্করণের হুমকি ও উপাদান</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>হুমকি বা উপাদান</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>সম্ভাবনা</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>প্রভাব</translation>
        </message>
        <message>
            <source>Reading the plans…</source>
            <translation>পরিকল্পনাগুলো পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>নেই</translation>
        </message>
        <message>
            <source>v{number} {status}</source>
            <translation>সংস্করণ {number} {status}</translation>
        </message>
        <message>
            <source>No city yet.</source>
            <translation>এখনো কোনো শহর নেই।</translation>
        </message>
        <message>
            <source>Reading the risk profile…</source>
            <translation>ঝুঁকি-চিত্র পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>Adopting…</source>
            <translation>গ্রহণ করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Starting a new version…</source>
            <translation>নতুন সংস্করণ শুরু করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Risk profile of {city}</source>
            <translation>{city}-এর ঝুঁকি-চিত্র</translation>
        </message>
        <message>
            <source>Prevention plan of {city}</source>
            <translation>{city}-এর প্রতিরোধ পরিকল্পনা</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>শুরু করা হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>PreventionPlanForm</name>
        <message>
            <source>Prevention plan[*]</source>
            <translation>প্রতিরোধ পরিকল্পনা[*]</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>পরিকল্পনা (&amp;P)</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>উদ্দেশ্য</translation>
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation>উদ্দেশ্য যোগ করুন (&amp;O)</translation>
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation>উদ্দেশ্যসমূহ (&amp;B)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>করণীয়</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>দায়িত্বপ্রাপ্ত</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>নির্ধারিত তারিখ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>করণীয় যোগ করুন (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>করণীয়সমূহ (&amp;A)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>যে পরামর্শ সভাগুলো থেকে এসেছে</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>পরামর্শ সভা (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>প্রতিরোধ পরিকল্পনা</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>প্রতিরোধ পরিকল্পনা</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>বিবরণ</translation>
        </message>
        <message>
            <source>Only the hub adds or changes priorities: ask the hub to add this one.</source>
            <translation>শুধু কেন্দ্রই অগ্রাধিকার যোগ করে বা বদলায়: এটি যোগ করতে কেন্দ্রকে অনুরোধ করুন।</translation>
        </message>
        <message>
            <source>The priority chosen is not one the hub has added.</source>
            <translation>বেছে নেওয়া অগ্রাধিকারটি কেন্দ্রের যোগ করা কোনো অগ্রাধিকার নয়।</translation>
        </message>
        <message>
            <source>The hub has retired this priority: choose another for a new finding.</source>
            <translation>কেন্দ্র এই অগ্রাধিকারটি ব্যবহার থেকে তুলে নিয়েছে: নতুন পর্যবেক্ষণের জন্য অন্য একটি বেছে নিন।</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesPanel</name>
        <message>
            <source>Priorities the hub added</source>
            <translation>কেন্দ্রের যোগ করা অগ্রাধিকার</translation>
        </message>
        <message>
            <source>Name of the priority</source>
            <translation>অগ্রাধিকারের নাম</translation>
        </message>
        <message>
            <source>Description of the priority</source>
            <translation>অগ্রাধিকারের বিবরণ</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>নাম (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>বিবরণ (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>যোগ করুন (&amp;A)</translation>
        </message>
        <message>
            <source>Add a priority</source>
            <translation>অগ্রাধিকার যোগ করুন</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>পরিবর্তন সংরক্ষণ করুন (&amp;C)</translation>
        </message>
        <message>
            <source>Save the changes to the selected priority</source>
            <translation>বাছাই করা অগ্রাধিকারের পরিবর্তন সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>ব্যবহার থেকে তুলে নিন (&amp;R)</translation>
        </message>
        <message>
            <source>Only the hub adds, changes or retires priorities; they reach this device when it imports the hub's bundle.</source>
            <translation>শুধু কেন্দ্রই অগ্রাধিকার যোগ করে, বদলায় বা ব্যবহার থেকে তুলে নেয়; এই যন্ত্র কেন্দ্রের সমন্বয় ফাইল আমদানি করলে সেগুলো এখানে পৌঁছায়।</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (ব্যবহার থেকে তুলে নেওয়া)</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>আবার চালু করুন (&amp;B)</translation>
        </message>
        <message>
            <source>Offer the selected priority again</source>
            <translation>বাছাই করা অগ্রাধিকারটি আবার বেছে নেওয়ার জন্য দিন</translation>
        </message>
        <message>
            <source>Retire the selected priority: old findings keep it</source>
            <translation>বাছাই করা অগ্রাধিকারটি ব্যবহার থেকে তুলে নিন: পুরোনো পর্যবেক্ষণে এটি থেকে যাবে</translation>
        </message>
        <message>
            <source>Priority added.</source>
            <translation>অগ্রাধিকার যোগ করা হয়েছে।</translation>
        </message>
        <message>
            <source>Priority saved.</source>
            <translation>অগ্রাধিকার সংরক্ষণ করা হয়েছে।</translation>
        </message>
        <message>
            <source>Priority brought back.</source>
            <translation>অগ্রাধিকারটি আবার চালু করা হয়েছে।</translation>
        </message>
        <message>
            <source>Priority retired.</source>
            <translation>অগ্রাধিকারটি ব্যবহার থেকে তুলে নেওয়া হয়েছে।</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>সংরক্ষণ করা হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>ProblemLabel</name>
        <message>
            <source>Problem</source>
            <translation>সমস্যা</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ঠিক আছে</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>বাতিল করুন</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>বন্ধ করুন</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>হ্যাঁ (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>না (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>RaisingForm</name>
        <message>
            <source>Raised with a national body[*]</source>
            <translation>জাতীয় সংস্থার কাছে উত্থাপিত বিষয়[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>শহর (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;National body</source>
            <translation>জাতীয় সংস্থা (&amp;N)</translation>
        </message>
        <message>
            <source>A ministry, a national commission…</source>
            <translation>কোনো মন্ত্রণালয়, জাতীয় কমিশন…</translation>
        </message>
        <message>
            <source>&amp;Raised on</source>
            <translation>উত্থাপনের তারিখ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;What was raised</source>
            <translation>যা উত্থাপন করা হয়েছে (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>অবস্থা (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Outcome so far</source>
            <translation>এ পর্যন্ত ফলাফল (&amp;O)</translation>
        </message>
        <message>
            <source>Came &amp;from</source>
            <translation>উৎস (&amp;F)</translation>
        </message>
        <message>
            <source>— nothing recorded here</source>
            <translation>— এখানে কিছু নথিভুক্ত নেই</translation>
        </message>
        <message>
            <source>New raising with a national body</source>
            <translation>জাতীয় সংস্থার কাছে নতুন উত্থাপিত বিষয়</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>&amp;Save</source>
            <translation>সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>সংরক্ষণ করুন (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>বন্ধ করুন</translation>
        </message>
        <message>
            <source>Opening the form…</source>
            <translation>ফর্ম খোলা হচ্ছে…</translation>
        </message>
        <message>
            <source>Changes typed on {when} were not saved.</source>
            <translation>{when}-এ লেখা পরিবর্তনগুলো সংরক্ষণ করা হয়নি।</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>ফিরিয়ে আনুন</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>বাদ দিন</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>সংরক্ষণ করা হচ্ছে…</translation>
        </message>
        <message>
            <source>This form has changes that are not saved.</source>
            <translation>এই ফর্মে এমন পরিবর্তন আছে যা সংরক্ষণ করা হয়নি।</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>সংরক্ষণ করে বন্ধ করুন</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>পরিবর্তন বাদ দিন</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>সম্পাদনা চালিয়ে যান</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>This record was merged into another one: it cannot come back.</source>
            <translation>এই রেকর্ডটি অন্য একটির সঙ্গে একীভূত হয়েছে: এটি আর ফিরিয়ে আনা যাবে না।</translation>
        </message>
        <message>
            <source>This kind of record cannot be deleted.</source>
            <translation>এই ধরনের রেকর্ড মুছে ফেলা যায় না।</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Language</source>
            <translation>ভাষা (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>কাগজের মাপ (&amp;Z)</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Minutes</source>
            <translation>কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>হাজিরা খাতা</translation>
        </message>
        <message>
            <source>Activity report</source>
            <translation>কার্যক্রমের প্রতিবেদন</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>মূল পরিসংখ্যান</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>লক্ষ্যের তুলনায় সূচক</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>করণীয় অনুসরণ তালিকা</translation>
        </message>
        <message>
            <source>City risk profile and plan</source>
            <translation>শহরের ঝুঁকি-চিত্র ও পরিকল্পনা</translation>
        </message>
        <message>
            <source>Tables as CSV files (zip)</source>
            <translation>CSV ফাইল হিসেবে সারণি (zip)</translation>
        </message>
        <message>
            <source>Tables as an XLSX workbook</source>
            <translation>XLSX ওয়ার্কবুক হিসেবে সারণি</translation>
        </message>
        <message>
            <source>Sign-in sheet for a meeting</source>
            <translation>সভার হাজিরা খাতা</translation>
        </message>
        <message>
            <source>Sign-in sheet for a youth activity</source>
            <translation>তরুণদের কার্যক্রমের হাজিরা খাতা</translation>
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation>সভার কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>তরুণদের কার্যক্রমের প্রতিবেদন</translation>
        </message>
    </context>
    <context>
        <name>ReportRequests</name>
        <message>
            <source>Choose a meeting or a youth activity.</source>
            <translation>একটি সভা বা তরুণদের কার্যক্রম বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose a city.</source>
            <translation>একটি শহর বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose a meeting.</source>
            <translation>একটি সভা বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose a youth activity.</source>
            <translation>একটি তরুণদের কার্যক্রম বেছে নিন।</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Chair</source>
            <translation>সভাপতি</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>সম্পাদক</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>সদস্য</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>পর্যবেক্ষক</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>অংশগ্রহণকারী</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>বক্তা</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>সহায়ক</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>অতিথি</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>কোচ</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>সহায়ক</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>পরিকল্পিত</translation>
        </message>
        <message>
            <source>held</source>
            <translation>অনুষ্ঠিত</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>বাতিল</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>খসড়া</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>বিতরণকৃত</translation>
        </message>
        <message>
            <source>open</source>
            <translation>বাকি</translation>
        </message>
        <message>
            <source>done</source>
            <translation>সম্পন্ন</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>বাদ দেওয়া</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>মেয়াদোত্তীর্ণ</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>পরবর্তীতে নেওয়া</translation>
        </message>
        <message>
            <source>sports</source>
            <translation>খেলাধুলা</translation>
        </message>
        <message>
            <source>arts</source>
            <translation>শিল্পকলা</translation>
        </message>
        <message>
            <source>dialogue</source>
            <translation>সংলাপ</translation>
        </message>
        <message>
            <source>training</source>
            <translation>প্রশিক্ষণ</translation>
        </message>
        <message>
            <source>other activity</source>
            <translation>অন্যান্য কার্যক্রম</translation>
        </message>
        <message>
            <source>liaison committee</source>
            <translation>যোগাযোগ কমিটি</translation>
        </message>
        <message>
            <source>local prevention committee</source>
            <translation>স্থানীয় প্রতিরোধ কমিটি</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>গৃহীত</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>প্রতিস্থাপিত</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>হুমকি</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>ঝুঁকির উপাদান</translation>
        </message>
        <message>
            <source>protective factor</source>
            <translation>সুরক্ষামূলক উপাদান</translation>
        </message>
        <message>
            <source>low</source>
            <translation>নিম্ন</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>মাঝারি</translation>
        </message>
        <message>
            <source>high</source>
            <translation>উচ্চ</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>চলমান</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>বিলম্বিত</translation>
        </message>
        <message>
            <source>output</source>
            <translation>আউটপুট</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>ফলাফল</translation>
        </message>
        <message>
            <source>different people, each counted once</source>
            <translation>ভিন্ন ভিন্ন মানুষ, প্রত্যেকে একবার গোনা</translation>
        </message>
        <message>
            <source>events held</source>
            <translation>অনুষ্ঠিত কার্যক্রম</translation>
        </message>
        <message>
            <source>member cities, each counted once</source>
            <translation>সদস্য শহর, প্রতিটি একবার গণনা করা</translation>
        </message>
        <message>
            <source>grants, cancelled ones left out</source>
            <translation>অনুদান, বাতিলগুলো বাদে</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>প্রস্তাবিত</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>অনুমোদিত</translation>
        </message>
        <message>
            <source>disbursed</source>
            <translation>বিতরণ করা</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>সম্পন্ন</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>উত্থাপিত</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>উত্তর পাওয়া গেছে</translation>
        </message>
        <message>
            <source>acted on</source>
            <translation>ব্যবস্থা নেওয়া হয়েছে</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>প্রত্যাখ্যাত</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>তরুণদের কার্যক্রমের প্রতিবেদন</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>অংশগ্রহণ</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>লিঙ্গ অনুযায়ী</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>লিঙ্গ</translation>
        </message>
        <message>
            <source>By age band</source>
            <translation>বয়সের শ্রেণি অনুযায়ী</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>বয়সের শ্রেণি</translation>
        </message>
        <message>
            <source>By community</source>
            <translation>জনগোষ্ঠী অনুযায়ী</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>People</source>
            <translation>মানুষ</translation>
        </message>
        <message>
            <source>By age band and gender</source>
            <translation>বয়সের শ্রেণি ও লিঙ্গ অনুযায়ী</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ফলাফল</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>টীকা</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <extracomment>Translators: {start} and {end} are dates in words.
----------
Translators: {start} and {end} are times of day such as 10:00 and 12:00.</extracomment>
            <translation>{start} থেকে {end}</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>কার্যক্রমের ধরন</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>তারিখসমূহ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>স্থান</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Coaches and facilitators</source>
            <translation>কোচ ও সহায়ক</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Communities taking part</source>
            <translation>অংশগ্রহণকারী জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Sessions ({count})</source>
            <extracomment>Translators: {count} is a number of sessions.</extracomment>
            <translation>সেশন ({count})</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>কোনো সেশন নথিভুক্ত নেই।</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>তারিখ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>বিষয়</translation>
        </message>
        <message>
            <source>People who took part: {total}.</source>
            <translation>অংশগ্রহণকারী: {total}।</translation>
        </message>
        <message>
            <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>নামসহ নিবন্ধিত: {named}; নাম ছাড়া গণনা: {anonymous}; মোট: {total}।</translation>
        </message>
        <message>
            <source>City plan</source>
            <translation>নগর পরিকল্পনা</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>ঝুঁকি-চিত্র</translation>
        </message>
        <message>
            <source>No risk profile is recorded for this city.</source>
            <translation>এই শহরের কোনো ঝুঁকি-চিত্র নথিভুক্ত নেই।</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>বিবরণ</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>ক্ষতিগ্রস্ত জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>সম্ভাবনা</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>প্রভাব</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>প্রতিরোধ পরিকল্পনা</translation>
        </message>
        <message>
            <source>No prevention plan is recorded for this city.</source>
            <translation>এই শহরের কোনো প্রতিরোধ পরিকল্পনা নথিভুক্ত নেই।</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>উদ্দেশ্যসমূহ</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>করণীয়সমূহ</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>উদ্দেশ্য</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>করণীয়</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>দায়িত্বপ্রাপ্ত</translation>
        </message>
        <message>
            <source>From</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>নির্ধারিত তারিখ</translation>
        </message>
        <message>
            <source>No actions are planned yet.</source>
            <translation>এখনো কোনো করণীয় পরিকল্পনা করা হয়নি।</translation>
        </message>
        <message>
            <source>Version {number}, {status}</source>
            <extracomment>Translators: {number} is the version's number; {status} draft, adopted or superseded.</extracomment>
            <translation>সংস্করণ {number}, {status}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>সংস্করণ</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>গৃহীত হওয়ার তারিখ</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>পর্যালোচনার তারিখ</translation>
        </message>
        <message>
            <source>Drawn from</source>
            <translation>উৎস</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>পৃষ্ঠা {page} / {pages}</translation>
        </message>
        <message>
            <source>Printed from scdesk on {date}</source>
            <extracomment>Translators: {date} is the day the report was printed, in words.</extracomment>
            <translation>scdesk থেকে {date} তারিখে মুদ্রিত</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your language writes dates.</extracomment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>গোপন রাখা হয়েছে</translation>
        </message>
        <message>
            <source>Counts from 1 to 4 are shown as &lt;5, and a count that would reveal one as hidden.</source>
            <translation>1 থেকে 4 পর্যন্ত গণনা &lt;5 হিসেবে দেখানো হয়েছে, আর যে গণনা এর কোনোটি প্রকাশ করে দিতে পারে তার জায়গায় লেখা হয়েছে গোপন রাখা হয়েছে।</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n জন</numerusform>
                <numerusform>%n জন</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%nটি কার্যক্রম</numerusform>
                <numerusform>%nটি কার্যক্রম</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%nটি শহর</numerusform>
                <numerusform>%nটি শহর</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committee meeting(s)</source>
            <translation>
                <numerusform>কমিটির %nটি সভা</numerusform>
                <numerusform>কমিটির %nটি সভা</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consultation(s)</source>
            <translation>
                <numerusform>%nটি পরামর্শ সভা</numerusform>
                <numerusform>%nটি পরামর্শ সভা</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%nটি কর্মশালা</numerusform>
                <numerusform>%nটি কর্মশালা</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roundtable(s)</source>
            <translation>
                <numerusform>%nটি গোলটেবিল বৈঠক</numerusform>
                <numerusform>%nটি গোলটেবিল বৈঠক</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training session(s)</source>
            <translation>
                <numerusform>%nটি প্রশিক্ষণ সেশন</numerusform>
                <numerusform>%nটি প্রশিক্ষণ সেশন</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summit(s)</source>
            <translation>
                <numerusform>%nটি শীর্ষ সম্মেলন</numerusform>
                <numerusform>%nটি শীর্ষ সম্মেলন</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other event(s)</source>
            <translation>
                <numerusform>অন্যান্য %nটি কার্যক্রম</numerusform>
                <numerusform>অন্যান্য %nটি কার্যক্রম</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n youth activity(s)</source>
            <translation>
                <numerusform>তরুণদের %nটি কার্যক্রম</numerusform>
                <numerusform>তরুণদের %nটি কার্যক্রম</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} took part in {events} held in {cities}.</source>
            <extracomment>Translators: {people}, {events} and {cities} are counted phrases such as "14 people", "3 events" and "1 city".</extracomment>
            <translation>{people} অংশ নিয়েছেন: {events}, {cities}।</translation>
        </message>
        <message>
            <source>The events were {kinds}.</source>
            <extracomment>Translators: {kinds} lists events by kind: "3 workshops, 2 consultations".</extracomment>
            <translation>কার্যক্রমগুলো: {kinds}।</translation>
        </message>
        <message numerus="yes">
            <source>%n of them were women and girls ({share}%).</source>
            <extracomment>Translators: {share} is a percentage of the people engaged.</extracomment>
            <translation>
                <numerusform>তাঁদের মধ্যে %n জন নারী বা কিশোরী ({share}%)।</numerusform>
                <numerusform>তাঁদের মধ্যে %n জন নারী ও কিশোরী ({share}%)।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n young people under 25 were reached.</source>
            <translation>
                <numerusform>25 বছরের কম বয়সী %n জন তরুণের কাছে পৌঁছানো হয়েছে।</numerusform>
                <numerusform>25 বছরের কম বয়সী %n জন তরুণের কাছে পৌঁছানো হয়েছে।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mayors and local leaders took part.</source>
            <translation>
                <numerusform>%n জন মেয়র বা স্থানীয় নেতা অংশ নিয়েছেন।</numerusform>
                <numerusform>%n জন মেয়র ও স্থানীয় নেতা অংশ নিয়েছেন।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cities joined the network in the period.</source>
            <translation>
                <numerusform>এই সময়ে %nটি শহর নেটওয়ার্কে যুক্ত হয়েছে।</numerusform>
                <numerusform>এই সময়ে %nটি শহর নেটওয়ার্কে যুক্ত হয়েছে।</numerusform>
            </translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>সূচক</translation>
        </message>
        <message>
            <source>All member cities</source>
            <translation>সব সদস্য শহর</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>সময়কাল</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>স্থান</translation>
        </message>
        <message>
            <source>No indicators are recorded.</source>
            <translation>কোনো সূচক নথিভুক্ত নেই।</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>স্তর</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>গণনার নিয়ম</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>মূল পরিসংখ্যান</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>বিভাজন</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ভিত্তিরেখা</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>লক্ষ্য</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>প্রকৃত</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>লক্ষ্যের অংশ</translation>
        </message>
        <message>
            <source>Actual against target</source>
            <translation>লক্ষ্যের তুলনায় প্রকৃত</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <extracomment>Translators: {dimension} is a breakdown such as "gender" or "age band".</extracomment>
            <translation>{dimension} অনুযায়ী</translation>
        </message>
        <message>
            <source>Period and city</source>
            <translation>সময়কাল ও শহর</translation>
        </message>
        <message>
            <source>Targets by breakdown category</source>
            <translation>বিভাজনের শ্রেণি অনুযায়ী লক্ষ্য</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>বিভাজন</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>শ্রেণি</translation>
        </message>
        <message>
            <source>How the actual values were counted</source>
            <translation>প্রকৃত মান কীভাবে গোনা হয়েছে</translation>
        </message>
        <message>
            <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
            <translation>প্রকৃত মান কখনো হাতে লেখা হয় না: মূল পরিসংখ্যানের একই নিয়মে, প্রতিটি লক্ষ্যের নিজস্ব সময়কাল ও শহরের জন্য, নথি থেকে সেগুলো গোনা হয়। লক্ষ্য একটি সময়কাল ও একটি শহরের জন্য, অথবা সব সদস্য শহরের জন্য ঠিক করা হয়; বিভাজনগুলো দেখায় প্রকৃত মান কীভাবে ভাগ হয়।</translation>
        </message>
        <message>
            <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
            <translation>ঘোষিত বিভাজনের একটি শ্রেণির জন্যও লক্ষ্য ঠিক করা যায়, যেমন নারী বা যুব। প্রদত্ত অনুদান হলো দেওয়া সহায়তার অনুদান, বাতিলগুলো বাদে।</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>মূল পরিসংখ্যান</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>মূল বিষয়</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>Translators: {name} names a note on the figures ("Probable duplicates"), {text} is the note.</extracomment>
            <translation>{name}: {text}</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>সব রেকর্ড</translation>
        </message>
        <message>
            <source>the first records</source>
            <translation>প্রথম রেকর্ড</translation>
        </message>
        <message>
            <source>today</source>
            <translation>আজ</translation>
        </message>
        <message>
            <source>For internal use only: no counts are suppressed.</source>
            <translation>শুধু অভ্যন্তরীণ ব্যবহারের জন্য: কোনো গণনা গোপন রাখা হয়নি।</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>গণনা</translation>
        </message>
        <message>
            <source>{count} not settled yet: a person, event or city may be counted twice.</source>
            <translation>{count}টি এখনও মীমাংসা হয়নি: কোনো ব্যক্তি, অনুষ্ঠান বা শহর দুবার গোনা হতে পারে।</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>সম্ভাব্য দ্বৈত তথ্য</translation>
        </message>
        <message>
            <source>To protect the people counted, people who withdrew their consent were left out and counts from 1 to 4 are shown as &lt;5. Where such a count could be worked out by subtracting the others from the total, the next smallest count is shown as hidden: it may be 5 or more. Zeros are shown.</source>
            <translation>গণনা করা মানুষদের সুরক্ষার জন্য, যাঁরা সম্মতি প্রত্যাহার করেছেন তাঁদের বাদ দেওয়া হয়েছে এবং 1 থেকে 4 পর্যন্ত গণনা &lt;5 হিসেবে দেখানো হয়েছে। যেখানে মোট থেকে বাকিগুলো বিয়োগ করে এমন কোনো গণনা বের করা যেত, সেখানে পরের সবচেয়ে ছোট গণনার জায়গায় লেখা হয়েছে গোপন রাখা হয়েছে: তা 5 বা তার বেশি হতে পারে। শূন্য দেখানো হয়েছে।</translation>
        </message>
        <message>
            <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
            <translation>দুটি যন্ত্রে একসঙ্গে বদলানো {count}টি রেকর্ড পর্যালোচনার অপেক্ষায় আছে; সেগুলি বর্তমান অবস্থাতেই গণনা করা হয়েছে।</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>পর্যালোচনাধীন</translation>
        </message>
        <message>
            <source>{figure}: {total}</source>
            <extracomment>Translators: {figure} is the name of a key figure, {total} its count.</extracomment>
            <translation>{figure}: {total}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>মোট</translation>
        </message>
        <message>
            <source>How each figure was counted</source>
            <translation>প্রতিটি পরিসংখ্যান কীভাবে গণনা করা হয়েছে</translation>
        </message>
        <message>
            <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
            <translation>অনুষ্ঠিত কার্যক্রম: অনুষ্ঠিত হিসেবে চিহ্নিত সব ধরনের সভা যা এই সময়ে শুরু হয়েছে, এবং অনুষ্ঠিত হিসেবে চিহ্নিত তরুণদের কার্যক্রম যার তারিখ এই সময়ের সঙ্গে মেলে। পরিকল্পিত, বাতিল ও মুছে ফেলা কার্যক্রম গণনা করা হয় না।</translation>
        </message>
        <message>
            <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
            <translation>যুক্ত মানুষ: ওই সভাগুলোতে উপস্থিত, ওই কার্যক্রমে নিবন্ধিত বা সেগুলোতে প্রশিক্ষণদানকারী ভিন্ন ভিন্ন মানুষ, এবং নাম ছাড়া গণনা করা মানুষ। একজন মানুষ যত অনুষ্ঠানেই আসুন এবং যে যন্ত্রেই নথিভুক্ত হোন, একবারই গণনা করা হয়। অনুপস্থিতির আগাম বার্তা, অনুপস্থিতি ও আমন্ত্রণ গণনা করা হয় না।</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
            <translation>যুক্ত মেয়র ও স্থানীয় নেতা: যুক্ত মানুষদের মধ্যে যাঁরা মেয়র বা স্থানীয় নেতা হিসেবে নথিভুক্ত।</translation>
        </message>
        <message>
            <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
            <translation>যে তরুণদের কাছে পৌঁছানো হয়েছে: যুক্ত মানুষদের মধ্যে যাঁদের বয়স এই সময়ের শেষ অনুষ্ঠানের সময় 25 বছরের কম ছিল, এবং 25-এর কম বয়সের শ্রেণিতে নাম ছাড়া গণনা করা মানুষ।</translation>
        </message>
        <message>
            <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
            <translation>সদস্য শহর: সদস্য হিসেবে চিহ্নিত যে শহরগুলো সময়ের শেষ নাগাদ নেটওয়ার্কে যোগ দিয়েছে, অথবা যাদের যোগদানের তারিখ নথিভুক্ত নেই।</translation>
        </message>
        <message>
            <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
            <translation>প্রত্যেক ব্যক্তিকে প্রতিটি বিভাজনের একটি ঘরে গণনা করা হয়: তাঁর লিঙ্গ ও ধরন, তাঁর সর্বশেষ অনুষ্ঠানের সময়ের বয়সের শ্রেণি, এবং তাঁর নিজের শহর (অথবা সেই অনুষ্ঠানের শহর)। একজন ব্যক্তি একাধিক প্রান্তিক গোষ্ঠীর অন্তর্ভুক্ত হতে পারেন, তাই সেই বিভাজনের যোগফল মোটের চেয়ে বেশি হতে পারে।</translation>
        </message>
        <message>
            <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
            <translation>দেওয়া সহায়তা: যে অনুদানগুলোর তারিখ, শুরু (বা অনুমোদন) থেকে শেষ পর্যন্ত, এই সময়কালের সঙ্গে মেলে, এবং এই সময়কালে দেওয়া বিশেষজ্ঞ পরামর্শ। পরিমাণগুলো রূপান্তর না করে প্রতিটি মুদ্রায় আলাদাভাবে যোগ করা হয়।</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>কার্যবিবরণী</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>সারসংক্ষেপ</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>পরবর্তী সভা</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>খসড়া</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>কমিটি</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>সভার ধরন</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>সময়</translation>
        </message>
        <message>
            <source>These minutes were approved at the meeting of {date}.</source>
            <translation>এই কার্যবিবরণী {date} তারিখের সভায় অনুমোদিত হয়েছে।</translation>
        </message>
        <message>
            <source>These minutes were approved on {date}.</source>
            <translation>এই কার্যবিবরণী {date} তারিখে অনুমোদিত হয়েছে।</translation>
        </message>
        <message>
            <source>Draft minutes, circulated on {date}; not yet approved.</source>
            <translation>কার্যবিবরণীর খসড়া, {date} তারিখে বিতরণ করা হয়েছে; এখনো অনুমোদিত হয়নি।</translation>
        </message>
        <message>
            <source>Draft minutes: not yet circulated or approved.</source>
            <translation>কার্যবিবরণীর খসড়া: এখনো বিতরণ বা অনুমোদন হয়নি।</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>উপস্থিতি</translation>
        </message>
        <message>
            <source>Present ({count})</source>
            <translation>উপস্থিত ({count})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>নাম</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ভূমিকা</translation>
        </message>
        <message>
            <source>Organisation or title</source>
            <translation>প্রতিষ্ঠান বা পদ</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>অনুপস্থিতির আগাম বার্তা</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>অনুপস্থিত</translation>
        </message>
        <message>
            <source>Not named here, at their request: {count}.</source>
            <translation>তাঁদের অনুরোধে এখানে নাম উল্লেখ করা হয়নি: {count}।</translation>
        </message>
        <message>
            <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
            <translation>এই কমিটির কোনো কোরাম নথিভুক্ত নেই; এর {members} জন ভোটাধিকারী সদস্যের মধ্যে {present} জন উপস্থিত ছিলেন।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
            <translation>কোরাম: {quorum} জন ভোটাধিকারী সদস্য। {members} জনের মধ্যে {present} জন উপস্থিত ছিলেন, তাই কোরাম পূর্ণ হয়েছিল।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
            <translation>কোরাম: {quorum} জন ভোটাধিকারী সদস্য। {members} জনের মধ্যে মাত্র {present} জন উপস্থিত ছিলেন, তাই কোরাম পূর্ণ হয়নি এবং সভার সিদ্ধান্তগুলো নিশ্চিত করতে হবে।</translation>
        </message>
        <message>
            <source>Counted without names</source>
            <translation>নাম ছাড়া গণনা</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>গোষ্ঠী</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>বয়স নথিভুক্ত নয়</translation>
        </message>
        <message>
            <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>নামসহ উপস্থিত: {named}; নাম ছাড়া গণনা: {anonymous}; মোট: {total}।</translation>
        </message>
        <message>
            <source>Minutes of the previous meeting</source>
            <translation>আগের সভার কার্যবিবরণী</translation>
        </message>
        <message>
            <source>No earlier minutes were approved at this meeting.</source>
            <translation>এই সভায় আগের কোনো কার্যবিবরণী অনুমোদিত হয়নি।</translation>
        </message>
        <message>
            <source>The minutes of the meeting of {date} were approved as a true record.</source>
            <translation>{date} তারিখের সভার কার্যবিবরণী সঠিক বিবরণ হিসেবে অনুমোদিত হয়েছে।</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>আলোচ্যসূচি ও আলোচনা</translation>
        </message>
        <message>
            <source>No agenda items were recorded.</source>
            <translation>আলোচ্যসূচির কোনো বিষয় নথিভুক্ত নেই।</translation>
        </message>
        <message>
            <source>Presented by {name}</source>
            <translation>উপস্থাপক: {name}</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>আলোচনা</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>সিদ্ধান্ত</translation>
        </message>
        <message>
            <source>No actions were agreed or carried over.</source>
            <translation>কোনো করণীয় স্থির বা পরের সভায় নেওয়া হয়নি।</translation>
        </message>
        <message>
            <source>(agreed on {date})</source>
            <extracomment>Translators: {date} is the day of the earlier meeting that agreed the action.</extracomment>
            <translation>({date} তারিখে স্থির)</translation>
        </message>
        <message>
            <source>The date of the next meeting is not yet set.</source>
            <translation>পরবর্তী সভার তারিখ এখনো ঠিক হয়নি।</translation>
        </message>
        <message>
            <source>{date} at {time}, {venue}.</source>
            <translation>{date}, {time}-এ, {venue}।</translation>
        </message>
        <message>
            <source>Amendments since approval</source>
            <translation>অনুমোদনের পরের সংশোধনী</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>নেই।</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>সংশোধনী</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>কারণ</translation>
        </message>
        <message>
            <source>Agreed at the meeting of</source>
            <translation>যে সভায় গৃহীত</translation>
        </message>
        <message>
            <source>No chair was recorded as present.</source>
            <translation>কোনো সভাপতি উপস্থিত হিসেবে লেখা নেই।</translation>
        </message>
        <message>
            <source>No secretary was recorded as present.</source>
            <translation>কোনো সম্পাদক উপস্থিত হিসেবে লেখা নেই।</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>স্বাক্ষর</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>স্বাক্ষর</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(নাম উল্লেখ করা হয়নি)</translation>
        </message>
        <message>
            <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
            <translation>অনুগ্রহ করে আপনার নাম লিখুন, আপনার লিঙ্গ ও বয়সের শ্রেণিতে টিক দিন, এবং স্বাক্ষর করুন। "আমি অংশ নিতে সম্মত"-এ টিক দেওয়ার অর্থ আপনার উপস্থিতি নথিভুক্ত করায় আপনি সম্মত; "ছবি"-তে টিক দেওয়ার অর্থ আপনি ছবিতে থাকতে পারেন। 18 বছরের কম বয়সী যে কারও জন্য মা-বাবা বা অভিভাবক টিক দিয়ে স্বাক্ষর করবেন।</translation>
        </message>
        <message>
            <source>I agree to take part</source>
            <translation>আমি অংশ নিতে সম্মত</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>ছবি</translation>
        </message>
        <message>
            <source>Role, organisation or community</source>
            <translation>ভূমিকা, প্রতিষ্ঠান বা জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>সম্মতি</translation>
        </message>
        <message>
            <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
            <translation>নাম ছাড়া গণনা (বড় অনুষ্ঠানের জন্য): নারী {blank}, পুরুষ {blank}, অন্যান্য {blank}; মোট {blank}।</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>হাজিরা খাতা</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>অনুষ্ঠানের ধরন</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>দেওয়া সহায়তা</translation>
        </message>
        <message>
            <source>No support was given in this period.</source>
            <translation>এই সময়কালে কোনো সহায়তা দেওয়া হয়নি।</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>মুদ্রা</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>অনুদান</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>পরিমাণ</translation>
        </message>
        <message>
            <source>Total, cancelled grants left out</source>
            <translation>মোট, বাতিল অনুদান বাদে</translation>
        </message>
        <message>
            <source>Technical support grants</source>
            <translation>কারিগরি সহায়তা অনুদান</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>দেওয়া পরামর্শ</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>বিশেষজ্ঞ পরামর্শ</translation>
        </message>
        <message>
            <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
            <translation>এই সময়কালে অনুষ্ঠিত পরামর্শ সভাগুলোতে জাতীয়-স্থানীয় সহযোগিতা নিয়ে ওঠা পর্যবেক্ষণ।</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>National-local cooperation</source>
            <translation>জাতীয়-স্থানীয় সহযোগিতা</translation>
        </message>
        <message>
            <source>Cities' priorities raised with ministries and national commissions in the period, by what has come of them so far.</source>
            <translation>এই সময়ে মন্ত্রণালয় ও জাতীয় কমিশনের কাছে উত্থাপিত শহরগুলোর অগ্রাধিকার, এ পর্যন্ত যা ফল এসেছে সেই অনুযায়ী।</translation>
        </message>
        <message>
            <source>Raisings</source>
            <translation>বিষয়</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>জাতীয় সংস্থার কাছে উত্থাপিত বিষয়</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>করণীয় অনুসরণ তালিকা</translation>
        </message>
        <message>
            <source>open on {date}</source>
            <extracomment>Translators: {date} is today's date in words.</extracomment>
            <translation>{date} পর্যন্ত বাকি</translation>
        </message>
        <message>
            <source>Open actions: {open}, of which overdue: {overdue}.</source>
            <translation>বাকি করণীয়: {open}, এর মধ্যে মেয়াদোত্তীর্ণ: {overdue}।</translation>
        </message>
        <message>
            <source>No actions are open.</source>
            <translation>কোনো করণীয় বাকি নেই।</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>স্থির হওয়ার তারিখ</translation>
        </message>
        <message>
            <source>{title} (plan version {number})</source>
            <extracomment>Translators: {title} is the prevention plan's title, {number} its version.</extracomment>
            <translation>{title} (পরিকল্পনার সংস্করণ {number})</translation>
        </message>
        <message>
            <source>Meetings outside a committee</source>
            <translation>কমিটির বাইরের সভা</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>%n দিন দেরি</numerusform>
                <numerusform>%n দিন দেরি</numerusform>
            </translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>সব কমিটি</translation>
        </message>
        <message>
            <source>Reports are printed in {languages}; {language} is not one of them.</source>
            <translation>প্রতিবেদন {languages} ভাষায় ছাপা হয়; {language} তার মধ্যে নেই।</translation>
        </message>
    </context>
    <context>
        <name>ReportsButton</name>
        <message>
            <source>&amp;Reports</source>
            <translation>প্রতিবেদন (&amp;R)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>প্রতিবেদন</translation>
        </message>
        <message>
            <source>Preview, print or save this record's reports, as last saved</source>
            <translation>এই রেকর্ডের শেষ সংরক্ষিত অবস্থার প্রতিবেদন প্রাকদর্শন, ছাপা বা সংরক্ষণ করুন</translation>
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
            <translation>প্রতিবেদন</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>প্রতিবেদন (&amp;R)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>প্রতিবেদন</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ভাষা (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>কাগজের মাপ (&amp;Z)</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>প্রাকদর্শন (&amp;V)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>প্রাকদর্শন</translation>
        </message>
        <message>
            <source>&amp;Save the tables…</source>
            <translation>সারণিগুলো সংরক্ষণ করুন… (&amp;S)</translation>
        </message>
        <message>
            <source>Save the tables</source>
            <translation>সারণিগুলো সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>Reports status</source>
            <translation>প্রতিবেদনের অবস্থা</translation>
        </message>
        <message>
            <source>Zip archives of CSV files (*.zip)</source>
            <translation>CSV ফাইলের zip সংকলন (*.zip)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel ওয়ার্কবুক (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the tables…</source>
            <translation>সারণিগুলো লেখা হচ্ছে…</translation>
        </message>
        <message>
            <source>The tables were saved as {path}</source>
            <translation>সারণিগুলো {path} নামে সংরক্ষিত হয়েছে</translation>
        </message>
    </context>
    <context>
        <name>RiskMatrix</name>
        <message>
            <source>Likelihood and impact matrix</source>
            <translation>সম্ভাবনা ও প্রভাবের ছক</translation>
        </message>
        <message>
            <source>likelihood {likelihood}, impact {impact}: {count}</source>
            <translation>সম্ভাবনা {likelihood}, প্রভাব {impact}: {count}</translation>
        </message>
        <message>
            <source>No threat or risk factor is rated yet.</source>
            <translation>এখনো কোনো হুমকি বা ঝুঁকির উপাদানের মূল্যায়ন করা হয়নি।</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>সম্ভাবনা</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>প্রভাব</translation>
        </message>
    </context>
    <context>
        <name>RiskProfileForm</name>
        <message>
            <source>Risk profile[*]</source>
            <translation>ঝুঁকি-চিত্র[*]</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>ঝুঁকি-চিত্র (&amp;P)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>হুমকি বা উপাদান</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>ক্ষতিগ্রস্ত জনগোষ্ঠী</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>সম্ভাবনা</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>প্রভাব</translation>
        </message>
        <message>
            <source>Add a &amp;threat or factor</source>
            <translation>হুমকি বা উপাদান যোগ করুন (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Factors</source>
            <translation>উপাদান (&amp;F)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>যে পরামর্শ সভাগুলো থেকে এসেছে</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>পরামর্শ সভা (&amp;C)</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>ঝুঁকি-চিত্র</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>ঝুঁকি-চিত্র</translation>
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <source>Remove</source>
            <translation>সরিয়ে দিন</translation>
        </message>
        <message>
            <source>Remove row {n}</source>
            <translation>{n} নম্বর সারি সরিয়ে দিন</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>উপরে</translation>
        </message>
        <message>
            <source>Move row {n} up</source>
            <translation>{n} নম্বর সারি উপরে সরান</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>নিচে</translation>
        </message>
        <message>
            <source>Move row {n} down</source>
            <translation>{n} নম্বর সারি নিচে সরান</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>{day} is not a date a period can have: choose one between {earliest} and {latest}.</source>
            <translation>{day} কোনো সময়কালের তারিখ হতে পারে না: {earliest} থেকে {latest}-এর মধ্যে একটি বেছে নিন।</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} আবশ্যক।</translation>
        </message>
        <message>
            <source>{label} is too long: at most {limit} characters.</source>
            <translation>{label} অনেক দীর্ঘ: সর্বোচ্চ {limit}টি অক্ষর।</translation>
        </message>
        <message>
            <source>The end date ({end}) is before the start date ({start}).</source>
            <translation>শেষের তারিখ ({end}) শুরুর তারিখের ({start}) আগে।</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} ঋণাত্মক হতে পারে না।</translation>
        </message>
        <message>
            <source>{value} is not a language code such as {codes}.</source>
            <extracomment>Translators: {codes} lists language codes, such as "en, ur, hi".</extracomment>
            <translation>{value} কোনো ভাষার কোড নয় (যেমন {codes})।</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>সেটিংস</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>ইন্টারফেসের ভাষা (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>ইন্টারফেসের ভাষা</translation>
        </message>
        <message>
            <source>Records keep the language they are written in. The window opens again in the language chosen, on the page it shows; open forms are kept as drafts and offered back.</source>
            <translation>রেকর্ড যে ভাষায় লেখা হয়েছে সেই ভাষাতেই থাকে। উইন্ডোটি বেছে নেওয়া ভাষায়, যে পৃষ্ঠা দেখাচ্ছে সেখানেই আবার খোলে; খোলা ফর্মগুলো খসড়া হিসেবে রাখা হয় এবং আবার দেওয়া হয়।</translation>
        </message>
    </context>
    <context>
        <name>SheetsOptions</name>
        <message>
            <source>De-identified: people appear by stable codes, without names or contact details; people who withdrew consent, or did not consent to the use of their data, are left out.</source>
            <translation>পরিচয় গোপন করা: মানুষকে নাম বা যোগাযোগের তথ্য ছাড়া স্থায়ী কোড দিয়ে দেখানো হয়; যাঁরা সম্মতি প্রত্যাহার করেছেন, বা তথ্য ব্যবহারে সম্মতি দেননি, তাঁদের বাদ দেওয়া হয়।</translation>
        </message>
        <message>
            <source>&amp;Include personal data</source>
            <translation>ব্যক্তিগত তথ্য অন্তর্ভুক্ত করুন (&amp;I)</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>ব্যক্তিগত তথ্য অন্তর্ভুক্ত করুন</translation>
        </message>
        <message>
            <source>Names, birth years and contact details</source>
            <translation>নাম, জন্মসাল ও যোগাযোগের তথ্য</translation>
        </message>
        <message>
            <source>Include personal data?</source>
            <translation>ব্যক্তিগত তথ্য অন্তর্ভুক্ত করবেন?</translation>
        </message>
        <message>
            <source>The tables will hold the names, birth years and contact details of the people recorded. Keep the file safe, share it only with those who need it, and delete it when you are done.

Include personal data?</source>
            <translation>সারণিগুলোতে নথিভুক্ত মানুষের নাম, জন্মসাল ও যোগাযোগের তথ্য থাকবে। ফাইলটি নিরাপদে রাখুন, শুধু যাঁদের প্রয়োজন তাঁদের সঙ্গেই ভাগ করুন, এবং কাজ শেষে মুছে ফেলুন।

ব্যক্তিগত তথ্য অন্তর্ভুক্ত করবেন?</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was saved.</source>
            <translation>ডিস্ক ভর্তি: কিছু জায়গা খালি করে আবার চেষ্টা করুন। কিছুই সংরক্ষণ করা হয়নি।</translation>
        </message>
        <message>
            <source>The records file is damaged: restore it from a backup (scdesk check tells how).</source>
            <translation>রেকর্ডের ফাইলটি ক্ষতিগ্রস্ত: ব্যাকআপ থেকে এটি ফিরিয়ে আনুন (কীভাবে, তা scdesk check জানাবে)।</translation>
        </message>
        <message>
            <source>This file is not an scdesk records file, or it is damaged beyond reading.</source>
            <translation>এই ফাইলটি scdesk-এর রেকর্ডের ফাইল নয়, অথবা এটি এতটাই ক্ষতিগ্রস্ত যে পড়া যায় না।</translation>
        </message>
        <message>
            <source>The records are in use by another scdesk window or program: close it and try again.</source>
            <translation>রেকর্ডগুলো scdesk-এর অন্য একটি উইন্ডো বা প্রোগ্রাম ব্যবহার করছে: সেটি বন্ধ করে আবার চেষ্টা করুন।</translation>
        </message>
        <message>
            <source>A backup could not be written to {folder}: {reason}</source>
            <translation>{folder}-এ ব্যাকআপ লেখা গেল না: {reason}</translation>
        </message>
        <message>
            <source>The records file cannot be written (it is read-only): check the folder.</source>
            <translation>রেকর্ডের ফাইলে লেখা যাচ্ছে না (এটি শুধু পড়ার জন্য): ফোল্ডারটি যাচাই করুন।</translation>
        </message>
        <message>
            <source>The disk could not be read or written: check the drive, then try again.</source>
            <translation>ডিস্ক পড়া বা লেখা গেল না: ড্রাইভটি যাচাই করে আবার চেষ্টা করুন।</translation>
        </message>
        <message>
            <source>The records file cannot be opened: check that its folder exists and is yours.</source>
            <translation>রেকর্ডের ফাইল খোলা যাচ্ছে না: এর ফোল্ডারটি আছে কি না এবং সেটি আপনার কি না দেখুন।</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write it as postgresql://user:password@server/database.</source>
            <translation>{url} কোনো PostgreSQL ঠিকানা নয়: এটি postgresql://user:password@server/database আকারে লিখুন।</translation>
        </message>
        <message>
            <source>The backup before {reason} failed, so nothing was changed: {error}</source>
            <translation>{reason}-এর আগের ব্যাকআপ ব্যর্থ হয়েছে, তাই কিছুই পরিবর্তন করা হয়নি: {error}</translation>
        </message>
        <message>
            <source>The database server at {address} cannot be reached or refused the login ({reason}): check that it is running and that the address, user and password are right.</source>
            <translation>{address}-এর ডেটাবেস সার্ভারে পৌঁছানো যাচ্ছে না অথবা এটি লগইন প্রত্যাখ্যান করেছে ({reason}): সার্ভারটি চালু আছে কি না এবং ঠিকানা, ব্যবহারকারী ও পাসওয়ার্ড ঠিক আছে কি না দেখুন।</translation>
        </message>
        <message>
            <source>pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's client programs (on Debian, postgresql-client).</source>
            <translation>pg_dump পাওয়া যায়নি, অথচ প্রতিটি একীভূতকরণের আগে ব্যাকআপ নেওয়া হয়: PostgreSQL-এর ক্লায়েন্ট প্রোগ্রামগুলো ইনস্টল করুন (Debian-এ postgresql-client)।</translation>
        </message>
        <message>
            <source>These records were saved by a newer version of scdesk: install that version to open them. Nothing was changed.</source>
            <translation>এই রেকর্ডগুলো scdesk-এর নতুনতর সংস্করণে সংরক্ষিত হয়েছে: খুলতে সেই সংস্করণটি ইনস্টল করুন। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <source>Choose the city the grant supports.</source>
            <translation>অনুদানটি যে শহরকে সহায়তা করে, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>উদ্দেশ্য</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>পরিমাণ শূন্যের বেশি হতে হবে।</translation>
        </message>
        <message>
            <source>Type the currency code, such as USD, EUR or PKR.</source>
            <translation>মুদ্রার কোড লিখুন, যেমন USD, EUR বা PKR।</translation>
        </message>
        <message>
            <source>{currency} is not a currency code such as USD, EUR or PKR.</source>
            <translation>{currency} কোনো মুদ্রার কোড নয় (যেমন USD, EUR বা PKR)।</translation>
        </message>
        <message>
            <source>Choose the city the advice was for.</source>
            <translation>পরামর্শটি যে শহরের জন্য, সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose the expert who gave it.</source>
            <translation>যে বিশেষজ্ঞ পরামর্শ দিয়েছেন, তাঁকে বেছে নিন।</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>বিষয়</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>টীকা</translation>
        </message>
        <message>
            <source>{name} is not in the expert pool: record their fields of expertise on their person record first.</source>
            <translation>{name} বিশেষজ্ঞ তালিকায় নেই: আগে তাঁর ব্যক্তির রেকর্ডে বিশেষজ্ঞতার ক্ষেত্রগুলো নথিভুক্ত করুন।</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Support given</source>
            <translation>দেওয়া সহায়তা</translation>
        </message>
        <message>
            <source>New &amp;grant</source>
            <translation>নতুন অনুদান (&amp;G)</translation>
        </message>
        <message>
            <source>New expert &amp;advice</source>
            <translation>নতুন বিশেষজ্ঞ পরামর্শ (&amp;A)</translation>
        </message>
        <message>
            <source>Add to the expert &amp;pool…</source>
            <translation>বিশেষজ্ঞ তালিকায় যোগ করুন… (&amp;P)</translation>
        </message>
        <message>
            <source>All grant statuses</source>
            <translation>অনুদানের সব অবস্থা</translation>
        </message>
        <message>
            <source>Grant status</source>
            <translation>অনুদানের অবস্থা</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>তালিকাগুলোতে যা আছে</translation>
        </message>
        <message>
            <source>City</source>
            <translation>শহর</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>উদ্দেশ্য</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>পরিমাণ</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>মুদ্রা</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>From</source>
            <translation>শুরু</translation>
        </message>
        <message>
            <source>To</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>অনুদান</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>মোট পরিমাণ</translation>
        </message>
        <message>
            <source>Totals by city, status and currency</source>
            <translation>শহর, অবস্থা ও মুদ্রা অনুযায়ী মোট</translation>
        </message>
        <message>
            <source>Totals by city, status and currency (never converted)</source>
            <translation>শহর, অবস্থা ও মুদ্রা অনুযায়ী মোট (কখনো রূপান্তর করা হয় না)</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>বিশেষজ্ঞ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>বিষয়</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>বিশেষজ্ঞ পরামর্শ</translation>
        </message>
        <message>
            <source>Title and organisation</source>
            <translation>পদবি ও প্রতিষ্ঠান</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>বিশেষজ্ঞতার ক্ষেত্র</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>দেওয়া পরামর্শ</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>সর্বশেষ</translation>
        </message>
        <message>
            <source>Expert pool</source>
            <translation>বিশেষজ্ঞ তালিকা</translation>
        </message>
        <message>
            <source>Reading the support given…</source>
            <translation>দেওয়া সহায়তা পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>{grants} · {advice} · {experts} in the expert pool</source>
            <translation>{grants} · {advice} · বিশেষজ্ঞ তালিকায় {experts}</translation>
        </message>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%nটি অনুদান</numerusform>
                <numerusform>%nটি অনুদান</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation>
                <numerusform>%nটি বিশেষজ্ঞ পরামর্শ</numerusform>
                <numerusform>%nটি বিশেষজ্ঞ পরামর্শ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n জন বিশেষজ্ঞ</numerusform>
                <numerusform>%n জন বিশেষজ্ঞ</numerusform>
            </translation>
        </message>
        <message>
            <source>not in the pool</source>
            <translation>তালিকায় নেই</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>(empty)</source>
            <translation>(ফাঁকা)</translation>
        </message>
        <message>
            <source>This conflict is settled already.</source>
            <translation>এই বিরোধের মীমাংসা আগেই হয়েছে।</translation>
        </message>
        <message>
            <source>This conflict is about a rule between two fields: keep A or B, or give both fields.</source>
            <translation>এই বিরোধটি দুটি ঘরের মধ্যকার একটি নিয়ম নিয়ে: A বা B রাখুন, অথবা দুটি ঘরেরই মান দিন।</translation>
        </message>
        <message>
            <source>Give the value to keep.</source>
            <translation>যে মান রাখবেন, তা দিন।</translation>
        </message>
        <message>
            <source>That would break a rule: {rule} Give {names} too.</source>
            <translation>এতে একটি নিয়ম ভাঙবে: {rule} {names}-ও দিন।</translation>
        </message>
        <message>
            <source>{rule} {first} set {field} to {value}; {second} set {other} to {other_value}.</source>
            <translation>{rule} {first} {field}-এর মান {value} করেছে; {second} {other}-এর মান {other_value} করেছে।</translation>
        </message>
        <message>
            <source>Settled.</source>
            <translation>মীমাংসা হয়েছে।</translation>
        </message>
        <message>
            <source>This record has no field {name}.</source>
            <translation>এই রেকর্ডে {name} নামে কোনো ঘর নেই।</translation>
        </message>
        <message>
            <source>That value does not fit this field: {error}</source>
            <translation>এই মান এই ঘরের উপযোগী নয়: {error}</translation>
        </message>
        <message>
            <source>This device has no keys to replace yet: scdesk device makes its first ones.</source>
            <translation>এই যন্ত্রের বদলানোর মতো কোনো চাবি এখনো নেই: scdesk device এর প্রথম চাবি তৈরি করে।</translation>
        </message>
        <message>
            <source>This key backup belongs to another device.</source>
            <translation>এই চাবির ব্যাকআপটি অন্য একটি যন্ত্রের।</translation>
        </message>
        <message>
            <source>This key backup holds keys this device no longer signs with.</source>
            <translation>এই চাবির ব্যাকআপে এমন চাবি আছে যা দিয়ে এই যন্ত্র আর স্বাক্ষর করে না।</translation>
        </message>
        <message>
            <source>{device}'s clock is {days} days ahead: ask its user to set the date.</source>
            <translation>{device}-এর ঘড়ি {days} দিন এগিয়ে আছে: এর ব্যবহারকারীকে তারিখ ঠিক করতে বলুন।</translation>
        </message>
        <message>
            <source>{file} is this device's own card: give it to the hub.</source>
            <translation>{file} এই যন্ত্রেরই নিজস্ব পরিচয়পত্র: এটি কেন্দ্রকে দিন।</translation>
        </message>
        <message>
            <source>{name} was revoked here and cannot be trusted again.</source>
            <translation>{name} এখানে প্রত্যাহার করা হয়েছে এবং আর বিশ্বাস করা যাবে না।</translation>
        </message>
        <message>
            <source>{name} is known here with other keys: new keys are trusted only from its bundle or card that names the old ones (scdesk device replace-keys, on that device).</source>
            <translation>{name} এখানে অন্য চাবিসহ পরিচিত: নতুন চাবি কেবল তখনই বিশ্বাস করা হয় যখন তা এর এমন সমন্বয় ফাইল বা পরিচয়পত্র থেকে আসে যাতে পুরোনো চাবির উল্লেখ আছে (ওই যন্ত্রে scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device cannot revoke itself.</source>
            <translation>এই যন্ত্র নিজেকে প্রত্যাহার করতে পারে না।</translation>
        </message>
        <message>
            <source>No such device is known here.</source>
            <translation>এমন কোনো যন্ত্র এখানে পরিচিত নয়।</translation>
        </message>
        <message>
            <source>No single device matches {text}: scdesk devices lists them.</source>
            <translation>{text}-এর সঙ্গে ঠিক একটি যন্ত্র মেলে না: scdesk devices সেগুলোর তালিকা দেয়।</translation>
        </message>
        <message>
            <source>Only a hub writes a hub profile.</source>
            <translation>শুধু কেন্দ্রই কেন্দ্রের পরিচিতি ফাইল লেখে।</translation>
        </message>
        <message>
            <source>The hub profile holds records scdesk cannot read: {error}</source>
            <translation>কেন্দ্রের পরিচিতি ফাইলে এমন রেকর্ড আছে যা scdesk পড়তে পারে না: {error}</translation>
        </message>
        <message>
            <source>The city is not one of the hub's cities.</source>
            <translation>শহরটি কেন্দ্রের শহরগুলোর একটি নয়।</translation>
        </message>
        <message>
            <source>An officer's device sends its bundles to its hub only, which passes them on.</source>
            <translation>কর্মকর্তার যন্ত্র তার সমন্বয় ফাইল শুধু তার কেন্দ্রে পাঠায়, কেন্দ্র সেগুলো অন্যদের কাছে পৌঁছে দেয়।</translation>
        </message>
        <message>
            <source>This device has no key for {name}.</source>
            <translation>এই যন্ত্রের কাছে {name}-এর কোনো চাবি নেই।</translation>
        </message>
        <message>
            <source>{file}: not imported, the import was cancelled.</source>
            <translation>{file}: আমদানি করা হয়নি, আমদানি বাতিল করা হয়েছে।</translation>
        </message>
        <message>
            <source>{file} is being merged by another scdesk window or command right now: its outcome will show there.</source>
            <translation>{file} এই মুহূর্তে scdesk-এর অন্য একটি উইন্ডো বা কমান্ড একীভূত করছে: ফলাফল সেখানেই দেখা যাবে।</translation>
        </message>
        <message>
            <source>{file} from {sender} adds or changes a priority, which only the hub does; nothing from it was merged.</source>
            <translation>{sender}-এর {file} একটি অগ্রাধিকার যোগ করে বা বদলায়, যা শুধু কেন্দ্রই করে; এর কিছুই একীভূত করা হয়নি।</translation>
        </message>
        <message>
            <source>{file} holds a record scdesk cannot take: {error}</source>
            <translation>{file}-এ এমন একটি রেকর্ড আছে যা scdesk নিতে পারে না: {error}</translation>
        </message>
        <message>
            <source>{file} holds records that refer to records this device does not have; nothing from it was merged.</source>
            <translation>{file}-এ এমন রেকর্ড আছে যা এই যন্ত্রে নেই এমন রেকর্ডের উল্লেখ করে; এর কিছুই একীভূত করা হয়নি।</translation>
        </message>
        <message>
            <source>{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, {conflicts} in conflict, {waiting} waiting for records not yet arrived.</source>
            <translation>{sender}-এর {file}: নতুন {new}, হালনাগাদ {updated}, আগে থেকেই আছে {unchanged}, বিরোধে {conflicts}, এখনো না আসা রেকর্ডের অপেক্ষায় {waiting}।</translation>
        </message>
        <message>
            <source>{file} from {sender}: nothing new, all {unchanged} records are already here.</source>
            <extracomment>Translators: {unchanged} is a number of records; the bundle changed nothing here.</extracomment>
            <translation>{sender}-এর {file}: নতুন কিছু নেই, {unchanged}টি রেকর্ডের সবই আগে থেকেই আছে।</translation>
        </message>
        <message>
            <source>{file}: already merged on {day}; nothing changed.</source>
            <translation>{file}: {day} তারিখে আগেই একীভূত হয়েছে; কিছুই বদলায়নি।</translation>
        </message>
        <message>
            <source>{file} comes from {sender}, another officer's device: an officer's device takes bundles from its hub only, which passes everyone's changes on.</source>
            <translation>{file} এসেছে {sender} থেকে, যা অন্য একজন কর্মকর্তার যন্ত্র: কর্মকর্তার যন্ত্র শুধু তার কেন্দ্র থেকে সমন্বয় ফাইল নেয়, কেন্দ্র সবার পরিবর্তন পৌঁছে দেয়।</translation>
        </message>
        <message>
            <source>{file} from {sender} acknowledges changes made by {other}; a device may speak only for itself, so nothing from it was merged.</source>
            <translation>{sender}-এর {file} {other}-এর করা পরিবর্তনের প্রাপ্তি স্বীকার করছে; একটি যন্ত্র শুধু নিজের পক্ষেই কথা বলতে পারে, তাই এর কিছুই একীভূত করা হয়নি।</translation>
        </message>
        <message>
            <source>{file} from {sender} claims changes made by {other} that this device does not have; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender}-এর {file} দাবি করছে যে এতে {other}-এর করা এমন পরিবর্তন আছে যা এই যন্ত্রে নেই; একটি যন্ত্র শুধু নিজের পরিবর্তনই পাঠাতে পারে, তাই এর কিছুই একীভূত করা হয়নি।</translation>
        </message>
        <message>
            <source>{file} from {sender} carries a change made by {other}; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender}-এর {file}-এ {other}-এর করা একটি পরিবর্তন আছে; একটি যন্ত্র শুধু নিজের পরিবর্তনই পাঠাতে পারে, তাই এর কিছুই একীভূত করা হয়নি।</translation>
        </message>
        <message>
            <source>That device is not trusted here.</source>
            <translation>ওই যন্ত্রটি এখানে বিশ্বস্ত নয়।</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile first.</source>
            <translation>এই যন্ত্র এখনো তার কেন্দ্রকে চেনে না: আগে কেন্দ্রের পরিচিতি ফাইল আমদানি করুন।</translation>
        </message>
        <message>
            <source>Say which device the bundle is for (scdesk devices lists them).</source>
            <translation>সমন্বয় ফাইলটি কোন যন্ত্রের জন্য, তা বলুন (scdesk devices সেগুলোর তালিকা দেয়)।</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} ফোল্ডারটি নেই।</translation>
        </message>
        <message>
            <source>Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); the next bundle from its sender will bring them.</source>
            <translation>{device}-এ করা {first} থেকে {last} নম্বর পরিবর্তন এখনো আসেনি (একটি সমন্বয় ফাইল পাওয়া যায়নি); প্রেরকের পরের সমন্বয় ফাইলে সেগুলো আসবে।</translation>
        </message>
        <message>
            <source>This bundle comes from a device not yet trusted here: {name} ({user}), fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust the device, then import again.</source>
            <translation>এই সমন্বয় ফাইলটি এমন একটি যন্ত্র থেকে এসেছে যা এখনো এখানে বিশ্বস্ত নয়: {name} ({user}), ফিঙ্গারপ্রিন্ট {fingerprint}। যন্ত্রের মালিকের সঙ্গে ফিঙ্গারপ্রিন্ট মিলিয়ে দেখুন, যন্ত্রটিকে বিশ্বাস করুন, তারপর আবার আমদানি করুন।</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and confirmed by the old key: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user})-এর নতুন চাবি আছে, ফিঙ্গারপ্রিন্ট {fingerprint}, যা {old}-এর জায়গা নিয়েছে এবং পুরোনো চাবি দিয়ে নিশ্চিত করা: মালিকের সঙ্গে নতুন ফিঙ্গারপ্রিন্ট মিলিয়ে দেখে বিশ্বাস করুন (scdesk trust FILE), তারপর আবার আমদানি করুন।</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not confirmed by the old key, which was lost: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user})-এর নতুন চাবি আছে, ফিঙ্গারপ্রিন্ট {fingerprint}, যা {old}-এর জায়গা নিয়েছে কিন্তু পুরোনো চাবি দিয়ে নিশ্চিত করা নয়, কারণ পুরোনোটি হারিয়ে গেছে: মালিকের সঙ্গে নতুন ফিঙ্গারপ্রিন্ট মিলিয়ে দেখে বিশ্বাস করুন (scdesk trust FILE), তারপর আবার আমদানি করুন।</translation>
        </message>
        <message>
            <source>The name of the file {file} holds characters scdesk cannot read: rename the file, then import it again.</source>
            <translation>{file} ফাইলের নামে এমন অক্ষর আছে যা scdesk পড়তে পারে না: ফাইলটির নাম বদলে আবার আমদানি করুন।</translation>
        </message>
        <message>
            <source>{file} comes from {name}, a device revoked here: it is not imported.</source>
            <translation>{file} এসেছে {name} থেকে, যে যন্ত্রটি এখানে প্রত্যাহার করা হয়েছে: এটি আমদানি করা হয়নি।</translation>
        </message>
        <message>
            <source>{file} does not bear {name}'s signature: it was changed after it was made, or made by another device. Ask the sender for it again.</source>
            <translation>{file}-এ {name}-এর স্বাক্ষর নেই: তৈরির পরে এটি বদলানো হয়েছে, অথবা অন্য কোনো যন্ত্রে তৈরি হয়েছে। প্রেরকের কাছে এটি আবার চান।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle, or it was damaged on the way.</source>
            <translation>{file} scdesk-এর সমন্বয় ফাইল নয়, অথবা পথে এটি ক্ষতিগ্রস্ত হয়েছে।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle.</source>
            <translation>{file} scdesk-এর সমন্বয় ফাইল নয়।</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here, then import.</source>
            <translation>{file} scdesk-এর নতুনতর সংস্করণে তৈরি: এখানে সেই সংস্করণ ইনস্টল করে তারপর আমদানি করুন।</translation>
        </message>
        <message>
            <source>{file} was made for another device; ask the sender to export it for this one.</source>
            <translation>{file} অন্য একটি যন্ত্রের জন্য তৈরি; প্রেরককে এই যন্ত্রের জন্য এটি রপ্তানি করতে বলুন।</translation>
        </message>
        <message>
            <source>{file} holds unexpected files ({names}): it was not made by scdesk, or it was tampered with.</source>
            <translation>{file}-এ অপ্রত্যাশিত ফাইল আছে ({names}): এটি scdesk তৈরি করেনি, অথবা এতে কারসাজি করা হয়েছে।</translation>
        </message>
        <message>
            <source>{file} is not a whole scdesk bundle: it may have been cut short or damaged on the way. Ask the sender for it again.</source>
            <translation>{file} সম্পূর্ণ scdesk সমন্বয় ফাইল নয়: পথে এটি কেটে যেতে বা ক্ষতিগ্রস্ত হতে পারে। প্রেরকের কাছে এটি আবার চান।</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (damaged on the way, or tampered with): ask the sender for it again.</source>
            <translation>{file} তৈরির পরে বদলানো হয়েছে (পথে ক্ষতিগ্রস্ত হয়েছে, অথবা কারসাজি করা হয়েছে): প্রেরকের কাছে এটি আবার চান।</translation>
        </message>
        <message>
            <source>{file} is larger than a bundle may be, or expands too far: it is not imported.</source>
            <translation>{file} সমন্বয় ফাইলের অনুমোদিত আকারের চেয়ে বড়, অথবা খুললে অনেক বেশি বড় হয়ে যায়: এটি আমদানি করা হয়নি।</translation>
        </message>
        <message>
            <source>{file} holds records scdesk cannot read: it was not made by this scdesk.</source>
            <translation>{file}-এ এমন রেকর্ড আছে যা scdesk পড়তে পারে না: এটি এই scdesk তৈরি করেনি।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk device card, or it was damaged.</source>
            <translation>{file} scdesk-এর যন্ত্রের পরিচয়পত্র নয়, অথবা এটি ক্ষতিগ্রস্ত।</translation>
        </message>
        <message>
            <source>{file} is not a backup of scdesk device keys, or it was damaged.</source>
            <translation>{file} scdesk যন্ত্রের চাবির ব্যাকআপ নয়, অথবা এটি ক্ষতিগ্রস্ত।</translation>
        </message>
        <message>
            <source>The passphrase does not open {file}: check it and try again.</source>
            <translation>গোপন বাক্য দিয়ে {file} খোলা যাচ্ছে না: যাচাই করে আবার চেষ্টা করুন।</translation>
        </message>
        <message>
            <source>The key file in {folder} is not the one this device's records were signed with: put the right one back (scdesk device restore-keys FILE), or make new keys the hub must trust (scdesk device replace-keys).</source>
            <translation>{folder}-এর চাবির ফাইলটি সেটি নয় যা দিয়ে এই যন্ত্রের রেকর্ডে স্বাক্ষর করা হয়েছিল: সঠিক ফাইলটি ফিরিয়ে রাখুন (scdesk device restore-keys FILE), অথবা নতুন চাবি তৈরি করুন যা কেন্দ্রকে বিশ্বাস করতে হবে (scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device's key file ({name}) is missing from {folder}: restore it from your key backup (scdesk device restore-keys FILE), or, with no backup, make new keys the hub must trust before it takes this device's bundles (scdesk device replace-keys).</source>
            <translation>এই যন্ত্রের চাবির ফাইল ({name}) {folder}-এ নেই: আপনার চাবির ব্যাকআপ থেকে এটি ফিরিয়ে আনুন (scdesk device restore-keys FILE), অথবা ব্যাকআপ না থাকলে নতুন চাবি তৈরি করুন, যা বিশ্বাস না করা পর্যন্ত কেন্দ্র এই যন্ত্রের সমন্বয় ফাইল নেবে না (scdesk device replace-keys)।</translation>
        </message>
        <message>
            <source>This device's key file ({path}) is damaged: restore it from a copy of the folder.</source>
            <translation>এই যন্ত্রের চাবির ফাইল ({path}) ক্ষতিগ্রস্ত: ফোল্ডারের একটি অনুলিপি থেকে এটি ফিরিয়ে আনুন।</translation>
        </message>
        <message>
            <source>The keys given are damaged.</source>
            <translation>দেওয়া চাবিগুলো ক্ষতিগ্রস্ত।</translation>
        </message>
        <message>
            <source>The key file in this folder belongs to another device's records: keep each device's folder whole, or move this key file away to make new keys.</source>
            <translation>এই ফোল্ডারের চাবির ফাইলটি অন্য একটি যন্ত্রের রেকর্ডের: প্রতিটি যন্ত্রের ফোল্ডার অক্ষত রাখুন, অথবা নতুন চাবি তৈরি করতে এই চাবির ফাইলটি অন্যত্র সরিয়ে দিন।</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here first.</source>
            <translation>{file} scdesk-এর নতুনতর সংস্করণে তৈরি: আগে এখানে সেই সংস্করণ ইনস্টল করুন।</translation>
        </message>
        <message>
            <source>{file} is not an scdesk hub profile, or it was damaged.</source>
            <translation>{file} scdesk-এর কেন্দ্রের পরিচিতি ফাইল নয়, অথবা এটি ক্ষতিগ্রস্ত।</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>সমন্বয়</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>সমন্বয়ের বিস্তারিত</translation>
        </message>
        <message>
            <source>No bundle imported since scdesk started.</source>
            <translation>scdesk চালু হওয়ার পর কোনো সমন্বয় ফাইল আমদানি করা হয়নি।</translation>
        </message>
        <message>
            <source>Review &amp;duplicates</source>
            <translation>দ্বৈত তথ্য পর্যালোচনা করুন (&amp;D)</translation>
        </message>
        <message>
            <source>Open the probable duplicates</source>
            <translation>সম্ভাব্য দ্বৈত তথ্য খুলুন</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>সর্বশেষ আমদানি</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>যন্ত্র</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>বিরোধ</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>এই যন্ত্র</translation>
        </message>
        <message>
            <source>This device's fingerprint</source>
            <translation>এই যন্ত্রের ফিঙ্গারপ্রিন্ট</translation>
        </message>
        <message>
            <source>Before another device trusts this one, its user asks for this fingerprint: read it out, or compare it on both screens.</source>
            <translation>অন্য কোনো যন্ত্র এটিকে বিশ্বাস করার আগে, সেই যন্ত্রের ব্যবহারকারী এই ফিঙ্গারপ্রিন্টটি জানতে চাইবেন: এটি পড়ে শোনান, অথবা দুই পর্দায় মিলিয়ে দেখুন।</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>যন্ত্র</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>ফিঙ্গারপ্রিন্ট</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>সমন্বয় ফাইল</translation>
        </message>
        <message>
            <source>Export a bundle for</source>
            <translation>যার জন্য সমন্বয় ফাইল রপ্তানি করবেন</translation>
        </message>
        <message>
            <source>F&amp;or</source>
            <translation>যার জন্য (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Export a bundle…</source>
            <translation>সমন্বয় ফাইল রপ্তানি করুন… (&amp;E)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>সমন্বয় ফাইল রপ্তানি করুন</translation>
        </message>
        <message>
            <source>Write this device's new records to a file for the device chosen.</source>
            <translation>বেছে নেওয়া যন্ত্রের জন্য এই যন্ত্রের নতুন রেকর্ডগুলো একটি ফাইলে লিখুন।</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>সমন্বয় ফাইল আমদানি করুন… (&amp;I)</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>সমন্বয় ফাইল আমদানি করুন</translation>
        </message>
        <message>
            <source>Merge bundles other devices made for this one.</source>
            <translation>অন্য যন্ত্রগুলো এই যন্ত্রের জন্য যে সমন্বয় ফাইল তৈরি করেছে, সেগুলো একীভূত করুন।</translation>
        </message>
        <message>
            <source>The last bundle for the device chosen</source>
            <translation>বেছে নেওয়া যন্ত্রের জন্য সর্বশেষ সমন্বয় ফাইল</translation>
        </message>
        <message>
            <source>A bundle holds what the device chosen has not had from this one yet, in one file named for who made it, for whom and when. Import takes the bundles other devices made for this one; choose several at once.</source>
            <translation>একটি সমন্বয় ফাইলে থাকে সেই সব তথ্য যা বেছে নেওয়া যন্ত্রটি এই যন্ত্র থেকে এখনো পায়নি, একটি ফাইলে, যার নামে লেখা থাকে কে, কার জন্য ও কখন তৈরি করেছে। আমদানি অন্য যন্ত্রগুলোর এই যন্ত্রের জন্য তৈরি সমন্বয় ফাইল নেয়; একসঙ্গে কয়েকটি বেছে নিতে পারেন।</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>রপ্তানি</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ফাইল</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ফলাফল</translation>
        </message>
        <message>
            <source>New</source>
            <translation>নতুন</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>হালনাগাদ</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>আগে থেকেই আছে</translation>
        </message>
        <message>
            <source>In conflict</source>
            <translation>বিরোধে</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>অপেক্ষমাণ</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>কী ঘটেছে</translation>
        </message>
        <message>
            <source>What each file did</source>
            <translation>প্রতিটি ফাইলে কী হয়েছে</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>{name} ({role}), used by {user}</source>
            <translation>{name} ({role}), ব্যবহারকারী {user}</translation>
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation>বিরোধ ({count})</translation>
        </message>
        <message>
            <source>No bundle made for {name} yet.</source>
            <translation>{name}-এর জন্য এখনো কোনো সমন্বয় ফাইল তৈরি হয়নি।</translation>
        </message>
        <message>
            <source>Last bundle for {name}: {when}.</source>
            <translation>{name}-এর জন্য সর্বশেষ সমন্বয় ফাইল: {when}।</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile (under Devices, below) before exporting.</source>
            <translation>এই যন্ত্র এখনো তার কেন্দ্রকে চেনে না: রপ্তানির আগে কেন্দ্রের পরিচিতি ফাইল আমদানি করুন (নিচে, ‘যন্ত্র’-এর অধীনে)।</translation>
        </message>
        <message>
            <source>No device is trusted here yet: import a bundle from an officer's laptop and trust it, then export bundles for it here.</source>
            <translation>এখানে এখনো কোনো যন্ত্র বিশ্বস্ত নয়: কোনো কর্মকর্তার ল্যাপটপ থেকে একটি সমন্বয় ফাইল আমদানি করে যন্ত্রটিকে বিশ্বাস করুন, তারপর এখান থেকে তার জন্য সমন্বয় ফাইল রপ্তানি করুন।</translation>
        </message>
        <message>
            <source>Where to write the bundle (a USB stick, for example)</source>
            <translation>সমন্বয় ফাইল কোথায় লিখবেন (যেমন, একটি USB স্টিকে)</translation>
        </message>
        <message>
            <source>Exporting a bundle…</source>
            <translation>সমন্বয় ফাইল রপ্তানি করা হচ্ছে…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%nটি রেকর্ড</numerusform>
                <numerusform>%nটি রেকর্ড</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} for {receiver}, written to {path}</source>
            <translation>{receiver}-এর জন্য {records}, {path}-এ লেখা হয়েছে</translation>
        </message>
        <message>
            <source>Bundles to import</source>
            <translation>আমদানির জন্য সমন্বয় ফাইল</translation>
        </message>
        <message>
            <source>scdesk bundles (*.scdesk);;All files (*)</source>
            <translation>scdesk সমন্বয় ফাইল (*.scdesk);;সব ফাইল (*)</translation>
        </message>
        <message>
            <source>Checking the bundles…</source>
            <translation>সমন্বয় ফাইলগুলো যাচাই করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>সমন্বয় ফাইল আমদানি করা হচ্ছে…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation>
                <numerusform>%nটি ফাইল একীভূত হয়েছে</numerusform>
                <numerusform>%nটি ফাইল একীভূত হয়েছে</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation>
                <numerusform>%nটি আগেই একীভূত হয়েছে</numerusform>
                <numerusform>%nটি আগেই একীভূত হয়েছে</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%nটি প্রত্যাখ্যাত</numerusform>
                <numerusform>%nটি প্রত্যাখ্যাত</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%nটি আমদানি হয়নি</numerusform>
                <numerusform>%nটি আমদানি হয়নি</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import: {parts}.</source>
            <translation>সর্বশেষ আমদানি: {parts}।</translation>
        </message>
        <message>
            <source>Trusted now: {names}.</source>
            <translation>এখন বিশ্বস্ত: {names}।</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation>
                <numerusform>দেখার জন্য %n জোড়া সম্ভাব্য দ্বৈত তথ্য।</numerusform>
                <numerusform>দেখার জন্য %n জোড়া সম্ভাব্য দ্বৈত তথ্য।</numerusform>
            </translation>
        </message>
        <message>
            <source>merged</source>
            <translation>একীভূত হয়েছে</translation>
        </message>
        <message>
            <source>already merged</source>
            <translation>আগেই একীভূত হয়েছে</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>প্রত্যাখ্যাত</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>বাতিল</translation>
        </message>
        <message>
            <source>From {sender}.</source>
            <translation>{sender} থেকে।</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>{value} is not a {column}: use one of {choices}.</source>
            <translation>{value} কোনো বৈধ {column} নয়: {choices}-এর একটি ব্যবহার করুন।</translation>
        </message>
        <message>
            <source>{value} in {column} is not yes or no.</source>
            <translation>{column}-এ {value} হ্যাঁ বা না নয়।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a date such as 2026-01-31.</source>
            <translation>{column}-এ {value} কোনো তারিখ নয় (যেমন 2026-01-31)।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a time such as 2026-01-31 14:30 (UTC).</source>
            <translation>{column}-এ {value} কোনো সময় নয় (যেমন 2026-01-31 14:30 (UTC))।</translation>
        </message>
        <message>
            <source>{value} in {column} is not a whole number.</source>
            <translation>{column}-এ {value} কোনো পূর্ণসংখ্যা নয়।</translation>
        </message>
        <message>
            <source>{value} in {column} is not an amount such as 1500.50.</source>
            <translation>{column}-এ {value} কোনো পরিমাণ নয় (যেমন 1500.50)।</translation>
        </message>
        <message>
            <source>{value} in {column} is not an id as scdesk writes them: leave it empty for a new record.</source>
            <translation>{column}-এ {value} scdesk-এর লেখা কোনো আইডি নয়: নতুন রেকর্ডের জন্য এটি ফাঁকা রাখুন।</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: split it into smaller files.</source>
            <translation>ফাইলটি {limit} MB-এর চেয়ে বড়: এটি কয়েকটি ছোট ফাইলে ভাগ করুন।</translation>
        </message>
        <message>
            <source>{name} is not a CSV or XLSX file: save it as one of those.</source>
            <translation>{name} কোনো CSV বা XLSX ফাইল নয়: এর যেকোনো একটি হিসেবে সংরক্ষণ করুন।</translation>
        </message>
        <message>
            <source>The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>ফাইলটি UTF-8-এ নয়: আপনার স্প্রেডশিট থেকে এটি "CSV UTF-8" হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।</translation>
        </message>
        <message>
            <source>A quotation mark in this row is never closed, or has text right after it.</source>
            <translation>এই সারিতে একটি উদ্ধৃতিচিহ্ন কখনো বন্ধ হয়নি, বা ঠিক তার পরেই লেখা আছে।</translation>
        </message>
        <message>
            <source>A cell holds more than {limit} characters: look for a quotation mark that is never closed.</source>
            <translation>একটি ঘরে {limit}টির বেশি অক্ষর আছে: এমন কোনো উদ্ধৃতিচিহ্ন খুঁজুন যা বন্ধ করা হয়নি।</translation>
        </message>
        <message>
            <source>The spreadsheet declares XML entities, which spreadsheet programs never write: it is refused.</source>
            <translation>স্প্রেডশিটটিতে XML সত্তা ঘোষণা করা আছে, যা স্প্রেডশিট প্রোগ্রাম কখনো লেখে না: এটি প্রত্যাখ্যান করা হয়েছে।</translation>
        </message>
        <message>
            <source>The spreadsheet has no sheet called {table}.</source>
            <translation>স্প্রেডশিটে {table} নামে কোনো শিট নেই।</translation>
        </message>
        <message>
            <source>The zip file holds no {table}.csv.</source>
            <translation>zip ফাইলে {table}.csv নেই।</translation>
        </message>
        <message>
            <source>The file unpacks to more than {limit} MB: it is refused.</source>
            <translation>ফাইলটি খুললে {limit} MB-এর বেশি হয়: এটি প্রত্যাখ্যান করা হয়েছে।</translation>
        </message>
        <message>
            <source>The file is damaged or not a spreadsheet.</source>
            <translation>ফাইলটি ক্ষতিগ্রস্ত, অথবা এটি স্প্রেডশিট নয়।</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it.</source>
            <translation>ফাইলটিতে {limit}টির বেশি সারি আছে: এটি ভাগ করুন।</translation>
        </message>
        <message>
            <source>The first row must name the columns; it is empty.</source>
            <translation>প্রথম সারিতে কলামগুলোর নাম থাকতে হবে; এটি ফাঁকা।</translation>
        </message>
        <message>
            <source>The first row names the column "{column}" twice: keep one.</source>
            <extracomment>Translators: {column} is a column name, as the first row of the file gives it.</extracomment>
            <translation>প্রথম সারিতে "{column}" কলামের নাম দুবার আছে: একটি রাখুন।</translation>
        </message>
        <message>
            <source>The first row names no column scdesk reads: add a row of column names at the top, such as {examples}.</source>
            <extracomment>Translators: {examples} are column names, such as: id, name, name_local, country.</extracomment>
            <translation>প্রথম সারিতে scdesk পড়তে পারে এমন কোনো কলামের নাম নেই: একেবারে উপরে কলামের নামের একটি সারি যোগ করুন, যেমন {examples}।</translation>
        </message>
        <message>
            <source>A cell holds a NUL character, which is not text: save the file again from your spreadsheet program.</source>
            <translation>একটি ঘরে NUL অক্ষর আছে, যা লেখা নয়: আপনার স্প্রেডশিট প্রোগ্রাম থেকে ফাইলটি আবার সংরক্ষণ করুন।</translation>
        </message>
        <message>
            <source>The row has {cells} cells but the first row names only {columns} columns: name every column, and put a cell that holds a comma in quotation marks.</source>
            <extracomment>Translators: {cells} and {columns} are numbers of cells in one row.</extracomment>
            <translation>সারিটিতে {cells}টি ঘর আছে, কিন্তু প্রথম সারিতে মাত্র {columns}টি কলামের নাম আছে: প্রতিটি কলামের নাম দিন, এবং যে ঘরে কমা আছে তা উদ্ধৃতিচিহ্নের মধ্যে রাখুন।</translation>
        </message>
        <message>
            <source>This person is listed already, in row {row}.</source>
            <translation>এই ব্যক্তি {row} নম্বর সারিতে আগেই তালিকাভুক্ত।</translation>
        </message>
        <message>
            <source>This seat is on another committee: leave its id empty to seat the person on this one.</source>
            <translation>এই সদস্যপদটি অন্য একটি কমিটির: ব্যক্তিকে এই কমিটিতে যুক্ত করতে এর আইডি ফাঁকা রাখুন।</translation>
        </message>
        <message>
            <source>Give the committee (committee_id or committee) and the person (person_id or person).</source>
            <translation>কমিটি (committee_id বা committee) এবং ব্যক্তি (person_id বা person) দিন।</translation>
        </message>
        <message>
            <source>Fill {column}: a new record needs it.</source>
            <extracomment>Translators: {column} is the name of a column of the spreadsheet.</extracomment>
            <translation>{column} পূরণ করুন: নতুন রেকর্ডের জন্য এটি লাগবে।</translation>
        </message>
        <message>
            <source>No single record called {name} is recorded here: give its {column}.</source>
            <extracomment>Translators: {name} is what the cell holds, {column} the column that takes the record's id.</extracomment>
            <translation>{name} নামে ঠিক একটি রেকর্ড এখানে নথিভুক্ত নেই: এর {column} দিন।</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found; {first}</source>
            <translation>
                <numerusform>কিছুই আমদানি করা হয়নি: %nটি সমস্যা পাওয়া গেছে; {first}</numerusform>
                <numerusform>কিছুই আমদানি করা হয়নি: %nটি সমস্যা পাওয়া গেছে; {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which meeting or which activity the attendance is for.</source>
            <translation>উপস্থিতিটি কোন সভা বা কোন কার্যক্রমের জন্য, তা বলুন।</translation>
        </message>
        <message>
            <source>This row's id belongs to a part of another version: leave it empty to add the part to this one.</source>
            <translation>এই সারির আইডি অন্য একটি সংস্করণের অংশের: এই সংস্করণে অংশটি যোগ করতে আইডি ফাঁকা রাখুন।</translation>
        </message>
        <message>
            <source>the file: {message}</source>
            <translation>ফাইল: {message}</translation>
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <extracomment>Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.</extracomment>
            <translation>{sheet}, সারি {row}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <extracomment>Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong with it.</extracomment>
            <translation>সারি {row}: {message}</translation>
        </message>
        <message>
            <source>More than one person called {name} with this birth year and city is recorded: give the person's id.</source>
            <translation>এই জন্মসাল ও শহরের {name} নামে একাধিক ব্যক্তি নথিভুক্ত আছেন: ব্যক্তির আইডি দিন।</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its city_id.</source>
            <translation>{name} নামে একাধিক শহর আছে: এর city_id দিন।</translation>
        </message>
        <message>
            <source>No single organisation called {name} is recorded here: give its organisation_id.</source>
            <translation>{name} নামে ঠিক একটি প্রতিষ্ঠান এখানে নথিভুক্ত নেই: এর organisation_id দিন।</translation>
        </message>
        <message>
            <source>No single indicator has the code {code}: give its indicator_id.</source>
            <extracomment>Translators: {code} is what the cell holds, an indicator's code such as OP1.2.</extracomment>
            <translation>{code} কোডে ঠিক একটি সূচক নেই: এর indicator_id দিন।</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>ফিরিয়ে আনুন (&amp;R)</translation>
        </message>
        <message>
            <source>Restore the selected record</source>
            <translation>বাছাই করা রেকর্ডটি ফিরিয়ে আনুন</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>আবর্জনা ঝুড়ি</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>মুছে ফেলার তারিখ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ধরন</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>রেকর্ড</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>সব ধরন</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>মুছে ফেলা %nটি রেকর্ড</numerusform>
                <numerusform>মুছে ফেলা %nটি রেকর্ড</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>ফিরিয়ে আনা হয়েছে: {label}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>ফিরিয়ে আনা হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>VersionBox</name>
        <message>
            <source>Version</source>
            <translation>সংস্করণ</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>সংস্করণ (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>খুলুন (&amp;O)</translation>
        </message>
        <message>
            <source>A&amp;dopt</source>
            <translation>গ্রহণ করুন (&amp;D)</translation>
        </message>
        <message>
            <source>Publish this draft: the version adopted before it is kept, superseded, and stays readable.</source>
            <translation>এই খসড়াটি প্রকাশ করুন: এর আগে গৃহীত সংস্করণটি প্রতিস্থাপিত হিসেবে রাখা হবে এবং পড়া যাবে।</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>নতুন সংস্করণ (&amp;N)</translation>
        </message>
        <message>
            <source>Start a draft copy of this version to edit.</source>
            <translation>সম্পাদনার জন্য এই সংস্করণের একটি খসড়া অনুলিপি শুরু করুন।</translation>
        </message>
        <message>
            <source>&amp;Start one</source>
            <translation>একটি শুরু করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Version {number} · {status} · {title}</source>
            <translation>সংস্করণ {number} · {status} · {title}</translation>
        </message>
        <message>
            <source>None yet: start one for this city.</source>
            <translation>এখনো নেই: এই শহরের জন্য একটি শুরু করুন।</translation>
        </message>
        <message>
            <source>A draft: open it to edit, adopt it to publish it.</source>
            <translation>একটি খসড়া: সম্পাদনা করতে খুলুন, প্রকাশ করতে গ্রহণ করুন।</translation>
        </message>
        <message>
            <source>Adopted on {day}: it opens read-only; start a new version to change it.</source>
            <translation>{day} তারিখে গৃহীত: এটি শুধু পড়ার জন্য খোলে; বদলাতে একটি নতুন সংস্করণ শুরু করুন।</translation>
        </message>
        <message>
            <source>Superseded by a later version: kept as it was, it opens read-only.</source>
            <translation>পরবর্তী একটি সংস্করণ দিয়ে প্রতিস্থাপিত: যেমন ছিল তেমন রাখা হয়েছে, এটি শুধু পড়ার জন্য খোলে।</translation>
        </message>
    </context>
</TS>
