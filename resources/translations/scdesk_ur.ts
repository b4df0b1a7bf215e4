<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>بنگلہ دیش</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>بھوٹان</translation>
    </message>
    <message>
        <source>India</source>
        <translation>بھارت</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>مالدیپ</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>نیپال</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>پاکستان</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>سری لنکا</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>15 to 17</source>
        <translation>15 سے 17</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 سے 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25 سے 34</translation>
    </message>
    <message>
        <source>35 to 49</source>
        <translation>35 سے 49</translation>
    </message>
    <message>
        <source>50 to 64</source>
        <translation>50 سے 64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 اور زائد</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>منعقدہ تقریبات</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged</source>
        <translation>شریک میئر اور مقامی رہنما</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>رکن شہر</translation>
    </message>
    <message>
        <source>People engaged</source>
        <translation>شریک افراد</translation>
    </message>
    <message>
        <source>Youth reached (under 25)</source>
        <translation>جن نوجوانوں تک رسائی ہوئی (25 سے کم عمر)</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>عمر کا گروپ</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>دیگر صنف</translation>
    </message>
    <message>
        <source>city</source>
        <translation>شہر</translation>
    </message>
    <message>
        <source>civil society</source>
        <translation>سول سوسائٹی</translation>
    </message>
    <message>
        <source>committee meeting</source>
        <translation>کمیٹی کا اجلاس</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>مشاورت</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>معذوری</translation>
    </message>
    <message>
        <source>displaced person</source>
        <translation>بے گھر فرد</translation>
    </message>
    <message>
        <source>ethnic minority</source>
        <translation>نسلی اقلیت</translation>
    </message>
    <message>
        <source>female</source>
        <translation>خاتون</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>صنف</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>marginalised group</source>
        <translation>پسماندہ گروہ</translation>
    </message>
    <message>
        <source>mayor or local leader</source>
        <translation>میئر یا مقامی رہنما</translation>
    </message>
    <message>
        <source>municipal official</source>
        <translation>بلدیاتی اہلکار</translation>
    </message>
    <message>
        <source>national official</source>
        <translation>قومی سرکاری اہلکار</translation>
    </message>
    <message>
        <source>no group recorded</source>
        <translation>کوئی گروہ درج نہیں</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>police</source>
        <translation>پولیس</translation>
    </message>
    <message>
        <source>prefer not to say</source>
        <translation>بتانا نہیں چاہتے</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>پناہ گزین</translation>
    </message>
    <message>
        <source>religious leader</source>
        <translation>مذہبی رہنما</translation>
    </message>
    <message>
        <source>religious minority</source>
        <translation>مذہبی اقلیت</translation>
    </message>
    <message>
        <source>roundtable</source>
        <translation>گول میز کانفرنس</translation>
    </message>
    <message>
        <source>stakeholder type</source>
        <translation>فریق کی قسم</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>سربراہی اجلاس</translation>
    </message>
    <message>
        <source>training</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <source>under 15</source>
        <translation>15 سے کم</translation>
    </message>
    <message>
        <source>women's group</source>
        <translation>خواتین کا گروہ</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>ورکشاپ</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>نوجوان</translation>
    </message>
    <message>
        <source>youth activity</source>
        <translation>نوجوانوں کی سرگرمی</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>دی گئی گرانٹس</translation>
    </message>
    <message>
        <source>grant status</source>
        <translation>گرانٹ کی حیثیت</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>کرنسی</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>April</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <source>August</source>
        <translation>اگست</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فروری</translation>
    </message>
    <message>
        <source>January</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <source>July</source>
        <translation>جولائی</translation>
    </message>
    <message>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مئی</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ستمبر</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n دن کی تاخیر</numerusform>
            <numerusform>%n دن کی تاخیر</numerusform>
        </translation>
    </message>
    <message>
        <source>(agreed on {date})</source>
        <translation>({date} کو طے پایا)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(نام درج نہیں)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>اظہارِ تشکر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>اقدامات کا جائزہ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>منظوری کی تاریخ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>عمر کا گروپ</translation>
    </message>
    <message>
        <source>Agenda and discussion</source>
        <translation>ایجنڈا اور بحث</translation>
    </message>
    <message>
        <source>Agreed at the meeting of</source>
        <translation>جس اجلاس میں منظور ہوئی</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>طے ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>تمام کمیٹیاں</translation>
    </message>
    <message>
        <source>All member cities</source>
        <translation>تمام رکن شہر</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>تمام ریکارڈ</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>ترمیم</translation>
    </message>
    <message>
        <source>Amendments since approval</source>
        <translation>منظوری کے بعد کی ترامیم</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>معذرت کی اطلاع</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Before this report left the hub, people who withdrew their consent were left out, and counts from 1 to 4 were replaced by &lt;5, together with the next smallest count wherever a hidden count could be worked out by subtraction. Zeros are shown.</source>
        <translation>یہ رپورٹ مرکز سے باہر بھیجنے سے پہلے اپنی رضامندی واپس لینے والے افراد کو شامل نہیں کیا گیا، اور 1 سے 4 تک کی گنتی کی جگہ &lt;5 لکھا گیا؛ جہاں منہا کر کے کوئی چھپی ہوئی گنتی معلوم کی جا سکتی تھی، وہاں اگلی سب سے چھوٹی گنتی بھی چھپائی گئی۔ صفر دکھائے گئے ہیں۔</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>عمر کے گروپ کے لحاظ سے</translation>
    </message>
    <message>
        <source>By age band and gender</source>
        <translation>عمر کے گروپ اور صنف کے لحاظ سے</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>کمیونٹی کے لحاظ سے</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>صنف کے لحاظ سے</translation>
    </message>
    <message>
        <source>By {dimension}</source>
        <translation>{dimension} کے لحاظ سے</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>صدر</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>شہر کا منصوبہ</translation>
    </message>
    <message>
        <source>Coaches and facilitators</source>
        <translation>کوچ اور سہولت کار</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>کمیٹی</translation>
    </message>
    <message>
        <source>Communities affected</source>
        <translation>متاثرہ کمیونٹیز</translation>
    </message>
    <message>
        <source>Communities taking part</source>
        <translation>شریک کمیونٹیز</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>کمیونٹی</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>Counted without names</source>
        <translation>بغیر نام گنے گئے</translation>
    </message>
    <message>
        <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
        <translation>بغیر نام گنتی (بڑی تقریبات کے لیے): خواتین {blank}، مرد {blank}، دیگر {blank}؛ کل {blank}۔</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>گنتی</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, with the next smallest count where it would reveal them.</source>
        <translation>1 سے 4 تک کی گنتی &lt;5 کے طور پر دکھائی گئی ہے، اور جہاں اگلی سب سے چھوٹی گنتی انہیں ظاہر کر سکتی تھی، وہ بھی۔</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>فیصلے</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Draft minutes, circulated on {date}; not yet approved.</source>
        <translation>روداد کا مسودہ، {date} کو تقسیم کیا گیا؛ ابھی منظور نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Draft minutes: not yet circulated or approved.</source>
        <translation>روداد کا مسودہ: ابھی نہ تقسیم ہوا نہ منظور۔</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
        <translation>ہر فرد ہر تقسیم کے ایک خانے میں گنا جاتا ہے: اپنی صنف اور قسم، اپنی آخری تقریب کے وقت عمر کا گروپ، اور اپنا شہر (یا اس تقریب کا شہر)۔ ایک فرد کئی پسماندہ گروہوں سے تعلق رکھ سکتا ہے، اس لیے اس تقسیم کا مجموعہ کل تعداد سے زیادہ ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
        <translation>منعقدہ تقریبات: ہر قسم کے وہ اجلاس جو منعقدہ درج ہیں اور اس مدت میں شروع ہوئے، اور نوجوانوں کی وہ سرگرمیاں جو منعقدہ درج ہیں اور جن کی تاریخیں اس مدت سے ملتی ہیں۔ طے شدہ، منسوخ اور حذف شدہ تقریبات شمار نہیں ہوتیں۔</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>ممکنہ دہرے اندراجات</translation>
    </message>
    <message>
        <source>{count} not settled yet: a person, event or city may be counted twice.</source>
        <translation>{count} ابھی طے نہیں ہوئے: کوئی فرد، تقریب یا شہر دو بار گنا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>زیرِ جائزہ</translation>
    </message>
    <message>
        <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
        <translation>{count} ریکارڈ دو آلات پر ایک ساتھ بدلے گئے اور جائزے کے منتظر ہیں؛ انہیں موجودہ حالت میں گنا گیا ہے۔</translation>
    </message>
    <message>
        <source>For the hub's own use: no counts are suppressed.</source>
        <translation>مرکز کے اپنے استعمال کے لیے: کوئی گنتی چھپائی نہیں گئی۔</translation>
    </message>
    <message>
        <source>For use outside the hub: counts under 5 are suppressed.</source>
        <translation>مرکز سے باہر استعمال کے لیے: 5 سے کم گنتی چھپائی گئی ہے۔</translation>
    </message>
    <message>
        <source>From</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>صنف</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>مہمان</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>نمایاں نکات</translation>
    </message>
    <message>
        <source>How each figure was counted</source>
        <translation>ہر عدد کیسے شمار کیا گیا</translation>
    </message>
    <message>
        <source>I agree to take part</source>
        <translation>میں شرکت پر رضامند ہوں</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>اثر</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>کلیدی اعداد و شمار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>سرگرمی کی قسم</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>تقریب کی قسم</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>اجلاس کی قسم</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>امکان</translation>
    </message>
    <message>
        <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
        <translation>شریک میئر اور مقامی رہنما: شریک افراد میں سے وہ جو میئر یا مقامی رہنما کے طور پر درج ہیں۔</translation>
    </message>
    <message>
        <source>Meetings outside a committee</source>
        <translation>کمیٹی سے باہر کے اجلاس</translation>
    </message>
    <message>
        <source>{title} (plan version {number})</source>
        <translation>{title} (منصوبے کا نسخہ {number})</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
        <translation>رکن شہر: وہ شہر جو رکن درج ہیں اور مدت کے اختتام تک نیٹ ورک میں شامل ہو چکے تھے، یا جن کی شمولیت کی تاریخ درج نہیں۔</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>رودادِ اجلاس</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>گزشتہ اجلاس کی روداد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>نام کے ساتھ حاضر: {named}؛ بغیر نام گنے گئے: {anonymous}؛ کل: {total}۔</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>آئندہ اجلاس</translation>
    </message>
    <message>
        <source>No actions are open.</source>
        <translation>کوئی اقدام زیرِ التوا نہیں۔</translation>
    </message>
    <message>
        <source>No actions are planned yet.</source>
        <translation>ابھی کوئی اقدام طے نہیں۔</translation>
    </message>
    <message>
        <source>No actions were agreed or carried over.</source>
        <translation>کوئی اقدام طے یا آگے منتقل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>No agenda items were recorded.</source>
        <translation>ایجنڈے کا کوئی نکتہ درج نہیں۔</translation>
    </message>
    <message>
        <source>No earlier minutes were approved at this meeting.</source>
        <translation>اس اجلاس میں کسی سابقہ روداد کی منظوری نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>No prevention plan is recorded for this city.</source>
        <translation>اس شہر کا کوئی انسدادی منصوبہ درج نہیں۔</translation>
    </message>
    <message>
        <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
        <translation>اس کمیٹی کا کوئی کورم درج نہیں؛ اس کے {members} ووٹ دینے والے اراکین میں سے {present} حاضر تھے۔</translation>
    </message>
    <message>
        <source>No risk profile is recorded for this city.</source>
        <translation>اس شہر کے خطرات کا کوئی جائزہ درج نہیں۔</translation>
    </message>
    <message>
        <source>No sessions are recorded.</source>
        <translation>کوئی نشست درج نہیں۔</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>کوئی نہیں۔</translation>
    </message>
    <message>
        <source>Not named here, at their request: {count}.</source>
        <translation>ان کی درخواست پر یہاں نام درج نہیں: {count}۔</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشتیں</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مبصر</translation>
    </message>
    <message>
        <source>Open actions: {open}, of which overdue: {overdue}.</source>
        <translation>زیرِ التوا اقدامات: {open}، جن میں سے تاخیر شدہ: {overdue}۔</translation>
    </message>
    <message>
        <source>Organisation or title</source>
        <translation>ادارہ یا عہدہ</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحہ {page} از {pages}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شریک</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
        <translation>شریک افراد: ان اجلاسوں میں حاضر، ان سرگرمیوں کے لیے رجسٹرڈ یا ان میں کوچنگ کرنے والے مختلف افراد، اور بغیر نام گنے گئے افراد۔ ہر فرد ایک ہی بار گنا جاتا ہے، چاہے وہ کتنی ہی تقریبات میں آیا ہو اور اسے کسی بھی آلے پر درج کیا گیا ہو۔ معذرت، غیر حاضری اور دعوت نامے شمار نہیں ہوتے۔</translation>
    </message>
    <message>
        <source>People who took part: {total}.</source>
        <translation>شریک افراد: {total}۔</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
        <translation>براہِ کرم اپنا نام لکھیں، اپنی صنف اور عمر کے گروپ پر نشان لگائیں اور دستخط کریں۔ "میں شرکت پر رضامند ہوں" پر نشان لگانے کا مطلب ہے کہ آپ اپنی حاضری درج کیے جانے پر رضامند ہیں؛ "تصاویر" کا مطلب ہے کہ آپ تصاویر میں آ سکتے ہیں۔ 18 سال سے کم عمر کے کسی بھی فرد کے لیے والدین یا سرپرست نشان لگائیں اور دستخط کریں۔</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Present ({count})</source>
        <translation>حاضر ({count})</translation>
    </message>
    <message>
        <source>Presented by {name}</source>
        <translation>پیش کنندہ: {name}</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>انسدادی منصوبہ</translation>
    </message>
    <message>
        <source>Printed from scdesk on {date}</source>
        <translation>scdesk سے {date} کو چھاپا گیا</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
        <translation>کورم: {quorum} ووٹ دینے والے اراکین۔ {members} میں سے صرف {present} حاضر تھے، اس لیے کورم پورا نہیں ہوا اور اجلاس کے فیصلوں کی توثیق درکار ہے۔</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
        <translation>کورم: {quorum} ووٹ دینے والے اراکین۔ {members} میں سے {present} حاضر تھے، اس لیے کورم پورا تھا۔</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
        <translation>نام سے رجسٹرڈ: {named}؛ بغیر نام گنے گئے: {anonymous}؛ کل: {total}۔</translation>
    </message>
    <message>
        <source>Reports are printed in {languages}; {language} is not one of them.</source>
        <translation>رپورٹیں {languages} میں چھپتی ہیں؛ {language} ان میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>نظرِ ثانی کی تاریخ</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>خطرات کا جائزہ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Role, organisation or community</source>
        <translation>کردار، ادارہ یا کمیونٹی</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>سیکرٹری</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>نشستیں ({count})</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>حاضری شیٹ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <source>The date of the next meeting is not yet set.</source>
        <translation>آئندہ اجلاس کی تاریخ ابھی طے نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>اعداد و شمار</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {date} were approved as a true record.</source>
        <translation>{date} کے اجلاس کی روداد کو درست ریکارڈ کے طور پر منظور کیا گیا۔</translation>
    </message>
    <message>
        <source>These minutes were approved at the meeting of {date}.</source>
        <translation>یہ روداد {date} کے اجلاس میں منظور کی گئی۔</translation>
    </message>
    <message>
        <source>These minutes were approved on {date}.</source>
        <translation>یہ روداد {date} کو منظور کی گئی۔</translation>
    </message>
    <message>
        <source>This record no longer exists here: it may have been deleted.</source>
        <translation>یہ ریکارڈ اب یہاں موجود نہیں: شاید اسے حذف کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>Version {number}, {status}</source>
        <translation>ورژن {number}، {status}</translation>
    </message>
    <message>
        <source>Youth activity report</source>
        <translation>نوجوانوں کی سرگرمی کی رپورٹ</translation>
    </message>
    <message>
        <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
        <translation>جن نوجوانوں تک رسائی ہوئی: شریک افراد میں سے وہ جن کی عمر اس مدت میں اپنی آخری تقریب کے وقت 25 سال سے کم تھی، اور 25 سے کم عمر کے گروپوں میں بغیر نام گنے گئے افراد۔</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>عمر درج نہیں</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>arts</source>
        <translation>فنون</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>آگے منتقل</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>تقسیم شدہ</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>کوچ</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>کمیٹی</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>تاخیر کا شکار</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>مکالمہ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ترک</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <source>held</source>
        <translation>منعقد ہوا</translation>
    </message>
    <message>
        <source>high</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>جاری</translation>
    </message>
    <message>
        <source>liaison committee</source>
        <translation>رابطہ کمیٹی</translation>
    </message>
    <message>
        <source>local prevention committee</source>
        <translation>مقامی انسدادی کمیٹی</translation>
    </message>
    <message>
        <source>low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>زیرِ التوا</translation>
    </message>
    <message>
        <source>open on {date}</source>
        <translation>{date} تک زیرِ التوا</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>دیگر سرگرمی</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <source>protective factor</source>
        <translation>حفاظتی عنصر</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>خطرے کا عنصر</translation>
    </message>
    <message>
        <source>sports</source>
        <translation>کھیل</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>تبدیل شدہ</translation>
    </message>
    <message>
        <source>the first records</source>
        <translation>پہلے ریکارڈ</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>خطرہ</translation>
    </message>
    <message>
        <source>today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>training</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <source>{date} at {time}, {venue}.</source>
        <translation>{date}، {time} بجے، {venue}۔</translation>
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
        <translation>{mayors} میئر اور مقامی رہنما شریک ہوئے۔</translation>
    </message>
    <message>
        <source>{people} people took part in {events} events held in {cities} cities.</source>
        <translation>{cities} شہروں میں منعقدہ {events} تقریبات میں {people} افراد نے شرکت کی۔</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <source>{women} of them were women and girls ({share}%).</source>
        <translation>ان میں سے {women} خواتین اور لڑکیاں تھیں ({share}%)۔</translation>
    </message>
    <message>
        <source>{youth} young people under 25 were reached.</source>
        <translation>25 سال سے کم عمر کے {youth} نوجوانوں تک رسائی ہوئی۔</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>اصل</translation>
    </message>
    <message>
        <source>Actual against target</source>
        <translation>ہدف کے مقابلے میں اصل</translation>
    </message>
    <message>
        <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
        <translation>اصل اعداد کبھی ہاتھ سے درج نہیں کیے جاتے: یہ ریکارڈ سے انہی اصولوں کے مطابق گنے جاتے ہیں جن سے کلیدی اعداد و شمار، ہر ہدف کی اپنی مدت اور شہر کے لیے۔ ہدف ایک مدت اور ایک شہر کے لیے، یا تمام رکن شہروں کے لیے مقرر ہوتا ہے؛ تقسیم بتاتی ہے کہ اصل عدد کیسے بٹتا ہے۔</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ابتدائی سطح</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>تقسیم</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>گنتی کا اصول</translation>
    </message>
    <message>
        <source>How the actual values were counted</source>
        <translation>اصل اعداد کیسے گنے گئے</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>اشاریے</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>کلیدی عدد</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>کوئی اشاریہ درج نہیں۔</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>ہدف کا حصہ</translation>
    </message>
    <message>
        <source>Period and city</source>
        <translation>مدت اور شہر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <source>different people, each counted once</source>
        <translation>مختلف افراد، ہر ایک ایک بار گنا گیا</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>منعقدہ تقریبات</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>پیداوار</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>دیے گئے مشورے</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <source>Expert advice</source>
        <translation>ماہرانہ مشورہ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
        <translation>اس مدت میں منعقدہ مشاورتوں میں قومی و مقامی تعاون پر سامنے آنے والے نتائج۔</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>اٹھایا گیا</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>جواب ملا</translation>
    </message>
    <message>
        <source>acted on</source>
        <translation>عمل ہوا</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Raised with national bodies</source>
        <translation>قومی اداروں کے سامنے اٹھائے گئے معاملات</translation>
    </message>
    <message>
        <source>Cities' priorities raised with ministries and national commissions in the period, by what has come of them so far.</source>
        <translation>اس مدت میں وزارتوں اور قومی کمیشنوں کے سامنے اٹھائی گئی شہروں کی ترجیحات، اب تک کے نتیجے کے لحاظ سے۔</translation>
    </message>
    <message>
        <source>Raisings</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>گرانٹس</translation>
    </message>
    <message>
        <source>National-local cooperation</source>
        <translation>قومی و مقامی تعاون</translation>
    </message>
    <message>
        <source>No support was given in this period.</source>
        <translation>اس مدت میں کوئی معاونت نہیں دی گئی۔</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>دی گئی معاونت</translation>
    </message>
    <message>
        <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
        <translation>دی گئی معاونت: وہ گرانٹس جن کی تاریخیں، آغاز (یا منظوری) سے اختتام تک، اس مدت سے ملتی ہیں، اور اس مدت میں دیا گیا ماہرانہ مشورہ۔ رقوم ہر کرنسی میں الگ جمع کی جاتی ہیں، تبدیل کیے بغیر۔</translation>
    </message>
    <message>
        <source>Technical support grants</source>
        <translation>تکنیکی معاونت کی گرانٹس</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>Total, cancelled grants left out</source>
        <translation>کل، منسوخ گرانٹس کے بغیر</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>ادا شدہ</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>تجویز کردہ</translation>
    </message>
    <message>
        <source>member cities, each counted once</source>
        <translation>رکن شہر، ہر ایک ایک بار گنا گیا</translation>
    </message>
    <message>
        <source>grants, cancelled ones left out</source>
        <translation>گرانٹس، منسوخ شدہ شامل نہیں</translation>
    </message>
    <message>
        <source>Targets by breakdown category</source>
        <translation>تقسیم کے زمرے کے لحاظ سے اہداف</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>تقسیم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
        <translation>ہدف کسی اعلان شدہ تقسیم کے ایک زمرے کے لیے بھی مقرر کیا جا سکتا ہے، جیسے خواتین یا نوجوان۔ دی گئی گرانٹس سے مراد دی گئی معاونت کی گرانٹس ہیں، منسوخ شدہ شامل نہیں۔</translation>
    </message>
</context>
</TS>
