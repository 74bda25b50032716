<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>CaseCommand</name>
    <message>
        <source>Restore Claim %1</source>
        <translation>İddiayı Geri Yükle: %1</translation>
    </message>
    <message>
        <source>Restore Hop %1</source>
        <translation>Halkayı Geri Yükle: %1</translation>
    </message>
    <message>
        <source>Restore Actor %1</source>
        <translation>Aktörü Geri Yükle: %1</translation>
    </message>
    <message>
        <source>Restore Source %1</source>
        <translation>Kaynağı Geri Yükle: %1</translation>
    </message>
</context>
<context>
    <name>TrashDock</name>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Deleted (UTC)</source>
        <translation>Silinme (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Silen</translation>
    </message>
    <message>
        <source>claim</source>
        <extracomment>The kinds of record the Trash holds, as the table shows them.</extracomment>
        <translation>iddia</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>halka</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>Claim %1 restored from the Trash</source>
        <extracomment>&quot;… restored from the Trash&quot;, by kind.</extracomment>
        <translation>İddia %1 Çöp Kutusundan geri yüklendi</translation>
    </message>
    <message>
        <source>Hop %1 restored from the Trash</source>
        <translation>Halka %1 Çöp Kutusundan geri yüklendi</translation>
    </message>
    <message>
        <source>Actor %1 restored from the Trash</source>
        <translation>Aktör %1 Çöp Kutusundan geri yüklendi</translation>
    </message>
    <message>
        <source>Source %1 restored from the Trash</source>
        <translation>Kaynak %1 Çöp Kutusundan geri yüklendi</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Çöp Kutusu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Geri Yükle</translation>
    </message>
    <message>
        <source>Bring the selected record back</source>
        <translation>Seçili kaydı geri getir</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Çöp Kutusunu &amp;Boşalt…</translation>
    </message>
    <message>
        <source>Purge everything in the Trash for good</source>
        <translation>Çöp Kutusundaki her şeyi kalıcı olarak sil</translation>
    </message>
    <message>
        <source>(claim %1)</source>
        <translation>(iddia %1)</translation>
    </message>
    <message>
        <source>Select something in the Trash first</source>
        <translation>Önce Çöp Kutusunda bir şey seçin</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>%1 geri yüklenemiyor: %2</translation>
    </message>
    <message>
        <source>The Trash is empty</source>
        <translation>Çöp Kutusu boş</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Çöp Kutusunu Boşalt</translation>
    </message>
    <message numerus="yes">
        <source>Purge the %n record(s) in the Trash for good? They cannot be restored afterwards; the audit log records what was purged.</source>
        <translation>
            <numerusform>Çöp Kutusundaki %n kayıt kalıcı olarak silinsin mi? Sonra geri yüklenemez; denetim kaydı neyin silindiğini tutar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash was not emptied: %1</source>
        <translation>Çöp Kutusu boşaltılmadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n iddia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n halka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n aktör</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n kaynak</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <source>Purged %1 from the Trash</source>
        <translation>Çöp Kutusundan kalıcı olarak silindi: %1</translation>
    </message>
    <message numerus="yes">
        <source>kept %n still in use (%1)</source>
        <translation>
            <numerusform>hâlâ kullanımda olan %n kayıt tutuldu (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
</TS>
