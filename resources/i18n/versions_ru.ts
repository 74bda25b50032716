<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnswerChangedQuote</name>
    <message>
        <source>Accept New Anchor</source>
        <translation>Принять новую привязку</translation>
    </message>
    <message>
        <source>Keep Old Version</source>
        <translation>Оставить старую версию</translation>
    </message>
    <message>
        <source>Select a hop of the open claim first</source>
        <translation>Сначала выберите звено открытого утверждения</translation>
    </message>
    <message>
        <source>The selected hop&apos;s quote is neither changed nor lost in a new version</source>
        <translation>Цитата выбранного звена в новой версии не изменилась и не потерялась</translation>
    </message>
    <message>
        <source>Only a changed quote has a new anchor; a lost one can keep its old version</source>
        <translation>Новая привязка есть только у изменённой цитаты; потерянная может остаться в старой версии</translation>
    </message>
</context>
<context>
    <name>NewSourceVersion</name>
    <message>
        <source>Read Source %1 Again</source>
        <translation>Перечитать источник %1</translation>
    </message>
    <message>
        <source>Import New Version of Source %1</source>
        <translation>Импорт новой версии источника %1</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Versions of the source</source>
        <translation>Версии источника</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>Новая &amp;версия…</translation>
    </message>
    <message>
        <source>Import a changed file of this source as its new version; its quotes are re-anchored (exact, changed or lost)</source>
        <translation>Импортировать изменённый файл этого источника как его новую версию; цитаты привязываются заново (точно, с изменениями или потеряны)</translation>
    </message>
    <message>
        <source>Read in Another &amp;Encoding…</source>
        <translation>Прочитать в другой &amp;кодировке…</translation>
    </message>
    <message>
        <source>Read this text file again in another encoding (the first reading stays)</source>
        <translation>Прочитать этот текстовый файл заново в другой кодировке (первое прочтение сохраняется)</translation>
    </message>
    <message>
        <source>Show a source in the viewer first (View ▸ Source)</source>
        <translation>Сначала откройте источник в просмотрщике (Вид ▸ Источник)</translation>
    </message>
    <message>
        <source>Import New Version of Source %1</source>
        <translation>Импорт новой версии источника %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Read Source %1 in Another Encoding</source>
        <translation>Прочитать источник %1 в другой кодировке</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>Another document?</source>
        <translation>Другой документ?</translation>
    </message>
    <message>
        <source>The new version of source %1 loses most of its quotes (%2). Is it another document? Make it the current version anyway? (The quotes keep their anchors in the version they were checked against.)</source>
        <translation>Новая версия источника %1 теряет большинство цитат (%2). Это другой документ? Всё равно сделать её текущей версией? (Цитаты сохраняют привязки в той версии, по которой их проверяли.)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Ничего не изменилось</translation>
    </message>
    <message>
        <source>No new version: %1</source>
        <translation>Новая версия не создана: %1</translation>
    </message>
</context>
<context>
    <name>VersionReport</name>
    <message>
        <source>exact</source>
        <translation>точные</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменённые</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>утерянные</translation>
    </message>
    <message>
        <source>located</source>
        <translation>найденные</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>ненайденные</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) changed</source>
        <extracomment>A quote to review after a new version: (without a note, with one).</extracomment>
        <translation>Звено %1 (утверждение %2): цитата изменилась</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) changed: %3</source>
        <translation>Звено %1 (утверждение %2): цитата изменилась: %3</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) lost</source>
        <translation>Звено %1 (утверждение %2): цитата утеряна</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) lost: %3</source>
        <translation>Звено %1 (утверждение %2): цитата утеряна: %3</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирована</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>новый файл</translation>
    </message>
    <message>
        <source>read again</source>
        <translation>прочитана заново</translation>
    </message>
    <message>
        <source>recognised again</source>
        <translation>распознана заново</translation>
    </message>
    <message>
        <source>from annotations</source>
        <translation>из аннотаций</translation>
    </message>
    <message>
        <source>no quotes cite it</source>
        <translation>на него не ссылается ни одна цитата</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 как %2</translation>
    </message>
    <message>
        <source>version %1 (current)</source>
        <translation>версия %1 (текущая)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>same text as version %1</source>
        <translation>тот же текст, что в версии %1</translation>
    </message>
    <message>
        <source>Source %1 is now at version %2 (the same text as version %3): %4.</source>
        <translation>Источник %1 теперь в версии %2 (тот же текст, что в версии %3): %4.</translation>
    </message>
    <message>
        <source>Source %1 is now at version %2: %4.</source>
        <translation>Источник %1 теперь в версии %2: %4.</translation>
    </message>
    <message>
        <source>Select such a hop and choose Claim ▸ Accept New Anchor or Keep Old Version.</source>
        <translation>Выберите такое звено и выберите Утверждение ▸ Принять новую привязку или Оставить старую версию.</translation>
    </message>
</context>
</TS>
