<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ClaimListControl</name>
    <message>
        <source>The list sorts by claim (the order they were added), verdict or last change</source>
        <extracomment>Search results listed at most (ranked; the list pages through them). The best result opens once typing has paused this long. The claim being read for the pane on a worker (a server case), if any.</extracomment>
        <translation>Список упорядочивается по утверждению (в порядке добавления), вердикту или последнему изменению</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Дело не открыто</translation>
    </message>
    <message>
        <source>Counting claims…</source>
        <translation>Подсчёт утверждений…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) selected</source>
        <translation>
            <numerusform>Выбрано %1 из %n утверждения</numerusform>
            <numerusform>Выбрано %1 из %n утверждений</numerusform>
            <numerusform>Выбрано %1 из %n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>Найдено %n утверждение</numerusform>
            <numerusform>Найдено %n утверждения</numerusform>
            <numerusform>Найдено %n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match(es) the filter</source>
        <translation>
            <numerusform>Фильтру соответствует %n утверждение</numerusform>
            <numerusform>Фильтру соответствуют %n утверждения</numerusform>
            <numerusform>Фильтру соответствуют %n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(or %1…)</source>
        <translation>(или %1…)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match(es) “%1”</source>
        <translation>
            <numerusform>С «%1» совпадает %n утверждение</numerusform>
            <numerusform>С «%1» совпадают %n утверждения</numerusform>
            <numerusform>С «%1» совпадают %n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim matches “%1”</source>
        <translation>Нет утверждений, совпадающих с «%1»</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Исток</translation>
    </message>
    <message>
        <source>Last outlet</source>
        <translation>Последнее издание</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Звенья</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Click to sort by claim</source>
        <translation>Нажмите, чтобы упорядочить по утверждению</translation>
    </message>
    <message>
        <source>Click to sort by verdict</source>
        <translation>Нажмите, чтобы упорядочить по вердикту</translation>
    </message>
    <message>
        <source>Click to sort by last change</source>
        <translation>Нажмите, чтобы упорядочить по последнему изменению</translation>
    </message>
    <message>
        <source>awaiting sign-off</source>
        <extracomment>Where a final verdict stands under four-eyes review, as the list&apos;s verdict column says it.</extracomment>
        <translation>ожидает утверждения</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Утверждение %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) changed or lost in a new version of the source: review the hops</source>
        <translation>
            <numerusform>%n цитата изменилась или пропала в новой версии источника: проверьте звенья</numerusform>
            <numerusform>%n цитаты изменились или пропали в новой версии источника: проверьте звенья</numerusform>
            <numerusform>%n цитат изменились или пропали в новой версии источника: проверьте звенья</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed %1 by %2</source>
        <translation>Изменено %1, %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search claims and quotes  (Ctrl+F)</source>
        <translation>Поиск утверждений и цитат  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Поиск утверждений</translation>
    </message>
    <message>
        <source>Every word must match; the last one may be the start of a word</source>
        <translation>Должно совпасть каждое слово; последнее может быть началом слова</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>&amp;Точно</translation>
    </message>
    <message>
        <source>Exact search</source>
        <translation>Точный поиск</translation>
    </message>
    <message>
        <source>Search the words as typed. Unchecked, a name also finds its other spellings and forms (Lavrov: Лавров, Лаврова, لافروف), listed after the exact matches</source>
        <translation>Искать слова в точности как набраны. Без отметки имя находит и другие написания и формы (Лавров: Lavrov, Лаврова, لافروف); они идут после точных совпадений</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Фильтр по вердикту</translation>
    </message>
    <message>
        <source>Show claims with this verdict</source>
        <translation>Показать утверждения с этим вердиктом</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Все вердикты</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Show claims with this tag</source>
        <translation>Показать утверждения с этой меткой</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Фильтр по участнику</translation>
    </message>
    <message>
        <source>Show claims with a hop by this actor</source>
        <translation>Показать утверждения со звеном этого участника</translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation>Фильтр по изданию</translation>
    </message>
    <message>
        <source>Show claims with a hop in a source of this outlet</source>
        <translation>Показать утверждения со звеном в источнике этого издания</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Фильтр по языку</translation>
    </message>
    <message>
        <source>Show claims with a hop in this language</source>
        <translation>Показать утверждения со звеном на этом языке</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>From date filter</source>
        <translation>Фильтр «с даты»</translation>
    </message>
    <message>
        <source>Hops relayed on or after this date (YYYY-MM-DD)</source>
        <translation>Звенья, переданные в этот день или позже (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>To date filter</source>
        <translation>Фильтр «по дату»</translation>
    </message>
    <message>
        <source>Hops relayed on or before this date (YYYY-MM-DD)</source>
        <translation>Звенья, переданные в этот день или раньше (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Все издания</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD</source>
        <translation>«%1» — не дата: введите её в виде ГГГГ-ММ-ДД</translation>
    </message>
</context>
</TS>
