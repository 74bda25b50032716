"""Turkish evaluation passages (written for this project in the style of Turkish wire copy).

Same format as passages_en.py.
"""

PASSAGES = [
    (
        "Dışişleri Bakanı, Suriye ile görüşmelerin gelecek hafta yeniden başlayacağını söyledi.",
        [
            dict(
                s="Dışişleri Bakanı",
                c="söyledi",
                t="Suriye ile görüşmelerin gelecek hafta yeniden başlayacağını",
            )
        ],
    ),
    (
        "“Masada hiçbir kırmızı çizgi yok,” dedi yetkili.",
        [dict(s="yetkili", c="dedi", t="“Masada hiçbir kırmızı çizgi yok,”")],
    ),
    (
        "Meteoroloji Genel Müdürlüğüne göre, Karadeniz kıyılarında yarın şiddetli yağış bekleniyor.",
        [
            dict(
                s="Meteoroloji Genel Müdürlüğü",
                c="ne göre",
                t="Karadeniz kıyılarında yarın şiddetli yağış bekleniyor",
            )
        ],
    ),
    (
        "İstanbul'da dün akşam saatlerinde trafik kazaları nedeniyle köprüde uzun kuyruklar oluştu.",
        [],
    ),
    (
        "Sağlık Bakanlığı, son bir haftada yeni vaka görülmediğini açıkladı.",
        [dict(s="Sağlık Bakanlığı", c="açıkladı", t="son bir haftada yeni vaka görülmediğini")],
    ),
    (
        "Cumhurbaşkanlığı Sözcüsü, Ankara'nın diyaloğa her zaman açık olduğunu vurguladı.",
        [
            dict(
                s="Cumhurbaşkanlığı Sözcüsü",
                c="vurguladı",
                t="Ankara'nın diyaloğa her zaman açık olduğunu",
            )
        ],
    ),
    (
        "Yerel kaynakların aktardığına göre, ordu gece boyunca kasabanın çevresini bombaladı.",
        [
            dict(
                s="Yerel kaynakların",
                c="aktardığına göre",
                t="ordu gece boyunca kasabanın çevresini bombaladı",
            )
        ],
    ),
    (
        "Bakan, “Sınır kapısını önümüzdeki hafta açacağız,” dedi.",
        [dict(s="Bakan", c="dedi", t="“Sınır kapısını önümüzdeki hafta açacağız,”")],
    ),
    (
        "Reuters'ın haberine göre, merkez bankası faizleri yeniden artırmaya hazırlanıyor.",
        [
            dict(
                s="Reuters",
                c="'ın haberine göre",
                t="merkez bankası faizleri yeniden artırmaya hazırlanıyor",
            )
        ],
    ),
    (
        "Muhalefet lideri, seçim sonuçlarının hileli olduğunu iddia etti.",
        [dict(s="Muhalefet lideri", c="iddia etti", t="seçim sonuçlarının hileli olduğunu")],
    ),
    (
        "Belediye yeni parkın yaz başında hizmete gireceğini bildirdi.",
        [dict(s="Belediye", c="bildirdi", t="yeni parkın yaz başında hizmete gireceğini")],
    ),
    (
        "Kuraklık nedeniyle buğday hasadı bu yıl yüzde yirmi azaldı.",
        [],
    ),
    (
        "Milli Savunma Bakanı Hulusi Kaya, operasyonun hedeflerine ulaştığını belirtti. Kaya, sivillerin zarar görmediğini de ekledi.",
        [
            dict(
                s="Milli Savunma Bakanı Hulusi Kaya",
                c="belirtti",
                t="operasyonun hedeflerine ulaştığını",
            ),
            dict(s=("Kaya", 1), c="ekledi", t="sivillerin zarar görmediğini de"),
        ],
    ),
    (
        "Üst düzey bir güvenlik yetkilisi BBC Türkçe'ye yaptığı açıklamada, Şam ile tüm konuların masada olduğunu söyledi.",
        [
            dict(
                s="Üst düzey bir güvenlik yetkilisi",
                c=["yaptığı açıklamada", "söyledi"],
                t="Şam ile tüm konuların masada olduğunu",
            )
        ],
    ),
    (
        "Anadolu Ajansı'nın aktardığına göre, toplantı Moskova'da yapılacak.",
        [dict(s="Anadolu Ajansı", c="'nın aktardığına göre", t="toplantı Moskova'da yapılacak")],
    ),
    (
        "Rus basını, Lavrov'un Ankara'yı ziyaret edeceğini yazdı.",
        [dict(s="Rus basını", c="yazdı", t="Lavrov'un Ankara'yı ziyaret edeceğini")],
    ),
    (
        "Valilik yaptığı yazılı açıklamada yangının kontrol altına alındığını duyurdu.",
        [
            dict(
                s="Valilik",
                c=["yaptığı yazılı açıklamada", "duyurdu"],
                t="yangının kontrol altına alındığını",
            )
        ],
    ),
    (
        "Lavrov, “Batı, mültecilerin dönmesini istemiyor,” diye konuştu.",
        [dict(s="Lavrov", c="diye konuştu", t="“Batı, mültecilerin dönmesini istemiyor,”")],
    ),
    (
        "Şirket, silah sattığı yönündeki iddiaları reddetti.",
        [dict(s="Şirket", c="reddetti", t="silah sattığı yönündeki iddiaları")],
    ),
    (
        "Ekonomistler enflasyonun yıl sonunda düşeceğini tahmin ediyor.",
        [dict(s="Ekonomistler", c="tahmin ediyor", t="enflasyonun yıl sonunda düşeceğini")],
    ),
    (
        "Uzmanlar, ekonomik krizin derinleşebileceği konusunda uyardı.",
        [dict(s="Uzmanlar", c="uyardı", t="ekonomik krizin derinleşebileceği konusunda")],
    ),
    (
        "Yeni havalimanı gelecek ay hizmete girecek.",
        [],
    ),
    (
        "Birleşmiş Milletler'e göre yaklaşık bir milyon kişi gıda yardımına muhtaç.",
        [
            dict(
                s="Birleşmiş Milletler",
                c="'e göre",
                t="yaklaşık bir milyon kişi gıda yardımına muhtaç",
            )
        ],
    ),
    (
        "Görgü tanıkları, askerlerin kalabalığa ateş açtığını anlattı.",
        [dict(s="Görgü tanıkları", c="anlattı", t="askerlerin kalabalığa ateş açtığını")],
    ),
    (
        "Dışişleri Sözcüsü, saldırıyı kınadığını ve bağımsız bir soruşturma istediklerini kaydetti.",
        [
            dict(
                s="Dışişleri Sözcüsü",
                c="kaydetti",
                t="saldırıyı kınadığını ve bağımsız bir soruşturma istediklerini",
            )
        ],
    ),
    (
        "Gazete, üst düzey bir diplomatın görüşmelerin çıkmaza girdiğini söylediğini aktardı.",
        [
            dict(
                s="Gazete",
                c="aktardı",
                t="üst düzey bir diplomatın görüşmelerin çıkmaza girdiğini söylediğini",
            ),
            dict(
                s="üst düzey bir diplomatın",
                c="söylediğini",
                t="görüşmelerin çıkmaza girdiğini",
                p=0,
            ),
        ],
    ),
    (
        "Polis, patlamayla bağlantılı dört şüphelinin gözaltına alındığını açıkladı.",
        [
            dict(
                s="Polis",
                c="açıkladı",
                t="patlamayla bağlantılı dört şüphelinin gözaltına alındığını",
            )
        ],
    ),
    (
        "Bakan Yılmaz, “Bu kriz diyalogla çözülür,” diyerek tarafları masaya davet etti.",
        [dict(s="Bakan Yılmaz", c="diyerek", t="“Bu kriz diyalogla çözülür,”")],
    ),
    (
        "Sözcü, ateşkesin birçok bölgede sürdüğünü ifade etti.",
        [dict(s="Sözcü", c="ifade etti", t="ateşkesin birçok bölgede sürdüğünü")],
    ),
    (
        "Mahalle sakinleri elektriklerin üç gündür kesik olduğunu dile getirdi.",
        [dict(s="Mahalle sakinleri", c="dile getirdi", t="elektriklerin üç gündür kesik olduğunu")],
    ),
    (
        "Müzede restorasyon çalışmaları tamamlandı.",
        [],
    ),
    (
        "Vali, içme suyunun güvenli olduğunu söyledi ve vatandaşları sakin olmaya çağırdı.",
        [dict(s="Vali", c="söyledi", t="içme suyunun güvenli olduğunu")],
    ),
    (
        "Kremlin Sözcüsü Peskov, iki liderin telefonda görüştüğünü doğruladı.",
        [dict(s="Kremlin Sözcüsü Peskov", c="doğruladı", t="iki liderin telefonda görüştüğünü")],
    ),
]

# More passages: "…dedi", "…belirtti", "…e göre", quotation first, nested and inflected verbs
# (written for this project).
PASSAGES += [
    (
        "Dışişleri Bakanı Selin Arslan, sınır kapısının gelecek hafta tırlara açılacağını belirtti.",
        [
            dict(
                s="Dışişleri Bakanı Selin Arslan",
                c="belirtti",
                t="sınır kapısının gelecek hafta tırlara açılacağını",
            )
        ],
    ),
    (
        "“Hiçbir ön koşulu kabul etmeyeceğiz,” dedi Bakan Doğan.",
        [dict(s="Bakan Doğan", c="dedi", t="“Hiçbir ön koşulu kabul etmeyeceğiz,”")],
    ),
    (
        "Anadolu Ajansı'na göre, Şam'daki görüşmeler cuma gününe kadar sürecek.",
        [dict(s="Anadolu Ajansı", c="na göre", t="Şam'daki görüşmeler cuma gününe kadar sürecek")],
    ),
    (
        "Kremlin Sözcüsü Peskov, Lavrov'un Ankara'yı ziyaret edeceğini söyledi.",
        [dict(s="Kremlin Sözcüsü Peskov", c="söyledi", t="Lavrov'un Ankara'yı ziyaret edeceğini")],
    ),
    (
        "Merkez Bankası Başkanı, enflasyonun aralık ayında yüzde sekizin altına ineceğini tahmin ediyor.",
        [
            dict(
                s="Merkez Bankası Başkanı",
                c="tahmin ediyor",
                t="enflasyonun aralık ayında yüzde sekizin altına ineceğini",
            )
        ],
    ),
    (
        "Kuzeydeki köylerde kar nedeniyle yollar kapandı.",
        [],
    ),
    (
        "Bakan, yardım konvoylarının kuzeydeki kasabalara ulaştığını kaydetti.",
        [dict(s="Bakan", c="kaydetti", t="yardım konvoylarının kuzeydeki kasabalara ulaştığını")],
    ),
    (
        "Muhalefet lideri, seçimlerin zamanında yapılacağını ifade etti.",
        [dict(s="Muhalefet lideri", c="ifade etti", t="seçimlerin zamanında yapılacağını")],
    ),
    (
        "“Bu, son on yılın en kötü hasadı,” diye konuştu çiftçi Ahmet Kaya.",
        [dict(s="çiftçi Ahmet Kaya", c="diye konuştu", t="“Bu, son on yılın en kötü hasadı,”")],
    ),
    (
        "Hürriyet'in haberine göre, köprü on sekiz ay içinde yeniden inşa edilecek.",
        [
            dict(
                s="Hürriyet",
                c="in haberine göre",
                t="köprü on sekiz ay içinde yeniden inşa edilecek",
            )
        ],
    ),
    (
        "Sözcü, iddiaları kesinlikle reddetti.",
        [dict(s="Sözcü", c="reddetti", t="iddiaları kesinlikle")],
    ),
    (
        "Başbakan Yılmaz, yaptığı açıklamada rafinerinin üç haftalık aradan sonra yeniden çalışacağını açıkladı.",
        [
            dict(
                s="Başbakan Yılmaz",
                c=["yaptığı açıklamada", "açıkladı"],
                t="rafinerinin üç haftalık aradan sonra yeniden çalışacağını",
            )
        ],
    ),
    (
        "Uzmanlara göre, yaptırımlar ihracatı yarı yarıya azalttı.",
        [dict(s="Uzmanlar", c="a göre", t="yaptırımlar ihracatı yarı yarıya azalttı")],
    ),
    (
        "Sağlık Bakanı Rania Saleh, hastanenin jeneratörleri için yakıtın bittiğini vurguladı.",
        [
            dict(
                s="Sağlık Bakanı Rania Saleh",
                c="vurguladı",
                t="hastanenin jeneratörleri için yakıtın bittiğini",
            )
        ],
    ),
    (
        "Heyet pazartesi akşamı Ankara'dan ayrıldı.",
        [],
    ),
    (
        "Valilik, protestocuların suçlama olmadan serbest bırakıldığını duyurdu.",
        [dict(s="Valilik", c="duyurdu", t="protestocuların suçlama olmadan serbest bırakıldığını")],
    ),
    (
        "“Kapılarımız müzakere etmek isteyen herkese açık,” dedi Arslan. “Kimse bizden çekilmemizi istemedi.”",
        [
            dict(
                s="Arslan",
                c="dedi",
                t=[
                    "“Kapılarımız müzakere etmek isteyen herkese açık,”",
                    "“Kimse bizden çekilmemizi istemedi.”",
                ],
            )
        ],
    ),
    (
        "Diplomat, görüşmelerin kış aylarından bu yana ilerleme kaydetmediğini dile getirdi.",
        [
            dict(
                s="Diplomat",
                c="dile getirdi",
                t="görüşmelerin kış aylarından bu yana ilerleme kaydetmediğini",
            )
        ],
    ),
    (
        "Reuters'ın aktardığına göre, boru hattı yıl sonuna kadar kıyıya gaz taşıyacak.",
        [
            dict(
                s="Reuters",
                c="ın aktardığına göre",
                t="boru hattı yıl sonuna kadar kıyıya gaz taşıyacak",
            )
        ],
    ),
    (
        "Enerji Bakanı, yakıt fiyatlarının nisanda yüzde on artacağını söylüyor.",
        [dict(s="Enerji Bakanı", c="söylüyor", t="yakıt fiyatlarının nisanda yüzde on artacağını")],
    ),
    (
        "Bakan Doğan, ordunun iki gözlem noktasından çekildiğini doğruladı.",
        [dict(s="Bakan Doğan", c="doğruladı", t="ordunun iki gözlem noktasından çekildiğini")],
    ),
    (
        "İki ülke arasındaki ticaret geçen yıl üçte bir oranında azaldı.",
        [],
    ),
    (
        "Komisyon Başkanı, anlaşmanın iki tarafın haklarını koruduğunu savundu.",
        [dict(s="Komisyon Başkanı", c="savundu", t="anlaşmanın iki tarafın haklarını koruduğunu")],
    ),
    (
        "BM temsilcisi, ateşkesin vilayetin büyük bölümünde sürdüğünü ifade ederek taraflara itidal çağrısında bulundu.",
        [
            dict(
                s="BM temsilcisi",
                c="ifade ederek",
                t="ateşkesin vilayetin büyük bölümünde sürdüğünü",
            )
        ],
    ),
    (
        "Gazete, bir diplomatın müzakerelerin çıkmaza girdiğini söylediğini aktardı.",
        [
            dict(
                s="Gazete",
                c="aktardı",
                t="bir diplomatın müzakerelerin çıkmaza girdiğini söylediğini",
            ),
            dict(s="bir diplomatın", c="söylediğini", t="müzakerelerin çıkmaza girdiğini", p=0),
        ],
    ),
    (
        "“Soruşturma ay sonundan önce tamamlanacak,” diye ekledi savcı.",
        [dict(s="savcı", c="diye ekledi", t="“Soruşturma ay sonundan önce tamamlanacak,”")],
    ),
    (
        "Ekonomistler, kredinin on iki yılda geri ödeneceğini hatırlattı.",
        [dict(s="Ekonomistler", c="hatırlattı", t="kredinin on iki yılda geri ödeneceğini")],
    ),
]
