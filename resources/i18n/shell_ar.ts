<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Record each claim with the chain of people and outlets that carried it, check every link against the sources, mark verdicts, and export provenance reports.&lt;/p&gt;&lt;p&gt;Every change is written to the case&apos;s audit log, hash-chained so that tampering shows.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;سجّل كل ادعاء مع سلسلة الأشخاص ووسائل الإعلام التي نقلته، وافحص كل حلقة مقابل المصادر، وحدّد الأحكام، وصدّر تقارير تتبّع المصدر.&lt;/p&gt;&lt;p&gt;يُكتب كل تغيير في سجل التدقيق الخاص بالقضية، مسلسلًا بالبصمات بحيث يظهر أي عبث.&lt;/p&gt;&lt;p&gt;مرخّص بموجب رخصة GNU GPL، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;فتح الأخيرة</translation>
    </message>
    <message>
        <source>Opening {case}…</source>
        <translation>جارٍ فتح {case}…</translation>
    </message>
    <message>
        <source>The case could not be opened: {reason}</source>
        <translation>تعذّر فتح القضية: {reason}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>{file} exists already: open it, or choose another name</source>
        <translation>{file} موجود من قبل: افتحه أو اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح قضية</translation>
    </message>
    <message>
        <source>Provenance Desk cases</source>
        <translation>قضايا Provenance Desk</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>لا قضايا حديثة</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}</source>
        <translation>تُسجَّل التغييرات الآن باسم {name}</translation>
    </message>
</context>
<context>
    <name>CaseWatch</name>
    <message>
        <source>The case file {file} was deleted or moved while it was open. What you see is what it held; changes cannot be saved until the file is back. Put it back (or open the moved file with File ▸ Open Case) to go on working.</source>
        <translation>حُذف ملف القضية {file} أو نُقل وهو مفتوح. ما تراه هو ما كان يحتويه؛ ولا يمكن حفظ التغييرات حتى يعود الملف. أعده إلى مكانه (أو افتح الملف المنقول من ملف ◂ فتح قضية) لمتابعة العمل.</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app}: حدث خطأ ما</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your case is safe: every change is saved in one transaction or not at all. Please copy this report and send it to the developers.</source>
        <translation>حدث خطأ غير متوقع. قضيتك في أمان: يُحفظ كل تغيير في معاملة واحدة أو لا يُحفظ أبدًا. يُرجى نسخ هذا التقرير وإرساله إلى المطوّرين.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>تقرير الخطأ</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;نسخ التقرير</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Claims</source>
        <extracomment>The open claim&apos;s pane (made by `complete()`). The reviewer may read the case but not change it (set by the team actions). Every part of the window once `window_setup` made them (None for the bare frame), for the app and the tests; rooms get what they need through their constructors. What happened (case changed, changes applied, claim opened, read-only). The one registry of actions: menus, toolbar and enablement come from it.</extracomment>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Number of claims</source>
        <extracomment>The claim&apos;s text takes the width the other columns leave (least needed give way).</extracomment>
        <translation>عدد الادعاءات</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>قيد العمل…</translation>
    </message>
    <message>
        <source>The name written into the audit log (Edit ▸ Preferences)</source>
        <translation>الاسم الذي يُكتب في سجل التدقيق (تحرير ◂ التفضيلات)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Opened {case}</source>
        <translation>فُتحت {case}</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%n ادعاءات</numerusform>
            <numerusform>%n ادعاءً</numerusform>
            <numerusform>%n ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>المراجِع: {name}</translation>
    </message>
    <message>
        <source>The case may have been moved, deleted or locked. Nothing you saved is lost; reopen the case from File ▸ Open Recent once it is back.</source>
        <translation>ربما نُقلت القضية أو حُذفت أو قُفلت. لم يضِع شيء مما حفظته؛ أعد فتح القضية من ملف ◂ فتح الأخيرة حين تعود.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Welcome to Provenance Desk</source>
        <translation>مرحبًا بك في Provenance Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Your name goes into the audit log of every change you make, and into the review history of each claim. Colleagues see it when they open a shared case.</source>
        <translation>يُكتب اسمك في سجل التدقيق مع كل تغيير تُجريه، وفي سجل مراجعات كل ادعاء. ويراه زملاؤك حين يفتحون قضية مشتركة.</translation>
    </message>
    <message>
        <source>Your name as colleagues and readers know it</source>
        <translation>اسمك كما يعرفه زملاؤك وقرّاؤك</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>اسم المراجِع</translation>
    </message>
    <message>
        <source>The name the audit log records for your changes</source>
        <translation>الاسم الذي يسجّله سجل التدقيق لتغييراتك</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>كما تكتبها اللغة</translation>
    </message>
    <message>
        <source>Latin (0123456789)</source>
        <translation>لاتينية (0123456789)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣٤٥٦٧٨٩)</source>
        <translation>هندية عربية (٠١٢٣٤٥٦٧٨٩)</translation>
    </message>
    <message>
        <source>The language and the digits apply after a restart.</source>
        <translation>تُطبَّق اللغة والأرقام بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>اسم ال&amp;مراجِع:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>الأ&amp;رقام:</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>{app} User Guide</source>
        <translation>دليل مستخدم {app}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
</TS>
