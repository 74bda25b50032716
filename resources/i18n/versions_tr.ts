<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AnswerChangedQuote</name>
    <message>
        <source>Accept New Anchor</source>
        <translation>Yeni Konumu Kabul Et</translation>
    </message>
    <message>
        <source>Keep Old Version</source>
        <translation>Eski Sürümü Koru</translation>
    </message>
    <message>
        <source>Select a hop of the open claim first</source>
        <translation>Önce açık iddianın bir halkasını seçin</translation>
    </message>
    <message>
        <source>The selected hop&apos;s quote is neither changed nor lost in a new version</source>
        <translation>Seçili halkanın alıntısı yeni bir sürümde ne değişti ne de kayboldu</translation>
    </message>
    <message>
        <source>Only a changed quote has a new anchor; a lost one can keep its old version</source>
        <translation>Yalnızca değişmiş bir alıntının yeni konumu vardır; kaybolan bir alıntı eski sürümünde kalabilir</translation>
    </message>
</context>
<context>
    <name>NewSourceVersion</name>
    <message>
        <source>Read Source %1 Again</source>
        <translation>%1 Numaralı Kaynağı Yeniden Oku</translation>
    </message>
    <message>
        <source>Import New Version of Source %1</source>
        <translation>%1 Numaralı Kaynağın Yeni Sürümünü İçe Aktar</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Versions of the source</source>
        <translation>Kaynağın sürümleri</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>Yeni &amp;Sürüm…</translation>
    </message>
    <message>
        <source>Import a changed file of this source as its new version; its quotes are re-anchored (exact, changed or lost)</source>
        <translation>Bu kaynağın değişmiş bir dosyasını yeni sürümü olarak içe aktar; alıntılarının konumu yeniden bulunur (birebir, değişmiş ya da kayıp)</translation>
    </message>
    <message>
        <source>Read in Another &amp;Encoding…</source>
        <translation>Başka Bir &amp;Kodlamayla Oku…</translation>
    </message>
    <message>
        <source>Read this text file again in another encoding (the first reading stays)</source>
        <translation>Bu metin dosyasını başka bir kodlamayla yeniden oku (ilk okuma kalır)</translation>
    </message>
    <message>
        <source>Show a source in the viewer first (View ▸ Source)</source>
        <translation>Önce görüntüleyicide bir kaynak gösterin (Görünüm ▸ Kaynak)</translation>
    </message>
    <message>
        <source>Import New Version of Source %1</source>
        <translation>%1 Numaralı Kaynağın Yeni Sürümünü İçe Aktar</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>Read Source %1 in Another Encoding</source>
        <translation>%1 Numaralı Kaynağı Başka Bir Kodlamayla Oku</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Yeni sürüm</translation>
    </message>
    <message>
        <source>Another document?</source>
        <translation>Başka bir belge mi?</translation>
    </message>
    <message>
        <source>The new version of source %1 loses most of its quotes (%2). Is it another document? Make it the current version anyway? (The quotes keep their anchors in the version they were checked against.)</source>
        <translation>%1 numaralı kaynağın yeni sürümü alıntılarının çoğunu kaybediyor (%2). Başka bir belge mi? Yine de güncel sürüm yapılsın mı? (Alıntılar, karşılaştırıldıkları sürümdeki konumlarını korur.)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>No new version: %1</source>
        <translation>Yeni sürüm yok: %1</translation>
    </message>
</context>
<context>
    <name>VersionReport</name>
    <message>
        <source>exact</source>
        <translation>birebir</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değişmiş</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>kayıp</translation>
    </message>
    <message>
        <source>located</source>
        <translation>konumu bulunan</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>konumu bulunamayan</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) changed</source>
        <extracomment>A quote to review after a new version: (without a note, with one).</extracomment>
        <translation>Halka %1 (iddia %2): alıntı değişmiş</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) changed: %3</source>
        <translation>Halka %1 (iddia %2): alıntı değişmiş: %3</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) lost</source>
        <translation>Halka %1 (iddia %2): alıntı kayıp</translation>
    </message>
    <message>
        <source>Hop %1 (claim %2) lost: %3</source>
        <translation>Halka %1 (iddia %2): alıntı kayıp: %3</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>yeni dosya</translation>
    </message>
    <message>
        <source>read again</source>
        <translation>yeniden okundu</translation>
    </message>
    <message>
        <source>recognised again</source>
        <translation>metni yeniden tanındı</translation>
    </message>
    <message>
        <source>from annotations</source>
        <translation>açıklamalardan</translation>
    </message>
    <message>
        <source>no quotes cite it</source>
        <translation>hiçbir alıntı ona dayanmıyor</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n alıntı</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1, %2 olarak</translation>
    </message>
    <message>
        <source>version %1 (current)</source>
        <translation>sürüm %1 (güncel)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>sürüm %1</translation>
    </message>
    <message>
        <source>same text as version %1</source>
        <translation>sürüm %1 ile aynı metin</translation>
    </message>
    <message>
        <source>Source %1 is now at version %2 (the same text as version %3): %4.</source>
        <translation>%1 numaralı kaynak artık sürüm %2&apos;de (sürüm %3 ile aynı metin): %4.</translation>
    </message>
    <message>
        <source>Source %1 is now at version %2: %4.</source>
        <translation>%1 numaralı kaynak artık sürüm %2&apos;de: %4.</translation>
    </message>
    <message>
        <source>Select such a hop and choose Claim ▸ Accept New Anchor or Keep Old Version.</source>
        <translation>Böyle bir halkayı seçip İddia ▸ Yeni Konumu Kabul Et ya da Eski Sürümü Koru&apos;yu seçin.</translation>
    </message>
</context>
</TS>
