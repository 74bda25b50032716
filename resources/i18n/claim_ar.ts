<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>ChainDiagram</name>
        <message>
            <source>%1 (%2, %3, direction doubtful)</source>
            <translation>%1 (%2، %3، الاتجاه مشكوك فيه)</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2، %3)</translation>
        </message>
        <message>
            <source>No hops yet</source>
            <translation>لا حلقات بعد</translation>
        </message>
        <message>
            <source>Chain: %1</source>
            <translation>السلسلة: %1</translation>
        </message>
        <message>
            <source>Route %1: %2.</source>
            <translation>المسار %1: %2.</translation>
        </message>
        <message>
            <source>Chain diagram</source>
            <translation>مخطط السلسلة</translation>
        </message>
        <message>
            <source>The chain, origin on the right; arrows are coloured by the hop's status</source>
            <translation>سلسلة الإسناد، والأصل على اليمين؛ تُلوَّن الأسهم بحسب حالة الحلقة</translation>
        </message>
        <message>
            <source>The chain, origin on the left; arrows are coloured by the hop's status</source>
            <translation>سلسلة الإسناد، والأصل على اليسار؛ تُلوَّن الأسهم بحسب حالة الحلقة</translation>
        </message>
        <message>
            <source>No claim selected</source>
            <translation>لم يُختر أي ادعاء</translation>
        </message>
        <message>
            <source>No hops yet: add the origin with Claim ▸ Add Hop (Ctrl+H)</source>
            <translation>لا حلقات بعد: أضف الأصل عبر «ادعاء ◂ إضافة حلقة» (Ctrl+H)</translation>
        </message>
        <message>
            <source>Select a claim to see its chain</source>
            <translation>اختر ادعاءً لترى سلسلته</translation>
        </message>
        <message>
            <source>no source</source>
            <translation>بلا مصدر</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <source>dashed: direction doubtful</source>
            <translation>متقطّع: الاتجاه مشكوك فيه</translation>
        </message>
    </context>
    <context>
        <name>ClaimDetailPane</name>
        <message>
            <source>Claim wording</source>
            <translation>صياغة الادعاء</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Claim number and last change</source>
            <translation>رقم الادعاء وآخر تغيير</translation>
        </message>
        <message>
            <source>Hops of the chain, origin first</source>
            <translation>حلقات السلسلة، بدءًا بالأصل</translation>
        </message>
        <message>
            <source>Quote of the selected hop</source>
            <extracomment>The quote takes the width the other columns leave (the least needed give way).</extracomment>
            <translation>اقتباس الحلقة المختارة</translation>
        </message>
        <message>
            <source>Select a hop to read its quote</source>
            <translation>اختر حلقة لقراءة اقتباسها</translation>
        </message>
        <message>
            <source>Review history</source>
            <translation>سجل المراجعة</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>متى (UTC)</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>المراجِع</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>من ← إلى</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>لماذا</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>No notes. Edit the claim (F2) to add some.</source>
            <translation>لا ملاحظات. حرّر الادعاء (F2) لإضافة بعضها.</translation>
        </message>
        <message>
            <source>&amp;Hops</source>
            <translation>ال&amp;حلقات</translation>
        </message>
        <message>
            <source>Review &amp;history</source>
            <translation>&amp;سجل المراجعة</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>م&amp;لاحظات</translation>
        </message>
        <message>
            <source>No claim selected</source>
            <translation>لم يُختر أي ادعاء</translation>
        </message>
        <message>
            <source>Claim %1, version %2</source>
            <translation>الادعاء %1، النسخة %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>الوسوم: %1</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>بلا وسوم</translation>
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
            <source>in %n route(s)</source>
            <translation>
                <numerusform>في %n مسار</numerusform>
                <numerusform>في مسار واحد</numerusform>
                <numerusform>في مسارين</numerusform>
                <numerusform>في %n مسارات</numerusform>
                <numerusform>في %n مسارًا</numerusform>
                <numerusform>في %n مسار</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>changed %1 by %2</source>
            <translation>غيّره %2 في %1</translation>
        </message>
        <message>
            <source>Claim %1 · %2 · %3</source>
            <translation>الادعاء %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>الاعتماد</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>اعتُمد</translation>
        </message>
        <message>
            <source>Sent back: %1 → %2</source>
            <translation>أُعيد للمراجعة: %1 ← %2</translation>
        </message>
        <message>
            <source>Hop</source>
            <translation>حلقة</translation>
        </message>
        <message>
            <source>Hop: %1</source>
            <translation>حلقة: %1</translation>
        </message>
        <message>
            <source>Hop %1 (removed)</source>
            <translation>الحلقة %1 (أُزيلت)</translation>
        </message>
        <message>
            <source>(no quote recorded for this hop)</source>
            <translation>(لم يُسجَّل اقتباس لهذه الحلقة)</translation>
        </message>
        <message>
            <source>%1. %2 %3 in %4</source>
            <translation>%1. %2 — %3 في %4</translation>
        </message>
        <message>
            <source>%1. %2 %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
        <message>
            <source>Awaiting sign-off (set by %1)</source>
            <translation>بانتظار الاعتماد (عيّنه %1)</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>بانتظار الاعتماد</translation>
        </message>
        <message>
            <source>Signed off by %1 on %2</source>
            <translation>اعتمده %1 في %2</translation>
        </message>
        <message>
            <source>Signed off by %1</source>
            <translation>اعتمده %1</translation>
        </message>
        <message>
            <source>Sent back by %1 on %2</source>
            <translation>أعاده %1 للمراجعة في %2</translation>
        </message>
        <message>
            <source>Sent back by %1</source>
            <translation>أعاده %1 للمراجعة</translation>
        </message>
    </context>
    <context>
        <name>HopTableModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>العلاقة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>The direction of this link, as the source reports it, is doubtful</source>
            <translation>اتجاه هذا الرابط، كما يورده المصدر، مشكوك فيه</translation>
        </message>
        <message>
            <source>No source</source>
            <translation>بلا مصدر</translation>
        </message>
        <message>
            <source>%1 (direction doubtful)</source>
            <translation>%1 (الاتجاه مشكوك فيه)</translation>
        </message>
        <message>
            <source>quote %1 in a new version of the source</source>
            <translation>الاقتباس %1 في نسخة جديدة من المصدر</translation>
        </message>
        <message>
            <source>quote not located</source>
            <translation>لم يُعثر على الاقتباس</translation>
        </message>
        <message>
            <source>Quoted words in %1</source>
            <translation>الكلمات المقتبسة بلغة %1</translation>
        </message>
        <message>
            <source>Quote not located in the source's text: check its words or select it in the source</source>
            <translation>لم يُعثر على الاقتباس في نص المصدر: راجع كلماته أو حدّده في المصدر</translation>
        </message>
        <message>
            <source>Pages %1</source>
            <translation>الصفحات %1</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>الصفحة %1</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>الآن: %1</translation>
        </message>
        <message>
            <source>Claim ▸ Accept New Anchor takes it; Claim ▸ Keep Old Version keeps it</source>
            <translation>«ادعاء ◂ قبول المرساة الجديدة» يأخذه؛ «ادعاء ◂ الإبقاء على النسخة القديمة» يُبقي القديم</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>مطابق</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>تغيّر</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>مفقود</translation>
        </message>
        <message>
            <source>located</source>
            <translation>موجود</translation>
        </message>
        <message>
            <source>not located</source>
            <translation>غير موجود</translation>
        </message>
        <message>
            <source>Checked against version %1 (kept)</source>
            <translation>رُوجع مقابل النسخة %1 (أُبقي)</translation>
        </message>
        <message>
            <source>Quote %1 in the source's current version</source>
            <translation>الاقتباس %1 في النسخة الحالية من المصدر</translation>
        </message>
    </context>
    <context>
        <name>MeaningWords</name>
        <message>
            <source>negation</source>
            <translation>النفي</translation>
        </message>
        <message>
            <source>near-negation</source>
            <translation>شبه نفي</translation>
        </message>
        <message>
            <source>number</source>
            <translation>العدد</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>حدّ عددي</translation>
        </message>
        <message>
            <source>date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>modality</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>word</source>
            <translation>اللفظ</translation>
        </message>
        <message>
            <source>probably the same claim</source>
            <translation>على الأرجح الادعاء نفسه</translation>
        </message>
        <message>
            <source>close wording, different facts</source>
            <translation>صياغة قريبة ووقائع مختلفة</translation>
        </message>
        <message>
            <source>close wording</source>
            <translation>صياغة قريبة</translation>
        </message>
        <message>
            <source>negated: “%1”</source>
            <translation>منفي: «%1»</translation>
        </message>
        <message>
            <source>roles swapped: %1 → %2</source>
            <translation>تبادل الأدوار: %1 ← %2</translation>
        </message>
        <message>
            <source>%1 differs: %2 → %3</source>
            <translation>%1 مختلف: %2 ← %3</translation>
        </message>
        <message>
            <source>%1 added: %2</source>
            <translation>%1 مضاف: %2</translation>
        </message>
        <message>
            <source>%1 dropped: %2</source>
            <translation>%1 محذوف: %2</translation>
        </message>
        <message>
            <source>negation only in the original: “%1”</source>
            <translation>النفي في الأصل فقط: «%1»</translation>
        </message>
        <message>
            <source>negation only in the translation: “%1”</source>
            <translation>النفي في الترجمة فقط: «%1»</translation>
        </message>
        <message>
            <source>no shared words or anchors: possibly an omission and an addition</source>
            <translation>لا كلمات ولا مراسي مشتركة: ربما حذف وإضافة</translation>
        </message>
        <message>
            <source>sentence omitted in the translation</source>
            <translation>جملة محذوفة في الترجمة</translation>
        </message>
        <message>
            <source>sentence added by the translator</source>
            <translation>جملة أضافها المترجم</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>tense</source>
            <translation>الزمن</translation>
        </message>
    </context>
    <context>
        <name>MergeQuestion</name>
        <message>
            <source>Merge claim %1 into claim %2? Its routes, reviews, tags and notes join claim %2, and claim %1 goes to the Trash. Edit ▸ Undo takes it back.</source>
            <translation>دمج الادعاء %1 في الادعاء %2؟ تنضم مساراته ومراجعاته ووسومه وملاحظاته إلى الادعاء %2، ويذهب الادعاء %1 إلى سلة المهملات. يلغي «تحرير ◂ تراجع» ذلك.</translation>
        </message>
        <message>
            <source>Merge Claims</source>
            <translation>دمج الادعاءات</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;دمج</translation>
        </message>
        <message>
            <source>&lt;b&gt;Close wording, different facts:&lt;/b&gt; claims %1 and %2 differ in what they say:</source>
            <translation>&lt;b&gt;صياغة قريبة ووقائع مختلفة:&lt;/b&gt; يختلف الادعاءان %1 و%2 فيما يقولانه:</translation>
        </message>
        <message>
            <source>The case's audit trail records that you merged them despite these differences.</source>
            <translation>يسجّل سجل التدقيق في القضية أنك دمجتهما رغم هذه الاختلافات.</translation>
        </message>
        <message>
            <source>&amp;Merge Anyway</source>
            <translation>&amp;ادمج على أي حال</translation>
        </message>
        <message>
            <source>I checked: these are one claim despite the differences</source>
            <translation>تحقّقت: هذا ادعاء واحد رغم الاختلافات</translation>
        </message>
    </context>
    <context>
        <name>SimilarClaimsView</name>
        <message>
            <source>Differs</source>
            <translation>يختلف في</translation>
        </message>
        <message>
            <source>This claim</source>
            <translation>هذا الادعاء</translation>
        </message>
        <message>
            <source>Claim #%1</source>
            <translation>الادعاء رقم %1</translation>
        </message>
        <message>
            <source>Similar claims</source>
            <translation>ادعاءات مشابهة</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>التشابه</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <source>Differing words</source>
            <translation>الكلمات المختلفة</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <source>&amp;Merge into This Claim…</source>
            <translation>&amp;دمج في هذا الادعاء…</translation>
        </message>
        <message>
            <source>Its routes, reviews, tags and notes join this claim; it goes to the Trash (undoable)</source>
            <translation>تنضم مساراته ومراجعاته ووسومه وملاحظاته إلى هذا الادعاء؛ ويذهب هو إلى سلة المهملات (يمكن التراجع)</translation>
        </message>
        <message>
            <source>Looking for similar claims…</source>
            <translation>جارٍ البحث عن ادعاءات مشابهة…</translation>
        </message>
        <message>
            <source>Cannot look for similar claims: %1</source>
            <translation>يتعذّر البحث عن ادعاءات مشابهة: %1</translation>
        </message>
        <message>
            <source>No claim in the case is worded like this one.</source>
            <translation>لا يوجد في القضية ادعاء بصياغة كهذه.</translation>
        </message>
        <message numerus="yes">
            <source>%n similar claim(s)</source>
            <translation>
                <numerusform>%n ادعاء مشابه</numerusform>
                <numerusform>ادعاء مشابه واحد</numerusform>
                <numerusform>ادعاءان مشابهان</numerusform>
                <numerusform>%n ادعاءات مشابهة</numerusform>
                <numerusform>%n ادعاءً مشابهًا</numerusform>
                <numerusform>%n ادعاء مشابه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n probably the same claim</source>
            <translation>
                <numerusform>%n على الأرجح الادعاء نفسه</numerusform>
                <numerusform>واحد على الأرجح الادعاء نفسه</numerusform>
                <numerusform>اثنان على الأرجح الادعاء نفسه</numerusform>
                <numerusform>%n على الأرجح الادعاء نفسه</numerusform>
                <numerusform>%n على الأرجح الادعاء نفسه</numerusform>
                <numerusform>%n على الأرجح الادعاء نفسه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with close wording but different facts</source>
            <translation>
                <numerusform>%n بصياغة قريبة ووقائع مختلفة</numerusform>
                <numerusform>واحد بصياغة قريبة ووقائع مختلفة</numerusform>
                <numerusform>اثنان بصياغة قريبة ووقائع مختلفة</numerusform>
                <numerusform>%n بصياغة قريبة ووقائع مختلفة</numerusform>
                <numerusform>%n بصياغة قريبة ووقائع مختلفة</numerusform>
                <numerusform>%n بصياغة قريبة ووقائع مختلفة</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>probably the same</source>
            <translation>على الأرجح نفسه</translation>
        </message>
        <message>
            <source>This claim (#%1):</source>
            <translation>هذا الادعاء (رقم %1):</translation>
        </message>
        <message>
            <source>Claim #%1:</source>
            <translation>الادعاء رقم %1:</translation>
        </message>
        <message>
            <source>Marked: the words that differ; bold and underlined: the facts that differ.</source>
            <translation>المُظلَّل: الكلمات المختلفة؛ الغامق المسطَّر: الوقائع المختلفة.</translation>
        </message>
        <message>
            <source>Marked: the words that differ.</source>
            <translation>المُظلَّل: الكلمات المختلفة.</translation>
        </message>
    </context>
</TS>
