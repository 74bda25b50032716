<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Хранить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Порт сервера</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Пользователь базы данных</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Режим TLS</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Запомнить пароль</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>%1: the password will be asked each time</source>
        <translation>%1: пароль будет запрашиваться каждый раз</translation>
    </message>
    <message>
        <source>Give the server&apos;s host, the database and your database user.</source>
        <translation>Укажите адрес сервера, базу данных и своего пользователя базы данных.</translation>
    </message>
</context>
<context>
    <name>LiveChanges</name>
    <message>
        <source>the connection to the team server was lost (%1)</source>
        <translation>соединение с командным сервером потеряно (%1)</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Connection to the team server lost — reconnecting…</source>
        <translation>Соединение с командным сервером потеряно — переподключение…</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Только чтение: это дело можно читать, но не изменять</translation>
    </message>
    <message>
        <source>No password is kept for this server: give it to connect.</source>
        <translation>Для этого сервера пароль не сохранён: введите его для подключения.</translation>
    </message>
    <message>
        <source>Could not ask whether you may change the case: %1</source>
        <translation>Не удалось узнать, можно ли вам изменять дело: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>Connected to the team server again; the case was read again</source>
        <translation>Соединение с командным сервером восстановлено; дело прочитано заново</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Connected, but the password was not kept: %1</source>
        <translation>Подключено, но пароль не сохранён: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Сначала откройте дело</translation>
    </message>
    <message>
        <source>Copying the case to %1…</source>
        <translation>Копирование дела в %1…</translation>
    </message>
    <message>
        <source>The case was not copied to %1: %2</source>
        <translation>Дело не скопировано в %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
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
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n проверка</numerusform>
            <numerusform>%n проверки</numerusform>
            <numerusform>%n проверок</numerusform>
        </translation>
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
    <message>
        <source>The case was copied to %1 and checked there.</source>
        <translation>Дело скопировано в %1 и проверено там.</translation>
    </message>
    <message>
        <source>Copied: %2.</source>
        <translation>Скопировано: %2.</translation>
    </message>
    <message>
        <source>Verified: the number of rows of every table, the SHA-256 of every evidence file, and the audit log&apos;s hash chain (newest event %3…).</source>
        <translation>Проверено: число строк каждой таблицы, SHA-256 каждого файла-доказательства и цепочка хешей журнала аудита (последнее событие %3…).</translation>
    </message>
    <message>
        <source>Case copied</source>
        <translation>Дело скопировано</translation>
    </message>
</context>
<context>
    <name>TeamCopy</name>
    <message>
        <source>Copy Case to Team Server</source>
        <translation>Копировать дело на командный сервер</translation>
    </message>
    <message>
        <source>Copy case to file</source>
        <translation>Копировать дело в файл</translation>
    </message>
    <message>
        <source>Cases (*.provdesk)</source>
        <translation>Дела (*.provdesk)</translation>
    </message>
</context>
</TS>
