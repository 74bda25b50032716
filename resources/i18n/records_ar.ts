<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActorDialog</name>
    <message>
        <source>Actor: %1</source>
        <translation>الجهة: %1</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>اسم الجهة</translation>
    </message>
    <message>
        <source>Actor kind</source>
        <translation>نوع الجهة</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Other names, separated by semicolons</source>
        <translation>أسماء أخرى، تفصل بينها فواصل منقوطة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>الأسماء ال&amp;بديلة:</translation>
    </message>
</context>
<context>
    <name>ActorsDock</name>
    <message>
        <source>Actors</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Rename the actor, change its kind or aliases</source>
        <translation>غيّر اسم الجهة أو نوعها أو أسماءها البديلة</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>Fold a duplicate into another actor</source>
        <translation>ادمج جهة مكرَّرة في جهة أخرى</translation>
    </message>
    <message>
        <source>Likely &amp;Duplicates…</source>
        <translation>&amp;تكرارات محتملة…</translation>
    </message>
    <message>
        <source>Actors whose names meet in another script or form (Лавров, Sergey Lavrov)</source>
        <translation>جهات تلتقي أسماؤها في كتابة أو صيغة أخرى (لافروف، Sergey Lavrov)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>Delete the actor (View ▸ Trash brings it back)</source>
        <translation>احذف الجهة (تعيدها «عرض ◂ سلة المهملات»)</translation>
    </message>
    <message>
        <source>Actor %1 saved</source>
        <translation>حُفظت الجهة %1</translation>
    </message>
    <message>
        <source>There is no other actor to merge into</source>
        <translation>لا توجد جهة أخرى للدمج فيها</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>دُمجت %1 في %2</translation>
    </message>
    <message>
        <source>Choose the pair to merge</source>
        <translation>اختر الزوج المراد دمجه</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicate actors</source>
        <translation>جهات مكرَّرة على الأرجح</translation>
    </message>
    <message>
        <source>These actors&apos; names meet in another script or form. A shared name is evidence, not proof (namesakes share keys too): merge only the pairs that are one actor. Merge folds the second into the first; Edit ▸ Undo takes a merge back.</source>
        <translation>تلتقي أسماء هذه الجهات في كتابة أو صيغة أخرى. الاسم المشترك دليل لا برهان (فالأسماء المتشابهة تتشارك المفاتيح أيضًا): لا تدمج إلا الأزواج التي هي جهة واحدة. يدمج «دمج» الثانية في الأولى؛ ويلغي «تحرير ◂ تراجع» الدمج.</translation>
    </message>
    <message>
        <source>No two actors&apos; names meet across scripts and forms.</source>
        <translation>لا تلتقي أسماء أي جهتين عبر الكتابات والصيغ.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>same name key</source>
        <translation>مفتاح الاسم نفسه</translation>
    </message>
    <message>
        <source>part of the name meets</source>
        <translation>جزء من الاسم يتطابق</translation>
    </message>
    <message>
        <source>Merge %1 (actor %2) into %3 (actor %4) — %5: %6, %7% alike</source>
        <translation>دمج %1 (الجهة %2) في %3 (الجهة %4) — %5: %6، تشابه %7%</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Choose the pair to merge</source>
        <translation>اختر الزوج المراد دمجه</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>دمج %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %n hop(s) go into the actor chosen below; its name and aliases become aliases there. Edit ▸ Undo takes a merge back.</source>
        <translation>
            <numerusform>تنتقل «%1» و%n حلقة لها إلى الجهة المختارة أدناه؛ ويصبح اسمها وأسماؤها البديلة أسماءً بديلة هناك. يلغي «تحرير ◂ تراجع» الدمج.</numerusform>
            <numerusform>تنتقل «%1» وحلقتها الوحيدة إلى الجهة المختارة أدناه؛ ويصبح اسمها وأسماؤها البديلة أسماءً بديلة هناك. يلغي «تحرير ◂ تراجع» الدمج.</numerusform>
            <numerusform>تنتقل «%1» وحلقتاها إلى الجهة المختارة أدناه؛ ويصبح اسمها وأسماؤها البديلة أسماءً بديلة هناك. يلغي «تحرير ◂ تراجع» الدمج.</numerusform>
            <numerusform>تنتقل «%1» و%n حلقات لها إلى الجهة المختارة أدناه؛ ويصبح اسمها وأسماؤها البديلة أسماءً بديلة هناك. يلغي «تحرير ◂ تراجع» الدمج.</numerusform>
            <numerusform>تنتقل «%1» و%n حلقةً لها إلى الجهة المختارة أدناه؛ ويصبح اسمها وأسماؤها البديلة أسماءً بديلة هناك. يلغي «تحرير ◂ تراجع» الدمج.</numerusform>
            <numerusform>تنتقل «%1» و%n حلقة لها إلى الجهة المختارة أدناه؛ ويصبح اسمها وأسماؤها البديلة أسماءً بديلة هناك. يلغي «تحرير ◂ تراجع» الدمج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>الدمج في</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>الدمج &amp;في:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
</context>
<context>
    <name>RecordDock</name>
    <message>
        <source>Select a row first</source>
        <translation>اختر صفًّا أولًا</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>للقراءة فقط: يمكنك قراءة هذه القضية دون تغييرها</translation>
    </message>
    <message>
        <source>Actor %1 moved to the Trash</source>
        <translation>نُقلت الجهة %1 إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Source %1 moved to the Trash</source>
        <translation>نُقل المصدر %1 إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Cannot delete actor %1: %2</source>
        <translation>يتعذّر حذف الجهة %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete source %1: %2</source>
        <translation>يتعذّر حذف المصدر %1: %2</translation>
    </message>
    <message>
        <source>%1. The list now shows the newer version; your entries are still here.</source>
        <translation>%1. تعرض القائمة الآن النسخة الأحدث؛ وما أدخلته ما زال هنا.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>الحلقات</translation>
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
        <source>Lang.</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>ملف الدليل</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>text only</source>
        <translation>نص فقط</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
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
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>اتجاه النص</translation>
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
        <source>Published on</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>نوع المصدر</translation>
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
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>الا&amp;تجاه:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>تاريخ ال&amp;نشر:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Correct the source&apos;s title, outlet, date, language…</source>
        <translation>صحّح عنوان المصدر ووسيلة الإعلام والتاريخ واللغة…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>Delete the source (View ▸ Trash brings it back)</source>
        <translation>احذف المصدر (تعيده «عرض ◂ سلة المهملات»)</translation>
    </message>
    <message>
        <source>Source saved</source>
        <translation>حُفظ المصدر</translation>
    </message>
</context>
</TS>
