<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Case…</source>
        <extracomment>The menu text (&quot;&quot; for an action made by its room: an undo stack&apos;s, a dock&apos;s toggle). Every key that triggers it (duplicates and keys the platform lacks are dropped). The Qt object name (tests and style sheets find the action by it). The key works in every window of the app, not only the main window.</extracomment>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>Create an empty case file</source>
        <translation>Создать пустой файл дела</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Открыть дело…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Открыть файл дела</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>Подключиться к &amp;серверу команды…</translation>
    </message>
    <message>
        <source>Open the case a desk shares on a PostgreSQL server</source>
        <translation>Открыть дело, которое редакция ведёт на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Export claims with their chains, evidence hashes and review history</source>
        <translation>Экспортировать утверждения с их цепочками, хешами доказательств и историей проверок</translation>
    </message>
    <message>
        <source>Copy Case to Team &amp;Server…</source>
        <translation>Копировать дело на &amp;сервер команды…</translation>
    </message>
    <message>
        <source>Put a copy of this case, evidence files and audit log included, on a team server</source>
        <translation>Поместить копию этого дела вместе с файлами-доказательствами и журналом аудита на сервер команды</translation>
    </message>
    <message>
        <source>Copy Case to &amp;File…</source>
        <translation>Копировать дело в &amp;файл…</translation>
    </message>
    <message>
        <source>Write a copy of this case, evidence files and audit log included, to a case file</source>
        <translation>Записать копию этого дела вместе с файлами-доказательствами и журналом аудита в файл дела</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Put the case back as it was in one of its backups (the current case is kept)</source>
        <translation>Вернуть дело к состоянию одной из его резервных копий (текущее дело сохраняется)</translation>
    </message>
    <message>
        <source>&amp;Import Source…</source>
        <translation>&amp;Импортировать источник…</translation>
    </message>
    <message>
        <source>Import a PDF, web page or capture, text, e-mail, document or image as a source</source>
        <translation>Импортировать PDF, веб-страницу или её снимок, текст, письмо, документ или изображение как источник</translation>
    </message>
    <message>
        <source>Import New &amp;Version…</source>
        <translation>Импортировать новую &amp;версию…</translation>
    </message>
    <message>
        <source>Import a changed file of the source shown as its new version; its quotes are re-anchored (exact, changed or lost)</source>
        <translation>Импортировать изменённый файл показанного источника как его новую версию; привязки цитат пересчитываются (точно, изменено или утеряно)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <source>Import every PDF, saved web page, text and Markdown file under a folder</source>
        <translation>Импортировать все PDF, сохранённые веб-страницы, текстовые файлы и файлы Markdown из папки</translation>
    </message>
    <message>
        <source>OCR &amp;Language for Imports…</source>
        <translation>&amp;Язык OCR для импорта…</translation>
    </message>
    <message>
        <source>The language(s) of screenshots and scanned pages imported next (default: guessed)</source>
        <translation>Язык (или языки) снимков экрана и сканов, которые будут импортированы дальше (по умолчанию определяется автоматически)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Your reviewer name, the window&apos;s language and its digits</source>
        <translation>Ваше имя проверяющего, язык окна и его цифры</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the claims and quotes of the case</source>
        <translation>Искать в утверждениях и цитатах дела</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <source>Show every claim again</source>
        <translation>Снова показать все утверждения</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the case again (changes made by others appear)</source>
        <translation>Перечитать дело (появятся изменения, сделанные другими)</translation>
    </message>
    <message>
        <source>Show or hide the Actors view</source>
        <translation>Показать или скрыть список участников</translation>
    </message>
    <message>
        <source>Show or hide the Sources view</source>
        <translation>Показать или скрыть список источников</translation>
    </message>
    <message>
        <source>Show or hide the Trash: deleted records, to restore or purge</source>
        <translation>Показать или скрыть Корзину: удалённые записи, чтобы восстановить или удалить навсегда</translation>
    </message>
    <message>
        <source>Show or hide the source viewer</source>
        <translation>Показать или скрыть просмотр источника</translation>
    </message>
    <message>
        <source>&amp;New Claim…</source>
        <translation>&amp;Новое утверждение…</translation>
    </message>
    <message>
        <source>Write a new claim</source>
        <translation>Записать новое утверждение</translation>
    </message>
    <message>
        <source>&amp;Duplicate Claim</source>
        <translation>&amp;Дублировать утверждение</translation>
    </message>
    <message>
        <source>Copy the claim with its chain (verdict and statuses start afresh)</source>
        <translation>Скопировать утверждение с его цепочкой (вердикт и статусы начинаются заново)</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Изменить утверждение…</translation>
    </message>
    <message>
        <source>Change the wording, tags or notes</source>
        <translation>Изменить формулировку, метки или заметки</translation>
    </message>
    <message>
        <source>Set &amp;Verdict…</source>
        <translation>Вынести &amp;вердикт…</translation>
    </message>
    <message>
        <source>Mark the claim&apos;s verdict with a rationale</source>
        <translation>Отметить вердикт по утверждению с обоснованием</translation>
    </message>
    <message>
        <source>Sign &amp;Off Verdict…</source>
        <translation>&amp;Утвердить вердикт…</translation>
    </message>
    <message>
        <source>Confirm another reviewer&apos;s final verdict (four-eyes)</source>
        <translation>Подтвердить окончательный вердикт другого проверяющего (принцип четырёх глаз)</translation>
    </message>
    <message>
        <source>Send Verdict &amp;Back…</source>
        <translation>&amp;Вернуть вердикт на доработку…</translation>
    </message>
    <message>
        <source>Return another reviewer&apos;s final verdict for more work, with the reason</source>
        <translation>Вернуть окончательный вердикт другого проверяющего на доработку с указанием причины</translation>
    </message>
    <message>
        <source>De&amp;lete Claim</source>
        <translation>&amp;Удалить утверждение</translation>
    </message>
    <message>
        <source>Move the claim with its chain to the Trash (Undo or View ▸ Trash brings it back)</source>
        <translation>Переместить утверждение с его цепочкой в Корзину (Отменить или Вид ▸ Корзина вернёт его)</translation>
    </message>
    <message>
        <source>&amp;Add Hop…</source>
        <translation>&amp;Добавить звено…</translation>
    </message>
    <message>
        <source>Add a hop at the end of the chain</source>
        <translation>Добавить звено в конец цепочки</translation>
    </message>
    <message>
        <source>&amp;Insert Hop After Selected…</source>
        <translation>&amp;Вставить звено после выбранного…</translation>
    </message>
    <message>
        <source>Insert a hop between the selected hop and the next</source>
        <translation>Вставить звено между выбранным и следующим</translation>
    </message>
    <message>
        <source>Edit &amp;Hop…</source>
        <translation>Изменить &amp;звено…</translation>
    </message>
    <message>
        <source>Change the selected hop</source>
        <translation>Изменить выбранное звено</translation>
    </message>
    <message>
        <source>Set Hop &amp;Status…</source>
        <translation>Задать &amp;статус звена…</translation>
    </message>
    <message>
        <source>Mark how faithfully the selected hop relays the claim</source>
        <translation>Отметить, насколько точно выбранное звено передаёт утверждение</translation>
    </message>
    <message>
        <source>Move Hop &amp;Up</source>
        <translation>Переместить звено &amp;вверх</translation>
    </message>
    <message>
        <source>Towards the origin</source>
        <translation>Ближе к первоисточнику</translation>
    </message>
    <message>
        <source>Move Hop Do&amp;wn</source>
        <translation>Переместить звено в&amp;низ</translation>
    </message>
    <message>
        <source>Away from the origin</source>
        <translation>Дальше от первоисточника</translation>
    </message>
    <message>
        <source>&amp;Remove Hop</source>
        <translation>&amp;Убрать звено</translation>
    </message>
    <message>
        <source>Take the selected hop out of the chain</source>
        <translation>Убрать выбранное звено из цепочки</translation>
    </message>
    <message>
        <source>Accept New &amp;Anchor</source>
        <translation>Принять новую &amp;привязку</translation>
    </message>
    <message>
        <source>The selected hop&apos;s changed quote takes the words of its source&apos;s current version</source>
        <translation>Изменённая цитата выбранного звена принимает слова текущей версии его источника</translation>
    </message>
    <message>
        <source>&amp;Keep Old Version</source>
        <translation>&amp;Оставить старую версию</translation>
    </message>
    <message>
        <source>The selected hop&apos;s changed or lost quote stays checked against the version it was anchored in</source>
        <translation>Изменённая или утерянная цитата выбранного звена по-прежнему сверяется с версией, к которой она привязана</translation>
    </message>
    <message>
        <source>&amp;Where Else?…</source>
        <translation>&amp;Где ещё?…</translation>
    </message>
    <message>
        <source>Every source in the case carrying the selected hop&apos;s quote (or the claim&apos;s wording), by date, the earliest marked</source>
        <translation>Все источники дела, в которых есть цитата выбранного звена (или формулировка утверждения), по дате, с пометкой самого раннего</translation>
    </message>
    <message>
        <source>Add Hop from the &amp;Original</source>
        <translation>Добавить звено из &amp;оригинала</translation>
    </message>
    <message>
        <source>Before the selected hop, quoted from a translation, add the original&apos;s hop with its quote located in the original through the sentence alignment</source>
        <translation>Перед выбранным звеном, процитированным по переводу, добавить звено оригинала, найдя его цитату в оригинале по выравниванию предложений</translation>
    </message>
    <message>
        <source>&amp;Link Translation…</source>
        <translation>&amp;Связать перевод…</translation>
    </message>
    <message>
        <source>Mark the source shown as the translation of another source and align their sentences</source>
        <translation>Отметить показанный источник как перевод другого источника и выровнять их предложения</translation>
    </message>
    <message>
        <source>&amp;Proposed Translation Links…</source>
        <translation>&amp;Предложенные связи перевода…</translation>
    </message>
    <message>
        <source>Sources that say they were translated, each with the source in another language that shares its numbers and names: show one, then link or dismiss it</source>
        <translation>Источники, которые называют себя переводом, каждый с источником на другом языке, у которого те же числа и имена: показать один, затем связать или отклонить</translation>
    </message>
    <message>
        <source>&amp;Aligned Translation</source>
        <translation>&amp;Выровненный перевод</translation>
    </message>
    <message>
        <source>Split the source viewer: the source shown beside its original (or its translation), sentence against sentence, with drift flags</source>
        <translation>Разделить просмотр источника: показанный источник рядом с оригиналом (или переводом), предложение против предложения, с пометками сдвига</translation>
    </message>
    <message>
        <source>&amp;Verify Case Integrity…</source>
        <translation>&amp;Проверить целостность дела…</translation>
    </message>
    <message>
        <source>Re-check the audit log&apos;s hash chain and every evidence file&apos;s hash</source>
        <translation>Заново проверить цепочку хешей журнала аудита и хеш каждого файла-доказательства</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>Write a backup of the case file now</source>
        <translation>Записать резервную копию файла дела сейчас</translation>
    </message>
    <message>
        <source>Backup &amp;Schedule…</source>
        <translation>&amp;Расписание резервного копирования…</translation>
    </message>
    <message>
        <source>How often the case is backed up on its own, and how many backups are kept</source>
        <translation>Как часто дело копируется автоматически и сколько резервных копий хранится</translation>
    </message>
    <message>
        <source>Require &amp;Second Reviewer</source>
        <translation>Требовать &amp;второго проверяющего</translation>
    </message>
    <message>
        <source>Final verdicts of this case wait for a second reviewer&apos;s sign-off</source>
        <translation>Окончательные вердикты этого дела ждут утверждения второго проверяющего</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to record a chain, mark statuses, import sources and export reports</source>
        <translation>Как записать цепочку, отметить статусы, импортировать источники и экспортировать отчёты</translation>
    </message>
    <message>
        <source>&amp;About Provenance Desk</source>
        <translation>&amp;О программе Provenance Desk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Версия и лицензия</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Утверждение</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>This text holds invisible direction controls (%1) that change the order its letters are drawn in: an override can make “DESOLC” read “CLOSED”. They are shown here by name; the case keeps the text exactly as it is.</source>
        <translation>В этом тексте есть невидимые управляющие символы направления (%1), которые меняют порядок отображения букв: переопределение может заставить «DESOLC» читаться как «CLOSED». Здесь они показаны по названиям; дело хранит текст в точности как есть.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Достоверно</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Частично достоверно</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Вводит в заблуждение</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Ложно</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Непроверяемо</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Не сверено</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Расходится</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Высказывание</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Цитирование</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Пересказ</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Republished</source>
        <translation>Перепубликация</translation>
    </message>
    <message>
        <source>Summarised</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Стенограмма</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Эфир</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Unnamed official</source>
        <translation>Неназванный чиновник</translation>
    </message>
</context>
</TS>
