<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ActorDialog</name>
    <message>
        <source>Actor: %1</source>
        <translation>Aktör: %1</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Aktörün adı</translation>
    </message>
    <message>
        <source>Actor kind</source>
        <translation>Aktörün türü</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Takma adlar</translation>
    </message>
    <message>
        <source>Other names, separated by semicolons</source>
        <translation>Öteki adlar, noktalı virgülle ayrılmış</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Takma adlar:</translation>
    </message>
</context>
<context>
    <name>ActorsDock</name>
    <message>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>Rename the actor, change its kind or aliases</source>
        <translation>Aktörün adını, türünü ya da takma adlarını değiştir</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Birleştir…</translation>
    </message>
    <message>
        <source>Fold a duplicate into another actor</source>
        <translation>Bir kopyayı başka bir aktöre kat</translation>
    </message>
    <message>
        <source>Likely &amp;Duplicates…</source>
        <translation>&amp;Kopyalar…</translation>
    </message>
    <message>
        <source>Actors whose names meet in another script or form (Лавров, Sergey Lavrov)</source>
        <translation>Adları başka bir yazı ya da biçimde buluşan aktörler (Лавров, Sergey Lavrov)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Çöp Kutusuna &amp;Taşı</translation>
    </message>
    <message>
        <source>Delete the actor (View ▸ Trash brings it back)</source>
        <translation>Aktörü sil (Görünüm ▸ Çöp Kutusu geri getirir)</translation>
    </message>
    <message>
        <source>Actor %1 saved</source>
        <translation>Aktör %1 kaydedildi</translation>
    </message>
    <message>
        <source>There is no other actor to merge into</source>
        <translation>Birleştirilecek başka aktör yok</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1, %2 ile birleştirildi</translation>
    </message>
    <message>
        <source>Choose the pair to merge</source>
        <translation>Birleştirilecek çifti seçin</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicate actors</source>
        <translation>Olası kopya aktörler</translation>
    </message>
    <message>
        <source>These actors&apos; names meet in another script or form. A shared name is evidence, not proof (namesakes share keys too): merge only the pairs that are one actor. Merge folds the second into the first; Edit ▸ Undo takes a merge back.</source>
        <translation>Bu aktörlerin adları başka bir yazı ya da biçimde buluşuyor. Ortak ad kanıttır, ispat değildir (adaşlar da aynı anahtarı paylaşır): yalnızca tek bir aktör olan çiftleri birleştirin. Birleştir ikinciyi birinciye katar; Düzen ▸ Geri Al birleştirmeyi geri alır.</translation>
    </message>
    <message>
        <source>No two actors&apos; names meet across scripts and forms.</source>
        <translation>Hiçbir iki aktörün adı yazılar ve biçimler arasında buluşmuyor.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Olası kopyalar</translation>
    </message>
    <message>
        <source>same name key</source>
        <translation>aynı ad anahtarı</translation>
    </message>
    <message>
        <source>part of the name meets</source>
        <translation>adın bir kısmı eşleşiyor</translation>
    </message>
    <message>
        <source>Merge %1 (actor %2) into %3 (actor %4) — %5: %6, %7% alike</source>
        <translation>%1 (aktör %2) → %3 (aktör %4) birleştir — %5: %6, %%7 benzer</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>Choose the pair to merge</source>
        <translation>Birleştirilecek çifti seçin</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Birleştir: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %n hop(s) go into the actor chosen below; its name and aliases become aliases there. Edit ▸ Undo takes a merge back.</source>
        <translation>
            <numerusform>“%1” ve %n halkası aşağıda seçilen aktöre geçer; adı ve takma adları orada takma ad olur. Düzen ▸ Geri Al birleştirmeyi geri alır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Birleştirilecek aktör</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>&amp;Birleştirilecek aktör:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
</context>
<context>
    <name>RecordDock</name>
    <message>
        <source>Select a row first</source>
        <translation>Önce bir satır seçin</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Salt okunur: bu dosyayı okuyabilir ama değiştiremezsiniz</translation>
    </message>
    <message>
        <source>Actor %1 moved to the Trash</source>
        <translation>Aktör %1 Çöp Kutusuna taşındı</translation>
    </message>
    <message>
        <source>Source %1 moved to the Trash</source>
        <translation>Kaynak %1 Çöp Kutusuna taşındı</translation>
    </message>
    <message>
        <source>Cannot delete actor %1: %2</source>
        <translation>Aktör %1 silinemiyor: %2</translation>
    </message>
    <message>
        <source>Cannot delete source %1: %2</source>
        <translation>Kaynak %1 silinemiyor: %2</translation>
    </message>
    <message>
        <source>%1. The list now shows the newer version; your entries are still here.</source>
        <translation>%1. Liste artık daha yeni sürümü gösteriyor; girdikleriniz hâlâ burada.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Takma adlar</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Halkalar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Yayın organı</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Yayın tarihi</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Kanıt dosyası</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>text only</source>
        <translation>yalnızca metin</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Yayın organı</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>Metnin yönü</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Soldan sağa</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Sağdan sola</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Yayın tarihi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Kaynağın türü</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Yayın organı:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Yön:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Yayın tarihi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>Correct the source&apos;s title, outlet, date, language…</source>
        <translation>Kaynağın başlığını, yayın organını, tarihini, dilini düzelt…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Çöp Kutusuna &amp;Taşı</translation>
    </message>
    <message>
        <source>Delete the source (View ▸ Trash brings it back)</source>
        <translation>Kaynağı sil (Görünüm ▸ Çöp Kutusu geri getirir)</translation>
    </message>
    <message>
        <source>Source saved</source>
        <translation>Kaynak kaydedildi</translation>
    </message>
</context>
</TS>
