<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DriftWords</name>
    <message numerus="yes">
        <source>%n number(s) differ</source>
        <translation>
            <numerusform>%n number differs</numerusform>
            <numerusform>%n numbers differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negation(s) differ</source>
        <translation>
            <numerusform>%n negation differs</numerusform>
            <numerusform>%n negations differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) differ</source>
        <translation>
            <numerusform>%n date differs</numerusform>
            <numerusform>%n dates differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) differ</source>
        <translation>
            <numerusform>%n name differs</numerusform>
            <numerusform>%n names differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) omitted</source>
        <translation>
            <numerusform>%n sentence omitted</numerusform>
            <numerusform>%n sentences omitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in doubt</source>
        <translation>
            <numerusform>%n pair in doubt</numerusform>
            <numerusform>%n pairs in doubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n sentence added</numerusform>
            <numerusform>%n sentences added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairChooser</name>
    <message numerus="yes">
        <source>%n aligned pair(s)</source>
        <translation>
            <numerusform>%n aligned pair</numerusform>
            <numerusform>%n aligned pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message numerus="yes">
        <source>%1 of its %n number(s)</source>
        <translation>
            <numerusform>%1 of its %n number</numerusform>
            <numerusform>%1 of its %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) (%1)</source>
        <translation>
            <numerusform>%n name (%1)</numerusform>
            <numerusform>%n names (%1)</numerusform>
        </translation>
    </message>
</context>
</TS>
