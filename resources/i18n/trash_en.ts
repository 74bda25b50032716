<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TrashDock</name>
    <message numerus="yes">
        <source>Purge the %n record(s) in the Trash for good? They cannot be restored afterwards; the audit log records what was purged.</source>
        <translation>
            <numerusform>Purge the %n record in the Trash for good? It cannot be restored afterwards; the audit log records what was purged.</numerusform>
            <numerusform>Purge the %n records in the Trash for good? They cannot be restored afterwards; the audit log records what was purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n hop</numerusform>
            <numerusform>%n hops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %n still in use (%1)</source>
        <translation>
            <numerusform>kept %n still in use (%1)</numerusform>
            <numerusform>kept %n still in use (%1)</numerusform>
        </translation>
    </message>
</context>
</TS>
