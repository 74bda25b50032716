<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>“%1” and its %n hop(s) go into the actor chosen below; its name and aliases become aliases there. Edit ▸ Undo takes a merge back.</source>
        <translation>
            <numerusform>“%1” and its %n hop go into the actor chosen below; its name and aliases become aliases there. Edit ▸ Undo takes a merge back.</numerusform>
            <numerusform>“%1” and its %n hops go into the actor chosen below; its name and aliases become aliases there. Edit ▸ Undo takes a merge back.</numerusform>
        </translation>
    </message>
</context>
</TS>
