<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddAppearances</name>
    <message>
        <source>Add Appearances as Hops</source>
        <translation>Добавить появления как звенья</translation>
    </message>
</context>
<context>
    <name>AddHopFromSelection</name>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Утверждение:</translation>
    </message>
    <message>
        <source>choose the claim this hop belongs to</source>
        <translation>выберите утверждение, к которому относится это звено</translation>
    </message>
</context>
<context>
    <name>AppearanceSupport</name>
    <message>
        <source>&amp;Where else?</source>
        <translation>&amp;Где ещё?</translation>
    </message>
    <message>
        <source>&amp;Similar claims</source>
        <translation>&amp;Похожие утверждения</translation>
    </message>
    <message>
        <source>&amp;Similar claims (%1)</source>
        <translation>&amp;Похожие утверждения (%1)</translation>
    </message>
    <message>
        <source>Claim %1 is probably the same claim (%2 alike): see Similar claims</source>
        <translation>Утверждение %1, вероятно, то же самое (сходство %2): см. «Похожие утверждения»</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Сначала выберите утверждение</translation>
    </message>
    <message>
        <source>hop %1&apos;s quote</source>
        <translation>цитата звена %1</translation>
    </message>
    <message>
        <source>this claim&apos;s wording</source>
        <translation>формулировка этого утверждения</translation>
    </message>
    <message>
        <source>Select words in the source first</source>
        <translation>Сначала выделите слова в источнике</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>выделенный фрагмент</translation>
    </message>
    <message numerus="yes">
        <source>Added %n appearance(s) to claim %1</source>
        <translation>
            <numerusform>К утверждению %1 добавлено %n появление</numerusform>
            <numerusform>К утверждению %1 добавлено %n появления</numerusform>
            <numerusform>К утверждению %1 добавлено %n появлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Только чтение: это дело можно читать, но не изменять</translation>
    </message>
    <message>
        <source>Claim %1 merged into claim %2</source>
        <translation>Утверждение %1 объединено с утверждением %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsJob</name>
    <message>
        <source>cannot import the attachments: %1</source>
        <translation>не удаётся импортировать вложения: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsQuestion</name>
    <message numerus="yes">
        <source>The e-mail %1 has %n attachment(s): %2.

Import them as sources of their own, linked to the e-mail?</source>
        <translation>
            <numerusform>В письме %1 %n вложение: %2.

Импортировать его как отдельный источник, связанный с письмом?</numerusform>
            <numerusform>В письме %1 %n вложения: %2.

Импортировать их как отдельные источники, связанные с письмом?</numerusform>
            <numerusform>В письме %1 %n вложений: %2.

Импортировать их как отдельные источники, связанные с письмом?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncodingChooser</name>
    <message>
        <source>Check the encoding</source>
        <translation>Проверьте кодировку</translation>
    </message>
    <message>
        <source>The encoding of %1 cannot be told for sure. Choose the reading whose text is right:</source>
        <translation>Кодировку %1 нельзя определить наверняка. Выберите прочтение, в котором текст правильный:</translation>
    </message>
    <message>
        <source>The file read as %1</source>
        <translation>Файл, прочитанный как %1</translation>
    </message>
    <message>
        <source>Import in this encoding</source>
        <translation>Импортировать в этой кодировке</translation>
    </message>
</context>
<context>
    <name>FolderImporter</name>
    <message>
        <source>Import stopped: %1</source>
        <translation>Импорт остановлен: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the case (same SHA-256), %3 skipped as unsupported, %4 refused.</source>
        <translation>Импортировано: %1, уже есть в деле (тот же SHA-256): %2, пропущено как неподдерживаемые: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>Import cancelled: %1 Files not reached were left out.</source>
        <translation>Импорт отменён: %1 Файлы, до которых не дошла очередь, пропущены.</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>отклонён %1: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>пропущен %1: %2</translation>
    </message>
    <message>
        <source>imported %1, already in the case %2, skipped as unsupported %3, refused %4</source>
        <translation>импортировано %1, уже в деле %2, пропущено как неподдерживаемые %3, отклонено %4</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <source>Open a case before importing a folder</source>
        <translation>Откройте дело, прежде чем импортировать папку</translation>
    </message>
    <message>
        <source>A folder import is running; wait for it or cancel it first</source>
        <translation>Идёт импорт папки; дождитесь его окончания или сначала отмените</translation>
    </message>
    <message>
        <source>Looking for files in %1…</source>
        <translation>Поиск файлов в %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) — %2</source>
        <translation>
            <numerusform>%1 из %n файла — %2</numerusform>
            <numerusform>%1 из %n файлов — %2</numerusform>
            <numerusform>%1 из %n файлов — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeClaims</name>
    <message>
        <source>Merge Claims</source>
        <translation>Объединить утверждения</translation>
    </message>
</context>
<context>
    <name>NewClaimFromSelection</name>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Утверждение:</translation>
    </message>
</context>
<context>
    <name>OcrLanguage</name>
    <message>
        <source>Guess from the image</source>
        <extracomment>OCR languages offered (Tesseract&apos;s names; any installed combination can be typed).</extracomment>
        <translation>Определить по изображению</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Язык OCR</translation>
    </message>
    <message>
        <source>Language(s) of the screenshots and scanned pages you import next, as Tesseract names them (several joined by +):</source>
        <translation>Язык(и) снимков экрана и отсканированных страниц, которые вы импортируете дальше, в обозначениях Tesseract (несколько — через +):</translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message>
        <source>Which page?</source>
        <translation>Какая страница?</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n captured page(s). Choose the page(s) to import, each a source of its own (the evidence kept is the whole archive):</source>
        <translation>
            <numerusform>В %1 %n сохранённая страница. Выберите страницы для импорта, каждая станет отдельным источником (доказательством хранится весь архив):</numerusform>
            <numerusform>В %1 %n сохранённые страницы. Выберите страницы для импорта, каждая станет отдельным источником (доказательством хранится весь архив):</numerusform>
            <numerusform>В %1 %n сохранённых страниц. Выберите страницы для импорта, каждая станет отдельным источником (доказательством хранится весь архив):</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured pages</source>
        <translation>Сохранённые страницы</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>сохранена %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <source>characters %1–%2, page %3</source>
        <translation>символы %1–%2, страница %3</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>символы %1–%2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Who said or relayed these words?</source>
        <translation>Кто сказал или передал эти слова?</translation>
    </message>
    <message>
        <source>Kind of new actor</source>
        <translation>Тип нового участника</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Способ передачи</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Цитата:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Где:</translation>
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
        <source>Name the actor whose words these are.</source>
        <translation>Назовите участника, чьи это слова.</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>не сохранено: %1</translation>
    </message>
    <message>
        <source>New claim from selection</source>
        <translation>Новое утверждение из выделения</translation>
    </message>
    <message>
        <source>Add hop from selection</source>
        <translation>Добавить звено из выделения</translation>
    </message>
</context>
<context>
    <name>SourceDetailsDialog</name>
    <message>
        <source>Source %1: details</source>
        <translation>Источник %1: сведения</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>ar, tr, ru, en…</source>
        <translation>ar, tr, ru, en…</translation>
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
        <source>Published</source>
        <translation>Дата публикации</translation>
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
        <source>&amp;Published:</source>
        <translation>Дата &amp;публикации:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Text &amp;direction:</source>
        <translation>&amp;Направление текста:</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>SourceFacts</name>
    <message>
        <source>capture</source>
        <extracomment>What OCR found on the source&apos;s images or scanned pages, and an image&apos;s bytes. The names of how a source arrived (`db.arrival`), as the facts line shows them.</extracomment>
        <translation>снимок</translation>
    </message>
    <message>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>retrieved</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>вложения</translation>
    </message>
    <message>
        <source>attached to</source>
        <translation>вложено в</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>прочтение</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>справа налево</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>слева направо</translation>
    </message>
    <message>
        <source>language?</source>
        <translation>язык?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>numbered %1–%2</source>
        <translation>нумерация %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceImporter</name>
    <message>
        <source>Sources (%1);;All files (*)</source>
        <translation>Источники (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>cannot import %1: cancelled</source>
        <translation>не удаётся импортировать %1: отменено</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1: no case is open</source>
        <extracomment>File name endings the readers take (desktop.sources.reader.KINDS). The OCR language(s) chosen for images and scanned pages (None: guessed). Pages of a capture still to import after the one being read: (file, page URL).</extracomment>
        <translation>не удаётся импортировать %1: дело не открыто</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message numerus="yes">
        <source>Reading page %1 of %n…</source>
        <translation>
            <numerusform>Чтение страницы %1 из %n…</numerusform>
            <numerusform>Чтение страницы %1 из %n…</numerusform>
            <numerusform>Чтение страницы %1 из %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 for search…</source>
        <translation>Индексирование %1 для поиска…</translation>
    </message>
    <message>
        <source>Storing %1 in the case…</source>
        <translation>Сохранение %1 в деле…</translation>
    </message>
    <message>
        <source>Encrypted PDF</source>
        <translation>Зашифрованный PDF</translation>
    </message>
    <message>
        <source>That password does not open it.</source>
        <translation>Этот пароль его не открывает.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its password:</source>
        <translation>%1 зашифрован. Его пароль:</translation>
    </message>
    <message>
        <source>File read only in part</source>
        <translation>Файл прочитан лишь частично</translation>
    </message>
    <message>
        <source>Only part of %1 could be read:
%2

Import the readable part? The source will be marked incomplete, with the missing pages listed.</source>
        <translation>Удалось прочитать лишь часть %1:
%2

Импортировать прочитанную часть? Источник будет помечен как неполный, с перечнем недостающих страниц.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Source page</source>
        <extracomment>QtPdf finds a phrase within one line best: search for the quote&apos;s first words.</extracomment>
        <translation>Страница источника</translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message>
        <source>Recognised image</source>
        <extracomment>When QtPdf finds nothing (a quote split by the PDF&apos;s layout), the page alone is shown. Draws the image of a recognised page at the size its boxes are measured in.</extracomment>
        <translation>Распознанное изображение</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n word(s) recognised; %2 with low confidence (outlined in red). A quote is lit in yellow.</source>
        <translation>
            <numerusform>Страница %1: распознано %n слово; %2 — с низкой уверенностью (обведены красным). Цитата подсвечена жёлтым.</numerusform>
            <numerusform>Страница %1: распознано %n слова; %2 — с низкой уверенностью (обведены красным). Цитата подсвечена жёлтым.</numerusform>
            <numerusform>Страница %1: распознано %n слов; %2 — с низкой уверенностью (обведены красным). Цитата подсвечена жёлтым.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceSupport</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Читать</translation>
    </message>
    <message>
        <source>Show the source&apos;s text and page</source>
        <translation>Показать текст и страницу источника</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>Импорт источника</translation>
    </message>
    <message>
        <source>OCR language for imports: %1</source>
        <translation>Язык OCR для импорта: %1</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>определяется автоматически</translation>
    </message>
    <message>
        <source>Imported as source %1</source>
        <translation>Импортировано как источник %1</translation>
    </message>
    <message>
        <source>That file is already in the case as source %1</source>
        <translation>Этот файл уже есть в деле как источник %1</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>Source text</source>
        <extracomment>A suggestion&apos;s attribution: who (blue, bold), the cue (orange, underlined), what (green). The direction controls the view draws by name (the steering ones, as in the claim list). The colour of a direction control&apos;s name in the text (it is not the source&apos;s own words). Characters put into the view per event-loop turn (~2 ms each): a long source&apos;s text goes in a piece at a time, so the window keeps painting while a 500-page source opens (the whole text at once held the window for 100–300 ms). Where each direction control drawn by name is: (offset, length of its name). The view holds the whole text now (at once for a short one, or its last piece is in).</extracomment>
        <translation>Текст источника</translation>
    </message>
    <message>
        <source>Hop %1: %2 (%3)</source>
        <extracomment>How much of `text` the view holds so far (the rest goes in a piece per turn). The attribution shown for a suggestion: role → [(start, end), …].</extracomment>
        <translation>Звено %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Маркер атрибуции</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>&amp;Text</source>
        <extracomment>A source read elsewhere (the import&apos;s worker) for the next `show_source` of it.</extracomment>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Страница</translation>
    </message>
    <message>
        <source>&amp;Image (OCR)</source>
        <translation>&amp;Изображение (OCR)</translation>
    </message>
    <message>
        <source>New &amp;claim from selection</source>
        <translation>Новое &amp;утверждение из выделения</translation>
    </message>
    <message>
        <source>Add &amp;hop from selection</source>
        <translation>Добавить &amp;звено из выделения</translation>
    </message>
    <message>
        <source>Open &amp;original</source>
        <translation>Открыть &amp;оригинал</translation>
    </message>
    <message>
        <source>Write the evidence file to a cache file, check its SHA-256 and open it</source>
        <translation>Записать файл-доказательство в кэш, проверить SHA-256 и открыть</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Изменить &amp;сведения…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, date, language or direction</source>
        <translation>Исправить заголовок, издание, дату, язык или направление</translation>
    </message>
    <message>
        <source>Recognise &amp;again…</source>
        <translation>&amp;Распознать заново…</translation>
    </message>
    <message>
        <source>Read the image again by OCR in another language</source>
        <translation>Заново распознать изображение на другом языке</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>The reviewer may only read the case (set by the team actions): no details dialog.</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Источник %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Only part of this file could be read: it is marked incomplete. Missing pages: %1.</source>
        <translation>Удалось прочитать лишь часть этого файла: он помечен как неполный. Недостающие страницы: %1.</translation>
    </message>
    <message>
        <source>Check the encoding: the file was %1. If the text looks wrong, read it again in the right encoding (Read in Another Encoding…); this reading stays in the source&apos;s history.</source>
        <translation>Проверьте кодировку: файл %1. Если текст выглядит неверно, прочитайте его заново в правильной кодировке («Прочитать в другой кодировке…»); это прочтение останется в истории источника.</translation>
    </message>
    <message>
        <source>cannot show the source: %1</source>
        <translation>не удаётся показать источник: %1</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Только чтение: это дело можно читать, но не изменять</translation>
    </message>
    <message>
        <source>Source %1 was recognised in %2. Reading it again in another language makes a new version of its text, which needs source versions (not yet in this version of Provenance Desk).</source>
        <translation>Источник %1 распознан на языке %2. Повторное распознавание на другом языке создаёт новую версию его текста, а для этого нужны версии источников (в этой версии Provenance Desk их ещё нет).</translation>
    </message>
    <message>
        <source>no program on this computer opens %1; it is at %2</source>
        <translation>на этом компьютере нет программы, открывающей %1; файл находится в %2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>who</source>
        <extracomment>The legend of the three highlight styles (colours as in SourceText.ATTRIBUTION_STYLES).</extracomment>
        <translation>кто</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>маркер атрибуции</translation>
    </message>
    <message>
        <source>what</source>
        <translation>что</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Sources of at least this many characters (~15 pages) are analysed in another process.</extracomment>
        <translation>новый</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>предположение</translation>
    </message>
    <message>
        <source>direction doubtful</source>
        <translation>направление под сомнением</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — proposed from the source&apos;s own words</source>
        <extracomment>The analysis `load(…, start=False)` left for `start()`: (case, source, generation).</extracomment>
        <translation>%1 — предложены по словам самого источника</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>&amp;Create claim from suggestion…</source>
        <translation>&amp;Создать утверждение…</translation>
    </message>
    <message>
        <source>Add to &amp;open claim</source>
        <translation>Добавить в &amp;открытое утверждение</translation>
    </message>
    <message>
        <source>Add the suggestion&apos;s hops to the claim open in the window</source>
        <translation>Добавить звенья предложения к утверждению, открытому в окне</translation>
    </message>
    <message>
        <source>Reading the source for attributions…</source>
        <translation>Поиск атрибуций в источнике…</translation>
    </message>
    <message>
        <source>No attributions found in this source.</source>
        <translation>В этом источнике атрибуций не найдено.</translation>
    </message>
    <message>
        <source>%1 from %2. Check each before you accept it.</source>
        <translation>%1 из %2. Проверьте каждое, прежде чем принять.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed claim(s)</source>
        <translation>
            <numerusform>%n предложенное утверждение</numerusform>
            <numerusform>%n предложенных утверждения</numerusform>
            <numerusform>%n предложенных утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribution(s)</source>
        <translation>
            <numerusform>%n атрибуции</numerusform>
            <numerusform>%n атрибуций</numerusform>
            <numerusform>%n атрибуций</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>не удаётся прочитать источник: %1</translation>
    </message>
</context>
<context>
    <name>WhereElseDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no number or date</source>
        <translation>ни чисел, ни дат</translation>
    </message>
    <message>
        <source>%1: names %2; shares %3</source>
        <translation>%1: называет %2; общее: %3</translation>
    </message>
    <message>
        <source>Where Else?</source>
        <translation>Где ещё?</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>этот текст</translation>
    </message>
    <message>
        <source>Where else does %1 appear?</source>
        <translation>Где ещё встречается %1?</translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Appearances</source>
        <translation>Появления</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Passage in its source</source>
        <translation>Фрагмент в источнике</translation>
    </message>
    <message>
        <source>&amp;Add as Hops</source>
        <translation>&amp;Добавить как звенья</translation>
    </message>
    <message>
        <source>Add the checked appearances to the open claim&apos;s chain, in date order, each with its passage as the quote</source>
        <translation>Добавить отмеченные появления в цепочку атрибуции открытого утверждения по дате, с фрагментом каждого в качестве цитаты</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Способ передачи:</translation>
    </message>
    <message>
        <source>Cannot trace it: %1</source>
        <translation>Не удаётся найти: %1</translation>
    </message>
    <message>
        <source>No source in the case carries it.</source>
        <translation>Ни в одном источнике дела этого нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) carry it, by publication date; the earliest is the candidate first appearance.</source>
        <translation>
            <numerusform>Встречается в %n источнике, по дате публикации; самый ранний — кандидат на первое появление.</numerusform>
            <numerusform>Встречается в %n источниках, по дате публикации; самый ранний — кандидат на первое появление.</numerusform>
            <numerusform>Встречается в %n источниках, по дате публикации; самый ранний — кандидат на первое появление.</numerusform>
        </translation>
    </message>
    <message>
        <source>No source in the case carries its words.</source>
        <translation>Ни в одном источнике дела нет этих слов.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in other languages may carry it (listed last): check the translation.</source>
        <translation>
            <numerusform>%n фрагмент на других языках может его содержать (в конце списка): проверьте перевод.</numerusform>
            <numerusform>%n фрагмента на других языках могут его содержать (в конце списка): проверьте перевод.</numerusform>
            <numerusform>%n фрагментов на других языках могут его содержать (в конце списка): проверьте перевод.</numerusform>
        </translation>
    </message>
    <message>
        <source>first</source>
        <translation>первое</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>выровнено</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>дословно</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>символы %1–%2</translation>
    </message>
    <message>
        <source>characters %1–%2, page %3</source>
        <translation>символы %1–%2, страница %3</translation>
    </message>
</context>
</TS>
