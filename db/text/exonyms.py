"""Exonyms: one place, several names that no spelling rule relates (Moscow and Moskva, Damascus
and Dimashq, Turkey and Türkiye). Each group's spellings get the key of its first spelling.

Only names whose spellings differ beyond transliteration belong here; Beirut, Бейрут and بيروت
already share a key. Spellings are in the citation form (nominative, no article, no clitic).
"""

from __future__ import annotations

EXONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Moskva", "Moscow", "Moscou", "Moskau", "Moskova", "Москва", "موسكو"),
    ("Dimashq", "Damascus", "Damas", "Damaskus", "Дамаск", "دمشق"),
    ("Qahira", "Cairo", "Kahire", "Каир", "القاهرة"),
    ("Quds", "Jerusalem", "Kudüs", "Yerushalayim", "Иерусалим", "القدس", "أورشليم"),
    ("Halab", "Aleppo", "Halep", "Алеппо", "Халеб", "حلب"),
    ("Makkah", "Mecca", "Mekke", "Мекка", "مكة"),
    ("Tehran", "Teheran", "Tahran", "Тегеран", "طهران", "تهران"),
    ("Istanbul", "Constantinople", "Стамбул", "إسطنبول", "اسطنبول"),
    ("Türkiye", "Turkey", "Turkiye", "Turquie", "Türkei", "Турция", "تركيا"),
    ("Misr", "Egypt", "Mısır", "Египет", "مصر"),
    ("Lubnan", "Lebanon", "Lübnan", "Ливан", "لبنان"),
    ("Urdun", "Jordan", "Ürdün", "Иордания", "الأردن"),
    ("Filastin", "Palestine", "Filistin", "Палестина", "فلسطين"),
    ("Israel", "İsrail", "Израиль", "إسرائيل"),
    (
        "Saudi Arabia",
        "Suudi Arabistan",
        "Саудовская Аравия",
        "السعودية",
        "المملكة العربية السعودية",
    ),
    ("Kreml", "Kremlin", "Кремль", "الكرملين"),
    ("Kyiv", "Kiev", "Киев", "Київ", "كييف"),
    ("Ukraina", "Ukraine", "Ukrayna", "Украина", "أوكرانيا"),
    ("Suriye", "Syria", "Сирия", "سوريا", "سورية"),
    ("Iraq", "Irak", "Ирак", "العراق"),
    ("Jazair", "Algeria", "Cezayir", "Алжир", "الجزائر"),
    ("Maghrib", "Morocco", "Марокко", "المغرب"),
    ("Yaman", "Yemen", "Йемен", "اليمن"),
    ("Libya", "Libiya", "Ливия", "ليبيا"),
    ("Tunis", "Tunisia", "Tunus", "Тунис", "تونس"),
    ("Imarat", "United Arab Emirates", "Birleşik Arap Emirlikleri", "الإمارات"),
    ("Hims", "Homs", "Humus", "Хомс", "حمص"),
    ("Ladhiqiyah", "Latakia", "Lazkiye", "Латакия", "اللاذقية"),
    ("Rusya", "Russia", "Россия", "روسيا"),
    ("Amrika", "United States", "America", "Америка", "أمريكا", "الولايات المتحدة"),
    ("Hizbullah", "Hezbollah", "Hizbollah", "Hizballah", "Хезболла", "Хизбалла", "حزب الله"),
)
