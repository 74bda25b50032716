<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>ChainDiagram</name>
        <message>
            <source>%1 (%2, %3, direction doubtful)</source>
            <translation>%1 (%2, %3, направление под сомнением)</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>No hops yet</source>
            <translation>Звеньев пока нет</translation>
        </message>
        <message>
            <source>Chain: %1</source>
            <translation>Цепочка: %1</translation>
        </message>
        <message>
            <source>Route %1: %2.</source>
            <translation>Маршрут %1: %2.</translation>
        </message>
        <message>
            <source>Chain diagram</source>
            <translation>Схема цепочки</translation>
        </message>
        <message>
            <source>The chain, origin on the right; arrows are coloured by the hop's status</source>
            <translation>Цепочка атрибуции, исток справа; стрелки окрашены по статусу звена</translation>
        </message>
        <message>
            <source>The chain, origin on the left; arrows are coloured by the hop's status</source>
            <translation>Цепочка атрибуции, исток слева; стрелки окрашены по статусу звена</translation>
        </message>
        <message>
            <source>No claim selected</source>
            <translation>Утверждение не выбрано</translation>
        </message>
        <message>
            <source>No hops yet: add the origin with Claim ▸ Add Hop (Ctrl+H)</source>
            <translation>Звеньев пока нет: добавьте исток через Утверждение ▸ Добавить звено (Ctrl+H)</translation>
        </message>
        <message>
            <source>Select a claim to see its chain</source>
            <translation>Выберите утверждение, чтобы увидеть его цепочку</translation>
        </message>
        <message>
            <source>no source</source>
            <translation>без источника</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <source>dashed: direction doubtful</source>
            <translation>пунктир: направление под сомнением</translation>
        </message>
    </context>
    <context>
        <name>ClaimDetailPane</name>
        <message>
            <source>Claim wording</source>
            <translation>Формулировка утверждения</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <source>Claim number and last change</source>
            <translation>Номер утверждения и последнее изменение</translation>
        </message>
        <message>
            <source>Hops of the chain, origin first</source>
            <translation>Звенья цепочки, начиная с истока</translation>
        </message>
        <message>
            <source>Quote of the selected hop</source>
            <extracomment>The quote takes the width the other columns leave (the least needed give way).</extracomment>
            <translation>Цитата выбранного звена</translation>
        </message>
        <message>
            <source>Select a hop to read its quote</source>
            <translation>Выберите звено, чтобы прочитать его цитату</translation>
        </message>
        <message>
            <source>Review history</source>
            <translation>История проверки</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Проверяющий</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Было → стало</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>No notes. Edit the claim (F2) to add some.</source>
            <translation>Заметок нет. Измените утверждение (F2), чтобы добавить их.</translation>
        </message>
        <message>
            <source>&amp;Hops</source>
            <translation>&amp;Звенья</translation>
        </message>
        <message>
            <source>Review &amp;history</source>
            <translation>&amp;История проверки</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>З&amp;аметки</translation>
        </message>
        <message>
            <source>No claim selected</source>
            <translation>Утверждение не выбрано</translation>
        </message>
        <message>
            <source>Claim %1, version %2</source>
            <translation>Утверждение %1, версия %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Метки: %1</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>Без меток</translation>
        </message>
        <message numerus="yes">
            <source>%n hop(s)</source>
            <translation>
                <numerusform>%n звено</numerusform>
                <numerusform>%n звена</numerusform>
                <numerusform>%n звеньев</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n route(s)</source>
            <translation>
                <numerusform>в %n маршруте</numerusform>
                <numerusform>в %n маршрутах</numerusform>
                <numerusform>в %n маршрутах</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>changed %1 by %2</source>
            <translation>изменено %1, %2</translation>
        </message>
        <message>
            <source>Claim %1 · %2 · %3</source>
            <translation>Утверждение %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Утверждение вердикта</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Утверждён</translation>
        </message>
        <message>
            <source>Sent back: %1 → %2</source>
            <translation>Возвращён: %1 → %2</translation>
        </message>
        <message>
            <source>Hop</source>
            <translation>Звено</translation>
        </message>
        <message>
            <source>Hop: %1</source>
            <translation>Звено: %1</translation>
        </message>
        <message>
            <source>Hop %1 (removed)</source>
            <translation>Звено %1 (удалено)</translation>
        </message>
        <message>
            <source>(no quote recorded for this hop)</source>
            <translation>(для этого звена цитата не записана)</translation>
        </message>
        <message>
            <source>%1. %2 %3 in %4</source>
            <translation>%1. %2 — %3 в «%4»</translation>
        </message>
        <message>
            <source>%1. %2 %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Примечание: %1</translation>
        </message>
        <message>
            <source>Awaiting sign-off (set by %1)</source>
            <translation>Ожидает утверждения (вынес %1)</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>Ожидает утверждения</translation>
        </message>
        <message>
            <source>Signed off by %1 on %2</source>
            <translation>Утверждён: %1, %2</translation>
        </message>
        <message>
            <source>Signed off by %1</source>
            <translation>Утверждён: %1</translation>
        </message>
        <message>
            <source>Sent back by %1 on %2</source>
            <translation>Возвращён: %1, %2</translation>
        </message>
        <message>
            <source>Sent back by %1</source>
            <translation>Возвращён: %1</translation>
        </message>
    </context>
    <context>
        <name>HopTableModel</name>
        <message>
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Способ передачи</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>The direction of this link, as the source reports it, is doubtful</source>
            <translation>Направление этой связи, как его передаёт источник, под сомнением</translation>
        </message>
        <message>
            <source>No source</source>
            <translation>Без источника</translation>
        </message>
        <message>
            <source>%1 (direction doubtful)</source>
            <translation>%1 (направление под сомнением)</translation>
        </message>
        <message>
            <source>quote %1 in a new version of the source</source>
            <translation>цитата в новой версии источника: %1</translation>
        </message>
        <message>
            <source>quote not located</source>
            <translation>цитата не найдена</translation>
        </message>
        <message>
            <source>Quoted words in %1</source>
            <translation>Цитируемые слова на языке %1</translation>
        </message>
        <message>
            <source>Quote not located in the source's text: check its words or select it in the source</source>
            <translation>Цитата не найдена в тексте источника: проверьте её слова или выделите её в источнике</translation>
        </message>
        <message>
            <source>Pages %1</source>
            <translation>Страницы %1</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Страница %1</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Сейчас: %1</translation>
        </message>
        <message>
            <source>Claim ▸ Accept New Anchor takes it; Claim ▸ Keep Old Version keeps it</source>
            <translation>Утверждение ▸ Принять новую привязку — взять его; Утверждение ▸ Оставить старую версию — сохранить прежнюю</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>точно</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменилась</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>утеряна</translation>
        </message>
        <message>
            <source>located</source>
            <translation>найдена</translation>
        </message>
        <message>
            <source>not located</source>
            <translation>не найдена</translation>
        </message>
        <message>
            <source>Checked against version %1 (kept)</source>
            <translation>Сверено с версией %1 (оставлено)</translation>
        </message>
        <message>
            <source>Quote %1 in the source's current version</source>
            <translation>Цитата в текущей версии источника: %1</translation>
        </message>
    </context>
    <context>
        <name>MeaningWords</name>
        <message>
            <source>negation</source>
            <translation>отрицание</translation>
        </message>
        <message>
            <source>near-negation</source>
            <translation>полуотрицание</translation>
        </message>
        <message>
            <source>number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>граница числа</translation>
        </message>
        <message>
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>modality</source>
            <translation>модальность</translation>
        </message>
        <message>
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <source>word</source>
            <translation>слово</translation>
        </message>
        <message>
            <source>probably the same claim</source>
            <translation>вероятно, то же утверждение</translation>
        </message>
        <message>
            <source>close wording, different facts</source>
            <translation>близкая формулировка, другие факты</translation>
        </message>
        <message>
            <source>close wording</source>
            <translation>близкая формулировка</translation>
        </message>
        <message>
            <source>negated: “%1”</source>
            <translation>отрицание: «%1»</translation>
        </message>
        <message>
            <source>roles swapped: %1 → %2</source>
            <translation>роли поменялись: %1 → %2</translation>
        </message>
        <message>
            <source>%1 differs: %2 → %3</source>
            <translation>%1 расходится: %2 → %3</translation>
        </message>
        <message>
            <source>%1 added: %2</source>
            <translation>%1 добавлено: %2</translation>
        </message>
        <message>
            <source>%1 dropped: %2</source>
            <translation>%1 опущено: %2</translation>
        </message>
        <message>
            <source>negation only in the original: “%1”</source>
            <translation>отрицание только в оригинале: «%1»</translation>
        </message>
        <message>
            <source>negation only in the translation: “%1”</source>
            <translation>отрицание только в переводе: «%1»</translation>
        </message>
        <message>
            <source>no shared words or anchors: possibly an omission and an addition</source>
            <translation>нет общих слов и опор: возможно, пропуск и добавление</translation>
        </message>
        <message>
            <source>sentence omitted in the translation</source>
            <translation>предложение пропущено в переводе</translation>
        </message>
        <message>
            <source>sentence added by the translator</source>
            <translation>предложение добавлено переводчиком</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>tense</source>
            <translation>время</translation>
        </message>
    </context>
    <context>
        <name>MergeQuestion</name>
        <message>
            <source>Merge claim %1 into claim %2? Its routes, reviews, tags and notes join claim %2, and claim %1 goes to the Trash. Edit ▸ Undo takes it back.</source>
            <translation>Объединить утверждение %1 с утверждением %2? Его маршруты, проверки, метки и заметки перейдут к утверждению %2, а утверждение %1 отправится в Корзину. Правка ▸ Отменить вернёт всё назад.</translation>
        </message>
        <message>
            <source>Merge Claims</source>
            <translation>Объединение утверждений</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message>
            <source>&lt;b&gt;Close wording, different facts:&lt;/b&gt; claims %1 and %2 differ in what they say:</source>
            <translation>&lt;b&gt;Близкая формулировка, другие факты:&lt;/b&gt; утверждения %1 и %2 говорят разное:</translation>
        </message>
        <message>
            <source>The case's audit trail records that you merged them despite these differences.</source>
            <translation>Журнал аудита дела запишет, что вы объединили их, несмотря на эти различия.</translation>
        </message>
        <message>
            <source>&amp;Merge Anyway</source>
            <translation>Всё равно &amp;объединить</translation>
        </message>
        <message>
            <source>I checked: these are one claim despite the differences</source>
            <translation>Я проверил(а): это одно утверждение, несмотря на различия</translation>
        </message>
    </context>
    <context>
        <name>SimilarClaimsView</name>
        <message>
            <source>Differs</source>
            <translation>Расходится</translation>
        </message>
        <message>
            <source>This claim</source>
            <translation>Это утверждение</translation>
        </message>
        <message>
            <source>Claim #%1</source>
            <translation>Утверждение № %1</translation>
        </message>
        <message>
            <source>Similar claims</source>
            <translation>Похожие утверждения</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <source>Differing words</source>
            <translation>Различающиеся слова</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Merge into This Claim…</source>
            <translation>&amp;Объединить с этим утверждением…</translation>
        </message>
        <message>
            <source>Its routes, reviews, tags and notes join this claim; it goes to the Trash (undoable)</source>
            <translation>Его маршруты, проверки, метки и заметки перейдут к этому утверждению, а само оно отправится в Корзину (можно отменить)</translation>
        </message>
        <message>
            <source>Looking for similar claims…</source>
            <translation>Поиск похожих утверждений…</translation>
        </message>
        <message>
            <source>Cannot look for similar claims: %1</source>
            <translation>Не удаётся найти похожие утверждения: %1</translation>
        </message>
        <message>
            <source>No claim in the case is worded like this one.</source>
            <translation>В деле нет утверждений с похожей формулировкой.</translation>
        </message>
        <message numerus="yes">
            <source>%n similar claim(s)</source>
            <translation>
                <numerusform>%n похожее утверждение</numerusform>
                <numerusform>%n похожих утверждения</numerusform>
                <numerusform>%n похожих утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n probably the same claim</source>
            <translation>
                <numerusform>%n — вероятно, то же утверждение</numerusform>
                <numerusform>%n — вероятно, то же утверждение</numerusform>
                <numerusform>%n — вероятно, то же утверждение</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with close wording but different facts</source>
            <translation>
                <numerusform>%n — с близкой формулировкой, но другими фактами</numerusform>
                <numerusform>%n — с близкой формулировкой, но другими фактами</numerusform>
                <numerusform>%n — с близкой формулировкой, но другими фактами</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>probably the same</source>
            <translation>вероятно, то же</translation>
        </message>
        <message>
            <source>This claim (#%1):</source>
            <translation>Это утверждение (№ %1):</translation>
        </message>
        <message>
            <source>Claim #%1:</source>
            <translation>Утверждение № %1:</translation>
        </message>
        <message>
            <source>Marked: the words that differ; bold and underlined: the facts that differ.</source>
            <translation>Выделено: различающиеся слова; жирным с подчёркиванием — различающиеся факты.</translation>
        </message>
        <message>
            <source>Marked: the words that differ.</source>
            <translation>Выделено: различающиеся слова.</translation>
        </message>
    </context>
</TS>
