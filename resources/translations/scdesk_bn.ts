<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD" sourcelanguage="en">
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
    <message>
        <source>Sri Lanka</source>
        <translation>শ্রীলঙ্কা</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Events held</source>
        <translation>অনুষ্ঠিত কার্যক্রম</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged</source>
        <translation>যুক্ত মেয়র ও স্থানীয় নেতা</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>সদস্য শহর</translation>
    </message>
    <message>
        <source>People engaged</source>
        <translation>যুক্ত মানুষ</translation>
    </message>
    <message>
        <source>Youth reached (under 25)</source>
        <translation>যে তরুণদের কাছে পৌঁছানো হয়েছে (25-এর কম)</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>বয়সের শ্রেণি</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>অন্য লিঙ্গ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>civil society</source>
        <translation>নাগরিক সমাজ</translation>
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
        <source>country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>প্রতিবন্ধিতা</translation>
    </message>
    <message>
        <source>displaced person</source>
        <translation>বাস্তুচ্যুত ব্যক্তি</translation>
    </message>
    <message>
        <source>ethnic minority</source>
        <translation>নৃতাত্ত্বিক সংখ্যালঘু</translation>
    </message>
    <message>
        <source>female</source>
        <translation>নারী</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>লিঙ্গ</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>male</source>
        <translation>পুরুষ</translation>
    </message>
    <message>
        <source>marginalised group</source>
        <translation>প্রান্তিক গোষ্ঠী</translation>
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
        <source>no group recorded</source>
        <translation>কোনো গোষ্ঠী নথিভুক্ত নেই</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>নথিভুক্ত নয়</translation>
    </message>
    <message>
        <source>other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <source>police</source>
        <translation>পুলিশ</translation>
    </message>
    <message>
        <source>prefer not to say</source>
        <translation>বলতে চান না</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>শরণার্থী</translation>
    </message>
    <message>
        <source>religious leader</source>
        <translation>ধর্মীয় নেতা</translation>
    </message>
    <message>
        <source>religious minority</source>
        <translation>ধর্মীয় সংখ্যালঘু</translation>
    </message>
    <message>
        <source>roundtable</source>
        <translation>গোলটেবিল বৈঠক</translation>
    </message>
    <message>
        <source>stakeholder type</source>
        <translation>অংশীজনের ধরন</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>শীর্ষ সম্মেলন</translation>
    </message>
    <message>
        <source>training</source>
        <translation>প্রশিক্ষণ</translation>
    </message>
    <message>
        <source>under 15</source>
        <translation>15-এর কম</translation>
    </message>
    <message>
        <source>women's group</source>
        <translation>নারী সংগঠন</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>কর্মশালা</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>তরুণ</translation>
    </message>
    <message>
        <source>youth activity</source>
        <translation>তরুণদের কার্যক্রম</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>প্রদত্ত অনুদান</translation>
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
    <name>Months</name>
    <message>
        <source>April</source>
        <translation>এপ্রিল</translation>
    </message>
    <message>
        <source>August</source>
        <translation>আগস্ট</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ডিসেম্বর</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ফেব্রুয়ারি</translation>
    </message>
    <message>
        <source>January</source>
        <translation>জানুয়ারি</translation>
    </message>
    <message>
        <source>July</source>
        <translation>জুলাই</translation>
    </message>
    <message>
        <source>June</source>
        <translation>জুন</translation>
    </message>
    <message>
        <source>March</source>
        <translation>মার্চ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>মে</translation>
    </message>
    <message>
        <source>November</source>
        <translation>নভেম্বর</translation>
    </message>
    <message>
        <source>October</source>
        <translation>অক্টোবর</translation>
    </message>
    <message>
        <source>September</source>
        <translation>সেপ্টেম্বর</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n দিন দেরি</numerusform>
            <numerusform>%n দিন দেরি</numerusform>
        </translation>
    </message>
    <message>
        <source>(agreed on {date})</source>
        <translation>({date} তারিখে স্থির)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(নাম উল্লেখ করা হয়নি)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>কৃতজ্ঞতা</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>করণীয়</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>করণীয় অনুসরণ তালিকা</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>করণীয়সমূহ</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>গৃহীত হওয়ার তারিখ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>বয়সের শ্রেণি</translation>
    </message>
    <message>
        <source>Agenda and discussion</source>
        <translation>আলোচ্যসূচি ও আলোচনা</translation>
    </message>
    <message>
        <source>Agreed at the meeting of</source>
        <translation>যে সভায় গৃহীত</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>স্থির হওয়ার তারিখ</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>সব কমিটি</translation>
    </message>
    <message>
        <source>All member cities</source>
        <translation>সব সদস্য শহর</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>সব রেকর্ড</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>সংশোধনী</translation>
    </message>
    <message>
        <source>Amendments since approval</source>
        <translation>অনুমোদনের পরের সংশোধনী</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>অনুপস্থিতির আগাম বার্তা</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>উপস্থিতি</translation>
    </message>
    <message>
        <source>Before this report left the hub, people who withdrew their consent were left out, and counts from 1 to 4 were replaced by &lt;5, together with the next smallest count wherever a hidden count could be worked out by subtraction. Zeros are shown.</source>
        <translation>এই প্রতিবেদন কেন্দ্রের বাইরে পাঠানোর আগে সম্মতি প্রত্যাহারকারীদের বাদ দেওয়া হয়েছে, এবং 1 থেকে 4 পর্যন্ত গণনার জায়গায় &lt;5 লেখা হয়েছে; যেখানে বিয়োগ করে কোনো লুকানো গণনা বের করা যেত, সেখানে পরের সবচেয়ে ছোট গণনাটিও লুকানো হয়েছে। শূন্য দেখানো হয়েছে।</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>বয়সের শ্রেণি অনুযায়ী</translation>
    </message>
    <message>
        <source>By age band and gender</source>
        <translation>বয়সের শ্রেণি ও লিঙ্গ অনুযায়ী</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>জনগোষ্ঠী অনুযায়ী</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>লিঙ্গ অনুযায়ী</translation>
    </message>
    <message>
        <source>By {dimension}</source>
        <translation>{dimension} অনুযায়ী</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>সভাপতি</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>নগর পরিকল্পনা</translation>
    </message>
    <message>
        <source>Coaches and facilitators</source>
        <translation>কোচ ও সহায়ক</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>কমিটি</translation>
    </message>
    <message>
        <source>Communities affected</source>
        <translation>ক্ষতিগ্রস্ত জনগোষ্ঠী</translation>
    </message>
    <message>
        <source>Communities taking part</source>
        <translation>অংশগ্রহণকারী জনগোষ্ঠী</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>জনগোষ্ঠী</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>সম্মতি</translation>
    </message>
    <message>
        <source>Counted without names</source>
        <translation>নাম ছাড়া গণনা</translation>
    </message>
    <message>
        <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
        <translation>নাম ছাড়া গণনা (বড় অনুষ্ঠানের জন্য): নারী {blank}, পুরুষ {blank}, অন্যান্য {blank}; মোট {blank}।</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>গণনা</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, with the next smallest count where it would reveal them.</source>
        <translation>1 থেকে 4 পর্যন্ত গণনা &lt;5 হিসেবে দেখানো হয়েছে, এবং যেখানে পরের সবচেয়ে ছোট গণনা সেগুলো প্রকাশ করে দিত, সেটিও।</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>তারিখসমূহ</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>সিদ্ধান্ত</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>আলোচনা</translation>
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
        <source>Drawn from</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>নির্ধারিত তারিখ</translation>
    </message>
    <message>
        <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
        <translation>প্রত্যেক ব্যক্তিকে প্রতিটি বিভাজনের একটি ঘরে গণনা করা হয়: তাঁর লিঙ্গ ও ধরন, তাঁর সর্বশেষ অনুষ্ঠানের সময়ের বয়সের শ্রেণি, এবং তাঁর নিজের শহর (অথবা সেই অনুষ্ঠানের শহর)। একজন ব্যক্তি একাধিক প্রান্তিক গোষ্ঠীর অন্তর্ভুক্ত হতে পারেন, তাই সেই বিভাজনের যোগফল মোটের চেয়ে বেশি হতে পারে।</translation>
    </message>
    <message>
        <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
        <translation>অনুষ্ঠিত কার্যক্রম: অনুষ্ঠিত হিসেবে চিহ্নিত সব ধরনের সভা যা এই সময়ে শুরু হয়েছে, এবং অনুষ্ঠিত হিসেবে চিহ্নিত তরুণদের কার্যক্রম যার তারিখ এই সময়ের সঙ্গে মেলে। পরিকল্পিত, বাতিল ও মুছে ফেলা কার্যক্রম গণনা করা হয় না।</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>সহায়ক</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>পরিসংখ্যান</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>সম্ভাব্য দ্বৈত তথ্য</translation>
    </message>
    <message>
        <source>{count} not settled yet: a person, event or city may be counted twice.</source>
        <translation>{count}টি এখনও মীমাংসা হয়নি: কোনো ব্যক্তি, অনুষ্ঠান বা শহর দুবার গোনা হতে পারে।</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>পর্যালোচনাধীন</translation>
    </message>
    <message>
        <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
        <translation>দুটি যন্ত্রে একসঙ্গে বদলানো {count}টি রেকর্ড পর্যালোচনার অপেক্ষায় আছে; সেগুলি বর্তমান অবস্থাতেই গণনা করা হয়েছে।</translation>
    </message>
    <message>
        <source>For the hub's own use: no counts are suppressed.</source>
        <translation>কেন্দ্রের নিজস্ব ব্যবহারের জন্য: কোনো গণনা লুকানো হয়নি।</translation>
    </message>
    <message>
        <source>For use outside the hub: counts under 5 are suppressed.</source>
        <translation>কেন্দ্রের বাইরে ব্যবহারের জন্য: 5-এর কম গণনা লুকানো হয়েছে।</translation>
    </message>
    <message>
        <source>From</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>লিঙ্গ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>গোষ্ঠী</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>অতিথি</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>মূল বিষয়</translation>
    </message>
    <message>
        <source>How each figure was counted</source>
        <translation>প্রতিটি পরিসংখ্যান কীভাবে গণনা করা হয়েছে</translation>
    </message>
    <message>
        <source>I agree to take part</source>
        <translation>আমি অংশ নিতে সম্মত</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>প্রভাব</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>আমন্ত্রিত</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>মূল পরিসংখ্যান</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>কার্যক্রমের ধরন</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>অনুষ্ঠানের ধরন</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>সভার ধরন</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>সম্ভাবনা</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
        <translation>যুক্ত মেয়র ও স্থানীয় নেতা: যুক্ত মানুষদের মধ্যে যাঁরা মেয়র বা স্থানীয় নেতা হিসেবে নথিভুক্ত।</translation>
    </message>
    <message>
        <source>Meetings outside a committee</source>
        <translation>কমিটির বাইরের সভা</translation>
    </message>
    <message>
        <source>{title} (plan version {number})</source>
        <translation>{title} (পরিকল্পনার সংস্করণ {number})</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
        <translation>সদস্য শহর: সদস্য হিসেবে চিহ্নিত যে শহরগুলো সময়ের শেষ নাগাদ নেটওয়ার্কে যোগ দিয়েছে, অথবা যাদের যোগদানের তারিখ নথিভুক্ত নেই।</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>কার্যবিবরণী</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>আগের সভার কার্যবিবরণী</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>নামসহ উপস্থিত: {named}; নাম ছাড়া গণনা: {anonymous}; মোট: {total}।</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>পরবর্তী সভা</translation>
    </message>
    <message>
        <source>No actions are open.</source>
        <translation>কোনো করণীয় বাকি নেই।</translation>
    </message>
    <message>
        <source>No actions are planned yet.</source>
        <translation>এখনো কোনো করণীয় পরিকল্পনা করা হয়নি।</translation>
    </message>
    <message>
        <source>No actions were agreed or carried over.</source>
        <translation>কোনো করণীয় স্থির বা পরের সভায় নেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>No agenda items were recorded.</source>
        <translation>আলোচ্যসূচির কোনো বিষয় নথিভুক্ত নেই।</translation>
    </message>
    <message>
        <source>No earlier minutes were approved at this meeting.</source>
        <translation>এই সভায় আগের কোনো কার্যবিবরণী অনুমোদিত হয়নি।</translation>
    </message>
    <message>
        <source>No prevention plan is recorded for this city.</source>
        <translation>এই শহরের কোনো প্রতিরোধ পরিকল্পনা নথিভুক্ত নেই।</translation>
    </message>
    <message>
        <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
        <translation>এই কমিটির কোনো কোরাম নথিভুক্ত নেই; এর {members} জন ভোটাধিকারী সদস্যের মধ্যে {present} জন উপস্থিত ছিলেন।</translation>
    </message>
    <message>
        <source>No risk profile is recorded for this city.</source>
        <translation>এই শহরের কোনো ঝুঁকি-চিত্র নথিভুক্ত নেই।</translation>
    </message>
    <message>
        <source>No sessions are recorded.</source>
        <translation>কোনো সেশন নথিভুক্ত নেই।</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>নেই।</translation>
    </message>
    <message>
        <source>Not named here, at their request: {count}.</source>
        <translation>তাঁদের অনুরোধে এখানে নাম উল্লেখ করা হয়নি: {count}।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>উদ্দেশ্য</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>উদ্দেশ্যসমূহ</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>পর্যবেক্ষক</translation>
    </message>
    <message>
        <source>Open actions: {open}, of which overdue: {overdue}.</source>
        <translation>বাকি করণীয়: {open}, এর মধ্যে মেয়াদোত্তীর্ণ: {overdue}।</translation>
    </message>
    <message>
        <source>Organisation or title</source>
        <translation>প্রতিষ্ঠান বা পদ</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>পৃষ্ঠা {page} / {pages}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>অংশগ্রহণকারী</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>অংশগ্রহণ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>মানুষ</translation>
    </message>
    <message>
        <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
        <translation>যুক্ত মানুষ: ওই সভাগুলোতে উপস্থিত, ওই কার্যক্রমে নিবন্ধিত বা সেগুলোতে প্রশিক্ষণদানকারী ভিন্ন ভিন্ন মানুষ, এবং নাম ছাড়া গণনা করা মানুষ। একজন মানুষ যত অনুষ্ঠানেই আসুন এবং যে যন্ত্রেই নথিভুক্ত হোন, একবারই গণনা করা হয়। অনুপস্থিতির আগাম বার্তা, অনুপস্থিতি ও আমন্ত্রণ গণনা করা হয় না।</translation>
    </message>
    <message>
        <source>People who took part: {total}.</source>
        <translation>অংশগ্রহণকারী: {total}।</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>সময়কাল</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
        <translation>অনুগ্রহ করে আপনার নাম লিখুন, আপনার লিঙ্গ ও বয়সের শ্রেণিতে টিক দিন, এবং স্বাক্ষর করুন। "আমি অংশ নিতে সম্মত"-এ টিক দেওয়ার অর্থ আপনার উপস্থিতি নথিভুক্ত করায় আপনি সম্মত; "ছবি"-তে টিক দেওয়ার অর্থ আপনি ছবিতে থাকতে পারেন। 18 বছরের কম বয়সী যে কারও জন্য মা-বাবা বা অভিভাবক টিক দিয়ে স্বাক্ষর করবেন।</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <source>Present ({count})</source>
        <translation>উপস্থিত ({count})</translation>
    </message>
    <message>
        <source>Presented by {name}</source>
        <translation>উপস্থাপক: {name}</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>প্রতিরোধ পরিকল্পনা</translation>
    </message>
    <message>
        <source>Printed from scdesk on {date}</source>
        <translation>scdesk থেকে {date} তারিখে মুদ্রিত</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
        <translation>কোরাম: {quorum} জন ভোটাধিকারী সদস্য। {members} জনের মধ্যে মাত্র {present} জন উপস্থিত ছিলেন, তাই কোরাম পূর্ণ হয়নি এবং সভার সিদ্ধান্তগুলো নিশ্চিত করতে হবে।</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
        <translation>কোরাম: {quorum} জন ভোটাধিকারী সদস্য। {members} জনের মধ্যে {present} জন উপস্থিত ছিলেন, তাই কোরাম পূর্ণ হয়েছিল।</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>নামসহ নিবন্ধিত: {named}; নাম ছাড়া গণনা: {anonymous}; মোট: {total}।</translation>
    </message>
    <message>
        <source>Reports are printed in {languages}; {language} is not one of them.</source>
        <translation>প্রতিবেদন {languages} ভাষায় ছাপা হয়; {language} তার মধ্যে নেই।</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>পর্যালোচনার তারিখ</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>ঝুঁকি-চিত্র</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ভূমিকা</translation>
    </message>
    <message>
        <source>Role, organisation or community</source>
        <translation>ভূমিকা, প্রতিষ্ঠান বা জনগোষ্ঠী</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>সম্পাদক</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>সেশন ({count})</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>হাজিরা খাতা</translation>
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
        <source>Speaker</source>
        <translation>বক্তা</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>সারসংক্ষেপ</translation>
    </message>
    <message>
        <source>The date of the next meeting is not yet set.</source>
        <translation>পরবর্তী সভার তারিখ এখনো ঠিক হয়নি।</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>পরিসংখ্যান</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {date} were approved as a true record.</source>
        <translation>{date} তারিখের সভার কার্যবিবরণী সঠিক বিবরণ হিসেবে অনুমোদিত হয়েছে।</translation>
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
        <source>This record no longer exists here: it may have been deleted.</source>
        <translation>এই রেকর্ড আর এখানে নেই: সম্ভবত এটি মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>সংস্করণ</translation>
    </message>
    <message>
        <source>Version {number}, {status}</source>
        <translation>সংস্করণ {number}, {status}</translation>
    </message>
    <message>
        <source>Youth activity report</source>
        <translation>তরুণদের কার্যক্রমের প্রতিবেদন</translation>
    </message>
    <message>
        <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
        <translation>যে তরুণদের কাছে পৌঁছানো হয়েছে: যুক্ত মানুষদের মধ্যে যাঁদের বয়স এই সময়ের শেষ অনুষ্ঠানের সময় 25 বছরের কম ছিল, এবং 25-এর কম বয়সের শ্রেণিতে নাম ছাড়া গণনা করা মানুষ।</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>গৃহীত</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>বয়স নথিভুক্ত নয়</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>অনুমোদিত</translation>
    </message>
    <message>
        <source>arts</source>
        <translation>শিল্পকলা</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>পরবর্তীতে নেওয়া</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>বিতরণকৃত</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>কোচ</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>কমিটি</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>বিলম্বিত</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>সংলাপ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>বাদ দেওয়া</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>সহায়ক</translation>
    </message>
    <message>
        <source>held</source>
        <translation>অনুষ্ঠিত</translation>
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
        <source>liaison committee</source>
        <translation>যোগাযোগ কমিটি</translation>
    </message>
    <message>
        <source>local prevention committee</source>
        <translation>স্থানীয় প্রতিরোধ কমিটি</translation>
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
        <source>open</source>
        <translation>বাকি</translation>
    </message>
    <message>
        <source>open on {date}</source>
        <translation>{date} পর্যন্ত বাকি</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>অন্যান্য কার্যক্রম</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>মেয়াদোত্তীর্ণ</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>পরিকল্পিত</translation>
    </message>
    <message>
        <source>protective factor</source>
        <translation>সুরক্ষামূলক উপাদান</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>ঝুঁকির উপাদান</translation>
    </message>
    <message>
        <source>sports</source>
        <translation>খেলাধুলা</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>প্রতিস্থাপিত</translation>
    </message>
    <message>
        <source>the first records</source>
        <translation>প্রথম রেকর্ড</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>হুমকি</translation>
    </message>
    <message>
        <source>today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>training</source>
        <translation>প্রশিক্ষণ</translation>
    </message>
    <message>
        <source>{date} at {time}, {venue}.</source>
        <translation>{date}, {time}-এ, {venue}।</translation>
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
        <translation>{mayors} জন মেয়র ও স্থানীয় নেতা অংশ নিয়েছেন।</translation>
    </message>
    <message>
        <source>{people} people took part in {events} events held in {cities} cities.</source>
        <translation>{cities}টি শহরে অনুষ্ঠিত {events}টি কার্যক্রমে {people} জন অংশ নিয়েছেন।</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} থেকে {end}</translation>
    </message>
    <message>
        <source>{women} of them were women and girls ({share}%).</source>
        <translation>তাঁদের মধ্যে {women} জন নারী ও মেয়েশিশু ({share}%)।</translation>
    </message>
    <message>
        <source>{youth} young people under 25 were reached.</source>
        <translation>25 বছরের কম বয়সী {youth} জন তরুণের কাছে পৌঁছানো হয়েছে।</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>প্রকৃত</translation>
    </message>
    <message>
        <source>Actual against target</source>
        <translation>লক্ষ্যের তুলনায় প্রকৃত</translation>
    </message>
    <message>
        <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
        <translation>প্রকৃত মান কখনো হাতে লেখা হয় না: মূল পরিসংখ্যানের একই নিয়মে, প্রতিটি লক্ষ্যের নিজস্ব সময়কাল ও শহরের জন্য, নথি থেকে সেগুলো গোনা হয়। লক্ষ্য একটি সময়কাল ও একটি শহরের জন্য, অথবা সব সদস্য শহরের জন্য ঠিক করা হয়; বিভাজনগুলো দেখায় প্রকৃত মান কীভাবে ভাগ হয়।</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ভিত্তিরেখা</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>বিভাজন</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>গণনার নিয়ম</translation>
    </message>
    <message>
        <source>How the actual values were counted</source>
        <translation>প্রকৃত মান কীভাবে গোনা হয়েছে</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>সূচক</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>মূল পরিসংখ্যান</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>স্তর</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>কোনো সূচক নথিভুক্ত নেই।</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>লক্ষ্যের অংশ</translation>
    </message>
    <message>
        <source>Period and city</source>
        <translation>সময়কাল ও শহর</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>লক্ষ্য</translation>
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
        <source>outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>output</source>
        <translation>আউটপুট</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>দেওয়া পরামর্শ</translation>
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
        <source>Expert advice</source>
        <translation>বিশেষজ্ঞ পরামর্শ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>পর্যবেক্ষণ</translation>
    </message>
    <message>
        <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
        <translation>এই সময়কালে অনুষ্ঠিত পরামর্শ সভাগুলোতে জাতীয়-স্থানীয় সহযোগিতা নিয়ে ওঠা পর্যবেক্ষণ।</translation>
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
        <source>Raised with national bodies</source>
        <translation>জাতীয় সংস্থার কাছে উত্থাপিত বিষয়</translation>
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
        <source>Grants</source>
        <translation>অনুদান</translation>
    </message>
    <message>
        <source>National-local cooperation</source>
        <translation>জাতীয়-স্থানীয় সহযোগিতা</translation>
    </message>
    <message>
        <source>No support was given in this period.</source>
        <translation>এই সময়কালে কোনো সহায়তা দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>দেওয়া সহায়তা</translation>
    </message>
    <message>
        <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
        <translation>দেওয়া সহায়তা: যে অনুদানগুলোর তারিখ, শুরু (বা অনুমোদন) থেকে শেষ পর্যন্ত, এই সময়কালের সঙ্গে মেলে, এবং এই সময়কালে দেওয়া বিশেষজ্ঞ পরামর্শ। পরিমাণগুলো রূপান্তর না করে প্রতিটি মুদ্রায় আলাদাভাবে যোগ করা হয়।</translation>
    </message>
    <message>
        <source>Technical support grants</source>
        <translation>কারিগরি সহায়তা অনুদান</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>মোট</translation>
    </message>
    <message>
        <source>Total, cancelled grants left out</source>
        <translation>মোট, বাতিল অনুদান বাদে</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>বিতরণ করা</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>প্রস্তাবিত</translation>
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
        <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
        <translation>ঘোষিত বিভাজনের একটি শ্রেণির জন্যও লক্ষ্য ঠিক করা যায়, যেমন নারী বা যুব। প্রদত্ত অনুদান হলো দেওয়া সহায়তার অনুদান, বাতিলগুলো বাদে।</translation>
    </message>
</context>
</TS>
