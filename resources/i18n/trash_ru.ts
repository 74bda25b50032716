<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CaseCommand</name>
    <message>
        <source>Restore Claim %1</source>
        <translation>Восстановить утверждение %1</translation>
    </message>
    <message>
        <source>Restore Hop %1</source>
        <translation>Восстановить звено %1</translation>
    </message>
    <message>
        <source>Restore Actor %1</source>
        <translation>Восстановить участника %1</translation>
    </message>
    <message>
        <source>Restore Source %1</source>
        <translation>Восстановить источник %1</translation>
    </message>
</context>
<context>
    <name>TrashDock</name>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Deleted (UTC)</source>
        <translation>Удалено (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>claim</source>
        <extracomment>The kinds of record the Trash holds, as the table shows them.</extracomment>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>звено</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>Claim %1 restored from the Trash</source>
        <extracomment>&quot;… restored from the Trash&quot;, by kind.</extracomment>
        <translation>Утверждение %1 восстановлено из Корзины</translation>
    </message>
    <message>
        <source>Hop %1 restored from the Trash</source>
        <translation>Звено %1 восстановлено из Корзины</translation>
    </message>
    <message>
        <source>Actor %1 restored from the Trash</source>
        <translation>Участник %1 восстановлен из Корзины</translation>
    </message>
    <message>
        <source>Source %1 restored from the Trash</source>
        <translation>Источник %1 восстановлен из Корзины</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Bring the selected record back</source>
        <translation>Вернуть выбранную запись</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Очистить Корзину…</translation>
    </message>
    <message>
        <source>Purge everything in the Trash for good</source>
        <translation>Окончательно удалить всё, что есть в Корзине</translation>
    </message>
    <message>
        <source>(claim %1)</source>
        <translation>(утверждение %1)</translation>
    </message>
    <message>
        <source>Select something in the Trash first</source>
        <translation>Сначала выберите что-нибудь в Корзине</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Не удаётся восстановить %1: %2</translation>
    </message>
    <message>
        <source>The Trash is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Очистить Корзину</translation>
    </message>
    <message numerus="yes">
        <source>Purge the %n record(s) in the Trash for good? They cannot be restored afterwards; the audit log records what was purged.</source>
        <translation>
            <numerusform>Окончательно удалить %n запись из Корзины? Восстановить её будет нельзя; журнал аудита сохранит, что было удалено.</numerusform>
            <numerusform>Окончательно удалить %n записи из Корзины? Восстановить их будет нельзя; журнал аудита сохранит, что было удалено.</numerusform>
            <numerusform>Окончательно удалить %n записей из Корзины? Восстановить их будет нельзя; журнал аудита сохранит, что было удалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash was not emptied: %1</source>
        <translation>Корзина не очищена: %1</translation>
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
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Purged %1 from the Trash</source>
        <translation>Окончательно удалено из Корзины: %1</translation>
    </message>
    <message numerus="yes">
        <source>kept %n still in use (%1)</source>
        <translation>
            <numerusform>оставлена %n запись, она ещё используется (%1)</numerusform>
            <numerusform>оставлены %n записи, они ещё используются (%1)</numerusform>
            <numerusform>оставлено %n записей, они ещё используются (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
</TS>
