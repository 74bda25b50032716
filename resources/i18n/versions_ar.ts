<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnswerChangedQuote</name>
    <message>
        <source>Accept New Anchor</source>
        <translation>قبول الموضع الجديد</translation>
    </message>
    <message>
        <source>Keep Old Version</source>
        <translation>إبقاء النسخة القديمة</translation>
    </message>
    <message>
        <source>Select a hop of the open claim first</source>
        <translation>اختر أولًا حلقة من الادعاء المفتوح</translation>
    </message>
    <message>
        <source>The selected hop&apos;s quote is neither changed nor lost in a new version</source>
        <translation>اقتباس الحلقة المحددة لم يتغيّر ولم يُفقد في نسخة جديدة</translation>
    </message>
    <message>
        <source>Only a changed quote has a new anchor; a lost one can keep its old version</source>
        <translation>للاقتباس المتغيّر وحده موضع جديد؛ أما المفقود فيمكن إبقاؤه على نسخته القديمة</translation>
    </message>
</context>
<context>
    <name>NewSourceVersion</name>
    <message>
        <source>Read Source %1 Again</source>
        <translation>إعادة قراءة المصدر %1</translation>
    </message>
    <message>
        <source>Import New Version of Source %1</source>
        <translation>استيراد نسخة جديدة من المصدر %1</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Versions of the source</source>
        <translation>نسخ المصدر</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>&amp;نسخة جديدة…</translation>
    </message>
    <message>
        <source>Import a changed file of this source as its new version; its quotes are re-anchored (exact, changed or lost)</source>
        <translation>استيراد ملف معدَّل لهذا المصدر بوصفه نسخته الجديدة؛ تُعاد مواضع اقتباساته (مطابقة أو متغيّرة أو مفقودة)</translation>
    </message>
    <message>
        <source>Read in Another &amp;Encoding…</source>
        <translation>القراءة بترميز آ&amp;خر…</translation>
    </message>
    <message>
        <source>Read this text file again in another encoding (the first reading stays)</source>
        <translation>إعادة قراءة هذا الملف النصي بترميز آخر (تبقى القراءة الأولى)</translation>
    </message>
    <message>
        <source>Show a source in the viewer first (View ▸ Source)</source>
        <translation>اعرض أولًا مصدرًا في العارض (عرض ◂ المصدر)</translation>
    </message>
    <message>
        <source>Import New Version of Source %1</source>
        <translation>استيراد نسخة جديدة من المصدر %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Read Source %1 in Another Encoding</source>
        <translation>قراءة المصدر %1 بترميز آخر</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>نسخة جديدة</translation>
    </message>
    <message>
        <source>Another document?</source>
        <translation>مستند آخر؟</translation>
    </message>
    <message>
        <source>The new version of source %1 loses most of its quotes (%2). Is it another document? Make it the current version anyway? (The quotes keep their anchors in the version they were checked against.)</source>
        <translation>النسخة الجديدة من المصدر %1 تفقد معظم اقتباساته (%2). هل هي مستند آخر؟ أتجعلها النسخة الحالية رغم ذلك؟ (تحتفظ الاقتباسات بمواضعها في النسخة التي فُحصت عليها.)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>No new version: %1</source>
        <translation>لا نسخة جديدة: %1</translation>
    </message>
</context>
<context>
    <name>VersionReport</name>
    <message>
        <source>exact</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>متغيّرة</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>located</source>
        <translation>محدَّدة الموضع</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>غير محدَّدة الموضع</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) changed</source>
        <extracomment>A quote to review after a new version: (without a note, with one).</extracomment>
        <translation>الحلقة %1 (الادعاء %2): تغيّر الاقتباس</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) changed: %3</source>
        <translation>الحلقة %1 (الادعاء %2): تغيّر الاقتباس: %3</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) lost</source>
        <translation>الحلقة %1 (الادعاء %2): فُقد الاقتباس</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) lost: %3</source>
        <translation>الحلقة %1 (الادعاء %2): فُقد الاقتباس: %3</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>read again</source>
        <translation>أُعيدت قراءتها</translation>
    </message>
    <message>
        <source>recognised again</source>
        <translation>أُعيد التعرّف على نصّها</translation>
    </message>
    <message>
        <source>from annotations</source>
        <translation>من التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>no quotes cite it</source>
        <translation>لا يستشهد به أي اقتباس</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 بترميز %2</translation>
    </message>
    <message>
        <source>version %1 (current)</source>
        <translation>النسخة %1 (الحالية)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>same text as version %1</source>
        <translation>النص نفسه في النسخة %1</translation>
    </message>
    <message>
        <source>Source %1 is now at version %2 (the same text as version %3): %4.</source>
        <translation>المصدر %1 الآن في النسخة %2 (النص نفسه في النسخة %3): %4.</translation>
    </message>
    <message>
        <source>Source %1 is now at version %2: %4.</source>
        <translation>المصدر %1 الآن في النسخة %2: %4.</translation>
    </message>
    <message>
        <source>Select such a hop and choose Claim ▸ Accept New Anchor or Keep Old Version.</source>
        <translation>اختر حلقة من هذه واختر ادعاء ◂ قبول الموضع الجديد أو إبقاء النسخة القديمة.</translation>
    </message>
</context>
</TS>
