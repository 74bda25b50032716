<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AddHopFromOriginal</name>
    <message>
        <source>Add Hop from the Original</source>
        <translation>Özgünden Halka Ekle</translation>
    </message>
</context>
<context>
    <name>AlignedReading</name>
    <message>
        <source>— omitted in the translation —</source>
        <translation>— çeviride atlanmış —</translation>
    </message>
    <message>
        <source>— added by the translator —</source>
        <translation>— çevirmenin eklediği —</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>the reviewer moved the splitter: the halves are left as they are for the next pair beads written so far, and levelled so far (a long pair is done a slice at a time)</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Original — %1</source>
        <translation>Özgün — %1</translation>
    </message>
    <message>
        <source>Translation — %1</source>
        <translation>Çeviri — %1</translation>
    </message>
</context>
<context>
    <name>AlignedSelection</name>
    <message>
        <source>number</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>number, differs</source>
        <translation>sayı, farklı</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>lexicon</source>
        <translation>sözlük</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>olumsuzluk</translation>
    </message>
    <message>
        <source>No number, name or lexicon word of the selection is matched on the other side: the whole aligned sentence is highlighted.</source>
        <translation>Seçimdeki hiçbir sayı, ad ya da sözlük sözcüğü öbür tarafta eşleşmiyor: hizalanan cümlenin tamamı vurgulandı.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Matched word for word: %1. Other words have no evidence of their own: the rest of the aligned sentence is shaded.</source>
        <translation>Sözcük sözcük eşleşenler: %1. Öteki sözcüklerin kendi kanıtı yok: hizalanan cümlenin geri kalanı gölgelendi.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DismissProposal</name>
    <message>
        <source>Dismiss Proposed Link</source>
        <translation>Önerilen Bağlantıyı Reddet</translation>
    </message>
</context>
<context>
    <name>DriftWords</name>
    <message numerus="yes">
        <source>%n number(s) differ</source>
        <translation>
            <numerusform>%n sayı farklı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negation(s) differ</source>
        <translation>
            <numerusform>%n olumsuzluk farklı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) differ</source>
        <translation>
            <numerusform>%n tarih farklı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) differ</source>
        <translation>
            <numerusform>%n ad farklı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) omitted</source>
        <translation>
            <numerusform>%n cümle atlanmış</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in doubt</source>
        <translation>
            <numerusform>%n şüpheli çift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) added</source>
        <translation>
            <numerusform>%n cümle eklenmiş</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no drift found</source>
        <translation>anlam kayması bulunmadı</translation>
    </message>
    <message>
        <source>one of the two texts has no sentences</source>
        <translation>iki metinden birinde cümle yok</translation>
    </message>
    <message>
        <source>a partial translation: it renders %1 of the original&apos;s %2 sentences; the rest are left unpaired</source>
        <translation>kısmi bir çeviri: özgünün %2 cümlesinden %1 tanesini aktarıyor; gerisi eşleştirilmeden bırakıldı</translation>
    </message>
    <message>
        <source>only %1 of the translation&apos;s %2 sentences have a counterpart in the original: check that this is its original</source>
        <translation>çevirinin %2 cümlesinden yalnızca %1 tanesinin özgünde karşılığı var: bunun gerçekten özgünü olduğunu kontrol edin</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Anlam kayması: %1</translation>
    </message>
    <message>
        <source>one is an organisation the list knows, and the other is not it</source>
        <translation>biri listenin bildiği bir kuruluş, diğeri o değil</translation>
    </message>
    <message>
        <source>the acronyms differ: one is neither the other&apos;s nor made of its own name</source>
        <translation>kısaltmalar farklı: biri ne diğerininki ne de kendi adından türetilmiş</translation>
    </message>
    <message>
        <source>bodies of different kinds (a ministry, a court, a union…)</source>
        <translation>farklı türden kurumlar (bakanlık, mahkeme, sendika…)</translation>
    </message>
    <message>
        <source>bodies of one kind dealing with different things</source>
        <translation>aynı türden, farklı işlerle ilgilenen kurumlar</translation>
    </message>
    <message>
        <source>each name names people or things the other side does not</source>
        <translation>her ad, öbür tarafın anmadığı kişileri ya da şeyleri anıyor</translation>
    </message>
    <message>
        <source>bodies of different places</source>
        <translation>farklı yerlerin kurumları</translation>
    </message>
    <message>
        <source>two different proper names</source>
        <translation>iki farklı özel ad</translation>
    </message>
    <message>
        <source>a body in one, another proper name in its place in the other</source>
        <translation>birinde bir kurum, öbüründe onun yerinde başka bir özel ad</translation>
    </message>
    <message>
        <source>another place</source>
        <translation>başka bir yer</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>başka bir kişi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>LinkTranslation</name>
    <message>
        <source>Link Translation</source>
        <translation>Çeviriyi Bağla</translation>
    </message>
</context>
<context>
    <name>PairChooser</name>
    <message>
        <source>&amp;Pair:</source>
        <translation>Ç&amp;ift:</translation>
    </message>
    <message>
        <source>%1 (%2) → %3 (%4)</source>
        <translation>%1 (%2) → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n aligned pair(s)</source>
        <translation>
            <numerusform>%n hizalanmış çift</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message numerus="yes">
        <source>%1 of its %n number(s)</source>
        <translation>
            <numerusform>%n sayısından %1 tanesini</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) (%1)</source>
        <translation>
            <numerusform>%n adı (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <source>It names the original&apos;s outlet %1</source>
        <translation>Aslının yayın organını anıyor: %1</translation>
    </message>
    <message>
        <source>It names the original&apos;s author %1</source>
        <translation>Aslının yazarını anıyor: %1</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (%2 olarak)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. Not shared: %2</source>
        <translation>%1. Ortak olmayan: %2</translation>
    </message>
    <message>
        <source>source %1 says “%2”; source %3 (%4) shares %5</source>
        <translation>kaynak %1 “%2” diyor; kaynak %3 (%4) ile ortak: %5</translation>
    </message>
    <message>
        <source>source %1 says “%2”; source %3 shares %5</source>
        <translation>kaynak %1 “%2” diyor; kaynak %3 ile ortak: %5</translation>
    </message>
    <message>
        <source>&amp;Link as Its Translation</source>
        <translation>Çevirisi Olarak &amp;Bağla</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>kaynak %1</translation>
    </message>
    <message>
        <source>language?</source>
        <translation>dil?</translation>
    </message>
    <message>
        <source>This source says “%1”. Is it a translation of %2? That source (%3) shares %4.</source>
        <translation>Bu kaynak “%1” diyor. %2 kaynağının çevirisi mi? O kaynak (%3) ile ortak: %4.</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>No source of the case says it was translated from another source of it</source>
        <translation>Dosyadaki hiçbir kaynak, dosyadaki başka bir kaynaktan çevrildiğini söylemiyor</translation>
    </message>
    <message>
        <source>Proposed Translation Links</source>
        <translation>Önerilen Çeviri Bağlantıları</translation>
    </message>
    <message>
        <source>Show the translation:</source>
        <translation>Çeviriyi göster:</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Yan Yana</translation>
    </message>
    <message>
        <source>Open the translation in the source viewer first</source>
        <extracomment>The pair the reviewer chose for a source (its translation&apos;s id), by source. The source whose reading to show once it is loaded (after Link or the action).</extracomment>
        <translation>Önce çeviriyi kaynak görüntüleyicide açın</translation>
    </message>
    <message>
        <source>The case has no other source to be its original</source>
        <translation>Dosyada özgünü olabilecek başka kaynak yok</translation>
    </message>
    <message>
        <source>Link Translation</source>
        <translation>Çeviriyi Bağla</translation>
    </message>
    <message>
        <source>Source #%1 is a translation of:</source>
        <translation>%1 numaralı kaynak şunun çevirisi:</translation>
    </message>
    <message>
        <source>Aligning the translation with its original…</source>
        <translation>Çeviri özgünüyle hizalanıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Alignment cancelled: nothing was linked</source>
        <translation>Hizalama iptal edildi: hiçbir şey bağlanmadı</translation>
    </message>
    <message>
        <source>Open a translation or its original in the source viewer</source>
        <translation>Kaynak görüntüleyicide bir çeviri ya da özgününü açın</translation>
    </message>
    <message>
        <source>cannot align: %1</source>
        <translation>hizalanamıyor: %1</translation>
    </message>
    <message>
        <source>This source is not linked to an original or a translation</source>
        <translation>Bu kaynak bir özgüne ya da çeviriye bağlı değil</translation>
    </message>
    <message>
        <source>Select a hop quoted from a translation first</source>
        <translation>Önce bir çeviriden alıntılanmış bir halka seçin</translation>
    </message>
</context>
</TS>
