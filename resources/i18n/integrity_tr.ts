<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>IntegrityActions</name>
    <message>
        <source>A case on a team server is backed up by the server itself (pg_dump)</source>
        <translation>Ekip sunucusundaki bir dosyanın yedeğini sunucunun kendisi alır (pg_dump)</translation>
    </message>
    <message>
        <source>You may read this case but not change it</source>
        <translation>Bu dosyayı okuyabilir ama değiştiremezsiniz</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Önce bir dosya açın</translation>
    </message>
    <message>
        <source>Checking the audit log and every evidence file…</source>
        <translation>Denetim kaydı ve her kanıt dosyası kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2) in %3</source>
        <translation>%3 içinde %1 dosyasına yedeklendi (%2)</translation>
    </message>
    <message>
        <source>Backing up the case…</source>
        <translation>Dosya yedekleniyor…</translation>
    </message>
    <message>
        <source>Scheduled backup written: %1</source>
        <translation>Zamanlanmış yedek yazıldı: %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Zamanlanmış yedekleme başarısız oldu: %1</translation>
    </message>
    <message>
        <source>The case is backed up every %1; %2</source>
        <translation>Dosya her %1 yedeklenir; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n saatte bir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n backup(s) kept</source>
        <translation>
            <numerusform>en yeni %n yedek saklanır</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backups are off</source>
        <translation>Zamanlanmış yedekleme kapalı</translation>
    </message>
    <message>
        <source>This case has no backups yet (Tools ▸ Back Up Now makes one)</source>
        <translation>Bu dosyanın henüz yedeği yok (Araçlar ▸ Şimdi Yedekle bir tane oluşturur)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Yedekten Geri Yükle</translation>
    </message>
    <message>
        <source>Put the case back as it was on %1 UTC?

The case closes, the case as it is now is kept as a copy in the backups folder, and the restored case opens.</source>
        <translation>Dosya %1 UTC tarihindeki hâline geri döndürülsün mü?

Dosya kapanır, şimdiki hâli yedekler klasöründe bir kopya olarak saklanır ve geri yüklenen dosya açılır.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri Yükle</translation>
    </message>
    <message>
        <source>The case as it was before is kept at %1.</source>
        <translation>Dosyanın önceki hâli %1 konumunda saklanıyor.</translation>
    </message>
    <message>
        <source>The case was restored from the backup of %1 UTC.</source>
        <translation>Dosya %1 UTC tarihli yedekten geri yüklendi.</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>Dosya geri yüklendi</translation>
    </message>
    <message>
        <source>The case was not restored: %1</source>
        <translation>Dosya geri yüklenmedi: %1</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>%1, %2 yedeğinden geri yükleniyor…</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Kanıt dosyası</translation>
    </message>
    <message>
        <source>Case content</source>
        <translation>Dosya içeriği</translation>
    </message>
    <message>
        <source>Audit log end</source>
        <translation>Denetim kaydının sonu</translation>
    </message>
    <message>
        <source>case intact: %1, %2 checked</source>
        <translation>dosya sağlam: %1 ve %2 kontrol edildi</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n denetim kaydı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n kanıt dosyası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case NOT intact: %n problem(s); first: %1</source>
        <translation>
            <numerusform>dosya sağlam DEĞİL: %n sorun; ilki: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Case Integrity</source>
        <translation>Dosya Bütünlüğü</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>Every audit event&apos;s hash and its link to the event before were recomputed, and every evidence file was hashed again.</source>
        <translation>Her denetim olayının özeti ve bir önceki olaya bağı yeniden hesaplandı; her kanıt dosyasının özeti yeniden alındı.</translation>
    </message>
    <message>
        <source>Something in the case was changed outside Provenance Desk (or damaged). The first problem is where the trail stops being trustworthy.</source>
        <translation>Dosyada bir şey Provenance Desk dışında değiştirilmiş (ya da bozulmuş). İlk sorun, izin güvenilir olmaktan çıktığı yerdir.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Bulunan sorunlar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Hangisi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>made by hand</source>
        <translation>elle alındı</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>zamanlamayla</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>geri yüklemeden önce saklandı</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>kept before a schema upgrade</source>
        <translation>şema yükseltmesinden önce saklandı</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Yedekten Geri Yükle</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The case as it is now is kept as a copy in the backups folder first, so nothing is lost.</source>
        <translation>Geri yüklenecek yedeği seçin. Dosyanın şimdiki hâli önce yedekler klasöründe bir kopya olarak saklanır; hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Alındığı an (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Geri Yükle…</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup Schedule</source>
        <translation>Yedekleme Zamanlaması</translation>
    </message>
    <message>
        <source>While the case is open, Provenance Desk backs it up to the backups folder beside the case file when the newest backup is older than this.</source>
        <translation>Dosya açıkken en yeni yedek bundan eskiyse Provenance Desk onu dosyanın yanındaki yedekler klasörüne yedekler.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Yedekleme sıklığı</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>En yenileri sakla</translation>
    </message>
    <message>
        <source>Older backups are deleted; copies kept before an upgrade or a restore never are</source>
        <translation>Daha eski yedekler silinir; yükseltme ya da geri yüklemeden önce saklanan kopyalar asla silinmez</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>&amp;Yedekleme sıklığı:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Saklanacak en yeni:</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n saatte bir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n yedek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Send Verdict Back</source>
        <translation>Hükmü Geri Gönder</translation>
    </message>
    <message>
        <source>Sign Off Verdict</source>
        <translation>Hükmü Onayla</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>biri</translation>
    </message>
    <message>
        <source>Verdict %1, set by %2: “%3”</source>
        <translation>Hüküm: %1, veren: %2: “%3”</translation>
    </message>
    <message>
        <source>Verdict %1, set by %2</source>
        <translation>Hüküm: %1, veren: %2</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>İddia %1: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Why the verdict needs more work (required)</source>
        <translation>Hükmün neden daha fazla çalışma gerektirdiği (zorunlu)</translation>
    </message>
    <message>
        <source>Anything the desk should know about your sign-off (optional)</source>
        <translation>Ekibin onayınız hakkında bilmesi gereken bir şey (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Geri Gönder</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Give the reason for sending the verdict back.</source>
        <translation>Hükmü geri gönderme gerekçesini yazın.</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>The open claim&apos;s verdict is not awaiting sign-off</source>
        <translation>Açık iddianın hükmü onay beklemiyor</translation>
    </message>
    <message>
        <source>You set this verdict: a second reviewer must sign it off or send it back</source>
        <translation>Bu hükmü siz verdiniz: ikinci bir inceleyen onu onaylamalı ya da geri göndermeli</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Önce bir iddia seçin</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Salt okunur: bu dosyayı okuyabilir ama değiştiremezsiniz</translation>
    </message>
    <message>
        <source>Verdict of claim %1 sent back for more work</source>
        <translation>%1 numaralı iddianın hükmü daha fazla çalışma için geri gönderildi</translation>
    </message>
    <message>
        <source>Verdict of claim %1 signed off</source>
        <translation>%1 numaralı iddianın hükmü onaylandı</translation>
    </message>
    <message>
        <source>Final verdicts now wait for a second reviewer&apos;s sign-off</source>
        <translation>Kesin hükümler artık ikinci bir inceleyenin onayını bekliyor</translation>
    </message>
    <message>
        <source>Final verdicts no longer need a second reviewer</source>
        <translation>Kesin hükümler artık ikinci bir inceleyen gerektirmiyor</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>Ayar değiştirilmedi: %1</translation>
    </message>
</context>
</TS>
