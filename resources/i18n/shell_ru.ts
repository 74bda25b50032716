<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Record each claim with the chain of people and outlets that carried it, check every link against the sources, mark verdicts, and export provenance reports.&lt;/p&gt;&lt;p&gt;Every change is written to the case&apos;s audit log, hash-chained so that tampering shows.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Записывайте каждое утверждение вместе с цепочкой людей и изданий, которые его передали, сверяйте каждое звено с источниками, выносите вердикты и экспортируйте отчёты о происхождении.&lt;/p&gt;&lt;p&gt;Каждое изменение записывается в журнал аудита дела, связанный цепочкой хешей, так что любая подделка заметна.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние дела</translation>
    </message>
    <message>
        <source>Opening {case}…</source>
        <translation>Открывается {case}…</translation>
    </message>
    <message>
        <source>The case could not be opened: {reason}</source>
        <translation>Не удалось открыть дело: {reason}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>{file} exists already: open it, or choose another name</source>
        <translation>{file} уже существует: откройте его или выберите другое имя</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Provenance Desk cases</source>
        <translation>Дела Provenance Desk</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Недавних дел нет</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}</source>
        <translation>Изменения теперь записываются от имени {name}</translation>
    </message>
</context>
<context>
    <name>CaseWatch</name>
    <message>
        <source>The case file {file} was deleted or moved while it was open. What you see is what it held; changes cannot be saved until the file is back. Put it back (or open the moved file with File ▸ Open Case) to go on working.</source>
        <translation>Файл дела {file} был удалён или перемещён, пока был открыт. Вы видите то, что в нём было; изменения нельзя сохранить, пока файл не вернётся. Верните его на место (или откройте перемещённый файл через Файл ▸ Открыть дело), чтобы продолжить работу.</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app}: что-то пошло не так</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your case is safe: every change is saved in one transaction or not at all. Please copy this report and send it to the developers.</source>
        <translation>Произошла непредвиденная ошибка. Ваше дело в сохранности: каждое изменение сохраняется одной транзакцией или не сохраняется вовсе. Скопируйте этот отчёт и отправьте его разработчикам.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Отчёт об ошибке</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Claims</source>
        <extracomment>The open claim&apos;s pane (made by `complete()`). The reviewer may read the case but not change it (set by the team actions). Every part of the window once `window_setup` made them (None for the bare frame), for the app and the tests; rooms get what they need through their constructors. What happened (case changed, changes applied, claim opened, read-only). The one registry of actions: menus, toolbar and enablement come from it.</extracomment>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Number of claims</source>
        <extracomment>The claim&apos;s text takes the width the other columns leave (least needed give way).</extracomment>
        <translation>Число утверждений</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>The name written into the audit log (Edit ▸ Preferences)</source>
        <translation>Имя, которое записывается в журнал аудита (Правка ▸ Настройки)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Opened {case}</source>
        <translation>Открыто: {case}</translation>
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
        <source>Reviewer: {name}</source>
        <translation>Проверяющий: {name}</translation>
    </message>
    <message>
        <source>The case may have been moved, deleted or locked. Nothing you saved is lost; reopen the case from File ▸ Open Recent once it is back.</source>
        <translation>Возможно, дело перемещено, удалено или заблокировано. Ничего из сохранённого не потеряно; когда оно вернётся, откройте его снова через Файл ▸ Недавние дела.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Welcome to Provenance Desk</source>
        <translation>Добро пожаловать в Provenance Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your name goes into the audit log of every change you make, and into the review history of each claim. Colleagues see it when they open a shared case.</source>
        <translation>Ваше имя записывается в журнал аудита при каждом вашем изменении и в историю проверок каждого утверждения. Коллеги видят его, открывая общее дело.</translation>
    </message>
    <message>
        <source>Your name as colleagues and readers know it</source>
        <translation>Ваше имя, под которым вас знают коллеги и читатели</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Имя проверяющего</translation>
    </message>
    <message>
        <source>The name the audit log records for your changes</source>
        <translation>Имя, под которым журнал аудита записывает ваши изменения</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Как принято в языке</translation>
    </message>
    <message>
        <source>Latin (0123456789)</source>
        <translation>Латинские (0123456789)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣٤٥٦٧٨٩)</source>
        <translation>Арабско-индийские (٠١٢٣٤٥٦٧٨٩)</translation>
    </message>
    <message>
        <source>The language and the digits apply after a restart.</source>
        <translation>Язык и цифры применяются после перезапуска.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Имя проверяющего:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Цифры:</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>{app} User Guide</source>
        <translation>Руководство пользователя {app}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
</TS>
