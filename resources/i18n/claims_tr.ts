<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ClaimListControl</name>
    <message>
        <source>The list sorts by claim (the order they were added), verdict or last change</source>
        <extracomment>Search results listed at most (ranked; the list pages through them). The best result opens once typing has paused this long. The claim being read for the pane on a worker (a server case), if any.</extracomment>
        <translation>Liste iddiaya (eklenme sırası), hükme ya da son değişikliğe göre sıralanır</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Açık dosya yok</translation>
    </message>
    <message>
        <source>Counting claims…</source>
        <translation>İddialar sayılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) selected</source>
        <translation>
            <numerusform>%n iddiadan %1 tanesi seçili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>%n iddia bulundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match(es) the filter</source>
        <translation>
            <numerusform>süzgeçle eşleşen %n iddia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n iddia</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(or %1…)</source>
        <translation>(ya da %1…)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match(es) “%1”</source>
        <translation>
            <numerusform>“%1” ile eşleşen %n iddia</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim matches “%1”</source>
        <translation>“%1” ile eşleşen iddia yok</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hüküm</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Last outlet</source>
        <translation>Son yayın organı</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Halkalar</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>İnceleyen</translation>
    </message>
    <message>
        <source>Click to sort by claim</source>
        <translation>İddiaya göre sıralamak için tıklayın</translation>
    </message>
    <message>
        <source>Click to sort by verdict</source>
        <translation>Hükme göre sıralamak için tıklayın</translation>
    </message>
    <message>
        <source>Click to sort by last change</source>
        <translation>Son değişikliğe göre sıralamak için tıklayın</translation>
    </message>
    <message>
        <source>awaiting sign-off</source>
        <extracomment>Where a final verdict stands under four-eyes review, as the list&apos;s verdict column says it.</extracomment>
        <translation>onay bekliyor</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>geri gönderildi</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>İddia %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) changed or lost in a new version of the source: review the hops</source>
        <translation>
            <numerusform>Kaynağın yeni sürümünde %n alıntı değişti ya da kayboldu: halkaları inceleyin</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed %1 by %2</source>
        <translation>%1 tarihinde %2 değiştirdi</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search claims and quotes  (Ctrl+F)</source>
        <translation>İddialarda ve alıntılarda ara  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>İddialarda ara</translation>
    </message>
    <message>
        <source>Every word must match; the last one may be the start of a word</source>
        <translation>Her sözcük eşleşmeli; sonuncusu bir sözcüğün başı olabilir</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>&amp;Tam</translation>
    </message>
    <message>
        <source>Exact search</source>
        <translation>Tam arama</translation>
    </message>
    <message>
        <source>Search the words as typed. Unchecked, a name also finds its other spellings and forms (Lavrov: Лавров, Лаврова, لافروف), listed after the exact matches</source>
        <translation>Sözcükleri yazıldığı gibi ara. İşaretsizken bir ad öteki yazılışlarını ve biçimlerini de bulur (Lavrov: Лавров, Лаврова, لافروف); bunlar tam eşleşmelerden sonra listelenir</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Hüküm süzgeci</translation>
    </message>
    <message>
        <source>Show claims with this verdict</source>
        <translation>Bu hükmü taşıyan iddiaları göster</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Her hüküm</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Etiket süzgeci</translation>
    </message>
    <message>
        <source>Show claims with this tag</source>
        <translation>Bu etiketi taşıyan iddiaları göster</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Aktör süzgeci</translation>
    </message>
    <message>
        <source>Show claims with a hop by this actor</source>
        <translation>Bu aktörün halkası olan iddiaları göster</translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation>Yayın organı süzgeci</translation>
    </message>
    <message>
        <source>Show claims with a hop in a source of this outlet</source>
        <translation>Bu yayın organının bir kaynağında halkası olan iddiaları göster</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Dil süzgeci</translation>
    </message>
    <message>
        <source>Show claims with a hop in this language</source>
        <translation>Bu dilde halkası olan iddiaları göster</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>From date filter</source>
        <translation>Başlangıç tarihi süzgeci</translation>
    </message>
    <message>
        <source>Hops relayed on or after this date (YYYY-MM-DD)</source>
        <translation>Bu tarihte ya da sonrasında aktarılan halkalar (YYYY-AA-GG)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>To date filter</source>
        <translation>Bitiş tarihi süzgeci</translation>
    </message>
    <message>
        <source>Hops relayed on or before this date (YYYY-MM-DD)</source>
        <translation>Bu tarihte ya da öncesinde aktarılan halkalar (YYYY-AA-GG)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Her etiket</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Her aktör</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Her yayın organı</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Her dil</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD</source>
        <translation>“%1” bir tarih değil: YYYY-AA-GG biçiminde yazın</translation>
    </message>
</context>
</TS>
