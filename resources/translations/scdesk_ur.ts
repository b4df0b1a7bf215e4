<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Actions agreed at this meeting</source>
            <translation>اس اجلاس میں طے پانے والے اقدامات</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ذمہ دار</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>اقدام شامل کریں (&amp;a)</translation>
        </message>
        <message>
            <source>Carried over from earlier meetings</source>
            <translation>گزشتہ اجلاسوں سے آگے منتقل</translation>
        </message>
        <message>
            <source>Actions carried over</source>
            <translation>آگے منتقل اقدامات</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>کب طے ہوا</translation>
        </message>
        <message>
            <source>State</source>
            <translation>حالت</translation>
        </message>
        <message>
            <source>&amp;Done at this meeting</source>
            <translation>اس اجلاس میں مکمل (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ropped at this meeting</source>
            <translation>اس اجلاس میں ترک (&amp;r)</translation>
        </message>
        <message>
            <source>Open a&amp;gain</source>
            <translation>دوبارہ کھولیں (&amp;g)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Save the meeting to see the actions carried over from earlier ones.</source>
            <translation>گزشتہ اجلاسوں سے آگے منتقل اقدامات دیکھنے کے لیے اجلاس محفوظ کریں۔</translation>
        </message>
        <message>
            <source>No open actions were carried over to this meeting.</source>
            <translation>اس اجلاس میں کوئی زیرِ التوا اقدام آگے منتقل نہیں ہوا۔</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation>
                <numerusform>%n اقدام آگے منتقل ہوا: درج کریں کہ کیا مکمل ہوا یا ترک کیا گیا۔</numerusform>
                <numerusform>%n اقدامات آگے منتقل ہوئے: درج کریں کہ کیا مکمل ہوا یا ترک کیا گیا۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Choose the city of the activity.</source>
            <translation>سرگرمی کا شہر منتخب کریں۔</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشتیں</translation>
        </message>
        <message>
            <source>An activity that has not started cannot be marked as held.</source>
            <translation>جو سرگرمی ابھی شروع نہیں ہوئی اسے منعقدہ درج نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>The session on {day} is outside the activity's dates.</source>
            <translation>{day} کی نشست سرگرمی کی تاریخوں سے باہر ہے۔</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>The same person is registered twice.</source>
            <translation>ایک ہی فرد دو بار رجسٹر ہے۔</translation>
        </message>
        <message>
            <source>The same person is listed twice as a coach.</source>
            <translation>ایک ہی فرد کوچ کے طور پر دو بار درج ہے۔</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>ایک گنتی</translation>
        </message>
        <message>
            <source>The same gender, age band and community is counted twice.</source>
            <translation>ایک ہی صنف، عمر کا گروپ اور کمیونٹی دو بار گنی گئی ہے۔</translation>
        </message>
        <message>
            <source>A registered participant no longer exists here.</source>
            <translation>ایک رجسٹرڈ شریک اب یہاں موجود نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Youth activities</source>
            <translation>نوجوانوں کی سرگرمیاں</translation>
        </message>
        <message>
            <source>&amp;New activity</source>
            <translation>نئی سرگرمی (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>اختتام</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message numerus="yes">
            <source>%n activity(s)</source>
            <translation>
                <numerusform>%n سرگرمی</numerusform>
                <numerusform>%n سرگرمیاں</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Youth activity[*]</source>
            <translation>نوجوانوں کی سرگرمی[*]</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>عنوان (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>قسم (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>آغاز کی تاریخ (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>اختتام کی تاریخ (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>مقام (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>زبان (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>صورتِ حال (&amp;a)</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>نتائج (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>یادداشتیں (&amp;N)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>تفصیلات</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>نشستیں</translation>
        </message>
        <message>
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>New youth activity</source>
            <translation>نوجوانوں کی نئی سرگرمی</translation>
        </message>
    </context>
    <context>
        <name>ActivityParts</name>
        <message>
            <source>Day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشتیں</translation>
        </message>
        <message>
            <source>Add a &amp;session</source>
            <translation>نشست شامل کریں (&amp;s)</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>ورژن {number} منظور کریں</translation>
        </message>
        <message>
            <source>&amp;Adopted on</source>
            <translation>منظوری کی تاریخ (&amp;A)</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>منظوری کی تاریخ</translation>
        </message>
    </context>
    <context>
        <name>AdviceForm</name>
        <message>
            <source>Expert advice[*]</source>
            <translation>ماہرانہ مشورہ[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>ماہر (&amp;x)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>موضوع (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>آغاز (&amp;F)</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>اختتام (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>یادداشتیں (&amp;N)</translation>
        </message>
        <message>
            <source>New expert advice</source>
            <translation>نیا ماہرانہ مشورہ</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Agenda</source>
            <translation>ایجنڈا</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>ایجنڈے کے نکات</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>نکتہ شامل کریں (&amp;i)</translation>
        </message>
        <message>
            <source>Add s&amp;ub-item</source>
            <translation>ذیلی نکتہ شامل کریں (&amp;u)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>اوپر لے جائیں</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>نیچے لے جائیں</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ہٹائیں</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>عنوان (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Presenter</source>
            <translation>پیش کنندہ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>بحث (&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>فیصلے (&amp;e)</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>(نیا نکتہ)</translation>
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
            <translation>ریکارڈ کی فائل خراب ہو گئی ہے: کام صرف اتنا جاری رکھیں کہ ضروری باتیں لکھ لیں، پھر اسے بیک اپ سے بحال کریں (scdesk check طریقہ بتاتا ہے)۔</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Named attendees</source>
            <translation>نام سے درج حاضرین</translation>
        </message>
        <message>
            <source>Add the committee's &amp;members</source>
            <translation>کمیٹی کے اراکین شامل کریں (&amp;m)</translation>
        </message>
        <message>
            <source>Add the committee's members</source>
            <translation>کمیٹی کے اراکین شامل کریں</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>nobody present</source>
            <translation>کوئی حاضر نہیں</translation>
        </message>
        <message>
            <source>Secretary of this meeting</source>
            <translation>اس اجلاس کا سیکرٹری</translation>
        </message>
        <message>
            <source>Who took the minutes and signs them: someone marked present.</source>
            <translation>جس نے روداد لکھی اور اس پر دستخط کرے گا: کوئی ایسا فرد جو حاضر درج ہو۔</translation>
        </message>
        <message>
            <source>Secreta&amp;ry of this meeting</source>
            <translation>اس اجلاس کا سیکرٹری (&amp;r)</translation>
        </message>
        <message>
            <source>Anonymous headcounts</source>
            <translation>بغیر نام گنتی</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>صنف</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>عمر کا گروپ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>گروہ</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>کوئی گروہ نہیں</translation>
        </message>
        <message>
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>گنتی شامل کریں (&amp;h)</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>گنا نہیں گیا</translation>
        </message>
        <message>
            <source>Stated total attendance</source>
            <translation>بتائی گئی کل حاضری</translation>
        </message>
        <message>
            <source>Stated &amp;total</source>
            <translation>بتائی گئی کل تعداد (&amp;t)</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>گنے گئے</translation>
        </message>
        <message>
            <source>Choose the meeting's committee on the Details tab first.</source>
            <translation>پہلے تفصیلات والے حصے میں اجلاس کی کمیٹی منتخب کریں۔</translation>
        </message>
        <message>
            <source>Nobody was a member of the committee on {day}.</source>
            <translation>{day} کو کمیٹی کا کوئی رکن نہیں تھا۔</translation>
        </message>
        <message>
            <source>{named} named present + {anonymous} counted = {sum}</source>
            <translation>{named} نام سے حاضر + {anonymous} گنے گئے = {sum}</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>meeting</source>
            <translation>اجلاس</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>نوجوانوں کی سرگرمی</translation>
        </message>
        <message>
            <source>person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>committee</source>
            <translation>کمیٹی</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <source>city</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>committee membership</source>
            <translation>کمیٹی کی رکنیت</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>ایجنڈے کا نکتہ</translation>
        </message>
        <message>
            <source>action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>activity session</source>
            <translation>سرگرمی کی نشست</translation>
        </message>
        <message>
            <source>consultation finding</source>
            <translation>مشاورت کا نتیجہ</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>خطرات کا جائزہ</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>خطرے کا عنصر</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>انسدادی منصوبہ</translation>
        </message>
        <message>
            <source>plan objective</source>
            <translation>منصوبے کا مقصد</translation>
        </message>
        <message>
            <source>plan action</source>
            <translation>منصوبے کا اقدام</translation>
        </message>
        <message>
            <source>support grant</source>
            <translation>معاونتی گرانٹ</translation>
        </message>
        <message>
            <source>expert advice</source>
            <translation>ماہرانہ مشورہ</translation>
        </message>
        <message>
            <source>raising with a national body</source>
            <translation>قومی ادارے کے سامنے اٹھایا گیا معاملہ</translation>
        </message>
        <message>
            <source>priority added by the hub</source>
            <translation>مرکز کی شامل کردہ ترجیح</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>اشاریہ</translation>
        </message>
        <message>
            <source>indicator target</source>
            <translation>اشاریے کا ہدف</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>حاضری</translation>
        </message>
        <message>
            <source>headcount</source>
            <translation>گنتی</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>no</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>مقامی نام</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان / عہدہ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>صنف</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>سالِ پیدائش</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>عمر کا گروپ</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>فریق</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>فون</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ای میل</translation>
        </message>
        <message>
            <source>Consent to take part</source>
            <translation>شرکت پر رضامندی</translation>
        </message>
        <message>
            <source>Consent to photos</source>
            <translation>تصاویر پر رضامندی</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>معلومات کے استعمال پر رضامندی</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>رضامندی دینے والا</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>رضامندی فارم</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>رضامندی کی تاریخ</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>رضامندی واپس لینے کی تاریخ</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>مہارت کے شعبے</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>ملک</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>صوبہ</translation>
        </message>
        <message>
            <source>Member city</source>
            <translation>رکن شہر</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>شمولیت کی تاریخ</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>میئر</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>شعبہ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>کمیٹی</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>اختتام</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>آغاز کی تاریخ</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>اختتام کی تاریخ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>Total present</source>
            <translation>کل حاضر</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>رودادِ اجلاس</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشتیں</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>مدعو</translation>
        </message>
        <message>
            <source>present</source>
            <translation>حاضر</translation>
        </message>
        <message>
            <source>sent apologies</source>
            <translation>معذرت بھیجی</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>غیر حاضر</translation>
        </message>
        <message>
            <source>approved (locked)</source>
            <translation>منظور شدہ (مقفل)</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>تشویش</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>خطرہ</translation>
        </message>
        <message>
            <source>existing approach</source>
            <translation>موجودہ طریقہ کار</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>وسیلہ</translation>
        </message>
        <message>
            <source>key need</source>
            <translation>اہم ضرورت</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>ترجیح</translation>
        </message>
        <message>
            <source>prevention and early prevention</source>
            <translation>انسداد اور ابتدائی انسداد</translation>
        </message>
        <message>
            <source>national-local cooperation</source>
            <translation>قومی و مقامی تعاون</translation>
        </message>
        <message>
            <source>participation of youth</source>
            <translation>نوجوانوں کی شرکت</translation>
        </message>
        <message>
            <source>participation of women</source>
            <translation>خواتین کی شرکت</translation>
        </message>
        <message>
            <source>participation of marginalised groups</source>
            <translation>پسماندہ گروہوں کی شرکت</translation>
        </message>
        <message>
            <source>other priority</source>
            <translation>دیگر ترجیح</translation>
        </message>
        <message>
            <source>local government</source>
            <translation>مقامی حکومت</translation>
        </message>
        <message>
            <source>faith</source>
            <translation>مذہب</translation>
        </message>
        <message>
            <source>education</source>
            <translation>تعلیم</translation>
        </message>
        <message>
            <source>media</source>
            <translation>ذرائع ابلاغ</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>خود فرد</translation>
        </message>
        <message>
            <source>a parent or guardian</source>
            <translation>والدین یا سرپرست</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>زبانی</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>تحریری</translation>
        </message>
        <message>
            <source>field officer</source>
            <translation>میدانی افسر</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>مرکز</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>یہ آلہ</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>قابلِ اعتماد</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>اعتماد نہیں کیا گیا</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>منسوخ شدہ</translation>
        </message>
        <message>
            <source>Last complete quarter</source>
            <translation>گزشتہ مکمل سہ ماہی</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>گزشتہ 12 مہینے</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>اس سال</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>تمام عرصہ</translation>
        </message>
        <message>
            <source>Between the dates…</source>
            <translation>تاریخوں کے درمیان…</translation>
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>{country} is not a country the network works in.</source>
            <translation>{country} ان ممالک میں شامل نہیں جہاں نیٹ ورک کام کرتا ہے۔</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its id (scdesk check lists them).</source>
            <translation>{name} نام کے ایک سے زیادہ شہر ہیں: اس کا شناختی نمبر دیں (scdesk check ان کی فہرست دیتا ہے)۔</translation>
        </message>
        <message>
            <source>No city called {name} is recorded here.</source>
            <translation>یہاں {name} نام کا کوئی شہر درج نہیں۔</translation>
        </message>
        <message>
            <source>City name</source>
            <translation>شہر کا نام</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>مقامی نام</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>صوبہ</translation>
        </message>
        <message>
            <source>Choose the city's country.</source>
            <translation>شہر کا ملک منتخب کریں۔</translation>
        </message>
        <message>
            <source>The date the city joined is in the future.</source>
            <translation>شہر کی شمولیت کی تاریخ مستقبل میں ہے۔</translation>
        </message>
        <message>
            <source>Only a member city has a date it joined the network.</source>
            <translation>شمولیت کی تاریخ صرف رکن شہر کی ہوتی ہے۔</translation>
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message>
            <source>Cities</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>&amp;New city</source>
            <translation>نیا شہر (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>مقامی نام</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>ملک</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>صوبہ</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>رکن</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>no</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>شمولیت</translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n شہر</numerusform>
                <numerusform>%n شہر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CityFilter</name>
        <message>
            <source>All cities</source>
            <translation>تمام شہر</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Reading the cities…</source>
            <translation>شہر پڑھے جا رہے ہیں…</translation>
        </message>
    </context>
    <context>
        <name>CityForm</name>
        <message>
            <source>City[*]</source>
            <translation>شہر[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>نام (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Local name</source>
            <translation>مقامی نام (&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>ملک (&amp;o)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>صوبہ (&amp;P)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>رکن</translation>
        </message>
        <message>
            <source>A member city</source>
            <translation>رکن شہر</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>شمولیت کی تاریخ (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Mayor or local leader</source>
            <translation>میئر یا مقامی رہنما (&amp;M)</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>نیا شہر</translation>
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
            <translation>شہر (&amp;y)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Say what to do with the ids: merge or dismiss.</source>
            <translation>بتائیں کہ ان شناختی نمبروں کے ساتھ کیا کرنا ہے: merge یا dismiss۔</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s) scoring {score} or more</source>
            <translation>
                <numerusform>%n ممکنہ دہرا اندراج جس کا اسکور {score} یا زیادہ ہے</numerusform>
                <numerusform>%n ممکنہ دہرے اندراجات جن کا اسکور {score} یا زیادہ ہے</numerusform>
            </translation>
        </message>
        <message>
            <source>Give two record ids: duplicates {action} ID ID.</source>
            <translation>ریکارڈ کے دو شناختی نمبر دیں: duplicates {action} ID ID۔</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at: scdesk duplicates lists them</source>
            <translation>
                <numerusform>ممکنہ دہرے اندراجات کا %n جوڑا دیکھنا ہے: scdesk duplicates اس کی فہرست دیتا ہے</numerusform>
                <numerusform>ممکنہ دہرے اندراجات کے %n جوڑے دیکھنے ہیں: scdesk duplicates ان کی فہرست دیتا ہے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of {table} have no audit entry</source>
            <translation>
                <numerusform>{table} کی %n قطار کا آڈٹ اندراج نہیں ہے</numerusform>
                <numerusform>{table} کی %n قطاروں کا آڈٹ اندراج نہیں ہے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n pair(s) of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</source>
            <translation>
                <numerusform>انتباہ: یہاں گنے گئے ممکنہ دہرے اندراجات کا %n جوڑا ابھی طے نہیں ہوا؛ `scdesk duplicates` اس کی فہرست دیتا ہے۔</numerusform>
                <numerusform>انتباہ: یہاں گنے گئے ممکنہ دہرے اندراجات کے %n جوڑے ابھی طے نہیں ہوئے؛ `scdesk duplicates` ان کی فہرست دیتا ہے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n record(s) counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</source>
            <translation>
                <numerusform>انتباہ: یہاں گنا گیا %n ریکارڈ دو آلات پر ترمیم کے بعد ایک اصول توڑتا ہے اور جائزے کا منتظر ہے (جیسا ہے ویسا گنا گیا)؛ `scdesk conflicts` اس کی فہرست دیتا ہے۔</numerusform>
                <numerusform>انتباہ: یہاں گنے گئے %n ریکارڈ دو آلات پر ترمیم کے بعد ایک اصول توڑتے ہیں اور جائزے کے منتظر ہیں (جیسے ہیں ویسے گنے گئے)؛ `scdesk conflicts` ان کی فہرست دیتا ہے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --meeting ID or --activity ID.</source>
            <translation>--meeting ID یا --activity ID دیں۔</translation>
        </message>
        <message>
            <source>Indicators are reported for a city or for all cities: give --city instead of --country.</source>
            <translation>اشاریے کسی ایک شہر یا تمام شہروں کے لیے پیش کیے جاتے ہیں: --country کی جگہ --city دیں۔</translation>
        </message>
        <message>
            <source>Give {option}.</source>
            <translation>{option} دیں۔</translation>
        </message>
        <message>
            <source>The key figures of the last complete quarter, {start} to {end}: --from and --to choose another period.</source>
            <translation>گزشتہ مکمل سہ ماہی، {start} سے {end} تک، کے کلیدی اعداد و شمار: کوئی اور مدت --from اور --to سے منتخب کریں۔</translation>
        </message>
        <message>
            <source>--meeting and --activity are for attendance only.</source>
            <translation>--meeting اور --activity صرف حاضری کے لیے ہیں۔</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
            <extracomment>Translators: %n is how many problems were listed above.</extracomment>
            <translation>
                <numerusform>کچھ درآمد نہیں ہوا: اوپر دیا گیا %n مسئلہ درست کریں اور فائل دوبارہ درآمد کریں۔</numerusform>
                <numerusform>کچھ درآمد نہیں ہوا: اوپر دیے گئے %n مسائل درست کریں اور فائل دوبارہ درآمد کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Not read: {columns}. scdesk does not use these columns in this table; check how they are spelt.</source>
            <extracomment>Translators: {columns} are column names, as the file's first row gives them.</extracomment>
            <translation>نہیں پڑھے گئے: {columns}۔ scdesk اس جدول میں یہ کالم استعمال نہیں کرتا؛ ان کے ہجے دیکھ لیں۔</translation>
        </message>
        <message>
            <source>The tables will hold names and contact details: add --yes to confirm.</source>
            <translation>جدولوں میں نام اور رابطے کی تفصیلات ہوں گی: تصدیق کے لیے --yes شامل کریں۔</translation>
        </message>
        <message>
            <source>Not confirmed: nothing was written.</source>
            <translation>تصدیق نہیں ہوئی: کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>Give the key backup's file: device {action} FILE.</source>
            <translation>کلیدوں کے بیک اپ کی فائل دیں: device {action} FILE۔</translation>
        </message>
        <message>
            <source>Give --passphrase-file P, or run this in a terminal.</source>
            <translation>--passphrase-file P دیں، یا اسے ٹرمینل میں چلائیں۔</translation>
        </message>
        <message>
            <source>The two passphrases differ: nothing was written.</source>
            <translation>دونوں خفیہ جملے مختلف ہیں: کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>Replacing this device's keys makes new ones, and the hub refuses its bundles until its staff trust the new fingerprint: run again with --yes to replace them.</source>
            <translation>اس آلے کی کلیدیں بدلنے سے نئی کلیدیں بنتی ہیں، اور جب تک مرکز کا عملہ نئے شناختی نشان پر اعتماد نہ کرے، مرکز اس کی ہم آہنگی فائلیں قبول نہیں کرتا: انہیں بدلنے کے لیے --yes کے ساتھ دوبارہ چلائیں۔</translation>
        </message>
        <message>
            <source>The keys were not replaced: nothing was changed.</source>
            <translation>کلیدیں نہیں بدلی گئیں: کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Warning: the hub takes no bundle from this device until its staff trust the new key: export a bundle or a card (scdesk device --card FILE), have them read out the new fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.</source>
            <translation>انتباہ: جب تک مرکز کا عملہ نئی کلید پر اعتماد نہ کرے، مرکز اس آلے سے کوئی ہم آہنگی فائل قبول نہیں کرے گا: ایک ہم آہنگی فائل یا کارڈ برآمد کریں (scdesk device --card FILE)، عملے سے نیا شناختی نشان پڑھوا کر scdesk trust FILE چلوائیں، پھر مرکز سے نئی ہم آہنگی فائل مانگیں۔</translation>
        </message>
        <message>
            <source>The device that made this file is trusted already.</source>
            <translation>جس آلے نے یہ فائل بنائی، اس پر پہلے ہی اعتماد کیا جا چکا ہے۔</translation>
        </message>
        <message>
            <source>Say which conflict, and --keep A, B or --value.</source>
            <translation>بتائیں کون سا ٹکراؤ، اور --keep A، B یا --value دیں۔</translation>
        </message>
        <message>
            <source>No open conflict has the id {id}.</source>
            <translation>شناختی نمبر {id} کا کوئی حل طلب ٹکراؤ موجود نہیں۔</translation>
        </message>
        <message>
            <source>Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01.</source>
            <translation>--set کو FIELD=VALUE کی صورت میں لکھیں، مثلاً --set joined_on=2024-03-01۔</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the device's owner, then run again with --yes.</source>
            <translation>آلے کے مالک کے ساتھ شناختی نشان کا موازنہ کریں، پھر --yes کے ساتھ دوبارہ چلائیں۔</translation>
        </message>
        <message>
            <source>Not trusted: nothing was changed.</source>
            <translation>اعتماد نہیں کیا گیا: کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>No screen found: run scdesk on a desktop, under Xvfb, or with QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.</source>
            <translation>کوئی اسکرین نہیں ملی: scdesk کو ڈیسک ٹاپ پر، Xvfb کے تحت، یا QT_QPA_PLATFORM=offscreen کے ساتھ چلائیں؛ ذیلی کمانڈز (scdesk --help) کو اسکرین کی ضرورت نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>CommitteeForm</name>
        <message>
            <source>Committee[*]</source>
            <translation>کمیٹی[*]</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>کمیٹی</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>نام (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>قسم (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of minutes</source>
            <translation>رودادِ اجلاس کی زبان (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quorum</source>
            <translation>کورم (&amp;Q)</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>کوئی اصول نہیں</translation>
        </message>
        <message>
            <source>&amp;Established on</source>
            <translation>قیام کی تاریخ (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Mandate</source>
            <translation>دائرۂ کار (&amp;M)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>اراکین</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>From</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>To</source>
            <translation>اختتام</translation>
        </message>
        <message>
            <source>New committee</source>
            <translation>نئی کمیٹی</translation>
        </message>
    </context>
    <context>
        <name>CommitteeOptions</name>
        <message>
            <source>All committees</source>
            <translation>تمام کمیٹیاں</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>کمیٹی (&amp;o)</translation>
        </message>
    </context>
    <context>
        <name>Committees</name>
        <message>
            <source>The same person is listed twice as a current member.</source>
            <translation>ایک ہی فرد موجودہ رکن کے طور پر دو بار درج ہے۔</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Choose the committee's city.</source>
            <translation>کمیٹی کا شہر منتخب کریں۔</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>دائرۂ کار</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>کورم</translation>
        </message>
        <message>
            <source>The date the committee was established is in the future.</source>
            <translation>کمیٹی کے قیام کی تاریخ مستقبل میں ہے۔</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>Committees</source>
            <translation>کمیٹیاں</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>نئی کمیٹی (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>قیام</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>اراکین</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>تمام اقسام</translation>
        </message>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation>
                <numerusform>%n کمیٹی</numerusform>
                <numerusform>%n کمیٹیاں</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Two devices changed the same field without seeing each other's change, or changed two fields a rule ties together. A is the value every device shows now, B the one it replaced or met. Keeping either settles the conflict on every device with the next bundles; a choice that would break a rule is not offered.</source>
            <translation>دو آلات نے ایک دوسرے کی تبدیلی دیکھے بغیر ایک ہی خانہ بدلا، یا ایسے دو خانے بدلے جنہیں کوئی اصول آپس میں جوڑتا ہے۔ A وہ قدر ہے جو اب ہر آلہ دکھاتا ہے، B وہ جس کی جگہ اس نے لی یا جس سے وہ ٹکرائی۔ کسی ایک کو برقرار رکھنے سے اگلی ہم آہنگی فائلوں کے ساتھ ہر آلے پر ٹکراؤ حل ہو جاتا ہے؛ جو انتخاب کسی اصول کو توڑے، وہ پیش نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>A: shown now</source>
            <translation>A: اب دکھائی دینے والی</translation>
        </message>
        <message>
            <source>A: written</source>
            <translation>A: لکھی گئی</translation>
        </message>
        <message>
            <source>B: replaced</source>
            <translation>B: بدلی گئی</translation>
        </message>
        <message>
            <source>B: written</source>
            <translation>B: لکھی گئی</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>حل طلب ٹکراؤ</translation>
        </message>
        <message>
            <source>The selected conflict and what each choice writes</source>
            <translation>منتخب ٹکراؤ اور ہر انتخاب کیا لکھتا ہے</translation>
        </message>
        <message>
            <source>Keep &amp;A</source>
            <translation>A برقرار رکھیں (&amp;A)</translation>
        </message>
        <message>
            <source>Keep value A of the selected conflict</source>
            <translation>منتخب ٹکراؤ کی قدر A برقرار رکھیں</translation>
        </message>
        <message>
            <source>Keep &amp;B</source>
            <translation>B برقرار رکھیں (&amp;B)</translation>
        </message>
        <message>
            <source>Keep value B of the selected conflict</source>
            <translation>منتخب ٹکراؤ کی قدر B برقرار رکھیں</translation>
        </message>
        <message>
            <source>Conflicts: what was done</source>
            <translation>ٹکراؤ: کیا کیا گیا</translation>
        </message>
        <message>
            <source>{field} (deleted on one device)</source>
            <translation>{field} (ایک آلے پر حذف کیا گیا)</translation>
        </message>
        <message>
            <source>{field} (B: from a record merged into this one)</source>
            <translation>{field} (B: اس میں یکجا کیے گئے ریکارڈ سے)</translation>
        </message>
        <message>
            <source>{field} and {other} (a rule ties them)</source>
            <translation>{field} اور {other} (ایک اصول انہیں جوڑتا ہے)</translation>
        </message>
        <message>
            <source>by {device}, {when}</source>
            <translation>{device} کی جانب سے، {when}</translation>
        </message>
        <message>
            <source>Keep {mark}: writes {values}.</source>
            <translation>{mark} برقرار رکھیں: {values} لکھتا ہے۔</translation>
        </message>
        <message>
            <source>Keep {mark}: not offered. {problem}</source>
            <translation>{mark} برقرار رکھیں: پیش نہیں کیا گیا۔ {problem}</translation>
        </message>
        <message>
            <source>Settling the conflict…</source>
            <translation>ٹکراؤ حل کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Settled: {value} kept.</source>
            <translation>حل ہو گیا: {value} برقرار رکھی گئی۔</translation>
        </message>
    </context>
    <context>
        <name>Cooperation</name>
        <message>
            <source>Choose the city whose priority was raised.</source>
            <translation>وہ شہر منتخب کریں جس کی ترجیح اٹھائی گئی۔</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>قومی ادارہ</translation>
        </message>
        <message>
            <source>Give the day it was raised.</source>
            <translation>وہ دن درج کریں جب معاملہ اٹھایا گیا۔</translation>
        </message>
        <message>
            <source>The day it was raised is in the future.</source>
            <translation>معاملہ اٹھانے کا دن مستقبل میں ہے۔</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>کیا معاملہ اٹھایا گیا</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>The consultation finding chosen is of another city.</source>
            <translation>منتخب کردہ مشاورت کا نتیجہ کسی دوسرے شہر کا ہے۔</translation>
        </message>
        <message>
            <source>The plan action chosen is of another city's plan.</source>
            <translation>منتخب کردہ منصوبے کا اقدام کسی دوسرے شہر کے منصوبے کا ہے۔</translation>
        </message>
        <message>
            <source>The meeting chosen was held in another city.</source>
            <translation>منتخب کردہ اجلاس کسی دوسرے شہر میں منعقد ہوا تھا۔</translation>
        </message>
        <message>
            <source>The support grant chosen is for another city.</source>
            <translation>منتخب کردہ معاونتی گرانٹ کسی دوسرے شہر کے لیے ہے۔</translation>
        </message>
        <message>
            <source>The expert advice chosen was for another city.</source>
            <translation>منتخب کردہ ماہرانہ مشورہ کسی دوسرے شہر کے لیے تھا۔</translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>National-local cooperation</source>
            <translation>قومی و مقامی تعاون</translation>
        </message>
        <message>
            <source>Search body, what was raised, outcome…</source>
            <translation>ادارہ، اٹھایا گیا معاملہ، نتیجہ تلاش کریں…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>تلاش</translation>
        </message>
        <message>
            <source>&amp;New raising</source>
            <translation>نیا معاملہ (&amp;N)</translation>
        </message>
        <message>
            <source>All national bodies</source>
            <translation>تمام قومی ادارے</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>قومی ادارہ</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>ہر صورتِ حال</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>What the list holds</source>
            <translation>فہرست میں کیا ہے</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>اٹھانے کی تاریخ</translation>
        </message>
        <message>
            <source>What was raised</source>
            <translation>کیا معاملہ اٹھایا گیا</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>ماخذ</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>قومی اداروں کے سامنے اٹھائے گئے معاملات</translation>
        </message>
        <message>
            <source>Reading what was raised…</source>
            <translation>اٹھائے گئے معاملات پڑھے جا رہے ہیں…</translation>
        </message>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation>
                <numerusform>قومی اداروں کے سامنے اٹھایا گیا %n معاملہ</numerusform>
                <numerusform>قومی اداروں کے سامنے اٹھائے گئے %n معاملات</numerusform>
            </translation>
        </message>
    </context>
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
            <source>Sri Lanka</source>
            <translation>سری لنکا</translation>
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
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>All countries</source>
            <translation>تمام ممالک</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>ملک</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>A sign-in sheet has 0 to {most} blank rows; for a larger event, print a second sheet.</source>
            <translation>حاضری شیٹ میں 0 سے {most} تک خالی سطریں ہوتی ہیں؛ اس سے بڑی تقریب کے لیے دوسری شیٹ چھاپیں۔</translation>
        </message>
        <message>
            <source>The demo's scale is a whole number from 1 to {most}.</source>
            <extracomment>Translators: {most} is the largest demo scale, the number of times the demo's ten cities are repeated.</extracomment>
            <translation>نمونے کا پیمانہ 1 سے {most} تک کوئی پورا عدد ہوتا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>ڈیش بورڈ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>مدت</translation>
        </message>
        <message>
            <source>Duplicates not settled</source>
            <translation>غیر طے شدہ دہرے اندراجات</translation>
        </message>
        <message>
            <source>Records under review</source>
            <translation>زیرِ جائزہ ریکارڈ</translation>
        </message>
        <message>
            <source>The programme's work:</source>
            <translation>پروگرام کا کام:</translation>
        </message>
        <message>
            <source>Open the {page} page</source>
            <translation>{page} کا صفحہ کھولیں</translation>
        </message>
        <message>
            <source>Counting the key figures…</source>
            <translation>کلیدی اعداد و شمار گنے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>today</source>
            <translation>آج</translation>
        </message>
        <message>
            <source>all cities</source>
            <translation>تمام شہر</translation>
        </message>
        <message>
            <source>From {start} to {end}, {place}</source>
            <translation>{start} سے {end} تک، {place}</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation>
                <numerusform>یہاں گنے گئے ممکنہ دہرے اندراجات کا %n جوڑا ابھی طے نہیں ہوا: کچھ اعداد کسی فرد، تقریب یا شہر کو دو بار گن سکتے ہیں۔ دہرے اندراجات کا صفحہ ان کی فہرست دیتا ہے۔</numerusform>
                <numerusform>یہاں گنے گئے ممکنہ دہرے اندراجات کے %n جوڑے ابھی طے نہیں ہوئے: کچھ اعداد کسی فرد، تقریب یا شہر کو دو بار گن سکتے ہیں۔ دہرے اندراجات کا صفحہ ان کی فہرست دیتا ہے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation>
                <numerusform>یہاں گنا گیا %n ریکارڈ دو آلات پر ترامیم کے بعد ایک اصول توڑتا ہے اور جائزے کا منتظر ہے؛ اسے موجودہ حالت میں گنا گیا ہے۔ ہم آہنگی کے صفحے پر ٹکراؤ کی فہرست میں یہ موجود ہے۔</numerusform>
                <numerusform>یہاں گنے گئے %n ریکارڈ دو آلات پر ترامیم کے بعد ایک اصول توڑتے ہیں اور جائزے کے منتظر ہیں؛ انہیں موجودہ حالت میں گنا گیا ہے۔ ہم آہنگی کے صفحے پر ٹکراؤ کی فہرست میں یہ موجود ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}, by group of people</source>
            <translation>{figure}، افراد کے گروہ کے لحاظ سے</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <translation>{dimension} کے لحاظ سے</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>گنتی</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The demo fills only an empty store, and this one already holds records: start scdesk with a new data folder to try the demo.</source>
            <translation>نمونہ صرف خالی ذخیرے کو بھرتا ہے، اور اس میں پہلے سے ریکارڈ موجود ہیں: نمونہ آزمانے کے لیے scdesk کو معلومات کے نئے فولڈر کے ساتھ شروع کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>an unknown device ({id})</source>
            <translation>نامعلوم آلہ ({id})</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>آلے کا نام</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>آپ کا نام</translation>
        </message>
        <message>
            <source>Choose the city this officer works in.</source>
            <translation>وہ شہر منتخب کریں جہاں یہ افسر کام کرتا ہے۔</translation>
        </message>
        <message>
            <source>The passphrase needs {count} characters or more: a few words will do.</source>
            <translation>خفیہ جملے میں کم از کم {count} حروف ہونے چاہییں: چند الفاظ کافی ہیں۔</translation>
        </message>
        <message>
            <source>This device is set up already: its role and city change only with scdesk setup --change-role, which says first what that changes.</source>
            <translation>یہ آلہ پہلے ہی ترتیب دیا جا چکا ہے: اس کا کردار اور شہر صرف scdesk setup --change-role سے بدلتے ہیں، جو پہلے بتاتا ہے کہ اس سے کیا بدلے گا۔</translation>
        </message>
        <message>
            <source>A hub does not take another hub's profile.</source>
            <translation>ایک مرکز کسی دوسرے مرکز کی تعارفی فائل قبول نہیں کرتا۔</translation>
        </message>
        <message>
            <source>This device already has a hub, {name}: revoke it first to take another hub's profile.</source>
            <translation>اس آلے کا پہلے سے ایک مرکز ہے، {name}: کسی دوسرے مرکز کی تعارفی فائل لینے کے لیے پہلے اسے منسوخ کریں۔</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Device</source>
            <translation>آلہ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>استعمال کنندہ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>حالت</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>شناختی نشان</translation>
        </message>
        <message>
            <source>Last bundle from it</source>
            <translation>اس سے آخری ہم آہنگی فائل</translation>
        </message>
        <message>
            <source>Last bundle for it</source>
            <translation>اس کے لیے آخری ہم آہنگی فائل</translation>
        </message>
        <message>
            <source>Devices known here</source>
            <translation>یہاں معلوم آلات</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>منسوخ کریں… (&amp;R)</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>منتخب آلہ منسوخ کریں</translation>
        </message>
        <message>
            <source>For a lost or stolen device: its bundles are refused from now on.</source>
            <translation>گم شدہ یا چوری شدہ آلے کے لیے: اب سے اس کی ہم آہنگی فائلیں مسترد کی جائیں گی۔</translation>
        </message>
        <message>
            <source>Devices: what was done</source>
            <translation>آلات: کیا کیا گیا</translation>
        </message>
        <message>
            <source>Write the hub &amp;profile…</source>
            <translation>مرکز کی تعارفی فائل لکھیں… (&amp;p)</translation>
        </message>
        <message>
            <source>Write the hub profile</source>
            <translation>مرکز کی تعارفی فائل لکھیں</translation>
        </message>
        <message>
            <source>The file that introduces this hub to officers' laptops.</source>
            <translation>وہ فائل جو افسران کے لیپ ٹاپ کو اس مرکز سے متعارف کراتی ہے۔</translation>
        </message>
        <message>
            <source>Import the hub's &amp;profile…</source>
            <translation>مرکز کی تعارفی فائل درآمد کریں… (&amp;p)</translation>
        </message>
        <message>
            <source>Import the hub's profile</source>
            <translation>مرکز کی تعارفی فائل درآمد کریں</translation>
        </message>
        <message>
            <source>The file from your hub that lets this laptop exchange bundles with it.</source>
            <translation>آپ کے مرکز کی وہ فائل جس سے یہ لیپ ٹاپ اس کے ساتھ ہم آہنگی فائلوں کا تبادلہ کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>Revoke {name}?</source>
            <translation>کیا {name} کو منسوخ کیا جائے؟</translation>
        </message>
        <message>
            <source>Bundles from {name} will be refused from now on.</source>
            <translation>اب سے {name} کی ہم آہنگی فائلیں مسترد کی جائیں گی۔</translation>
        </message>
        <message>
            <source>Revoke it</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>رہنے دیں</translation>
        </message>
        <message>
            <source>Do this when a device is lost, stolen or given to someone else. A revoked device cannot be trusted again.</source>
            <translation>یہ تب کریں جب کوئی آلہ گم، چوری یا کسی اور کو دے دیا جائے۔ منسوخ شدہ آلے پر دوبارہ اعتماد نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>Revoking…</source>
            <translation>منسوخ کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>{name} is revoked: its bundles are refused from now on.</source>
            <translation>{name} منسوخ ہو گیا: اب سے اس کی ہم آہنگی فائلیں مسترد کی جائیں گی۔</translation>
        </message>
        <message>
            <source>Where to write the hub profile</source>
            <translation>مرکز کی تعارفی فائل کہاں لکھی جائے</translation>
        </message>
        <message>
            <source>Hub profile written to {path}. Import it on each officer's laptop (Sync, Devices) and check the fingerprint it shows.</source>
            <translation>مرکز کی تعارفی فائل {path} پر لکھ دی گئی۔ اسے ہر افسر کے لیپ ٹاپ پر درآمد کریں (ہم آہنگی، آلات) اور اس کا دکھایا گیا شناختی نشان جانچیں۔</translation>
        </message>
        <message>
            <source>Writing the hub profile…</source>
            <translation>مرکز کی تعارفی فائل لکھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>مرکز کی تعارفی فائل</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile);;All files (*)</source>
            <translation>مرکز کی تعارفی فائلیں (*.scdesk-profile);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Reading the hub profile…</source>
            <translation>مرکز کی تعارفی فائل پڑھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Importing the hub profile…</source>
            <translation>مرکز کی تعارفی فائل درآمد کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>{hub} is this device's hub. {records} of reference data taken.</source>
            <translation>{hub} اس آلے کا مرکز ہے۔ حوالہ جاتی معلومات میں سے {records} حاصل کیے گئے۔</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n ریکارڈ</numerusform>
                <numerusform>%n ریکارڈ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore unsaved work</source>
            <translation>محفوظ نہ کیا گیا کام بحال کریں</translation>
        </message>
        <message>
            <source>scdesk was closed while these forms had changes that were not saved. Restore them to carry on where you were.</source>
            <translation>scdesk اس وقت بند ہو گیا جب ان فارموں میں ایسی تبدیلیاں تھیں جو محفوظ نہیں کی گئی تھیں۔ جہاں آپ تھے وہیں سے کام جاری رکھنے کے لیے انہیں بحال کریں۔</translation>
        </message>
        <message>
            <source>Unsaved forms</source>
            <translation>محفوظ نہ کیے گئے فارم</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>اجلاس</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>نوجوانوں کی سرگرمی</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>کمیٹی</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>&amp;Restore the ticked forms</source>
            <translation>نشان زدہ فارم بحال کریں (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard the ticked forms</source>
            <translation>نشان زدہ فارم رد کریں (&amp;D)</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>بعد میں فیصلہ کریں (&amp;l)</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same name in {first} and {second} script</source>
            <translation>{first} اور {second} رسم الخط میں ایک ہی نام</translation>
        </message>
        <message>
            <source>The lowest score must be from 0 to 100.</source>
            <translation>مماثلت کا کم سے کم درجہ 0 سے 100 کے درمیان ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>لاطینی</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>اردو</translation>
        </message>
        <message>
            <source>Devanagari</source>
            <translation>دیوناگری</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation>بنگالی</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>تمل</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>سنہالا</translation>
        </message>
        <message>
            <source>another</source>
            <translation>کوئی اور</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>ایک ہی نام</translation>
        </message>
        <message>
            <source>same name, spelled differently</source>
            <translation>ایک ہی نام، مختلف ہجے</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ملتا جلتا نام</translation>
        </message>
        <message>
            <source>same first name, nothing more to compare in the names</source>
            <translation>ایک ہی پہلا نام، ناموں میں موازنے کے لیے اور کچھ نہیں</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>ایک ہی سالِ پیدائش</translation>
        </message>
        <message>
            <source>birth years a year apart</source>
            <translation>سالِ پیدائش میں ایک سال کا فرق</translation>
        </message>
        <message>
            <source>different birth years</source>
            <translation>مختلف سالِ پیدائش</translation>
        </message>
        <message>
            <source>birth year fits the age band</source>
            <translation>سالِ پیدائش عمر کے گروپ سے مطابقت رکھتا ہے</translation>
        </message>
        <message>
            <source>birth year does not fit the age band</source>
            <translation>سالِ پیدائش عمر کے گروپ سے مطابقت نہیں رکھتا</translation>
        </message>
        <message>
            <source>same age band</source>
            <translation>ایک ہی عمر کا گروپ</translation>
        </message>
        <message>
            <source>age bands far apart</source>
            <translation>عمر کے گروپوں میں بڑا فرق</translation>
        </message>
        <message>
            <source>different genders</source>
            <translation>مختلف صنف</translation>
        </message>
        <message>
            <source>same city</source>
            <translation>ایک ہی شہر</translation>
        </message>
        <message>
            <source>different cities</source>
            <translation>مختلف شہر</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>ایک ہی فون نمبر</translation>
        </message>
        <message>
            <source>different phone numbers</source>
            <translation>مختلف فون نمبر</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>ایک ہی ای میل پتا</translation>
        </message>
        <message>
            <source>different e-mail addresses</source>
            <translation>مختلف ای میل پتے</translation>
        </message>
        <message>
            <source>same organisation</source>
            <translation>ایک ہی ادارہ</translation>
        </message>
        <message>
            <source>different organisations</source>
            <translation>مختلف ادارے</translation>
        </message>
        <message>
            <source>same community</source>
            <translation>ایک ہی کمیونٹی</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>ایک ہی ملک</translation>
        </message>
        <message>
            <source>same province</source>
            <translation>ایک ہی صوبہ</translation>
        </message>
        <message>
            <source>different provinces</source>
            <translation>مختلف صوبے</translation>
        </message>
        <message>
            <source>same sector</source>
            <translation>ایک ہی شعبہ</translation>
        </message>
        <message>
            <source>different sectors</source>
            <translation>مختلف شعبے</translation>
        </message>
        <message>
            <source>same kind of event</source>
            <translation>ایک ہی قسم کی تقریب</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>ایک ہی دن</translation>
        </message>
        <message>
            <source>same starting time</source>
            <translation>آغاز کا ایک ہی وقت</translation>
        </message>
        <message>
            <source>different committees</source>
            <translation>مختلف کمیٹیاں</translation>
        </message>
        <message>
            <source>same title</source>
            <translation>ایک ہی عنوان</translation>
        </message>
        <message>
            <source>similar title</source>
            <translation>ملتا جلتا عنوان</translation>
        </message>
        <message>
            <source>different titles</source>
            <translation>مختلف عنوانات</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>کسی ریکارڈ کو خود اپنے ساتھ یکجا نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>{first} and {second} are not records of the same kind.</source>
            <translation>{first} اور {second} ایک ہی قسم کے ریکارڈ نہیں ہیں۔</translation>
        </message>
        <message>
            <source>No person, city, organisation, meeting or activity has the id {id} here.</source>
            <translation>یہاں کسی فرد، شہر، ادارے، اجلاس یا سرگرمی کا شناختی نمبر {id} نہیں ہے۔</translation>
        </message>
        <message>
            <source>{id} was deleted or merged already: it cannot be merged now.</source>
            <translation>{id} پہلے ہی حذف یا یکجا ہو چکا ہے: اسے اب یکجا نہیں کیا جا سکتا۔</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Probable duplicates</source>
            <translation>ممکنہ دہرے اندراجات</translation>
        </message>
        <message>
            <source>Records that are probably the same person, city, organisation or event, recorded twice. Merging keeps one: everything that named the other names it, and the key figures count them once. Every device does the same with the next bundles.</source>
            <translation>وہ ریکارڈ جو غالباً ایک ہی فرد، شہر، ادارے یا تقریب کے ہیں اور دو بار درج ہوئے۔ یکجا کرنے سے ایک باقی رہتا ہے: جو کچھ دوسرے کا حوالہ دیتا تھا وہ اب اسی کا حوالہ دیتا ہے، اور کلیدی اعداد و شمار انہیں ایک بار گنتے ہیں۔ اگلی ہم آہنگی فائلوں کے ساتھ ہر آلہ یہی کرتا ہے۔</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>ریکارڈ کی قسم</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>تمام اقسام</translation>
        </message>
        <message>
            <source>Search &amp;again</source>
            <translation>دوبارہ تلاش کریں (&amp;a)</translation>
        </message>
        <message>
            <source>How many pairs</source>
            <translation>کتنے جوڑے</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>مماثلت کا درجہ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>First</source>
            <translation>پہلا</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>دوسرا</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>The selected pair, field by field</source>
            <translation>منتخب جوڑا، خانہ بہ خانہ</translation>
        </message>
        <message>
            <source>Why the selected pair is probably one record</source>
            <translation>منتخب جوڑا غالباً ایک ہی ریکارڈ کیوں ہے</translation>
        </message>
        <message>
            <source>Keep the &amp;first</source>
            <translation>پہلا برقرار رکھیں (&amp;f)</translation>
        </message>
        <message>
            <source>Merge the second record into the first</source>
            <translation>دوسرے ریکارڈ کو پہلے میں یکجا کریں</translation>
        </message>
        <message>
            <source>Keep the &amp;second</source>
            <translation>دوسرا برقرار رکھیں (&amp;s)</translation>
        </message>
        <message>
            <source>Merge the first record into the second</source>
            <translation>پہلے ریکارڈ کو دوسرے میں یکجا کریں</translation>
        </message>
        <message>
            <source>&amp;Different records</source>
            <translation>مختلف ریکارڈ (&amp;D)</translation>
        </message>
        <message>
            <source>The two records are different</source>
            <translation>دونوں ریکارڈ مختلف ہیں</translation>
        </message>
        <message>
            <source>Duplicates: what was done</source>
            <translation>دہرے اندراجات: کیا کیا گیا</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>دہرے اندراجات تلاش کیے جا رہے ہیں…</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation>
                <numerusform>دیکھنے کے لیے %n جوڑا</numerusform>
                <numerusform>دیکھنے کے لیے %n جوڑے</numerusform>
            </translation>
        </message>
        <message>
            <source>Score {score}: {why}.</source>
            <translation>مماثلت کا درجہ {score}: {why}۔</translation>
        </message>
        <message>
            <source>Reading the pair…</source>
            <translation>جوڑا پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>یکجا کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Merged: {name} kept.</source>
            <translation>یکجا ہو گیا: {name} برقرار رکھا گیا۔</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation>
                <numerusform>%n خانہ مختلف تھا: دوسری قدریں ہم آہنگی کے صفحے کے ٹکراؤ والے حصے میں جائزے کی منتظر ہیں۔</numerusform>
                <numerusform>%n خانے مختلف تھے: دوسری قدریں ہم آہنگی کے صفحے کے ٹکراؤ والے حصے میں جائزے کی منتظر ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>محفوظ کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>{first} and {second} are different: they are not suggested again.</source>
            <translation>{first} اور {second} مختلف ہیں: انہیں دوبارہ تجویز نہیں کیا جائے گا۔</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This id belongs to another kind of record: check that the file and the column are the right ones.</source>
            <translation>یہ شناختی نمبر کسی دوسری قسم کے ریکارڈ کا ہے: جانچ لیں کہ فائل اور کالم درست ہیں۔</translation>
        </message>
        <message>
            <source>This record no longer exists here: it may have been deleted.</source>
            <translation>یہ ریکارڈ اب یہاں موجود نہیں: ممکن ہے اسے حذف کر دیا گیا ہو۔</translation>
        </message>
    </context>
    <context>
        <name>EventListPage</name>
        <message>
            <source>All kinds</source>
            <translation>تمام اقسام</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>کوئی بھی صورتِ حال</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
    </context>
    <context>
        <name>EventOptions</name>
        <message>
            <source>Cit&amp;y</source>
            <translation>شہر (&amp;y)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>اجلاس (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Youth activity</source>
            <translation>نوجوانوں کی سرگرمی (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Blank rows</source>
            <translation>خالی سطریں (&amp;B)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5 سے کم گنتی چھپائیں</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>مرکز سے باہر جانے والی: 5 سے کم گنتی “&lt;5” دکھائی جاتی ہے</translation>
        </message>
    </context>
    <context>
        <name>ExpertPicker</name>
        <message>
            <source>Add to the expert pool</source>
            <translation>ماہرین کے پینل میں شامل کریں</translation>
        </message>
        <message>
            <source>Find the person, or record a new one; their record opens for you to give their fields of expertise.</source>
            <translation>فرد تلاش کریں، یا نیا فرد درج کریں؛ اس کا ریکارڈ کھل جائے گا تاکہ آپ اس کی مہارت کے شعبے درج کر سکیں۔</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>{city} is in {its}, not in {country}: ask for the city alone.</source>
            <extracomment>Translators: {city} is a city's name; {its} and {country} are countries' names.</extracomment>
            <translation>{city}، {its} میں ہے، {country} میں نہیں: صرف شہر منتخب کریں۔</translation>
        </message>
    </context>
    <context>
        <name>FiguresOptions</name>
        <message>
            <source>P&amp;eriod</source>
            <translation>مدت (&amp;e)</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>ملک (&amp;u)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>شہر (&amp;y)</translation>
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation>5 سے کم گنتی چھپائیں</translation>
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation>مرکز سے باہر جانے والی: 5 سے کم گنتی “&lt;5” دکھائی جاتی ہے</translation>
        </message>
        <message>
            <source>One a line; the report adds its own too</source>
            <translation>ہر سطر میں ایک؛ رپورٹ اپنے نکات بھی شامل کرتی ہے</translation>
        </message>
        <message>
            <source>&amp;Highlights</source>
            <translation>نمایاں نکات (&amp;H)</translation>
        </message>
        <message>
            <source>A sentence thanking the funders, printed at the end</source>
            <translation>مالی معاونت کرنے والوں کا شکریہ ادا کرنے والا جملہ، جو آخر میں چھپتا ہے</translation>
        </message>
        <message>
            <source>Ac&amp;knowledgement</source>
            <translation>اظہارِ تشکر (&amp;k)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{name} is a folder, not a file: choose the file itself.</source>
            <translation>{name} ایک فولڈر ہے، فائل نہیں: خود فائل منتخب کریں۔</translation>
        </message>
        <message>
            <source>{name} is not a file saved on the disk (it is a device, a pipe or a socket): choose a file.</source>
            <translation>{name} ڈسک پر محفوظ کوئی فائل نہیں (یہ کوئی آلہ، پائپ یا ساکٹ ہے): ایک فائل منتخب کریں۔</translation>
        </message>
        <message>
            <source>{name} is not a plain file scdesk may replace (it is a link, a folder or a device): choose another name.</source>
            <translation>{name} کوئی سادہ فائل نہیں جسے scdesk بدل سکے (یہ لنک، فولڈر یا آلہ ہے): کوئی دوسرا نام منتخب کریں۔</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} پڑھی نہیں جا سکتی: {reason}۔</translation>
        </message>
        <message>
            <source>{name} was not written: the folder {folder} does not exist.</source>
            <translation>{name} نہیں لکھی گئی: فولڈر {folder} موجود نہیں۔</translation>
        </message>
        <message>
            <source>{name} was not written: there is no room left on the disk. Nothing was kept.</source>
            <translation>{name} نہیں لکھی گئی: ڈسک پر جگہ باقی نہیں۔ کچھ محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{name} was not written: {reason}.</source>
            <translation>{name} نہیں لکھی گئی: {reason}۔</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>&amp;Open the consultation</source>
            <translation>مشاورت کھولیں (&amp;O)</translation>
        </message>
        <message>
            <source>Open the consultation of the selected finding</source>
            <translation>منتخب نتیجے کی مشاورت کھولیں</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>&amp;New consultation</source>
            <translation>نئی مشاورت (&amp;N)</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>انعقاد</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>ترجیح</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>مشاورت</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>کوئی بھی ترجیح</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>تمام زمرے</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (غیر فعال)</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n نتیجہ</numerusform>
                <numerusform>%n نتائج</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsTab</name>
        <message>
            <source>What the consultation found, in the meeting's language: short entries, in the order they matter. A priority raised takes a note on what was said.</source>
            <translation>مشاورت میں کیا سامنے آیا، اجلاس کی زبان میں: مختصر اندراجات، اہمیت کی ترتیب سے۔ اٹھائی گئی ترجیح کے ساتھ یہ تبصرہ لکھا جاتا ہے کہ کیا کہا گیا۔</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>اندراج</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>ترجیح</translation>
        </message>
        <message>
            <source>Priority area</source>
            <translation>ترجیحی شعبہ</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (غیر فعال)</translation>
        </message>
        <message>
            <source>Add a &amp;concern</source>
            <translation>تشویش شامل کریں (&amp;c)</translation>
        </message>
        <message>
            <source>Add a &amp;threat</source>
            <translation>خطرہ شامل کریں (&amp;t)</translation>
        </message>
        <message>
            <source>Add an &amp;existing approach</source>
            <translation>موجودہ طریقہ کار شامل کریں (&amp;e)</translation>
        </message>
        <message>
            <source>Add a &amp;resource</source>
            <translation>وسیلہ شامل کریں (&amp;r)</translation>
        </message>
        <message>
            <source>Add a &amp;key need</source>
            <translation>اہم ضرورت شامل کریں (&amp;k)</translation>
        </message>
        <message>
            <source>Add a &amp;priority raised</source>
            <translation>اٹھائی گئی ترجیح شامل کریں (&amp;p)</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>تشویشات</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>خطرات</translation>
        </message>
        <message>
            <source>Existing approaches</source>
            <translation>موجودہ طریقہ ہائے کار</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>وسائل</translation>
        </message>
        <message>
            <source>Key needs</source>
            <translation>اہم ضروریات</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>ترجیحات</translation>
        </message>
    </context>
    <context>
        <name>FingerprintQuestion</name>
        <message>
            <source>Trust this device's new keys?</source>
            <translation>کیا اس آلے کی نئی کلیدوں پر اعتماد کیا جائے؟</translation>
        </message>
        <message>
            <source>{name}, used by {user}, was trusted here with fingerprint {old} and has made new keys.</source>
            <translation>{name}، جسے {user} استعمال کرتے ہیں، یہاں شناختی نشان {old} کے ساتھ قابلِ اعتماد مانا گیا تھا اور اس نے نئی کلیدیں بنائی ہیں۔</translation>
        </message>
        <message>
            <source>Its old key confirmed the new one.</source>
            <translation>اس کی پرانی کلید نے نئی کلید کی تصدیق کی۔</translation>
        </message>
        <message>
            <source>Its old key did not confirm the new one (it was lost): check with care.</source>
            <translation>اس کی پرانی کلید نے نئی کلید کی تصدیق نہیں کی (وہ گم ہو گئی تھی): احتیاط سے جانچ کریں۔</translation>
        </message>
        <message>
            <source>Its new fingerprint:</source>
            <translation>اس کا نیا شناختی نشان:</translation>
        </message>
        <message>
            <source>Trust this hub?</source>
            <translation>کیا اس مرکز پر اعتماد کیا جائے؟</translation>
        </message>
        <message>
            <source>Trust this device?</source>
            <translation>کیا اس آلے پر اعتماد کیا جائے؟</translation>
        </message>
        <message>
            <source>This hub profile comes from {name}, used by {user}.</source>
            <translation>مرکز کی یہ تعارفی فائل {name} سے آئی ہے، جسے {user} استعمال کرتے ہیں۔</translation>
        </message>
        <message>
            <source>This bundle comes from {name}, used by {user}, a device not yet trusted here.</source>
            <translation>یہ ہم آہنگی فائل {name} سے آئی ہے، جسے {user} استعمال کرتے ہیں؛ اس آلے پر یہاں ابھی اعتماد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>اس کا شناختی نشان:</translation>
        </message>
        <message>
            <source>Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. Trust it only if it is exactly the same: a bundle from a trusted device is merged into your records.</source>
            <translation>{user} سے کہیں کہ {name} پر ہم آہنگی کا صفحہ کھولیں اور وہاں دکھایا گیا شناختی نشان پڑھ کر سنائیں۔ اس پر صرف اسی صورت اعتماد کریں جب وہ بالکل ایک جیسا ہو: قابلِ اعتماد آلے کی ہم آہنگی فائل آپ کے ریکارڈ میں یکجا کر دی جاتی ہے۔</translation>
        </message>
        <message>
            <source>Trust it: the fingerprints match</source>
            <translation>اعتماد کریں: شناختی نشان ملتے ہیں</translation>
        </message>
        <message>
            <source>Do not trust</source>
            <translation>اعتماد نہ کریں</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>scdesk میں خوش آمدید</translation>
        </message>
        <message>
            <source>Set up this device once. Records you make here will say which device and which person made them.</source>
            <translation>اس آلے کو ایک بار ترتیب دیں۔ یہاں بنائے گئے ریکارڈ بتائیں گے کہ انہیں کس آلے اور کس فرد نے بنایا۔</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>انٹرفیس کی زبان (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>انٹرفیس کی زبان</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>آلے کا نام (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>آپ کا نام (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Field officer</source>
            <translation>میدانی افسر (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Hub</source>
            <translation>مرکز (&amp;H)</translation>
        </message>
        <message>
            <source>This device is used by</source>
            <translation>اس آلے کا استعمال کنندہ</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>استعمال کنندہ</translation>
        </message>
        <message>
            <source>Take the hub's &amp;profile…</source>
            <translation>مرکز کی تعارفی فائل لیں… (&amp;p)</translation>
        </message>
        <message>
            <source>Take the hub's profile file</source>
            <translation>مرکز کی تعارفی فائل لیں</translation>
        </message>
        <message>
            <source>(an officer: the file your hub gave you)</source>
            <translation>(افسر کے لیے: وہ فائل جو آپ کے مرکز نے آپ کو دی)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>مرکز</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Language of records</source>
            <translation>ریکارڈ کی زبان (&amp;L)</translation>
        </message>
        <message>
            <source>The new city</source>
            <translation>نیا شہر</translation>
        </message>
        <message>
            <source>City &amp;name</source>
            <translation>شہر کا نام (&amp;n)</translation>
        </message>
        <message>
            <source>Name in the &amp;local script</source>
            <translation>مقامی رسم الخط میں نام (&amp;l)</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>ملک (&amp;o)</translation>
        </message>
        <message>
            <source>Cities already recorded with a similar name</source>
            <translation>ملتے جلتے نام والے پہلے سے درج شہر</translation>
        </message>
        <message>
            <source>Start using scdesk</source>
            <translation>scdesk استعمال کرنا شروع کریں</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>پروگرام بند کریں</translation>
        </message>
        <message>
            <source>A new city…</source>
            <translation>نیا شہر…</translation>
        </message>
        <message>
            <source>The hub's profile</source>
            <translation>مرکز کی تعارفی فائل</translation>
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile)</source>
            <translation>مرکز کی تعارفی فائلیں (*.scdesk-profile)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>{hub}'s cities are listed under City.</source>
            <translation>{hub} کے شہر “شہر” کے تحت درج ہیں۔</translation>
        </message>
        <message>
            <source>Already known: {names}. Choose it under City rather than adding it again.</source>
            <translation>پہلے سے معلوم: {names}۔ اسے دوبارہ شامل کرنے کے بجائے “شہر” کے تحت منتخب کریں۔</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>ترتیب دی جا رہی ہے…</translation>
        </message>
    </context>
    <context>
        <name>GrantForm</name>
        <message>
            <source>Technical support grant[*]</source>
            <translation>تکنیکی معاونت کی گرانٹ[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>مقصد (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>رقم (&amp;A)</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>کرنسی (&amp;u)</translation>
        </message>
        <message>
            <source>PKR, LKR, USD…</source>
            <translation>PKR، LKR، USD…</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>صورتِ حال (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Organisation receiving it</source>
            <translation>وصول کنندہ ادارہ (&amp;O)</translation>
        </message>
        <message>
            <source>Approved &amp;on</source>
            <translation>منظوری کی تاریخ (&amp;o)</translation>
        </message>
        <message>
            <source>Starts o&amp;n</source>
            <translation>آغاز کی تاریخ (&amp;n)</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>اختتام کی تاریخ (&amp;E)</translation>
        </message>
        <message>
            <source>New grant</source>
            <translation>نئی گرانٹ</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Indicator[*]</source>
            <translation>اشاریہ[*]</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>اشاریہ</translation>
        </message>
        <message>
            <source>C&amp;ode</source>
            <translation>کوڈ (&amp;o)</translation>
        </message>
        <message>
            <source>OP1.2</source>
            <translation>OP1.2</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>نام (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>سطح (&amp;L)</translation>
        </message>
        <message>
            <source>Counting &amp;rule</source>
            <translation>گنتی کا اصول (&amp;r)</translation>
        </message>
        <message>
            <source>&amp;Key figure it follows</source>
            <translation>متعلقہ کلیدی عدد (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Breakdowns</source>
            <translation>تقسیم (&amp;B)</translation>
        </message>
        <message>
            <source>Base&amp;line</source>
            <translation>ابتدائی سطح (&amp;l)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>کوئی نہیں</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>اہداف</translation>
        </message>
        <message>
            <source>From</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>To</source>
            <translation>اختتام</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ہدف</translation>
        </message>
        <message>
            <source>For</source>
            <translation>کس کے لیے</translation>
        </message>
        <message>
            <source>&amp;Add a target</source>
            <translation>ہدف شامل کریں (&amp;A)</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>تمام شہر</translation>
        </message>
        <message>
            <source>Whole count</source>
            <translation>پوری گنتی</translation>
        </message>
        <message>
            <source>{breakdown}: {category}</source>
            <translation>{breakdown}: {category}</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>نیا اشاریہ</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>{code} is not an indicator code such as OP1.2.</source>
            <translation>{code} اشاریے کا کوڈ نہیں، جیسے OP1.2۔</translation>
        </message>
        <message>
            <source>{figure} is not a key figure scdesk counts.</source>
            <translation>{figure} کوئی ایسا کلیدی عدد نہیں جسے scdesk گنتا ہو۔</translation>
        </message>
        <message>
            <source>{figure} counts {right}, not {rule}: choose that counting rule.</source>
            <translation>{figure} کی گنتی کا اصول {right} ہے، {rule} نہیں: گنتی کا یہی اصول منتخب کریں۔</translation>
        </message>
        <message>
            <source>{names}: not a breakdown scdesk can give.</source>
            <translation>{names}: ایسی تقسیم نہیں جو scdesk دے سکے۔</translation>
        </message>
        <message>
            <source>{figure} cannot be broken down by {names}.</source>
            <translation>{figure} کو {names} کے لحاظ سے تقسیم نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ابتدائی سطح</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ہدف</translation>
        </message>
        <message>
            <source>Choose the breakdown the category {category} belongs to.</source>
            <translation>وہ تقسیم منتخب کریں جس کا زمرہ {category} ہے۔</translation>
        </message>
        <message>
            <source>Choose the category of {breakdown} this target is for.</source>
            <translation>{breakdown} کا وہ زمرہ منتخب کریں جس کے لیے یہ ہدف ہے۔</translation>
        </message>
        <message>
            <source>{category} is not a category of {breakdown}.</source>
            <translation>{category} {breakdown} کا زمرہ نہیں۔</translation>
        </message>
        <message>
            <source>The indicator does not declare the breakdown {breakdown}: declare it or choose another.</source>
            <translation>اشاریے میں تقسیم {breakdown} کا اعلان نہیں کیا گیا: اس کا اعلان کریں یا کوئی دوسری تقسیم منتخب کریں۔</translation>
        </message>
        <message>
            <source>Another target is already set for this period, city and category: change that one.</source>
            <translation>اس مدت، شہر اور زمرے کے لیے ایک اور ہدف پہلے سے مقرر ہے: اسی کو بدلیں۔</translation>
        </message>
        <message>
            <source>This target belongs to another indicator: leave its id empty to add it to this one.</source>
            <translation>یہ ہدف کسی دوسرے اشاریے کا ہے: اسے اس اشاریے میں شامل کرنے کے لیے اس کا شناختی نمبر خالی چھوڑ دیں۔</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators and targets</source>
            <translation>اشاریے اور اہداف</translation>
        </message>
        <message>
            <source>&amp;New indicator</source>
            <translation>نیا اشاریہ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Edit indicator</source>
            <translation>اشاریے میں ترمیم کریں (&amp;E)</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>فہرستوں میں کیا ہے</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کوڈ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>سطح</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>گنتی کا اصول</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>تقسیم</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ابتدائی سطح</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>اشاریے</translation>
        </message>
        <message>
            <source>From</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>To</source>
            <translation>اختتام</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ہدف</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>اصل</translation>
        </message>
        <message>
            <source>Targets and actual values</source>
            <translation>اہداف اور اصل اعداد</translation>
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
            <source>Actual value by breakdown</source>
            <translation>تقسیم کے لحاظ سے اصل عدد</translation>
        </message>
        <message>
            <source>Counting the indicators…</source>
            <translation>اشاریے گنے جا رہے ہیں…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n اشاریہ</numerusform>
                <numerusform>%n اشاریے</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an indicator to see its targets and actual values.</source>
            <translation>اس کے اہداف اور اصل اعداد دیکھنے کے لیے ایک اشاریہ منتخب کریں۔</translation>
        </message>
        <message>
            <source>No indicator yet: add one with New indicator.</source>
            <translation>ابھی کوئی اشاریہ نہیں: “نیا اشاریہ” سے ایک شامل کریں۔</translation>
        </message>
        <message>
            <source>{code} {name}: {figure}, target and actual value</source>
            <translation>{code} {name}: {figure}، ہدف اور اصل عدد</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>تمام شہر</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>other</source>
            <translation>دیگر</translation>
        </message>
        <message>
            <source>civil society</source>
            <translation>سول سوسائٹی</translation>
        </message>
        <message>
            <source>police</source>
            <translation>پولیس</translation>
        </message>
        <message>
            <source>youth</source>
            <translation>نوجوان</translation>
        </message>
        <message>
            <source>female</source>
            <translation>خاتون</translation>
        </message>
        <message>
            <source>male</source>
            <translation>مرد</translation>
        </message>
        <message>
            <source>another gender</source>
            <translation>دیگر صنف</translation>
        </message>
        <message>
            <source>prefer not to say</source>
            <translation>بتانا نہیں چاہتے</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>15 سے کم</translation>
        </message>
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
            <source>religious leader</source>
            <translation>مذہبی رہنما</translation>
        </message>
        <message>
            <source>women's group</source>
            <translation>خواتین کا گروہ</translation>
        </message>
        <message>
            <source>displaced person</source>
            <translation>بے گھر فرد</translation>
        </message>
        <message>
            <source>refugee</source>
            <translation>پناہ گزین</translation>
        </message>
        <message>
            <source>religious minority</source>
            <translation>مذہبی اقلیت</translation>
        </message>
        <message>
            <source>ethnic minority</source>
            <translation>نسلی اقلیت</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>معذوری</translation>
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
            <source>workshop</source>
            <translation>ورکشاپ</translation>
        </message>
        <message>
            <source>roundtable</source>
            <translation>گول میز کانفرنس</translation>
        </message>
        <message>
            <source>training</source>
            <translation>تربیت</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>سربراہی اجلاس</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>نوجوانوں کی سرگرمی</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>درج نہیں</translation>
        </message>
        <message>
            <source>no group recorded</source>
            <translation>کوئی گروہ درج نہیں</translation>
        </message>
        <message>
            <source>People engaged</source>
            <translation>شریک افراد</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged</source>
            <translation>شریک میئر اور مقامی رہنما</translation>
        </message>
        <message>
            <source>Youth reached (under 25)</source>
            <translation>جن نوجوانوں تک رسائی ہوئی (25 سے کم عمر)</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>منعقدہ تقریبات</translation>
        </message>
        <message>
            <source>Member cities</source>
            <translation>رکن شہر</translation>
        </message>
        <message>
            <source>Grants awarded</source>
            <translation>دی گئی گرانٹس</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>صنف</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>عمر کا گروپ</translation>
        </message>
        <message>
            <source>country</source>
            <translation>ملک</translation>
        </message>
        <message>
            <source>city</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>stakeholder type</source>
            <translation>فریق کی قسم</translation>
        </message>
        <message>
            <source>marginalised group</source>
            <translation>پسماندہ گروہ</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>قسم</translation>
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
        <name>LanguageChoice</name>
        <message>
            <source>Language of the report</source>
            <translation>رپورٹ کی زبان</translation>
        </message>
        <message>
            <source>Its own language</source>
            <translation>اس کی اپنی زبان</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>انگریزی (English)</translation>
        </message>
        <message>
            <source>Urdu (اردو)</source>
            <translation>اردو</translation>
        </message>
        <message>
            <source>Hindi (हिन्दी)</source>
            <translation>ہندی (हिन्दी)</translation>
        </message>
        <message>
            <source>Nepali (नेपाली)</source>
            <translation>نیپالی (नेपाली)</translation>
        </message>
        <message>
            <source>Tamil (தமிழ்)</source>
            <translation>تمل (தமிழ்)</translation>
        </message>
        <message>
            <source>Sinhala (සිංහල)</source>
            <translation>سنہالا (සිංහල)</translation>
        </message>
        <message>
            <source>Bengali (বাংলা)</source>
            <translation>بنگالی (বাংলা)</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Checking the records file…</source>
            <translation>ریکارڈ کی فائل جانچی جا رہی ہے…</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>تلاش (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search {what}</source>
            <translation>{what} تلاش کریں</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>کھولیں (&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>منتخب ریکارڈ کھولیں</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>ردی کی ٹوکری میں ڈالیں (&amp;t)</translation>
        </message>
        <message>
            <source>Move the selected record to the trash</source>
            <translation>منتخب ریکارڈ ردی کی ٹوکری میں ڈالیں</translation>
        </message>
        <message>
            <source>Delete key</source>
            <translation>Delete کی کلید</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n ریکارڈ</numerusform>
                <numerusform>%n ریکارڈ</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Moved to the trash; the Trash page can restore it.</source>
            <translation>ردی کی ٹوکری میں ڈال دیا گیا؛ ردی کی ٹوکری کے صفحے سے اسے بحال کیا جا سکتا ہے۔</translation>
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation>ردی کی ٹوکری میں ڈالا جا رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>صفحات</translation>
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>ریکارڈ کھولے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>ہم آہنگی کی صورتِ حال</translation>
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
            <translation>ڈیش بورڈ</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>اجلاس</translation>
        </message>
        <message>
            <source>Youth activities</source>
            <translation>نوجوانوں کی سرگرمیاں</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>کمیٹیاں</translation>
        </message>
        <message>
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ادارے</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ہم آہنگی</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>رپورٹیں</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>ردی کی ٹوکری</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>دہرے اندراجات</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>معاونت</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>منصوبے</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>اشاریے</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>تعاون</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>فائل (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New record on this page</source>
            <translation>اس صفحے پر نیا ریکارڈ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>ترتیبات… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>پروگرام بند کریں (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>جائیں (&amp;G)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>never exported</source>
            <translation>کبھی برآمد نہیں کیا گیا</translation>
        </message>
        <message>
            <source>last export {when}</source>
            <translation>آخری برآمد {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation>
                <numerusform>%n تبدیلی ہم آہنگ نہیں ہوئی</numerusform>
                <numerusform>%n تبدیلیاں ہم آہنگ نہیں ہوئیں</numerusform>
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
            <translation>اجلاس[*]</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>قسم (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>عنوان (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation>کمیٹی (&amp;o)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>کوئی نہیں</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>آغاز (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>اختتام (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>مقام (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>زبان (&amp;L)</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>صورتِ حال (&amp;a)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>خلاصہ (&amp;u)</translation>
        </message>
        <message>
            <source>Plans that came from this consultation</source>
            <translation>اس مشاورت سے بننے والے منصوبے</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>تفصیلات</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>حاضری</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>ایجنڈا</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>اقدامات</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>رودادِ اجلاس</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment on the Minutes tab.</source>
            <translation>یہ روداد منظور شدہ اور مقفل ہے: درستی کو رودادِ اجلاس والے حصے میں ترمیم کے طور پر درج کریں۔</translation>
        </message>
        <message>
            <source>Reading the members…</source>
            <translation>اراکین پڑھے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>new</source>
            <translation>نیا</translation>
        </message>
        <message>
            <source>Meeting: {title}[*]</source>
            <translation>اجلاس: {title}[*]</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>نیا اجلاس</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>خطرات کا جائزہ</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>انسدادی منصوبہ</translation>
        </message>
        <message>
            <source>Came into: {links}</source>
            <translation>اس سے بنے: {links}</translation>
        </message>
    </context>
    <context>
        <name>MeetingSteps</name>
        <message>
            <source>Circulating the minutes…</source>
            <translation>روداد تقسیم کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Returning the minutes to draft…</source>
            <translation>روداد کو دوبارہ مسودہ بنایا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Approving the minutes…</source>
            <translation>روداد منظور کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Approving the previous minutes…</source>
            <translation>گزشتہ روداد منظور کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Recording the amendment…</source>
            <translation>ترمیم درج کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Opening the action…</source>
            <translation>اقدام کھولا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Closing the action…</source>
            <translation>اقدام بند کیا جا رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Choose the city the meeting is in.</source>
            <translation>وہ شہر منتخب کریں جہاں اجلاس ہو رہا ہے۔</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>Total attendance</source>
            <translation>کل حاضری</translation>
        </message>
        <message>
            <source>The meeting ends before it starts: check the times.</source>
            <translation>اجلاس شروع ہونے سے پہلے ختم ہو رہا ہے: اوقات جانچیں۔</translation>
        </message>
        <message>
            <source>Choose the committee this meeting belongs to.</source>
            <translation>وہ کمیٹی منتخب کریں جس کا یہ اجلاس ہے۔</translation>
        </message>
        <message>
            <source>A meeting that has not started yet cannot be marked as held.</source>
            <translation>جو اجلاس ابھی شروع نہیں ہوا اسے منعقدہ درج نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>A headcount</source>
            <translation>ایک گنتی</translation>
        </message>
        <message>
            <source>The same gender, age band and group is counted twice.</source>
            <translation>ایک ہی صنف، عمر کا گروپ اور گروہ دو بار گنا گیا ہے۔</translation>
        </message>
        <message>
            <source>The same person is listed twice in the attendance.</source>
            <translation>ایک ہی فرد حاضری میں دو بار درج ہے۔</translation>
        </message>
        <message>
            <source>The meeting's secretary signs the minutes and must have been present: give the secretary's role to someone who was.</source>
            <translation>اجلاس کا سیکرٹری روداد پر دستخط کرتا ہے، اس لیے اس کا حاضر ہونا ضروری ہے: سیکرٹری کا کردار کسی حاضر فرد کو دیں۔</translation>
        </message>
        <message>
            <source>A meeting has one secretary: give the secretary's role to one person.</source>
            <translation>ایک اجلاس کا ایک ہی سیکرٹری ہوتا ہے: سیکرٹری کا کردار صرف ایک فرد کو دیں۔</translation>
        </message>
        <message>
            <source>Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to {sum}, not to the stated total of {total}.</source>
            <extracomment>Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.</extracomment>
            <translation>نام سے درج حاضرین ({named}) اور بغیر نام گنتی ({anonymous}) کا مجموعہ {sum} بنتا ہے، بتائی گئی کل تعداد {total} نہیں۔</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>ایجنڈے کا نکتہ</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>فیصلے</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>The action is due on {due}, before the meeting on {day} that opened it.</source>
            <translation>اقدام کی مقررہ تاریخ {due} ہے، جو {day} کے اس اجلاس سے پہلے ہے جس میں یہ طے ہوا۔</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>ترمیم</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment.</source>
            <translation>یہ روداد منظور شدہ اور مقفل ہے: درستی کو ترمیم کے طور پر درج کریں۔</translation>
        </message>
        <message>
            <source>Only a meeting that was held has minutes to circulate or approve.</source>
            <translation>صرف منعقدہ اجلاس کی روداد تقسیم یا منظور کی جا سکتی ہے۔</translation>
        </message>
        <message>
            <source>Minutes are approved by a meeting of the same committee.</source>
            <translation>روداد کی منظوری اسی کمیٹی کا اجلاس دیتا ہے۔</translation>
        </message>
        <message>
            <source>Minutes are approved by a later meeting.</source>
            <translation>روداد کی منظوری بعد کا اجلاس دیتا ہے۔</translation>
        </message>
        <message>
            <source>The approving meeting has to be marked as held first.</source>
            <translation>منظوری دینے والے اجلاس کو پہلے منعقدہ درج کرنا ضروری ہے۔</translation>
        </message>
        <message>
            <source>An action is closed at the meeting that opened it or a later meeting of its committee.</source>
            <translation>اقدام اسی اجلاس میں بند ہوتا ہے جس میں طے ہوا، یا اس کی کمیٹی کے کسی بعد کے اجلاس میں۔</translation>
        </message>
        <message>
            <source>An action cannot be closed before the meeting that opened it.</source>
            <translation>اقدام اس اجلاس سے پہلے بند نہیں کیا جا سکتا جس میں وہ طے ہوا۔</translation>
        </message>
        <message>
            <source>Choose the later meeting that approved these minutes.</source>
            <translation>بعد کا وہ اجلاس منتخب کریں جس نے یہ روداد منظور کی۔</translation>
        </message>
        <message>
            <source>Give the day the minutes were approved, after the meeting.</source>
            <translation>روداد کی منظوری کا دن درج کریں، جو اجلاس کے بعد کا ہو۔</translation>
        </message>
        <message>
            <source>These minutes are not approved yet: correct them directly instead.</source>
            <translation>یہ روداد ابھی منظور نہیں ہوئی: ترمیم کے بجائے اسے براہِ راست درست کریں۔</translation>
        </message>
        <message>
            <source>A person in the attendance no longer exists here.</source>
            <translation>حاضری میں درج ایک فرد اب یہاں موجود نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>اجلاس</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>نیا اجلاس (&amp;N)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>کمیٹی</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>رودادِ اجلاس</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n اجلاس</numerusform>
                <numerusform>%n اجلاس</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>The minutes of this meeting</source>
            <translation>اس اجلاس کی روداد</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>روداد کی صورتِ حال</translation>
        </message>
        <message>
            <source>Mark as &amp;circulated</source>
            <translation>تقسیم شدہ درج کریں (&amp;c)</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>واپس مسودہ بنائیں (&amp;d)</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>منظوری کی تاریخ</translation>
        </message>
        <message>
            <source>&amp;Approve on this day</source>
            <translation>اس دن منظور کریں (&amp;A)</translation>
        </message>
        <message>
            <source>The minutes of the committee's previous meeting</source>
            <translation>کمیٹی کے گزشتہ اجلاس کی روداد</translation>
        </message>
        <message>
            <source>Previous minutes</source>
            <translation>گزشتہ روداد</translation>
        </message>
        <message>
            <source>Approve those minutes at &amp;this meeting</source>
            <translation>وہ روداد اس اجلاس میں منظور کریں (&amp;t)</translation>
        </message>
        <message>
            <source>Amendments to the approved minutes</source>
            <translation>منظور شدہ روداد میں ترامیم</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>ترامیم</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>درستی</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <source>Record the a&amp;mendment</source>
            <translation>ترمیم درج کریں (&amp;m)</translation>
        </message>
        <message>
            <source>Save the meeting to circulate and approve its minutes.</source>
            <translation>روداد تقسیم اور منظور کرنے کے لیے اجلاس محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Minutes: {status}.</source>
            <translation>روداد: {status}۔</translation>
        </message>
        <message>
            <source>Circulated on {day}.</source>
            <translation>{day} کو تقسیم کی گئی۔</translation>
        </message>
        <message>
            <source>Approved at “{title}” on {day}; they are locked.</source>
            <translation>{day} کو “{title}” میں منظور کی گئی؛ یہ مقفل ہے۔</translation>
        </message>
        <message>
            <source>Approved on {day}; they are locked.</source>
            <translation>{day} کو منظور کی گئی؛ یہ مقفل ہے۔</translation>
        </message>
        <message>
            <source>Mark the meeting as held to circulate its minutes.</source>
            <translation>روداد تقسیم کرنے کے لیے اجلاس کو منعقدہ درج کریں۔</translation>
        </message>
        <message>
            <source>This is the committee's first meeting.</source>
            <translation>یہ کمیٹی کا پہلا اجلاس ہے۔</translation>
        </message>
        <message>
            <source>“{title}” on {day}: minutes {status}.</source>
            <translation>“{title}”، {day}: روداد {status}۔</translation>
        </message>
        <message>
            <source>Mark this meeting as held to approve them here.</source>
            <translation>اسے یہاں منظور کرنے کے لیے اس اجلاس کو منعقدہ درج کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>جنوری</translation>
        </message>
        <message>
            <source>February</source>
            <translation>فروری</translation>
        </message>
        <message>
            <source>March</source>
            <translation>مارچ</translation>
        </message>
        <message>
            <source>April</source>
            <translation>اپریل</translation>
        </message>
        <message>
            <source>May</source>
            <translation>مئی</translation>
        </message>
        <message>
            <source>June</source>
            <translation>جون</translation>
        </message>
        <message>
            <source>July</source>
            <translation>جولائی</translation>
        </message>
        <message>
            <source>August</source>
            <translation>اگست</translation>
        </message>
        <message>
            <source>September</source>
            <translation>ستمبر</translation>
        </message>
        <message>
            <source>October</source>
            <translation>اکتوبر</translation>
        </message>
        <message>
            <source>November</source>
            <translation>نومبر</translation>
        </message>
        <message>
            <source>December</source>
            <translation>دسمبر</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>scdesk</source>
            <translation>scdesk</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>یہ کام نہیں ہو سکا</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved.</source>
            <translation>کچھ غلط ہو گیا۔ ادھورا کام محفوظ نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved. The details are in {path}; please send that file to your support person.</source>
            <translation>کچھ غلط ہو گیا۔ ادھورا کام محفوظ نہیں کیا گیا۔ تفصیلات {path} میں ہیں؛ براہِ کرم یہ فائل اپنے معاون کو بھیج دیں۔</translation>
        </message>
        <message>
            <source>scdesk: unexpected error</source>
            <translation>scdesk: غیر متوقع خرابی</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>غیر متوقع خرابی</translation>
        </message>
    </context>
    <context>
        <name>Options</name>
        <message>
            <source>Reading the choices…</source>
            <translation>انتخابات پڑھے جا رہے ہیں…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>Organisation[*]</source>
            <translation>ادارہ[*]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>نام (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>شعبہ (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>نیا ادارہ</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Organisations</source>
            <translation>ادارے</translation>
        </message>
        <message>
            <source>&amp;New organisation</source>
            <translation>نیا ادارہ (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>شعبہ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>تمام شعبے</translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n ادارہ</numerusform>
                <numerusform>%n ادارے</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>Paper size</source>
            <translation>کاغذ کا سائز</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>امریکی لیٹر</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPart</name>
        <message>
            <source>Communities taking part</source>
            <translation>شریک کمیونٹیز</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>Add a &amp;community</source>
            <translation>کمیونٹی شامل کریں (&amp;c)</translation>
        </message>
        <message>
            <source>Anonymous participants</source>
            <translation>بغیر نام شرکا</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>صنف</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>عمر کا گروپ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation>گنتی شامل کریں (&amp;h)</translation>
        </message>
        <message>
            <source>Everyone who took part</source>
            <translation>تمام شرکا</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>شریک ہوئے</translation>
        </message>
        <message>
            <source>{registered} registered + {anonymous} counted = {total}</source>
            <translation>{registered} رجسٹرڈ + {anonymous} گنے گئے = {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>رپورٹ منتخب کریں اور “پیش منظر” دبائیں۔</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>پیش منظر کی صورتِ حال</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>بڑا چھوٹا کریں</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>چوڑائی کے مطابق</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>پورا صفحہ</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>اس نام سے محفوظ کریں… (&amp;a)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>اس نام سے محفوظ کریں</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>چھاپیں… (&amp;P)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>چھاپیں</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>رپورٹ کا پیش منظر</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>رپورٹ تیار کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>The report could not be shown.</source>
            <translation>رپورٹ دکھائی نہیں جا سکی۔</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation>
                <numerusform>تیار: %n صفحہ</numerusform>
                <numerusform>تیار: %n صفحات</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF دستاویزات (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>{path} کے طور پر محفوظ کیا گیا</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>چھاپا جا رہا ہے…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation>
                <numerusform>%n صفحہ پرنٹر کو بھیجا گیا</numerusform>
                <numerusform>%n صفحات پرنٹر کو بھیجے گئے</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>رپورٹ محفوظ کریں</translation>
        </message>
        <message>
            <source>The printer could not be started: check that it is on and connected.</source>
            <translation>پرنٹر شروع نہیں ہو سکا: جانچ لیں کہ وہ آن اور منسلک ہے۔</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عہدہ</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ای میل</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>مہارت</translation>
        </message>
        <message>
            <source>The birth year {year} is not possible.</source>
            <translation>سالِ پیدائش {year} ممکن نہیں۔</translation>
        </message>
        <message>
            <source>The age band does not match the birth year {year}.</source>
            <translation>عمر کا گروپ سالِ پیدائش {year} سے مطابقت نہیں رکھتا۔</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address.</source>
            <translation>{email} درست ای میل پتا نہیں۔</translation>
        </message>
        <message>
            <source>{phone} is not a phone number: use digits, spaces and +.</source>
            <translation>{phone} درست فون نمبر نہیں: ہندسے، خالی جگہ اور + استعمال کریں۔</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a phone number.</source>
            <translation>18 سال سے کم عمر فرد کا فون نمبر درج نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an e-mail address.</source>
            <translation>18 سال سے کم عمر فرد کا ای میل پتا درج نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without a title.</source>
            <translation>18 سال سے کم عمر فرد کا عہدہ درج نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without an organisation.</source>
            <translation>18 سال سے کم عمر فرد کا ادارہ درج نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>A person under 18 is recorded with an age band, not a birth year.</source>
            <translation>18 سال سے کم عمر فرد کا سالِ پیدائش نہیں، صرف عمر کا گروپ درج کیا جاتا ہے۔</translation>
        </message>
        <message>
            <source>A person under 18 is recorded without fields of expertise.</source>
            <translation>18 سال سے کم عمر فرد کے مہارت کے شعبے درج نہیں کیے جاتے۔</translation>
        </message>
        <message>
            <source>A person under 18 needs the consent of a parent or guardian.</source>
            <translation>18 سال سے کم عمر فرد کے لیے والدین یا سرپرست کی رضامندی ضروری ہے۔</translation>
        </message>
        <message>
            <source>Record the person's consent to take part before saving them.</source>
            <translation>فرد کو محفوظ کرنے سے پہلے شرکت پر اس کی رضامندی درج کریں۔</translation>
        </message>
        <message>
            <source>Say who gave consent: the person or a parent or guardian.</source>
            <translation>بتائیں کہ رضامندی کس نے دی: خود فرد نے یا والدین یا سرپرست نے۔</translation>
        </message>
        <message>
            <source>Say how consent was given: orally or in writing.</source>
            <translation>بتائیں کہ رضامندی کیسے دی گئی: زبانی یا تحریری۔</translation>
        </message>
        <message>
            <source>Give the date of consent.</source>
            <translation>رضامندی کی تاریخ درج کریں۔</translation>
        </message>
        <message>
            <source>The date of consent is in the future.</source>
            <translation>رضامندی کی تاریخ مستقبل میں ہے۔</translation>
        </message>
        <message>
            <source>The date consent was withdrawn is in the future.</source>
            <translation>رضامندی واپس لینے کی تاریخ مستقبل میں ہے۔</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the day it was given.</source>
            <translation>رضامندی دینے کے دن سے پہلے اسے واپس نہیں لیا جا سکتا۔</translation>
        </message>
        <message>
            <source>{name} has withdrawn consent and cannot be recorded here.</source>
            <translation>{name} اپنی رضامندی واپس لے چکے ہیں اور یہاں درج نہیں کیے جا سکتے۔</translation>
        </message>
        <message>
            <source>{name} was under 18 on the day: remove their phone number and e-mail first.</source>
            <translation>{name} اس دن 18 سال سے کم عمر تھے: پہلے ان کا فون نمبر اور ای میل ہٹائیں۔</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>نیا فرد (&amp;N)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>صنف</translation>
        </message>
        <message>
            <source>Born / age</source>
            <translation>پیدائش / عمر</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>تمام اقسام</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n فرد</numerusform>
                <numerusform>%n افراد</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePart</name>
        <message>
            <source>Coaches and facilitators</source>
            <translation>کوچ اور سہولت کار</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>Registered participants</source>
            <translation>رجسٹرڈ شرکا</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>From</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>To</source>
            <translation>اختتام</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
    </context>
    <context>
        <name>PersonChoiceField</name>
        <message>
            <source>Clear</source>
            <translation>صاف کریں</translation>
        </message>
        <message>
            <source>Clear the person chosen</source>
            <translation>منتخب فرد ہٹائیں</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>کوئی منتخب نہیں</translation>
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name to find a person</source>
            <translation>فرد تلاش کرنے کے لیے نام لکھیں</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>فرد تلاش کریں</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>شامل کریں</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>ملنے والا فرد شامل کریں</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>نیا فرد…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translation>نیا فرد درج کریں</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>ملنے والے افراد</translation>
        </message>
        <message>
            <source>Type a name, or pick from the expert pool</source>
            <translation>نام لکھیں، یا ماہرین کے پینل سے منتخب کریں</translation>
        </message>
        <message>
            <source>Finding people…</source>
            <translation>افراد تلاش کیے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>{person} (expert pool)</source>
            <translation>{person} (ماہرین کا پینل)</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Person[*]</source>
            <translation>فرد[*]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کون</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>نام (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>صنف (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>سالِ پیدائش (&amp;B)</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <source>&amp;Age band</source>
            <translation>عمر کا گروپ (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>قسم (&amp;T)</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>عہدہ (&amp;i)</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>ادارہ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>Co&amp;mmunity</source>
            <translation>کمیونٹی (&amp;m)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>فون (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>ای میل (&amp;E)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>گروہ</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>رضامندی</translation>
        </message>
        <message>
            <source>Takes part</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Consents to take part</source>
            <translation>شرکت پر رضامند ہیں</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>تصاویر</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>معلومات</translation>
        </message>
        <message>
            <source>Sharing data</source>
            <translation>معلومات کا اشتراک</translation>
        </message>
        <message>
            <source>Given &amp;by</source>
            <translation>کس نے دی (&amp;b)</translation>
        </message>
        <message>
            <source>Given &amp;how</source>
            <translation>کیسے دی (&amp;h)</translation>
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation>کب دی (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>واپس لینے کی تاریخ (&amp;W)</translation>
        </message>
        <message>
            <source>Hub's expert pool</source>
            <translation>مرکز کے ماہرین کا پینل</translation>
        </message>
        <message>
            <source>E&amp;xpertise</source>
            <translation>مہارت (&amp;x)</translation>
        </message>
        <message>
            <source>youth work, planning…</source>
            <translation>نوجوانوں کے ساتھ کام, منصوبہ بندی…</translation>
        </message>
        <message>
            <source>Fields of expertise, separated by commas; a person with none is not in the hub's expert pool.</source>
            <translation>مہارت کے شعبے، کاما (,) سے الگ کر کے؛ جس فرد کا کوئی شعبہ درج نہ ہو وہ مرکز کے ماہرین کے پینل میں شامل نہیں۔</translation>
        </message>
        <message>
            <source>new</source>
            <translation>نیا</translation>
        </message>
        <message>
            <source>Person: {name}[*]</source>
            <translation>فرد: {name}[*]</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>نیا فرد</translation>
        </message>
    </context>
    <context>
        <name>PlanForms</name>
        <message>
            <source>The consultations it came from (double-click one to open it)</source>
            <translation>جن مشاورتوں سے یہ بنا (کھولنے کے لیے کسی پر دو بار کلک کریں)</translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message>
            <source>&amp;Title</source>
            <translation>عنوان (&amp;T)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>خلاصہ (&amp;u)</translation>
        </message>
        <message>
            <source>&amp;Review on</source>
            <translation>نظرِ ثانی کی تاریخ (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Finding</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>A priority the hub added is one of the other priorities: choose the priority area Other for it.</source>
            <translation>مرکز کی شامل کردہ ترجیح دیگر ترجیحات میں سے ہے: اس کے لیے ترجیحی شعبہ “دیگر ترجیح” منتخب کریں۔</translation>
        </message>
        <message>
            <source>Only a consultation has findings: choose the kind Consultation or remove the findings.</source>
            <translation>نتائج صرف مشاورت کے ہوتے ہیں: قسم “مشاورت” منتخب کریں یا نتائج ہٹا دیں۔</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>Give the date it was adopted.</source>
            <translation>منظوری کی تاریخ درج کریں۔</translation>
        </message>
        <message>
            <source>The review date comes after the date it was adopted.</source>
            <translation>نظرِ ثانی کی تاریخ منظوری کی تاریخ کے بعد آتی ہے۔</translation>
        </message>
        <message>
            <source>The date it was adopted is in the future.</source>
            <translation>منظوری کی تاریخ مستقبل میں ہے۔</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>مقصد</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>تفصیل</translation>
        </message>
        <message>
            <source>Affected communities</source>
            <translation>متاثرہ کمیونٹیز</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>The objective belongs to another plan.</source>
            <translation>یہ مقصد کسی دوسرے منصوبے کا ہے۔</translation>
        </message>
        <message>
            <source>This finding belongs to another consultation: leave its id empty to add it to this one.</source>
            <translation>یہ نتیجہ کسی دوسری مشاورت کا ہے: اسے اس مشاورت میں شامل کرنے کے لیے اس کا شناختی نمبر خالی چھوڑ دیں۔</translation>
        </message>
        <message>
            <source>The plan and its risk profile belong to different cities.</source>
            <translation>منصوبہ اور اس کا خطرات کا جائزہ مختلف شہروں کے ہیں۔</translation>
        </message>
        <message>
            <source>The city has an adopted version already: add this one as a draft, then adopt it.</source>
            <translation>اس شہر کا ایک منظور شدہ ورژن پہلے سے موجود ہے: اسے مسودے کے طور پر شامل کریں، پھر منظور کریں۔</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: start a new version to change it.</source>
            <translation>یہ ورژن منظور شدہ یا تبدیل شدہ ہے: اسے بدلنے کے لیے نیا ورژن شروع کریں۔</translation>
        </message>
        <message>
            <source>This version is adopted or superseded: it is kept as it was; start a new version on the Plans page to change it.</source>
            <translation>یہ ورژن منظور شدہ یا تبدیل شدہ ہے: اسے جوں کا توں رکھا گیا ہے؛ اسے بدلنے کے لیے منصوبوں کے صفحے پر نیا ورژن شروع کریں۔</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>Risk profiles and prevention plans</source>
            <translation>خطرات کے جائزے اور انسدادی منصوبے</translation>
        </message>
        <message>
            <source>Cities and their versions</source>
            <translation>شہر اور ان کے ورژن</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>خطرات کا جائزہ</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>انسدادی منصوبہ</translation>
        </message>
        <message>
            <source>Threats and factors of the version chosen</source>
            <translation>منتخب ورژن کے خطرات اور عناصر</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>خطرہ یا عنصر</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>امکان</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>اثر</translation>
        </message>
        <message>
            <source>Reading the plans…</source>
            <translation>منصوبے پڑھے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>کوئی نہیں</translation>
        </message>
        <message>
            <source>v{number} {status}</source>
            <translation>ورژن {number} {status}</translation>
        </message>
        <message>
            <source>No city yet.</source>
            <translation>ابھی کوئی شہر نہیں۔</translation>
        </message>
        <message>
            <source>Reading the risk profile…</source>
            <translation>خطرات کا جائزہ پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Adopting…</source>
            <translation>منظور کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Starting a new version…</source>
            <translation>نیا ورژن شروع کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Risk profile of {city}</source>
            <translation>{city} کے خطرات کا جائزہ</translation>
        </message>
        <message>
            <source>Prevention plan of {city}</source>
            <translation>{city} کا انسدادی منصوبہ</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>شروع کیا جا رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>PreventionPlanForm</name>
        <message>
            <source>Prevention plan[*]</source>
            <translation>انسدادی منصوبہ[*]</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>منصوبہ (&amp;P)</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>مقصد</translation>
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation>مقصد شامل کریں (&amp;o)</translation>
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation>مقاصد (&amp;b)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ذمہ دار</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation>اقدام شامل کریں (&amp;a)</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>اقدامات (&amp;A)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>جن مشاورتوں سے یہ بنا</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>مشاورتیں (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>prevention plan</source>
            <translation>انسدادی منصوبہ</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>انسدادی منصوبہ</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>تفصیل</translation>
        </message>
        <message>
            <source>Only the hub adds or changes priorities: ask the hub to add this one.</source>
            <translation>ترجیحات صرف مرکز شامل کرتا یا بدلتا ہے: مرکز سے یہ ترجیح شامل کرنے کو کہیں۔</translation>
        </message>
        <message>
            <source>The priority chosen is not one the hub has added.</source>
            <translation>منتخب کردہ ترجیح مرکز کی شامل کردہ ترجیحات میں سے نہیں۔</translation>
        </message>
        <message>
            <source>The hub has retired this priority: choose another for a new finding.</source>
            <translation>مرکز نے یہ ترجیح غیر فعال کر دی ہے: نئے نتیجے کے لیے کوئی دوسری ترجیح منتخب کریں۔</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesPanel</name>
        <message>
            <source>Priorities the hub added</source>
            <translation>مرکز کی شامل کردہ ترجیحات</translation>
        </message>
        <message>
            <source>Name of the priority</source>
            <translation>ترجیح کا نام</translation>
        </message>
        <message>
            <source>Description of the priority</source>
            <translation>ترجیح کی تفصیل</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>نام (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>تفصیل (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>شامل کریں (&amp;A)</translation>
        </message>
        <message>
            <source>Add a priority</source>
            <translation>ترجیح شامل کریں</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>تبدیلیاں محفوظ کریں (&amp;c)</translation>
        </message>
        <message>
            <source>Save the changes to the selected priority</source>
            <translation>منتخب ترجیح میں تبدیلیاں محفوظ کریں</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>غیر فعال کریں (&amp;R)</translation>
        </message>
        <message>
            <source>Only the hub adds, changes or retires priorities; they reach this device when it imports the hub's bundle.</source>
            <translation>ترجیحات صرف مرکز شامل کرتا، بدلتا یا غیر فعال کرتا ہے؛ یہ اس آلے تک اس وقت پہنچتی ہیں جب یہ مرکز کی ہم آہنگی فائل درآمد کرتا ہے۔</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (غیر فعال)</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>بحال کریں (&amp;B)</translation>
        </message>
        <message>
            <source>Offer the selected priority again</source>
            <translation>منتخب ترجیح دوبارہ پیش کریں</translation>
        </message>
        <message>
            <source>Retire the selected priority: old findings keep it</source>
            <translation>منتخب ترجیح غیر فعال کریں: پرانے نتائج میں یہ برقرار رہے گی</translation>
        </message>
        <message>
            <source>Priority added.</source>
            <translation>ترجیح شامل کر دی گئی۔</translation>
        </message>
        <message>
            <source>Priority saved.</source>
            <translation>ترجیح محفوظ کر دی گئی۔</translation>
        </message>
        <message>
            <source>Priority brought back.</source>
            <translation>ترجیح بحال کر دی گئی۔</translation>
        </message>
        <message>
            <source>Priority retired.</source>
            <translation>ترجیح غیر فعال کر دی گئی۔</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>محفوظ کیا جا رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>ProblemLabel</name>
        <message>
            <source>Problem</source>
            <translation>مسئلہ</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ٹھیک ہے</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ہاں (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>نہیں (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>RaisingForm</name>
        <message>
            <source>Raised with a national body[*]</source>
            <translation>قومی ادارے کے سامنے اٹھایا گیا معاملہ[*]</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>شہر (&amp;C)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;National body</source>
            <translation>قومی ادارہ (&amp;N)</translation>
        </message>
        <message>
            <source>A ministry, a national commission…</source>
            <translation>کوئی وزارت، کوئی قومی کمیشن…</translation>
        </message>
        <message>
            <source>&amp;Raised on</source>
            <translation>اٹھانے کی تاریخ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;What was raised</source>
            <translation>کیا معاملہ اٹھایا گیا (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>صورتِ حال (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Outcome so far</source>
            <translation>اب تک کا نتیجہ (&amp;O)</translation>
        </message>
        <message>
            <source>Came &amp;from</source>
            <translation>ماخذ (&amp;f)</translation>
        </message>
        <message>
            <source>— nothing recorded here</source>
            <translation>— یہاں کچھ درج نہیں</translation>
        </message>
        <message>
            <source>New raising with a national body</source>
            <translation>قومی ادارے کے سامنے اٹھایا گیا نیا معاملہ</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>&amp;Save</source>
            <translation>محفوظ کریں (&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>محفوظ کریں (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Opening the form…</source>
            <translation>فارم کھولا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Changes typed on {when} were not saved.</source>
            <translation>{when} کو لکھی گئی تبدیلیاں محفوظ نہیں ہوئیں۔</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>انہیں بحال کریں</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>انہیں رد کریں</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>محفوظ کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>This form has changes that are not saved.</source>
            <translation>اس فارم میں ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>محفوظ کر کے بند کریں</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>تبدیلیاں رد کریں</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>ترمیم جاری رکھیں</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>This record was merged into another one: it cannot come back.</source>
            <translation>یہ ریکارڈ کسی دوسرے ریکارڈ میں یکجا ہو چکا ہے: اسے واپس نہیں لایا جا سکتا۔</translation>
        </message>
        <message>
            <source>This kind of record cannot be deleted.</source>
            <translation>اس قسم کا ریکارڈ حذف نہیں کیا جا سکتا۔</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Language</source>
            <translation>زبان (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>کاغذ کا سائز (&amp;z)</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Minutes</source>
            <translation>رودادِ اجلاس</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>حاضری شیٹ</translation>
        </message>
        <message>
            <source>Activity report</source>
            <translation>سرگرمی کی رپورٹ</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>کلیدی اعداد و شمار</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>اہداف کے مقابلے میں اشاریے</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>اقدامات کا جائزہ</translation>
        </message>
        <message>
            <source>City risk profile and plan</source>
            <translation>شہر کے خطرات کا جائزہ اور منصوبہ</translation>
        </message>
        <message>
            <source>Tables as CSV files (zip)</source>
            <translation>جدولیں بطور CSV فائلیں (zip)</translation>
        </message>
        <message>
            <source>Tables as an XLSX workbook</source>
            <translation>جدولیں ایک XLSX فائل میں</translation>
        </message>
        <message>
            <source>Sign-in sheet for a meeting</source>
            <translation>اجلاس کی حاضری شیٹ</translation>
        </message>
        <message>
            <source>Sign-in sheet for a youth activity</source>
            <translation>نوجوانوں کی سرگرمی کی حاضری شیٹ</translation>
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation>اجلاس کی روداد</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>نوجوانوں کی سرگرمی کی رپورٹ</translation>
        </message>
    </context>
    <context>
        <name>ReportRequests</name>
        <message>
            <source>Choose a meeting or a youth activity.</source>
            <translation>کوئی اجلاس یا نوجوانوں کی سرگرمی منتخب کریں۔</translation>
        </message>
        <message>
            <source>Choose a city.</source>
            <translation>کوئی شہر منتخب کریں۔</translation>
        </message>
        <message>
            <source>Choose a meeting.</source>
            <translation>کوئی اجلاس منتخب کریں۔</translation>
        </message>
        <message>
            <source>Choose a youth activity.</source>
            <translation>نوجوانوں کی کوئی سرگرمی منتخب کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Chair</source>
            <translation>صدر</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>سیکرٹری</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>رکن</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>مبصر</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>شریک</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>مقرر</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>سہولت کار</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>مہمان</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>کوچ</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>سہولت کار</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>طے شدہ</translation>
        </message>
        <message>
            <source>held</source>
            <translation>منعقد ہوا</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>منسوخ</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>مسودہ</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>تقسیم شدہ</translation>
        </message>
        <message>
            <source>open</source>
            <translation>زیرِ التوا</translation>
        </message>
        <message>
            <source>done</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>ترک</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>تاخیر شدہ</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>آگے منتقل</translation>
        </message>
        <message>
            <source>sports</source>
            <translation>کھیل</translation>
        </message>
        <message>
            <source>arts</source>
            <translation>فنون</translation>
        </message>
        <message>
            <source>dialogue</source>
            <translation>مکالمہ</translation>
        </message>
        <message>
            <source>training</source>
            <translation>تربیت</translation>
        </message>
        <message>
            <source>other activity</source>
            <translation>دیگر سرگرمی</translation>
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
            <source>adopted</source>
            <translation>منظور شدہ</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>تبدیل شدہ</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>خطرہ</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>خطرے کا عنصر</translation>
        </message>
        <message>
            <source>protective factor</source>
            <translation>حفاظتی عنصر</translation>
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
            <source>high</source>
            <translation>زیادہ</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>جاری</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>تاخیر کا شکار</translation>
        </message>
        <message>
            <source>output</source>
            <translation>پیداوار</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>نتیجہ</translation>
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
            <source>member cities, each counted once</source>
            <translation>رکن شہر، ہر ایک ایک بار گنا گیا</translation>
        </message>
        <message>
            <source>grants, cancelled ones left out</source>
            <translation>گرانٹس، منسوخ شدہ شامل نہیں</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>تجویز کردہ</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>منظور شدہ</translation>
        </message>
        <message>
            <source>disbursed</source>
            <translation>ادا شدہ</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>مکمل</translation>
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
            <source>Youth activity report</source>
            <translation>نوجوانوں کی سرگرمی کی رپورٹ</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>صنف کے لحاظ سے</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>صنف</translation>
        </message>
        <message>
            <source>By age band</source>
            <translation>عمر کے گروپ کے لحاظ سے</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>عمر کا گروپ</translation>
        </message>
        <message>
            <source>By community</source>
            <translation>کمیونٹی کے لحاظ سے</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>By age band and gender</source>
            <translation>عمر کے گروپ اور صنف کے لحاظ سے</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشتیں</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <extracomment>Translators: {start} and {end} are dates in words.
----------
Translators: {start} and {end} are times of day such as 10:00 and 12:00.</extracomment>
            <translation>{start} تا {end}</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>سرگرمی کی قسم</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>تاریخیں</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>Coaches and facilitators</source>
            <translation>کوچ اور سہولت کار</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Communities taking part</source>
            <translation>شریک کمیونٹیز</translation>
        </message>
        <message>
            <source>Sessions ({count})</source>
            <extracomment>Translators: {count} is a number of sessions.</extracomment>
            <translation>نشستیں ({count})</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>کوئی نشست درج نہیں۔</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>People who took part: {total}.</source>
            <translation>شریک افراد: {total}۔</translation>
        </message>
        <message>
            <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>نام سے رجسٹرڈ: {named}؛ بغیر نام گنے گئے: {anonymous}؛ کل: {total}۔</translation>
        </message>
        <message>
            <source>City plan</source>
            <translation>شہر کا منصوبہ</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>خطرات کا جائزہ</translation>
        </message>
        <message>
            <source>No risk profile is recorded for this city.</source>
            <translation>اس شہر کے خطرات کا کوئی جائزہ درج نہیں۔</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>تفصیل</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>متاثرہ کمیونٹیز</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>امکان</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>اثر</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>انسدادی منصوبہ</translation>
        </message>
        <message>
            <source>No prevention plan is recorded for this city.</source>
            <translation>اس شہر کا کوئی انسدادی منصوبہ درج نہیں۔</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>مقاصد</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>اقدامات</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>مقصد</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ذمہ دار</translation>
        </message>
        <message>
            <source>From</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <source>No actions are planned yet.</source>
            <translation>ابھی کوئی اقدام طے نہیں۔</translation>
        </message>
        <message>
            <source>Version {number}, {status}</source>
            <extracomment>Translators: {number} is the version's number; {status} draft, adopted or superseded.</extracomment>
            <translation>ورژن {number}، {status}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ورژن</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>منظوری کی تاریخ</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>نظرِ ثانی کی تاریخ</translation>
        </message>
        <message>
            <source>Drawn from</source>
            <translation>ماخذ</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>صفحہ {page} از {pages}</translation>
        </message>
        <message>
            <source>Printed from scdesk on {date}</source>
            <extracomment>Translators: {date} is the day the report was printed, in words.</extracomment>
            <translation>scdesk سے {date} کو چھاپا گیا</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your language writes dates.</extracomment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>پوشیدہ</translation>
        </message>
        <message>
            <source>Counts from 1 to 4 are shown as &lt;5, and a count that would reveal one as hidden.</source>
            <translation>1 سے 4 تک کی گنتی کی جگہ &lt;5 لکھا گیا ہے، اور جو گنتی ان میں سے کسی کو ظاہر کر دے اس کی جگہ پوشیدہ۔</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n فرد</numerusform>
                <numerusform>%n افراد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n تقریب</numerusform>
                <numerusform>%n تقریبات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n شہر</numerusform>
                <numerusform>%n شہروں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committee meeting(s)</source>
            <translation>
                <numerusform>%n کمیٹی اجلاس</numerusform>
                <numerusform>%n کمیٹی اجلاس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consultation(s)</source>
            <translation>
                <numerusform>%n مشاورت</numerusform>
                <numerusform>%n مشاورتیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n ورکشاپ</numerusform>
                <numerusform>%n ورکشاپس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roundtable(s)</source>
            <translation>
                <numerusform>%n گول میز کانفرنس</numerusform>
                <numerusform>%n گول میز کانفرنسیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training session(s)</source>
            <translation>
                <numerusform>%n تربیتی نشست</numerusform>
                <numerusform>%n تربیتی نشستیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summit(s)</source>
            <translation>
                <numerusform>%n سربراہی اجلاس</numerusform>
                <numerusform>%n سربراہی اجلاس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other event(s)</source>
            <translation>
                <numerusform>%n دیگر تقریب</numerusform>
                <numerusform>%n دیگر تقریبات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n youth activity(s)</source>
            <translation>
                <numerusform>نوجوانوں کی %n سرگرمی</numerusform>
                <numerusform>نوجوانوں کی %n سرگرمیاں</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} took part in {events} held in {cities}.</source>
            <extracomment>Translators: {people}, {events} and {cities} are counted phrases such as "14 people", "3 events" and "1 city".</extracomment>
            <translation>{cities} میں منعقدہ {events} میں {people} نے شرکت کی۔</translation>
        </message>
        <message>
            <source>The events were {kinds}.</source>
            <extracomment>Translators: {kinds} lists events by kind: "3 workshops, 2 consultations".</extracomment>
            <translation>تقریبات میں {kinds} شامل تھیں۔</translation>
        </message>
        <message numerus="yes">
            <source>%n of them were women and girls ({share}%).</source>
            <extracomment>Translators: {share} is a percentage of the people engaged.</extracomment>
            <translation>
                <numerusform>ان میں سے %n خاتون یا لڑکی تھی ({share}%)۔</numerusform>
                <numerusform>ان میں سے %n خواتین اور لڑکیاں تھیں ({share}%)۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n young people under 25 were reached.</source>
            <translation>
                <numerusform>25 سال سے کم عمر کے %n نوجوان تک رسائی ہوئی۔</numerusform>
                <numerusform>25 سال سے کم عمر کے %n نوجوانوں تک رسائی ہوئی۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mayors and local leaders took part.</source>
            <translation>
                <numerusform>%n میئر یا مقامی رہنما نے شرکت کی۔</numerusform>
                <numerusform>%n میئرز اور مقامی رہنماؤں نے شرکت کی۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cities joined the network in the period.</source>
            <translation>
                <numerusform>اس مدت میں %n شہر نیٹ ورک میں شامل ہوا۔</numerusform>
                <numerusform>اس مدت میں %n شہر نیٹ ورک میں شامل ہوئے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>اشاریے</translation>
        </message>
        <message>
            <source>All member cities</source>
            <translation>تمام رکن شہر</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>مدت</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>No indicators are recorded.</source>
            <translation>کوئی اشاریہ درج نہیں۔</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>سطح</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>گنتی کا اصول</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>کلیدی عدد</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>تقسیم</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ابتدائی سطح</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ہدف</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>اصل</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>ہدف کا حصہ</translation>
        </message>
        <message>
            <source>Actual against target</source>
            <translation>ہدف کے مقابلے میں اصل</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <extracomment>Translators: {dimension} is a breakdown such as "gender" or "age band".</extracomment>
            <translation>{dimension} کے لحاظ سے</translation>
        </message>
        <message>
            <source>Period and city</source>
            <translation>مدت اور شہر</translation>
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
            <source>How the actual values were counted</source>
            <translation>اصل اعداد کیسے گنے گئے</translation>
        </message>
        <message>
            <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
            <translation>اصل اعداد کبھی ہاتھ سے درج نہیں کیے جاتے: یہ ریکارڈ سے انہی اصولوں کے مطابق گنے جاتے ہیں جن سے کلیدی اعداد و شمار، ہر ہدف کی اپنی مدت اور شہر کے لیے۔ ہدف ایک مدت اور ایک شہر کے لیے، یا تمام رکن شہروں کے لیے مقرر ہوتا ہے؛ تقسیم بتاتی ہے کہ اصل عدد کیسے بٹتا ہے۔</translation>
        </message>
        <message>
            <source>A target may also be set for one category of a declared breakdown, such as women or youth. Grants awarded are the grants of the support given, cancelled ones left out.</source>
            <translation>ہدف کسی اعلان شدہ تقسیم کے ایک زمرے کے لیے بھی مقرر کیا جا سکتا ہے، جیسے خواتین یا نوجوان۔ دی گئی گرانٹس سے مراد دی گئی معاونت کی گرانٹس ہیں، منسوخ شدہ شامل نہیں۔</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>کلیدی اعداد و شمار</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>نمایاں نکات</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>Translators: {name} names a note on the figures ("Probable duplicates"), {text} is the note.</extracomment>
            <translation>{name}: {text}</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>تمام ریکارڈ</translation>
        </message>
        <message>
            <source>the first records</source>
            <translation>پہلے ریکارڈ</translation>
        </message>
        <message>
            <source>today</source>
            <translation>آج</translation>
        </message>
        <message>
            <source>For internal use only: no counts are suppressed.</source>
            <translation>صرف اندرونی استعمال کے لیے: کوئی گنتی چھپائی نہیں گئی۔</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>گنتی</translation>
        </message>
        <message>
            <source>{count} not settled yet: a person, event or city may be counted twice.</source>
            <translation>{count} ابھی طے نہیں ہوئے: کوئی فرد، تقریب یا شہر دو بار گنا جا سکتا ہے۔</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>ممکنہ دہرے اندراجات</translation>
        </message>
        <message>
            <source>To protect the people counted, people who withdrew their consent were left out and counts from 1 to 4 are shown as &lt;5. Where such a count could be worked out by subtracting the others from the total, the next smallest count is shown as hidden: it may be 5 or more. Zeros are shown.</source>
            <translation>شمار کیے گئے افراد کے تحفظ کے لیے اپنی رضامندی واپس لینے والے افراد کو شامل نہیں کیا گیا، اور 1 سے 4 تک کی گنتی کی جگہ &lt;5 لکھا گیا ہے۔ جہاں کل میں سے باقی گنتیاں منہا کر کے ایسی گنتی معلوم کی جا سکتی تھی، وہاں اگلی سب سے چھوٹی گنتی کی جگہ پوشیدہ لکھا گیا ہے: وہ 5 یا اس سے زیادہ ہو سکتی ہے۔ صفر دکھائے گئے ہیں۔</translation>
        </message>
        <message>
            <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
            <translation>{count} ریکارڈ دو آلات پر ایک ساتھ بدلے گئے اور جائزے کے منتظر ہیں؛ انہیں موجودہ حالت میں گنا گیا ہے۔</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>زیرِ جائزہ</translation>
        </message>
        <message>
            <source>{figure}: {total}</source>
            <extracomment>Translators: {figure} is the name of a key figure, {total} its count.</extracomment>
            <translation>{figure}: {total}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>کل</translation>
        </message>
        <message>
            <source>How each figure was counted</source>
            <translation>ہر عدد کیسے شمار کیا گیا</translation>
        </message>
        <message>
            <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
            <translation>منعقدہ تقریبات: ہر قسم کے وہ اجلاس جو منعقدہ درج ہیں اور اس مدت میں شروع ہوئے، اور نوجوانوں کی وہ سرگرمیاں جو منعقدہ درج ہیں اور جن کی تاریخیں اس مدت سے ملتی ہیں۔ طے شدہ، منسوخ اور حذف شدہ تقریبات شمار نہیں ہوتیں۔</translation>
        </message>
        <message>
            <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
            <translation>شریک افراد: ان اجلاسوں میں حاضر، ان سرگرمیوں کے لیے رجسٹرڈ یا ان میں کوچنگ کرنے والے مختلف افراد، اور بغیر نام گنے گئے افراد۔ ہر فرد ایک ہی بار گنا جاتا ہے، چاہے وہ کتنی ہی تقریبات میں آیا ہو اور اسے کسی بھی آلے پر درج کیا گیا ہو۔ معذرت، غیر حاضری اور دعوت نامے شمار نہیں ہوتے۔</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
            <translation>شریک میئر اور مقامی رہنما: شریک افراد میں سے وہ جو میئر یا مقامی رہنما کے طور پر درج ہیں۔</translation>
        </message>
        <message>
            <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
            <translation>جن نوجوانوں تک رسائی ہوئی: شریک افراد میں سے وہ جن کی عمر اس مدت میں اپنی آخری تقریب کے وقت 25 سال سے کم تھی، اور 25 سے کم عمر کے گروپوں میں بغیر نام گنے گئے افراد۔</translation>
        </message>
        <message>
            <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
            <translation>رکن شہر: وہ شہر جو رکن درج ہیں اور مدت کے اختتام تک نیٹ ورک میں شامل ہو چکے تھے، یا جن کی شمولیت کی تاریخ درج نہیں۔</translation>
        </message>
        <message>
            <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
            <translation>ہر فرد ہر تقسیم کے ایک خانے میں گنا جاتا ہے: اپنی صنف اور قسم، اپنی آخری تقریب کے وقت عمر کا گروپ، اور اپنا شہر (یا اس تقریب کا شہر)۔ ایک فرد کئی پسماندہ گروہوں سے تعلق رکھ سکتا ہے، اس لیے اس تقسیم کا مجموعہ کل تعداد سے زیادہ ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
            <translation>دی گئی معاونت: وہ گرانٹس جن کی تاریخیں، آغاز (یا منظوری) سے اختتام تک، اس مدت سے ملتی ہیں، اور اس مدت میں دیا گیا ماہرانہ مشورہ۔ رقوم ہر کرنسی میں الگ جمع کی جاتی ہیں، تبدیل کیے بغیر۔</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>رودادِ اجلاس</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>آئندہ اجلاس</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>مسودہ</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>کمیٹی</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>اجلاس کی قسم</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>وقت</translation>
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
            <source>Draft minutes, circulated on {date}; not yet approved.</source>
            <translation>روداد کا مسودہ، {date} کو تقسیم کیا گیا؛ ابھی منظور نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Draft minutes: not yet circulated or approved.</source>
            <translation>روداد کا مسودہ: ابھی نہ تقسیم ہوا نہ منظور۔</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>حاضری</translation>
        </message>
        <message>
            <source>Present ({count})</source>
            <translation>حاضر ({count})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>Organisation or title</source>
            <translation>ادارہ یا عہدہ</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>معذرت کی اطلاع</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>غیر حاضر</translation>
        </message>
        <message>
            <source>Not named here, at their request: {count}.</source>
            <translation>ان کی درخواست پر یہاں نام درج نہیں: {count}۔</translation>
        </message>
        <message>
            <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
            <translation>اس کمیٹی کا کوئی کورم درج نہیں؛ اس کے {members} ووٹ دینے والے اراکین میں سے {present} حاضر تھے۔</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
            <translation>کورم: {quorum} ووٹ دینے والے اراکین۔ {members} میں سے {present} حاضر تھے، اس لیے کورم پورا تھا۔</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
            <translation>کورم: {quorum} ووٹ دینے والے اراکین۔ {members} میں سے صرف {present} حاضر تھے، اس لیے کورم پورا نہیں ہوا اور اجلاس کے فیصلوں کی توثیق درکار ہے۔</translation>
        </message>
        <message>
            <source>Counted without names</source>
            <translation>بغیر نام گنے گئے</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>گروہ</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>عمر درج نہیں</translation>
        </message>
        <message>
            <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>نام کے ساتھ حاضر: {named}؛ بغیر نام گنے گئے: {anonymous}؛ کل: {total}۔</translation>
        </message>
        <message>
            <source>Minutes of the previous meeting</source>
            <translation>گزشتہ اجلاس کی روداد</translation>
        </message>
        <message>
            <source>No earlier minutes were approved at this meeting.</source>
            <translation>اس اجلاس میں کسی سابقہ روداد کی منظوری نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>The minutes of the meeting of {date} were approved as a true record.</source>
            <translation>{date} کے اجلاس کی روداد کو درست ریکارڈ کے طور پر منظور کیا گیا۔</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>ایجنڈا اور بحث</translation>
        </message>
        <message>
            <source>No agenda items were recorded.</source>
            <translation>ایجنڈے کا کوئی نکتہ درج نہیں۔</translation>
        </message>
        <message>
            <source>Presented by {name}</source>
            <translation>پیش کنندہ: {name}</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>فیصلے</translation>
        </message>
        <message>
            <source>No actions were agreed or carried over.</source>
            <translation>کوئی اقدام طے یا آگے منتقل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>(agreed on {date})</source>
            <extracomment>Translators: {date} is the day of the earlier meeting that agreed the action.</extracomment>
            <translation>({date} کو طے پایا)</translation>
        </message>
        <message>
            <source>The date of the next meeting is not yet set.</source>
            <translation>آئندہ اجلاس کی تاریخ ابھی طے نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>{date} at {time}, {venue}.</source>
            <translation>{date}، {time} بجے، {venue}۔</translation>
        </message>
        <message>
            <source>Amendments since approval</source>
            <translation>منظوری کے بعد کی ترامیم</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>کوئی نہیں۔</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>ترمیم</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <source>Agreed at the meeting of</source>
            <translation>جس اجلاس میں منظور ہوئی</translation>
        </message>
        <message>
            <source>No chair was recorded as present.</source>
            <translation>کوئی صدر حاضر درج نہیں۔</translation>
        </message>
        <message>
            <source>No secretary was recorded as present.</source>
            <translation>کوئی سیکرٹری حاضر درج نہیں۔</translation>
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
            <source>(not named)</source>
            <translation>(نام درج نہیں)</translation>
        </message>
        <message>
            <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
            <translation>براہِ کرم اپنا نام لکھیں، اپنی صنف اور عمر کے گروپ پر نشان لگائیں اور دستخط کریں۔ "میں شرکت پر رضامند ہوں" پر نشان لگانے کا مطلب ہے کہ آپ اپنی حاضری درج کیے جانے پر رضامند ہیں؛ "تصاویر" کا مطلب ہے کہ آپ تصاویر میں آ سکتے ہیں۔ 18 سال سے کم عمر کے کسی بھی فرد کے لیے والدین یا سرپرست نشان لگائیں اور دستخط کریں۔</translation>
        </message>
        <message>
            <source>I agree to take part</source>
            <translation>میں شرکت پر رضامند ہوں</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>تصاویر</translation>
        </message>
        <message>
            <source>Role, organisation or community</source>
            <translation>کردار، ادارہ یا کمیونٹی</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>رضامندی</translation>
        </message>
        <message>
            <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
            <translation>بغیر نام گنتی (بڑی تقریبات کے لیے): خواتین {blank}، مرد {blank}، دیگر {blank}؛ کل {blank}۔</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>حاضری شیٹ</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>تقریب کی قسم</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>دی گئی معاونت</translation>
        </message>
        <message>
            <source>No support was given in this period.</source>
            <translation>اس مدت میں کوئی معاونت نہیں دی گئی۔</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>کرنسی</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>گرانٹس</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>رقم</translation>
        </message>
        <message>
            <source>Total, cancelled grants left out</source>
            <translation>کل، منسوخ گرانٹس کے بغیر</translation>
        </message>
        <message>
            <source>Technical support grants</source>
            <translation>تکنیکی معاونت کی گرانٹس</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>دیے گئے مشورے</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>ماہرانہ مشورہ</translation>
        </message>
        <message>
            <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
            <translation>اس مدت میں منعقدہ مشاورتوں میں قومی و مقامی تعاون پر سامنے آنے والے نتائج۔</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>National-local cooperation</source>
            <translation>قومی و مقامی تعاون</translation>
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
            <source>Raised with national bodies</source>
            <translation>قومی اداروں کے سامنے اٹھائے گئے معاملات</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>اقدامات کا جائزہ</translation>
        </message>
        <message>
            <source>open on {date}</source>
            <extracomment>Translators: {date} is today's date in words.</extracomment>
            <translation>{date} تک زیرِ التوا</translation>
        </message>
        <message>
            <source>Open actions: {open}, of which overdue: {overdue}.</source>
            <translation>زیرِ التوا اقدامات: {open}، جن میں سے تاخیر شدہ: {overdue}۔</translation>
        </message>
        <message>
            <source>No actions are open.</source>
            <translation>کوئی اقدام زیرِ التوا نہیں۔</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>طے ہونے کی تاریخ</translation>
        </message>
        <message>
            <source>{title} (plan version {number})</source>
            <extracomment>Translators: {title} is the prevention plan's title, {number} its version.</extracomment>
            <translation>{title} (منصوبے کا نسخہ {number})</translation>
        </message>
        <message>
            <source>Meetings outside a committee</source>
            <translation>کمیٹی سے باہر کے اجلاس</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>%n دن کی تاخیر</numerusform>
                <numerusform>%n دن کی تاخیر</numerusform>
            </translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>تمام کمیٹیاں</translation>
        </message>
        <message>
            <source>Reports are printed in {languages}; {language} is not one of them.</source>
            <translation>رپورٹیں {languages} میں چھپتی ہیں؛ {language} ان میں شامل نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>ReportsButton</name>
        <message>
            <source>&amp;Reports</source>
            <translation>رپورٹیں (&amp;R)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>رپورٹیں</translation>
        </message>
        <message>
            <source>Preview, print or save this record's reports, as last saved</source>
            <translation>اس ریکارڈ کی رپورٹیں، آخری بار محفوظ کی گئی حالت میں، دیکھیں، چھاپیں یا محفوظ کریں</translation>
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
            <translation>رپورٹیں</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>رپورٹ (&amp;R)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>رپورٹ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>زبان (&amp;L)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>کاغذ کا سائز (&amp;z)</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>پیش منظر (&amp;v)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>پیش منظر</translation>
        </message>
        <message>
            <source>&amp;Save the tables…</source>
            <translation>جدولیں محفوظ کریں… (&amp;S)</translation>
        </message>
        <message>
            <source>Save the tables</source>
            <translation>جدولیں محفوظ کریں</translation>
        </message>
        <message>
            <source>Reports status</source>
            <translation>رپورٹوں کی صورتِ حال</translation>
        </message>
        <message>
            <source>Zip archives of CSV files (*.zip)</source>
            <translation>CSV فائلوں کے zip مجموعے (*.zip)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel فائلیں (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the tables…</source>
            <translation>جدولیں لکھی جا رہی ہیں…</translation>
        </message>
        <message>
            <source>The tables were saved as {path}</source>
            <translation>جدولیں {path} کے طور پر محفوظ ہو گئیں</translation>
        </message>
    </context>
    <context>
        <name>RiskMatrix</name>
        <message>
            <source>Likelihood and impact matrix</source>
            <translation>امکان اور اثر کا خاکہ</translation>
        </message>
        <message>
            <source>likelihood {likelihood}, impact {impact}: {count}</source>
            <translation>امکان {likelihood}، اثر {impact}: {count}</translation>
        </message>
        <message>
            <source>No threat or risk factor is rated yet.</source>
            <translation>ابھی کسی خطرے یا خطرے کے عنصر کی درجہ بندی نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>امکان</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>اثر</translation>
        </message>
    </context>
    <context>
        <name>RiskProfileForm</name>
        <message>
            <source>Risk profile[*]</source>
            <translation>خطرات کا جائزہ[*]</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>جائزہ (&amp;P)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Threat or factor</source>
            <translation>خطرہ یا عنصر</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>متاثرہ کمیونٹیز</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>امکان</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>اثر</translation>
        </message>
        <message>
            <source>Add a &amp;threat or factor</source>
            <translation>خطرہ یا عنصر شامل کریں (&amp;t)</translation>
        </message>
        <message>
            <source>&amp;Factors</source>
            <translation>عناصر (&amp;F)</translation>
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation>جن مشاورتوں سے یہ بنا</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>مشاورتیں (&amp;C)</translation>
        </message>
        <message>
            <source>risk profile</source>
            <translation>خطرات کا جائزہ</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>خطرات کا جائزہ</translation>
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <source>Remove</source>
            <translation>ہٹائیں</translation>
        </message>
        <message>
            <source>Remove row {n}</source>
            <translation>سطر {n} ہٹائیں</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>اوپر</translation>
        </message>
        <message>
            <source>Move row {n} up</source>
            <translation>سطر {n} اوپر لے جائیں</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>نیچے</translation>
        </message>
        <message>
            <source>Move row {n} down</source>
            <translation>سطر {n} نیچے لے جائیں</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>{day} is not a date a period can have: choose one between {earliest} and {latest}.</source>
            <translation>{day} کسی مدت کی تاریخ نہیں ہو سکتی: {earliest} اور {latest} کے درمیان کوئی تاریخ منتخب کریں۔</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} درج کرنا ضروری ہے۔</translation>
        </message>
        <message>
            <source>{label} is too long: at most {limit} characters.</source>
            <translation>{label} بہت طویل ہے: زیادہ سے زیادہ {limit} حروف۔</translation>
        </message>
        <message>
            <source>The end date ({end}) is before the start date ({start}).</source>
            <translation>اختتام کی تاریخ ({end}) آغاز کی تاریخ ({start}) سے پہلے ہے۔</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} منفی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>{value} is not a language code such as {codes}.</source>
            <extracomment>Translators: {codes} lists language codes, such as "en, ur, hi".</extracomment>
            <translation>{value} زبان کا کوڈ نہیں، جیسے {codes}۔</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation>انٹرفیس کی زبان (&amp;I)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>انٹرفیس کی زبان</translation>
        </message>
        <message>
            <source>Records keep the language they are written in. The window opens again in the language chosen, on the page it shows; open forms are kept as drafts and offered back.</source>
            <translation>ریکارڈ اپنی لکھی گئی زبان ہی میں رہتے ہیں۔ ونڈو منتخب زبان میں اسی صفحے پر دوبارہ کھلتی ہے؛ کھلے فارم مسودوں کے طور پر محفوظ رہتے ہیں اور دوبارہ پیش کیے جاتے ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>SheetsOptions</name>
        <message>
            <source>De-identified: people appear by stable codes, without names or contact details; people who withdrew consent, or did not consent to the use of their data, are left out.</source>
            <translation>شناخت کے بغیر: افراد مستقل کوڈز سے ظاہر ہوتے ہیں، نام یا رابطے کی تفصیلات کے بغیر؛ جن افراد نے رضامندی واپس لے لی، یا اپنی معلومات کے استعمال پر رضامندی نہیں دی، انہیں شامل نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>&amp;Include personal data</source>
            <translation>ذاتی معلومات شامل کریں (&amp;I)</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>ذاتی معلومات شامل کریں</translation>
        </message>
        <message>
            <source>Names, birth years and contact details</source>
            <translation>نام، سالِ پیدائش اور رابطے کی تفصیلات</translation>
        </message>
        <message>
            <source>Include personal data?</source>
            <translation>کیا ذاتی معلومات شامل کی جائیں؟</translation>
        </message>
        <message>
            <source>The tables will hold the names, birth years and contact details of the people recorded. Keep the file safe, share it only with those who need it, and delete it when you are done.

Include personal data?</source>
            <translation>جدولوں میں درج افراد کے نام، سالِ پیدائش اور رابطے کی تفصیلات ہوں گی۔ فائل کو محفوظ جگہ رکھیں، صرف انہی کو دیں جنہیں اس کی ضرورت ہو، اور کام ختم ہونے پر اسے حذف کر دیں۔

کیا ذاتی معلومات شامل کی جائیں؟</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was saved.</source>
            <translation>ڈسک بھر گئی ہے: کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں۔ کچھ محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>The records file is damaged: restore it from a backup (scdesk check tells how).</source>
            <translation>ریکارڈ کی فائل خراب ہو گئی ہے: اسے بیک اپ سے بحال کریں (scdesk check طریقہ بتاتا ہے)۔</translation>
        </message>
        <message>
            <source>This file is not an scdesk records file, or it is damaged beyond reading.</source>
            <translation>یہ فائل scdesk کی ریکارڈ فائل نہیں، یا اتنی خراب ہے کہ پڑھی نہیں جا سکتی۔</translation>
        </message>
        <message>
            <source>The records are in use by another scdesk window or program: close it and try again.</source>
            <translation>ریکارڈ کسی دوسری scdesk ونڈو یا پروگرام کے زیرِ استعمال ہیں: اسے بند کر کے دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>A backup could not be written to {folder}: {reason}</source>
            <translation>{folder} میں بیک اپ نہیں لکھا جا سکا: {reason}</translation>
        </message>
        <message>
            <source>The records file cannot be written (it is read-only): check the folder.</source>
            <translation>ریکارڈ کی فائل میں لکھا نہیں جا سکتا (یہ صرف پڑھنے کے لیے ہے): فولڈر جانچیں۔</translation>
        </message>
        <message>
            <source>The disk could not be read or written: check the drive, then try again.</source>
            <translation>ڈسک پڑھی یا لکھی نہیں جا سکی: ڈرائیو جانچیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The records file cannot be opened: check that its folder exists and is yours.</source>
            <translation>ریکارڈ کی فائل کھولی نہیں جا سکتی: جانچیں کہ اس کا فولڈر موجود ہے اور آپ کا ہے۔</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write it as postgresql://user:password@server/database.</source>
            <translation>{url} PostgreSQL کا پتا نہیں: اسے postgresql://user:password@server/database کی صورت میں لکھیں۔</translation>
        </message>
        <message>
            <source>The backup before {reason} failed, so nothing was changed: {error}</source>
            <translation>{reason} سے پہلے کا بیک اپ ناکام رہا، اس لیے کچھ تبدیل نہیں ہوا: {error}</translation>
        </message>
        <message>
            <source>The database server at {address} cannot be reached or refused the login ({reason}): check that it is running and that the address, user and password are right.</source>
            <translation>{address} پر ڈیٹا بیس سرور تک رسائی نہیں ہو سکی یا اس نے داخلے کی اجازت نہیں دی ({reason}): جانچیں کہ وہ چل رہا ہے اور پتا، صارف کا نام اور پاس ورڈ درست ہیں۔</translation>
        </message>
        <message>
            <source>pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's client programs (on Debian, postgresql-client).</source>
            <translation>pg_dump نہیں ملا، اور ہر یکجائی سے پہلے بیک اپ لیا جاتا ہے: PostgreSQL کے کلائنٹ پروگرام انسٹال کریں (Debian پر postgresql-client)۔</translation>
        </message>
        <message>
            <source>These records were saved by a newer version of scdesk: install that version to open them. Nothing was changed.</source>
            <translation>یہ ریکارڈ scdesk کے نئے ورژن نے محفوظ کیے تھے: انہیں کھولنے کے لیے وہ ورژن انسٹال کریں۔ کچھ تبدیل نہیں ہوا۔</translation>
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <source>Choose the city the grant supports.</source>
            <translation>وہ شہر منتخب کریں جس کی یہ گرانٹ معاونت کرتی ہے۔</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>مقصد</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>رقم صفر سے زیادہ ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>Type the currency code, such as USD, EUR or PKR.</source>
            <translation>کرنسی کا کوڈ لکھیں، جیسے USD، EUR یا PKR۔</translation>
        </message>
        <message>
            <source>{currency} is not a currency code such as USD, EUR or PKR.</source>
            <translation>{currency} کرنسی کا کوڈ نہیں، جیسے USD، EUR یا PKR۔</translation>
        </message>
        <message>
            <source>Choose the city the advice was for.</source>
            <translation>وہ شہر منتخب کریں جس کے لیے مشورہ دیا گیا۔</translation>
        </message>
        <message>
            <source>Choose the expert who gave it.</source>
            <translation>وہ ماہر منتخب کریں جس نے یہ مشورہ دیا۔</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشتیں</translation>
        </message>
        <message>
            <source>{name} is not in the expert pool: record their fields of expertise on their person record first.</source>
            <translation>{name} ماہرین کے پینل میں شامل نہیں: پہلے ان کے ریکارڈ میں ان کی مہارت کے شعبے درج کریں۔</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Support given</source>
            <translation>دی گئی معاونت</translation>
        </message>
        <message>
            <source>New &amp;grant</source>
            <translation>نئی گرانٹ (&amp;g)</translation>
        </message>
        <message>
            <source>New expert &amp;advice</source>
            <translation>نیا ماہرانہ مشورہ (&amp;a)</translation>
        </message>
        <message>
            <source>Add to the expert &amp;pool…</source>
            <translation>ماہرین کے پینل میں شامل کریں… (&amp;p)</translation>
        </message>
        <message>
            <source>All grant statuses</source>
            <translation>گرانٹ کی ہر صورتِ حال</translation>
        </message>
        <message>
            <source>Grant status</source>
            <translation>گرانٹ کی صورتِ حال</translation>
        </message>
        <message>
            <source>What the lists hold</source>
            <translation>فہرستوں میں کیا ہے</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شہر</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>مقصد</translation>
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
            <source>Status</source>
            <translation>صورتِ حال</translation>
        </message>
        <message>
            <source>From</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>To</source>
            <translation>اختتام</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>گرانٹس</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>کل رقم</translation>
        </message>
        <message>
            <source>Totals by city, status and currency</source>
            <translation>شہر، صورتِ حال اور کرنسی کے لحاظ سے میزان</translation>
        </message>
        <message>
            <source>Totals by city, status and currency (never converted)</source>
            <translation>شہر، صورتِ حال اور کرنسی کے لحاظ سے میزان (کبھی تبدیل نہیں کیے جاتے)</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>ماہر</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>ماہرانہ مشورہ</translation>
        </message>
        <message>
            <source>Title and organisation</source>
            <translation>عہدہ اور ادارہ</translation>
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation>مہارت کے شعبے</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>دیے گئے مشورے</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>تازہ ترین</translation>
        </message>
        <message>
            <source>Expert pool</source>
            <translation>ماہرین کا پینل</translation>
        </message>
        <message>
            <source>Reading the support given…</source>
            <translation>دی گئی معاونت پڑھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>{grants} · {advice} · {experts} in the expert pool</source>
            <translation>{grants} · {advice} · ماہرین کے پینل میں {experts}</translation>
        </message>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%n گرانٹ</numerusform>
                <numerusform>%n گرانٹس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation>
                <numerusform>%n ماہرانہ مشورہ</numerusform>
                <numerusform>%n ماہرانہ مشورے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n ماہر</numerusform>
                <numerusform>%n ماہرین</numerusform>
            </translation>
        </message>
        <message>
            <source>not in the pool</source>
            <translation>پینل میں شامل نہیں</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>(empty)</source>
            <translation>(خالی)</translation>
        </message>
        <message>
            <source>This conflict is settled already.</source>
            <translation>یہ ٹکراؤ پہلے ہی حل ہو چکا ہے۔</translation>
        </message>
        <message>
            <source>This conflict is about a rule between two fields: keep A or B, or give both fields.</source>
            <translation>یہ ٹکراؤ دو خانوں کے درمیان ایک اصول کے بارے میں ہے: A یا B برقرار رکھیں، یا دونوں خانوں کی قدریں دیں۔</translation>
        </message>
        <message>
            <source>Give the value to keep.</source>
            <translation>برقرار رکھنے والی قدر دیں۔</translation>
        </message>
        <message>
            <source>That would break a rule: {rule} Give {names} too.</source>
            <translation>اس سے ایک اصول ٹوٹے گا: {rule} {names} بھی دیں۔</translation>
        </message>
        <message>
            <source>{rule} {first} set {field} to {value}; {second} set {other} to {other_value}.</source>
            <translation>{rule} {first} نے {field} کو {value} کیا؛ {second} نے {other} کو {other_value} کیا۔</translation>
        </message>
        <message>
            <source>Settled.</source>
            <translation>حل ہو گیا۔</translation>
        </message>
        <message>
            <source>This record has no field {name}.</source>
            <translation>اس ریکارڈ میں {name} نام کا کوئی خانہ نہیں۔</translation>
        </message>
        <message>
            <source>That value does not fit this field: {error}</source>
            <translation>یہ قدر اس خانے کے مطابق نہیں: {error}</translation>
        </message>
        <message>
            <source>This device has no keys to replace yet: scdesk device makes its first ones.</source>
            <translation>اس آلے کی ابھی کوئی کلیدیں نہیں جنہیں بدلا جائے: scdesk device اس کی پہلی کلیدیں بناتا ہے۔</translation>
        </message>
        <message>
            <source>This key backup belongs to another device.</source>
            <translation>کلیدوں کا یہ بیک اپ کسی دوسرے آلے کا ہے۔</translation>
        </message>
        <message>
            <source>This key backup holds keys this device no longer signs with.</source>
            <translation>کلیدوں کے اس بیک اپ میں ایسی کلیدیں ہیں جن سے یہ آلہ اب دستخط نہیں کرتا۔</translation>
        </message>
        <message>
            <source>{device}'s clock is {days} days ahead: ask its user to set the date.</source>
            <translation>{device} کی گھڑی {days} دن آگے ہے: اس کے صارف سے تاریخ درست کرنے کو کہیں۔</translation>
        </message>
        <message>
            <source>{file} is this device's own card: give it to the hub.</source>
            <translation>{file} اسی آلے کا اپنا کارڈ ہے: اسے مرکز کو دیں۔</translation>
        </message>
        <message>
            <source>{name} was revoked here and cannot be trusted again.</source>
            <translation>{name} یہاں منسوخ کیا جا چکا ہے اور اس پر دوبارہ اعتماد نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>{name} is known here with other keys: new keys are trusted only from its bundle or card that names the old ones (scdesk device replace-keys, on that device).</source>
            <translation>{name} یہاں دوسری کلیدوں کے ساتھ معلوم ہے: نئی کلیدوں پر صرف اس کی ایسی ہم آہنگی فائل یا کارڈ سے اعتماد کیا جاتا ہے جس میں پرانی کلیدوں کا ذکر ہو (اسی آلے پر scdesk device replace-keys)۔</translation>
        </message>
        <message>
            <source>This device cannot revoke itself.</source>
            <translation>یہ آلہ خود کو منسوخ نہیں کر سکتا۔</translation>
        </message>
        <message>
            <source>No such device is known here.</source>
            <translation>یہاں ایسا کوئی آلہ معلوم نہیں۔</translation>
        </message>
        <message>
            <source>No single device matches {text}: scdesk devices lists them.</source>
            <translation>کوئی ایک آلہ {text} سے مطابقت نہیں رکھتا: scdesk devices ان کی فہرست دیتا ہے۔</translation>
        </message>
        <message>
            <source>Only a hub writes a hub profile.</source>
            <translation>مرکز کی تعارفی فائل صرف مرکز لکھتا ہے۔</translation>
        </message>
        <message>
            <source>The hub profile holds records scdesk cannot read: {error}</source>
            <translation>مرکز کی تعارفی فائل میں ایسے ریکارڈ ہیں جنہیں scdesk پڑھ نہیں سکتا: {error}</translation>
        </message>
        <message>
            <source>The city is not one of the hub's cities.</source>
            <translation>یہ شہر مرکز کے شہروں میں شامل نہیں۔</translation>
        </message>
        <message>
            <source>An officer's device sends its bundles to its hub only, which passes them on.</source>
            <translation>افسر کا آلہ اپنی ہم آہنگی فائلیں صرف اپنے مرکز کو بھیجتا ہے، جو انہیں آگے پہنچاتا ہے۔</translation>
        </message>
        <message>
            <source>This device has no key for {name}.</source>
            <translation>اس آلے کے پاس {name} کی کوئی کلید نہیں۔</translation>
        </message>
        <message>
            <source>{file}: not imported, the import was cancelled.</source>
            <translation>{file}: درآمد نہیں ہوئی، درآمد منسوخ کر دی گئی۔</translation>
        </message>
        <message>
            <source>{file} is being merged by another scdesk window or command right now: its outcome will show there.</source>
            <translation>{file} اس وقت کسی دوسری scdesk ونڈو یا کمانڈ کے ذریعے یکجا کی جا رہی ہے: اس کا نتیجہ وہیں دکھائی دے گا۔</translation>
        </message>
        <message>
            <source>{file} from {sender} adds or changes a priority, which only the hub does; nothing from it was merged.</source>
            <translation>{sender} کی {file} میں ایک ترجیح شامل کی گئی یا بدلی گئی ہے، جو صرف مرکز کرتا ہے؛ اس میں سے کچھ یکجا نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{file} holds a record scdesk cannot take: {error}</source>
            <translation>{file} میں ایک ایسا ریکارڈ ہے جسے scdesk قبول نہیں کر سکتا: {error}</translation>
        </message>
        <message>
            <source>{file} holds records that refer to records this device does not have; nothing from it was merged.</source>
            <translation>{file} میں ایسے ریکارڈ ہیں جو ان ریکارڈ کا حوالہ دیتے ہیں جو اس آلے پر موجود نہیں؛ اس میں سے کچھ یکجا نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, {conflicts} in conflict, {waiting} waiting for records not yet arrived.</source>
            <translation>{sender} کی {file}: {new} نئے، {updated} تازہ کیے گئے، {unchanged} پہلے سے موجود، {conflicts} ٹکراؤ میں، {waiting} ایسے ریکارڈ کے منتظر جو ابھی نہیں پہنچے۔</translation>
        </message>
        <message>
            <source>{file} from {sender}: nothing new, all {unchanged} records are already here.</source>
            <extracomment>Translators: {unchanged} is a number of records; the bundle changed nothing here.</extracomment>
            <translation>{sender} کی {file}: کچھ نیا نہیں، تمام {unchanged} ریکارڈ پہلے سے موجود ہیں۔</translation>
        </message>
        <message>
            <source>{file}: already merged on {day}; nothing changed.</source>
            <translation>{file}: {day} کو پہلے ہی یکجا ہو چکی؛ کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>{file} comes from {sender}, another officer's device: an officer's device takes bundles from its hub only, which passes everyone's changes on.</source>
            <translation>{file} {sender} سے آئی ہے، جو کسی دوسرے افسر کا آلہ ہے: افسر کا آلہ ہم آہنگی فائلیں صرف اپنے مرکز سے لیتا ہے، جو سب کی تبدیلیاں آگے پہنچاتا ہے۔</translation>
        </message>
        <message>
            <source>{file} from {sender} acknowledges changes made by {other}; a device may speak only for itself, so nothing from it was merged.</source>
            <translation>{sender} کی {file} میں {other} کی کی گئی تبدیلیوں کی وصولی تسلیم کی گئی ہے؛ کوئی آلہ صرف اپنی طرف سے بات کر سکتا ہے، اس لیے اس میں سے کچھ یکجا نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{file} from {sender} claims changes made by {other} that this device does not have; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} کی {file} میں {other} کی ایسی تبدیلیوں کا دعویٰ ہے جو اس آلے کے پاس نہیں؛ کوئی آلہ صرف اپنی تبدیلیاں بھیج سکتا ہے، اس لیے اس میں سے کچھ یکجا نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{file} from {sender} carries a change made by {other}; a device may send only its own changes, so nothing from it was merged.</source>
            <translation>{sender} کی {file} میں {other} کی کی گئی ایک تبدیلی ہے؛ کوئی آلہ صرف اپنی تبدیلیاں بھیج سکتا ہے، اس لیے اس میں سے کچھ یکجا نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>That device is not trusted here.</source>
            <translation>اس آلے پر یہاں اعتماد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile first.</source>
            <translation>یہ آلہ ابھی اپنے مرکز کو نہیں جانتا: پہلے مرکز کی تعارفی فائل درآمد کریں۔</translation>
        </message>
        <message>
            <source>Say which device the bundle is for (scdesk devices lists them).</source>
            <translation>بتائیں کہ ہم آہنگی فائل کس آلے کے لیے ہے (scdesk devices ان کی فہرست دیتا ہے)۔</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>فولڈر {folder} موجود نہیں۔</translation>
        </message>
        <message>
            <source>Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); the next bundle from its sender will bring them.</source>
            <translation>{device} پر کی گئی تبدیلیاں {first} سے {last} تک ابھی نہیں پہنچیں (ایک ہم آہنگی فائل غائب ہے)؛ اس کے بھیجنے والے کی اگلی ہم آہنگی فائل انہیں لے آئے گی۔</translation>
        </message>
        <message>
            <source>This bundle comes from a device not yet trusted here: {name} ({user}), fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust the device, then import again.</source>
            <translation>یہ ہم آہنگی فائل ایسے آلے سے آئی ہے جس پر یہاں ابھی اعتماد نہیں کیا گیا: {name} ({user})، شناختی نشان {fingerprint}۔ آلے کے مالک کے ساتھ شناختی نشان جانچیں، آلے پر اعتماد کریں، پھر دوبارہ درآمد کریں۔</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and confirmed by the old key: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) کی نئی کلیدیں ہیں، شناختی نشان {fingerprint}، جو {old} کی جگہ لیتی ہیں اور پرانی کلید سے تصدیق شدہ ہیں: نیا شناختی نشان اس کے مالک کے ساتھ جانچیں اور اس پر اعتماد کریں (scdesk trust FILE)، پھر دوبارہ درآمد کریں۔</translation>
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not confirmed by the old key, which was lost: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation>{name} ({user}) کی نئی کلیدیں ہیں، شناختی نشان {fingerprint}، جو {old} کی جگہ لیتی ہیں مگر پرانی کلید سے تصدیق شدہ نہیں کیونکہ وہ گم ہو گئی تھی: نیا شناختی نشان اس کے مالک کے ساتھ جانچیں اور اس پر اعتماد کریں (scdesk trust FILE)، پھر دوبارہ درآمد کریں۔</translation>
        </message>
        <message>
            <source>The name of the file {file} holds characters scdesk cannot read: rename the file, then import it again.</source>
            <translation>فائل {file} کے نام میں ایسے حروف ہیں جنہیں scdesk پڑھ نہیں سکتا: فائل کا نام بدلیں، پھر اسے دوبارہ درآمد کریں۔</translation>
        </message>
        <message>
            <source>{file} comes from {name}, a device revoked here: it is not imported.</source>
            <translation>{file} {name} سے آئی ہے، جو یہاں منسوخ شدہ آلہ ہے: اسے درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{file} does not bear {name}'s signature: it was changed after it was made, or made by another device. Ask the sender for it again.</source>
            <translation>{file} پر {name} کے دستخط نہیں: یا تو بننے کے بعد اسے بدلا گیا، یا کسی دوسرے آلے نے بنایا۔ بھیجنے والے سے اسے دوبارہ مانگیں۔</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle, or it was damaged on the way.</source>
            <translation>{file} scdesk کی ہم آہنگی فائل نہیں، یا راستے میں خراب ہو گئی۔</translation>
        </message>
        <message>
            <source>{file} is not an scdesk bundle.</source>
            <translation>{file} scdesk کی ہم آہنگی فائل نہیں۔</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here, then import.</source>
            <translation>{file} scdesk کے نئے ورژن نے بنائی تھی: وہ ورژن یہاں انسٹال کریں، پھر درآمد کریں۔</translation>
        </message>
        <message>
            <source>{file} was made for another device; ask the sender to export it for this one.</source>
            <translation>{file} کسی دوسرے آلے کے لیے بنائی گئی تھی؛ بھیجنے والے سے کہیں کہ اسے اس آلے کے لیے برآمد کرے۔</translation>
        </message>
        <message>
            <source>{file} holds unexpected files ({names}): it was not made by scdesk, or it was tampered with.</source>
            <translation>{file} میں غیر متوقع فائلیں ہیں ({names}): یہ scdesk نے نہیں بنائی، یا اس میں چھیڑ چھاڑ کی گئی ہے۔</translation>
        </message>
        <message>
            <source>{file} is not a whole scdesk bundle: it may have been cut short or damaged on the way. Ask the sender for it again.</source>
            <translation>{file} scdesk کی مکمل ہم آہنگی فائل نہیں: ممکن ہے راستے میں ادھوری رہ گئی ہو یا خراب ہو گئی ہو۔ بھیجنے والے سے اسے دوبارہ مانگیں۔</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (damaged on the way, or tampered with): ask the sender for it again.</source>
            <translation>{file} بننے کے بعد بدل دی گئی (راستے میں خراب ہوئی، یا اس میں چھیڑ چھاڑ کی گئی): بھیجنے والے سے اسے دوبارہ مانگیں۔</translation>
        </message>
        <message>
            <source>{file} is larger than a bundle may be, or expands too far: it is not imported.</source>
            <translation>{file} ہم آہنگی فائل کی حد سے بڑی ہے، یا کھلنے پر حد سے زیادہ پھیلتی ہے: اسے درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{file} holds records scdesk cannot read: it was not made by this scdesk.</source>
            <translation>{file} میں ایسے ریکارڈ ہیں جنہیں scdesk پڑھ نہیں سکتا: یہ اس scdesk نے نہیں بنائی۔</translation>
        </message>
        <message>
            <source>{file} is not an scdesk device card, or it was damaged.</source>
            <translation>{file} scdesk کے آلے کا کارڈ نہیں، یا خراب ہو گیا ہے۔</translation>
        </message>
        <message>
            <source>{file} is not a backup of scdesk device keys, or it was damaged.</source>
            <translation>{file} scdesk کے آلے کی کلیدوں کا بیک اپ نہیں، یا خراب ہو گیا ہے۔</translation>
        </message>
        <message>
            <source>The passphrase does not open {file}: check it and try again.</source>
            <translation>اس خفیہ جملے سے {file} نہیں کھلتی: اسے جانچیں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The key file in {folder} is not the one this device's records were signed with: put the right one back (scdesk device restore-keys FILE), or make new keys the hub must trust (scdesk device replace-keys).</source>
            <translation>{folder} میں موجود کلید کی فائل وہ نہیں جس سے اس آلے کے ریکارڈ پر دستخط کیے گئے تھے: درست فائل واپس رکھیں (scdesk device restore-keys FILE)، یا نئی کلیدیں بنائیں جن پر مرکز کو اعتماد کرنا ہو گا (scdesk device replace-keys)۔</translation>
        </message>
        <message>
            <source>This device's key file ({name}) is missing from {folder}: restore it from your key backup (scdesk device restore-keys FILE), or, with no backup, make new keys the hub must trust before it takes this device's bundles (scdesk device replace-keys).</source>
            <translation>اس آلے کی کلید کی فائل ({name}) {folder} میں موجود نہیں: اسے اپنی کلیدوں کے بیک اپ سے بحال کریں (scdesk device restore-keys FILE)، یا بیک اپ نہ ہونے کی صورت میں نئی کلیدیں بنائیں جن پر مرکز کو اس آلے کی ہم آہنگی فائلیں قبول کرنے سے پہلے اعتماد کرنا ہو گا (scdesk device replace-keys)۔</translation>
        </message>
        <message>
            <source>This device's key file ({path}) is damaged: restore it from a copy of the folder.</source>
            <translation>اس آلے کی کلید کی فائل ({path}) خراب ہے: اسے فولڈر کی کسی نقل سے بحال کریں۔</translation>
        </message>
        <message>
            <source>The keys given are damaged.</source>
            <translation>دی گئی کلیدیں خراب ہیں۔</translation>
        </message>
        <message>
            <source>The key file in this folder belongs to another device's records: keep each device's folder whole, or move this key file away to make new keys.</source>
            <translation>اس فولڈر میں موجود کلید کی فائل کسی دوسرے آلے کے ریکارڈ کی ہے: ہر آلے کا فولڈر مکمل رکھیں، یا نئی کلیدیں بنانے کے لیے یہ کلید کی فائل یہاں سے ہٹا دیں۔</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here first.</source>
            <translation>{file} scdesk کے نئے ورژن نے بنائی تھی: پہلے وہ ورژن یہاں انسٹال کریں۔</translation>
        </message>
        <message>
            <source>{file} is not an scdesk hub profile, or it was damaged.</source>
            <translation>{file} scdesk کے مرکز کی تعارفی فائل نہیں، یا خراب ہو گئی ہے۔</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>ہم آہنگی</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>ہم آہنگی کی تفصیلات</translation>
        </message>
        <message>
            <source>No bundle imported since scdesk started.</source>
            <translation>scdesk شروع ہونے کے بعد سے کوئی ہم آہنگی فائل درآمد نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>Review &amp;duplicates</source>
            <translation>دہرے اندراجات کا جائزہ لیں (&amp;d)</translation>
        </message>
        <message>
            <source>Open the probable duplicates</source>
            <translation>ممکنہ دہرے اندراجات کھولیں</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>آخری درآمد</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>آلات</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ٹکراؤ</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>یہ آلہ</translation>
        </message>
        <message>
            <source>This device's fingerprint</source>
            <translation>اس آلے کا شناختی نشان</translation>
        </message>
        <message>
            <source>Before another device trusts this one, its user asks for this fingerprint: read it out, or compare it on both screens.</source>
            <translation>کسی دوسرے آلے کے اس آلے پر اعتماد کرنے سے پہلے، اس کا صارف یہ شناختی نشان مانگتا ہے: اسے پڑھ کر سنائیں، یا دونوں اسکرینوں پر اس کا موازنہ کریں۔</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>آلہ</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>شناختی نشان</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>ہم آہنگی فائلیں</translation>
        </message>
        <message>
            <source>Export a bundle for</source>
            <translation>کس آلے کے لیے ہم آہنگی فائل برآمد کی جائے</translation>
        </message>
        <message>
            <source>F&amp;or</source>
            <translation>کس کے لیے (&amp;o)</translation>
        </message>
        <message>
            <source>&amp;Export a bundle…</source>
            <translation>ہم آہنگی فائل برآمد کریں… (&amp;E)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>ہم آہنگی فائل برآمد کریں</translation>
        </message>
        <message>
            <source>Write this device's new records to a file for the device chosen.</source>
            <translation>اس آلے کے نئے ریکارڈ منتخب آلے کے لیے ایک فائل میں لکھیں۔</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>ہم آہنگی فائلیں درآمد کریں… (&amp;I)</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>ہم آہنگی فائلیں درآمد کریں</translation>
        </message>
        <message>
            <source>Merge bundles other devices made for this one.</source>
            <translation>دوسرے آلات کی اس آلے کے لیے بنائی گئی ہم آہنگی فائلیں یکجا کریں۔</translation>
        </message>
        <message>
            <source>The last bundle for the device chosen</source>
            <translation>منتخب آلے کے لیے آخری ہم آہنگی فائل</translation>
        </message>
        <message>
            <source>A bundle holds what the device chosen has not had from this one yet, in one file named for who made it, for whom and when. Import takes the bundles other devices made for this one; choose several at once.</source>
            <translation>ہم آہنگی فائل میں وہ سب ہوتا ہے جو منتخب آلے کو اس آلے سے ابھی تک نہیں ملا، ایک ہی فائل میں جس کا نام بتاتا ہے کہ اسے کس نے، کس کے لیے اور کب بنایا۔ درآمد وہ ہم آہنگی فائلیں لیتی ہے جو دوسرے آلات نے اس آلے کے لیے بنائیں؛ ایک ساتھ کئی منتخب کریں۔</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>برآمد</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>New</source>
            <translation>نئے</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>تازہ کیے گئے</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>پہلے سے موجود</translation>
        </message>
        <message>
            <source>In conflict</source>
            <translation>ٹکراؤ میں</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>منتظر</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>کیا ہوا</translation>
        </message>
        <message>
            <source>What each file did</source>
            <translation>ہر فائل نے کیا کیا</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>{name} ({role}), used by {user}</source>
            <translation>{name} ({role})، استعمال کنندہ {user}</translation>
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation>ٹکراؤ ({count})</translation>
        </message>
        <message>
            <source>No bundle made for {name} yet.</source>
            <translation>{name} کے لیے ابھی کوئی ہم آہنگی فائل نہیں بنی۔</translation>
        </message>
        <message>
            <source>Last bundle for {name}: {when}.</source>
            <translation>{name} کے لیے آخری ہم آہنگی فائل: {when}۔</translation>
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile (under Devices, below) before exporting.</source>
            <translation>یہ آلہ ابھی اپنے مرکز کو نہیں جانتا: برآمد کرنے سے پہلے مرکز کی تعارفی فائل درآمد کریں (نیچے “آلات” کے تحت)۔</translation>
        </message>
        <message>
            <source>No device is trusted here yet: import a bundle from an officer's laptop and trust it, then export bundles for it here.</source>
            <translation>یہاں ابھی کسی آلے پر اعتماد نہیں کیا گیا: کسی افسر کے لیپ ٹاپ سے ہم آہنگی فائل درآمد کر کے اس پر اعتماد کریں، پھر یہاں اس کے لیے ہم آہنگی فائلیں برآمد کریں۔</translation>
        </message>
        <message>
            <source>Where to write the bundle (a USB stick, for example)</source>
            <translation>ہم آہنگی فائل کہاں لکھی جائے (مثلاً USB اسٹک)</translation>
        </message>
        <message>
            <source>Exporting a bundle…</source>
            <translation>ہم آہنگی فائل برآمد کی جا رہی ہے…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n ریکارڈ</numerusform>
                <numerusform>%n ریکارڈ</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} for {receiver}, written to {path}</source>
            <translation>{receiver} کے لیے {records}، {path} میں لکھے گئے</translation>
        </message>
        <message>
            <source>Bundles to import</source>
            <translation>درآمد کرنے کے لیے ہم آہنگی فائلیں</translation>
        </message>
        <message>
            <source>scdesk bundles (*.scdesk);;All files (*)</source>
            <translation>scdesk ہم آہنگی فائلیں (*.scdesk);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Checking the bundles…</source>
            <translation>ہم آہنگی فائلیں جانچی جا رہی ہیں…</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>ہم آہنگی فائلیں درآمد کی جا رہی ہیں…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation>
                <numerusform>%n فائل یکجا ہوئی</numerusform>
                <numerusform>%n فائلیں یکجا ہوئیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation>
                <numerusform>%n پہلے ہی یکجا</numerusform>
                <numerusform>%n پہلے ہی یکجا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n مسترد</numerusform>
                <numerusform>%n مسترد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%n درآمد نہیں ہوئی</numerusform>
                <numerusform>%n درآمد نہیں ہوئیں</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import: {parts}.</source>
            <translation>آخری درآمد: {parts}۔</translation>
        </message>
        <message>
            <source>Trusted now: {names}.</source>
            <translation>اب قابلِ اعتماد: {names}۔</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation>
                <numerusform>ممکنہ دہرے اندراجات کا %n جوڑا دیکھنا باقی ہے۔</numerusform>
                <numerusform>ممکنہ دہرے اندراجات کے %n جوڑے دیکھنا باقی ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>merged</source>
            <translation>یکجا</translation>
        </message>
        <message>
            <source>already merged</source>
            <translation>پہلے ہی یکجا</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>مسترد</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>منسوخ</translation>
        </message>
        <message>
            <source>From {sender}.</source>
            <translation>{sender} سے۔</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>{value} is not a {column}: use one of {choices}.</source>
            <translation>{value} درست {column} نہیں: {choices} میں سے کوئی ایک استعمال کریں۔</translation>
        </message>
        <message>
            <source>{value} in {column} is not yes or no.</source>
            <translation>{column} میں {value} ہاں یا نہیں نہیں ہے۔</translation>
        </message>
        <message>
            <source>{value} in {column} is not a date such as 2026-01-31.</source>
            <translation>{column} میں {value} درست تاریخ نہیں، جیسے 2026-01-31۔</translation>
        </message>
        <message>
            <source>{value} in {column} is not a time such as 2026-01-31 14:30 (UTC).</source>
            <translation>{column} میں {value} درست وقت نہیں، جیسے 2026-01-31 14:30 (UTC)۔</translation>
        </message>
        <message>
            <source>{value} in {column} is not a whole number.</source>
            <translation>{column} میں {value} پورا عدد نہیں۔</translation>
        </message>
        <message>
            <source>{value} in {column} is not an amount such as 1500.50.</source>
            <translation>{column} میں {value} درست رقم نہیں، جیسے 1500.50۔</translation>
        </message>
        <message>
            <source>{value} in {column} is not an id as scdesk writes them: leave it empty for a new record.</source>
            <translation>{column} میں {value} ایسا شناختی نمبر نہیں جیسا scdesk لکھتا ہے: نئے ریکارڈ کے لیے اسے خالی چھوڑیں۔</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: split it into smaller files.</source>
            <translation>فائل {limit} MB سے بڑی ہے: اسے چھوٹی فائلوں میں تقسیم کریں۔</translation>
        </message>
        <message>
            <source>{name} is not a CSV or XLSX file: save it as one of those.</source>
            <translation>{name} نہ CSV فائل ہے نہ XLSX: اسے ان میں سے کسی ایک صورت میں محفوظ کریں۔</translation>
        </message>
        <message>
            <source>The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>فائل UTF-8 میں نہیں: اپنے اسپریڈشیٹ پروگرام سے اسے "CSV UTF-8" کے طور پر محفوظ کریں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>A quotation mark in this row is never closed, or has text right after it.</source>
            <translation>اس قطار میں ایک واوین کبھی بند نہیں ہوتا، یا اس کے فوراً بعد متن آتا ہے۔</translation>
        </message>
        <message>
            <source>A cell holds more than {limit} characters: look for a quotation mark that is never closed.</source>
            <translation>ایک خانے میں {limit} سے زیادہ حروف ہیں: کوئی ایسا واوین (") تلاش کریں جو بند نہ کیا گیا ہو۔</translation>
        </message>
        <message>
            <source>The spreadsheet declares XML entities, which spreadsheet programs never write: it is refused.</source>
            <translation>اسپریڈشیٹ میں XML کے ایسے اعلانات ہیں جو اسپریڈشیٹ پروگرام کبھی نہیں لکھتے: اسے مسترد کر دیا گیا۔</translation>
        </message>
        <message>
            <source>The spreadsheet has no sheet called {table}.</source>
            <translation>اسپریڈشیٹ میں {table} نام کی کوئی شیٹ نہیں۔</translation>
        </message>
        <message>
            <source>The zip file holds no {table}.csv.</source>
            <translation>zip فائل میں {table}.csv موجود نہیں۔</translation>
        </message>
        <message>
            <source>The file unpacks to more than {limit} MB: it is refused.</source>
            <translation>فائل کھلنے پر {limit} MB سے زیادہ ہو جاتی ہے: اسے مسترد کر دیا گیا۔</translation>
        </message>
        <message>
            <source>The file is damaged or not a spreadsheet.</source>
            <translation>فائل خراب ہے یا اسپریڈشیٹ نہیں۔</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it.</source>
            <translation>فائل میں {limit} سے زیادہ سطریں ہیں: اسے تقسیم کریں۔</translation>
        </message>
        <message>
            <source>The first row must name the columns; it is empty.</source>
            <translation>پہلی سطر میں کالموں کے نام ہونے چاہییں؛ یہ خالی ہے۔</translation>
        </message>
        <message>
            <source>The first row names the column "{column}" twice: keep one.</source>
            <extracomment>Translators: {column} is a column name, as the first row of the file gives it.</extracomment>
            <translation>پہلی سطر میں کالم "{column}" کا نام دو بار ہے: ایک رکھیں۔</translation>
        </message>
        <message>
            <source>The first row names no column scdesk reads: add a row of column names at the top, such as {examples}.</source>
            <extracomment>Translators: {examples} are column names, such as: id, name, name_local, country.</extracomment>
            <translation>پہلی سطر میں کوئی ایسا کالم نہیں جسے scdesk پڑھتا ہو: سب سے اوپر کالموں کے ناموں کی ایک سطر شامل کریں، جیسے {examples}۔</translation>
        </message>
        <message>
            <source>A cell holds a NUL character, which is not text: save the file again from your spreadsheet program.</source>
            <translation>ایک خانے میں NUL حرف ہے، جو متن نہیں: اپنے اسپریڈشیٹ پروگرام سے فائل دوبارہ محفوظ کریں۔</translation>
        </message>
        <message>
            <source>The row has {cells} cells but the first row names only {columns} columns: name every column, and put a cell that holds a comma in quotation marks.</source>
            <extracomment>Translators: {cells} and {columns} are numbers of cells in one row.</extracomment>
            <translation>اس سطر میں {cells} خانے ہیں مگر پہلی سطر میں صرف {columns} کالموں کے نام ہیں: ہر کالم کا نام دیں، اور جس خانے میں کوما ہو اسے واوین میں رکھیں۔</translation>
        </message>
        <message>
            <source>This person is listed already, in row {row}.</source>
            <translation>یہ فرد سطر {row} میں پہلے ہی درج ہے۔</translation>
        </message>
        <message>
            <source>This seat is on another committee: leave its id empty to seat the person on this one.</source>
            <translation>یہ نشست کسی دوسری کمیٹی کی ہے: فرد کو اس کمیٹی میں نشست دینے کے لیے اس کا شناختی نمبر خالی چھوڑیں۔</translation>
        </message>
        <message>
            <source>Give the committee (committee_id or committee) and the person (person_id or person).</source>
            <translation>کمیٹی (committee_id یا committee) اور فرد (person_id یا person) دیں۔</translation>
        </message>
        <message>
            <source>Fill {column}: a new record needs it.</source>
            <extracomment>Translators: {column} is the name of a column of the spreadsheet.</extracomment>
            <translation>{column} بھریں: نئے ریکارڈ کے لیے یہ ضروری ہے۔</translation>
        </message>
        <message>
            <source>No single record called {name} is recorded here: give its {column}.</source>
            <extracomment>Translators: {name} is what the cell holds, {column} the column that takes the record's id.</extracomment>
            <translation>یہاں {name} نام کا کوئی ایک ریکارڈ درج نہیں: اس کا {column} دیں۔</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found; {first}</source>
            <translation>
                <numerusform>کچھ درآمد نہیں ہوا: %n مسئلہ ملا؛ {first}</numerusform>
                <numerusform>کچھ درآمد نہیں ہوا: %n مسائل ملے؛ {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which meeting or which activity the attendance is for.</source>
            <translation>بتائیں کہ حاضری کس اجلاس یا کس سرگرمی کی ہے۔</translation>
        </message>
        <message>
            <source>This row's id belongs to a part of another version: leave it empty to add the part to this one.</source>
            <translation>اس سطر کا شناختی نمبر کسی دوسرے ورژن کے حصے کا ہے: اس حصے کو اس ورژن میں شامل کرنے کے لیے اسے خالی چھوڑیں۔</translation>
        </message>
        <message>
            <source>the file: {message}</source>
            <translation>فائل: {message}</translation>
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <extracomment>Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.</extracomment>
            <translation>{sheet} سطر {row}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <extracomment>Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong with it.</extracomment>
            <translation>سطر {row}: {message}</translation>
        </message>
        <message>
            <source>More than one person called {name} with this birth year and city is recorded: give the person's id.</source>
            <translation>اس سالِ پیدائش اور شہر کے ساتھ {name} نام کے ایک سے زیادہ افراد درج ہیں: فرد کا شناختی نمبر دیں۔</translation>
        </message>
        <message>
            <source>More than one city is called {name}: give its city_id.</source>
            <translation>{name} نام کے ایک سے زیادہ شہر ہیں: اس کا city_id دیں۔</translation>
        </message>
        <message>
            <source>No single organisation called {name} is recorded here: give its organisation_id.</source>
            <translation>یہاں {name} نام کا کوئی ایک ادارہ درج نہیں: اس کا organisation_id دیں۔</translation>
        </message>
        <message>
            <source>No single indicator has the code {code}: give its indicator_id.</source>
            <extracomment>Translators: {code} is what the cell holds, an indicator's code such as OP1.2.</extracomment>
            <translation>کسی ایک اشاریے کا کوڈ {code} نہیں: اس کا indicator_id دیں۔</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>بحال کریں (&amp;R)</translation>
        </message>
        <message>
            <source>Restore the selected record</source>
            <translation>منتخب ریکارڈ بحال کریں</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>ردی کی ٹوکری</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حذف کی تاریخ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>ہر قسم</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>%n حذف شدہ ریکارڈ</numerusform>
                <numerusform>%n حذف شدہ ریکارڈ</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>بحال ہو گیا: {label}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>بحال کیا جا رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>VersionBox</name>
        <message>
            <source>Version</source>
            <translation>ورژن</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>ورژن (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>کھولیں (&amp;O)</translation>
        </message>
        <message>
            <source>A&amp;dopt</source>
            <translation>منظور کریں (&amp;d)</translation>
        </message>
        <message>
            <source>Publish this draft: the version adopted before it is kept, superseded, and stays readable.</source>
            <translation>اس مسودے کو جاری کریں: اس سے پہلے منظور شدہ ورژن تبدیل شدہ کے طور پر محفوظ رہتا ہے اور پڑھا جا سکتا ہے۔</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>نیا ورژن (&amp;N)</translation>
        </message>
        <message>
            <source>Start a draft copy of this version to edit.</source>
            <translation>ترمیم کے لیے اس ورژن کی مسودہ نقل شروع کریں۔</translation>
        </message>
        <message>
            <source>&amp;Start one</source>
            <translation>ایک شروع کریں (&amp;S)</translation>
        </message>
        <message>
            <source>Version {number} · {status} · {title}</source>
            <translation>ورژن {number} · {status} · {title}</translation>
        </message>
        <message>
            <source>None yet: start one for this city.</source>
            <translation>ابھی کوئی نہیں: اس شہر کے لیے ایک شروع کریں۔</translation>
        </message>
        <message>
            <source>A draft: open it to edit, adopt it to publish it.</source>
            <translation>مسودہ: ترمیم کے لیے اسے کھولیں، جاری کرنے کے لیے منظور کریں۔</translation>
        </message>
        <message>
            <source>Adopted on {day}: it opens read-only; start a new version to change it.</source>
            <translation>{day} کو منظور ہوا: یہ صرف پڑھنے کے لیے کھلتا ہے؛ اسے بدلنے کے لیے نیا ورژن شروع کریں۔</translation>
        </message>
        <message>
            <source>Superseded by a later version: kept as it was, it opens read-only.</source>
            <translation>بعد کے ورژن سے تبدیل شدہ: جوں کا توں محفوظ ہے، صرف پڑھنے کے لیے کھلتا ہے۔</translation>
        </message>
    </context>
</TS>
