<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Ekip Sunucusuna Bağlan</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Parolayı sistem anahtarlığında sakla</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Sunucu bağlantı noktası</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Veritabanı kullanıcısı</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS kipi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Parolayı hatırla</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Bağlantı noktası:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kullanıcı:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>P&amp;arola:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Bağlan</translation>
    </message>
    <message>
        <source>%1: the password will be asked each time</source>
        <translation>%1: parola her seferinde sorulacak</translation>
    </message>
    <message>
        <source>Give the server&apos;s host, the database and your database user.</source>
        <translation>Sunucunun adresini, veritabanını ve veritabanı kullanıcınızı girin.</translation>
    </message>
</context>
<context>
    <name>LiveChanges</name>
    <message>
        <source>the connection to the team server was lost (%1)</source>
        <translation>ekip sunucusuyla bağlantı koptu (%1)</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Connection to the team server lost — reconnecting…</source>
        <translation>Ekip sunucusuyla bağlantı koptu — yeniden bağlanılıyor…</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Salt okunur: bu dosyayı okuyabilir ama değiştiremezsiniz</translation>
    </message>
    <message>
        <source>No password is kept for this server: give it to connect.</source>
        <translation>Bu sunucu için saklanan bir parola yok: bağlanmak için girin.</translation>
    </message>
    <message>
        <source>Could not ask whether you may change the case: %1</source>
        <translation>Dosyayı değiştirip değiştiremeyeceğiniz sorulamadı: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Salt okunur: %1</translation>
    </message>
    <message>
        <source>Connected to the team server again; the case was read again</source>
        <translation>Ekip sunucusuna yeniden bağlanıldı; dosya yeniden okundu</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 sunucusuna bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connected, but the password was not kept: %1</source>
        <translation>Bağlanıldı, ancak parola saklanmadı: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Bağlanılamadı: %1</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Önce bir dosya açın</translation>
    </message>
    <message>
        <source>Copying the case to %1…</source>
        <translation>Dosya %1 konumuna kopyalanıyor…</translation>
    </message>
    <message>
        <source>The case was not copied to %1: %2</source>
        <translation>Dosya %1 konumuna kopyalanmadı: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
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
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n inceleme</numerusform>
        </translation>
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
    <message>
        <source>The case was copied to %1 and checked there.</source>
        <translation>Dosya %1 konumuna kopyalandı ve orada denetlendi.</translation>
    </message>
    <message>
        <source>Copied: %2.</source>
        <translation>Kopyalanan: %2.</translation>
    </message>
    <message>
        <source>Verified: the number of rows of every table, the SHA-256 of every evidence file, and the audit log&apos;s hash chain (newest event %3…).</source>
        <translation>Doğrulanan: her tablonun satır sayısı, her kanıt dosyasının SHA-256 özeti ve denetim kaydının özet zinciri (en yeni olay %3…).</translation>
    </message>
    <message>
        <source>Case copied</source>
        <translation>Dosya kopyalandı</translation>
    </message>
</context>
<context>
    <name>TeamCopy</name>
    <message>
        <source>Copy Case to Team Server</source>
        <translation>Dosyayı Ekip Sunucusuna Kopyala</translation>
    </message>
    <message>
        <source>Copy case to file</source>
        <translation>Dosyayı diske kopyala</translation>
    </message>
    <message>
        <source>Cases (*.provdesk)</source>
        <translation>Provenance Desk dosyaları (*.provdesk)</translation>
    </message>
</context>
</TS>
