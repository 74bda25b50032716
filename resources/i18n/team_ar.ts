<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>الاتصال بخادم الفريق</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>حفظ كلمة المرور في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>مضيف الخادم</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>منفذ الخادم</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>مستخدم قاعدة البيانات</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>وضع TLS</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>تذكُّر كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ال&amp;مضيف:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>%1: the password will be asked each time</source>
        <translation>%1: ستُطلب كلمة المرور في كل مرة</translation>
    </message>
    <message>
        <source>Give the server&apos;s host, the database and your database user.</source>
        <translation>أدخل مضيف الخادم وقاعدة البيانات ومستخدمك في قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>LiveChanges</name>
    <message>
        <source>the connection to the team server was lost (%1)</source>
        <translation>انقطع الاتصال بخادم الفريق (%1)</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Connection to the team server lost — reconnecting…</source>
        <translation>انقطع الاتصال بخادم الفريق — جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>للقراءة فقط: يمكنك قراءة هذه القضية دون تغييرها</translation>
    </message>
    <message>
        <source>No password is kept for this server: give it to connect.</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا الخادم: أدخلها للاتصال.</translation>
    </message>
    <message>
        <source>Could not ask whether you may change the case: %1</source>
        <translation>تعذّر السؤال عمّا إذا كان يحق لك تغيير القضية: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Connected to the team server again; the case was read again</source>
        <translation>عاد الاتصال بخادم الفريق؛ وأُعيدت قراءة القضية</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Connected, but the password was not kept: %1</source>
        <translation>تم الاتصال، لكن كلمة المرور لم تُحفظ: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>تعذّر الاتصال: %1</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>افتح قضية أولًا</translation>
    </message>
    <message>
        <source>Copying the case to %1…</source>
        <translation>جارٍ نسخ القضية إلى %1…</translation>
    </message>
    <message>
        <source>The case was not copied to %1: %2</source>
        <translation>لم تُنسخ القضية إلى %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
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
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n حلقة</numerusform>
            <numerusform>حلقة واحدة</numerusform>
            <numerusform>حلقتان</numerusform>
            <numerusform>%n حلقات</numerusform>
            <numerusform>%n حلقةً</numerusform>
            <numerusform>%n حلقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n جهة</numerusform>
            <numerusform>جهة واحدة</numerusform>
            <numerusform>جهتان</numerusform>
            <numerusform>%n جهات</numerusform>
            <numerusform>%n جهةً</numerusform>
            <numerusform>%n جهة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n مصدر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>مراجعة واحدة</numerusform>
            <numerusform>مراجعتان</numerusform>
            <numerusform>%n مراجعات</numerusform>
            <numerusform>%n مراجعةً</numerusform>
            <numerusform>%n مراجعة</numerusform>
        </translation>
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
    <message>
        <source>The case was copied to %1 and checked there.</source>
        <translation>نُسخت القضية إلى %1 وفُحصت هناك.</translation>
    </message>
    <message>
        <source>Copied: %2.</source>
        <translation>المنسوخ: %2.</translation>
    </message>
    <message>
        <source>Verified: the number of rows of every table, the SHA-256 of every evidence file, and the audit log&apos;s hash chain (newest event %3…).</source>
        <translation>جرى التحقق من: عدد صفوف كل جدول، وبصمة SHA-256 لكل ملف دليل، وسلسلة بصمات سجل التدقيق (أحدث حدث %3…).</translation>
    </message>
    <message>
        <source>Case copied</source>
        <translation>نُسخت القضية</translation>
    </message>
</context>
<context>
    <name>TeamCopy</name>
    <message>
        <source>Copy Case to Team Server</source>
        <translation>نسخ القضية إلى خادم الفريق</translation>
    </message>
    <message>
        <source>Copy case to file</source>
        <translation>نسخ القضية إلى ملف</translation>
    </message>
    <message>
        <source>Cases (*.provdesk)</source>
        <translation>قضايا (*.provdesk)</translation>
    </message>
</context>
</TS>
