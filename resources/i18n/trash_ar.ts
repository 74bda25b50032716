<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CaseCommand</name>
    <message>
        <source>Restore Claim %1</source>
        <translation>استعادة الادعاء %1</translation>
    </message>
    <message>
        <source>Restore Hop %1</source>
        <translation>استعادة الحلقة %1</translation>
    </message>
    <message>
        <source>Restore Actor %1</source>
        <translation>استعادة الجهة %1</translation>
    </message>
    <message>
        <source>Restore Source %1</source>
        <translation>استعادة المصدر %1</translation>
    </message>
</context>
<context>
    <name>TrashDock</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Deleted (UTC)</source>
        <translation>حُذف (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>claim</source>
        <extracomment>The kinds of record the Trash holds, as the table shows them.</extracomment>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>حلقة</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>جهة</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Claim %1 restored from the Trash</source>
        <extracomment>&quot;… restored from the Trash&quot;, by kind.</extracomment>
        <translation>استُعيد الادعاء %1 من سلة المهملات</translation>
    </message>
    <message>
        <source>Hop %1 restored from the Trash</source>
        <translation>استُعيدت الحلقة %1 من سلة المهملات</translation>
    </message>
    <message>
        <source>Actor %1 restored from the Trash</source>
        <translation>استُعيدت الجهة %1 من سلة المهملات</translation>
    </message>
    <message>
        <source>Source %1 restored from the Trash</source>
        <translation>استُعيد المصدر %1 من سلة المهملات</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Bring the selected record back</source>
        <translation>أعِد السجل المحدد</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>إ&amp;فراغ سلة المهملات…</translation>
    </message>
    <message>
        <source>Purge everything in the Trash for good</source>
        <translation>احذف كل ما في سلة المهملات نهائيًا</translation>
    </message>
    <message>
        <source>(claim %1)</source>
        <translation>(الادعاء %1)</translation>
    </message>
    <message>
        <source>Select something in the Trash first</source>
        <translation>اختر شيئًا في سلة المهملات أولًا</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>تتعذّر استعادة %1: %2</translation>
    </message>
    <message>
        <source>The Trash is empty</source>
        <translation>سلة المهملات فارغة</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message numerus="yes">
        <source>Purge the %n record(s) in the Trash for good? They cannot be restored afterwards; the audit log records what was purged.</source>
        <translation>
            <numerusform>حذف %n سجل في سلة المهملات نهائيًا؟ لا يمكن استعادتها بعد ذلك؛ يسجّل سجل التدقيق ما حُذف.</numerusform>
            <numerusform>حذف السجل الوحيد في سلة المهملات نهائيًا؟ لا يمكن استعادته بعد ذلك؛ يسجّل سجل التدقيق ما حُذف.</numerusform>
            <numerusform>حذف السجلين في سلة المهملات نهائيًا؟ لا يمكن استعادتهما بعد ذلك؛ يسجّل سجل التدقيق ما حُذف.</numerusform>
            <numerusform>حذف السجلات الـ%n في سلة المهملات نهائيًا؟ لا يمكن استعادتها بعد ذلك؛ يسجّل سجل التدقيق ما حُذف.</numerusform>
            <numerusform>حذف الـ%n سجلًا في سلة المهملات نهائيًا؟ لا يمكن استعادتها بعد ذلك؛ يسجّل سجل التدقيق ما حُذف.</numerusform>
            <numerusform>حذف الـ%n سجل في سلة المهملات نهائيًا؟ لا يمكن استعادتها بعد ذلك؛ يسجّل سجل التدقيق ما حُذف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash was not emptied: %1</source>
        <translation>لم تُفرَغ سلة المهملات: %1</translation>
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
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Purged %1 from the Trash</source>
        <translation>حُذف نهائيًا من سلة المهملات: %1</translation>
    </message>
    <message numerus="yes">
        <source>kept %n still in use (%1)</source>
        <translation>
            <numerusform>أُبقي %n سجل ما زال مستخدمًا (%1)</numerusform>
            <numerusform>أُبقي سجل واحد ما زال مستخدمًا (%1)</numerusform>
            <numerusform>أُبقي سجلان ما زالا مستخدمَين (%1)</numerusform>
            <numerusform>أُبقيت %n سجلات ما زالت مستخدمة (%1)</numerusform>
            <numerusform>أُبقي %n سجلًا ما زال مستخدمًا (%1)</numerusform>
            <numerusform>أُبقي %n سجل ما زال مستخدمًا (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
</TS>
