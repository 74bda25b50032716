<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
    <context>
        <name>ChainDiagram</name>
        <message>
            <source>%1 (%2, %3, direction doubtful)</source>
            <translation>%1 (%2, %3, yönü şüpheli)</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>No hops yet</source>
            <translation>Henüz halka yok</translation>
        </message>
        <message>
            <source>Chain: %1</source>
            <translation>Zincir: %1</translation>
        </message>
        <message>
            <source>Route %1: %2.</source>
            <translation>Yol %1: %2.</translation>
        </message>
        <message>
            <source>Chain diagram</source>
            <translation>Zincir şeması</translation>
        </message>
        <message>
            <source>The chain, origin on the right; arrows are coloured by the hop's status</source>
            <translation>Aktarım zinciri, başlangıç sağda; oklar halkanın durumuna göre renklenir</translation>
        </message>
        <message>
            <source>The chain, origin on the left; arrows are coloured by the hop's status</source>
            <translation>Aktarım zinciri, başlangıç solda; oklar halkanın durumuna göre renklenir</translation>
        </message>
        <message>
            <source>No claim selected</source>
            <translation>Seçili iddia yok</translation>
        </message>
        <message>
            <source>No hops yet: add the origin with Claim ▸ Add Hop (Ctrl+H)</source>
            <translation>Henüz halka yok: başlangıcı İddia ▸ Halka Ekle (Ctrl+H) ile ekleyin</translation>
        </message>
        <message>
            <source>Select a claim to see its chain</source>
            <translation>Zincirini görmek için bir iddia seçin</translation>
        </message>
        <message>
            <source>no source</source>
            <translation>kaynak yok</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>tarih yok</translation>
        </message>
        <message>
            <source>dashed: direction doubtful</source>
            <translation>kesikli: yönü şüpheli</translation>
        </message>
    </context>
    <context>
        <name>ClaimDetailPane</name>
        <message>
            <source>Claim wording</source>
            <translation>İddianın ifadesi</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Hüküm</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiketler</translation>
        </message>
        <message>
            <source>Claim number and last change</source>
            <translation>İddia numarası ve son değişiklik</translation>
        </message>
        <message>
            <source>Hops of the chain, origin first</source>
            <translation>Zincirin halkaları, başlangıç önce</translation>
        </message>
        <message>
            <source>Quote of the selected hop</source>
            <extracomment>The quote takes the width the other columns leave (the least needed give way).</extracomment>
            <translation>Seçili halkanın alıntısı</translation>
        </message>
        <message>
            <source>Select a hop to read its quote</source>
            <translation>Alıntısını okumak için bir halka seçin</translation>
        </message>
        <message>
            <source>Review history</source>
            <translation>İnceleme geçmişi</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Ne zaman (UTC)</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>İnceleyen</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Ne</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Önce → sonra</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Neden</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notlar</translation>
        </message>
        <message>
            <source>No notes. Edit the claim (F2) to add some.</source>
            <translation>Not yok. Eklemek için iddiayı düzenleyin (F2).</translation>
        </message>
        <message>
            <source>&amp;Hops</source>
            <translation>&amp;Halkalar</translation>
        </message>
        <message>
            <source>Review &amp;history</source>
            <translation>İnceleme &amp;geçmişi</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otlar</translation>
        </message>
        <message>
            <source>No claim selected</source>
            <translation>Seçili iddia yok</translation>
        </message>
        <message>
            <source>Claim %1, version %2</source>
            <translation>İddia %1, sürüm %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Etiketler: %1</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>Etiket yok</translation>
        </message>
        <message numerus="yes">
            <source>%n hop(s)</source>
            <translation>
                <numerusform>%n halka</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n route(s)</source>
            <translation>
                <numerusform>%n yolda</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>changed %1 by %2</source>
            <translation>%1 tarihinde %2 değiştirdi</translation>
        </message>
        <message>
            <source>Claim %1 · %2 · %3</source>
            <translation>İddia %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Onay</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Onaylandı</translation>
        </message>
        <message>
            <source>Sent back: %1 → %2</source>
            <translation>Geri gönderildi: %1 → %2</translation>
        </message>
        <message>
            <source>Hop</source>
            <translation>Halka</translation>
        </message>
        <message>
            <source>Hop: %1</source>
            <translation>Halka: %1</translation>
        </message>
        <message>
            <source>Hop %1 (removed)</source>
            <translation>Halka %1 (kaldırıldı)</translation>
        </message>
        <message>
            <source>(no quote recorded for this hop)</source>
            <translation>(bu halka için alıntı kaydedilmedi)</translation>
        </message>
        <message>
            <source>%1. %2 %3 in %4</source>
            <translation>%1. %2 — %3, %4 içinde</translation>
        </message>
        <message>
            <source>%1. %2 %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Not: %1</translation>
        </message>
        <message>
            <source>Awaiting sign-off (set by %1)</source>
            <translation>Onay bekliyor (veren: %1)</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>Onay bekliyor</translation>
        </message>
        <message>
            <source>Signed off by %1 on %2</source>
            <translation>%1 tarafından %2 tarihinde onaylandı</translation>
        </message>
        <message>
            <source>Signed off by %1</source>
            <translation>%1 tarafından onaylandı</translation>
        </message>
        <message>
            <source>Sent back by %1 on %2</source>
            <translation>%1 tarafından %2 tarihinde geri gönderildi</translation>
        </message>
        <message>
            <source>Sent back by %1</source>
            <translation>%1 tarafından geri gönderildi</translation>
        </message>
    </context>
    <context>
        <name>HopTableModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Aktör</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>İlişki</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kaynak</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Alıntı</translation>
        </message>
        <message>
            <source>The direction of this link, as the source reports it, is doubtful</source>
            <translation>Bu bağlantının kaynağın aktardığı yönü şüpheli</translation>
        </message>
        <message>
            <source>No source</source>
            <translation>Kaynak yok</translation>
        </message>
        <message>
            <source>%1 (direction doubtful)</source>
            <translation>%1 (yönü şüpheli)</translation>
        </message>
        <message>
            <source>quote %1 in a new version of the source</source>
            <translation>alıntı kaynağın yeni sürümünde %1</translation>
        </message>
        <message>
            <source>quote not located</source>
            <translation>alıntı bulunamadı</translation>
        </message>
        <message>
            <source>Quoted words in %1</source>
            <translation>Alıntılanan sözcükler: %1</translation>
        </message>
        <message>
            <source>Quote not located in the source's text: check its words or select it in the source</source>
            <translation>Alıntı kaynağın metninde bulunamadı: sözcüklerini kontrol edin ya da kaynakta seçin</translation>
        </message>
        <message>
            <source>Pages %1</source>
            <translation>Sayfa %1</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Sayfa %1</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Şimdi: %1</translation>
        </message>
        <message>
            <source>Claim ▸ Accept New Anchor takes it; Claim ▸ Keep Old Version keeps it</source>
            <translation>İddia ▸ Yeni Çapayı Kabul Et onu alır; İddia ▸ Eski Sürümü Koru eskisini tutar</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>birebir</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>değişti</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>kayboldu</translation>
        </message>
        <message>
            <source>located</source>
            <translation>bulundu</translation>
        </message>
        <message>
            <source>not located</source>
            <translation>bulunamadı</translation>
        </message>
        <message>
            <source>Checked against version %1 (kept)</source>
            <translation>%1. sürümle karşılaştırıldı (korundu)</translation>
        </message>
        <message>
            <source>Quote %1 in the source's current version</source>
            <translation>Alıntı kaynağın güncel sürümünde %1</translation>
        </message>
    </context>
    <context>
        <name>MeaningWords</name>
        <message>
            <source>negation</source>
            <translation>olumsuzluk</translation>
        </message>
        <message>
            <source>near-negation</source>
            <translation>yarı olumsuzluk</translation>
        </message>
        <message>
            <source>number</source>
            <translation>sayı</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>sayı sınırı</translation>
        </message>
        <message>
            <source>date</source>
            <translation>tarih</translation>
        </message>
        <message>
            <source>name</source>
            <translation>ad</translation>
        </message>
        <message>
            <source>modality</source>
            <translation>kiplik</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>word</source>
            <translation>sözcük</translation>
        </message>
        <message>
            <source>probably the same claim</source>
            <translation>muhtemelen aynı iddia</translation>
        </message>
        <message>
            <source>close wording, different facts</source>
            <translation>yakın ifade, farklı olgular</translation>
        </message>
        <message>
            <source>close wording</source>
            <translation>yakın ifade</translation>
        </message>
        <message>
            <source>negated: “%1”</source>
            <translation>olumsuzlanmış: “%1”</translation>
        </message>
        <message>
            <source>roles swapped: %1 → %2</source>
            <translation>roller yer değiştirmiş: %1 → %2</translation>
        </message>
        <message>
            <source>%1 differs: %2 → %3</source>
            <translation>%1 farklı: %2 → %3</translation>
        </message>
        <message>
            <source>%1 added: %2</source>
            <translation>%1 eklenmiş: %2</translation>
        </message>
        <message>
            <source>%1 dropped: %2</source>
            <translation>%1 çıkarılmış: %2</translation>
        </message>
        <message>
            <source>negation only in the original: “%1”</source>
            <translation>olumsuzluk yalnızca özgünde: “%1”</translation>
        </message>
        <message>
            <source>negation only in the translation: “%1”</source>
            <translation>olumsuzluk yalnızca çeviride: “%1”</translation>
        </message>
        <message>
            <source>no shared words or anchors: possibly an omission and an addition</source>
            <translation>ortak sözcük ya da dayanak yok: bir çıkarma ve bir ekleme olabilir</translation>
        </message>
        <message>
            <source>sentence omitted in the translation</source>
            <translation>çeviride atlanan cümle</translation>
        </message>
        <message>
            <source>sentence added by the translator</source>
            <translation>çevirmenin eklediği cümle</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>tense</source>
            <translation>zaman</translation>
        </message>
    </context>
    <context>
        <name>MergeQuestion</name>
        <message>
            <source>Merge claim %1 into claim %2? Its routes, reviews, tags and notes join claim %2, and claim %1 goes to the Trash. Edit ▸ Undo takes it back.</source>
            <translation>İddia %1, iddia %2 ile birleştirilsin mi? Yolları, incelemeleri, etiketleri ve notları iddia %2'ye katılır; iddia %1 Çöp Kutusuna gider. Düzen ▸ Geri Al bunu geri alır.</translation>
        </message>
        <message>
            <source>Merge Claims</source>
            <translation>İddiaları Birleştir</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Birleştir</translation>
        </message>
        <message>
            <source>&lt;b&gt;Close wording, different facts:&lt;/b&gt; claims %1 and %2 differ in what they say:</source>
            <translation>&lt;b&gt;Yakın ifade, farklı olgular:&lt;/b&gt; %1 ve %2 numaralı iddialar söyledikleri şeyde ayrılıyor:</translation>
        </message>
        <message>
            <source>The case's audit trail records that you merged them despite these differences.</source>
            <translation>Dosyanın denetim kaydı, bu farklara rağmen onları birleştirdiğinizi kaydeder.</translation>
        </message>
        <message>
            <source>&amp;Merge Anyway</source>
            <translation>Yine de &amp;Birleştir</translation>
        </message>
        <message>
            <source>I checked: these are one claim despite the differences</source>
            <translation>Kontrol ettim: farklara rağmen bunlar tek bir iddia</translation>
        </message>
    </context>
    <context>
        <name>SimilarClaimsView</name>
        <message>
            <source>Differs</source>
            <translation>Farklı olan</translation>
        </message>
        <message>
            <source>This claim</source>
            <translation>Bu iddia</translation>
        </message>
        <message>
            <source>Claim #%1</source>
            <translation>İddia #%1</translation>
        </message>
        <message>
            <source>Similar claims</source>
            <translation>Benzer iddialar</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Benzerlik</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Hüküm</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>İddia</translation>
        </message>
        <message>
            <source>Differing words</source>
            <translation>Farklı sözcükler</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Aç</translation>
        </message>
        <message>
            <source>&amp;Merge into This Claim…</source>
            <translation>Bu İddiayla &amp;Birleştir…</translation>
        </message>
        <message>
            <source>Its routes, reviews, tags and notes join this claim; it goes to the Trash (undoable)</source>
            <translation>Yolları, incelemeleri, etiketleri ve notları bu iddiaya katılır; kendisi Çöp Kutusuna gider (geri alınabilir)</translation>
        </message>
        <message>
            <source>Looking for similar claims…</source>
            <translation>Benzer iddialar aranıyor…</translation>
        </message>
        <message>
            <source>Cannot look for similar claims: %1</source>
            <translation>Benzer iddialar aranamıyor: %1</translation>
        </message>
        <message>
            <source>No claim in the case is worded like this one.</source>
            <translation>Dosyada bu şekilde ifade edilmiş başka iddia yok.</translation>
        </message>
        <message numerus="yes">
            <source>%n similar claim(s)</source>
            <translation>
                <numerusform>%n benzer iddia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n probably the same claim</source>
            <translation>
                <numerusform>%n tanesi muhtemelen aynı iddia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with close wording but different facts</source>
            <translation>
                <numerusform>%n tanesi yakın ifadeli ama farklı olgulu</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%%1</translation>
        </message>
        <message>
            <source>probably the same</source>
            <translation>muhtemelen aynı</translation>
        </message>
        <message>
            <source>This claim (#%1):</source>
            <translation>Bu iddia (#%1):</translation>
        </message>
        <message>
            <source>Claim #%1:</source>
            <translation>İddia #%1:</translation>
        </message>
        <message>
            <source>Marked: the words that differ; bold and underlined: the facts that differ.</source>
            <translation>İşaretli: farklı sözcükler; kalın ve altı çizili: farklı olgular.</translation>
        </message>
        <message>
            <source>Marked: the words that differ.</source>
            <translation>İşaretli: farklı sözcükler.</translation>
        </message>
    </context>
</TS>
