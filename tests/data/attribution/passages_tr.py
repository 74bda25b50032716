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
