<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClaimListControl</name>
    <message numerus="yes">
        <source>%1 of %n claim(s) selected</source>
        <translation>
            <numerusform>%1 of %n claim selected</numerusform>
            <numerusform>%1 of %n claims selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>%n claim found</numerusform>
            <numerusform>%n claims found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match(es) the filter</source>
        <translation>
            <numerusform>%n claim matches the filter</numerusform>
            <numerusform>%n claims match the filter</numerusform>
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
        <source>%n claim(s) match(es) “%1”</source>
        <translation>
            <numerusform>%n claim matches “%1”</numerusform>
            <numerusform>%n claims match “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message numerus="yes">
        <source>%n quote(s) changed or lost in a new version of the source: review the hops</source>
        <translation>
            <numerusform>%n quote changed or lost in a new version of the source: review the hops</numerusform>
            <numerusform>%n quotes changed or lost in a new version of the source: review the hops</numerusform>
        </translation>
    </message>
</context>
</TS>
