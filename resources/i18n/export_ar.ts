<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ExportAction</name>
    <message>
        <source>%1 claims are selected. To export that many, choose “The claims of the current search and filter” or “The whole case” in the export dialog, or select fewer than %2.</source>
        <extracomment>More selected claims than this are refused: the list&apos;s own scope exports them better.</extracomment>
        <translation>حُدِّد %1 ادعاء. لتصدير هذا العدد، اختر «ادعاءات البحث والتصفية الحالية» أو «القضية كلها» في نافذة التصدير، أو حدّد أقل من %2.</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>افتح قضية أولًا</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <source>This claim (#%1)</source>
        <translation>هذا الادعاء (رقم %1)</translation>
    </message>
    <message>
        <source>This claim (none is open)</source>
        <translation>هذا الادعاء (لا ادعاء مفتوح)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected claim(s)</source>
        <translation>
            <numerusform>الادعاءات المحدَّدة (%n)</numerusform>
            <numerusform>الادعاء المحدَّد</numerusform>
            <numerusform>الادعاءان المحدَّدان</numerusform>
            <numerusform>الادعاءات الـ%n المحدَّدة</numerusform>
            <numerusform>الـ%n ادعاءً المحدَّدة</numerusform>
            <numerusform>الـ%n ادعاء المحدَّدة</numerusform>
        </translation>
    </message>
    <message>
        <source>The claims of the current search and filter</source>
        <translation>ادعاءات البحث والتصفية الحالية</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>القضية كلها</translation>
    </message>
    <message>
        <source>Publishing address</source>
        <translation>عنوان النشر</translation>
    </message>
    <message>
        <source>Where the report will be published; ClaimReview needs it (each review&apos;s address is this plus #claim-N). Kept in the case&apos;s settings.</source>
        <translation>حيث سيُنشر التقرير؛ يحتاج إليه ClaimReview (عنوان كل مراجعة هو هذا العنوان مضافًا إليه ‎#claim-N). يُحفظ في إعدادات القضية.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Open the report when it is written</source>
        <translation>افتح التقرير عند الانتهاء من كتابته</translation>
    </message>
    <message>
        <source>Sign with the desk&apos;s key</source>
        <translation>وقّع بمفتاح المكتب</translation>
    </message>
    <message>
        <source>Looking for the desk&apos;s signing key in the keyring…</source>
        <translation>جارٍ البحث عن مفتاح توقيع المكتب في سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>الادعاءات:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>لغة التقرير:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>النشر في:</translation>
    </message>
    <message>
        <source>The report names the desk key %1… and a signature file (the report&apos;s name plus .sig) is written beside it; check it with “provdesk-cli verify-report”.</source>
        <translation>يذكر التقرير مفتاح المكتب %1… ويُكتب بجانبه ملف توقيع (اسم التقرير مضافًا إليه ‎.sig)؛ تحقّق منه باستخدام «provdesk-cli verify-report».</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>اختر مكان حفظ التقرير.</translation>
    </message>
    <message>
        <source>The publishing address: %1.</source>
        <translation>عنوان النشر: %1.</translation>
    </message>
    <message>
        <source>ClaimReview needs the address the report will be published at: fill in “Publish at”.</source>
        <translation>يحتاج ClaimReview إلى العنوان الذي سيُنشر فيه التقرير: املأ «النشر في».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reading claims… %1 of %2</source>
        <translation>جارٍ قراءة الادعاءات… %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %1 of %n claim(s)</source>
        <translation>
            <numerusform>جارٍ كتابة التقرير… %1 من %n ادعاء</numerusform>
            <numerusform>جارٍ كتابة التقرير… %1 من ادعاء واحد</numerusform>
            <numerusform>جارٍ كتابة التقرير… %1 من ادعاءين</numerusform>
            <numerusform>جارٍ كتابة التقرير… %1 من %n ادعاءات</numerusform>
            <numerusform>جارٍ كتابة التقرير… %1 من %n ادعاءً</numerusform>
            <numerusform>جارٍ كتابة التقرير… %1 من %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n claim(s) to %1</source>
        <translation>
            <numerusform>كُتب %n ادعاء في %1</numerusform>
            <numerusform>كُتب ادعاء واحد في %1</numerusform>
            <numerusform>كُتب ادعاءان في %1</numerusform>
            <numerusform>كُتبت %n ادعاءات في %1</numerusform>
            <numerusform>كُتب %n ادعاءً في %1</numerusform>
            <numerusform>كُتب %n ادعاء في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; signed (%1)</source>
        <translation>؛ موقَّع (%1)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (صفحة واحدة مكتفية بذاتها)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (zip of claims.csv and hops.csv)</source>
        <translation>CSV (ملف zip يضم claims.csv وhops.csv)</translation>
    </message>
    <message>
        <source>JSON (Provenance Desk report schema)</source>
        <translation>JSON (مخطط تقارير Provenance Desk)</translation>
    </message>
    <message>
        <source>W3C PROV-JSON</source>
        <translation>W3C PROV-JSON</translation>
    </message>
    <message>
        <source>W3C PROV-N</source>
        <translation>W3C PROV-N</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>W3C Web Annotations of the quotes (JSON-LD)</source>
        <translation>تعليقات W3C التوضيحية على الاقتباسات (JSON-LD)</translation>
    </message>
    <message>
        <source>The language of the report&apos;s own words (headings, labels, dates) in HTML, PDF and Markdown. The case&apos;s text and values, and the data formats, are the same in every language.</source>
        <translation>لغة كلمات التقرير نفسه (العناوين والتسميات والتواريخ) في HTML وPDF وMarkdown. أما نص القضية وقيمها، وصيغ البيانات، فهي نفسها في كل لغة.</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>the export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
</context>
<context>
    <name>KeyProbe</name>
    <message>
        <source>Cannot sign: %1.</source>
        <translation>يتعذّر التوقيع: %1.</translation>
    </message>
    <message>
        <source>Cannot sign: the keyring failed (%1).</source>
        <translation>يتعذّر التوقيع: تعطّلت سلسلة المفاتيح (%1).</translation>
    </message>
    <message>
        <source>The desk has no signing key yet; create one with “provdesk-cli key create”, then open this dialog again.</source>
        <translation>ليس لدى المكتب مفتاح توقيع بعد؛ أنشئ واحدًا باستخدام «provdesk-cli key create» ثم افتح هذه النافذة مجددًا.</translation>
    </message>
</context>
</TS>
