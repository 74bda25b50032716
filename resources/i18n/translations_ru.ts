<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddHopFromOriginal</name>
    <message>
        <source>Add Hop from the Original</source>
        <translation>Добавить звено из оригинала</translation>
    </message>
</context>
<context>
    <name>AlignedReading</name>
    <message>
        <source>— omitted in the translation —</source>
        <translation>— пропущено в переводе —</translation>
    </message>
    <message>
        <source>— added by the translator —</source>
        <translation>— добавлено переводчиком —</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>the reviewer moved the splitter: the halves are left as they are for the next pair beads written so far, and levelled so far (a long pair is done a slice at a time)</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Original — %1</source>
        <translation>Оригинал — %1</translation>
    </message>
    <message>
        <source>Translation — %1</source>
        <translation>Перевод — %1</translation>
    </message>
</context>
<context>
    <name>AlignedSelection</name>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>number, differs</source>
        <translation>число, расходится</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>lexicon</source>
        <translation>словарь</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>отрицание</translation>
    </message>
    <message>
        <source>No number, name or lexicon word of the selection is matched on the other side: the whole aligned sentence is highlighted.</source>
        <translation>Ни одному числу, имени или слову словаря из выделения нет соответствия на другой стороне: выделено всё выровненное предложение.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Matched word for word: %1. Other words have no evidence of their own: the rest of the aligned sentence is shaded.</source>
        <translation>Соответствия слово в слово: %1. У остальных слов нет своих доказательств: остаток выровненного предложения затенён.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DismissProposal</name>
    <message>
        <source>Dismiss Proposed Link</source>
        <translation>Отклонить предложенную связь</translation>
    </message>
</context>
<context>
    <name>DriftWords</name>
    <message numerus="yes">
        <source>%n number(s) differ</source>
        <translation>
            <numerusform>%n число расходится</numerusform>
            <numerusform>%n числа расходятся</numerusform>
            <numerusform>%n чисел расходятся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negation(s) differ</source>
        <translation>
            <numerusform>%n отрицание расходится</numerusform>
            <numerusform>%n отрицания расходятся</numerusform>
            <numerusform>%n отрицаний расходятся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) differ</source>
        <translation>
            <numerusform>%n дата расходится</numerusform>
            <numerusform>%n даты расходятся</numerusform>
            <numerusform>%n дат расходятся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) differ</source>
        <translation>
            <numerusform>%n имя расходится</numerusform>
            <numerusform>%n имени расходятся</numerusform>
            <numerusform>%n имён расходятся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) omitted</source>
        <translation>
            <numerusform>%n предложение пропущено</numerusform>
            <numerusform>%n предложения пропущены</numerusform>
            <numerusform>%n предложений пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in doubt</source>
        <translation>
            <numerusform>%n сомнительная пара</numerusform>
            <numerusform>%n сомнительные пары</numerusform>
            <numerusform>%n сомнительных пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n предложение добавлено</numerusform>
            <numerusform>%n предложения добавлены</numerusform>
            <numerusform>%n предложений добавлено</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no drift found</source>
        <translation>смыслового сдвига не найдено</translation>
    </message>
    <message>
        <source>one of the two texts has no sentences</source>
        <translation>в одном из двух текстов нет предложений</translation>
    </message>
    <message>
        <source>a partial translation: it renders %1 of the original&apos;s %2 sentences; the rest are left unpaired</source>
        <translation>частичный перевод: передано %1 из %2 предложений оригинала; остальные оставлены без пары</translation>
    </message>
    <message>
        <source>only %1 of the translation&apos;s %2 sentences have a counterpart in the original: check that this is its original</source>
        <translation>лишь у %1 из %2 предложений перевода есть пара в оригинале: проверьте, что это действительно его оригинал</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Смысловой сдвиг: %1</translation>
    </message>
    <message>
        <source>one is an organisation the list knows, and the other is not it</source>
        <translation>одна — организация из списка, а другая — не она</translation>
    </message>
    <message>
        <source>the acronyms differ: one is neither the other&apos;s nor made of its own name</source>
        <translation>аббревиатуры различаются: одна не совпадает с другой и не составлена из своего названия</translation>
    </message>
    <message>
        <source>bodies of different kinds (a ministry, a court, a union…)</source>
        <translation>организации разного рода (министерство, суд, союз…)</translation>
    </message>
    <message>
        <source>bodies of one kind dealing with different things</source>
        <translation>организации одного рода, занятые разным</translation>
    </message>
    <message>
        <source>each name names people or things the other side does not</source>
        <translation>каждое название называет людей или вещи, которых нет на другой стороне</translation>
    </message>
    <message>
        <source>bodies of different places</source>
        <translation>организации разных мест</translation>
    </message>
    <message>
        <source>two different proper names</source>
        <translation>два разных имени собственных</translation>
    </message>
    <message>
        <source>a body in one, another proper name in its place in the other</source>
        <translation>в одном тексте организация, в другом на её месте другое имя собственное</translation>
    </message>
    <message>
        <source>another place</source>
        <translation>другое место</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>другой человек</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>LinkTranslation</name>
    <message>
        <source>Link Translation</source>
        <translation>Связать перевод</translation>
    </message>
</context>
<context>
    <name>PairChooser</name>
    <message>
        <source>&amp;Pair:</source>
        <translation>&amp;Пара:</translation>
    </message>
    <message>
        <source>%1 (%2) → %3 (%4)</source>
        <translation>%1 (%2) → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n aligned pair(s)</source>
        <translation>
            <numerusform>%n выровненная пара</numerusform>
            <numerusform>%n выровненные пары</numerusform>
            <numerusform>%n выровненных пар</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message numerus="yes">
        <source>%1 of its %n number(s)</source>
        <translation>
            <numerusform>%1 из %n числа</numerusform>
            <numerusform>%1 из %n чисел</numerusform>
            <numerusform>%1 из %n чисел</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) (%1)</source>
        <translation>
            <numerusform>%n имя (%1)</numerusform>
            <numerusform>%n имени (%1)</numerusform>
            <numerusform>%n имён (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>It names the original&apos;s outlet %1</source>
        <translation>Называет издание оригинала: %1</translation>
    </message>
    <message>
        <source>It names the original&apos;s author %1</source>
        <translation>Называет автора оригинала: %1</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (как %2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. Not shared: %2</source>
        <translation>%1. Не совпадает: %2</translation>
    </message>
    <message>
        <source>source %1 says “%2”; source %3 (%4) shares %5</source>
        <translation>источник %1 говорит «%2»; общее с источником %3 (%4): %5</translation>
    </message>
    <message>
        <source>source %1 says “%2”; source %3 shares %5</source>
        <translation>источник %1 говорит «%2»; общее с источником %3: %5</translation>
    </message>
    <message>
        <source>&amp;Link as Its Translation</source>
        <translation>&amp;Связать как его перевод</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>language?</source>
        <translation>язык?</translation>
    </message>
    <message>
        <source>This source says “%1”. Is it a translation of %2? That source (%3) shares %4.</source>
        <translation>Этот источник говорит «%1». Это перевод %2? Общее с тем источником (%3): %4.</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>No source of the case says it was translated from another source of it</source>
        <translation>Ни один источник дела не говорит, что переведён с другого источника этого дела</translation>
    </message>
    <message>
        <source>Proposed Translation Links</source>
        <translation>Предложенные связи переводов</translation>
    </message>
    <message>
        <source>Show the translation:</source>
        <translation>Показать перевод:</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Рядом</translation>
    </message>
    <message>
        <source>Open the translation in the source viewer first</source>
        <extracomment>The pair the reviewer chose for a source (its translation&apos;s id), by source. The source whose reading to show once it is loaded (after Link or the action).</extracomment>
        <translation>Сначала откройте перевод в просмотрщике источников</translation>
    </message>
    <message>
        <source>The case has no other source to be its original</source>
        <translation>В деле нет другого источника, который мог бы быть оригиналом</translation>
    </message>
    <message>
        <source>Link Translation</source>
        <translation>Связать перевод</translation>
    </message>
    <message>
        <source>Source #%1 is a translation of:</source>
        <translation>Источник № %1 — перевод:</translation>
    </message>
    <message>
        <source>Aligning the translation with its original…</source>
        <translation>Выравнивание перевода с оригиналом…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Alignment cancelled: nothing was linked</source>
        <translation>Выравнивание отменено: ничего не связано</translation>
    </message>
    <message>
        <source>Open a translation or its original in the source viewer</source>
        <translation>Откройте перевод или его оригинал в просмотрщике источников</translation>
    </message>
    <message>
        <source>cannot align: %1</source>
        <translation>выравнивание невозможно: %1</translation>
    </message>
    <message>
        <source>This source is not linked to an original or a translation</source>
        <translation>Этот источник не связан ни с оригиналом, ни с переводом</translation>
    </message>
    <message>
        <source>Select a hop quoted from a translation first</source>
        <translation>Сначала выберите звено, процитированное из перевода</translation>
    </message>
</context>
</TS>
