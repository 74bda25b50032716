<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddAppearances</name>
    <message>
        <source>Add Appearances as Hops</source>
        <translation>إضافة الظهورات حلقاتٍ</translation>
    </message>
</context>
<context>
    <name>AddHopFromSelection</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>الا&amp;دعاء:</translation>
    </message>
    <message>
        <source>choose the claim this hop belongs to</source>
        <translation>اختر الادعاء الذي تنتمي إليه هذه الحلقة</translation>
    </message>
</context>
<context>
    <name>AppearanceSupport</name>
    <message>
        <source>&amp;Where else?</source>
        <translation>أ&amp;ين أيضًا؟</translation>
    </message>
    <message>
        <source>&amp;Similar claims</source>
        <translation>ادعاءات م&amp;شابهة</translation>
    </message>
    <message>
        <source>&amp;Similar claims (%1)</source>
        <translation>ادعاءات م&amp;شابهة (%1)</translation>
    </message>
    <message>
        <source>Claim %1 is probably the same claim (%2 alike): see Similar claims</source>
        <translation>الادعاء %1 هو على الأرجح الادعاء نفسه (تشابه %2): انظر ادعاءات مشابهة</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>اختر ادعاءً أولًا</translation>
    </message>
    <message>
        <source>hop %1&apos;s quote</source>
        <translation>اقتباس الحلقة %1</translation>
    </message>
    <message>
        <source>this claim&apos;s wording</source>
        <translation>صياغة هذا الادعاء</translation>
    </message>
    <message>
        <source>Select words in the source first</source>
        <translation>حدّد كلمات في المصدر أولًا</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>التحديد</translation>
    </message>
    <message numerus="yes">
        <source>Added %n appearance(s) to claim %1</source>
        <translation>
            <numerusform>لم يُضف أي ظهور إلى الادعاء %1</numerusform>
            <numerusform>أُضيف ظهور واحد إلى الادعاء %1</numerusform>
            <numerusform>أُضيف ظهوران إلى الادعاء %1</numerusform>
            <numerusform>أُضيفت %n ظهورات إلى الادعاء %1</numerusform>
            <numerusform>أُضيف %n ظهورًا إلى الادعاء %1</numerusform>
            <numerusform>أُضيف %n ظهور إلى الادعاء %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>للقراءة فقط: يمكنك قراءة هذه القضية دون تغييرها</translation>
    </message>
    <message>
        <source>Claim %1 merged into claim %2</source>
        <translation>دُمج الادعاء %1 في الادعاء %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsJob</name>
    <message>
        <source>cannot import the attachments: %1</source>
        <translation>تعذّر استيراد المرفقات: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsQuestion</name>
    <message numerus="yes">
        <source>The e-mail %1 has %n attachment(s): %2.

Import them as sources of their own, linked to the e-mail?</source>
        <translation>
            <numerusform>لا مرفقات في البريد الإلكتروني %1: %2.

أتستوردها مصادرَ مستقلة مربوطة بالبريد؟</numerusform>
            <numerusform>في البريد الإلكتروني %1 مرفق واحد: %2.

أتستورده مصدرًا مستقلًا مربوطًا بالبريد؟</numerusform>
            <numerusform>في البريد الإلكتروني %1 مرفقان: %2.

أتستوردهما مصدرين مستقلين مربوطين بالبريد؟</numerusform>
            <numerusform>في البريد الإلكتروني %1 %n مرفقات: %2.

أتستوردها مصادرَ مستقلة مربوطة بالبريد؟</numerusform>
            <numerusform>في البريد الإلكتروني %1 %n مرفقًا: %2.

أتستوردها مصادرَ مستقلة مربوطة بالبريد؟</numerusform>
            <numerusform>في البريد الإلكتروني %1 %n مرفق: %2.

أتستوردها مصادرَ مستقلة مربوطة بالبريد؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncodingChooser</name>
    <message>
        <source>Check the encoding</source>
        <translation>تحقّق من الترميز</translation>
    </message>
    <message>
        <source>The encoding of %1 cannot be told for sure. Choose the reading whose text is right:</source>
        <translation>لا يمكن الجزم بترميز %1. اختر القراءة التي يظهر فيها النص صحيحًا:</translation>
    </message>
    <message>
        <source>The file read as %1</source>
        <translation>الملف مقروءًا بترميز %1</translation>
    </message>
    <message>
        <source>Import in this encoding</source>
        <translation>الاستيراد بهذا الترميز</translation>
    </message>
</context>
<context>
    <name>FolderImporter</name>
    <message>
        <source>Import stopped: %1</source>
        <translation>توقف الاستيراد: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the case (same SHA-256), %3 skipped as unsupported, %4 refused.</source>
        <translation>استُورد: %1، موجود في القضية أصلًا (بصمة SHA-256 نفسها): %2، تُخطّي لعدم الدعم: %3، رُفض: %4.</translation>
    </message>
    <message>
        <source>Import cancelled: %1 Files not reached were left out.</source>
        <translation>أُلغي الاستيراد: %1 تُركت الملفات التي لم يُوصل إليها.</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>رُفض %1: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>تُخطّي %1: %2</translation>
    </message>
    <message>
        <source>imported %1, already in the case %2, skipped as unsupported %3, refused %4</source>
        <translation>استُورد %1، موجود أصلًا %2، تُخطّي لعدم الدعم %3، رُفض %4</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(أُلغي)</translation>
    </message>
    <message>
        <source>Open a case before importing a folder</source>
        <translation>افتح قضية قبل استيراد مجلد</translation>
    </message>
    <message>
        <source>A folder import is running; wait for it or cancel it first</source>
        <translation>استيراد مجلد جارٍ؛ انتظره أو ألغه أولًا</translation>
    </message>
    <message>
        <source>Looking for files in %1…</source>
        <translation>جارٍ البحث عن ملفات في %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) — %2</source>
        <translation>
            <numerusform>%1 من %n ملف — %2</numerusform>
            <numerusform>%1 من ملف واحد — %2</numerusform>
            <numerusform>%1 من ملفين — %2</numerusform>
            <numerusform>%1 من %n ملفات — %2</numerusform>
            <numerusform>%1 من %n ملفًا — %2</numerusform>
            <numerusform>%1 من %n ملف — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeClaims</name>
    <message>
        <source>Merge Claims</source>
        <translation>دمج الادعاءات</translation>
    </message>
</context>
<context>
    <name>NewClaimFromSelection</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>الا&amp;دعاء:</translation>
    </message>
</context>
<context>
    <name>OcrLanguage</name>
    <message>
        <source>Guess from the image</source>
        <extracomment>OCR languages offered (Tesseract&apos;s names; any installed combination can be typed).</extracomment>
        <translation>التخمين من الصورة</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>لغة التعرّف الضوئي</translation>
    </message>
    <message>
        <source>Language(s) of the screenshots and scanned pages you import next, as Tesseract names them (several joined by +):</source>
        <translation>لغة (أو لغات) لقطات الشاشة والصفحات الممسوحة التي ستستوردها لاحقًا، بالأسماء التي يستعملها Tesseract (يُجمع أكثر من اسم بعلامة +):</translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message>
        <source>Which page?</source>
        <translation>أي صفحة؟</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n captured page(s). Choose the page(s) to import, each a source of its own (the evidence kept is the whole archive):</source>
        <translation>
            <numerusform>لا صفحات ملتقطة في %1. اختر الصفحة أو الصفحات المراد استيرادها، كلٌّ منها مصدر مستقل (الدليل المحفوظ هو الأرشيف كله):</numerusform>
            <numerusform>في %1 صفحة ملتقطة واحدة. اختر الصفحة أو الصفحات المراد استيرادها، كلٌّ منها مصدر مستقل (الدليل المحفوظ هو الأرشيف كله):</numerusform>
            <numerusform>في %1 صفحتان ملتقطتان. اختر الصفحة أو الصفحات المراد استيرادها، كلٌّ منها مصدر مستقل (الدليل المحفوظ هو الأرشيف كله):</numerusform>
            <numerusform>في %1 %n صفحات ملتقطة. اختر الصفحة أو الصفحات المراد استيرادها، كلٌّ منها مصدر مستقل (الدليل المحفوظ هو الأرشيف كله):</numerusform>
            <numerusform>في %1 %n صفحةً ملتقطة. اختر الصفحة أو الصفحات المراد استيرادها، كلٌّ منها مصدر مستقل (الدليل المحفوظ هو الأرشيف كله):</numerusform>
            <numerusform>في %1 %n صفحة ملتقطة. اختر الصفحة أو الصفحات المراد استيرادها، كلٌّ منها مصدر مستقل (الدليل المحفوظ هو الأرشيف كله):</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured pages</source>
        <translation>الصفحات الملتقطة</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>التُقطت في %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <source>characters %1–%2, page %3</source>
        <translation>المحارف %1–%2، الصفحة %3</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>المحارف %1–%2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Who said or relayed these words?</source>
        <translation>من قال هذه الكلمات أو نقلها؟</translation>
    </message>
    <message>
        <source>Kind of new actor</source>
        <translation>نوع الجهة الجديدة</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>الاقتباس:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>الموضع:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <source>New actor &amp;kind:</source>
        <translation>&amp;نوع الجهة الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>ال&amp;علاقة:</translation>
    </message>
    <message>
        <source>Name the actor whose words these are.</source>
        <translation>سمِّ الجهة صاحبة هذه الكلمات.</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>New claim from selection</source>
        <translation>ادعاء جديد من التحديد</translation>
    </message>
    <message>
        <source>Add hop from selection</source>
        <translation>إضافة حلقة من التحديد</translation>
    </message>
</context>
<context>
    <name>SourceDetailsDialog</name>
    <message>
        <source>Source %1: details</source>
        <translation>المصدر %1: التفاصيل</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ar, tr, ru, en…</source>
        <translation>ar، tr، ru، en…</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>وسيلة الإعلام</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>اتجاه النص</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;وسيلة الإعلام:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>تاريخ ال&amp;نشر:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Text &amp;direction:</source>
        <translation>ا&amp;تجاه النص:</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>SourceFacts</name>
    <message>
        <source>capture</source>
        <extracomment>What OCR found on the source&apos;s images or scanned pages, and an image&apos;s bytes. The names of how a source arrived (`db.arrival`), as the facts line shows them.</extracomment>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <source>page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>retrieved</source>
        <translation>تاريخ الجلب</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>attached to</source>
        <translation>مرفق بـ</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>language?</source>
        <translation>اللغة؟</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحةً</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>numbered %1–%2</source>
        <translation>مرقّمة %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceImporter</name>
    <message>
        <source>Sources (%1);;All files (*)</source>
        <translation>المصادر (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>cannot import %1: cancelled</source>
        <translation>تعذّر استيراد %1: أُلغي</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>تعذّر استيراد %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1: no case is open</source>
        <extracomment>File name endings the readers take (desktop.sources.reader.KINDS). The OCR language(s) chosen for images and scanned pages (None: guessed). Pages of a capture still to import after the one being read: (file, page URL).</extracomment>
        <translation>تعذّر استيراد %1: لا قضية مفتوحة</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message numerus="yes">
        <source>Reading page %1 of %n…</source>
        <translation>
            <numerusform>جارٍ قراءة الصفحة %1 من %n…</numerusform>
            <numerusform>جارٍ قراءة الصفحة %1 من صفحة واحدة…</numerusform>
            <numerusform>جارٍ قراءة الصفحة %1 من صفحتين…</numerusform>
            <numerusform>جارٍ قراءة الصفحة %1 من %n صفحات…</numerusform>
            <numerusform>جارٍ قراءة الصفحة %1 من %n صفحةً…</numerusform>
            <numerusform>جارٍ قراءة الصفحة %1 من %n صفحة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 for search…</source>
        <translation>فهرسة %1 للبحث…</translation>
    </message>
    <message>
        <source>Storing %1 in the case…</source>
        <translation>حفظ %1 في القضية…</translation>
    </message>
    <message>
        <source>Encrypted PDF</source>
        <translation>ملف PDF مشفّر</translation>
    </message>
    <message>
        <source>That password does not open it.</source>
        <translation>كلمة المرور هذه لا تفتحه.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its password:</source>
        <translation>%1 مشفّر. كلمة مروره:</translation>
    </message>
    <message>
        <source>File read only in part</source>
        <translation>قُرئ الملف جزئيًا فقط</translation>
    </message>
    <message>
        <source>Only part of %1 could be read:
%2

Import the readable part? The source will be marked incomplete, with the missing pages listed.</source>
        <translation>لم يُقرأ من %1 إلا جزء:
%2

أتستورد الجزء المقروء؟ سيُعلَّم المصدر ناقصًا مع ذكر الصفحات المفقودة.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Source page</source>
        <extracomment>QtPdf finds a phrase within one line best: search for the quote&apos;s first words.</extracomment>
        <translation>صفحة المصدر</translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message>
        <source>Recognised image</source>
        <extracomment>When QtPdf finds nothing (a quote split by the PDF&apos;s layout), the page alone is shown. Draws the image of a recognised page at the size its boxes are measured in.</extracomment>
        <translation>الصورة المتعرَّف عليها</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n word(s) recognised; %2 with low confidence (outlined in red). A quote is lit in yellow.</source>
        <translation>
            <numerusform>الصفحة %1: لم يُتعرّف على أي كلمة؛ %2 بثقة منخفضة (محاطة بالأحمر). يُضاء الاقتباس بالأصفر.</numerusform>
            <numerusform>الصفحة %1: تُعرِّف على كلمة واحدة؛ %2 بثقة منخفضة (محاطة بالأحمر). يُضاء الاقتباس بالأصفر.</numerusform>
            <numerusform>الصفحة %1: تُعرِّف على كلمتين؛ %2 بثقة منخفضة (محاطة بالأحمر). يُضاء الاقتباس بالأصفر.</numerusform>
            <numerusform>الصفحة %1: تُعرِّف على %n كلمات؛ %2 بثقة منخفضة (محاطة بالأحمر). يُضاء الاقتباس بالأصفر.</numerusform>
            <numerusform>الصفحة %1: تُعرِّف على %n كلمةً؛ %2 بثقة منخفضة (محاطة بالأحمر). يُضاء الاقتباس بالأصفر.</numerusform>
            <numerusform>الصفحة %1: تُعرِّف على %n كلمة؛ %2 بثقة منخفضة (محاطة بالأحمر). يُضاء الاقتباس بالأصفر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceSupport</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;قراءة</translation>
    </message>
    <message>
        <source>Show the source&apos;s text and page</source>
        <translation>عرض نص المصدر وصفحته</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>استيراد مصدر</translation>
    </message>
    <message>
        <source>OCR language for imports: %1</source>
        <translation>لغة التعرّف الضوئي للاستيراد: %1</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>بالتخمين</translation>
    </message>
    <message>
        <source>Imported as source %1</source>
        <translation>استُورد بوصفه المصدر %1</translation>
    </message>
    <message>
        <source>That file is already in the case as source %1</source>
        <translation>هذا الملف موجود في القضية أصلًا بوصفه المصدر %1</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>Source text</source>
        <extracomment>A suggestion&apos;s attribution: who (blue, bold), the cue (orange, underlined), what (green). The direction controls the view draws by name (the steering ones, as in the claim list). The colour of a direction control&apos;s name in the text (it is not the source&apos;s own words). Characters put into the view per event-loop turn (~2 ms each): a long source&apos;s text goes in a piece at a time, so the window keeps painting while a 500-page source opens (the whole text at once held the window for 100–300 ms). Where each direction control drawn by name is: (offset, length of its name). The view holds the whole text now (at once for a short one, or its last piece is in).</extracomment>
        <translation>نص المصدر</translation>
    </message>
    <message>
        <source>Hop %1: %2 (%3)</source>
        <extracomment>How much of `text` the view holds so far (the rest goes in a piece per turn). The attribution shown for a suggestion: role → [(start, end), …].</extracomment>
        <translation>الحلقة %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>عبارة الإسناد</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>&amp;Text</source>
        <extracomment>A source read elsewhere (the import&apos;s worker) for the next `show_source` of it.</extracomment>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>ال&amp;صفحة</translation>
    </message>
    <message>
        <source>&amp;Image (OCR)</source>
        <translation>ال&amp;صورة (تعرّف ضوئي)</translation>
    </message>
    <message>
        <source>New &amp;claim from selection</source>
        <translation>ا&amp;دعاء جديد من التحديد</translation>
    </message>
    <message>
        <source>Add &amp;hop from selection</source>
        <translation>إضافة &amp;حلقة من التحديد</translation>
    </message>
    <message>
        <source>Open &amp;original</source>
        <translation>فتح الملف الأ&amp;صلي</translation>
    </message>
    <message>
        <source>Write the evidence file to a cache file, check its SHA-256 and open it</source>
        <translation>كتابة ملف الدليل إلى ملف مؤقت، والتحقق من بصمة SHA-256 ثم فتحه</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>تحرير ال&amp;تفاصيل…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, date, language or direction</source>
        <translation>تصحيح العنوان أو وسيلة الإعلام أو التاريخ أو اللغة أو الاتجاه</translation>
    </message>
    <message>
        <source>Recognise &amp;again…</source>
        <translation>إعادة الت&amp;عرّف…</translation>
    </message>
    <message>
        <source>Read the image again by OCR in another language</source>
        <translation>إعادة قراءة الصورة بالتعرّف الضوئي بلغة أخرى</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>The reviewer may only read the case (set by the team actions): no details dialog.</extracomment>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Only part of this file could be read: it is marked incomplete. Missing pages: %1.</source>
        <translation>لم يُقرأ من هذا الملف إلا جزء: عُلِّم ناقصًا. الصفحات المفقودة: %1.</translation>
    </message>
    <message>
        <source>Check the encoding: the file was %1. If the text looks wrong, read it again in the right encoding (Read in Another Encoding…); this reading stays in the source&apos;s history.</source>
        <translation>تحقّق من الترميز: الملف %1. إن بدا النص خاطئًا فأعد قراءته بالترميز الصحيح (القراءة بترميز آخر…)؛ تبقى هذه القراءة في سجل المصدر.</translation>
    </message>
    <message>
        <source>cannot show the source: %1</source>
        <translation>تعذّر عرض المصدر: %1</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>للقراءة فقط: يمكنك قراءة هذه القضية دون تغييرها</translation>
    </message>
    <message>
        <source>Source %1 was recognised in %2. Reading it again in another language makes a new version of its text, which needs source versions (not yet in this version of Provenance Desk).</source>
        <translation>تُعرِّف على المصدر %1 بلغة %2. إعادة قراءته بلغة أخرى تنشئ نسخة جديدة من نصه، وهذا يتطلب نسخ المصادر (غير متاحة بعد في هذا الإصدار من Provenance Desk).</translation>
    </message>
    <message>
        <source>no program on this computer opens %1; it is at %2</source>
        <translation>لا برنامج على هذا الحاسوب يفتح %1؛ وهو موجود في %2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>تعذّر الفتح: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>who</source>
        <extracomment>The legend of the three highlight styles (colours as in SourceText.ATTRIBUTION_STYLES).</extracomment>
        <translation>مَن</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>عبارة الإسناد</translation>
    </message>
    <message>
        <source>what</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Sources of at least this many characters (~15 pages) are analysed in another process.</extracomment>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>مخمَّنة</translation>
    </message>
    <message>
        <source>direction doubtful</source>
        <translation>الاتجاه مشكوك فيه</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 — proposed from the source&apos;s own words</source>
        <extracomment>The analysis `load(…, start=False)` left for `start()`: (case, source, generation).</extracomment>
        <translation>%1 — مقترحة من كلمات المصدر نفسه</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>&amp;Create claim from suggestion…</source>
        <translation>إ&amp;نشاء ادعاء من الاقتراح…</translation>
    </message>
    <message>
        <source>Add to &amp;open claim</source>
        <translation>إضافة إلى الادعاء ال&amp;مفتوح</translation>
    </message>
    <message>
        <source>Add the suggestion&apos;s hops to the claim open in the window</source>
        <translation>إضافة حلقات الاقتراح إلى الادعاء المفتوح في النافذة</translation>
    </message>
    <message>
        <source>Reading the source for attributions…</source>
        <translation>جارٍ قراءة المصدر بحثًا عن الإسنادات…</translation>
    </message>
    <message>
        <source>No attributions found in this source.</source>
        <translation>لم يُعثر على إسنادات في هذا المصدر.</translation>
    </message>
    <message>
        <source>%1 from %2. Check each before you accept it.</source>
        <translation>%1 من %2. افحص كلًّا منها قبل قبوله.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات مقترحة</numerusform>
            <numerusform>ادعاء مقترح واحد</numerusform>
            <numerusform>ادعاءان مقترحان</numerusform>
            <numerusform>%n ادعاءات مقترحة</numerusform>
            <numerusform>%n ادعاءً مقترحًا</numerusform>
            <numerusform>%n ادعاء مقترح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribution(s)</source>
        <translation>
            <numerusform>%n إسناد</numerusform>
            <numerusform>إسناد واحد</numerusform>
            <numerusform>إسنادين</numerusform>
            <numerusform>%n إسنادات</numerusform>
            <numerusform>%n إسنادًا</numerusform>
            <numerusform>%n إسناد</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>تعذّرت قراءة المصدر: %1</translation>
    </message>
</context>
<context>
    <name>WhereElseDialog</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>no number or date</source>
        <translation>لا رقم ولا تاريخ</translation>
    </message>
    <message>
        <source>%1: names %2; shares %3</source>
        <translation>%1: يذكر %2؛ ويشترك في %3</translation>
    </message>
    <message>
        <source>Where Else?</source>
        <translation>أين أيضًا؟</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>هذا النص</translation>
    </message>
    <message>
        <source>Where else does %1 appear?</source>
        <translation>أين يظهر %1 أيضًا؟</translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation>جارٍ التتبّع…</translation>
    </message>
    <message>
        <source>Appearances</source>
        <translation>الظهورات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>الاختلاف</translation>
    </message>
    <message>
        <source>Passage in its source</source>
        <translation>المقطع في مصدره</translation>
    </message>
    <message>
        <source>&amp;Add as Hops</source>
        <translation>إ&amp;ضافة حلقاتٍ</translation>
    </message>
    <message>
        <source>Add the checked appearances to the open claim&apos;s chain, in date order, each with its passage as the quote</source>
        <translation>إضافة الظهورات المؤشَّر عليها إلى سلسلة إسناد الادعاء المفتوح بترتيب التاريخ، ولكلٍّ منها مقطعه اقتباسًا</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>العلاقة:</translation>
    </message>
    <message>
        <source>Cannot trace it: %1</source>
        <translation>تعذّر التتبّع: %1</translation>
    </message>
    <message>
        <source>No source in the case carries it.</source>
        <translation>لا مصدر في القضية يحمله.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) carry it, by publication date; the earliest is the candidate first appearance.</source>
        <translation>
            <numerusform>لا مصادر تحمله.</numerusform>
            <numerusform>مصدر واحد يحمله، بحسب تاريخ النشر؛ الأقدم هو المرشح لأول ظهور.</numerusform>
            <numerusform>مصدران يحملانه، بحسب تاريخ النشر؛ الأقدم هو المرشح لأول ظهور.</numerusform>
            <numerusform>%n مصادر تحمله، بحسب تاريخ النشر؛ الأقدم هو المرشح لأول ظهور.</numerusform>
            <numerusform>%n مصدرًا تحمله، بحسب تاريخ النشر؛ الأقدم هو المرشح لأول ظهور.</numerusform>
            <numerusform>%n مصدر تحمله، بحسب تاريخ النشر؛ الأقدم هو المرشح لأول ظهور.</numerusform>
        </translation>
    </message>
    <message>
        <source>No source in the case carries its words.</source>
        <translation>لا مصدر في القضية يحمل كلماته.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in other languages may carry it (listed last): check the translation.</source>
        <translation>
            <numerusform>لا مقاطع بلغات أخرى.</numerusform>
            <numerusform>قد يحمله مقطع واحد بلغة أخرى (مُدرج في الآخر): تحقّق من الترجمة.</numerusform>
            <numerusform>قد يحمله مقطعان بلغات أخرى (مُدرجان في الآخر): تحقّق من الترجمة.</numerusform>
            <numerusform>قد تحمله %n مقاطع بلغات أخرى (مُدرجة في الآخر): تحقّق من الترجمة.</numerusform>
            <numerusform>قد يحمله %n مقطعًا بلغات أخرى (مُدرجة في الآخر): تحقّق من الترجمة.</numerusform>
            <numerusform>قد يحمله %n مقطع بلغات أخرى (مُدرجة في الآخر): تحقّق من الترجمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>first</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(بلا تاريخ)</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>مُحاذى</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>حرفيًا</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>المحارف %1–%2</translation>
    </message>
    <message>
        <source>characters %1–%2, page %3</source>
        <translation>المحارف %1–%2، الصفحة %3</translation>
    </message>
</context>
</TS>
