<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Case…</source>
        <extracomment>The menu text (&quot;&quot; for an action made by its room: an undo stack&apos;s, a dock&apos;s toggle). Every key that triggers it (duplicates and keys the platform lacks are dropped). The Qt object name (tests and style sheets find the action by it). The key works in every window of the app, not only the main window.</extracomment>
        <translation>&amp;قضية جديدة…</translation>
    </message>
    <message>
        <source>Create an empty case file</source>
        <translation>أنشئ ملف قضية فارغًا</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;فتح قضية…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>افتح ملف قضية</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>الاتصال بخادم ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Open the case a desk shares on a PostgreSQL server</source>
        <translation>افتح القضية التي يتشاركها فريق على خادم PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;تصدير تقرير…</translation>
    </message>
    <message>
        <source>Export claims with their chains, evidence hashes and review history</source>
        <translation>صدّر الادعاءات مع سلاسلها وبصمات أدلتها وسجل مراجعاتها</translation>
    </message>
    <message>
        <source>Copy Case to Team &amp;Server…</source>
        <translation>نسخ القضية إلى &amp;خادم الفريق…</translation>
    </message>
    <message>
        <source>Put a copy of this case, evidence files and audit log included, on a team server</source>
        <translation>ضع نسخة من هذه القضية، بملفات أدلتها وسجل تدقيقها، على خادم الفريق</translation>
    </message>
    <message>
        <source>Copy Case to &amp;File…</source>
        <translation>نسخ القضية إلى م&amp;لف…</translation>
    </message>
    <message>
        <source>Write a copy of this case, evidence files and audit log included, to a case file</source>
        <translation>اكتب نسخة من هذه القضية، بملفات أدلتها وسجل تدقيقها، في ملف قضية</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>استعادة من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put the case back as it was in one of its backups (the current case is kept)</source>
        <translation>أعد القضية إلى ما كانت عليه في إحدى نسخها الاحتياطية (تُحفظ القضية الحالية)</translation>
    </message>
    <message>
        <source>&amp;Import Source…</source>
        <translation>ا&amp;ستيراد مصدر…</translation>
    </message>
    <message>
        <source>Import a PDF, web page or capture, text, e-mail, document or image as a source</source>
        <translation>استورد ملف PDF أو صفحة ويب أو لقطة أو نصًا أو بريدًا إلكترونيًا أو مستندًا أو صورة مصدرًا</translation>
    </message>
    <message>
        <source>Import New &amp;Version…</source>
        <translation>استيراد &amp;نسخة جديدة…</translation>
    </message>
    <message>
        <source>Import a changed file of the source shown as its new version; its quotes are re-anchored (exact, changed or lost)</source>
        <translation>استورد ملفًا معدّلًا للمصدر المعروض نسخةً جديدة منه؛ تُعاد مواضع اقتباساته (مطابق أو متغيّر أو مفقود)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>Import every PDF, saved web page, text and Markdown file under a folder</source>
        <translation>استورد كل ملفات PDF وصفحات الويب المحفوظة وملفات النص وMarkdown في مجلد</translation>
    </message>
    <message>
        <source>OCR &amp;Language for Imports…</source>
        <translation>&amp;لغة التعرّف الضوئي للاستيراد…</translation>
    </message>
    <message>
        <source>The language(s) of screenshots and scanned pages imported next (default: guessed)</source>
        <translation>لغة (أو لغات) لقطات الشاشة والصفحات الممسوحة التي ستُستورد لاحقًا (افتراضيًا: تُخمَّن)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>أغلق النافذة</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>Your reviewer name, the window&apos;s language and its digits</source>
        <translation>اسمك بصفتك مراجِعًا، ولغة النافذة وأرقامها</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search the claims and quotes of the case</source>
        <translation>ابحث في ادعاءات القضية واقتباساتها</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;مسح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <source>Show every claim again</source>
        <translation>اعرض كل الادعاءات من جديد</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Read the case again (changes made by others appear)</source>
        <translation>اقرأ القضية من جديد (تظهر تغييرات الآخرين)</translation>
    </message>
    <message>
        <source>Show or hide the Actors view</source>
        <translation>أظهر عرض الجهات أو أخفه</translation>
    </message>
    <message>
        <source>Show or hide the Sources view</source>
        <translation>أظهر عرض المصادر أو أخفه</translation>
    </message>
    <message>
        <source>Show or hide the Trash: deleted records, to restore or purge</source>
        <translation>أظهر سلة المهملات أو أخفها: السجلات المحذوفة، لاستعادتها أو حذفها نهائيًا</translation>
    </message>
    <message>
        <source>Show or hide the source viewer</source>
        <translation>أظهر عارض المصدر أو أخفه</translation>
    </message>
    <message>
        <source>&amp;New Claim…</source>
        <translation>ادعاء &amp;جديد…</translation>
    </message>
    <message>
        <source>Write a new claim</source>
        <translation>اكتب ادعاءً جديدًا</translation>
    </message>
    <message>
        <source>&amp;Duplicate Claim</source>
        <translation>&amp;تكرار الادعاء</translation>
    </message>
    <message>
        <source>Copy the claim with its chain (verdict and statuses start afresh)</source>
        <translation>انسخ الادعاء مع سلسلته (يبدأ الحكم والحالات من جديد)</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;تحرير الادعاء…</translation>
    </message>
    <message>
        <source>Change the wording, tags or notes</source>
        <translation>غيّر الصياغة أو الوسوم أو الملاحظات</translation>
    </message>
    <message>
        <source>Set &amp;Verdict…</source>
        <translation>تحديد ال&amp;حكم…</translation>
    </message>
    <message>
        <source>Mark the claim&apos;s verdict with a rationale</source>
        <translation>حدّد حكم الادعاء مع التعليل</translation>
    </message>
    <message>
        <source>Sign &amp;Off Verdict…</source>
        <translation>ا&amp;عتماد الحكم…</translation>
    </message>
    <message>
        <source>Confirm another reviewer&apos;s final verdict (four-eyes)</source>
        <translation>أكّد الحكم النهائي لمراجِع آخر (المراجعة المزدوجة)</translation>
    </message>
    <message>
        <source>Send Verdict &amp;Back…</source>
        <translation>إ&amp;عادة الحكم للمراجعة…</translation>
    </message>
    <message>
        <source>Return another reviewer&apos;s final verdict for more work, with the reason</source>
        <translation>أعد الحكم النهائي لمراجِع آخر لمزيد من العمل، مع السبب</translation>
    </message>
    <message>
        <source>De&amp;lete Claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <source>Move the claim with its chain to the Trash (Undo or View ▸ Trash brings it back)</source>
        <translation>انقل الادعاء مع سلسلته إلى سلة المهملات (التراجع أو عرض ◂ سلة المهملات يعيده)</translation>
    </message>
    <message>
        <source>&amp;Add Hop…</source>
        <translation>إ&amp;ضافة حلقة…</translation>
    </message>
    <message>
        <source>Add a hop at the end of the chain</source>
        <translation>أضف حلقة في آخر السلسلة</translation>
    </message>
    <message>
        <source>&amp;Insert Hop After Selected…</source>
        <translation>إ&amp;دراج حلقة بعد المحددة…</translation>
    </message>
    <message>
        <source>Insert a hop between the selected hop and the next</source>
        <translation>أدرج حلقة بين الحلقة المحددة والتي تليها</translation>
    </message>
    <message>
        <source>Edit &amp;Hop…</source>
        <translation>تحرير ال&amp;حلقة…</translation>
    </message>
    <message>
        <source>Change the selected hop</source>
        <translation>غيّر الحلقة المحددة</translation>
    </message>
    <message>
        <source>Set Hop &amp;Status…</source>
        <translation>تحديد حالة ال&amp;حلقة…</translation>
    </message>
    <message>
        <source>Mark how faithfully the selected hop relays the claim</source>
        <translation>حدّد مدى أمانة الحلقة المحددة في نقل الادعاء</translation>
    </message>
    <message>
        <source>Move Hop &amp;Up</source>
        <translation>نقل الحلقة لأ&amp;على</translation>
    </message>
    <message>
        <source>Towards the origin</source>
        <translation>نحو المنشأ</translation>
    </message>
    <message>
        <source>Move Hop Do&amp;wn</source>
        <translation>نقل الحلقة لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Away from the origin</source>
        <translation>بعيدًا عن المنشأ</translation>
    </message>
    <message>
        <source>&amp;Remove Hop</source>
        <translation>إ&amp;زالة الحلقة</translation>
    </message>
    <message>
        <source>Take the selected hop out of the chain</source>
        <translation>أخرج الحلقة المحددة من السلسلة</translation>
    </message>
    <message>
        <source>Accept New &amp;Anchor</source>
        <translation>&amp;قبول الموضع الجديد</translation>
    </message>
    <message>
        <source>The selected hop&apos;s changed quote takes the words of its source&apos;s current version</source>
        <translation>يأخذ الاقتباس المتغيّر للحلقة المحددة كلمات النسخة الحالية من مصدره</translation>
    </message>
    <message>
        <source>&amp;Keep Old Version</source>
        <translation>إ&amp;بقاء النسخة القديمة</translation>
    </message>
    <message>
        <source>The selected hop&apos;s changed or lost quote stays checked against the version it was anchored in</source>
        <translation>يبقى الاقتباس المتغيّر أو المفقود للحلقة المحددة مفحوصًا مقابل النسخة التي حُدّد موضعه فيها</translation>
    </message>
    <message>
        <source>&amp;Where Else?…</source>
        <translation>&amp;أين أيضًا؟…</translation>
    </message>
    <message>
        <source>Every source in the case carrying the selected hop&apos;s quote (or the claim&apos;s wording), by date, the earliest marked</source>
        <translation>كل مصدر في القضية يحمل اقتباس الحلقة المحددة (أو صياغة الادعاء)، مرتبًا حسب التاريخ، مع تمييز الأقدم</translation>
    </message>
    <message>
        <source>Add Hop from the &amp;Original</source>
        <translation>إضافة حلقة من الأ&amp;صل</translation>
    </message>
    <message>
        <source>Before the selected hop, quoted from a translation, add the original&apos;s hop with its quote located in the original through the sentence alignment</source>
        <translation>قبل الحلقة المحددة، المقتبسة من ترجمة، أضف حلقة الأصل مع اقتباسها محدَّدًا في الأصل عبر محاذاة الجمل</translation>
    </message>
    <message>
        <source>&amp;Link Translation…</source>
        <translation>&amp;ربط الترجمة بالأصل…</translation>
    </message>
    <message>
        <source>Mark the source shown as the translation of another source and align their sentences</source>
        <translation>اجعل المصدر المعروض ترجمةً لمصدر آخر وحاذِ بين جملهما</translation>
    </message>
    <message>
        <source>&amp;Proposed Translation Links…</source>
        <translation>روابط الترجمة ال&amp;مقترحة…</translation>
    </message>
    <message>
        <source>Sources that say they were translated, each with the source in another language that shares its numbers and names: show one, then link or dismiss it</source>
        <translation>المصادر التي تذكر أنها مترجمة، كلٌّ منها مع المصدر بلغة أخرى الذي يشاركها أرقامها وأسماءها: اعرض واحدًا، ثم اربطه أو ارفضه</translation>
    </message>
    <message>
        <source>&amp;Aligned Translation</source>
        <translation>الترجمة ال&amp;محاذاة</translation>
    </message>
    <message>
        <source>Split the source viewer: the source shown beside its original (or its translation), sentence against sentence, with drift flags</source>
        <translation>قسّم عارض المصدر: المصدر المعروض بجانب أصله (أو ترجمته)، جملةً مقابل جملة، مع علامات الانحراف</translation>
    </message>
    <message>
        <source>&amp;Verify Case Integrity…</source>
        <translation>ال&amp;تحقق من سلامة القضية…</translation>
    </message>
    <message>
        <source>Re-check the audit log&apos;s hash chain and every evidence file&apos;s hash</source>
        <translation>أعد فحص سلسلة بصمات سجل التدقيق وبصمة كل ملف دليل</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Write a backup of the case file now</source>
        <translation>اكتب نسخة احتياطية من ملف القضية الآن</translation>
    </message>
    <message>
        <source>Backup &amp;Schedule…</source>
        <translation>&amp;جدول النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>How often the case is backed up on its own, and how many backups are kept</source>
        <translation>كم مرة تُنسخ القضية احتياطيًا تلقائيًا، وكم نسخة احتياطية تُحفظ</translation>
    </message>
    <message>
        <source>Require &amp;Second Reviewer</source>
        <translation>اشتراط &amp;مراجِع ثانٍ</translation>
    </message>
    <message>
        <source>Final verdicts of this case wait for a second reviewer&apos;s sign-off</source>
        <translation>تنتظر الأحكام النهائية في هذه القضية اعتماد مراجِع ثانٍ</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>How to record a chain, mark statuses, import sources and export reports</source>
        <translation>كيف تسجّل سلسلة، وتحدّد الحالات، وتستورد المصادر، وتصدّر التقارير</translation>
    </message>
    <message>
        <source>&amp;About Provenance Desk</source>
        <translation>&amp;حول Provenance Desk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>الإصدار والترخيص</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;ادعاء</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>م&amp;صدر</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>This text holds invisible direction controls (%1) that change the order its letters are drawn in: an override can make “DESOLC” read “CLOSED”. They are shown here by name; the case keeps the text exactly as it is.</source>
        <translation>يحوي هذا النص محارف اتجاه غير مرئية (%1) تغيّر ترتيب عرض حروفه: قد يجعل محرف التجاوز “DESOLC” يُقرأ “CLOSED”. تظهر هنا بأسمائها؛ وتحفظ القضية النص كما هو تمامًا.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unverified</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>دقيق جزئيًا</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>مضلِّل</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خاطئ</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>يتعذّر التحقق منه</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>قول</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>نقل حرفي</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>رواية</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Republished</source>
        <translation>إعادة نشر</translation>
    </message>
    <message>
        <source>Summarised</source>
        <translation>تلخيص</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>تفريغ نصي</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>بث</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>Unnamed official</source>
        <translation>مسؤول لم يُسمَّ</translation>
    </message>
</context>
</TS>
