<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AddAppearances</name>
    <message>
        <source>Add Appearances as Hops</source>
        <translation>Geçtiği Yerleri Halka Olarak Ekle</translation>
    </message>
</context>
<context>
    <name>AddHopFromSelection</name>
    <message>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>İ&amp;ddia:</translation>
    </message>
    <message>
        <source>choose the claim this hop belongs to</source>
        <translation>bu halkanın ait olduğu iddiayı seçin</translation>
    </message>
</context>
<context>
    <name>AppearanceSupport</name>
    <message>
        <source>&amp;Where else?</source>
        <translation>&amp;Başka nerede?</translation>
    </message>
    <message>
        <source>&amp;Similar claims</source>
        <translation>&amp;Benzer iddialar</translation>
    </message>
    <message>
        <source>&amp;Similar claims (%1)</source>
        <translation>&amp;Benzer iddialar (%1)</translation>
    </message>
    <message>
        <source>Claim %1 is probably the same claim (%2 alike): see Similar claims</source>
        <translation>%1 numaralı iddia büyük olasılıkla aynı iddia (%2 benzer): Benzer iddialar&apos;a bakın</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Klasörü İçe Aktar</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Önce bir iddia seçin</translation>
    </message>
    <message>
        <source>hop %1&apos;s quote</source>
        <translation>%1 numaralı halkanın alıntısı</translation>
    </message>
    <message>
        <source>this claim&apos;s wording</source>
        <translation>bu iddianın ifadesi</translation>
    </message>
    <message>
        <source>Select words in the source first</source>
        <translation>Önce kaynakta sözcükler seçin</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>seçim</translation>
    </message>
    <message numerus="yes">
        <source>Added %n appearance(s) to claim %1</source>
        <translation>
            <numerusform>%1 numaralı iddiaya geçtiği %n yer eklendi</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Salt okunur: bu dosyayı okuyabilir ama değiştiremezsiniz</translation>
    </message>
    <message>
        <source>Claim %1 merged into claim %2</source>
        <translation>%1 numaralı iddia %2 numaralı iddiayla birleştirildi</translation>
    </message>
</context>
<context>
    <name>AttachmentsJob</name>
    <message>
        <source>cannot import the attachments: %1</source>
        <translation>ekler içe aktarılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsQuestion</name>
    <message numerus="yes">
        <source>The e-mail %1 has %n attachment(s): %2.

Import them as sources of their own, linked to the e-mail?</source>
        <translation>
            <numerusform>%1 e-postasında %n ek var: %2.

E-postaya bağlı ayrı kaynaklar olarak içe aktarılsın mı?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncodingChooser</name>
    <message>
        <source>Check the encoding</source>
        <translation>Kodlamayı denetleyin</translation>
    </message>
    <message>
        <source>The encoding of %1 cannot be told for sure. Choose the reading whose text is right:</source>
        <translation>%1 dosyasının kodlaması kesin olarak anlaşılamıyor. Metni doğru görünen okumayı seçin:</translation>
    </message>
    <message>
        <source>The file read as %1</source>
        <translation>%1 olarak okunan dosya</translation>
    </message>
    <message>
        <source>Import in this encoding</source>
        <translation>Bu kodlamayla içe aktar</translation>
    </message>
</context>
<context>
    <name>FolderImporter</name>
    <message>
        <source>Import stopped: %1</source>
        <translation>İçe aktarma durdu: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the case (same SHA-256), %3 skipped as unsupported, %4 refused.</source>
        <translation>İçe aktarılan: %1, dosyada zaten olan (aynı SHA-256): %2, desteklenmediği için atlanan: %3, reddedilen: %4.</translation>
    </message>
    <message>
        <source>Import cancelled: %1 Files not reached were left out.</source>
        <translation>İçe aktarma iptal edildi: %1 Sırası gelmeyen dosyalar dışarıda kaldı.</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>reddedildi %1: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>atlandı %1: %2</translation>
    </message>
    <message>
        <source>imported %1, already in the case %2, skipped as unsupported %3, refused %4</source>
        <translation>içe aktarılan %1, zaten dosyada %2, desteklenmediği için atlanan %3, reddedilen %4</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(iptal edildi)</translation>
    </message>
    <message>
        <source>Open a case before importing a folder</source>
        <translation>Klasör içe aktarmadan önce bir dosya açın</translation>
    </message>
    <message>
        <source>A folder import is running; wait for it or cancel it first</source>
        <translation>Bir klasör içe aktarılıyor; bitmesini bekleyin ya da önce iptal edin</translation>
    </message>
    <message>
        <source>Looking for files in %1…</source>
        <translation>%1 içinde dosya aranıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Klasörü İçe Aktar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) — %2</source>
        <translation>
            <numerusform>%1 / %n dosya — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeClaims</name>
    <message>
        <source>Merge Claims</source>
        <translation>İddiaları Birleştir</translation>
    </message>
</context>
<context>
    <name>NewClaimFromSelection</name>
    <message>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>İ&amp;ddia:</translation>
    </message>
</context>
<context>
    <name>OcrLanguage</name>
    <message>
        <source>Guess from the image</source>
        <extracomment>OCR languages offered (Tesseract&apos;s names; any installed combination can be typed).</extracomment>
        <translation>Görüntüden tahmin et</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>OCR dili</translation>
    </message>
    <message>
        <source>Language(s) of the screenshots and scanned pages you import next, as Tesseract names them (several joined by +):</source>
        <translation>Bundan sonra içe aktaracağınız ekran görüntülerinin ve taranmış sayfaların dil(ler)i, Tesseract&apos;ın adlandırdığı biçimde (birden çoğu + ile birleştirilir):</translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message>
        <source>Which page?</source>
        <translation>Hangi sayfa?</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n captured page(s). Choose the page(s) to import, each a source of its own (the evidence kept is the whole archive):</source>
        <translation>
            <numerusform>%1 içinde %n yakalanmış sayfa var. İçe aktarılacak sayfa(lar)ı seçin; her biri ayrı bir kaynak olur (saklanan kanıt arşivin tamamıdır):</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured pages</source>
        <translation>Yakalanmış sayfalar</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>yakalanma: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <source>characters %1–%2, page %3</source>
        <translation>karakter %1–%2, sayfa %3</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>karakter %1–%2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Who said or relayed these words?</source>
        <translation>Bu sözleri kim söyledi ya da aktardı?</translation>
    </message>
    <message>
        <source>Kind of new actor</source>
        <translation>Yeni aktörün türü</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>İlişki</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Alıntı:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Yeri:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Aktör:</translation>
    </message>
    <message>
        <source>New actor &amp;kind:</source>
        <translation>Yeni aktör &amp;türü:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;İlişki:</translation>
    </message>
    <message>
        <source>Name the actor whose words these are.</source>
        <translation>Bu sözlerin sahibi olan aktörü yazın.</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>New claim from selection</source>
        <translation>Seçimden yeni iddia</translation>
    </message>
    <message>
        <source>Add hop from selection</source>
        <translation>Seçimden halka ekle</translation>
    </message>
</context>
<context>
    <name>SourceDetailsDialog</name>
    <message>
        <source>Source %1: details</source>
        <translation>Kaynak %1: ayrıntılar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>ar, tr, ru, en…</source>
        <translation>ar, tr, ru, en…</translation>
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
        <source>Published</source>
        <translation>Yayın tarihi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>Metin yönü</translation>
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
        <source>&amp;Published:</source>
        <translation>Yayın &amp;tarihi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Text &amp;direction:</source>
        <translation>Metin &amp;yönü:</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>SourceFacts</name>
    <message>
        <source>capture</source>
        <extracomment>What OCR found on the source&apos;s images or scanned pages, and an image&apos;s bytes. The names of how a source arrived (`db.arrival`), as the facts line shows them.</extracomment>
        <translation>yakalama</translation>
    </message>
    <message>
        <source>page</source>
        <translation>sayfa</translation>
    </message>
    <message>
        <source>retrieved</source>
        <translation>alındığı an</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>imza</translation>
    </message>
    <message>
        <source>from</source>
        <translation>gönderen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>konu</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>ekler</translation>
    </message>
    <message>
        <source>attached to</source>
        <translation>eklendiği yer</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>okuma</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>sağdan sola</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>soldan sağa</translation>
    </message>
    <message>
        <source>language?</source>
        <translation>dil?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sayfa</numerusform>
        </translation>
    </message>
    <message>
        <source>numbered %1–%2</source>
        <translation>numaralı %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceImporter</name>
    <message>
        <source>Sources (%1);;All files (*)</source>
        <translation>Kaynaklar (%1);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>cannot import %1: cancelled</source>
        <translation>%1 içe aktarılamıyor: iptal edildi</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>%1 içe aktarılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot import %1: no case is open</source>
        <extracomment>File name endings the readers take (desktop.sources.reader.KINDS). The OCR language(s) chosen for images and scanned pages (None: guessed). Pages of a capture still to import after the one being read: (file, page URL).</extracomment>
        <translation>%1 içe aktarılamıyor: açık dosya yok</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
    <message numerus="yes">
        <source>Reading page %1 of %n…</source>
        <translation>
            <numerusform>Sayfa %1 / %n okunuyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 for search…</source>
        <translation>%1 arama için dizinleniyor…</translation>
    </message>
    <message>
        <source>Storing %1 in the case…</source>
        <translation>%1 dosyaya kaydediliyor…</translation>
    </message>
    <message>
        <source>Encrypted PDF</source>
        <translation>Şifreli PDF</translation>
    </message>
    <message>
        <source>That password does not open it.</source>
        <translation>Bu parola onu açmıyor.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its password:</source>
        <translation>%1 şifreli. Parolası:</translation>
    </message>
    <message>
        <source>File read only in part</source>
        <translation>Dosya yalnızca kısmen okundu</translation>
    </message>
    <message>
        <source>Only part of %1 could be read:
%2

Import the readable part? The source will be marked incomplete, with the missing pages listed.</source>
        <translation>%1 dosyasının yalnızca bir kısmı okunabildi:
%2

Okunabilen kısım içe aktarılsın mı? Kaynak, eksik sayfaları listelenerek eksik olarak işaretlenecek.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ekler</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Source page</source>
        <extracomment>QtPdf finds a phrase within one line best: search for the quote&apos;s first words.</extracomment>
        <translation>Kaynak sayfası</translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message>
        <source>Recognised image</source>
        <extracomment>When QtPdf finds nothing (a quote split by the PDF&apos;s layout), the page alone is shown. Draws the image of a recognised page at the size its boxes are measured in.</extracomment>
        <translation>Tanınan görüntü</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n word(s) recognised; %2 with low confidence (outlined in red). A quote is lit in yellow.</source>
        <translation>
            <numerusform>Sayfa %1: %n sözcük tanındı; %2 tanesi düşük güvenle (kırmızıyla çevrili). Alıntı sarıyla vurgulanır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceSupport</name>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Oku</translation>
    </message>
    <message>
        <source>Show the source&apos;s text and page</source>
        <translation>Kaynağın metnini ve sayfasını göster</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>Kaynak İçe Aktar</translation>
    </message>
    <message>
        <source>OCR language for imports: %1</source>
        <translation>İçe aktarmalar için OCR dili: %1</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>tahmin edilir</translation>
    </message>
    <message>
        <source>Imported as source %1</source>
        <translation>%1 numaralı kaynak olarak içe aktarıldı</translation>
    </message>
    <message>
        <source>That file is already in the case as source %1</source>
        <translation>Bu dosya zaten dosyada %1 numaralı kaynak olarak var</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>Source text</source>
        <extracomment>A suggestion&apos;s attribution: who (blue, bold), the cue (orange, underlined), what (green). The direction controls the view draws by name (the steering ones, as in the claim list). The colour of a direction control&apos;s name in the text (it is not the source&apos;s own words). Characters put into the view per event-loop turn (~2 ms each): a long source&apos;s text goes in a piece at a time, so the window keeps painting while a 500-page source opens (the whole text at once held the window for 100–300 ms). Where each direction control drawn by name is: (offset, length of its name). The view holds the whole text now (at once for a short one, or its last piece is in).</extracomment>
        <translation>Kaynak metni</translation>
    </message>
    <message>
        <source>Hop %1: %2 (%3)</source>
        <extracomment>How much of `text` the view holds so far (the rest goes in a piece per turn). The attribution shown for a suggestion: role → [(start, end), …].</extracomment>
        <translation>Halka %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Atıf ifadesi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>&amp;Text</source>
        <extracomment>A source read elsewhere (the import&apos;s worker) for the next `show_source` of it.</extracomment>
        <translation>&amp;Metin</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Sayfa</translation>
    </message>
    <message>
        <source>&amp;Image (OCR)</source>
        <translation>&amp;Görüntü (OCR)</translation>
    </message>
    <message>
        <source>New &amp;claim from selection</source>
        <translation>Seçimden yeni &amp;iddia</translation>
    </message>
    <message>
        <source>Add &amp;hop from selection</source>
        <translation>Seçimden &amp;halka ekle</translation>
    </message>
    <message>
        <source>Open &amp;original</source>
        <translation>Özgün dosyayı &amp;aç</translation>
    </message>
    <message>
        <source>Write the evidence file to a cache file, check its SHA-256 and open it</source>
        <translation>Kanıt dosyasını önbelleğe yaz, SHA-256 özetini denetle ve aç</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>&amp;Ayrıntıları düzenle…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, date, language or direction</source>
        <translation>Başlığı, yayın organını, tarihi, dili ya da yönü düzelt</translation>
    </message>
    <message>
        <source>Recognise &amp;again…</source>
        <translation>&amp;Yeniden tanı…</translation>
    </message>
    <message>
        <source>Read the image again by OCR in another language</source>
        <translation>Görüntüyü başka bir dilde OCR ile yeniden oku</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>The reviewer may only read the case (set by the team actions): no details dialog.</extracomment>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Kaynak %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Only part of this file could be read: it is marked incomplete. Missing pages: %1.</source>
        <translation>Bu dosyanın yalnızca bir kısmı okunabildi: eksik olarak işaretlendi. Eksik sayfalar: %1.</translation>
    </message>
    <message>
        <source>Check the encoding: the file was %1. If the text looks wrong, read it again in the right encoding (Read in Another Encoding…); this reading stays in the source&apos;s history.</source>
        <translation>Kodlamayı denetleyin: dosya %1. Metin yanlış görünüyorsa doğru kodlamayla yeniden okuyun (Başka Bir Kodlamayla Oku…); bu okuma kaynağın geçmişinde kalır.</translation>
    </message>
    <message>
        <source>cannot show the source: %1</source>
        <translation>kaynak gösterilemiyor: %1</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Salt okunur: bu dosyayı okuyabilir ama değiştiremezsiniz</translation>
    </message>
    <message>
        <source>Source %1 was recognised in %2. Reading it again in another language makes a new version of its text, which needs source versions (not yet in this version of Provenance Desk).</source>
        <translation>%1 numaralı kaynak %2 dilinde tanındı. Başka bir dilde yeniden okumak metninin yeni bir sürümünü oluşturur; bu da kaynak sürümleri gerektirir (Provenance Desk&apos;in bu sürümünde henüz yok).</translation>
    </message>
    <message>
        <source>no program on this computer opens %1; it is at %2</source>
        <translation>bu bilgisayarda %1 dosyasını açan bir program yok; dosya şurada: %2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>açılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>who</source>
        <extracomment>The legend of the three highlight styles (colours as in SourceText.ATTRIBUTION_STYLES).</extracomment>
        <translation>kim</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>atıf ifadesi</translation>
    </message>
    <message>
        <source>what</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Sources of at least this many characters (~15 pages) are analysed in another process.</extracomment>
        <translation>yeni</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>tahmin</translation>
    </message>
    <message>
        <source>direction doubtful</source>
        <translation>yönü şüpheli</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — proposed from the source&apos;s own words</source>
        <extracomment>The analysis `load(…, start=False)` left for `start()`: (case, source, generation).</extracomment>
        <translation>%1 — kaynağın kendi sözlerinden önerildi</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <source>&amp;Create claim from suggestion…</source>
        <translation>Öneriden iddia &amp;oluştur…</translation>
    </message>
    <message>
        <source>Add to &amp;open claim</source>
        <translation>Açık iddiaya &amp;ekle</translation>
    </message>
    <message>
        <source>Add the suggestion&apos;s hops to the claim open in the window</source>
        <translation>Önerinin halkalarını pencerede açık olan iddiaya ekle</translation>
    </message>
    <message>
        <source>Reading the source for attributions…</source>
        <translation>Kaynak atıflar için okunuyor…</translation>
    </message>
    <message>
        <source>No attributions found in this source.</source>
        <translation>Bu kaynakta atıf bulunamadı.</translation>
    </message>
    <message>
        <source>%1 from %2. Check each before you accept it.</source>
        <translation>%2 içinden %1. Her birini kabul etmeden önce denetleyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed claim(s)</source>
        <translation>
            <numerusform>%n önerilen iddia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribution(s)</source>
        <translation>
            <numerusform>%n atıf</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>kaynak okunamıyor: %1</translation>
    </message>
</context>
<context>
    <name>WhereElseDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no number or date</source>
        <translation>sayı ya da tarih yok</translation>
    </message>
    <message>
        <source>%1: names %2; shares %3</source>
        <translation>%1: adlar %2; ortak olanlar %3</translation>
    </message>
    <message>
        <source>Where Else?</source>
        <translation>Başka Nerede?</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>bu metin</translation>
    </message>
    <message>
        <source>Where else does %1 appear?</source>
        <translation>%1 başka nerede geçiyor?</translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation>İz sürülüyor…</translation>
    </message>
    <message>
        <source>Appearances</source>
        <translation>Geçtiği yerler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Benzerlik</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaj</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Farkı</translation>
    </message>
    <message>
        <source>Passage in its source</source>
        <translation>Kaynağındaki pasaj</translation>
    </message>
    <message>
        <source>&amp;Add as Hops</source>
        <translation>Halka Olarak &amp;Ekle</translation>
    </message>
    <message>
        <source>Add the checked appearances to the open claim&apos;s chain, in date order, each with its passage as the quote</source>
        <translation>İşaretli geçtiği yerleri tarih sırasıyla açık iddianın aktarım zincirine ekle; her birinin pasajı alıntısı olur</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>İlişki:</translation>
    </message>
    <message>
        <source>Cannot trace it: %1</source>
        <translation>İzi sürülemiyor: %1</translation>
    </message>
    <message>
        <source>No source in the case carries it.</source>
        <translation>Dosyadaki hiçbir kaynakta geçmiyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) carry it, by publication date; the earliest is the candidate first appearance.</source>
        <translation>
            <numerusform>%n kaynakta geçiyor, yayın tarihine göre; en eskisi ilk geçtiği yer adayıdır.</numerusform>
        </translation>
    </message>
    <message>
        <source>No source in the case carries its words.</source>
        <translation>Dosyadaki hiçbir kaynakta bu sözler geçmiyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in other languages may carry it (listed last): check the translation.</source>
        <translation>
            <numerusform>Başka dillerdeki %n pasajda geçiyor olabilir (en sonda listelenir): çeviriyi denetleyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>first</source>
        <translation>ilk</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(tarih yok)</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>hizalı</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>birebir</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>kaynak %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>karakter %1–%2</translation>
    </message>
    <message>
        <source>characters %1–%2, page %3</source>
        <translation>karakter %1–%2, sayfa %3</translation>
    </message>
</context>
</TS>
