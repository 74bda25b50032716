<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>UserGuide</name>
        <message>
            <source>User guide</source>
            <translation>دليل المستخدم</translation>
        </message>
    </context>
</TS>
