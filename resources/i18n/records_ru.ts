<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActorDialog</name>
    <message>
        <source>Actor: %1</source>
        <translation>Участник: %1</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Имя участника</translation>
    </message>
    <message>
        <source>Actor kind</source>
        <translation>Тип участника</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Other names, separated by semicolons</source>
        <translation>Другие имена через точку с запятой</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Другие имена:</translation>
    </message>
</context>
<context>
    <name>ActorsDock</name>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Rename the actor, change its kind or aliases</source>
        <translation>Переименовать участника, изменить его тип или другие имена</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Fold a duplicate into another actor</source>
        <translation>Влить дубликат в другого участника</translation>
    </message>
    <message>
        <source>Likely &amp;Duplicates…</source>
        <translation>&amp;Дубликаты…</translation>
    </message>
    <message>
        <source>Actors whose names meet in another script or form (Лавров, Sergey Lavrov)</source>
        <translation>Участники, чьи имена совпадают в другой письменности или форме (Lavrov, Сергей Лавров)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>В &amp;Корзину</translation>
    </message>
    <message>
        <source>Delete the actor (View ▸ Trash brings it back)</source>
        <translation>Удалить участника (Вид ▸ Корзина вернёт его)</translation>
    </message>
    <message>
        <source>Actor %1 saved</source>
        <translation>Участник %1 сохранён</translation>
    </message>
    <message>
        <source>There is no other actor to merge into</source>
        <translation>Нет другого участника для объединения</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 объединён с %2</translation>
    </message>
    <message>
        <source>Choose the pair to merge</source>
        <translation>Выберите пару для объединения</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicate actors</source>
        <translation>Вероятные дубликаты участников</translation>
    </message>
    <message>
        <source>These actors&apos; names meet in another script or form. A shared name is evidence, not proof (namesakes share keys too): merge only the pairs that are one actor. Merge folds the second into the first; Edit ▸ Undo takes a merge back.</source>
        <translation>Имена этих участников совпадают в другой письменности или форме. Общее имя — довод, а не доказательство (у тёзок тоже общие ключи): объединяйте только пары, которые являются одним участником. «Объединить» вливает второго в первого; Правка ▸ Отменить отменяет объединение.</translation>
    </message>
    <message>
        <source>No two actors&apos; names meet across scripts and forms.</source>
        <translation>Ни у каких двух участников имена не совпадают в разных письменностях и формах.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <source>same name key</source>
        <translation>тот же ключ имени</translation>
    </message>
    <message>
        <source>part of the name meets</source>
        <translation>часть имени совпадает</translation>
    </message>
    <message>
        <source>Merge %1 (actor %2) into %3 (actor %4) — %5: %6, %7% alike</source>
        <translation>Объединить %1 (участник %2) с %3 (участник %4) — %5: %6, сходство %7%</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Choose the pair to merge</source>
        <translation>Выберите пару для объединения</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Объединить: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %n hop(s) go into the actor chosen below; its name and aliases become aliases there. Edit ▸ Undo takes a merge back.</source>
        <translation>
            <numerusform>«%1» и его %n звено перейдут к участнику, выбранному ниже; его имя и другие имена станут там другими именами. Правка ▸ Отменить отменяет объединение.</numerusform>
            <numerusform>«%1» и его %n звена перейдут к участнику, выбранному ниже; его имя и другие имена станут там другими именами. Правка ▸ Отменить отменяет объединение.</numerusform>
            <numerusform>«%1» и его %n звеньев перейдут к участнику, выбранному ниже; его имя и другие имена станут там другими именами. Правка ▸ Отменить отменяет объединение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Объединить &amp;с:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
</context>
<context>
    <name>RecordDock</name>
    <message>
        <source>Select a row first</source>
        <translation>Сначала выберите строку</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Только чтение: это дело можно читать, но не изменять</translation>
    </message>
    <message>
        <source>Actor %1 moved to the Trash</source>
        <translation>Участник %1 перемещён в Корзину</translation>
    </message>
    <message>
        <source>Source %1 moved to the Trash</source>
        <translation>Источник %1 перемещён в Корзину</translation>
    </message>
    <message>
        <source>Cannot delete actor %1: %2</source>
        <translation>Не удаётся удалить участника %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete source %1: %2</source>
        <translation>Не удаётся удалить источник %1: %2</translation>
    </message>
    <message>
        <source>%1. The list now shows the newer version; your entries are still here.</source>
        <translation>%1. Теперь список показывает более новую версию; ваши данные по-прежнему здесь.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Звенья</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Файл-доказательство</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>text only</source>
        <translation>только текст</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>Направление текста</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Слева направо</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Справа налево</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>Дата &amp;публикации:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Correct the source&apos;s title, outlet, date, language…</source>
        <translation>Исправить заголовок, издание, дату, язык источника…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>В &amp;Корзину</translation>
    </message>
    <message>
        <source>Delete the source (View ▸ Trash brings it back)</source>
        <translation>Удалить источник (Вид ▸ Корзина вернёт его)</translation>
    </message>
    <message>
        <source>Source saved</source>
        <translation>Источник сохранён</translation>
    </message>
</context>
</TS>
