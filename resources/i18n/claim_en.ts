<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ClaimDetailPane</name>
        <message numerus="yes">
            <source>%n hop(s)</source>
            <translation>
                <numerusform>%n hop</numerusform>
                <numerusform>%n hops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n route(s)</source>
            <translation>
                <numerusform>in %n route</numerusform>
                <numerusform>in %n routes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SimilarClaimsView</name>
        <message numerus="yes">
            <source>%n similar claim(s)</source>
            <translation>
                <numerusform>%n similar claim</numerusform>
                <numerusform>%n similar claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n probably the same claim</source>
            <translation>
                <numerusform>%n probably the same claim</numerusform>
                <numerusform>%n probably the same claim</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with close wording but different facts</source>
            <translation>
                <numerusform>%n with close wording but different facts</numerusform>
                <numerusform>%n with close wording but different facts</numerusform>
            </translation>
        </message>
    </context>
</TS>
