<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Record each claim with the chain of people and outlets that carried it, check every link against the sources, mark verdicts, and export provenance reports.&lt;/p&gt;&lt;p&gt;Every change is written to the case&apos;s audit log, hash-chained so that tampering shows.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Her iddiayı onu aktaran kişi ve yayın organlarının zinciriyle kaydedin, her halkayı kaynaklarla karşılaştırın, hükümleri işaretleyin ve köken raporlarını dışa aktarın.&lt;/p&gt;&lt;p&gt;Her değişiklik dosyanın denetim kaydına yazılır; kayıtlar özet zinciriyle bağlandığından kurcalama görünür.&lt;/p&gt;&lt;p&gt;GNU GPL sürüm 3 veya sonrası altında lisanslanmıştır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} Hakkında</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Kullanılanı Aç</translation>
    </message>
    <message>
        <source>Opening {case}…</source>
        <translation>{case} açılıyor…</translation>
    </message>
    <message>
        <source>The case could not be opened: {reason}</source>
        <translation>Dosya açılamadı: {reason}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yeni dosya</translation>
    </message>
    <message>
        <source>{file} exists already: open it, or choose another name</source>
        <translation>{file} zaten var: açın ya da başka bir ad seçin</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Dosya aç</translation>
    </message>
    <message>
        <source>Provenance Desk cases</source>
        <translation>Provenance Desk dosyaları</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Son kullanılan dosya yok</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}</source>
        <translation>Değişiklikler artık {name} adına kaydediliyor</translation>
    </message>
</context>
<context>
    <name>CaseWatch</name>
    <message>
        <source>The case file {file} was deleted or moved while it was open. What you see is what it held; changes cannot be saved until the file is back. Put it back (or open the moved file with File ▸ Open Case) to go on working.</source>
        <translation>{file} dosya kaydı açıkken silindi ya da taşındı. Gördüğünüz, içinde olanlardır; dosya geri gelene kadar değişiklikler kaydedilemez. Çalışmaya devam etmek için dosyayı yerine koyun (ya da taşınan dosyayı Dosya ▸ Dosya Aç ile açın).</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app}: bir şeyler ters gitti</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your case is safe: every change is saved in one transaction or not at all. Please copy this report and send it to the developers.</source>
        <translation>Beklenmedik bir hata oldu. Dosyanız güvende: her değişiklik tek bir işlemde kaydedilir ya da hiç kaydedilmez. Lütfen bu raporu kopyalayıp geliştiricilere gönderin.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Hata raporu</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Raporu &amp;Kopyala</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Claims</source>
        <extracomment>The open claim&apos;s pane (made by `complete()`). The reviewer may read the case but not change it (set by the team actions). Every part of the window once `window_setup` made them (None for the bare frame), for the app and the tests; rooms get what they need through their constructors. What happened (case changed, changes applied, claim opened, read-only). The one registry of actions: menus, toolbar and enablement come from it.</extracomment>
        <translation>İddialar</translation>
    </message>
    <message>
        <source>Number of claims</source>
        <extracomment>The claim&apos;s text takes the width the other columns leave (least needed give way).</extracomment>
        <translation>İddia sayısı</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <source>The name written into the audit log (Edit ▸ Preferences)</source>
        <translation>Denetim kaydına yazılan ad (Düzen ▸ Tercihler)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <source>Opened {case}</source>
        <translation>{case} açıldı</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n iddia</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>İnceleyen: {name}</translation>
    </message>
    <message>
        <source>The case may have been moved, deleted or locked. Nothing you saved is lost; reopen the case from File ▸ Open Recent once it is back.</source>
        <translation>Dosya taşınmış, silinmiş ya da kilitlenmiş olabilir. Kaydettiğiniz hiçbir şey kaybolmadı; geri geldiğinde dosyayı Dosya ▸ Son Kullanılanı Aç ile yeniden açın.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Welcome to Provenance Desk</source>
        <translation>Provenance Desk&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>Your name goes into the audit log of every change you make, and into the review history of each claim. Colleagues see it when they open a shared case.</source>
        <translation>Adınız yaptığınız her değişiklikle denetim kaydına ve her iddianın inceleme geçmişine yazılır. Meslektaşlarınız ortak bir dosyayı açtıklarında onu görür.</translation>
    </message>
    <message>
        <source>Your name as colleagues and readers know it</source>
        <translation>Meslektaşlarınızın ve okurlarınızın bildiği adınız</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>İnceleyen adı</translation>
    </message>
    <message>
        <source>The name the audit log records for your changes</source>
        <translation>Denetim kaydının değişiklikleriniz için kaydettiği ad</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sistemin dili</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Dilin yazdığı gibi</translation>
    </message>
    <message>
        <source>Latin (0123456789)</source>
        <translation>Latin (0123456789)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣٤٥٦٧٨٩)</source>
        <translation>Arap-Hint (٠١٢٣٤٥٦٧٨٩)</translation>
    </message>
    <message>
        <source>The language and the digits apply after a restart.</source>
        <translation>Dil ve rakamlar yeniden başlatmadan sonra uygulanır.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;İnceleyen adı:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Rakamlar:</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>{app} User Guide</source>
        <translation>{app} Kullanım Kılavuzu</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
</context>
</TS>
