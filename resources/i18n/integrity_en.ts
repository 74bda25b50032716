<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IntegrityActions</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n backup(s) kept</source>
        <translation>
            <numerusform>the newest %n backup is kept</numerusform>
            <numerusform>the newest %n backups are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n audit event</numerusform>
            <numerusform>%n audit events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case NOT intact: %n problem(s); first: %1</source>
        <translation>
            <numerusform>case NOT intact: %n problem; first: %1</numerusform>
            <numerusform>case NOT intact: %n problems; first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
</context>
</TS>
