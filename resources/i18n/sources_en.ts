<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppearanceSupport</name>
    <message numerus="yes">
        <source>Added %n appearance(s) to claim %1</source>
        <translation>
            <numerusform>Added %n appearance to claim %1</numerusform>
            <numerusform>Added %n appearances to claim %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsQuestion</name>
    <message numerus="yes">
        <source>The e-mail %1 has %n attachment(s): %2.

Import them as sources of their own, linked to the e-mail?</source>
        <translation>
            <numerusform>The e-mail %1 has %n attachment: %2.

Import it as a source of its own, linked to the e-mail?</numerusform>
            <numerusform>The e-mail %1 has %n attachments: %2.

Import them as sources of their own, linked to the e-mail?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderImporter</name>
    <message numerus="yes">
        <source>%1 of %n file(s) — %2</source>
        <translation>
            <numerusform>%1 of %n file — %2</numerusform>
            <numerusform>%1 of %n files — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message numerus="yes">
        <source>%1 holds %n captured page(s). Choose the page(s) to import, each a source of its own (the evidence kept is the whole archive):</source>
        <translation>
            <numerusform>%1 holds %n captured page. Choose the page(s) to import, each a source of its own (the evidence kept is the whole archive):</numerusform>
            <numerusform>%1 holds %n captured pages. Choose the page(s) to import, each a source of its own (the evidence kept is the whole archive):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceFacts</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceImporter</name>
    <message numerus="yes">
        <source>Reading page %1 of %n…</source>
        <translation>
            <numerusform>Reading page %1 of %n…</numerusform>
            <numerusform>Reading page %1 of %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message numerus="yes">
        <source>Page %1: %n word(s) recognised; %2 with low confidence (outlined in red). A quote is lit in yellow.</source>
        <translation>
            <numerusform>Page %1: %n word recognised; %2 with low confidence (outlined in red). A quote is lit in yellow.</numerusform>
            <numerusform>Page %1: %n words recognised; %2 with low confidence (outlined in red). A quote is lit in yellow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n proposed claim(s)</source>
        <translation>
            <numerusform>%n proposed claim</numerusform>
            <numerusform>%n proposed claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribution(s)</source>
        <translation>
            <numerusform>%n attribution</numerusform>
            <numerusform>%n attributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereElseDialog</name>
    <message numerus="yes">
        <source>%n source(s) carry it, by publication date; the earliest is the candidate first appearance.</source>
        <translation>
            <numerusform>%n source carries it, by publication date; the earliest is the candidate first appearance.</numerusform>
            <numerusform>%n sources carry it, by publication date; the earliest is the candidate first appearance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in other languages may carry it (listed last): check the translation.</source>
        <translation>
            <numerusform>%n passage in other languages may carry it (listed last): check the translation.</numerusform>
            <numerusform>%n passages in other languages may carry it (listed last): check the translation.</numerusform>
        </translation>
    </message>
</context>
</TS>
