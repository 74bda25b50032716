<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ClaimListControl</name>
    <message>
        <source>The list sorts by claim (the order they were added), verdict or last change</source>
        <extracomment>Search results listed at most (ranked; the list pages through them). The best result opens once typing has paused this long. The claim being read for the pane on a worker (a server case), if any.</extracomment>
        <translation>تُرتَّب القائمة حسب الادعاء (ترتيب إضافتها) أو الحكم أو آخر تغيير</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>لا قضية مفتوحة</translation>
    </message>
    <message>
        <source>Counting claims…</source>
        <translation>جارٍ عدّ الادعاءات…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) selected</source>
        <translation>
            <numerusform>حُدِّد %1 من %n ادعاء</numerusform>
            <numerusform>حُدِّد %1 من ادعاء واحد</numerusform>
            <numerusform>حُدِّد %1 من ادعاءين</numerusform>
            <numerusform>حُدِّد %1 من %n ادعاءات</numerusform>
            <numerusform>حُدِّد %1 من %n ادعاءً</numerusform>
            <numerusform>حُدِّد %1 من %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>عُثر على %n ادعاء</numerusform>
            <numerusform>عُثر على ادعاء واحد</numerusform>
            <numerusform>عُثر على ادعاءين</numerusform>
            <numerusform>عُثر على %n ادعاءات</numerusform>
            <numerusform>عُثر على %n ادعاءً</numerusform>
            <numerusform>عُثر على %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match(es) the filter</source>
        <translation>
            <numerusform>%n ادعاء يطابق التصفية</numerusform>
            <numerusform>ادعاء واحد يطابق التصفية</numerusform>
            <numerusform>ادعاءان يطابقان التصفية</numerusform>
            <numerusform>%n ادعاءات تطابق التصفية</numerusform>
            <numerusform>%n ادعاءً يطابق التصفية</numerusform>
            <numerusform>%n ادعاء يطابق التصفية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%n ادعاءات</numerusform>
            <numerusform>%n ادعاءً</numerusform>
            <numerusform>%n ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>(or %1…)</source>
        <translation>(أو %1…)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match(es) “%1”</source>
        <translation>
            <numerusform>%n ادعاء يطابق «%1»</numerusform>
            <numerusform>ادعاء واحد يطابق «%1»</numerusform>
            <numerusform>ادعاءان يطابقان «%1»</numerusform>
            <numerusform>%n ادعاءات تطابق «%1»</numerusform>
            <numerusform>%n ادعاءً يطابق «%1»</numerusform>
            <numerusform>%n ادعاء يطابق «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim matches “%1”</source>
        <translation>لا ادعاء يطابق «%1»</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Last outlet</source>
        <translation>آخر وسيلة إعلام</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>الحلقات</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <source>Click to sort by claim</source>
        <translation>انقر للترتيب حسب الادعاء</translation>
    </message>
    <message>
        <source>Click to sort by verdict</source>
        <translation>انقر للترتيب حسب الحكم</translation>
    </message>
    <message>
        <source>Click to sort by last change</source>
        <translation>انقر للترتيب حسب آخر تغيير</translation>
    </message>
    <message>
        <source>awaiting sign-off</source>
        <extracomment>Where a final verdict stands under four-eyes review, as the list&apos;s verdict column says it.</extracomment>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>معتمَد</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>أُعيد للمراجعة</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>الادعاء %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) changed or lost in a new version of the source: review the hops</source>
        <translation>
            <numerusform>%n اقتباس تغيّر أو فُقد في نسخة جديدة من المصدر: راجع الحلقات</numerusform>
            <numerusform>اقتباس واحد تغيّر أو فُقد في نسخة جديدة من المصدر: راجع الحلقات</numerusform>
            <numerusform>اقتباسان تغيّرا أو فُقدا في نسخة جديدة من المصدر: راجع الحلقات</numerusform>
            <numerusform>%n اقتباسات تغيّرت أو فُقدت في نسخة جديدة من المصدر: راجع الحلقات</numerusform>
            <numerusform>%n اقتباسًا تغيّر أو فُقد في نسخة جديدة من المصدر: راجع الحلقات</numerusform>
            <numerusform>%n اقتباس تغيّر أو فُقد في نسخة جديدة من المصدر: راجع الحلقات</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed %1 by %2</source>
        <translation>غيّره %2 في %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search claims and quotes  (Ctrl+F)</source>
        <translation>ابحث في الادعاءات والاقتباسات  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>البحث في الادعاءات</translation>
    </message>
    <message>
        <source>Every word must match; the last one may be the start of a word</source>
        <translation>يجب أن تتطابق كل كلمة؛ ويجوز أن تكون الأخيرة بداية كلمة</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>م&amp;طابق</translation>
    </message>
    <message>
        <source>Exact search</source>
        <translation>بحث مطابق</translation>
    </message>
    <message>
        <source>Search the words as typed. Unchecked, a name also finds its other spellings and forms (Lavrov: Лавров, Лаврова, لافروف), listed after the exact matches</source>
        <translation>ابحث عن الكلمات كما كُتبت. دون تحديد، يجد الاسم أيضًا تهجئاته وصيغه الأخرى (لافروف: Lavrov، Лавров، Лаврова)، وتُدرج بعد النتائج المطابقة</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>تصفية حسب الحكم</translation>
    </message>
    <message>
        <source>Show claims with this verdict</source>
        <translation>اعرض الادعاءات ذات هذا الحكم</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>أي حكم</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>تصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Show claims with this tag</source>
        <translation>اعرض الادعاءات ذات هذا الوسم</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>تصفية حسب الجهة</translation>
    </message>
    <message>
        <source>Show claims with a hop by this actor</source>
        <translation>اعرض الادعاءات التي فيها حلقة لهذه الجهة</translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation>تصفية حسب وسيلة الإعلام</translation>
    </message>
    <message>
        <source>Show claims with a hop in a source of this outlet</source>
        <translation>اعرض الادعاءات التي فيها حلقة في مصدر من وسيلة الإعلام هذه</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>تصفية حسب اللغة</translation>
    </message>
    <message>
        <source>Show claims with a hop in this language</source>
        <translation>اعرض الادعاءات التي فيها حلقة بهذه اللغة</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>From date filter</source>
        <translation>تصفية من تاريخ</translation>
    </message>
    <message>
        <source>Hops relayed on or after this date (YYYY-MM-DD)</source>
        <translation>حلقات نُقلت في هذا التاريخ أو بعده (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>To date filter</source>
        <translation>تصفية إلى تاريخ</translation>
    </message>
    <message>
        <source>Hops relayed on or before this date (YYYY-MM-DD)</source>
        <translation>حلقات نُقلت في هذا التاريخ أو قبله (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>أي جهة</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>أي وسيلة إعلام</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD</translation>
    </message>
</context>
</TS>
