<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ExportAction</name>
    <message>
        <source>%1 claims are selected. To export that many, choose “The claims of the current search and filter” or “The whole case” in the export dialog, or select fewer than %2.</source>
        <extracomment>More selected claims than this are refused: the list&apos;s own scope exports them better.</extracomment>
        <translation>%1 iddia seçili. Bu kadarını dışa aktarmak için dışa aktarma penceresinde “Geçerli arama ve süzgecin iddiaları” ya da “Tüm dosya” seçeneğini seçin veya %2 taneden az seçin.</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Önce bir dosya açın</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Raporu Dışa Aktar</translation>
    </message>
    <message>
        <source>This claim (#%1)</source>
        <translation>Bu iddia (#%1)</translation>
    </message>
    <message>
        <source>This claim (none is open)</source>
        <translation>Bu iddia (açık iddia yok)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected claim(s)</source>
        <translation>
            <numerusform>Seçili %n iddia</numerusform>
        </translation>
    </message>
    <message>
        <source>The claims of the current search and filter</source>
        <translation>Geçerli arama ve süzgecin iddiaları</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Tüm dosya</translation>
    </message>
    <message>
        <source>Publishing address</source>
        <translation>Yayın adresi</translation>
    </message>
    <message>
        <source>Where the report will be published; ClaimReview needs it (each review&apos;s address is this plus #claim-N). Kept in the case&apos;s settings.</source>
        <translation>Raporun yayımlanacağı adres; ClaimReview buna ihtiyaç duyar (her incelemenin adresi bu adres artı #claim-N). Dosyanın ayarlarında saklanır.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Open the report when it is written</source>
        <translation>Rapor yazılınca aç</translation>
    </message>
    <message>
        <source>Sign with the desk&apos;s key</source>
        <translation>Masanın anahtarıyla imzala</translation>
    </message>
    <message>
        <source>Looking for the desk&apos;s signing key in the keyring…</source>
        <translation>Masanın imza anahtarı anahtarlıkta aranıyor…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa Aktar</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>İddialar:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Rapor dili:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Farklı kaydet:</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>Yayın adresi:</translation>
    </message>
    <message>
        <source>The report names the desk key %1… and a signature file (the report&apos;s name plus .sig) is written beside it; check it with “provdesk-cli verify-report”.</source>
        <translation>Rapor masa anahtarını (%1…) adlandırır ve yanına bir imza dosyası (raporun adı artı .sig) yazılır; “provdesk-cli verify-report” ile denetleyin.</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Raporu Farklı Kaydet</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Raporun nereye kaydedileceğini seçin.</translation>
    </message>
    <message>
        <source>The publishing address: %1.</source>
        <translation>Yayın adresi: %1.</translation>
    </message>
    <message>
        <source>ClaimReview needs the address the report will be published at: fill in “Publish at”.</source>
        <translation>ClaimReview, raporun yayımlanacağı adrese ihtiyaç duyar: “Yayın adresi” alanını doldurun.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Reading claims… %1 of %2</source>
        <translation>İddialar okunuyor… %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %1 of %n claim(s)</source>
        <translation>
            <numerusform>Rapor yazılıyor… %1 / %n iddia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n claim(s) to %1</source>
        <translation>
            <numerusform>%n iddia %1 dosyasına yazıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>; signed (%1)</source>
        <translation>; imzalandı (%1)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (tek ve kendi içinde tam sayfa)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (zip of claims.csv and hops.csv)</source>
        <translation>CSV (claims.csv ve hops.csv içeren zip)</translation>
    </message>
    <message>
        <source>JSON (Provenance Desk report schema)</source>
        <translation>JSON (Provenance Desk rapor şeması)</translation>
    </message>
    <message>
        <source>W3C PROV-JSON</source>
        <translation>W3C PROV-JSON</translation>
    </message>
    <message>
        <source>W3C PROV-N</source>
        <translation>W3C PROV-N</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>W3C Web Annotations of the quotes (JSON-LD)</source>
        <translation>Alıntıların W3C Web Annotation&apos;ları (JSON-LD)</translation>
    </message>
    <message>
        <source>The language of the report&apos;s own words (headings, labels, dates) in HTML, PDF and Markdown. The case&apos;s text and values, and the data formats, are the same in every language.</source>
        <translation>Raporun kendi sözcüklerinin (başlıklar, etiketler, tarihler) HTML, PDF ve Markdown&apos;daki dili. Dosyanın metni ve değerleri ile veri biçimleri her dilde aynıdır.</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>the export failed: %1</source>
        <translation>dışa aktarma başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>KeyProbe</name>
    <message>
        <source>Cannot sign: %1.</source>
        <translation>İmzalanamıyor: %1.</translation>
    </message>
    <message>
        <source>Cannot sign: the keyring failed (%1).</source>
        <translation>İmzalanamıyor: anahtarlık başarısız oldu (%1).</translation>
    </message>
    <message>
        <source>The desk has no signing key yet; create one with “provdesk-cli key create”, then open this dialog again.</source>
        <translation>Masanın henüz imza anahtarı yok; “provdesk-cli key create” ile bir tane oluşturun, sonra bu pencereyi yeniden açın.</translation>
    </message>
</context>
</TS>
