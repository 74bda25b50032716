<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>IntegrityActions</name>
    <message>
        <source>A case on a team server is backed up by the server itself (pg_dump)</source>
        <translation>القضية على خادم الفريق يتولى الخادم نفسه نسخها احتياطيًا (pg_dump)</translation>
    </message>
    <message>
        <source>You may read this case but not change it</source>
        <translation>يمكنك قراءة هذه القضية دون تغييرها</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>افتح قضية أولًا</translation>
    </message>
    <message>
        <source>Checking the audit log and every evidence file…</source>
        <translation>جارٍ فحص سجل التدقيق وكل ملف دليل…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2) in %3</source>
        <translation>نُسخت احتياطيًا إلى %1 (%2) في %3</translation>
    </message>
    <message>
        <source>Backing up the case…</source>
        <translation>جارٍ النسخ الاحتياطي للقضية…</translation>
    </message>
    <message>
        <source>Scheduled backup written: %1</source>
        <translation>كُتبت النسخة الاحتياطية المجدولة: %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي المجدول: %1</translation>
    </message>
    <message>
        <source>The case is backed up every %1; %2</source>
        <translation>تُنسخ القضية احتياطيًا كل %1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n backup(s) kept</source>
        <translation>
            <numerusform>لا تُحفظ أي نسخة احتياطية</numerusform>
            <numerusform>تُحفظ أحدث نسخة احتياطية</numerusform>
            <numerusform>تُحفظ أحدث نسختين احتياطيتين</numerusform>
            <numerusform>تُحفظ أحدث %n نسخ احتياطية</numerusform>
            <numerusform>تُحفظ أحدث %n نسخة احتياطية</numerusform>
            <numerusform>تُحفظ أحدث %n نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backups are off</source>
        <translation>النسخ الاحتياطي المجدول متوقف</translation>
    </message>
    <message>
        <source>This case has no backups yet (Tools ▸ Back Up Now makes one)</source>
        <translation>لا نسخ احتياطية لهذه القضية بعد (أدوات ◂ نسخ احتياطي الآن ينشئ واحدة)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Put the case back as it was on %1 UTC?

The case closes, the case as it is now is kept as a copy in the backups folder, and the restored case opens.</source>
        <translation>أتعيد القضية إلى ما كانت عليه في %1 UTC؟

تُغلق القضية، وتُحفظ القضية بحالتها الحالية نسخةً في مجلد النسخ الاحتياطية، ثم تُفتح القضية المستعادة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The case as it was before is kept at %1.</source>
        <translation>القضية كما كانت من قبل محفوظة في %1.</translation>
    </message>
    <message>
        <source>The case was restored from the backup of %1 UTC.</source>
        <translation>استُعيدت القضية من النسخة الاحتياطية المأخوذة في %1 UTC.</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>استُعيدت القضية</translation>
    </message>
    <message>
        <source>The case was not restored: %1</source>
        <translation>لم تُستعد القضية: %1</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>جارٍ استعادة %1 من %2…</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>ملف دليل</translation>
    </message>
    <message>
        <source>Case content</source>
        <translation>محتوى القضية</translation>
    </message>
    <message>
        <source>Audit log end</source>
        <translation>نهاية سجل التدقيق</translation>
    </message>
    <message>
        <source>case intact: %1, %2 checked</source>
        <translation>القضية سليمة: فُحص %1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n حدث تدقيق</numerusform>
            <numerusform>حدث تدقيق واحد</numerusform>
            <numerusform>حدثا تدقيق</numerusform>
            <numerusform>%n أحداث تدقيق</numerusform>
            <numerusform>%n حدثَ تدقيق</numerusform>
            <numerusform>%n حدث تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n ملف دليل</numerusform>
            <numerusform>ملف دليل واحد</numerusform>
            <numerusform>ملفا دليل</numerusform>
            <numerusform>%n ملفات أدلة</numerusform>
            <numerusform>%n ملفَّ دليل</numerusform>
            <numerusform>%n ملف دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case NOT intact: %n problem(s); first: %1</source>
        <translation>
            <numerusform>القضية غير سليمة: %n مشكلة؛ الأولى: %1</numerusform>
            <numerusform>القضية غير سليمة: مشكلة واحدة: %1</numerusform>
            <numerusform>القضية غير سليمة: مشكلتان؛ الأولى: %1</numerusform>
            <numerusform>القضية غير سليمة: %n مشكلات؛ الأولى: %1</numerusform>
            <numerusform>القضية غير سليمة: %n مشكلةً؛ الأولى: %1</numerusform>
            <numerusform>القضية غير سليمة: %n مشكلة؛ الأولى: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Case Integrity</source>
        <translation>سلامة القضية</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>القضية: %1</translation>
    </message>
    <message>
        <source>Every audit event&apos;s hash and its link to the event before were recomputed, and every evidence file was hashed again.</source>
        <translation>أُعيد حساب بصمة كل حدث تدقيق وصلته بالحدث السابق، وأُعيد حساب بصمة كل ملف دليل.</translation>
    </message>
    <message>
        <source>Something in the case was changed outside Provenance Desk (or damaged). The first problem is where the trail stops being trustworthy.</source>
        <translation>تغيّر شيء في القضية خارج Provenance Desk (أو تلف). المشكلة الأولى هي حيث يتوقف الأثر عن أن يكون موثوقًا.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>أيّ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>made by hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>حسب الجدول</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>حُفظت قبل استعادة</translation>
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
    <message>
        <source>KB</source>
        <translation>ك.بايت</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>م.بايت</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ج.بايت</translation>
    </message>
    <message>
        <source>kept before a schema upgrade</source>
        <translation>حُفظت قبل ترقية المخطط</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The case as it is now is kept as a copy in the backups folder first, so nothing is lost.</source>
        <translation>اختر النسخة الاحتياطية التي تريد إعادتها. تُحفظ القضية بحالتها الحالية أولًا نسخةً في مجلد النسخ الاحتياطية، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>أُخذت في (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup Schedule</source>
        <translation>جدول النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>While the case is open, Provenance Desk backs it up to the backups folder beside the case file when the newest backup is older than this.</source>
        <translation>ما دامت القضية مفتوحة، ينسخها Provenance Desk احتياطيًا إلى مجلد النسخ الاحتياطية بجوار ملف القضية متى صارت أحدث نسخة أقدم من هذه المدة.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>النسخ الاحتياطي كل</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>الاحتفاظ بالأحدث</translation>
    </message>
    <message>
        <source>Older backups are deleted; copies kept before an upgrade or a restore never are</source>
        <translation>تُحذف النسخ الأقدم؛ أما النسخ المحفوظة قبل ترقية أو استعادة فلا تُحذف أبدًا</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>النسخ الاحتياطي &amp;كل:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>الا&amp;حتفاظ بأحدث:</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n نسخة</numerusform>
            <numerusform>%n نسخة</numerusform>
            <numerusform>%n نسختين</numerusform>
            <numerusform>%n نسخ</numerusform>
            <numerusform>%n نسخة</numerusform>
            <numerusform>%n نسخة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Send Verdict Back</source>
        <translation>إعادة الحكم للمراجعة</translation>
    </message>
    <message>
        <source>Sign Off Verdict</source>
        <translation>اعتماد الحكم</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Verdict %1, set by %2: “%3”</source>
        <translation>الحكم: %1، أصدره %2: «%3»</translation>
    </message>
    <message>
        <source>Verdict %1, set by %2</source>
        <translation>الحكم: %1، أصدره %2</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>الادعاء %1: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Why the verdict needs more work (required)</source>
        <translation>لماذا يحتاج الحكم إلى مزيد من العمل (مطلوب)</translation>
    </message>
    <message>
        <source>Anything the desk should know about your sign-off (optional)</source>
        <translation>ما ينبغي أن يعرفه الفريق عن اعتمادك (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Give the reason for sending the verdict back.</source>
        <translation>اذكر سبب إعادة الحكم.</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>The open claim&apos;s verdict is not awaiting sign-off</source>
        <translation>حكم الادعاء المفتوح لا ينتظر الاعتماد</translation>
    </message>
    <message>
        <source>You set this verdict: a second reviewer must sign it off or send it back</source>
        <translation>أنت من أصدر هذا الحكم: على مراجِع ثانٍ أن يعتمده أو يعيده</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>اختر ادعاءً أولًا</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>للقراءة فقط: يمكنك قراءة هذه القضية دون تغييرها</translation>
    </message>
    <message>
        <source>Verdict of claim %1 sent back for more work</source>
        <translation>أُعيد حكم الادعاء %1 لمزيد من العمل</translation>
    </message>
    <message>
        <source>Verdict of claim %1 signed off</source>
        <translation>اعتُمد حكم الادعاء %1</translation>
    </message>
    <message>
        <source>Final verdicts now wait for a second reviewer&apos;s sign-off</source>
        <translation>الأحكام النهائية تنتظر الآن اعتماد مراجِع ثانٍ</translation>
    </message>
    <message>
        <source>Final verdicts no longer need a second reviewer</source>
        <translation>لم تعد الأحكام النهائية تحتاج إلى مراجِع ثانٍ</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>لم يتغيّر الإعداد: %1</translation>
    </message>
</context>
</TS>
