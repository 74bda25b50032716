<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>CaseCommand</name>
    <message>
        <source>New Claim</source>
        <extracomment>A command&apos;s name as Edit ▸ Undo shows it, in the window&apos;s language. Only shown: the audit log records what the case&apos;s operations did, never this text. The claim (and hop) to show after the command ran. The stack&apos;s next undo/redo of this command only puts the stack back (an undo or redo the case refused for a while, e.g. another program held its lock).</extracomment>
        <translation>Yeni İddia</translation>
    </message>
    <message>
        <source>Duplicate Claim</source>
        <translation>İddiayı Çoğalt</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>İddiayı Düzenle</translation>
    </message>
    <message>
        <source>Set Verdict: %1</source>
        <translation>Hüküm Ver: %1</translation>
    </message>
    <message>
        <source>Set Hop Status: %1</source>
        <translation>Halka Durumu: %1</translation>
    </message>
    <message>
        <source>Insert Hop</source>
        <translation>Halka Ekle (araya)</translation>
    </message>
    <message>
        <source>Add Hop</source>
        <translation>Halka Ekle</translation>
    </message>
    <message>
        <source>this hop cannot be added again</source>
        <translation>bu halka yeniden eklenemez</translation>
    </message>
    <message>
        <source>Remove Hop</source>
        <translation>Halkayı Kaldır</translation>
    </message>
    <message>
        <source>Move Hop Up</source>
        <translation>Halkayı Yukarı Taşı</translation>
    </message>
    <message>
        <source>Move Hop Down</source>
        <translation>Halkayı Aşağı Taşı</translation>
    </message>
    <message>
        <source>Edit Hop</source>
        <translation>Halkayı Düzenle</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>İddiayı Sil</translation>
    </message>
    <message>
        <source>Edit Actor %1</source>
        <translation>Aktörü Düzenle: %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Birleştir: %1</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Kaynağı Düzenle</translation>
    </message>
    <message>
        <source>Delete Actor %1</source>
        <translation>Aktörü Sil: %1</translation>
    </message>
    <message>
        <source>Delete Source %1</source>
        <translation>Kaynağı Sil: %1</translation>
    </message>
    <message>
        <source>Sign Off Verdict</source>
        <translation>Hükmü Onayla</translation>
    </message>
    <message>
        <source>Send Verdict Back</source>
        <translation>Hükmü Geri Gönder</translation>
    </message>
    <message>
        <source>Create Claim from Suggestion</source>
        <translation>Öneriden İddia Oluştur</translation>
    </message>
    <message>
        <source>Add Suggestion to Claim</source>
        <translation>Öneriyi İddiaya Ekle</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim wording</source>
        <translation>İddianın ifadesi</translation>
    </message>
    <message>
        <source>One checkable statement, in your normalised wording</source>
        <translation>Doğrulanabilir tek bir ifade, sizin düzenlediğiniz biçimde</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Turkey, Syria</source>
        <translation>Virgülle ayrılmış, ör. Türkiye, Suriye</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>İ&amp;fade:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiketler:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Write the claim&apos;s wording first</source>
        <translation>Önce iddianın ifadesini yazın</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Someone else changed this meanwhile: choose what to keep in the window that opened.</source>
        <translation>Bu arada başka biri bunu değiştirdi: neyin kalacağını açılan pencerede seçin.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cannot do “%1” now: %2</source>
        <translation>“%1” şimdi yapılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot do “%1” any more: %2</source>
        <translation>“%1” artık yapılamaz: %2</translation>
    </message>
    <message>
        <source>Read-only: you may read this case but not change it</source>
        <translation>Salt okunur: bu dosyayı okuyabilir ama değiştiremezsiniz</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Önce bir iddia seçin</translation>
    </message>
    <message>
        <source>Select a hop first</source>
        <translation>Önce bir halka seçin</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Önce bir dosya açın</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Yeni iddia</translation>
    </message>
    <message>
        <source>Open a claim first</source>
        <translation>Önce bir iddia açın</translation>
    </message>
    <message>
        <source>Claim %1 moved to the Trash; Edit ▸ Undo or View ▸ Trash brings it back</source>
        <translation>İddia %1 Çöp Kutusuna taşındı; Düzen ▸ Geri Al ya da Görünüm ▸ Çöp Kutusu onu geri getirir</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>İddiayı düzenle</translation>
    </message>
    <message>
        <source>no drift found</source>
        <translation>kayma bulunmadı</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Someone saved a newer version of this record (%1 %2, version %3) while you were editing version %4. Choose which to keep; you can copy from both.</source>
        <translation>Siz %4. sürümü düzenlerken başka biri bu kaydın daha yeni bir sürümünü kaydetti (%1 %2, sürüm %3). Hangisinin kalacağını seçin; ikisinden de kopyalayabilirsiniz.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sizin sürümünüz</translation>
    </message>
    <message>
        <source>The version in the case</source>
        <translation>Dosyadaki sürüm</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Sizin değişikliğiniz</translation>
    </message>
    <message>
        <source>In the case now (version %1)</source>
        <translation>Şu an dosyada (sürüm %1)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Benimkini Koru</translation>
    </message>
    <message>
        <source>Save your change over the newer version</source>
        <translation>Değişikliğinizi daha yeni sürümün üzerine kaydedin</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Onlarınkini Al</translation>
    </message>
    <message>
        <source>Drop your change and show the version in the case</source>
        <translation>Değişikliğinizi bırakın ve dosyadaki sürümü gösterin</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>iddia</translation>
    </message>
    <message>
        <source>The claim was changed meanwhile</source>
        <translation>İddia bu arada değiştirildi</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>halka</translation>
    </message>
    <message>
        <source>The hop was changed meanwhile</source>
        <translation>Halka bu arada değiştirildi</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <source>The actor was changed meanwhile</source>
        <translation>Aktör bu arada değiştirildi</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>The source was changed meanwhile</source>
        <translation>Kaynak bu arada değiştirildi</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Bu arada değiştirildi</translation>
    </message>
</context>
<context>
    <name>HopDialog</name>
    <message>
        <source>Edit hop</source>
        <extracomment>The actors a typed name may be (`db.actor_names.actor_candidates` over the open case). Where a new hop goes: (kind, hop id). Kinds: &quot;end&quot;, &quot;after&quot; (inserted between), &quot;route&quot; (a second route branching after the hop), &quot;origin&quot; (the new first hop).</extracomment>
        <translation>Halkayı düzenle</translation>
    </message>
    <message>
        <source>Add hop</source>
        <translation>Halka ekle</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Who relayed the claim? Type a name or an alias</source>
        <translation>İddiayı kim aktardı? Bir ad ya da takma ad yazın</translation>
    </message>
    <message>
        <source>Kind of new actor</source>
        <translation>Yeni aktörün türü</translation>
    </message>
    <message>
        <source>Actor match</source>
        <translation>Aktör eşleşmesi</translation>
    </message>
    <message>
        <source>Use the offered actor</source>
        <translation>Önerilen aktörü kullan</translation>
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
        <source>No source</source>
        <translation>Kaynak yok</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>başlıksız</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>ar, tr, ru, en…</source>
        <translation>ar, tr, ru, en…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>The words as this source carries them</source>
        <translation>Bu kaynağın aktardığı biçimiyle sözcükler</translation>
    </message>
    <message>
        <source>The &amp;direction of this link as reported is doubtful</source>
        <translation>Bu bağlantının aktarılan &amp;yönü şüpheli</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Place in the chain</source>
        <translation>Zincirdeki yeri</translation>
    </message>
    <message>
        <source>At the end of the chain</source>
        <translation>Zincirin sonunda</translation>
    </message>
    <message>
        <source>After %1 (inserted between)</source>
        <translation>%1 sonrasında (araya eklenir)</translation>
    </message>
    <message>
        <source>As a second route after %1</source>
        <translation>%1 sonrasında ikinci bir yol olarak</translation>
    </message>
    <message>
        <source>As the new origin (first hop)</source>
        <translation>Yeni başlangıç olarak (ilk halka)</translation>
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
        <translation>İ&amp;lişki:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>A&amp;lıntı:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ot:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Yer:</translation>
    </message>
    <message>
        <source>New actor: it will be added to the case</source>
        <translation>Yeni aktör: dosyaya eklenecek</translation>
    </message>
    <message>
        <source>Known actor #%1</source>
        <translation>Bilinen aktör #%1</translation>
    </message>
    <message>
        <source>; or %1</source>
        <translation>; ya da %1</translation>
    </message>
    <message>
        <source>%1%2. OK adds a new actor instead.</source>
        <translation>%1%2. Tamam bunun yerine yeni bir aktör ekler.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;kullan</translation>
    </message>
    <message>
        <source>%1 — same as %2 (actor %3)?</source>
        <translation>%1 — %2 ile aynı mı (aktör %3)?</translation>
    </message>
    <message>
        <source>%1 — same as %2 (actor %3, spelled %4)?</source>
        <translation>%1 — %2 ile aynı mı (aktör %3, %4 yazılışıyla)?</translation>
    </message>
    <message>
        <source>same name key</source>
        <translation>aynı ad anahtarı</translation>
    </message>
    <message>
        <source>part of the name meets</source>
        <translation>adın bir kısmı eşleşiyor</translation>
    </message>
    <message>
        <source>%1, %2% alike</source>
        <translation>%1, %%2 benzer</translation>
    </message>
    <message>
        <source>Name the actor of this hop</source>
        <translation>Bu halkanın aktörünü adlandırın</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD</source>
        <translation>“%1” bir tarih değil: YYYY-AA-GG biçiminde yazın</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>not saved: %1</source>
        <translation>kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>%1 — your edit is kept here: press OK to try again</source>
        <translation>%1 — düzenlemeniz burada duruyor: yeniden denemek için Tamam&apos;a basın</translation>
    </message>
    <message>
        <source>%1 — waiting for it; your edit is kept and saved as soon as it is free</source>
        <translation>%1 — bekleniyor; düzenlemeniz korunuyor ve serbest kalır kalmaz kaydedilecek</translation>
    </message>
</context>
<context>
    <name>NewActorKind</name>
    <message>
        <source>Why this kind</source>
        <translation>Bu tür neden</translation>
    </message>
    <message>
        <source>Guessed from the web domain “%1”; choose another kind if it is wrong</source>
        <translation>“%1” web alan adından tahmin edildi; yanlışsa başka bir tür seçin</translation>
    </message>
    <message>
        <source>Guessed: “%1” is a known news outlet; choose another kind if wrong</source>
        <translation>Tahmin: “%1” bilinen bir yayın organı; yanlışsa başka bir tür seçin</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”; choose another kind if it is wrong</source>
        <translation>“%1” sözcüğünden tahmin edildi; yanlışsa başka bir tür seçin</translation>
    </message>
    <message>
        <source>No word in the name marks an outlet, body or unnamed official</source>
        <translation>Adda yayın organı, kurum ya da adı açıklanmayan yetkili belirten bir sözcük yok</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Set verdict</source>
        <translation>Hüküm ver</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Durumu belirle</translation>
    </message>
    <message>
        <source>Verdict choices</source>
        <translation>Hüküm seçenekleri</translation>
    </message>
    <message>
        <source>Status choices</source>
        <translation>Durum seçenekleri</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>Why? What did you check, where? (required for a final verdict or a checked hop)</source>
        <translation>Neden? Neyi, nerede kontrol ettiniz? (kesin bir hüküm ya da kontrol edilmiş bir halka için gerekli)</translation>
    </message>
    <message>
        <source>The original says:</source>
        <translation>Özgün metin şöyle diyor:</translation>
    </message>
    <message>
        <source>Drift:</source>
        <translation>Kayma:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Hüküm:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The located passage differs from the quote:&lt;/b&gt; %1. Confirm only if the quote is right all the same.</source>
        <translation>&lt;b&gt;Bulunan pasaj alıntıdan farklı:&lt;/b&gt; %1. Yalnızca alıntı yine de doğruysa onaylayın.</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Birini seçin</translation>
    </message>
</context>
<context>
    <name>SuggestionClaimDialog</name>
    <message>
        <source>new: %1</source>
        <translation>yeni: %1</translation>
    </message>
    <message>
        <source>actor guessed</source>
        <translation>aktör tahmin edildi</translation>
    </message>
    <message>
        <source>direction doubtful</source>
        <translation>yönü şüpheli</translation>
    </message>
    <message>
        <source>quoted in this source</source>
        <translation>bu kaynakta alıntılanmış</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Create claim from suggestion</source>
        <translation>Öneriden iddia oluştur</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>İddianın ifadesi</translation>
    </message>
    <message>
        <source>Hops, origin first</source>
        <translation>Halkalar, başlangıç önce</translation>
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
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>In the text: %1</source>
        <translation>Metinde: %1</translation>
    </message>
    <message>
        <source>Nothing enters the case until you press OK; then claim and hops are one step that Undo takes back.</source>
        <translation>Tamam&apos;a basana kadar dosyaya hiçbir şey girmez; sonra iddia ve halkaları Geri Al&apos;ın tek seferde geri aldığı tek bir adımdır.</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>İ&amp;fade:</translation>
    </message>
    <message>
        <source>&amp;Hops (origin first):</source>
        <translation>&amp;Halkalar (başlangıç önce):</translation>
    </message>
    <message>
        <source>Write the claim&apos;s wording first</source>
        <translation>Önce iddianın ifadesini yazın</translation>
    </message>
    <message>
        <source>Keep at least one hop</source>
        <translation>En az bir halka bırakın</translation>
    </message>
</context>
</TS>
