<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CaseCommand</name>
    <message>
        <source>New Claim</source>
        <extracomment>A command&apos;s name as Edit ▸ Undo shows it, in the window&apos;s language. Only shown: the audit log records what the case&apos;s operations did, never this text. The claim (and hop) to show after the command ran. The stack&apos;s next undo/redo of this command only puts the stack back (an undo or redo the case refused for a while, e.g. another program held its lock).</extracomment>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>Duplicate Claim</source>
        <translation>تكرار الادعاء</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>تحرير الادعاء</translation>
    </message>
    <message>
        <source>Set Verdict: %1</source>
        <translation>تعيين الحكم: %1</translation>
    </message>
    <message>
        <source>Set Hop Status: %1</source>
        <translation>تعيين حالة الحلقة: %1</translation>
    </message>
    <message>
        <source>Insert Hop</source>
        <translation>إدراج حلقة</translation>
    </message>
    <message>
        <source>Add Hop</source>
        <translation>إضافة حلقة</translation>
    </message>
    <message>
        <source>this hop cannot be added again</source>
        <translation>لا يمكن إضافة هذه الحلقة مرة أخرى</translation>
    </message>
    <message>
        <source>Remove Hop</source>
        <translation>إزالة الحلقة</translation>
    </message>
    <message>
        <source>Move Hop Up</source>
        <translation>نقل الحلقة لأعلى</translation>
    </message>
    <message>
        <source>Move Hop Down</source>
        <translation>نقل الحلقة لأسفل</translation>
    </message>
    <message>
        <source>Edit Hop</source>
        <translation>تحرير الحلقة</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Edit Actor %1</source>
        <translation>تحرير الجهة %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>دمج %1</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>Delete Actor %1</source>
        <translation>حذف الجهة %1</translation>
    </message>
    <message>
        <source>Delete Source %1</source>
        <translation>حذف المصدر %1</translation>
    </message>
    <message>
        <source>Sign Off Verdict</source>
        <translation>اعتماد الحكم</translation>
    </message>
    <message>
        <source>Send Verdict Back</source>
        <translation>إعادة الحكم للمراجعة</translation>
    </message>
    <message>
        <source>Create Claim from Suggestion</source>
        <translation>إنشاء ادعاء من اقتراح</translation>
    </message>
    <message>
        <source>Add Suggestion to Claim</source>
        <translation>إضافة الاقتراح إلى الادعاء</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim wording</source>
        <translation>صياغة الادعاء</translation>
    </message>
    <message>
        <source>One checkable statement, in your normalised wording</source>
        <translation>عبارة واحدة قابلة للتحقق، بصياغتك الموحّدة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Turkey, Syria</source>
        <translation>مفصولة بفواصل، مثل: تركيا، سوريا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>ال&amp;صياغة:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Write the claim&apos;s wording first</source>
        <translation>اكتب صياغة الادعاء أولًا</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Someone else changed this meanwhile: choose what to keep in the window that opened.</source>
        <translation>غيّر شخص آخر هذا في الأثناء: اختر ما تريد الاحتفاظ به في النافذة التي فُتحت.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cannot do “%1” now: %2</source>
        <translation>يتعذّر تنفيذ «%1» الآن: %2</translation>
    </message>
    <message>
        <source>Cannot do “%1” any more: %2</source>
        <translation>لم يعد بالإمكان تنفيذ «%1»: %2</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>للقراءة فقط: يمكنك قراءة هذه القضية دون تغييرها</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>اختر ادعاءً أولًا</translation>
    </message>
    <message>
        <source>Select a hop first</source>
        <translation>اختر حلقة أولًا</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>افتح قضية أولًا</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>Open a claim first</source>
        <translation>افتح ادعاءً أولًا</translation>
    </message>
    <message>
        <source>Claim %1 moved to the Trash; Edit ▸ Undo or View ▸ Trash brings it back</source>
        <translation>نُقل الادعاء %1 إلى سلة المهملات؛ تعيده «تحرير ◂ تراجع» أو «عرض ◂ سلة المهملات»</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>تحرير الادعاء</translation>
    </message>
    <message>
        <source>no drift found</source>
        <translation>لم يُعثر على انحراف</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Someone saved a newer version of this record (%1 %2, version %3) while you were editing version %4. Choose which to keep; you can copy from both.</source>
        <translation>حفظ شخص آخر نسخة أحدث من هذا السجل (%1 %2، النسخة %3) بينما كنت تحرّر النسخة %4. اختر أيّهما تحتفظ به؛ يمكنك النسخ من كلتيهما.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>The version in the case</source>
        <translation>النسخة الموجودة في القضية</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>تعديلك</translation>
    </message>
    <message>
        <source>In the case now (version %1)</source>
        <translation>في القضية الآن (النسخة %1)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>ا&amp;حتفظ بنسختي</translation>
    </message>
    <message>
        <source>Save your change over the newer version</source>
        <translation>احفظ تعديلك فوق النسخة الأحدث</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;خذ نسختهم</translation>
    </message>
    <message>
        <source>Drop your change and show the version in the case</source>
        <translation>تجاهل تعديلك واعرض النسخة الموجودة في القضية</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>The claim was changed meanwhile</source>
        <translation>تغيّر الادعاء في الأثناء</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>حلقة</translation>
    </message>
    <message>
        <source>The hop was changed meanwhile</source>
        <translation>تغيّرت الحلقة في الأثناء</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>جهة</translation>
    </message>
    <message>
        <source>The actor was changed meanwhile</source>
        <translation>تغيّرت الجهة في الأثناء</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>The source was changed meanwhile</source>
        <translation>تغيّر المصدر في الأثناء</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>تغيّر في الأثناء</translation>
    </message>
</context>
<context>
    <name>HopDialog</name>
    <message>
        <source>Edit hop</source>
        <extracomment>The actors a typed name may be (`db.actor_names.actor_candidates` over the open case). Where a new hop goes: (kind, hop id). Kinds: &quot;end&quot;, &quot;after&quot; (inserted between), &quot;route&quot; (a second route branching after the hop), &quot;origin&quot; (the new first hop).</extracomment>
        <translation>تحرير الحلقة</translation>
    </message>
    <message>
        <source>Add hop</source>
        <translation>إضافة حلقة</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Who relayed the claim? Type a name or an alias</source>
        <translation>من نقل الادعاء؟ اكتب اسمًا أو اسمًا بديلًا</translation>
    </message>
    <message>
        <source>Kind of new actor</source>
        <translation>نوع الجهة الجديدة</translation>
    </message>
    <message>
        <source>Actor match</source>
        <translation>مطابقة الجهة</translation>
    </message>
    <message>
        <source>Use the offered actor</source>
        <translation>استخدم الجهة المقترحة</translation>
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
        <source>No source</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>ar, tr, ru, en…</source>
        <translation>ar، tr، ru، en…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>The words as this source carries them</source>
        <translation>الكلمات كما يوردها هذا المصدر</translation>
    </message>
    <message>
        <source>The &amp;direction of this link as reported is doubtful</source>
        <translation>ا&amp;تجاه هذا الرابط كما نُقل مشكوك فيه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Place in the chain</source>
        <translation>الموضع في السلسلة</translation>
    </message>
    <message>
        <source>At the end of the chain</source>
        <translation>في نهاية السلسلة</translation>
    </message>
    <message>
        <source>After %1 (inserted between)</source>
        <translation>بعد %1 (مُدرجة بينهما)</translation>
    </message>
    <message>
        <source>As a second route after %1</source>
        <translation>كمسار ثانٍ بعد %1</translation>
    </message>
    <message>
        <source>As the new origin (first hop)</source>
        <translation>كأصل جديد (الحلقة الأولى)</translation>
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
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>الا&amp;قتباس:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ال&amp;موضع:</translation>
    </message>
    <message>
        <source>New actor: it will be added to the case</source>
        <translation>جهة جديدة: ستُضاف إلى القضية</translation>
    </message>
    <message>
        <source>Known actor #%1</source>
        <translation>جهة معروفة رقم %1</translation>
    </message>
    <message>
        <source>; or %1</source>
        <translation>؛ أو %1</translation>
    </message>
    <message>
        <source>%1%2. OK adds a new actor instead.</source>
        <translation>%1%2. يضيف «موافق» جهة جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>ا&amp;ستخدم %1</translation>
    </message>
    <message>
        <source>%1 — same as %2 (actor %3)?</source>
        <translation>%1 — هل هو نفسه %2 (الجهة %3)؟</translation>
    </message>
    <message>
        <source>%1 — same as %2 (actor %3, spelled %4)?</source>
        <translation>%1 — هل هو نفسه %2 (الجهة %3، بتهجئة %4)؟</translation>
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
        <source>%1, %2% alike</source>
        <translation>%1، تشابه %2%</translation>
    </message>
    <message>
        <source>Name the actor of this hop</source>
        <translation>سمِّ جهة هذه الحلقة</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>%1 — your edit is kept here: press OK to try again</source>
        <translation>%1 — تعديلك محفوظ هنا: اضغط «موافق» للمحاولة مجددًا</translation>
    </message>
    <message>
        <source>%1 — waiting for it; your edit is kept and saved as soon as it is free</source>
        <translation>%1 — في الانتظار؛ تعديلك محفوظ وسيُسجَّل حالما يتحرر</translation>
    </message>
</context>
<context>
    <name>NewActorKind</name>
    <message>
        <source>Why this kind</source>
        <translation>لماذا هذا النوع</translation>
    </message>
    <message>
        <source>Guessed from the web domain “%1”; choose another kind if it is wrong</source>
        <translation>خُمِّن من نطاق الويب “%1”؛ اختر نوعًا آخر إن كان خاطئًا</translation>
    </message>
    <message>
        <source>Guessed: “%1” is a known news outlet; choose another kind if wrong</source>
        <translation>تخمين: “%1” وسيلة إعلام معروفة؛ اختر نوعًا آخر إن كان خاطئًا</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”; choose another kind if it is wrong</source>
        <translation>خُمِّن من الكلمة “%1”؛ اختر نوعًا آخر إن كان خاطئًا</translation>
    </message>
    <message>
        <source>No word in the name marks an outlet, body or unnamed official</source>
        <translation>لا كلمة في الاسم تدل على وسيلة إعلام أو هيئة أو مسؤول لم يُسمَّ</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Set verdict</source>
        <translation>تعيين الحكم</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <source>Verdict choices</source>
        <translation>خيارات الحكم</translation>
    </message>
    <message>
        <source>Status choices</source>
        <translation>خيارات الحالة</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>المسوّغ</translation>
    </message>
    <message>
        <source>Why? What did you check, where? (required for a final verdict or a checked hop)</source>
        <translation>لماذا؟ ماذا فحصت وأين؟ (مطلوب للحكم النهائي أو للحلقة المفحوصة)</translation>
    </message>
    <message>
        <source>The original says:</source>
        <translation>يقول الأصل:</translation>
    </message>
    <message>
        <source>Drift:</source>
        <translation>الانحراف:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>ال&amp;حكم:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>ال&amp;مسوّغ:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The located passage differs from the quote:&lt;/b&gt; %1. Confirm only if the quote is right all the same.</source>
        <translation>&lt;b&gt;المقطع المحدَّد يختلف عن الاقتباس:&lt;/b&gt; %1. لا تؤكّد إلا إذا كان الاقتباس صحيحًا رغم ذلك.</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>اختر واحدًا</translation>
    </message>
</context>
<context>
    <name>SuggestionClaimDialog</name>
    <message>
        <source>new: %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>actor guessed</source>
        <translation>الجهة مُخمَّنة</translation>
    </message>
    <message>
        <source>direction doubtful</source>
        <translation>الاتجاه مشكوك فيه</translation>
    </message>
    <message>
        <source>quoted in this source</source>
        <translation>مقتبس في هذا المصدر</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Create claim from suggestion</source>
        <translation>إنشاء ادعاء من اقتراح</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>صياغة الادعاء</translation>
    </message>
    <message>
        <source>Hops, origin first</source>
        <translation>الحلقات، بدءًا بالأصل</translation>
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
        <source>Check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>In the text: %1</source>
        <translation>في النص: %1</translation>
    </message>
    <message>
        <source>Nothing enters the case until you press OK; then claim and hops are one step that Undo takes back.</source>
        <translation>لا يدخل شيء إلى القضية حتى تضغط «موافق»؛ عندها يصبح الادعاء وحلقاته خطوة واحدة يلغيها «تراجع».</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>ال&amp;صياغة:</translation>
    </message>
    <message>
        <source>&amp;Hops (origin first):</source>
        <translation>ال&amp;حلقات (بدءًا بالأصل):</translation>
    </message>
    <message>
        <source>Write the claim&apos;s wording first</source>
        <translation>اكتب صياغة الادعاء أولًا</translation>
    </message>
    <message>
        <source>Keep at least one hop</source>
        <translation>أبقِ حلقة واحدة على الأقل</translation>
    </message>
</context>
</TS>
