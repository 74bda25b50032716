<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ExportAction</name>
    <message>
        <source>%1 claims are selected. To export that many, choose “The claims of the current search and filter” or “The whole case” in the export dialog, or select fewer than %2.</source>
        <extracomment>More selected claims than this are refused: the list&apos;s own scope exports them better.</extracomment>
        <translation>Выбрано утверждений: %1. Чтобы экспортировать столько, выберите в окне экспорта «Утверждения текущего поиска и фильтра» или «Всё дело» либо выберите меньше %2.</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Сначала откройте дело</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>This claim (#%1)</source>
        <translation>Это утверждение (№ %1)</translation>
    </message>
    <message>
        <source>This claim (none is open)</source>
        <translation>Это утверждение (ни одно не открыто)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected claim(s)</source>
        <translation>
            <numerusform>%n выбранное утверждение</numerusform>
            <numerusform>%n выбранных утверждения</numerusform>
            <numerusform>%n выбранных утверждений</numerusform>
        </translation>
    </message>
    <message>
        <source>The claims of the current search and filter</source>
        <translation>Утверждения текущего поиска и фильтра</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Всё дело</translation>
    </message>
    <message>
        <source>Publishing address</source>
        <translation>Адрес публикации</translation>
    </message>
    <message>
        <source>Where the report will be published; ClaimReview needs it (each review&apos;s address is this plus #claim-N). Kept in the case&apos;s settings.</source>
        <translation>Где будет опубликован отчёт; он нужен ClaimReview (адрес каждой проверки — этот адрес плюс #claim-N). Хранится в настройках дела.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Open the report when it is written</source>
        <translation>Открыть отчёт, когда он будет записан</translation>
    </message>
    <message>
        <source>Sign with the desk&apos;s key</source>
        <translation>Подписать ключом редакции</translation>
    </message>
    <message>
        <source>Looking for the desk&apos;s signing key in the keyring…</source>
        <translation>Поиск ключа подписи редакции в связке ключей…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Утверждения:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>Опубликовать по адресу:</translation>
    </message>
    <message>
        <source>The report names the desk key %1… and a signature file (the report&apos;s name plus .sig) is written beside it; check it with “provdesk-cli verify-report”.</source>
        <translation>В отчёте указан ключ редакции %1…, а рядом записывается файл подписи (имя отчёта плюс .sig); проверьте его командой «provdesk-cli verify-report».</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Выберите, куда сохранить отчёт.</translation>
    </message>
    <message>
        <source>The publishing address: %1.</source>
        <translation>Адрес публикации: %1.</translation>
    </message>
    <message>
        <source>ClaimReview needs the address the report will be published at: fill in “Publish at”.</source>
        <translation>ClaimReview нужен адрес, по которому будет опубликован отчёт: заполните «Опубликовать по адресу».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reading claims… %1 of %2</source>
        <translation>Чтение утверждений… %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %1 of %n claim(s)</source>
        <translation>
            <numerusform>Запись отчёта… %1 из %n утверждения</numerusform>
            <numerusform>Запись отчёта… %1 из %n утверждений</numerusform>
            <numerusform>Запись отчёта… %1 из %n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n claim(s) to %1</source>
        <translation>
            <numerusform>%n утверждение записано в %1</numerusform>
            <numerusform>%n утверждения записаны в %1</numerusform>
            <numerusform>%n утверждений записаны в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; signed (%1)</source>
        <translation>; подписан (%1)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (одна самодостаточная страница)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (zip of claims.csv and hops.csv)</source>
        <translation>CSV (zip-архив с claims.csv и hops.csv)</translation>
    </message>
    <message>
        <source>JSON (Provenance Desk report schema)</source>
        <translation>JSON (схема отчётов Provenance Desk)</translation>
    </message>
    <message>
        <source>W3C PROV-JSON</source>
        <translation>W3C PROV-JSON</translation>
    </message>
    <message>
        <source>W3C PROV-N</source>
        <translation>W3C PROV-N</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>W3C Web Annotations of the quotes (JSON-LD)</source>
        <translation>Веб-аннотации W3C к цитатам (JSON-LD)</translation>
    </message>
    <message>
        <source>The language of the report&apos;s own words (headings, labels, dates) in HTML, PDF and Markdown. The case&apos;s text and values, and the data formats, are the same in every language.</source>
        <translation>Язык собственных слов отчёта (заголовков, подписей, дат) в HTML, PDF и Markdown. Текст и значения дела, а также форматы данных одинаковы на всех языках.</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>the export failed: %1</source>
        <translation>экспорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>KeyProbe</name>
    <message>
        <source>Cannot sign: %1.</source>
        <translation>Подписать нельзя: %1.</translation>
    </message>
    <message>
        <source>Cannot sign: the keyring failed (%1).</source>
        <translation>Подписать нельзя: сбой связки ключей (%1).</translation>
    </message>
    <message>
        <source>The desk has no signing key yet; create one with “provdesk-cli key create”, then open this dialog again.</source>
        <translation>У редакции ещё нет ключа подписи; создайте его командой «provdesk-cli key create» и снова откройте это окно.</translation>
    </message>
</context>
</TS>
