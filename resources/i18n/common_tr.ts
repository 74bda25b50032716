<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Case…</source>
        <extracomment>The menu text (&quot;&quot; for an action made by its room: an undo stack&apos;s, a dock&apos;s toggle). Every key that triggers it (duplicates and keys the platform lacks are dropped). The Qt object name (tests and style sheets find the action by it). The key works in every window of the app, not only the main window.</extracomment>
        <translation>&amp;Yeni Dosya…</translation>
    </message>
    <message>
        <source>Create an empty case file</source>
        <translation>Boş bir dosya kaydı oluştur</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>Dosya &amp;Aç…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Bir dosya kaydı aç</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>&amp;Ekip Sunucusuna Bağlan…</translation>
    </message>
    <message>
        <source>Open the case a desk shares on a PostgreSQL server</source>
        <translation>Bir masanın PostgreSQL sunucusunda paylaştığı dosyayı aç</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Rapor Dışa Aktar…</translation>
    </message>
    <message>
        <source>Export claims with their chains, evidence hashes and review history</source>
        <translation>İddiaları zincirleri, kanıt özetleri ve inceleme geçmişiyle dışa aktar</translation>
    </message>
    <message>
        <source>Copy Case to Team &amp;Server…</source>
        <translation>Dosyayı Ekip &amp;Sunucusuna Kopyala…</translation>
    </message>
    <message>
        <source>Put a copy of this case, evidence files and audit log included, on a team server</source>
        <translation>Bu dosyanın bir kopyasını, kanıt dosyaları ve denetim kaydıyla birlikte bir ekip sunucusuna koy</translation>
    </message>
    <message>
        <source>Copy Case to &amp;File…</source>
        <translation>Dosyayı Bir &amp;Dosya Kaydına Kopyala…</translation>
    </message>
    <message>
        <source>Write a copy of this case, evidence files and audit log included, to a case file</source>
        <translation>Bu dosyanın bir kopyasını, kanıt dosyaları ve denetim kaydıyla birlikte bir dosya kaydına yaz</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Yedekten Geri Yükle…</translation>
    </message>
    <message>
        <source>Put the case back as it was in one of its backups (the current case is kept)</source>
        <translation>Dosyayı yedeklerinden birindeki hâline döndür (şimdiki dosya saklanır)</translation>
    </message>
    <message>
        <source>&amp;Import Source…</source>
        <translation>&amp;Kaynak İçe Aktar…</translation>
    </message>
    <message>
        <source>Import a PDF, web page or capture, text, e-mail, document or image as a source</source>
        <translation>Bir PDF&apos;i, web sayfasını ya da kaydını, metni, e-postayı, belgeyi veya görüntüyü kaynak olarak içe aktar</translation>
    </message>
    <message>
        <source>Import New &amp;Version…</source>
        <translation>Yeni &amp;Sürümü İçe Aktar…</translation>
    </message>
    <message>
        <source>Import a changed file of the source shown as its new version; its quotes are re-anchored (exact, changed or lost)</source>
        <translation>Gösterilen kaynağın değişmiş bir dosyasını yeni sürümü olarak içe aktar; alıntılarının konumu yeniden bulunur (aynı, değişmiş ya da kayıp)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Klasör İçe Aktar…</translation>
    </message>
    <message>
        <source>Import every PDF, saved web page, text and Markdown file under a folder</source>
        <translation>Bir klasördeki her PDF&apos;i, kaydedilmiş web sayfasını, metin ve Markdown dosyasını içe aktar</translation>
    </message>
    <message>
        <source>OCR &amp;Language for Imports…</source>
        <translation>İçe Aktarmalar İçin OCR &amp;Dili…</translation>
    </message>
    <message>
        <source>The language(s) of screenshots and scanned pages imported next (default: guessed)</source>
        <translation>Sonra içe aktarılacak ekran görüntülerinin ve taranmış sayfaların dil(ler)i (varsayılan: tahmin edilir)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Pencereyi kapat</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <source>Your reviewer name, the window&apos;s language and its digits</source>
        <translation>İnceleyen adınız, pencerenin dili ve rakamları</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>Search the claims and quotes of the case</source>
        <translation>Dosyanın iddialarında ve alıntılarında ara</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Aramayı ve Filtreleri &amp;Temizle</translation>
    </message>
    <message>
        <source>Show every claim again</source>
        <translation>Tüm iddiaları yeniden göster</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden Yükle</translation>
    </message>
    <message>
        <source>Read the case again (changes made by others appear)</source>
        <translation>Dosyayı yeniden oku (başkalarının yaptığı değişiklikler görünür)</translation>
    </message>
    <message>
        <source>Show or hide the Actors view</source>
        <translation>Aktörler görünümünü göster ya da gizle</translation>
    </message>
    <message>
        <source>Show or hide the Sources view</source>
        <translation>Kaynaklar görünümünü göster ya da gizle</translation>
    </message>
    <message>
        <source>Show or hide the Trash: deleted records, to restore or purge</source>
        <translation>Çöp Kutusu&apos;nu göster ya da gizle: geri yüklenecek ya da kalıcı olarak silinecek silinmiş kayıtlar</translation>
    </message>
    <message>
        <source>Show or hide the source viewer</source>
        <translation>Kaynak görüntüleyiciyi göster ya da gizle</translation>
    </message>
    <message>
        <source>&amp;New Claim…</source>
        <translation>&amp;Yeni İddia…</translation>
    </message>
    <message>
        <source>Write a new claim</source>
        <translation>Yeni bir iddia yaz</translation>
    </message>
    <message>
        <source>&amp;Duplicate Claim</source>
        <translation>İddiayı &amp;Çoğalt</translation>
    </message>
    <message>
        <source>Copy the claim with its chain (verdict and statuses start afresh)</source>
        <translation>İddiayı zinciriyle kopyala (hüküm ve durumlar baştan başlar)</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>İddiayı &amp;Düzenle…</translation>
    </message>
    <message>
        <source>Change the wording, tags or notes</source>
        <translation>İfadeyi, etiketleri ya da notları değiştir</translation>
    </message>
    <message>
        <source>Set &amp;Verdict…</source>
        <translation>&amp;Hüküm Ver…</translation>
    </message>
    <message>
        <source>Mark the claim&apos;s verdict with a rationale</source>
        <translation>İddianın hükmünü gerekçesiyle işaretle</translation>
    </message>
    <message>
        <source>Sign &amp;Off Verdict…</source>
        <translation>Hükmü &amp;Onayla…</translation>
    </message>
    <message>
        <source>Confirm another reviewer&apos;s final verdict (four-eyes)</source>
        <translation>Başka bir inceleyenin nihai hükmünü onayla (dört göz ilkesi)</translation>
    </message>
    <message>
        <source>Send Verdict &amp;Back…</source>
        <translation>Hükmü &amp;Geri Gönder…</translation>
    </message>
    <message>
        <source>Return another reviewer&apos;s final verdict for more work, with the reason</source>
        <translation>Başka bir inceleyenin nihai hükmünü gerekçesiyle yeniden çalışılmak üzere geri gönder</translation>
    </message>
    <message>
        <source>De&amp;lete Claim</source>
        <translation>İddiayı &amp;Sil</translation>
    </message>
    <message>
        <source>Move the claim with its chain to the Trash (Undo or View ▸ Trash brings it back)</source>
        <translation>İddiayı zinciriyle Çöp Kutusu&apos;na taşı (Geri Al ya da Görünüm ▸ Çöp Kutusu onu geri getirir)</translation>
    </message>
    <message>
        <source>&amp;Add Hop…</source>
        <translation>Halka &amp;Ekle…</translation>
    </message>
    <message>
        <source>Add a hop at the end of the chain</source>
        <translation>Zincirin sonuna bir halka ekle</translation>
    </message>
    <message>
        <source>&amp;Insert Hop After Selected…</source>
        <translation>Seçilenden Sonra Halka &amp;Araya Ekle…</translation>
    </message>
    <message>
        <source>Insert a hop between the selected hop and the next</source>
        <translation>Seçilen halka ile sonraki arasına bir halka ekle</translation>
    </message>
    <message>
        <source>Edit &amp;Hop…</source>
        <translation>&amp;Halkayı Düzenle…</translation>
    </message>
    <message>
        <source>Change the selected hop</source>
        <translation>Seçilen halkayı değiştir</translation>
    </message>
    <message>
        <source>Set Hop &amp;Status…</source>
        <translation>Halka &amp;Durumunu Belirle…</translation>
    </message>
    <message>
        <source>Mark how faithfully the selected hop relays the claim</source>
        <translation>Seçilen halkanın iddiayı ne kadar sadık aktardığını işaretle</translation>
    </message>
    <message>
        <source>Move Hop &amp;Up</source>
        <translation>Halkayı &amp;Yukarı Taşı</translation>
    </message>
    <message>
        <source>Towards the origin</source>
        <translation>Çıkış noktasına doğru</translation>
    </message>
    <message>
        <source>Move Hop Do&amp;wn</source>
        <translation>Halkayı &amp;Aşağı Taşı</translation>
    </message>
    <message>
        <source>Away from the origin</source>
        <translation>Çıkış noktasından uzağa</translation>
    </message>
    <message>
        <source>&amp;Remove Hop</source>
        <translation>Halkayı &amp;Çıkar</translation>
    </message>
    <message>
        <source>Take the selected hop out of the chain</source>
        <translation>Seçilen halkayı zincirden çıkar</translation>
    </message>
    <message>
        <source>Accept New &amp;Anchor</source>
        <translation>Yeni &amp;Konumu Kabul Et</translation>
    </message>
    <message>
        <source>The selected hop&apos;s changed quote takes the words of its source&apos;s current version</source>
        <translation>Seçilen halkanın değişmiş alıntısı, kaynağının şimdiki sürümündeki sözcükleri alır</translation>
    </message>
    <message>
        <source>&amp;Keep Old Version</source>
        <translation>Eski Sürümü &amp;Koru</translation>
    </message>
    <message>
        <source>The selected hop&apos;s changed or lost quote stays checked against the version it was anchored in</source>
        <translation>Seçilen halkanın değişmiş ya da kayıp alıntısı, konumlandığı sürüme göre denetlenmeye devam eder</translation>
    </message>
    <message>
        <source>&amp;Where Else?…</source>
        <translation>Başka &amp;Nerede?…</translation>
    </message>
    <message>
        <source>Every source in the case carrying the selected hop&apos;s quote (or the claim&apos;s wording), by date, the earliest marked</source>
        <translation>Dosyada seçilen halkanın alıntısını (ya da iddianın ifadesini) taşıyan her kaynak, tarihe göre, en erkeni işaretli</translation>
    </message>
    <message>
        <source>Add Hop from the &amp;Original</source>
        <translation>&amp;Özgünden Halka Ekle</translation>
    </message>
    <message>
        <source>Before the selected hop, quoted from a translation, add the original&apos;s hop with its quote located in the original through the sentence alignment</source>
        <translation>Bir çeviriden alıntılanan seçili halkanın önüne, alıntısı cümle hizalamasıyla özgünde bulunmuş özgün halkasını ekle</translation>
    </message>
    <message>
        <source>&amp;Link Translation…</source>
        <translation>Çeviriyi &amp;Bağla…</translation>
    </message>
    <message>
        <source>Mark the source shown as the translation of another source and align their sentences</source>
        <translation>Gösterilen kaynağı başka bir kaynağın çevirisi olarak işaretle ve cümlelerini hizala</translation>
    </message>
    <message>
        <source>&amp;Proposed Translation Links…</source>
        <translation>Önerilen Çeviri &amp;Bağlantıları…</translation>
    </message>
    <message>
        <source>Sources that say they were translated, each with the source in another language that shares its numbers and names: show one, then link or dismiss it</source>
        <translation>Çevrildiğini söyleyen kaynaklar, her biri sayılarını ve adlarını paylaşan başka dildeki kaynakla: birini göster, sonra bağla ya da reddet</translation>
    </message>
    <message>
        <source>&amp;Aligned Translation</source>
        <translation>&amp;Hizalı Çeviri</translation>
    </message>
    <message>
        <source>Split the source viewer: the source shown beside its original (or its translation), sentence against sentence, with drift flags</source>
        <translation>Kaynak görüntüleyiciyi böl: gösterilen kaynak özgününün (ya da çevirisinin) yanında, cümle cümle, kayma işaretleriyle</translation>
    </message>
    <message>
        <source>&amp;Verify Case Integrity…</source>
        <translation>Dosya &amp;Bütünlüğünü Doğrula…</translation>
    </message>
    <message>
        <source>Re-check the audit log&apos;s hash chain and every evidence file&apos;s hash</source>
        <translation>Denetim kaydının özet zincirini ve her kanıt dosyasının özetini yeniden denetle</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Şimdi &amp;Yedekle</translation>
    </message>
    <message>
        <source>Write a backup of the case file now</source>
        <translation>Dosya kaydının bir yedeğini şimdi yaz</translation>
    </message>
    <message>
        <source>Backup &amp;Schedule…</source>
        <translation>Yedekleme &amp;Takvimi…</translation>
    </message>
    <message>
        <source>How often the case is backed up on its own, and how many backups are kept</source>
        <translation>Dosyanın ne sıklıkla kendiliğinden yedekleneceği ve kaç yedeğin saklanacağı</translation>
    </message>
    <message>
        <source>Require &amp;Second Reviewer</source>
        <translation>İkinci &amp;İnceleyen Gerekli</translation>
    </message>
    <message>
        <source>Final verdicts of this case wait for a second reviewer&apos;s sign-off</source>
        <translation>Bu dosyanın nihai hükümleri ikinci bir inceleyenin onayını bekler</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Kullanım Kılavuzu</translation>
    </message>
    <message>
        <source>How to record a chain, mark statuses, import sources and export reports</source>
        <translation>Zincir kaydetme, durum işaretleme, kaynak içe aktarma ve rapor dışa aktarma</translation>
    </message>
    <message>
        <source>&amp;About Provenance Desk</source>
        <translation>Provenance Desk &amp;Hakkında</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Sürüm ve lisans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;İddia</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Kaynak</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Bildirim</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>This text holds invisible direction controls (%1) that change the order its letters are drawn in: an override can make “DESOLC” read “CLOSED”. They are shown here by name; the case keeps the text exactly as it is.</source>
        <translation>Bu metin, harflerinin gösterilme sırasını değiştiren görünmez yön denetim karakterleri (%1) içeriyor: bir geçersiz kılma “DESOLC” yazısını “CLOSED” gibi okutabilir. Burada adlarıyla gösteriliyor; dosya metni olduğu gibi saklar.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unverified</source>
        <translation>Doğrulanmadı</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>İnceleniyor</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Kısmen doğru</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Yanıltıcı</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Yanlış</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Doğrulanamaz</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Kontrol edilmedi</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Doğrulandı</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Farklı</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Erişilemiyor</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Söyledi</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Alıntıladı</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Bildirdi</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Başka sözlerle aktardı</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Çevirdi</translation>
    </message>
    <message>
        <source>Republished</source>
        <translation>Yeniden yayımladı</translation>
    </message>
    <message>
        <source>Summarised</source>
        <translation>Özetledi</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Döküm</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Paylaşım</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Yayın organı</translation>
    </message>
    <message>
        <source>Unnamed official</source>
        <translation>Adı açıklanmayan yetkili</translation>
    </message>
</context>
</TS>
