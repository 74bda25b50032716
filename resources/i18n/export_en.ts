<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %n selected claim(s)</source>
        <translation>
            <numerusform>The %n selected claim</numerusform>
            <numerusform>The %n selected claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %1 of %n claim(s)</source>
        <translation>
            <numerusform>Writing the report… %1 of %n claim</numerusform>
            <numerusform>Writing the report… %1 of %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n claim(s) to %1</source>
        <translation>
            <numerusform>Wrote %n claim to %1</numerusform>
            <numerusform>Wrote %n claims to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
