<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CaseCommand</name>
    <message>
        <source>New Claim</source>
        <extracomment>A command&apos;s name as Edit ▸ Undo shows it, in the window&apos;s language. Only shown: the audit log records what the case&apos;s operations did, never this text. The claim (and hop) to show after the command ran. The stack&apos;s next undo/redo of this command only puts the stack back (an undo or redo the case refused for a while, e.g. another program held its lock).</extracomment>
        <translation>Новое утверждение</translation>
    </message>
    <message>
        <source>Duplicate Claim</source>
        <translation>Дублировать утверждение</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Изменить утверждение</translation>
    </message>
    <message>
        <source>Set Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <source>Set Hop Status: %1</source>
        <translation>Статус звена: %1</translation>
    </message>
    <message>
        <source>Insert Hop</source>
        <translation>Вставить звено</translation>
    </message>
    <message>
        <source>Add Hop</source>
        <translation>Добавить звено</translation>
    </message>
    <message>
        <source>this hop cannot be added again</source>
        <translation>это звено нельзя добавить снова</translation>
    </message>
    <message>
        <source>Remove Hop</source>
        <translation>Удалить звено</translation>
    </message>
    <message>
        <source>Move Hop Up</source>
        <translation>Переместить звено вверх</translation>
    </message>
    <message>
        <source>Move Hop Down</source>
        <translation>Переместить звено вниз</translation>
    </message>
    <message>
        <source>Edit Hop</source>
        <translation>Изменить звено</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Удалить утверждение</translation>
    </message>
    <message>
        <source>Edit Actor %1</source>
        <translation>Изменить участника %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Объединить: %1</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>Delete Actor %1</source>
        <translation>Удалить участника %1</translation>
    </message>
    <message>
        <source>Delete Source %1</source>
        <translation>Удалить источник %1</translation>
    </message>
    <message>
        <source>Sign Off Verdict</source>
        <translation>Утвердить вердикт</translation>
    </message>
    <message>
        <source>Send Verdict Back</source>
        <translation>Вернуть вердикт на доработку</translation>
    </message>
    <message>
        <source>Create Claim from Suggestion</source>
        <translation>Создать утверждение из предложения</translation>
    </message>
    <message>
        <source>Add Suggestion to Claim</source>
        <translation>Добавить предложение к утверждению</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim wording</source>
        <translation>Формулировка утверждения</translation>
    </message>
    <message>
        <source>One checkable statement, in your normalised wording</source>
        <translation>Одно проверяемое высказывание в вашей нормализованной формулировке</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Turkey, Syria</source>
        <translation>Через запятую, напр. Турция, Сирия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Формулировка:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Write the claim&apos;s wording first</source>
        <translation>Сначала напишите формулировку утверждения</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Someone else changed this meanwhile: choose what to keep in the window that opened.</source>
        <translation>Тем временем это изменил кто-то другой: выберите, что оставить, в открывшемся окне.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cannot do “%1” now: %2</source>
        <translation>Сейчас нельзя выполнить «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot do “%1” any more: %2</source>
        <translation>Больше нельзя выполнить «%1»: %2</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Только чтение: это дело можно читать, но не изменять</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Сначала выберите утверждение</translation>
    </message>
    <message>
        <source>Select a hop first</source>
        <translation>Сначала выберите звено</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Сначала откройте дело</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Новое утверждение</translation>
    </message>
    <message>
        <source>Open a claim first</source>
        <translation>Сначала откройте утверждение</translation>
    </message>
    <message>
        <source>Claim %1 moved to the Trash; Edit ▸ Undo or View ▸ Trash brings it back</source>
        <translation>Утверждение %1 перемещено в Корзину; вернуть его можно через Правка ▸ Отменить или Вид ▸ Корзина</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Изменить утверждение</translation>
    </message>
    <message>
        <source>no drift found</source>
        <translation>расхождений не найдено</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Someone saved a newer version of this record (%1 %2, version %3) while you were editing version %4. Choose which to keep; you can copy from both.</source>
        <translation>Пока вы редактировали версию %4, кто-то сохранил более новую версию этой записи (%1 %2, версия %3). Выберите, какую оставить; копировать можно из обеих.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>The version in the case</source>
        <translation>Версия в деле</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ваше изменение</translation>
    </message>
    <message>
        <source>In the case now (version %1)</source>
        <translation>Сейчас в деле (версия %1)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Оставить мою</translation>
    </message>
    <message>
        <source>Save your change over the newer version</source>
        <translation>Сохранить ваше изменение поверх более новой версии</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Взять их версию</translation>
    </message>
    <message>
        <source>Drop your change and show the version in the case</source>
        <translation>Отбросить ваше изменение и показать версию из дела</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>The claim was changed meanwhile</source>
        <translation>Утверждение тем временем изменено</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>звено</translation>
    </message>
    <message>
        <source>The hop was changed meanwhile</source>
        <translation>Звено тем временем изменено</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>The actor was changed meanwhile</source>
        <translation>Участник тем временем изменён</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>The source was changed meanwhile</source>
        <translation>Источник тем временем изменён</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Изменено тем временем</translation>
    </message>
</context>
<context>
    <name>HopDialog</name>
    <message>
        <source>Edit hop</source>
        <extracomment>The actors a typed name may be (`db.actor_names.actor_candidates` over the open case). Where a new hop goes: (kind, hop id). Kinds: &quot;end&quot;, &quot;after&quot; (inserted between), &quot;route&quot; (a second route branching after the hop), &quot;origin&quot; (the new first hop).</extracomment>
        <translation>Изменить звено</translation>
    </message>
    <message>
        <source>Add hop</source>
        <translation>Добавить звено</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Who relayed the claim? Type a name or an alias</source>
        <translation>Кто передал утверждение? Введите имя или псевдоним</translation>
    </message>
    <message>
        <source>Kind of new actor</source>
        <translation>Тип нового участника</translation>
    </message>
    <message>
        <source>Actor match</source>
        <translation>Совпадение участника</translation>
    </message>
    <message>
        <source>Use the offered actor</source>
        <translation>Использовать предложенного участника</translation>
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
        <source>No source</source>
        <translation>Без источника</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>ar, tr, ru, en…</source>
        <translation>ar, tr, ru, en…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>The words as this source carries them</source>
        <translation>Слова в том виде, в каком их приводит этот источник</translation>
    </message>
    <message>
        <source>The &amp;direction of this link as reported is doubtful</source>
        <translation>&amp;Направление этой связи в сообщении под сомнением</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Place in the chain</source>
        <translation>Место в цепочке</translation>
    </message>
    <message>
        <source>At the end of the chain</source>
        <translation>В конце цепочки</translation>
    </message>
    <message>
        <source>After %1 (inserted between)</source>
        <translation>После %1 (вставить между)</translation>
    </message>
    <message>
        <source>As a second route after %1</source>
        <translation>Как второй маршрут после %1</translation>
    </message>
    <message>
        <source>As the new origin (first hop)</source>
        <translation>Как новый исток (первое звено)</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>New actor &amp;kind:</source>
        <translation>&amp;Тип нового участника:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Способ передачи:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>П&amp;римечание:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>New actor: it will be added to the case</source>
        <translation>Новый участник: он будет добавлен в дело</translation>
    </message>
    <message>
        <source>Known actor #%1</source>
        <translation>Известный участник № %1</translation>
    </message>
    <message>
        <source>; or %1</source>
        <translation>; или %1</translation>
    </message>
    <message>
        <source>%1%2. OK adds a new actor instead.</source>
        <translation>%1%2. «ОК» вместо этого добавит нового участника.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Использовать %1</translation>
    </message>
    <message>
        <source>%1 — same as %2 (actor %3)?</source>
        <translation>%1 — то же, что %2 (участник %3)?</translation>
    </message>
    <message>
        <source>%1 — same as %2 (actor %3, spelled %4)?</source>
        <translation>%1 — то же, что %2 (участник %3, в написании %4)?</translation>
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
        <source>%1, %2% alike</source>
        <translation>%1, сходство %2%</translation>
    </message>
    <message>
        <source>Name the actor of this hop</source>
        <translation>Укажите участника этого звена</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD</source>
        <translation>«%1» — не дата: введите её в виде ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>not saved: %1</source>
        <translation>не сохранено: %1</translation>
    </message>
    <message>
        <source>%1 — your edit is kept here: press OK to try again</source>
        <translation>%1 — ваша правка сохранена здесь: нажмите «ОК», чтобы попробовать снова</translation>
    </message>
    <message>
        <source>%1 — waiting for it; your edit is kept and saved as soon as it is free</source>
        <translation>%1 — ожидание; ваша правка сохранена и будет записана, как только дело освободится</translation>
    </message>
</context>
<context>
    <name>NewActorKind</name>
    <message>
        <source>Why this kind</source>
        <translation>Почему этот тип</translation>
    </message>
    <message>
        <source>Guessed from the web domain “%1”; choose another kind if it is wrong</source>
        <translation>Угадано по веб-домену «%1»; если неверно, выберите другой тип</translation>
    </message>
    <message>
        <source>Guessed: “%1” is a known news outlet; choose another kind if wrong</source>
        <translation>Угадано: «%1» — известное издание; если неверно, выберите другой тип</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”; choose another kind if it is wrong</source>
        <translation>Угадано по слову «%1»; если неверно, выберите другой тип</translation>
    </message>
    <message>
        <source>No word in the name marks an outlet, body or unnamed official</source>
        <translation>В имени нет слова, указывающего на издание, организацию или неназванного чиновника</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Set verdict</source>
        <translation>Вынести вердикт</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Verdict choices</source>
        <translation>Варианты вердикта</translation>
    </message>
    <message>
        <source>Status choices</source>
        <translation>Варианты статуса</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Why? What did you check, where? (required for a final verdict or a checked hop)</source>
        <translation>Почему? Что и где вы проверили? (обязательно для окончательного вердикта или проверенного звена)</translation>
    </message>
    <message>
        <source>The original says:</source>
        <translation>В оригинале:</translation>
    </message>
    <message>
        <source>Drift:</source>
        <translation>Расхождение:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Вердикт:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The located passage differs from the quote:&lt;/b&gt; %1. Confirm only if the quote is right all the same.</source>
        <translation>&lt;b&gt;Найденный фрагмент расходится с цитатой:&lt;/b&gt; %1. Подтверждайте, только если цитата всё же верна.</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Выберите вариант</translation>
    </message>
</context>
<context>
    <name>SuggestionClaimDialog</name>
    <message>
        <source>new: %1</source>
        <translation>новый: %1</translation>
    </message>
    <message>
        <source>actor guessed</source>
        <translation>участник угадан</translation>
    </message>
    <message>
        <source>direction doubtful</source>
        <translation>направление под сомнением</translation>
    </message>
    <message>
        <source>quoted in this source</source>
        <translation>цитируется в этом источнике</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Create claim from suggestion</source>
        <translation>Создать утверждение из предложения</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>Формулировка утверждения</translation>
    </message>
    <message>
        <source>Hops, origin first</source>
        <translation>Звенья, начиная с истока</translation>
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
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>In the text: %1</source>
        <translation>В тексте: %1</translation>
    </message>
    <message>
        <source>Nothing enters the case until you press OK; then claim and hops are one step that Undo takes back.</source>
        <translation>Ничего не попадёт в дело, пока вы не нажмёте «ОК»; тогда утверждение и звенья станут одним шагом, который отменяется одной командой «Отменить».</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Формулировка:</translation>
    </message>
    <message>
        <source>&amp;Hops (origin first):</source>
        <translation>&amp;Звенья (начиная с истока):</translation>
    </message>
    <message>
        <source>Write the claim&apos;s wording first</source>
        <translation>Сначала напишите формулировку утверждения</translation>
    </message>
    <message>
        <source>Keep at least one hop</source>
        <translation>Оставьте хотя бы одно звено</translation>
    </message>
</context>
</TS>
