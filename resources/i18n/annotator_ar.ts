<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Take version {n}</source>
        <translation>اعتماد النسخة {n}</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>إنشاء ملف مشروع فارغ</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>فتح ملف مشروع</translation>
    </message>
    <message>
        <source>S&amp;witch annotator…</source>
        <translation>تبديل المُعلِّق…</translation>
    </message>
    <message>
        <source>Go on as another annotator on this project; each one&apos;s work stays theirs</source>
        <translation>متابعة العمل على هذا المشروع باسم مُعلِّق آخر؛ يبقى عمل كل مُعلِّق باسمه</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>استيراد مقالات…</translation>
    </message>
    <message>
        <source>Import text, JSONL or CSV files</source>
        <translation>استيراد ملفات نصية أو JSONL أو CSV</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>استيراد كل المقالات الموجودة في مجلد</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>استيراد توسيمات…</translation>
    </message>
    <message>
        <source>Import spans made with brat, doccano, Label Studio, INCEpTION, spaCy, CoNLL…</source>
        <translation>استيراد مقاطع أُعدّت في brat أو doccano أو Label Studio أو INCEpTION أو spaCy أو CoNLL…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export in any format (JSONL, brat, CoNLL, spaCy, Parquet, XMI, doccano, Label Studio, claims table), with a datasheet</source>
        <translation>تصدير بأي صيغة (JSONL، brat، CoNLL، spaCy، Parquet، XMI، doccano، Label Studio، جدول التصريحات) مع صحيفة بيانات</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Close the window (everything is saved)</source>
        <translation>إغلاق النافذة (كل شيء محفوظ)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last edit (survives a restart)</source>
        <translation>التراجع عن آخر تعديل (يبقى متاحًا بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>إعادة آخر تعديل تم التراجع عنه</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>بحث في المقالة…</translation>
    </message>
    <message>
        <source>Find with folding</source>
        <translation>بحث يتجاهل اختلاف أشكال الحروف</translation>
    </message>
    <message>
        <source>Search &amp;project…</source>
        <translation>بحث في المشروع…</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>البحث في كل المقالات</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>حذف المقطع</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>حذف المقطع المحدد</translation>
    </message>
    <message>
        <source>Link &amp;speaker…</source>
        <translation>ربط بمتحدث…</translation>
    </message>
    <message>
        <source>Link the selected claim to a speaker</source>
        <translation>ربط التصريح المحدد بمتحدث</translation>
    </message>
    <message>
        <source>Link &amp;date…</source>
        <translation>ربط بتاريخ…</translation>
    </message>
    <message>
        <source>Link the selected claim to a date</source>
        <translation>ربط التصريح المحدد بتاريخ</translation>
    </message>
    <message>
        <source>&amp;Edit value, speaker or kind</source>
        <translation>&amp;تحرير القيمة أو المتحدث أو النوع</translation>
    </message>
    <message>
        <source>Type the selected span&apos;s DATE value, find its speaker or choose its kind; Enter or Esc returns to the article</source>
        <translation>اكتب قيمة DATE للمقطع المحدد، أو ابحث عن متحدثه، أو اختر نوعه؛ ويعيدك Enter أو Esc إلى المقالة</translation>
    </message>
    <message>
        <source>Change &amp;label…</source>
        <translation>تغيير ال&amp;وسم…</translation>
    </message>
    <message>
        <source>Choose another label with the arrows; Enter confirms, Esc cancels</source>
        <translation>اختر وسمًا آخر بالأسهم؛ Enter يؤكّد و Esc يلغي</translation>
    </message>
    <message>
        <source>Toggle &amp;clitic prefix</source>
        <translation>تضمين السابقة المتصلة أو استبعادها</translation>
    </message>
    <message>
        <source>Leave a leading و، ب، ل، ال، ف out of the selected span, or take it back in</source>
        <translation>إخراج و، ب، ل، ال، ف من أول المقطع المحدد، أو إعادتها إليه</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <source>Select the next span in reading order</source>
        <translation>تحديد المقطع التالي بترتيب القراءة</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <source>Select the previous span</source>
        <translation>تحديد المقطع السابق</translation>
    </message>
    <message>
        <source>Left edge one word left</source>
        <translation>الحافة اليسرى كلمةً إلى اليسار</translation>
    </message>
    <message>
        <source>Move the span&apos;s left edge</source>
        <translation>تحريك الحافة اليسرى للمقطع</translation>
    </message>
    <message>
        <source>Left edge one word right</source>
        <translation>الحافة اليسرى كلمةً إلى اليمين</translation>
    </message>
    <message>
        <source>Right edge one word left</source>
        <translation>الحافة اليمنى كلمةً إلى اليسار</translation>
    </message>
    <message>
        <source>Move the span&apos;s right edge</source>
        <translation>تحريك الحافة اليمنى للمقطع</translation>
    </message>
    <message>
        <source>Right edge one word right</source>
        <translation>الحافة اليمنى كلمةً إلى اليمين</translation>
    </message>
    <message>
        <source>Snap to &amp;words</source>
        <translation>الالتزام بحدود الكلمات</translation>
    </message>
    <message>
        <source>Tag whole words without spaces and punctuation; off: the exact characters (Alt+label key does the same once)</source>
        <translation>وسم كلمات كاملة دون المسافات وعلامات الترقيم؛ عند الإيقاف: الأحرف المحددة بالضبط (Alt مع مفتاح الوسم يفعل ذلك مرة واحدة)</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>الاقتراح التالي</translation>
    </message>
    <message>
        <source>Select the next suggestion</source>
        <translation>تحديد الاقتراح التالي</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <source>Select the previous one</source>
        <translation>تحديد الاقتراح السابق</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Make the suggestion a span</source>
        <translation>تحويل الاقتراح إلى مقطع</translation>
    </message>
    <message>
        <source>Re&amp;ject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>It will not be suggested again</source>
        <translation>لن يُقترح مرة أخرى</translation>
    </message>
    <message>
        <source>Accept all of this label</source>
        <translation>قبول كل اقتراحات هذا الوسم</translation>
    </message>
    <message>
        <source>Accept every suggestion with the selected suggestion&apos;s label</source>
        <translation>قبول كل الاقتراحات التي تحمل وسم الاقتراح المحدد</translation>
    </message>
    <message>
        <source>&amp;Train the suggestion model</source>
        <translation>تدريب نموذج الاقتراحات</translation>
    </message>
    <message>
        <source>Learn speakers from the done articles, in the background (engine &apos;learned&apos;)</source>
        <translation>تعلّم المتحدثين من المقالات المنجزة في الخلفية (المحرّك learned)</translation>
    </message>
    <message>
        <source>Retrain the model after…</source>
        <translation>إعادة تدريب النموذج بعد…</translation>
    </message>
    <message>
        <source>After how many newly done articles the model retrains by itself (default 10)</source>
        <translation>عدد المقالات المنجزة الجديدة التي يُعاد بعدها تدريب النموذج تلقائيًا (الافتراضي 10)</translation>
    </message>
    <message>
        <source>Show su&amp;ggestions</source>
        <translation>إظهار الاقتراحات</translation>
    </message>
    <message>
        <source>Show pre-annotations (dashed underline) and compute them when an article opens</source>
        <translation>إظهار التوسيمات المقترحة (بخط متقطع تحتها) وحسابها عند فتح المقالة</translation>
    </message>
    <message>
        <source>Mark &amp;done, next</source>
        <translation>إنجاز والانتقال إلى التالية</translation>
    </message>
    <message>
        <source>Mark this article done and open the next one to do</source>
        <translation>اعتبار هذه المقالة منجزة وفتح المقالة التالية غير المنجزة</translation>
    </message>
    <message>
        <source>S&amp;kip, next</source>
        <translation>تخطي والانتقال إلى التالية</translation>
    </message>
    <message>
        <source>Skip this article</source>
        <translation>تخطي هذه المقالة</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Mark this article in progress again</source>
        <translation>إعادة هذه المقالة إلى «قيد العمل»</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>المقالة التالية</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>المقالة السابقة</translation>
    </message>
    <message>
        <source>Right-to-&amp;left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Lay this article out right-to-left (remembered per article)</source>
        <translation>عرض هذه المقالة من اليمين إلى اليسار (يُحفظ لكل مقالة)</translation>
    </message>
    <message>
        <source>&amp;Assign articles to analysts…</source>
        <translation>توزيع المقالات على المحللين…</translation>
    </message>
    <message>
        <source>One project file per analyst, some articles shared, to annotate offline</source>
        <translation>ملف مشروع لكل محلل، مع مقالات مشتركة بينهم، للعمل دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Merge analysts&apos; packages…</source>
        <translation>دمج حزم المحللين…</translation>
    </message>
    <message>
        <source>Bring the analysts&apos; layers back into this project</source>
        <translation>إعادة طبقات المحللين إلى هذا المشروع</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>الاتفاق بين المحللين…</translation>
    </message>
    <message>
        <source>How far the analysts agree: span F1, kappa, alpha, alpha-U, attributes, links</source>
        <translation>مدى اتفاق المحللين: F1 للمقاطع، و kappa، و alpha، و alpha-U، والسمات، والروابط</translation>
    </message>
    <message>
        <source>&amp;Curation mode</source>
        <translation>وضع التحكيم</translation>
    </message>
    <message>
        <source>Adjudicate the analysts&apos; layers into the gold layer (reopens the window)</source>
        <translation>التحكيم بين طبقات المحللين للوصول إلى الطبقة الذهبية (gold)؛ يُعاد فتح النافذة</translation>
    </message>
    <message>
        <source>Curate &amp;automatically</source>
        <translation>تحكيم تلقائي</translation>
    </message>
    <message>
        <source>Copy into gold every span, attribute and link all analysts agree on</source>
        <translation>نسخ كل مقطع وسمة ورابط يتفق عليه جميع المحللين إلى الطبقة الذهبية</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>الاختلاف التالي</translation>
    </message>
    <message>
        <source>&amp;Previous disagreement</source>
        <translation>الاختلاف السابق</translation>
    </message>
    <message>
        <source>&amp;Reject every version</source>
        <translation>رفض كل النسخ</translation>
    </message>
    <message>
        <source>Gold stays empty here</source>
        <translation>تبقى الطبقة الذهبية فارغة في هذا الموضع</translation>
    </message>
    <message>
        <source>&amp;Settle as edited</source>
        <translation>اعتماد الصيغة المعدَّلة</translation>
    </message>
    <message>
        <source>Keep the gold spans of this disagreement as you edited them</source>
        <translation>الإبقاء على مقاطع الطبقة الذهبية في هذا الاختلاف كما عدّلتها</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>الحجم الافتراضي</translation>
    </message>
    <message>
        <source>Article &amp;font…</source>
        <translation>خط المقالة…</translation>
    </message>
    <message>
        <source>Choose the article font</source>
        <translation>اختيار خط المقالة</translation>
    </message>
    <message>
        <source>Change keyboard &amp;shortcuts…</source>
        <translation>تغيير اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>Give any command another key; kept for the next time the window opens</source>
        <translation>خصِّص لأي أمر مفتاحًا آخر؛ يبقى محفوظًا في المرة القادمة التي تُفتح فيها النافذة</translation>
    </message>
    <message>
        <source>Annotation &amp;guidelines</source>
        <translation>إرشادات التوسيم</translation>
    </message>
    <message>
        <source>What to mark as SPEAKER, CLAIM and DATE, and how far</source>
        <translation>ما يُوسم متحدثًا (SPEAKER) وتصريحًا (CLAIM) وتاريخًا (DATE)، وإلى أي حد يمتد</translation>
    </message>
    <message>
        <source>&amp;Evaluate the suggestions…</source>
        <translation>تقييم الاقتراحات…</translation>
    </message>
    <message>
        <source>Score the suggestion engines against the gold layer of this project</source>
        <translation>قياس دقة محركات الاقتراح مقارنةً بالطبقة الذهبية في هذا المشروع</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>عرض كل الاختصارات</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>الاتفاق بين المحللين</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Confusion {layers}</source>
        <translation>مصفوفة الالتباس {layers}</translation>
    </message>
    <message>
        <source>Agreement cannot be measured:</source>
        <translation>تعذّر قياس الاتفاق:</translation>
    </message>
    <message>
        <source>Measuring agreement…</source>
        <translation>جارٍ قياس الاتفاق…</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <source>saved {n} edit(s) that waited for the project</source>
        <translation>حُفظت التعديلات التي كانت بانتظار المشروع: {n}</translation>
    </message>
    <message>
        <source>relabelled as {label}</source>
        <translation>غُيّر الوسم إلى {label}</translation>
    </message>
    <message>
        <source>select some text first, then press the label&apos;s key</source>
        <translation>حدّد نصًا أولًا، ثم اضغط مفتاح الوسم</translation>
    </message>
    <message>
        <source>{label} «{text}» saved</source>
        <translation>حُفظ {label} «{text}»</translation>
    </message>
    <message>
        <source>no span selected</source>
        <translation>لا يوجد مقطع محدد</translation>
    </message>
    <message>
        <source>select a span first</source>
        <translation>حدّد مقطعًا أولًا</translation>
    </message>
    <message>
        <source>redone: {step}</source>
        <translation>أُعيد: {step}</translation>
    </message>
    <message>
        <source>undone: {step}</source>
        <translation>تم التراجع: {step}</translation>
    </message>
    <message>
        <source>select a CLAIM first (click it, or N/P to step through spans)</source>
        <translation>حدّد CLAIM أولًا (انقر عليه، أو استخدم N/P للتنقل بين المقاطع)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل التصريح</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد التصريح</translation>
    </message>
    <message>
        <source>Speaker not in the text: choose from the registry…</source>
        <translation>المتحدث غير مذكور في النص: اختيار من سجل المتحدثين…</translation>
    </message>
    <message>
        <source>no {label} span in this article to link to</source>
        <translation>لا يوجد في هذه المقالة مقطع {label} للربط به</translation>
    </message>
</context>
<context>
    <name>ArticleFontDialog</name>
    <message>
        <source>Arabic articles</source>
        <translation>المقالات العربية</translation>
    </message>
    <message>
        <source>Persian articles</source>
        <translation>المقالات الفارسية</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>خط المقالة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign articles to analysts</source>
        <translation>توزيع المقالات على المحللين</translation>
    </message>
    <message>
        <source>Share of articles given to two analysts, to measure agreement</source>
        <translation>نسبة المقالات التي تُعطى لمحللَين اثنين، لقياس الاتفاق</translation>
    </message>
    <message>
        <source>every article to two analysts</source>
        <translation>كل مقالة لمحللَين اثنين</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>المحللون</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>المقالات المشتركة</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة العشوائية</translation>
    </message>
    <message>
        <source>Packages folder</source>
        <translation>مجلد الحزم</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>مجلد الحزم</translation>
    </message>
    <message>
        <source>No packages were written:</source>
        <translation>لم تُكتب أي حزمة:</translation>
    </message>
    <message>
        <source>{package}: {n} articles</source>
        <translation>‏{package}: عدد المقالات {n}</translation>
    </message>
    <message>
        <source>{shared} of {total} articles are shared.</source>
        <translation>المقالات المشتركة: {shared} من {total}.</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>المجلد: {path}</translation>
    </message>
    <message>
        <source>Writing packages…</source>
        <translation>جارٍ كتابة الحزم…</translation>
    </message>
    <message>
        <source>Nothing was merged:</source>
        <translation>لم يُدمج شيء:</translation>
    </message>
    <message>
        <source>Registry conflicts:</source>
        <translation>تعارضات في سجل المتحدثين:</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>جارٍ دمج الحزم…</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Claim</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Link speaker… (S)</source>
        <translation>ربط بمتحدث… (S)</translation>
    </message>
    <message>
        <source>Link date… (D)</source>
        <translation>ربط بتاريخ… (D)</translation>
    </message>
    <message>
        <source>Remove the {type} link to {target}</source>
        <translation>إزالة رابط {type} إلى {target}</translation>
    </message>
</context>
<context>
    <name>CurationPanel</name>
    <message>
        <source>agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>محسوم</translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <extracomment>One colour per analyst layer, readable on light and dark backgrounds.</extracomment>
        <translation>(لا شيء هنا)</translation>
    </message>
    <message>
        <source>Versions (Ctrl+number takes one):</source>
        <translation>النسخ (Ctrl مع رقم يعتمد إحداها):</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{n} analyst layers: {names}</source>
        <translation>طبقات المحللين ({n}): {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{open} open of {all} disagreements; {agreed} places agreed</source>
        <translation>الاختلافات المفتوحة: {open} من {all}؛ المواضع المتفق عليها: {agreed}</translation>
    </message>
    <message>
        <source>gold still lacks: {what}</source>
        <translation>ما زال ينقص الطبقة الذهبية: {what}</translation>
    </message>
    <message>
        <source>gold passes the checks</source>
        <translation>اجتازت الطبقة الذهبية الفحوص</translation>
    </message>
    <message>
        <source>no open disagreement in this article: Ctrl+PgDown for the next</source>
        <translation>لا اختلاف مفتوحًا في هذه المقالة: Ctrl+PgDown للمقالة التالية</translation>
    </message>
    <message>
        <source>no disagreement selected: F8 steps to the next one</source>
        <translation>لا يوجد اختلاف محدد: F8 ينتقل إلى الاختلاف التالي</translation>
    </message>
    <message>
        <source>there is no version {n} here (1 to {last})</source>
        <translation>لا توجد نسخة رقم {n} هنا (من 1 إلى {last})</translation>
    </message>
    <message>
        <source>took {layer}&apos;s version (Ctrl+Z undoes it)</source>
        <translation>اعتُمدت نسخة {layer} (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <source>rejected every version (Ctrl+Z undoes it)</source>
        <translation>رُفضت كل النسخ (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <source>settled with the gold spans as they are (Ctrl+Z undoes it)</source>
        <translation>اعتُمدت مقاطع الطبقة الذهبية كما هي (Ctrl+Z للتراجع)</translation>
    </message>
</context>
<context>
    <name>DateValueEdit</name>
    <message>
        <source>century</source>
        <extracomment>core.timex&apos;s granularities as the hint under the field names them</extracomment>
        <translation>قرن</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>season</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>second</source>
        <translation>ثانية</translation>
    </message>
    <message>
        <source>reference to a time</source>
        <translation>إشارة زمنية</translation>
    </message>
    <message>
        <source>TIMEX3 / ISO 8601 value at the text&apos;s granularity: {examples}; also {more}. Always a Gregorian date; the calendar field says which calendar the text used. Enter commits, Escape restores, empty clears.</source>
        <translation>قيمة TIMEX3 / ISO 8601 بدقة النص نفسها: {examples}؛ وأيضًا {more}. التاريخ ميلادي دائمًا، ويبيّن حقل التقويم التقويمَ الذي استخدمه النص. Enter يحفظ، و Escape يستعيد القيمة السابقة، والحقل الفارغ يمسحها.</translation>
    </message>
    <message>
        <source>no value (Enter on an empty field clears it)</source>
        <translation>لا قيمة (الضغط على Enter في حقل فارغ يمسحها)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>annotator</source>
        <translation>annotator</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Import failed, nothing was imported:</source>
        <translation>فشل الاستيراد، ولم يُستورد شيء:</translation>
    </message>
    <message>
        <source>Imported {added} articles; {skipped} duplicates skipped.</source>
        <translation>المقالات المستوردة: {added}؛ والمكررة المتروكة: {skipped}.</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>جارٍ استيراد المقالات…</translation>
    </message>
    <message>
        <source>Choose the speaker</source>
        <translation>اختيار المتحدث</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>annotator projects</source>
        <translation>مشاريع annotator</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… و{n} غيرها</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>لم تكتمل بعد</translation>
    </message>
    <message>
        <source>This article still lacks:</source>
        <translation>ما زال ينقص هذه المقالة:</translation>
    </message>
    <message>
        <source>Fix the first one</source>
        <translation>إصلاح أولها</translation>
    </message>
    <message>
        <source>Mark done anyway</source>
        <translation>اعتبارها منجزة على أي حال</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>غير منجزة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>غير منجزة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>id: {id}</source>
        <translation>المعرّف: {id}</translation>
    </message>
    <message>
        <source>published: {date}</source>
        <translation>تاريخ النشر: {date}</translation>
    </message>
</context>
<context>
    <name>DocumentListDock</name>
    <message>
        <source>Search (ignores harakat, ZWNJ, yeh/kaf forms)</source>
        <translation>بحث (يتجاهل الحركات وفاصل ZWNJ وأشكال الياء والكاف)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>{done} / {total} done</source>
        <translation>المنجز: {done} من {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>المقالات المعروضة: {shown} من {total}</translation>
    </message>
</context>
<context>
    <name>EntityPicker</name>
    <message>
        <source>no speaker chosen yet</source>
        <translation>لم يُختر متحدث بعد</translation>
    </message>
    <message>
        <source>Find a speaker by any name (پوتین finds بوتين)</source>
        <translation>ابحث عن متحدث بأي اسم له (پوتین يعثر على بوتين)</translation>
    </message>
    <message>
        <source>New speaker…</source>
        <translation>متحدث جديد…</translation>
    </message>
    <message>
        <source>Add a speaker to the registry, named after the span ({key}); the span text becomes one of its aliases</source>
        <translation>إضافة متحدث إلى السجل باسم نص المقطع ({key})؛ ويصبح نص المقطع أحد أسمائه البديلة</translation>
    </message>
    <message>
        <source>{n} speakers in the registry have this name: choose one</source>
        <translation>يحمل هذا الاسم {n} من المتحدثين في السجل: اختر أحدهم</translation>
    </message>
    <message>
        <source>speaker #{id}</source>
        <translation>المتحدث رقم {id}</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>غير موجود في السجل</translation>
    </message>
    <message>
        <source>Wikidata {id}</source>
        <translation>ويكي بيانات {id}</translation>
    </message>
    <message>
        <source>no Wikidata id</source>
        <translation>بلا معرّف في ويكي بيانات</translation>
    </message>
    <message>
        <source>aliases: {n}</source>
        <translation>الأسماء البديلة: {n}</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>متحدث جديد</translation>
    </message>
    <message>
        <source>Name of the new speaker (the span text becomes one of its aliases):</source>
        <translation>اسم المتحدث الجديد (يصبح نص المقطع أحد أسمائه البديلة):</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Suggestions against the gold layer</source>
        <translation>الاقتراحات مقارنةً بالطبقة الذهبية</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>The suggestions cannot be evaluated:</source>
        <translation>تعذّر تقييم الاقتراحات:</translation>
    </message>
    <message>
        <source>Evaluating the suggestions…</source>
        <translation>جارٍ تقييم الاقتراحات…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>every layer</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <source>only articles marked done</source>
        <translation>المقالات المنجزة فقط</translation>
    </message>
    <message>
        <source>e.g. {example} (empty: no split)</source>
        <translation>مثلًا {example} (فارغ: دون تقسيم)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>التقسيم</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة العشوائية</translation>
    </message>
    <message>
        <source>Choose where to write the export first (type a path or press Choose…).</source>
        <translation>اختر أولًا مكان حفظ التصدير (اكتب مسارًا أو اضغط «اختيار…»).</translation>
    </message>
    <message>
        <source>Export into a folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export failed, nothing was written:</source>
        <translation>فشل التصدير، ولم يُكتب شيء:</translation>
    </message>
    <message>
        <source>{part}: {n} records → {path}</source>
        <translation>‏{part}: {n} من السجلات ← {path}</translation>
    </message>
    <message>
        <source>datasheet: {path}</source>
        <translation>صحيفة البيانات: {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (ignores harakat, ZWNJ, yeh/kaf forms)</source>
        <translation>بحث في المقالة (يتجاهل الحركات وفاصل ZWNJ وأشكال الياء والكاف)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>النتيجة السابقة (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>النتيجة التالية (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>GuidelinesDialog</name>
    <message>
        <source>Annotation guidelines</source>
        <translation>إرشادات التوسيم</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Who is annotating?</source>
        <translation>مَن المُعلِّق؟</translation>
    </message>
    <message>
        <source>No annotator was chosen, so nothing was opened.</source>
        <translation>لم يُختر مُعلِّق، لذلك لم يُفتح شيء.</translation>
    </message>
    <message>
        <source>Your name or initials (stored with every span and edit):</source>
        <translation>اسمك أو الأحرف الأولى منه (يُحفظ مع كل مقطع وكل تعديل):</translation>
    </message>
    <message>
        <source>A name is needed. Your name or initials:</source>
        <translation>الاسم مطلوب. اسمك أو الأحرف الأولى منه:</translation>
    </message>
    <message>
        <source>Every span and edit is recorded under the annotator&apos;s name, so the project cannot open without one.</source>
        <translation>يُسجَّل كل مقطع وكل تعديل باسم المُعلِّق، لذلك لا يمكن فتح المشروع دون اسم.</translation>
    </message>
    <message>
        <source>Enter a name</source>
        <translation>إدخال اسم</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Switch annotator</source>
        <translation>تبديل المُعلِّق</translation>
    </message>
    <message>
        <source>Annotate as (pick a name or type a new one; each annotator&apos;s work stays theirs):</source>
        <translation>متابعة العمل باسم (اختر اسمًا أو اكتب اسمًا جديدًا؛ يبقى عمل كل مُعلِّق باسمه):</translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>استيراد توسيمات</translation>
    </message>
    <message>
        <source>files or a folder</source>
        <translation>ملفات أو مجلد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>default: from the file, else {name}</source>
        <translation>الافتراضي: من الملف، وإلا {name}</translation>
    </message>
    <message>
        <source>Offset unit of the files (empty: the format&apos;s own)</source>
        <translation>وحدة المواضع في الملفات (فارغ: وحدة الصيغة نفسها)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>اسم الطبقة</translation>
    </message>
    <message>
        <source>Offset unit</source>
        <translation>وحدة المواضع</translation>
    </message>
    <message>
        <source>Folder of annotations</source>
        <translation>مجلد التوسيمات</translation>
    </message>
    <message>
        <source>Annotation files</source>
        <translation>ملفات التوسيمات</translation>
    </message>
    <message>
        <source>Imported {spans} spans and {relations} relations ({matched} documents matched, {created} created).</source>
        <translation>اكتمل الاستيراد: المقاطع {spans}، العلاقات {relations}؛ المستندات المطابقة {matched}، والجديدة {created}.</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>جارٍ استيراد التوسيمات…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>أُلغي: لم يتغير شيء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>KeyboardActions</name>
    <message>
        <source>select a span first (N/P steps through them)</source>
        <translation>حدّد مقطعًا أولًا (N/P للتنقل بين المقاطع)</translation>
    </message>
    <message>
        <source>this span has nothing to edit but its label</source>
        <translation>لا شيء في هذا المقطع يُحرَّر سوى وسمه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>annotator — {project}</source>
        <translation>annotator — {project}</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <source>Selection ({n} characters) → span text: «{text}»</source>
        <translation>التحديد (الأحرف: {n}) ← نص المقطع: «{text}»</translation>
    </message>
    <message>
        <source>annotator: {name} → layer {layer}</source>
        <translation>المُعلِّق: {name} ← الطبقة {layer}</translation>
    </message>
    <message>
        <source>annotator: {name}</source>
        <translation>المُعلِّق: {name}</translation>
    </message>
    <message>
        <source>no more articles to do</source>
        <translation>لا مزيد من المقالات غير المنجزة</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>Analysts&apos; packages</source>
        <translation>حزم المحللين</translation>
    </message>
    <message>
        <source>Team &gt; Curation mode first (Ctrl+Shift+G)</source>
        <translation>فعّل أولًا «الفريق &gt; وضع التحكيم» (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>gold: {spans} spans and {links} links added; {left} disagreements left to curate</source>
        <translation>أُضيف إلى الطبقة الذهبية: المقاطع {spans}، الروابط {links}؛ وبقيت اختلافات للتحكيم: {left}</translation>
    </message>
    <message>
        <source>selections snap to whole words</source>
        <translation>التحديد يلتزم بحدود الكلمات</translation>
    </message>
    <message>
        <source>selections keep the exact characters</source>
        <translation>التحديد يحتفظ بالأحرف كما هي بالضبط</translation>
    </message>
    <message>
        <source>text size: {size} pt</source>
        <translation>حجم النص: {size} نقطة</translation>
    </message>
    <message>
        <source>Edits are waiting</source>
        <translation>تعديلات بانتظار الحفظ</translation>
    </message>
    <message>
        <source>Another program is still writing to this project, so {n} edit(s) could not be saved yet. Close anyway and lose them?</source>
        <translation>لا يزال برنامج آخر يكتب في هذا المشروع، فلم تُحفظ بعدُ تعديلات عددها {n}. هل تغلق النافذة رغم ذلك وتفقدها؟</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Span</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>مقالة</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Tag the selection as {label} (Alt+{key}): exact characters</source>
        <translation>وسم التحديد: {label} (Alt+{key})، بالأحرف المحددة بالضبط</translation>
    </message>
    <message>
        <source>Tag the selection as {label} ({key})</source>
        <translation>وسم التحديد: {label} ({key})</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>نظام الألوان</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>ال&amp;لوحات</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <source>Line &amp;spacing</source>
        <translation>ت&amp;باعد الأسطر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>حسب إعدادات النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>MetadataBar</name>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Publication date (ISO 8601). Relative dates (yesterday, last week) are resolved against it.</source>
        <translation>تاريخ النشر (ISO 8601). تُحسب التواريخ النسبية (أمس، الأسبوع الماضي) انطلاقًا منه.</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(مُستخرَج)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Read from the article: {text}</source>
        <translation>مأخوذ من المقالة: {text}</translation>
    </message>
    <message>
        <source>{id} · {lang} · {n} characters</source>
        <translation>عدد الأحرف: {n} · {lang} · {id}</translation>
    </message>
    <message>
        <source>not an ISO date: {value}</source>
        <translation>ليس تاريخًا بصيغة ISO: {value}</translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>waiting for another program writing to this project (an import?): {n} edit(s) kept, saved as soon as it is done</source>
        <translation>بانتظار برنامج آخر يكتب في هذا المشروع (استيراد؟): التعديلات المحفوظة مؤقتًا {n}، وستُحفظ فور انتهائه</translation>
    </message>
    <message>
        <source>an edit made while the project was busy could not be saved: {e}</source>
        <translation>تعذّر حفظ تعديل أُجري أثناء انشغال المشروع: {e}</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>entity</source>
        <extracomment>Language code -&gt; the language&apos;s own name, as the View &gt; Language menu shows it. The locale whose digits and separators the interface uses for each language. The default schema&apos;s words as the window shows them (resources/default_schema.toml): attribute names, enum values, relation types and descriptions. Stored values stay as they are; a project&apos;s own schema shows its own words untranslated.</extracomment>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>غير مباشر</translation>
    </message>
    <message>
        <source>gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>solar_hijri</source>
        <translation>هجري شمسي</translation>
    </message>
    <message>
        <source>hijri</source>
        <translation>هجري قمري</translation>
    </message>
    <message>
        <source>said_by</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who is reported as saying something: a person, an office or an organisation.</source>
        <translation>مَن يُنسب إليه قول: شخص أو منصب أو مؤسسة.</translation>
    </message>
    <message>
        <source>What the speaker is reported to have said.</source>
        <translation>ما يُنسب إلى المتحدث من قول.</translation>
    </message>
    <message>
        <source>A date or time expression.</source>
        <translation>تعبير عن تاريخ أو وقت.</translation>
    </message>
    <message>
        <source>The speaker in the project&apos;s registry (entity id).</source>
        <translation>المتحدث في سجل المشروع (معرّف الكيان).</translation>
    </message>
    <message>
        <source>direct: quoted words; indirect: reported speech.</source>
        <translation>مباشر: كلام منقول بنصه؛ غير مباشر: كلام منقول بمعناه.</translation>
    </message>
    <message>
        <source>TIMEX3 / ISO 8601 value at the text&apos;s granularity: 2020, 2020-11, 2020-11-07, 2020-W45, 2020-11-07T19:31.</source>
        <translation>قيمة TIMEX3 / ISO 8601 بدقة النص نفسها: 2020، 2020-11، 2020-11-07، 2020-W45، 2020-11-07T19:31.</translation>
    </message>
    <message>
        <source>The calendar the text used.</source>
        <translation>التقويم الذي استخدمه النص.</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Filter by command, menu or key…</source>
        <translation>تصفية حسب الأمر أو القائمة أو المفتاح…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Back to this command&apos;s own keys</source>
        <translation>العودة إلى المفاتيح الأصلية لهذا الأمر</translation>
    </message>
    <message>
        <source>Press the new key; the clear button leaves no shortcut</source>
        <translation>اضغط المفتاح الجديد؛ زر المسح يترك الأمر بلا اختصار</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>نقل المفتاح</translation>
    </message>
    <message>
        <source>Take the key from the other command</source>
        <translation>خذ المفتاح من الأمر الآخر</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>استعادة الكل</translation>
    </message>
    <message>
        <source>New key for the selected command:</source>
        <translation>مفتاح جديد للأمر المحدد:</translation>
    </message>
    <message>
        <source>A label&apos;s keys are set in the project&apos;s label schema.</source>
        <translation>مفاتيح الوسوم تُحدَّد في مخطط الوسوم الخاص بالمشروع.</translation>
    </message>
    <message>
        <source>“{action}” has no shortcut now.</source>
        <translation>لم يعد لـ«{action}» اختصار.</translation>
    </message>
    <message>
        <source>Reassign takes it from that command.</source>
        <translation>زر «نقل المفتاح» يأخذه من ذلك الأمر.</translation>
    </message>
    <message>
        <source>Choose another key.</source>
        <translation>اختر مفتاحًا آخر.</translation>
    </message>
    <message>
        <source>“{other}” has lost its key {key}.</source>
        <translation>لم يعد المفتاح {key} لـ«{other}».</translation>
    </message>
    <message>
        <source>Given back to “{action}”, so “{other}” has lost it.</source>
        <translation>أُعيد المفتاح إلى «{action}»، فلم يعد لـ«{other}».</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tagging</source>
        <translation>التوسيم</translation>
    </message>
    <message>
        <source>tag the selection as {label} (Alt: exact characters)</source>
        <translation>وسم التحديد: {label} (مع Alt: الأحرف المحددة بالضبط)</translation>
    </message>
    <message>
        <source>Caret</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>arrows move by character, Ctrl+arrows by word, in the direction they point on screen; Shift extends the selection</source>
        <translation>الأسهم تحرّك المؤشر حرفًا حرفًا، و Ctrl مع الأسهم كلمةً كلمة، في الاتجاه الذي تشير إليه على الشاشة؛ و Shift يوسّع التحديد</translation>
    </message>
    <message>
        <source>moving the caret or extending the selection</source>
        <translation>تحريك المؤشر أو توسيع التحديد</translation>
    </message>
    <message>
        <source>going back to the article</source>
        <translation>العودة إلى المقالة</translation>
    </message>
    <message>
        <source>confirming a value, speaker or label</source>
        <translation>تأكيد قيمة أو متحدث أو وسم</translation>
    </message>
    <message>
        <source>moving between fields</source>
        <translation>التنقل بين الحقول</translation>
    </message>
    <message>
        <source>selecting the whole article</source>
        <translation>تحديد المقالة كلها</translation>
    </message>
    <message>
        <source>copying the selection</source>
        <translation>نسخ التحديد</translation>
    </message>
    <message>
        <source>{key} tags the selection as {label}.</source>
        <translation>المفتاح {key} يَسِم التحديد بـ{label}.</translation>
    </message>
    <message>
        <source>{key} is kept for {what}.</source>
        <translation>المفتاح {key} محجوز لـ{what}.</translation>
    </message>
    <message>
        <source>{key} is already the shortcut of “{action}” ({menu}).</source>
        <translation>المفتاح {key} هو بالفعل اختصار «{action}» ({menu}).</translation>
    </message>
</context>
<context>
    <name>SpanList</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المُعلِّق</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <source>Filter by label or text</source>
        <translation>تصفية حسب الوسم أو النص</translation>
    </message>
    <message>
        <source>{shown} of {total} spans</source>
        <translation>المقاطع المعروضة: {shown} من {total}</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <source>Select a span in the text</source>
        <translation>حدّد مقطعًا في النص</translation>
    </message>
    <message>
        <source>Select a span in the text, or select text and press {keys} to tag it</source>
        <translation>حدّد مقطعًا في النص، أو حدّد نصًا واضغط {keys} لوسمه</translation>
    </message>
    <message>
        <source>Change the span&apos;s label: arrows choose, Enter confirms (or press the label&apos;s key in the article)</source>
        <translation>غيّر وسم المقطع: الأسهم تختار و Enter يؤكّد (أو اضغط مفتاح الوسم في المقالة)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Delete span (Del)</source>
        <translation>حذف المقطع (Del)</translation>
    </message>
    <message>
        <source>characters {start}–{end} · {origin}</source>
        <translation>الأحرف {start}–{end} · {origin}</translation>
    </message>
    <message>
        <source>{value} (not in the schema)</source>
        <translation>‏{value} (ليس في مخطط الوسوم)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>suggestions: {error}</source>
        <translation>الاقتراحات: {error}</translation>
    </message>
    <message>
        <source>no suggestions in this article</source>
        <translation>لا اقتراحات في هذه المقالة</translation>
    </message>
    <message>
        <source>no suggestion selected: ] and [ step through them</source>
        <translation>لا يوجد اقتراح محدد: المفتاحان ⁦]⁩ و ⁦[⁩ للتنقل بين الاقتراحات</translation>
    </message>
    <message>
        <source>{label} was already there</source>
        <translation>{label} موجود من قبل</translation>
    </message>
    <message>
        <source>rejected {label} «{text}» (Ctrl+Z brings it back)</source>
        <translation>رُفض {label} «{text}» (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>select a suggestion first: ] and [ step through them</source>
        <translation>حدّد اقتراحًا أولًا: المفتاحان ⁦]⁩ و ⁦[⁩ للتنقل بين الاقتراحات</translation>
    </message>
    <message>
        <source>accepted {n} {label} suggestions</source>
        <translation>قُبلت اقتراحات {label}: {n}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>suggested {what} by {engine} ({rule}): A accept, X reject, Shift+A accept all {label}</source>
        <translation>اقتراح {what} من محرك {engine} ({rule}): A للقبول، X للرفض، Shift+A لقبول كل اقتراحات {label}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>training %p%</source>
        <translation>التدريب %p%</translation>
    </message>
    <message>
        <source>the suggestion model is already being trained</source>
        <translation>نموذج الاقتراحات قيد التدريب بالفعل</translation>
    </message>
    <message>
        <source>a project that is not a file cannot be trained in the background</source>
        <translation>لا يمكن التدريب في الخلفية إلا لمشروع محفوظ في ملف</translation>
    </message>
    <message>
        <source>retraining after new done articles: the model learns in the background…</source>
        <translation>إعادة التدريب بعد مقالات منجزة جديدة: النموذج يتعلّم في الخلفية…</translation>
    </message>
    <message>
        <source>training: the suggestion model learns in the background…</source>
        <translation>التدريب: نموذج الاقتراحات يتعلّم في الخلفية…</translation>
    </message>
    <message>
        <source>Retrain the suggestion model</source>
        <translation>إعادة تدريب نموذج الاقتراحات</translation>
    </message>
    <message>
        <source>Retrain after every N articles marked done (0: only from the menu):</source>
        <translation>إعادة التدريب بعد كل N مقالة تُعلَّم منجزة (0: من القائمة فقط):</translation>
    </message>
    <message>
        <source>the suggestion model is retrained after every {n} done articles</source>
        <translation>يُعاد تدريب نموذج الاقتراحات بعد كل {n} مقالة منجزة</translation>
    </message>
    <message>
        <source>the suggestion model is retrained only from the menu</source>
        <translation>يُعاد تدريب نموذج الاقتراحات من القائمة فقط</translation>
    </message>
    <message>
        <source>suggestion model trained: {figures}</source>
        <translation>تم تدريب نموذج الاقتراحات: {figures}</translation>
    </message>
    <message>
        <source>training: {error}</source>
        <translation>التدريب: {error}</translation>
    </message>
    <message>
        <source>training stopped unexpectedly (exit code {code})</source>
        <translation>توقف التدريب على نحو غير متوقع (رمز الخروج {code})</translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>accept all {label} suggestions</source>
        <translation>قبول كل اقتراحات {label}</translation>
    </message>
    <message>
        <source>accept {label} suggestion «{text}»</source>
        <translation>قبول اقتراح {label} «{text}»</translation>
    </message>
    <message>
        <source>reject {label} suggestion «{text}»</source>
        <translation>رفض اقتراح {label} «{text}»</translation>
    </message>
    <message>
        <source>reject {label} suggestion</source>
        <translation>رفض اقتراح {label}</translation>
    </message>
    <message>
        <source>bring back {label} suggestion</source>
        <translation>استعادة اقتراح {label}</translation>
    </message>
    <message>
        <source>relabel {label} «{text}» as {new}</source>
        <translation>تغيير وسم {label} «{text}» إلى {new}</translation>
    </message>
    <message>
        <source>add {n} spans</source>
        <translation>إضافة {n} مقطعًا</translation>
    </message>
    <message>
        <source>remove {n} spans</source>
        <translation>حذف {n} مقطعًا</translation>
    </message>
    <message>
        <source>add {label} «{text}»</source>
        <translation>إضافة {label} «{text}»</translation>
    </message>
    <message>
        <source>delete {label} «{text}»</source>
        <translation>حذف {label} «{text}»</translation>
    </message>
    <message>
        <source>change {label} «{text}»</source>
        <translation>تعديل {label} «{text}»</translation>
    </message>
    <message>
        <source>set {attr} of {label}</source>
        <translation>تعيين {attr} في {label}</translation>
    </message>
    <message>
        <source>link {rel}</source>
        <translation>ربط {rel}</translation>
    </message>
    <message>
        <source>unlink {rel}</source>
        <translation>فك ربط {rel}</translation>
    </message>
    <message>
        <source>speaker {text}</source>
        <translation>المتحدث {text}</translation>
    </message>
    <message>
        <source>mark {status}</source>
        <translation>وضع الحالة: {status}</translation>
    </message>
    <message>
        <source>edit document details</source>
        <translation>تعديل بيانات المقال</translation>
    </message>
    <message>
        <source>take {layer}&apos;s version</source>
        <translation>اعتماد نسخة {layer}</translation>
    </message>
    <message>
        <source>reject every version</source>
        <translation>رفض كل النسخ</translation>
    </message>
    <message>
        <source>settle a disagreement</source>
        <translation>حسم اختلاف</translation>
    </message>
    <message>
        <source>dismiss a disagreement</source>
        <translation>تجاهل اختلاف</translation>
    </message>
    <message>
        <source>bring back a disagreement</source>
        <translation>استعادة اختلاف</translation>
    </message>
    <message>
        <source>curate automatically</source>
        <translation>تحكيم تلقائي</translation>
    </message>
    <message>
        <source>merge {n} package(s)</source>
        <translation>دمج الحزم ({n})</translation>
    </message>
    <message>
        <source>import {fmt} ({n} files)</source>
        <translation>استيراد {fmt} ({n} ملفات)</translation>
    </message>
    <message>
        <source>import {fmt} {text}</source>
        <translation>استيراد {fmt} {text}</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>غير منجزة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>added {label} «{text}»</source>
        <translation>أُضيف {label} «{text}»</translation>
    </message>
    <message>
        <source> with {labels}</source>
        <translation> مع {labels}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source> and {n} link(s)</source>
        <translation> و{n} رابط</translation>
    </message>
    <message>
        <source> (overlaps {labels})</source>
        <translation> (يتداخل مع {labels})</translation>
    </message>
</context>
</TS>
