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
        <translation>خصِّص لأي أمر مفتاحًا آخر؛ ويبقى التخصيص محفوظًا في المرات القادمة التي تُفتح فيها النافذة</translation>
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
        <source>choose a folder for the packages</source>
        <translation>اختر مجلدًا للحزم</translation>
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
    <name>Message</name>
    <message>
        <source>the annotator&apos;s name is empty</source>
        <translation>اسم المُعلِّق فارغ</translation>
    </message>
    <message>
        <source>nothing selected to tag</source>
        <translation>لم يُحدَّد شيء لوسمه</translation>
    </message>
    <message>
        <source>a span must keep at least one character</source>
        <translation>يجب أن يبقى في المقطع حرف واحد على الأقل</translation>
    </message>
    <message>
        <source>no clitic prefix to leave out or take in</source>
        <translation>لا توجد سابقة متصلة لاستبعادها أو ضمّها</translation>
    </message>
    <message>
        <source>{rel} links a {label}, not a {other}</source>
        <translation>الرابط {rel} يبدأ من {label}، لا من {other}</translation>
    </message>
    <message>
        <source>{rel} links to a {label}, not a {other}</source>
        <translation>الرابط {rel} يصل إلى {label}، لا إلى {other}</translation>
    </message>
    <message>
        <source>a speaker needs a name</source>
        <translation>يحتاج المتحدث إلى اسم</translation>
    </message>
    <message>
        <source>direction must be rtl or ltr, not {value}</source>
        <translation>يجب أن يكون الاتجاه rtl أو ltr، لا {value}</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>لا يوجد ما يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>لا يوجد ما يمكن إعادته</translation>
    </message>
    <message>
        <source>that step is no longer in the history</source>
        <translation>لم تعد هذه الخطوة موجودة في سجل التعديلات</translation>
    </message>
    <message>
        <source>cannot undo: {error}</source>
        <translation>تعذّر التراجع: {error}</translation>
    </message>
    <message>
        <source>suggestion {id} is gone</source>
        <translation>الاقتراح {id} لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the suggestion no longer matches the text</source>
        <translation>لم يعد الاقتراح يطابق النص</translation>
    </message>
    <message>
        <source>no layer {name} in this unit</source>
        <translation>لا توجد طبقة {name} في هذه الوحدة</translation>
    </message>
    <message>
        <source>this disagreement is settled already</source>
        <translation>حُسم هذا الاختلاف من قبل</translation>
    </message>
    <message>
        <source>no document {id}</source>
        <translation>لا يوجد مقال بالمعرِّف {id}</translation>
    </message>
    <message>
        <source>no entity {id}</source>
        <translation>لا يوجد كيان بالمعرِّف {id}</translation>
    </message>
    <message>
        <source>a relation needs exactly one tail: a span or an entity</source>
        <translation>يحتاج الرابط إلى طرف ثانٍ واحد بالضبط: مقطع أو كيان</translation>
    </message>
    <message>
        <source>span {id} was deleted in another window</source>
        <translation>حُذف المقطع {id} في نافذة أخرى</translation>
    </message>
    <message>
        <source>span {id} was changed in another window</source>
        <translation>عُدِّل المقطع {id} في نافذة أخرى</translation>
    </message>
    <message>
        <source>relation {id} was changed in another window</source>
        <translation>عُدِّل الرابط {id} في نافذة أخرى</translation>
    </message>
    <message>
        <source>some of these spans were deleted in another window</source>
        <translation>حُذف بعض هذه المقاطع في نافذة أخرى</translation>
    </message>
    <message>
        <source>some of these links were deleted in another window</source>
        <translation>حُذف بعض هذه الروابط في نافذة أخرى</translation>
    </message>
    <message>
        <source>cannot change {name}</source>
        <translation>لا يمكن تغيير {name}</translation>
    </message>
    <message>
        <source>not editable: {name}</source>
        <translation>غير قابل للتعديل: {name}</translation>
    </message>
    <message>
        <source>status must be one of {names}, not {value}</source>
        <translation>يجب أن تكون الحالة واحدة من {names}، لا {value}</translation>
    </message>
    <message>
        <source>edge and towards are &apos;left&apos; or &apos;right&apos;</source>
        <translation>قيمة كلٍّ من edge و towards هي &apos;left&apos; أو &apos;right&apos;</translation>
    </message>
    <message>
        <source>{where}: offsets [{start}, {end}) out of range for a text of {n} characters</source>
        <translation>‏{where}: الموضعان [{start}، {end}) خارج حدود نص عدد أحرفه {n}</translation>
    </message>
    <message>
        <source>{where}: text at [{start}, {end}) is {text}, not {expected}</source>
        <translation>‏{where}: النص عند [{start}، {end}) هو {text}، لا {expected}</translation>
    </message>
    <message>
        <source>offsets [{start}, {end}) out of range for a text of {n} characters</source>
        <translation>الموضعان [{start}، {end}) خارج حدود نص عدد أحرفه {n}</translation>
    </message>
    <message>
        <source>text at [{start}, {end}) is {text}, not {expected}</source>
        <translation>النص عند [{start}، {end}) هو {text}، لا {expected}</translation>
    </message>
    <message>
        <source>{where}: already exists; open it or choose another name</source>
        <translation>‏{where}: موجود من قبل؛ افتحه أو اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>{where}: is a folder, not a project file</source>
        <translation>‏{where}: مجلد، لا ملف مشروع</translation>
    </message>
    <message>
        <source>{where}: not a regular file, not a project</source>
        <translation>‏{where}: ليس ملفًا عاديًا، ولا مشروعًا</translation>
    </message>
    <message>
        <source>{where}: not an annotator project (not an SQLite file)</source>
        <translation>‏{where}: ليس مشروعًا لبرنامج annotator (ليس ملف SQLite)</translation>
    </message>
    <message>
        <source>{where}: no such project; create it with &apos;annotator init {path}&apos;</source>
        <translation>‏{where}: لا يوجد مشروع بهذا الاسم؛ أنشئه بالأمر &apos;annotator init {path}&apos;</translation>
    </message>
    <message>
        <source>{where}: an empty file, not an annotator project; it was left untouched (create a project with &apos;annotator init&apos;)</source>
        <translation>‏{where}: ملف فارغ، ليس مشروعًا لبرنامج annotator؛ تُرك كما هو (أنشئ مشروعًا بالأمر &apos;annotator init&apos;)</translation>
    </message>
    <message>
        <source>{where}: not an annotator project (an SQLite file of another program, with tables {names}); it was left untouched</source>
        <translation>‏{where}: ليس مشروعًا لبرنامج annotator (ملف SQLite لبرنامج آخر، فيه الجداول {names})؛ تُرك كما هو</translation>
    </message>
    <message>
        <source>{where}: made by a newer annotator (project schema version {n}, this annotator knows versions up to {m}: it lacks {name}); upgrade annotator to open it</source>
        <translation>‏{where}: أنشأه إصدار أحدث من annotator (إصدار بنية المشروع {n}، وهذا الإصدار يعرف حتى {m}: ينقصه {name})؛ حدِّث annotator لفتحه</translation>
    </message>
    <message>
        <source>{where}: the project is busy: another program (an import, suggest, a window) held its write lock too long; this change was not written, run the command again when the other one is done</source>
        <translation>‏{where}: المشروع مشغول: برنامج آخر (استيراد أو اقتراح أو نافذة) احتفظ بقفل الكتابة مدة أطول من اللازم؛ لم يُكتب هذا التغيير، فأعد تشغيل الأمر حين ينتهي البرنامج الآخر</translation>
    </message>
    <message>
        <source>{where}: the project file is damaged ({detail}); nothing was written to it. Recover what is readable into a new file with: sqlite3 {path} &quot;.recover&quot; | sqlite3 {copy}.recovered, then check the copy with &apos;annotator check {again}.recovered&apos;</source>
        <translation>‏{where}: ملف المشروع تالف ({detail})؛ لم يُكتب فيه شيء. استعد ما يمكن قراءته في ملف جديد بالأمر: sqlite3 {path} &quot;.recover&quot; | sqlite3 {copy}.recovered، ثم افحص النسخة بالأمر &apos;annotator check {again}.recovered&apos;</translation>
    </message>
    <message>
        <source>no layer {name} (layers: {names})</source>
        <translation>لا توجد طبقة {name} (الطبقات: {names})</translation>
    </message>
    <message>
        <source>no layer {name} in this project (layers: {names})</source>
        <translation>لا توجد طبقة {name} في هذا المشروع (الطبقات: {names})</translation>
    </message>
    <message>
        <source>no layer {name} to evaluate against (layers: {names})</source>
        <translation>لا توجد طبقة {name} للتقييم مقارنةً بها (الطبقات: {names})</translation>
    </message>
    <message>
        <source>no layer {name} to train on (layers: {names})</source>
        <translation>لا توجد طبقة {name} للتدريب عليها (الطبقات: {names})</translation>
    </message>
    <message>
        <source>no label {name} (labels: {names})</source>
        <translation>لا يوجد وسم {name} (الوسوم: {names})</translation>
    </message>
    <message>
        <source>no label {name} in schema version {id}</source>
        <translation>لا يوجد وسم {name} في الإصدار {id} من مخطط الوسوم</translation>
    </message>
    <message>
        <source>no relation type {name} in schema version {id}</source>
        <translation>لا يوجد نوع رابط {name} في الإصدار {id} من مخطط الوسوم</translation>
    </message>
    <message>
        <source>label #{n} has no name</source>
        <translation>الوسم رقم {n} بلا اسم</translation>
    </message>
    <message>
        <source>label {label}: colour {value} is not #rrggbb</source>
        <translation>الوسم {label}: اللون {value} ليس على صيغة #rrggbb</translation>
    </message>
    <message>
        <source>label {label}: key {value} already used by {other}</source>
        <translation>الوسم {label}: المفتاح {value} مستخدم من قبل للوسم {other}</translation>
    </message>
    <message>
        <source>label {label}: attribute kind {value} unknown</source>
        <translation>الوسم {label}: نوع السمة {value} غير معروف</translation>
    </message>
    <message>
        <source>label {label}: attribute {name} {error}</source>
        <translation>الوسم {label}: اسم السمة {name} {error}</translation>
    </message>
    <message>
        <source>label {name} {error}</source>
        <translation>اسم الوسم {name} {error}</translation>
    </message>
    <message>
        <source>relation type {name} {error}</source>
        <translation>اسم نوع الرابط {name} {error}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>has leading or trailing spaces</source>
        <translation>في أوله أو آخره مسافات</translation>
    </message>
    <message>
        <source>holds the control character U+{code}</source>
        <translation>يحتوي على محرف التحكم U+{code}</translation>
    </message>
    <message>
        <source>the schema has no labels</source>
        <translation>مخطط الوسوم خالٍ من الوسوم</translation>
    </message>
    <message>
        <source>two labels share a name</source>
        <translation>وسمان يحملان الاسم نفسه</translation>
    </message>
    <message>
        <source>relation {name}: no label {label}</source>
        <translation>الرابط {name}: لا يوجد وسم {label}</translation>
    </message>
    <message>
        <source>check: no label {label}</source>
        <translation>فحص: لا يوجد وسم {label}</translation>
    </message>
    <message>
        <source>check on {label}: give a relation or an attribute (one of them)</source>
        <translation>فحص {label}: حدِّد رابطًا أو سمة (أحدهما فقط)</translation>
    </message>
    <message>
        <source>check on {label}: no relation type {name}</source>
        <translation>فحص {label}: لا يوجد نوع رابط {name}</translation>
    </message>
    <message>
        <source>check on {label}: {other} has no attribute {name}</source>
        <translation>فحص {label}: ليس للوسم {other} سمة {name}</translation>
    </message>
    <message>
        <source>unknown {kind} {name}; known: {names}</source>
        <translation>‏{kind} غير معروف: {name}؛ المعروف: {names}</translation>
    </message>
    <message>
        <source>unknown export format {name}; known: {names}</source>
        <translation>صيغة التصدير {name} غير معروفة؛ الصيغ المعروفة: {names}</translation>
    </message>
    <message>
        <source>unknown import format {name}; known: {names}</source>
        <translation>صيغة الاستيراد {name} غير معروفة؛ الصيغ المعروفة: {names}</translation>
    </message>
    <message>
        <source>unknown annotation format {name}; known: {names}</source>
        <translation>صيغة التوسيم {name} غير معروفة؛ الصيغ المعروفة: {names}</translation>
    </message>
    <message>
        <source>agreement needs two layers or more; this project has {n} ({names}): merge analysts&apos; packages first, or name layers with --layers</source>
        <translation>يحتاج قياس الاتفاق إلى طبقتين أو أكثر؛ وعدد الطبقات في هذا المشروع {n} ({names}): ادمج حزم المحللين أولًا، أو سمِّ الطبقات بالخيار --layers</translation>
    </message>
    <message>
        <source>agreement needs at least two layers</source>
        <translation>يحتاج قياس الاتفاق إلى طبقتين على الأقل</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa needs at least two raters</source>
        <translation>يحتاج معامل كابا لفلايس إلى مقيِّمَين على الأقل</translation>
    </message>
    <message>
        <source>an item has {n} judgements, expected {m}</source>
        <translation>عدد أحكام أحد العناصر {n}، والمتوقع {m}</translation>
    </message>
    <message>
        <source>the two raters judged different numbers of items</source>
        <translation>قيَّم المقيِّمان عددين مختلفين من العناصر</translation>
    </message>
    <message>
        <source>alpha-U needs at least two raters</source>
        <translation>يحتاج معامل alpha-U إلى مقيِّمَين على الأقل</translation>
    </message>
    <message>
        <source>expected units of {n} raters, got {m}</source>
        <translation>عدد المقيِّمين المتوقعة وحداتهم {n}، والواردة وحداتهم {m}</translation>
    </message>
    <message>
        <source>the confusion matrix PNG needs matplotlib: pip install &apos;annotator[charts]&apos;</source>
        <translation>تحتاج صورة مصفوفة الالتباس (PNG) إلى matplotlib: pip install &apos;annotator[charts]&apos;</translation>
    </message>
    <message>
        <source>the label chart needs matplotlib: pip install &apos;annotator[charts]&apos;</source>
        <translation>يحتاج مخطط الوسوم البياني إلى matplotlib: pip install &apos;annotator[charts]&apos;</translation>
    </message>
    <message>
        <source>charts with Arabic or Persian text need arabic-reshaper and python-bidi: pip install &apos;annotator[charts]&apos;</source>
        <translation>تحتاج المخططات ذات النص العربي أو الفارسي إلى arabic-reshaper و python-bidi: pip install &apos;annotator[charts]&apos;</translation>
    </message>
    <message>
        <source>no labels to train: give at least one, e.g. --labels SPEAKER</source>
        <translation>لا وسوم للتدريب: حدِّد وسمًا واحدًا على الأقل، مثل --labels SPEAKER</translation>
    </message>
    <message>
        <source>unknown label {name}; the schema has {names}</source>
        <translation>الوسم {name} غير معروف؛ وسوم المخطط: {names}</translation>
    </message>
    <message>
        <source>label {name} cannot be learned; the model learns {names}</source>
        <translation>لا يمكن تعلُّم الوسم {name}؛ يتعلم النموذج {names}</translation>
    </message>
    <message>
        <source>too few annotated articles in layer {name} to train: {detail}</source>
        <translation>المقالات الموسومة في الطبقة {name} أقل من أن يُدرَّب عليها: {detail}</translation>
    </message>
    <message>
        <source>too few annotated articles in the gold and analysts&apos; layers to train: {detail}</source>
        <translation>المقالات الموسومة في الطبقة الذهبية وطبقات المحللين أقل من أن يُدرَّب عليها: {detail}</translation>
    </message>
    <message>
        <source>the retraining interval must be 0 or more, not {value}</source>
        <translation>يجب أن تكون فترة إعادة التدريب 0 أو أكثر، لا {value}</translation>
    </message>
    <message>
        <source>engine {name} failed on document {id}: {error}</source>
        <translation>أخفق المحرك {name} في المقال {id}: {error}</translation>
    </message>
    <message>
        <source>engine {name} gave offsets [{start}, {end}) that do not match document {id}</source>
        <translation>أعطى المحرك {name} موضعين [{start}، {end}) لا يطابقان المقال {id}</translation>
    </message>
    <message>
        <source>unknown engine {name}; known: {names}</source>
        <translation>المحرك {name} غير معروف؛ المحركات المعروفة: {names}</translation>
    </message>
    <message>
        <source>{where}: cannot write: {detail}</source>
        <translation>‏{where}: تعذّرت الكتابة: {detail}</translation>
    </message>
    <message>
        <source>no analysts given: --to amina,reza</source>
        <translation>لم يُحدَّد محللون: --to amina,reza</translation>
    </message>
    <message>
        <source>no analysts given</source>
        <translation>لم يُحدَّد محللون</translation>
    </message>
    <message>
        <source>analyst name {name}: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>اسم المحلل {name}: استخدم الحروف والأرقام و&apos;_&apos; و&apos;.&apos; و&apos;-&apos; فقط</translation>
    </message>
    <message>
        <source>analyst {name} is named twice</source>
        <translation>ذُكر المحلل {name} مرتين</translation>
    </message>
    <message>
        <source>--overlap must be between 0 and 1, not {value}</source>
        <translation>يجب أن تكون قيمة --overlap بين 0 و1، لا {value}</translation>
    </message>
    <message>
        <source>{n} analysts per shared article, but only {m} analysts</source>
        <translation>عدد المحللين المطلوب لكل مقال مشترك {n}، لكن عدد المحللين كلهم {m} فقط</translation>
    </message>
    <message>
        <source>{where}: already exists (it may hold an analyst&apos;s work); choose an empty folder</source>
        <translation>‏{where}: موجود من قبل (قد يحوي عمل أحد المحللين)؛ اختر مجلدًا فارغًا</translation>
    </message>
    <message>
        <source>{where}: the project has no articles to assign</source>
        <translation>‏{where}: لا توجد في المشروع مقالات لتوزيعها</translation>
    </message>
    <message>
        <source>{where}: is the curation project itself</source>
        <translation>‏{where}: هو مشروع التحكيم نفسه</translation>
    </message>
    <message>
        <source>{where}: not an annotator project (no label schema)</source>
        <translation>‏{where}: ليس مشروعًا لبرنامج annotator (لا مخطط وسوم فيه)</translation>
    </message>
    <message>
        <source>{where}: no such file</source>
        <translation>‏{where}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>{where}: article {id} has a different text from the project&apos;s (SHA-256 differs); nothing was merged</source>
        <translation>‏{where}: نص المقال {id} يختلف عن نصه في المشروع (بصمة SHA-256 مختلفة)؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: unknown registry format {ext} (use .csv or .json)</source>
        <translation>‏{where}: صيغة غير معروفة لملف سجل المتحدثين {ext} (استخدم .csv أو .json)</translation>
    </message>
    <message>
        <source>{where}: empty name</source>
        <translation>‏{where}: الاسم فارغ</translation>
    </message>
    <message>
        <source>{where}: kind {kind} is not an upper-case word like PERSON</source>
        <translation>‏{where}: النوع {kind} ليس كلمة بحروف كبيرة مثل PERSON</translation>
    </message>
    <message>
        <source>{where}: wikidata id {id} is not like Q42</source>
        <translation>‏{where}: معرِّف ويكي بيانات {id} ليس على صيغة Q42</translation>
    </message>
    <message>
        <source>{where}: header must be {names}</source>
        <translation>‏{where}: يجب أن يكون سطر العناوين {names}</translation>
    </message>
    <message>
        <source>{where}: {n} fields, expected {m}</source>
        <translation>‏{where}: عدد الحقول {n}، والمتوقع {m}</translation>
    </message>
    <message>
        <source>{where}: invalid JSON ({detail})</source>
        <translation>‏{where}: JSON غير صالح ({detail})</translation>
    </message>
    <message>
        <source>{where}: expected an object with an &quot;entities&quot; list</source>
        <translation>‏{where}: المتوقع كائن فيه قائمة &quot;entities&quot;</translation>
    </message>
    <message>
        <source>{where}: entity #{n}</source>
        <translation>‏{where}: الكيان رقم {n}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>‏{where}: ليس كائنًا</translation>
    </message>
    <message>
        <source>{where}: alias #{n} has no text</source>
        <translation>‏{where}: الاسم البديل رقم {n} بلا نص</translation>
    </message>
    <message>
        <source>{where}: cannot read ({detail})</source>
        <translation>‏{where}: تعذّرت القراءة ({detail})</translation>
    </message>
    <message>
        <source>{name}: {id} here, {other} in the project; kept as two entities</source>
        <translation>‏{name}: {id} هنا و{other} في المشروع؛ أُبقيا كيانين منفصلين</translation>
    </message>
    <message>
        <source>{where}: no such file or folder</source>
        <translation>‏{where}: لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>{where}: no importable files found (.txt, .jsonl, .csv, .tsv)</source>
        <translation>‏{where}: لم يُعثر على ملفات قابلة للاستيراد (.txt، .jsonl، .csv، .tsv)</translation>
    </message>
    <message>
        <source>the paths given</source>
        <translation>المسارات المعطاة</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>the input: {error}</source>
        <translation>المُدخَلات: {error}</translation>
    </message>
    <message>
        <source>the reading process stopped (exit code {code})</source>
        <translation>توقفت عملية القراءة (رمز الخروج {code})</translation>
    </message>
    <message>
        <source>{where}: id {id} is already used by a document with other text (use --id-prefix)</source>
        <translation>‏{where}: المعرِّف {id} مستخدم من قبل لمقال بنص آخر (استخدم --id-prefix)</translation>
    </message>
    <message>
        <source>{error} (nothing was imported)</source>
        <translation>‏{error} (لم يُستورد شيء)</translation>
    </message>
    <message>
        <source>document {id}: label {name}: {error}</source>
        <translation>المقال {id}: الوسم {name}: {error}</translation>
    </message>
    <message>
        <source>document {id}: relation type {name}: {error}</source>
        <translation>المقال {id}: نوع الرابط {name}: {error}</translation>
    </message>
    <message>
        <source>document {id}: relation {other} refers to a span that is not there</source>
        <translation>المقال {id}: الرابط {other} يشير إلى مقطع غير موجود</translation>
    </message>
    <message>
        <source>document {id}: {error}</source>
        <translation>المقال {id}: {error}</translation>
    </message>
    <message>
        <source>document {id}: not valid Unicode: {reason}</source>
        <translation>المقال {id}: ترميز يونيكود غير صالح: {reason}</translation>
    </message>
    <message>
        <source>document {id}: U+{code} at offset {offset} cannot be written in XML 1.0 (XMI); export this article with another format (jsonl keeps it), nothing was written</source>
        <translation>المقال {id}: لا يمكن كتابة U+{code} عند الموضع {offset} في XML 1.0 (XMI)؛ صدِّر هذا المقال بصيغة أخرى (jsonl تحفظه)، ولم يُكتب شيء</translation>
    </message>
    <message>
        <source>dropped: {n}</source>
        <translation>أُسقط من التصدير: {n}</translation>
    </message>
    <message>
        <source>cells neutralised against formula injection: {n}</source>
        <translation>خلايا عُطّلت فيها الصيغ حمايةً من حقنها: {n}</translation>
    </message>
    <message>
        <source>control characters replaced by U+FFFD (XML cannot hold them): {n}</source>
        <translation>محارف تحكم استُبدل بها U+FFFD (لا يقبلها XML): {n}</translation>
    </message>
    <message>
        <source>this project has no adjudicated &apos;gold&apos; layer yet; export one analyst&apos;s layer with --layer NAME</source>
        <translation>لا توجد في هذا المشروع طبقة &apos;gold&apos; محكَّمة بعد؛ صدِّر طبقة أحد المحللين بالخيار --layer NAME</translation>
    </message>
    <message>
        <source>{where}: is a folder; give a file name</source>
        <translation>‏{where}: هذا مجلد؛ اكتب اسم ملف</translation>
    </message>
    <message>
        <source>{where}: is a file; give a folder name</source>
        <translation>‏{where}: هذا ملف؛ اكتب اسم مجلد</translation>
    </message>
    <message>
        <source>{where}: {path} is not a folder</source>
        <translation>‏{where}: {path} ليس مجلدًا</translation>
    </message>
    <message>
        <source>empty split: give e.g. train=0.8,dev=0.1,test=0.1</source>
        <translation>التقسيم فارغ: حدِّده مثلًا هكذا train=0.8,dev=0.1,test=0.1</translation>
    </message>
    <message>
        <source>split part {value} is not NAME=RATIO (e.g. train=0.8)</source>
        <translation>جزء التقسيم {value} ليس على صيغة NAME=RATIO (مثل train=0.8)</translation>
    </message>
    <message>
        <source>split name {value}: use letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>اسم التقسيم {value}: استخدم الحروف والأرقام و&apos;_&apos; و&apos;-&apos; فقط</translation>
    </message>
    <message>
        <source>split name {value} is given twice</source>
        <translation>اسم التقسيم {value} مذكور مرتين</translation>
    </message>
    <message>
        <source>split {name}: {value} is not a number</source>
        <translation>التقسيم {name}: {value} ليس عددًا</translation>
    </message>
    <message>
        <source>no splits given</source>
        <translation>لم تُحدَّد تقسيمات</translation>
    </message>
    <message>
        <source>split {name}: ratio must be above 0, got {value}</source>
        <translation>التقسيم {name}: يجب أن تكون النسبة أكبر من 0، والمعطى {value}</translation>
    </message>
    <message>
        <source>split ratios sum to {value}, not 1 (within {margin})</source>
        <translation>مجموع نسب التقسيم {value}، لا 1 (بفارق لا يتجاوز {margin})</translation>
    </message>
    <message>
        <source>document {id} is listed twice</source>
        <translation>المقال {id} مذكور مرتين</translation>
    </message>
    <message>
        <source>unknown encoding {name} (--encoding)</source>
        <translation>الترميز {name} غير معروف (--encoding)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>ملف ثنائي، لا ملف نصي</translation>
    </message>
    <message>
        <source>not valid UTF-8 and no Arabic encoding (Windows-1256, ISO-8859-6) explains it; convert it to UTF-8 or pass --encoding</source>
        <translation>ليس UTF-8 صالحًا، ولا يفسّره أي ترميز عربي (Windows-1256، ISO-8859-6)؛ حوّله إلى UTF-8 أو استخدم --encoding</translation>
    </message>
    <message>
        <source>not valid UTF-8, and Windows-1256 and ISO-8859-6 both explain it with different letters; pass --encoding cp1256 or --encoding iso8859-6</source>
        <translation>ليس UTF-8 صالحًا، ويفسّره كلٌّ من Windows-1256 و ISO-8859-6 بحروف مختلفة؛ استخدم --encoding cp1256 أو --encoding iso8859-6</translation>
    </message>
    <message>
        <source>unknown field {name} (--field); known: {names}</source>
        <translation>الحقل {name} غير معروف (--field)؛ الحقول المعروفة: {names}</translation>
    </message>
    <message>
        <source>--max-chars must be at least 1, not {value}</source>
        <translation>يجب أن تكون قيمة --max-chars 1 على الأقل، لا {value}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation>‏{name} ليس JSON صالحًا</translation>
    </message>
    <message>
        <source>{name} {value} is not an integer</source>
        <translation>‏{name} {value} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>‏JSON متداخل بعمق مفرط</translation>
    </message>
    <message>
        <source>JSON {kind} where an object was expected</source>
        <translation>وُجد JSON من نوع {kind} حيث يُتوقع كائن</translation>
    </message>
    <message>
        <source>&apos;value&apos; is {jtype}, not an object</source>
        <translation>‏&apos;value&apos; هو {jtype}، لا كائن</translation>
    </message>
    <message>
        <source>[{start}, {end}) matches {text} in no unit ({names})</source>
        <translation>لا يطابق [{start}، {end}) النص {text} في أي وحدة ({names})</translation>
    </message>
    <message>
        <source>{where}, region {id}: {error}</source>
        <translation>‏{where}، المنطقة {id}: {error}</translation>
    </message>
    <message>
        <source>{where}, region {id}: &apos;labels&apos; is {jtype}, not an array of label names</source>
        <translation>‏{where}، المنطقة {id}: &apos;labels&apos; هو {jtype}، لا مصفوفة أسماء وسوم</translation>
    </message>
    <message>
        <source>{where}: a region id is {jtype}</source>
        <translation>‏{where}: معرِّف إحدى المناطق هو {jtype}</translation>
    </message>
    <message>
        <source>{where}: a result has an id or value of the wrong type</source>
        <translation>‏{where}: لإحدى النتائج معرِّف أو قيمة من نوع خاطئ</translation>
    </message>
    <message>
        <source>{where}: relation {id} -&gt; {other} refers to a missing region</source>
        <translation>‏{where}: الرابط {id} -&gt; {other} يشير إلى منطقة غير موجودة</translation>
    </message>
    <message>
        <source>{where}: relation {id} -&gt; {other}: &apos;labels&apos; is not names</source>
        <translation>‏{where}: الرابط {id} -&gt; {other}: &apos;labels&apos; ليست أسماء</translation>
    </message>
    <message>
        <source>entries add up to over {n} MB uncompressed</source>
        <translation>يتجاوز حجم المدخلات مجتمعةً بعد فك الضغط {n} ميغابايت</translation>
    </message>
    <message>
        <source>{name} is over {n} MB</source>
        <translation>‏{name} أكبر من {n} ميغابايت</translation>
    </message>
    <message>
        <source>entry {name} inflates to {size} bytes, over the limit of {limit}</source>
        <translation>يبلغ حجم المدخل {name} بعد فك ضغطه {size} بايت، متجاوزًا الحد {limit}</translation>
    </message>
    <message>
        <source>entry {name} inflates {ratio} times ({size} to {unpacked} bytes), over the limit of {n} (a ZIP bomb?)</source>
        <translation>نسبة تمدد المدخل {name} بعد فك ضغطه {ratio} (من {size} إلى {unpacked} بايت)، متجاوزةً الحد {n} (قنبلة ZIP؟)</translation>
    </message>
    <message>
        <source>entry {name} is over {size} bytes</source>
        <translation>المدخل {name} أكبر من {size} بايت</translation>
    </message>
    <message>
        <source>manifest.json: nested too deeply</source>
        <translation>‏manifest.json: متداخل بعمق مفرط</translation>
    </message>
    <message>
        <source>manifest.json is not a list of entries</source>
        <translation>‏manifest.json ليس قائمة مدخلات</translation>
    </message>
    <message>
        <source>manifest.json: entry {n} is not an object with a &apos;file&apos; name</source>
        <translation>‏manifest.json: المدخل {n} ليس كائنًا فيه اسم &apos;file&apos;</translation>
    </message>
    <message>
        <source>manifest.json: entry {n}: &apos;meta&apos; is not an object</source>
        <translation>‏manifest.json: المدخل {n}: &apos;meta&apos; ليس كائنًا</translation>
    </message>
    <message>
        <source>its attrs feature is not JSON ({detail})</source>
        <translation>خاصية attrs فيه ليست JSON ({detail})</translation>
    </message>
    <message>
        <source>its attrs feature is not a JSON object</source>
        <translation>خاصية attrs فيه ليست كائن JSON</translation>
    </message>
    <message>
        <source>year 0000 is out of range (0001-9999)</source>
        <translation>السنة 0000 خارج النطاق (0001-9999)</translation>
    </message>
    <message>
        <source>month {value} is not between 01 and 12</source>
        <translation>الشهر {value} ليس بين 01 و12</translation>
    </message>
    <message>
        <source>day {value} does not exist: {month} {year} has {n} days</source>
        <translation>اليوم {value} غير موجود: عدد أيام {month} {year} هو {n}</translation>
    </message>
    <message>
        <source>day {value} does not exist: {month} has {n} days</source>
        <translation>اليوم {value} غير موجود: عدد أيام {month} هو {n}</translation>
    </message>
    <message>
        <source>week {value} does not exist: {year} has {n} ISO weeks</source>
        <translation>الأسبوع {value} غير موجود: عدد أسابيع سنة {year} بحسب ISO هو {n}</translation>
    </message>
    <message>
        <source>weekday {value} is not between 1 (Monday) and 7 (Sunday)</source>
        <translation>يوم الأسبوع {value} ليس بين 1 (الاثنين) و7 (الأحد)</translation>
    </message>
    <message>
        <source>{value} falls outside 0001-9999</source>
        <translation>‏{value} يقع خارج 0001-9999</translation>
    </message>
    <message>
        <source>UTC offset {value} is not between -14:00 and +14:00</source>
        <translation>فرق التوقيت عن UTC {value} ليس بين -14:00 و+14:00</translation>
    </message>
    <message>
        <source>add the minutes: {value}</source>
        <translation>أضف الدقائق: {value}</translation>
    </message>
    <message>
        <source>time {value} is not HH:MM or HH:MM:SS (24-hour clock)</source>
        <translation>الوقت {value} ليس على صيغة HH:MM أو HH:MM:SS (نظام 24 ساعة)</translation>
    </message>
    <message>
        <source>hour {value} is not between 00 and 23</source>
        <translation>الساعة {value} ليست بين 00 و23</translation>
    </message>
    <message>
        <source>minute {value} is not between 00 and 59</source>
        <translation>الدقيقة {value} ليست بين 00 و59</translation>
    </message>
    <message>
        <source>second {value} is not between 00 and 59</source>
        <translation>الثانية {value} ليست بين 00 و59</translation>
    </message>
    <message>
        <source>quarter Q{value} is not between Q1 and Q4</source>
        <translation>الربع Q{value} ليس بين Q1 و Q4</translation>
    </message>
    <message>
        <source>{value}: an interval is two dates, start/end (2019-03-21/2020-03-19)</source>
        <translation>‏{value}: الفترة تاريخان، البداية/النهاية (2019-03-21/2020-03-19)</translation>
    </message>
    <message>
        <source>{value} is not a TIMEX3 value; expected 2020, 2020-11, 2020-11-07, 2020-W45, 2020-Q3 or 2020-11-07T19:31</source>
        <translation>‏{value} ليست قيمة TIMEX3؛ المتوقع 2020 أو 2020-11 أو 2020-11-07 أو 2020-W45 أو 2020-Q3 أو 2020-11-07T19:31</translation>
    </message>
    <message>
        <source>{value}: write dates year first, as YYYY-MM-DD (2020-11-07)</source>
        <translation>‏{value}: اكتب التاريخ بدءًا بالسنة، على صيغة YYYY-MM-DD (2020-11-07)</translation>
    </message>
    <message>
        <source>{value}: write months and days with two digits (2020-03-07)</source>
        <translation>‏{value}: اكتب الشهر واليوم برقمين (2020-03-07)</translation>
    </message>
    <message>
        <source>{value}: write ISO weeks with two digits (2020-W05)</source>
        <translation>‏{value}: اكتب أسابيع ISO برقمين (2020-W05)</translation>
    </message>
    <message>
        <source>{value}: a year has four digits</source>
        <translation>‏{value}: تُكتب السنة بأربعة أرقام</translation>
    </message>
    <message>
        <source>{value}: the interval ends before it starts</source>
        <translation>‏{value}: تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
        <source>a TIMEX3 value is text, not {value}</source>
        <translation>قيمة TIMEX3 نص، لا {value}</translation>
    </message>
    <message>
        <source>empty value; expected 2020, 2020-11, 2020-11-07, 2020-W45, 2020-Q3 or 2020-11-07T19:31</source>
        <translation>القيمة فارغة؛ المتوقع 2020 أو 2020-11 أو 2020-11-07 أو 2020-W45 أو 2020-Q3 أو 2020-11-07T19:31</translation>
    </message>
    <message>
        <source>{value}: the references are PRESENT_REF, PAST_REF and FUTURE_REF</source>
        <translation>‏{value}: المراجع الزمنية هي PRESENT_REF و PAST_REF و FUTURE_REF</translation>
    </message>
    <message>
        <source>a time needs a date: write {value}</source>
        <translation>يحتاج الوقت إلى تاريخ: اكتب {value}</translation>
    </message>
    <message>
        <source>XXXX-XX-XX (an unknown day) only stands before a time: T10:00</source>
        <translation>لا تأتي XXXX-XX-XX (يوم مجهول) إلا قبل وقت: T10:00</translation>
    </message>
    <message>
        <source>a time needs a full YYYY-MM-DD date, not {value}</source>
        <translation>يحتاج الوقت إلى تاريخ كامل YYYY-MM-DD، لا {value}</translation>
    </message>
    <message>
        <source>cannot read file: {detail}</source>
        <translation>تعذّرت قراءة الملف: {detail}</translation>
    </message>
    <message>
        <source>no {name} field; use --field text=COLUMN</source>
        <translation>لا يوجد حقل {name}؛ استخدم --field text=COLUMN</translation>
    </message>
    <message>
        <source>{name} field is {jtype}, not a string</source>
        <translation>الحقل {name} هو {jtype}، لا سلسلة نصية</translation>
    </message>
    <message>
        <source>{name} field is empty</source>
        <translation>الحقل {name} فارغ</translation>
    </message>
    <message>
        <source>article is {size} ({count} characters), over the limit of {limit} characters (--max-chars)</source>
        <translation>حجم المقال {size} (عدد أحرفه {count})، وهذا يتجاوز الحد الأقصى لعدد الأحرف وهو {limit} (--max-chars)</translation>
    </message>
    <message>
        <source>article is {size}, over the limit of {limit} characters (--max-chars)</source>
        <translation>حجم المقال {size}، وهذا يتجاوز الحد الأقصى لعدد الأحرف وهو {limit} (--max-chars)</translation>
    </message>
    <message>
        <source>a line is over {size} characters, longer than a row of an article of at most {limit} characters (--max-chars); stopped reading this file</source>
        <translation>يزيد عدد أحرف أحد الأسطر على {size}، فهو أطول من صف لمقال لا يتجاوز عدد أحرفه {limit} (--max-chars)؛ توقفت قراءة هذا الملف</translation>
    </message>
    <message>
        <source>a field is over {size} characters, over the limit of {limit} characters (--max-chars); stopped reading this file</source>
        <translation>يزيد عدد أحرف أحد الحقول على {size}، متجاوزًا الحد الأقصى لعدد الأحرف وهو {limit} (--max-chars)؛ توقفت قراءة هذا الملف</translation>
    </message>
    <message>
        <source>line is over {size} characters, too long for an article of at most {limit} characters (--max-chars)</source>
        <translation>يزيد عدد أحرف السطر على {size}، فهو أطول مما يتسع له مقال لا يتجاوز عدد أحرفه {limit} (--max-chars)</translation>
    </message>
    <message>
        <source>a link to {path}, outside the folder {folder} being imported (pass --follow-links to import it)</source>
        <translation>رابط رمزي إلى {path}، خارج المجلد {folder} الجاري استيراده (استخدم --follow-links لاستيراده)</translation>
    </message>
    <message>
        <source>not a regular file ({error}); only regular files are imported</source>
        <translation>ليس ملفًا عاديًا ({error})؛ لا تُستورد إلا الملفات العادية</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>أنبوب FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>جهاز محرفي</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>جهاز كتلي</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <source>undecodable bytes: 0x{byte} at column {column} is not valid {encoding}; convert the file to UTF-8 or pass --encoding</source>
        <translation>بايتات يتعذّر فك ترميزها: البايت 0x{byte} في العمود {column} غير صالح في ترميز {encoding}؛ حوّل الملف إلى UTF-8 أو استخدم --encoding</translation>
    </message>
    <message>
        <source>undecodable bytes: not valid {encoding} ({detail}); convert the file to UTF-8 or pass --encoding</source>
        <translation>بايتات يتعذّر فك ترميزها: غير صالحة في ترميز {encoding} ({detail})؛ حوّل الملف إلى UTF-8 أو استخدم --encoding</translation>
    </message>
    <message>
        <source>a JSON array, not JSON Lines (one object per line); convert it, e.g. jq -c &apos;.[]&apos; FILE</source>
        <translation>مصفوفة JSON، لا JSON Lines (كائن في كل سطر)؛ حوّلها، مثلًا بالأمر jq -c &apos;.[]&apos; FILE</translation>
    </message>
    <message>
        <source>a pretty-printed JSON document, not JSON Lines (one object per line)</source>
        <translation>مستند JSON منسَّق على أسطر، لا JSON Lines (كائن في كل سطر)</translation>
    </message>
    <message>
        <source>a JSON string has an unpaired surrogate escape (\ud800-\udfff), not valid Unicode</source>
        <translation>في إحدى سلاسل JSON نصف زوج بديل منفرد (\ud800-\udfff)، وهذا ليس يونيكود صالحًا</translation>
    </message>
    <message>
        <source>JSON line is not an object (got {jtype})</source>
        <translation>سطر JSON ليس كائنًا (بل {jtype})</translation>
    </message>
    <message>
        <source>malformed JSON: {detail} (column {column})</source>
        <translation>‏JSON معيب: {detail} (العمود {column})</translation>
    </message>
    <message>
        <source>malformed JSON: nested too deeply</source>
        <translation>‏JSON معيب: متداخل بعمق مفرط</translation>
    </message>
    <message>
        <source>malformed JSON: {detail}</source>
        <translation>‏JSON معيب: {detail}</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>‏CSV معيب: {detail}</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>حقل بين علامتي اقتباس لم يُغلق</translation>
    </message>
    <message>
        <source>row has {n} fields, header has {m}</source>
        <translation>عدد حقول الصف {n}، وعدد حقول سطر العناوين {m}</translation>
    </message>
    <message>
        <source>no rows after the header</source>
        <translation>لا صفوف بعد سطر العناوين</translation>
    </message>
    <message>
        <source>not JSON: {detail}</source>
        <translation>ليس JSON: {detail}</translation>
    </message>
    <message>
        <source>line is {jtype}, not an object</source>
        <translation>السطر {jtype}، لا كائن</translation>
    </message>
    <message>
        <source>record is {jtype}, not an object</source>
        <translation>السجل {jtype}، لا كائن</translation>
    </message>
    <message>
        <source>task {n} is {jtype}, not an object</source>
        <translation>المهمة {n} هي {jtype}، لا كائن</translation>
    </message>
    <message>
        <source>span #{n} is {jtype}, not an object</source>
        <translation>المقطع رقم {n} هو {jtype}، لا كائن</translation>
    </message>
    <message>
        <source>entity #{n} is {jtype}, not an object</source>
        <translation>الكيان رقم {n} هو {jtype}، لا كائن</translation>
    </message>
    <message>
        <source>entity #{n} has an id that is {jtype}, not a number or string</source>
        <translation>معرِّف الكيان رقم {n} هو {jtype}، لا عدد ولا سلسلة نصية</translation>
    </message>
    <message>
        <source>{name} #{n} is {jtype}, not an object</source>
        <translation>‏{name} رقم {n} هو {jtype}، لا كائن</translation>
    </message>
    <message>
        <source>{name} #{n}: &apos;result&apos; is {jtype}, not an array</source>
        <translation>‏{name} رقم {n}: &apos;result&apos; هو {jtype}، لا مصفوفة</translation>
    </message>
    <message>
        <source>{name} is {jtype}, not an array</source>
        <translation>‏{name} هو {jtype}، لا مصفوفة</translation>
    </message>
    <message>
        <source>&apos;label&apos; is {jtype}, not an array of [start, end, label]</source>
        <translation>‏&apos;label&apos; هو {jtype}، لا مصفوفة من [start, end, label]</translation>
    </message>
    <message>
        <source>label #{n} is not [start, end, label] (a text classification export?)</source>
        <translation>الوسم رقم {n} ليس على صيغة [start, end, label] (هل هو تصدير لتصنيف النصوص؟)</translation>
    </message>
    <message>
        <source>a span is {kind}, not a mapping</source>
        <translation>أحد المقاطع من نوع {kind}، لا قاموس</translation>
    </message>
    <message>
        <source>a relation is not a mapping</source>
        <translation>أحد الروابط ليس قاموسًا</translation>
    </message>
    <message>
        <source>spans and relations must be lists</source>
        <translation>يجب أن تكون المقاطع والروابط قوائم</translation>
    </message>
    <message>
        <source>spans or relations not as expected ({detail})</source>
        <translation>المقاطع أو الروابط ليست كما يُتوقع ({detail})</translation>
    </message>
    <message>
        <source>attributes nested too deeply to read</source>
        <translation>السمات متداخلة بعمق يتعذّر معه قراءتها</translation>
    </message>
    <message>
        <source>span {id}: no label</source>
        <translation>المقطع {id}: بلا وسم</translation>
    </message>
    <message>
        <source>span {id}: attrs is not an object</source>
        <translation>المقطع {id}: attrs ليس كائنًا</translation>
    </message>
    <message>
        <source>span {id}: {error}</source>
        <translation>المقطع {id}: {error}</translation>
    </message>
    <message>
        <source>span {id} {label} [{start}, {end}) does not match {name} (expected {text})</source>
        <translation>المقطع {id} {label} [{start}، {end}) لا يطابق {name} (المتوقع {text})</translation>
    </message>
    <message>
        <source>span {id} [{start}, {end}) in {unit} units: {error}</source>
        <translation>المقطع {id} [{start}، {end}) بوحدات {unit}: {error}</translation>
    </message>
    <message>
        <source>span #{n}: id {id} is not a number or string, or twice</source>
        <translation>المقطع رقم {n}: المعرِّف {id} ليس عددًا ولا سلسلة نصية، أو مكرر</translation>
    </message>
    <message>
        <source>span id {id} is missing or used twice</source>
        <translation>معرِّف المقطع {id} مفقود أو مستخدم مرتين</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>بلا وسم</translation>
    </message>
    <message>
        <source>relation {id} has no type</source>
        <translation>الرابط {id} بلا نوع</translation>
    </message>
    <message>
        <source>relation #{n} has no type</source>
        <translation>الرابط رقم {n} بلا نوع</translation>
    </message>
    <message>
        <source>relation {id} refers to a missing span</source>
        <translation>الرابط {id} يشير إلى مقطع مفقود</translation>
    </message>
    <message>
        <source>relation {id} refers to a span not in the line</source>
        <translation>الرابط {id} يشير إلى مقطع ليس في السطر</translation>
    </message>
    <message>
        <source>relation #{n} refers to an entity not in the record</source>
        <translation>الرابط رقم {n} يشير إلى كيان ليس في السجل</translation>
    </message>
    <message>
        <source>offsets {start}, {end} are not integers</source>
        <translation>الموضعان {start}، {end} ليسا عددين صحيحين</translation>
    </message>
    <message>
        <source>a key {name} that is not a string</source>
        <translation>مفتاح {name} ليس سلسلة نصية</translation>
    </message>
    <message>
        <source>a value of type {name}, which JSON cannot hold</source>
        <translation>قيمة من نوع {name} لا يمكن حفظها في JSON</translation>
    </message>
    <message>
        <source>nested more than {n} levels deep</source>
        <translation>عدد مستويات التداخل يتجاوز {n}</translation>
    </message>
    <message>
        <source>unpaired surrogate \u{code} at character {n} (a broken \ud800-\udfff escape?); UTF-8 cannot hold it</source>
        <translation>نصف زوج بديل منفرد \u{code} عند الحرف {n} (تسلسل هروب \ud800-\udfff معطوب؟)؛ لا يمكن حفظه في UTF-8</translation>
    </message>
    <message>
        <source>unpaired surrogate \u{code} (a broken \ud800-\udfff escape?); UTF-8 cannot hold it</source>
        <translation>نصف زوج بديل منفرد \u{code} (تسلسل هروب \ud800-\udfff معطوب؟)؛ لا يمكن حفظه في UTF-8</translation>
    </message>
    <message>
        <source>unpaired surrogate (a broken \ud800-\udfff escape?); UTF-8 cannot hold it</source>
        <translation>نصف زوج بديل منفرد (تسلسل هروب \ud800-\udfff معطوب؟)؛ لا يمكن حفظه في UTF-8</translation>
    </message>
    <message>
        <source>text_sha256 does not match the text</source>
        <translation>‏text_sha256 لا يطابق النص</translation>
    </message>
    <message>
        <source>no &apos;text&apos; string</source>
        <translation>لا توجد سلسلة &apos;text&apos;</translation>
    </message>
    <message>
        <source>no &apos;text&apos; column</source>
        <translation>لا يوجد عمود &apos;text&apos;</translation>
    </message>
    <message>
        <source>&apos;text&apos; is empty or not a string</source>
        <translation>‏&apos;text&apos; فارغ أو ليس سلسلة نصية</translation>
    </message>
    <message>
        <source>offset_unit is {unit}; this importer reads &apos;codepoint&apos;</source>
        <translation>‏offset_unit هو {unit}؛ هذا المستورِد يقرأ &apos;codepoint&apos;</translation>
    </message>
    <message>
        <source>unknown offset unit {unit}; known: {names}</source>
        <translation>وحدة المواضع {unit} غير معروفة؛ الوحدات المعروفة: {names}</translation>
    </message>
    <message>
        <source>task {n} has no text in &apos;data&apos;</source>
        <translation>المهمة {n} بلا نص في &apos;data&apos;</translation>
    </message>
    <message>
        <source>task {n} (id {id}): data.{key}: {error}</source>
        <translation>المهمة {n} (المعرِّف {id}): data.{key}: {error}</translation>
    </message>
    <message>
        <source>task {n} (id {id}): {error}</source>
        <translation>المهمة {n} (المعرِّف {id}): {error}</translation>
    </message>
    <message>
        <source>record {n} (document {id}): {error}</source>
        <translation>السجل {n} (المقال {id}): {error}</translation>
    </message>
    <message>
        <source>record {n}: {error}</source>
        <translation>السجل {n}: {error}</translation>
    </message>
    <message>
        <source>nested too deeply to read</source>
        <translation>متداخل بعمق يتعذّر معه قراءته</translation>
    </message>
    <message>
        <source>too large to read into memory</source>
        <translation>أكبر من أن يُقرأ في الذاكرة</translation>
    </message>
    <message>
        <source>the {name} importer failed ({detail})</source>
        <translation>أخفق المستورِد {name} ({detail})</translation>
    </message>
    <message>
        <source>document id {id} is used by records {n} and {m} with different texts</source>
        <translation>معرِّف المقال {id} يستخدمه السجلان {n} و{m} بنصين مختلفين</translation>
    </message>
    <message>
        <source>id {id} with layer {name} was already in row {n} (duplicate ids)</source>
        <translation>المعرِّف {id} مع الطبقة {name} موجود من قبل في الصف {n} (معرِّفات مكررة)</translation>
    </message>
    <message>
        <source>bad row: {detail}</source>
        <translation>صف معيب: {detail}</translation>
    </message>
    <message>
        <source>cannot read the Parquet data: {detail}</source>
        <translation>تعذّرت قراءة بيانات Parquet: {detail}</translation>
    </message>
    <message>
        <source>not a Parquet file: {detail}</source>
        <translation>ليس ملف Parquet: {detail}</translation>
    </message>
    <message>
        <source>not a spaCy DocBin: {detail}</source>
        <translation>ليس ملف DocBin من spaCy: {detail}</translation>
    </message>
    <message>
        <source>user_data not as expected: {detail}</source>
        <translation>‏user_data ليس كما يُتوقع: {detail}</translation>
    </message>
    <message>
        <source>user_data: &apos;document&apos; or its meta is not a mapping</source>
        <translation>‏user_data: &apos;document&apos; أو بياناته الوصفية ليست قاموسًا</translation>
    </message>
    <message>
        <source>{name} needs {library}: {command}</source>
        <translation>‏{name} يحتاج إلى {library}: {command}</translation>
    </message>
    <message>
        <source>cannot read: {detail}</source>
        <translation>تعذّرت القراءة: {detail}</translation>
    </message>
    <message>
        <source>cannot decode: {detail}</source>
        <translation>تعذّر فك الترميز: {detail}</translation>
    </message>
    <message>
        <source>cannot read T line {line}</source>
        <translation>تعذّرت قراءة سطر T: {line}</translation>
    </message>
    <message>
        <source>id {id} is used twice (lines {n} and {m})</source>
        <translation>المعرِّف {id} مستخدم مرتين (السطران {n} و{m})</translation>
    </message>
    <message>
        <source>skipped {id}: {error}</source>
        <translation>تم تخطي {id}: {error}</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {n}): CoNLL files must be</source>
        <translation>ليس UTF-8 (البايت {n}): يجب أن تكون ملفات CoNLL بترميز UTF-8</translation>
    </message>
    <message>
        <source>expected a token and a tag separated by TAB</source>
        <translation>المتوقع كلمة ووسم يفصل بينهما TAB</translation>
    </message>
    <message>
        <source>unknown tag {tag} (expected O, B-X, I-X)</source>
        <translation>الوسم {tag} غير معروف (المتوقع O أو B-X أو I-X)</translation>
    </message>
    <message>
        <source>cannot load the XMI: no type system loaded it</source>
        <translation>تعذّر تحميل XMI: لم يحمّله أي نظام أنواع</translation>
    </message>
    <message>
        <source>cannot load the XMI: {detail}</source>
        <translation>تعذّر تحميل XMI: {detail}</translation>
    </message>
    <message>
        <source>no type system XML (TypeSystem.xml) found beside the XMI</source>
        <translation>لم يُعثر على ملف نظام الأنواع XML (TypeSystem.xml) بجانب XMI</translation>
    </message>
    <message>
        <source>type {name} has no feature {feature} (--feature); its features: {names}</source>
        <translation>ليس للنوع {name} خاصية {feature} (--feature)؛ خصائصه: {names}</translation>
    </message>
    <message>
        <source>{name} [{start}, {end}) outside the text</source>
        <translation>‏{name} [{start}، {end}) خارج النص</translation>
    </message>
    <message>
        <source>{name} [{start}, {end}): {error}</source>
        <translation>‏{name} [{start}، {end}): {error}</translation>
    </message>
    <message>
        <source>cannot tell which feature holds the label of: {names}; choose with --type TYPE --feature NAME</source>
        <translation>تعذّر معرفة الخاصية التي تحمل الوسم في: {names}؛ اختر بالخيارين --type TYPE --feature NAME</translation>
    </message>
    <message>
        <source>none of the annotations could be mapped to labels; types found: {names}; choose with --type TYPE --feature NAME</source>
        <translation>تعذّر ربط أيٍّ من التوسيمات بوسوم؛ الأنواع الموجودة: {names}؛ اختر بالخيارين --type TYPE --feature NAME</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>‏{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{desc} (week {week})</source>
        <translation>‏{desc} (الأسبوع {week})</translation>
    </message>
    <message>
        <source>{desc} (Solar Hijri {date})</source>
        <translation>‏{desc} (هجري شمسي {date})</translation>
    </message>
    <message>
        <source>ISO week {week} of {year}</source>
        <translation>الأسبوع {week} من سنة {year} بحسب ISO</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>سنة {year}</translation>
    </message>
    <message>
        <source>the years {start}-{end}</source>
        <translation>السنوات من {start} إلى {end}</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <translation>عقد {decade}</translation>
    </message>
    <message>
        <source>{season} {year}</source>
        <translation>‏{season} {year}</translation>
    </message>
    <message>
        <source>quarter {quarter} of {year}</source>
        <translation>الربع {quarter} من سنة {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>‏{month} {year}</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>يوم غير معروف</translation>
    </message>
    <message>
        <source>{day} {month}, year unknown</source>
        <translation>‏{day} {month}، والسنة غير معروفة</translation>
    </message>
    <message>
        <source>{month}, year unknown</source>
        <translation>‏{month}، والسنة غير معروفة</translation>
    </message>
    <message>
        <source>quarter {quarter}, year unknown</source>
        <translation>الربع {quarter}، والسنة غير معروفة</translation>
    </message>
    <message>
        <source>{season}, year unknown</source>
        <translation>‏{season}، والسنة غير معروفة</translation>
    </message>
    <message>
        <source>from {desc} to {until}</source>
        <translation>من {desc} إلى {until}</translation>
    </message>
    <message>
        <source>{desc}, {clock} UTC{utc}</source>
        <translation>‏{desc}، الساعة {clock} بتوقيت UTC{utc}</translation>
    </message>
    <message>
        <source>{desc}, {clock} UTC</source>
        <translation>‏{desc}، الساعة {clock} بتوقيت UTC</translation>
    </message>
    <message>
        <source>{desc}, {clock}</source>
        <translation>‏{desc}، الساعة {clock}</translation>
    </message>
    <message>
        <source>the present</source>
        <translation>الحاضر</translation>
    </message>
    <message>
        <source>the past</source>
        <translation>الماضي</translation>
    </message>
    <message>
        <source>the future</source>
        <translation>المستقبل</translation>
    </message>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>ربيع</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>صيف</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>خريف</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>شتاء</translation>
    </message>
    <message>
        <source>null</source>
        <translation>قيمة فارغة (null)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>‏{n} بايت</translation>
    </message>
    <message>
        <source>merged {n} files: {layers} article layers brought in ({spans} spans, {links} links), {unchanged} unchanged, {articles} new articles; registry: {created} entities created, {merged} merged, {aliases} aliases added</source>
        <translation>الملفات المدموجة: {n}؛ طبقات المقالات المضافة: {layers} (المقاطع: {spans}، الروابط: {links})، الطبقات التي لم تتغير: {unchanged}، المقالات الجديدة: {articles}؛ سجل المتحدثين — كيانات جديدة: {created}، مدموجة: {merged}، أسماء بديلة مضافة: {aliases}</translation>
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
        <translation>إعادة تعيين</translation>
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
        <translation>أخذ المفتاح من الأمر الآخر</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>إعادة تعيين الكل</translation>
    </message>
    <message>
        <source>New key for the selected command:</source>
        <translation>مفتاح جديد للأمر المحدد:</translation>
    </message>
    <message>
        <source>A label&apos;s keys are set in the project&apos;s label schema.</source>
        <translation>تُحدَّد مفاتيح الوسوم في مخطط وسوم المشروع.</translation>
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
        <translation>لم يعد المفتاح {key} مخصصًا لـ«{other}».</translation>
    </message>
    <message>
        <source>Given back to “{action}”, so “{other}” has lost it.</source>
        <translation>أُعيد المفتاح إلى «{action}»، فلم يعد مخصصًا لـ«{other}».</translation>
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
        <translation>المفتاح {key} محجوز من أجل {what}.</translation>
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
        <translation>إضافة مقاطع ({n})</translation>
    </message>
    <message>
        <source>remove {n} spans</source>
        <translation>حذف مقاطع ({n})</translation>
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
        <translation>إلغاء ربط {rel}</translation>
    </message>
    <message>
        <source>speaker {text}</source>
        <translation>تعيين المتحدث: {text}</translation>
    </message>
    <message>
        <source>mark {status}</source>
        <translation>تعيين الحالة: {status}</translation>
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
        <source>merge {n} packages</source>
        <translation>دمج الحزم ({n})</translation>
    </message>
    <message>
        <source>merge {n} package</source>
        <translation>دمج الحزم ({n})</translation>
    </message>
    <message>
        <source>import {fmt} ({n} files)</source>
        <translation>استيراد {fmt} (الملفات: {n})</translation>
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
        <translation> وروابط عددها {n}</translation>
    </message>
    <message>
        <source> (overlaps {labels})</source>
        <translation> (يتداخل مع {labels})</translation>
    </message>
</context>
</TS>
