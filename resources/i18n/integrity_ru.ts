<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>IntegrityActions</name>
    <message>
        <source>A case on a team server is backed up by the server itself (pg_dump)</source>
        <translation>Дело на командном сервере резервирует сам сервер (pg_dump)</translation>
    </message>
    <message>
        <source>You may read this case but not change it</source>
        <translation>Это дело можно читать, но не изменять</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Сначала откройте дело</translation>
    </message>
    <message>
        <source>Checking the audit log and every evidence file…</source>
        <translation>Проверка журнала аудита и всех файлов-доказательств…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2) in %3</source>
        <translation>Резервная копия %1 (%2) сохранена в %3</translation>
    </message>
    <message>
        <source>Backing up the case…</source>
        <translation>Резервное копирование дела…</translation>
    </message>
    <message>
        <source>Scheduled backup written: %1</source>
        <translation>Плановая резервная копия записана: %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Плановое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>The case is backed up every %1; %2</source>
        <translation>Дело резервируется каждые %1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n backup(s) kept</source>
        <translation>
            <numerusform>хранится %n последняя копия</numerusform>
            <numerusform>хранятся %n последние копии</numerusform>
            <numerusform>хранятся %n последних копий</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backups are off</source>
        <translation>Плановое резервное копирование выключено</translation>
    </message>
    <message>
        <source>This case has no backups yet (Tools ▸ Back Up Now makes one)</source>
        <translation>У этого дела ещё нет резервных копий (Сервис ▸ Создать резервную копию сейчас)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Put the case back as it was on %1 UTC?

The case closes, the case as it is now is kept as a copy in the backups folder, and the restored case opens.</source>
        <translation>Вернуть дело в состояние на %1 UTC?

Дело закроется, его нынешнее состояние сохранится копией в папке резервных копий, и откроется восстановленное дело.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The case as it was before is kept at %1.</source>
        <translation>Прежнее состояние дела сохранено в %1.</translation>
    </message>
    <message>
        <source>The case was restored from the backup of %1 UTC.</source>
        <translation>Дело восстановлено из резервной копии от %1 UTC.</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>Дело восстановлено</translation>
    </message>
    <message>
        <source>The case was not restored: %1</source>
        <translation>Дело не восстановлено: %1</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>Восстановление %1 из %2…</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Файл-доказательство</translation>
    </message>
    <message>
        <source>Case content</source>
        <translation>Содержимое дела</translation>
    </message>
    <message>
        <source>Audit log end</source>
        <translation>Конец журнала аудита</translation>
    </message>
    <message>
        <source>case intact: %1, %2 checked</source>
        <translation>дело цело: проверено %1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n событие аудита</numerusform>
            <numerusform>%n события аудита</numerusform>
            <numerusform>%n событий аудита</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл-доказательство</numerusform>
            <numerusform>%n файла-доказательства</numerusform>
            <numerusform>%n файлов-доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case NOT intact: %n problem(s); first: %1</source>
        <translation>
            <numerusform>дело НЕ цело: %n проблема; первая: %1</numerusform>
            <numerusform>дело НЕ цело: %n проблемы; первая: %1</numerusform>
            <numerusform>дело НЕ цело: %n проблем; первая: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Case Integrity</source>
        <translation>Целостность дела</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message>
        <source>Every audit event&apos;s hash and its link to the event before were recomputed, and every evidence file was hashed again.</source>
        <translation>Хеш каждого события аудита и его связь с предыдущим событием пересчитаны, каждый файл доказательств хеширован заново.</translation>
    </message>
    <message>
        <source>Something in the case was changed outside Provenance Desk (or damaged). The first problem is where the trail stops being trustworthy.</source>
        <translation>Что-то в деле было изменено вне Provenance Desk (или повреждено). С первой проблемы след перестаёт быть надёжным.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Какой</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>по расписанию</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>сохранена перед восстановлением</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>kept before a schema upgrade</source>
        <translation>сохранена перед обновлением схемы</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The case as it is now is kept as a copy in the backups folder first, so nothing is lost.</source>
        <translation>Выберите резервную копию для восстановления. Нынешнее состояние дела сначала сохранится копией в папке резервных копий, так что ничего не потеряется.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Создана (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup Schedule</source>
        <translation>Расписание резервного копирования</translation>
    </message>
    <message>
        <source>While the case is open, Provenance Desk backs it up to the backups folder beside the case file when the newest backup is older than this.</source>
        <translation>Пока дело открыто, Provenance Desk сохраняет его резервную копию в папку рядом с файлом дела, когда последняя копия старше этого срока.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Резервировать каждые</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Хранить последние</translation>
    </message>
    <message>
        <source>Older backups are deleted; copies kept before an upgrade or a restore never are</source>
        <translation>Более старые копии удаляются; копии, сохранённые перед обновлением или восстановлением, — никогда</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Резервировать &amp;каждые:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последние:</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n копию</numerusform>
            <numerusform>%n копии</numerusform>
            <numerusform>%n копий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Send Verdict Back</source>
        <translation>Вернуть вердикт на доработку</translation>
    </message>
    <message>
        <source>Sign Off Verdict</source>
        <translation>Утвердить вердикт</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Verdict %1, set by %2: “%3”</source>
        <translation>Вердикт «%1», вынес %2: «%3»</translation>
    </message>
    <message>
        <source>Verdict %1, set by %2</source>
        <translation>Вердикт «%1», вынес %2</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Утверждение %1: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Why the verdict needs more work (required)</source>
        <translation>Почему вердикт требует доработки (обязательно)</translation>
    </message>
    <message>
        <source>Anything the desk should know about your sign-off (optional)</source>
        <translation>Что редакции стоит знать о вашем утверждении (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Give the reason for sending the verdict back.</source>
        <translation>Укажите причину возврата вердикта.</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>The open claim&apos;s verdict is not awaiting sign-off</source>
        <translation>Вердикт открытого утверждения не ждёт утверждения</translation>
    </message>
    <message>
        <source>You set this verdict: a second reviewer must sign it off or send it back</source>
        <translation>Этот вердикт вынесли вы: его должен утвердить или вернуть второй проверяющий</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Сначала выберите утверждение</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Только чтение: это дело можно читать, но не изменять</translation>
    </message>
    <message>
        <source>Verdict of claim %1 sent back for more work</source>
        <translation>Вердикт утверждения %1 возвращён на доработку</translation>
    </message>
    <message>
        <source>Verdict of claim %1 signed off</source>
        <translation>Вердикт утверждения %1 утверждён</translation>
    </message>
    <message>
        <source>Final verdicts now wait for a second reviewer&apos;s sign-off</source>
        <translation>Окончательные вердикты теперь ждут утверждения вторым проверяющим</translation>
    </message>
    <message>
        <source>Final verdicts no longer need a second reviewer</source>
        <translation>Окончательным вердиктам больше не нужен второй проверяющий</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>Настройка не изменена: %1</translation>
    </message>
</context>
</TS>
