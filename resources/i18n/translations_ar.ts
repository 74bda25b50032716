<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddHopFromOriginal</name>
    <message>
        <source>Add Hop from the Original</source>
        <translation>إضافة حلقة من الأصل</translation>
    </message>
</context>
<context>
    <name>AlignedReading</name>
    <message>
        <source>— omitted in the translation —</source>
        <translation>— محذوف من الترجمة —</translation>
    </message>
    <message>
        <source>— added by the translator —</source>
        <translation>— أضافه المترجم —</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>the reviewer moved the splitter: the halves are left as they are for the next pair beads written so far, and levelled so far (a long pair is done a slice at a time)</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Original — %1</source>
        <translation>الأصل — %1</translation>
    </message>
    <message>
        <source>Translation — %1</source>
        <translation>الترجمة — %1</translation>
    </message>
</context>
<context>
    <name>AlignedSelection</name>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>number, differs</source>
        <translation>رقم، مختلف</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>lexicon</source>
        <translation>المعجم</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>نفي</translation>
    </message>
    <message>
        <source>No number, name or lexicon word of the selection is matched on the other side: the whole aligned sentence is highlighted.</source>
        <translation>لا مقابل في الجهة الأخرى لأي رقم أو اسم أو كلمة من المعجم في التحديد: ظُلِّلت الجملة المحاذية كاملةً.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>Matched word for word: %1. Other words have no evidence of their own: the rest of the aligned sentence is shaded.</source>
        <translation>مطابقة كلمة بكلمة: %1. لا دليل خاصًّا ببقية الكلمات: ظُلِّلت بقية الجملة المحاذية بلون أفتح.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>DismissProposal</name>
    <message>
        <source>Dismiss Proposed Link</source>
        <translation>رفض الربط المقترح</translation>
    </message>
</context>
<context>
    <name>DriftWords</name>
    <message numerus="yes">
        <source>%n number(s) differ</source>
        <translation>
            <numerusform>لا أرقام مختلفة</numerusform>
            <numerusform>رقم واحد مختلف</numerusform>
            <numerusform>رقمان مختلفان</numerusform>
            <numerusform>%n أرقام مختلفة</numerusform>
            <numerusform>%n رقمًا مختلفًا</numerusform>
            <numerusform>%n رقم مختلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negation(s) differ</source>
        <translation>
            <numerusform>لا نفي مختلف</numerusform>
            <numerusform>نفي واحد مختلف</numerusform>
            <numerusform>نفيان مختلفان</numerusform>
            <numerusform>%n حالات نفي مختلفة</numerusform>
            <numerusform>%n حالةَ نفي مختلفة</numerusform>
            <numerusform>%n حالة نفي مختلفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) differ</source>
        <translation>
            <numerusform>لا تواريخ مختلفة</numerusform>
            <numerusform>تاريخ واحد مختلف</numerusform>
            <numerusform>تاريخان مختلفان</numerusform>
            <numerusform>%n تواريخ مختلفة</numerusform>
            <numerusform>%n تاريخًا مختلفًا</numerusform>
            <numerusform>%n تاريخ مختلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) differ</source>
        <translation>
            <numerusform>لا أسماء مختلفة</numerusform>
            <numerusform>اسم واحد مختلف</numerusform>
            <numerusform>اسمان مختلفان</numerusform>
            <numerusform>%n أسماء مختلفة</numerusform>
            <numerusform>%n اسمًا مختلفًا</numerusform>
            <numerusform>%n اسم مختلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) omitted</source>
        <translation>
            <numerusform>لا جمل محذوفة</numerusform>
            <numerusform>جملة واحدة محذوفة</numerusform>
            <numerusform>جملتان محذوفتان</numerusform>
            <numerusform>%n جمل محذوفة</numerusform>
            <numerusform>%n جملةً محذوفة</numerusform>
            <numerusform>%n جملة محذوفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in doubt</source>
        <translation>
            <numerusform>لا أزواج مشكوك فيها</numerusform>
            <numerusform>زوج واحد مشكوك فيه</numerusform>
            <numerusform>زوجان مشكوك فيهما</numerusform>
            <numerusform>%n أزواج مشكوك فيها</numerusform>
            <numerusform>%n زوجًا مشكوكًا فيه</numerusform>
            <numerusform>%n زوج مشكوك فيه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>لا جمل مضافة</numerusform>
            <numerusform>جملة واحدة مضافة</numerusform>
            <numerusform>جملتان مضافتان</numerusform>
            <numerusform>%n جمل مضافة</numerusform>
            <numerusform>%n جملةً مضافة</numerusform>
            <numerusform>%n جملة مضافة</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>no drift found</source>
        <translation>لم يُعثر على انحراف في المعنى</translation>
    </message>
    <message>
        <source>one of the two texts has no sentences</source>
        <translation>أحد النصين لا جمل فيه</translation>
    </message>
    <message>
        <source>a partial translation: it renders %1 of the original&apos;s %2 sentences; the rest are left unpaired</source>
        <translation>ترجمة جزئية: تنقل %1 من جمل الأصل البالغة %2؛ ويُترك الباقي بلا مقابل</translation>
    </message>
    <message>
        <source>only %1 of the translation&apos;s %2 sentences have a counterpart in the original: check that this is its original</source>
        <translation>لا مقابل في الأصل إلا لـ %1 من جمل الترجمة البالغة %2: تحقّق من أن هذا أصلها</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>انحراف المعنى: %1</translation>
    </message>
    <message>
        <source>one is an organisation the list knows, and the other is not it</source>
        <translation>إحداهما منظمة تعرفها القائمة والأخرى ليست هي</translation>
    </message>
    <message>
        <source>the acronyms differ: one is neither the other&apos;s nor made of its own name</source>
        <translation>الاختصاران مختلفان: أحدهما ليس اختصار الآخر ولا مكوَّنًا من اسمه</translation>
    </message>
    <message>
        <source>bodies of different kinds (a ministry, a court, a union…)</source>
        <translation>هيئتان من نوعين مختلفين (وزارة، محكمة، نقابة…)</translation>
    </message>
    <message>
        <source>bodies of one kind dealing with different things</source>
        <translation>هيئتان من نوع واحد تُعنيان بأمور مختلفة</translation>
    </message>
    <message>
        <source>each name names people or things the other side does not</source>
        <translation>كل اسم يذكر أشخاصًا أو أشياء لا يذكرها الطرف الآخر</translation>
    </message>
    <message>
        <source>bodies of different places</source>
        <translation>هيئتان في مكانين مختلفين</translation>
    </message>
    <message>
        <source>two different proper names</source>
        <translation>اسمَا علم مختلفان</translation>
    </message>
    <message>
        <source>a body in one, another proper name in its place in the other</source>
        <translation>هيئة في أحدهما، واسم علم آخر مكانها في الآخر</translation>
    </message>
    <message>
        <source>another place</source>
        <translation>مكان آخر</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>LinkTranslation</name>
    <message>
        <source>Link Translation</source>
        <translation>ربط الترجمة</translation>
    </message>
</context>
<context>
    <name>PairChooser</name>
    <message>
        <source>&amp;Pair:</source>
        <translation>ال&amp;زوج:</translation>
    </message>
    <message>
        <source>%1 (%2) → %3 (%4)</source>
        <translation>%1 (%2) ← %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n aligned pair(s)</source>
        <translation>
            <numerusform>لا أزواج محاذاة</numerusform>
            <numerusform>زوج محاذاة واحد</numerusform>
            <numerusform>زوجا محاذاة</numerusform>
            <numerusform>%n أزواج محاذاة</numerusform>
            <numerusform>%n زوج محاذاة</numerusform>
            <numerusform>%n زوج محاذاة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message numerus="yes">
        <source>%1 of its %n number(s)</source>
        <translation>
            <numerusform>%1 من أرقامه البالغة %n</numerusform>
            <numerusform>%1 من رقمه الوحيد</numerusform>
            <numerusform>%1 من رقميه</numerusform>
            <numerusform>%1 من أرقامه الـ%n</numerusform>
            <numerusform>%1 من أرقامه الـ%n</numerusform>
            <numerusform>%1 من أرقامه الـ%n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) (%1)</source>
        <translation>
            <numerusform>%n اسم (%1)</numerusform>
            <numerusform>اسمًا واحدًا (%1)</numerusform>
            <numerusform>اسمين (%1)</numerusform>
            <numerusform>%n أسماء (%1)</numerusform>
            <numerusform>%n اسمًا (%1)</numerusform>
            <numerusform>%n اسم (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>It names the original&apos;s outlet %1</source>
        <translation>يذكر وسيلة الإعلام التي نشرت الأصل: %1</translation>
    </message>
    <message>
        <source>It names the original&apos;s author %1</source>
        <translation>يذكر كاتب الأصل: %1</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (بصيغة %2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. Not shared: %2</source>
        <translation>%1. غير مشترك: %2</translation>
    </message>
    <message>
        <source>source %1 says “%2”; source %3 (%4) shares %5</source>
        <translation>المصدر %1 يقول «%2»؛ المصدر %3 (%4) يشاركه %5</translation>
    </message>
    <message>
        <source>source %1 says “%2”; source %3 shares %5</source>
        <translation>المصدر %1 يقول «%2»؛ المصدر %3 يشاركه %5</translation>
    </message>
    <message>
        <source>&amp;Link as Its Translation</source>
        <translation>&amp;ربطه بوصفه ترجمته</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <source>language?</source>
        <translation>اللغة؟</translation>
    </message>
    <message>
        <source>This source says “%1”. Is it a translation of %2? That source (%3) shares %4.</source>
        <translation>يقول هذا المصدر «%1». هل هو ترجمة لـ %2؟ ذلك المصدر (%3) يشاركه %4.</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>No source of the case says it was translated from another source of it</source>
        <translation>لا مصدر في القضية يقول إنه تُرجم من مصدر آخر فيها</translation>
    </message>
    <message>
        <source>Proposed Translation Links</source>
        <translation>روابط الترجمة المقترحة</translation>
    </message>
    <message>
        <source>Show the translation:</source>
        <translation>اعرض الترجمة:</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Open the translation in the source viewer first</source>
        <extracomment>The pair the reviewer chose for a source (its translation&apos;s id), by source. The source whose reading to show once it is loaded (after Link or the action).</extracomment>
        <translation>افتح الترجمة في عارض المصادر أولًا</translation>
    </message>
    <message>
        <source>The case has no other source to be its original</source>
        <translation>لا مصدر آخر في القضية يصلح أن يكون أصلها</translation>
    </message>
    <message>
        <source>Link Translation</source>
        <translation>ربط الترجمة</translation>
    </message>
    <message>
        <source>Source #%1 is a translation of:</source>
        <translation>المصدر رقم %1 ترجمة لـ:</translation>
    </message>
    <message>
        <source>Aligning the translation with its original…</source>
        <translation>جارٍ محاذاة الترجمة مع أصلها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Alignment cancelled: nothing was linked</source>
        <translation>أُلغيت المحاذاة: لم يُربط شيء</translation>
    </message>
    <message>
        <source>Open a translation or its original in the source viewer</source>
        <translation>افتح ترجمة أو أصلها في عارض المصادر</translation>
    </message>
    <message>
        <source>cannot align: %1</source>
        <translation>تتعذّر المحاذاة: %1</translation>
    </message>
    <message>
        <source>This source is not linked to an original or a translation</source>
        <translation>هذا المصدر غير مربوط بأصل أو بترجمة</translation>
    </message>
    <message>
        <source>Select a hop quoted from a translation first</source>
        <translation>اختر أولًا حلقة اقتُبست من ترجمة</translation>
    </message>
</context>
</TS>
