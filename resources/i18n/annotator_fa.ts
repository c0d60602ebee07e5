<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Take version {n}</source>
        <translation>پذیرفتن نسخهٔ {n}</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>پروژهٔ جدید…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>ساختن فایل پروژهٔ خالی</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>باز کردن پروژه…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>باز کردن فایل پروژه</translation>
    </message>
    <message>
        <source>S&amp;witch annotator…</source>
        <translation>تعویض برچسب‌گذار…</translation>
    </message>
    <message>
        <source>Go on as another annotator on this project; each one&apos;s work stays theirs</source>
        <translation>ادامهٔ کار روی همین پروژه با نام برچسب‌گذار دیگری؛ کار هر کس به نام خودش می‌ماند</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>وارد کردن مقاله‌ها…</translation>
    </message>
    <message>
        <source>Import text, JSONL or CSV files</source>
        <translation>وارد کردن فایل‌های متنی، JSONL یا CSV</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>وارد کردن پوشه…</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>وارد کردن همهٔ مقاله‌های یک پوشه</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>وارد کردن برچسب‌گذاری‌ها…</translation>
    </message>
    <message>
        <source>Import spans made with brat, doccano, Label Studio, INCEpTION, spaCy, CoNLL…</source>
        <translation>وارد کردن بازه‌هایی که با brat، doccano، Label Studio، INCEpTION، spaCy، CoNLL و… ساخته شده‌اند</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Export in any format (JSONL, brat, CoNLL, spaCy, Parquet, XMI, doccano, Label Studio, claims table), with a datasheet</source>
        <translation>خروجی گرفتن در هر یک از قالب‌های JSONL، brat، CoNLL، spaCy، Parquet، XMI، doccano، Label Studio و جدول ادعاها، همراه با شناسنامهٔ داده</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Close the window (everything is saved)</source>
        <translation>بستن پنجره (همه‌چیز ذخیره شده است)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Undo the last edit (survives a restart)</source>
        <translation>واگرد آخرین ویرایش (پس از راه‌اندازی دوباره هم ممکن است)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>انجام دوبارهٔ آخرین ویرایشِ واگردشده</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>جست‌وجو در مقاله…</translation>
    </message>
    <message>
        <source>Find with folding</source>
        <translation>جست‌وجو بدون حساسیت به شکل‌های گوناگون حروف</translation>
    </message>
    <message>
        <source>Search &amp;project…</source>
        <translation>جست‌وجو در پروژه…</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>جست‌وجو در همهٔ مقاله‌ها</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>حذف بازه</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>حذف بازهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Link &amp;speaker…</source>
        <translation>پیوند به گوینده…</translation>
    </message>
    <message>
        <source>Link the selected claim to a speaker</source>
        <translation>پیوند دادن ادعای انتخاب‌شده به یک گوینده</translation>
    </message>
    <message>
        <source>Link &amp;date…</source>
        <translation>پیوند به تاریخ…</translation>
    </message>
    <message>
        <source>Link the selected claim to a date</source>
        <translation>پیوند دادن ادعای انتخاب‌شده به یک تاریخ</translation>
    </message>
    <message>
        <source>&amp;Edit value, speaker or kind</source>
        <translation>&amp;ویرایش مقدار، گوینده یا نوع</translation>
    </message>
    <message>
        <source>Type the selected span&apos;s DATE value, find its speaker or choose its kind; Enter or Esc returns to the article</source>
        <translation>مقدار DATE بازهٔ انتخاب‌شده را بنویسید، گوینده‌اش را پیدا کنید یا نوعش را انتخاب کنید؛ با Enter یا Esc به مقاله برمی‌گردید</translation>
    </message>
    <message>
        <source>Change &amp;label…</source>
        <translation>تغییر &amp;برچسب…</translation>
    </message>
    <message>
        <source>Choose another label with the arrows; Enter confirms, Esc cancels</source>
        <translation>با کلیدهای جهت‌نما برچسب دیگری انتخاب کنید؛ Enter تأیید می‌کند و Esc لغو</translation>
    </message>
    <message>
        <source>Toggle &amp;clitic prefix</source>
        <translation>افزودن یا کنار گذاشتن پیشوند چسبیده</translation>
    </message>
    <message>
        <source>Leave a leading و، ب، ل، ال، ف out of the selected span, or take it back in</source>
        <translation>کنار گذاشتن و، ب، ل، ال، ف از ابتدای بازهٔ انتخاب‌شده، یا برگرداندن آن</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>بازهٔ بعدی</translation>
    </message>
    <message>
        <source>Select the next span in reading order</source>
        <translation>انتخاب بازهٔ بعدی به ترتیب خواندن</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>بازهٔ قبلی</translation>
    </message>
    <message>
        <source>Select the previous span</source>
        <translation>انتخاب بازهٔ قبلی</translation>
    </message>
    <message>
        <source>Left edge one word left</source>
        <translation>لبهٔ چپ یک واژه به چپ</translation>
    </message>
    <message>
        <source>Move the span&apos;s left edge</source>
        <translation>جابه‌جا کردن لبهٔ چپ بازه</translation>
    </message>
    <message>
        <source>Left edge one word right</source>
        <translation>لبهٔ چپ یک واژه به راست</translation>
    </message>
    <message>
        <source>Right edge one word left</source>
        <translation>لبهٔ راست یک واژه به چپ</translation>
    </message>
    <message>
        <source>Move the span&apos;s right edge</source>
        <translation>جابه‌جا کردن لبهٔ راست بازه</translation>
    </message>
    <message>
        <source>Right edge one word right</source>
        <translation>لبهٔ راست یک واژه به راست</translation>
    </message>
    <message>
        <source>Snap to &amp;words</source>
        <translation>چسبیدن به مرز واژه‌ها</translation>
    </message>
    <message>
        <source>Tag whole words without spaces and punctuation; off: the exact characters (Alt+label key does the same once)</source>
        <translation>برچسب زدن به واژه‌های کامل، بدون فاصله و نشانه‌های سجاوندی؛ در حالت خاموش: دقیقاً همان نویسه‌های انتخاب‌شده (Alt همراه کلید برچسب همین کار را یک بار انجام می‌دهد)</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>پیشنهاد بعدی</translation>
    </message>
    <message>
        <source>Select the next suggestion</source>
        <translation>انتخاب پیشنهاد بعدی</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>پیشنهاد قبلی</translation>
    </message>
    <message>
        <source>Select the previous one</source>
        <translation>انتخاب پیشنهاد قبلی</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>پذیرفتن پیشنهاد</translation>
    </message>
    <message>
        <source>Make the suggestion a span</source>
        <translation>تبدیل پیشنهاد به بازه</translation>
    </message>
    <message>
        <source>Re&amp;ject suggestion</source>
        <translation>رد پیشنهاد</translation>
    </message>
    <message>
        <source>It will not be suggested again</source>
        <translation>دیگر پیشنهاد نخواهد شد</translation>
    </message>
    <message>
        <source>Accept all of this label</source>
        <translation>پذیرفتن همهٔ پیشنهادهای این برچسب</translation>
    </message>
    <message>
        <source>Accept every suggestion with the selected suggestion&apos;s label</source>
        <translation>پذیرفتن همهٔ پیشنهادهایی که برچسب پیشنهاد انتخاب‌شده را دارند</translation>
    </message>
    <message>
        <source>&amp;Train the suggestion model</source>
        <translation>آموزش مدل پیشنهادها</translation>
    </message>
    <message>
        <source>Learn speakers from the done articles, in the background (engine &apos;learned&apos;)</source>
        <translation>یادگیری گویندگان از مقاله‌های انجام‌شده، در پس‌زمینه (موتور learned)</translation>
    </message>
    <message>
        <source>Retrain the model after…</source>
        <translation>آموزش دوبارهٔ مدل پس از…</translation>
    </message>
    <message>
        <source>After how many newly done articles the model retrains by itself (default 10)</source>
        <translation>پس از چند مقالهٔ تازه انجام‌شده، مدل خودبه‌خود دوباره آموزش ببیند (پیش‌فرض ۱۰)</translation>
    </message>
    <message>
        <source>Show su&amp;ggestions</source>
        <translation>نمایش پیشنهادها</translation>
    </message>
    <message>
        <source>Show pre-annotations (dashed underline) and compute them when an article opens</source>
        <translation>نمایش پیشنهادها (با زیرخط خط‌چین) و محاسبهٔ آن‌ها هنگام باز شدن مقاله</translation>
    </message>
    <message>
        <source>Mark &amp;done, next</source>
        <translation>انجام شد، بعدی</translation>
    </message>
    <message>
        <source>Mark this article done and open the next one to do</source>
        <translation>علامت زدن این مقاله به‌عنوان انجام‌شده و باز کردن مقالهٔ انجام‌نشدهٔ بعدی</translation>
    </message>
    <message>
        <source>S&amp;kip, next</source>
        <translation>صرف‌نظر، بعدی</translation>
    </message>
    <message>
        <source>Skip this article</source>
        <translation>صرف‌نظر از این مقاله</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>باز کردن دوباره</translation>
    </message>
    <message>
        <source>Mark this article in progress again</source>
        <translation>برگرداندن این مقاله به وضعیت «در حال انجام»</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>مقالهٔ بعدی</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>مقالهٔ قبلی</translation>
    </message>
    <message>
        <source>Right-to-&amp;left</source>
        <translation>راست‌به‌چپ</translation>
    </message>
    <message>
        <source>Lay this article out right-to-left (remembered per article)</source>
        <translation>نمایش این مقاله به‌صورت راست‌به‌چپ (برای هر مقاله جداگانه به خاطر سپرده می‌شود)</translation>
    </message>
    <message>
        <source>&amp;Assign articles to analysts…</source>
        <translation>تقسیم مقاله‌ها میان تحلیل‌گران…</translation>
    </message>
    <message>
        <source>One project file per analyst, some articles shared, to annotate offline</source>
        <translation>برای هر تحلیل‌گر یک فایل پروژه، با چند مقالهٔ مشترک، برای کار بدون اتصال</translation>
    </message>
    <message>
        <source>&amp;Merge analysts&apos; packages…</source>
        <translation>ادغام بسته‌های تحلیل‌گران…</translation>
    </message>
    <message>
        <source>Bring the analysts&apos; layers back into this project</source>
        <translation>بازگرداندن لایه‌های تحلیل‌گران به این پروژه</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>توافق میان تحلیل‌گران…</translation>
    </message>
    <message>
        <source>How far the analysts agree: span F1, kappa, alpha, alpha-U, attributes, links</source>
        <translation>میزان توافق تحلیل‌گران: F1 بازه‌ها، kappa، alpha، alpha-U، ویژگی‌ها و پیوندها</translation>
    </message>
    <message>
        <source>&amp;Curation mode</source>
        <translation>حالت داوری</translation>
    </message>
    <message>
        <source>Adjudicate the analysts&apos; layers into the gold layer (reopens the window)</source>
        <translation>داوری میان لایه‌های تحلیل‌گران و ساختن لایهٔ gold (پنجره دوباره باز می‌شود)</translation>
    </message>
    <message>
        <source>Curate &amp;automatically</source>
        <translation>داوری خودکار</translation>
    </message>
    <message>
        <source>Copy into gold every span, attribute and link all analysts agree on</source>
        <translation>کپی کردن هر بازه، ویژگی و پیوندی که همهٔ تحلیل‌گران بر سر آن توافق دارند در لایهٔ gold</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>اختلاف بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous disagreement</source>
        <translation>اختلاف قبلی</translation>
    </message>
    <message>
        <source>&amp;Reject every version</source>
        <translation>رد همهٔ نسخه‌ها</translation>
    </message>
    <message>
        <source>Gold stays empty here</source>
        <translation>لایهٔ gold این‌جا خالی می‌ماند</translation>
    </message>
    <message>
        <source>&amp;Settle as edited</source>
        <translation>تثبیت به همین صورت</translation>
    </message>
    <message>
        <source>Keep the gold spans of this disagreement as you edited them</source>
        <translation>نگه داشتن بازه‌های gold این اختلاف همان‌طور که ویرایششان کرده‌اید</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>اندازهٔ پیش‌فرض</translation>
    </message>
    <message>
        <source>Article &amp;font…</source>
        <translation>قلم مقاله…</translation>
    </message>
    <message>
        <source>Choose the article font</source>
        <translation>انتخاب قلم مقاله</translation>
    </message>
    <message>
        <source>Change keyboard &amp;shortcuts…</source>
        <translation>تغییر میان‌برهای صفحه‌کلید…</translation>
    </message>
    <message>
        <source>Give any command another key; kept for the next time the window opens</source>
        <translation>برای هر فرمان کلید دیگری تعیین کنید؛ این تنظیم برای دفعه‌های بعدی که پنجره باز می‌شود هم می‌ماند</translation>
    </message>
    <message>
        <source>Annotation &amp;guidelines</source>
        <translation>راهنمای برچسب‌گذاری</translation>
    </message>
    <message>
        <source>What to mark as SPEAKER, CLAIM and DATE, and how far</source>
        <translation>چه چیزهایی را SPEAKER، CLAIM و DATE برچسب بزنیم و مرز هر بازه تا کجاست</translation>
    </message>
    <message>
        <source>&amp;Evaluate the suggestions…</source>
        <translation>ارزیابی پیشنهادها…</translation>
    </message>
    <message>
        <source>Score the suggestion engines against the gold layer of this project</source>
        <translation>سنجش موتورهای پیشنهاد در برابر لایهٔ gold این پروژه</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>فهرست همهٔ میان‌برها</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Spans</source>
        <translation>بازه‌ها</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>ضرایب</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>ویژگی‌ها</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>پیوندها</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>توافق میان تحلیل‌گران</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Confusion {layers}</source>
        <translation>ماتریس درهم‌ریختگی {layers}</translation>
    </message>
    <message>
        <source>Agreement cannot be measured:</source>
        <translation>توافق را نمی‌توان سنجید:</translation>
    </message>
    <message>
        <source>Measuring agreement…</source>
        <translation>در حال سنجش توافق…</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <source>saved {n} edit(s) that waited for the project</source>
        <translation>ویرایش‌هایی که منتظر پروژه بودند ذخیره شدند: {n}</translation>
    </message>
    <message>
        <source>relabelled as {label}</source>
        <translation>برچسب به {label} تغییر کرد</translation>
    </message>
    <message>
        <source>select some text first, then press the label&apos;s key</source>
        <translation>اول متنی را انتخاب کنید، بعد کلید برچسب را بزنید</translation>
    </message>
    <message>
        <source>{label} «{text}» saved</source>
        <translation>‏{label} «{text}» ذخیره شد</translation>
    </message>
    <message>
        <source>no span selected</source>
        <translation>هیچ بازه‌ای انتخاب نشده است</translation>
    </message>
    <message>
        <source>select a span first</source>
        <translation>اول یک بازه انتخاب کنید</translation>
    </message>
    <message>
        <source>redone: {step}</source>
        <translation>دوباره انجام شد: {step}</translation>
    </message>
    <message>
        <source>undone: {step}</source>
        <translation>واگرد شد: {step}</translation>
    </message>
    <message>
        <source>select a CLAIM first (click it, or N/P to step through spans)</source>
        <translation>اول یک CLAIM انتخاب کنید (روی آن کلیک کنید، یا با N/P میان بازه‌ها بروید)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>پیش از ادعا</translation>
    </message>
    <message>
        <source>after</source>
        <translation>پس از ادعا</translation>
    </message>
    <message>
        <source>Speaker not in the text: choose from the registry…</source>
        <translation>گوینده در متن نیست: انتخاب از فهرست گویندگان…</translation>
    </message>
    <message>
        <source>no {label} span in this article to link to</source>
        <translation>در این مقاله هیچ بازهٔ {label} برای پیوند نیست</translation>
    </message>
</context>
<context>
    <name>ArticleFontDialog</name>
    <message>
        <source>Arabic articles</source>
        <translation>مقاله‌های عربی</translation>
    </message>
    <message>
        <source>Persian articles</source>
        <translation>مقاله‌های فارسی</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>قلم مقاله</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign articles to analysts</source>
        <translation>تقسیم مقاله‌ها میان تحلیل‌گران</translation>
    </message>
    <message>
        <source>Share of articles given to two analysts, to measure agreement</source>
        <translation>سهم مقاله‌هایی که به دو تحلیل‌گر داده می‌شود، برای سنجش توافق</translation>
    </message>
    <message>
        <source>every article to two analysts</source>
        <translation>هر مقاله به دو تحلیل‌گر</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>تحلیل‌گران</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشترک</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>بذر تصادفی</translation>
    </message>
    <message>
        <source>Packages folder</source>
        <translation>پوشهٔ بسته‌ها</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>پوشه‌ای برای بسته‌ها</translation>
    </message>
    <message>
        <source>choose a folder for the packages</source>
        <translation>پوشه‌ای برای بسته‌ها انتخاب کنید</translation>
    </message>
    <message>
        <source>No packages were written:</source>
        <translation>هیچ بسته‌ای نوشته نشد:</translation>
    </message>
    <message>
        <source>{package}: {n} articles</source>
        <translation>‏{package}: {n} مقاله</translation>
    </message>
    <message>
        <source>{shared} of {total} articles are shared.</source>
        <translation>{shared} از {total} مقاله مشترک است.</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>پوشه: {path}</translation>
    </message>
    <message>
        <source>Writing packages…</source>
        <translation>در حال نوشتن بسته‌ها…</translation>
    </message>
    <message>
        <source>Nothing was merged:</source>
        <translation>چیزی ادغام نشد:</translation>
    </message>
    <message>
        <source>Registry conflicts:</source>
        <translation>ناسازگاری‌ها در فهرست گویندگان:</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>در حال ادغام بسته‌ها…</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Claim</source>
        <translation>ادعا</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>گوینده</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Link speaker… (S)</source>
        <translation>پیوند به گوینده… (S)</translation>
    </message>
    <message>
        <source>Link date… (D)</source>
        <translation>پیوند به تاریخ… (D)</translation>
    </message>
    <message>
        <source>Remove the {type} link to {target}</source>
        <translation>حذف پیوند {type} به {target}</translation>
    </message>
</context>
<context>
    <name>CurationPanel</name>
    <message>
        <source>agreed</source>
        <translation>توافق‌شده</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <extracomment>One colour per analyst layer, readable on light and dark backgrounds.</extracomment>
        <translation>(چیزی این‌جا نیست)</translation>
    </message>
    <message>
        <source>Versions (Ctrl+number takes one):</source>
        <translation>نسخه‌ها (برای پذیرفتن هر نسخه، Ctrl+شمارهٔ آن را بزنید):</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{n} analyst layers: {names}</source>
        <translation>لایه‌های تحلیل‌گران ({n}): {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>{open} open of {all} disagreements; {agreed} places agreed</source>
        <translation>{open} از {all} اختلاف هنوز باز است؛ {agreed} مورد توافق‌شده</translation>
    </message>
    <message>
        <source>gold still lacks: {what}</source>
        <translation>لایهٔ gold هنوز کمبود دارد: {what}</translation>
    </message>
    <message>
        <source>gold passes the checks</source>
        <translation>لایهٔ gold همهٔ بررسی‌ها را گذرانده است</translation>
    </message>
    <message>
        <source>no open disagreement in this article: Ctrl+PgDown for the next</source>
        <translation>در این مقاله اختلاف بازی نیست: Ctrl+PgDown برای مقالهٔ بعدی</translation>
    </message>
    <message>
        <source>no disagreement selected: F8 steps to the next one</source>
        <translation>هیچ اختلافی انتخاب نشده است: F8 به اختلاف بعدی می‌رود</translation>
    </message>
    <message>
        <source>there is no version {n} here (1 to {last})</source>
        <translation>این‌جا نسخهٔ {n} وجود ندارد (از ۱ تا {last})</translation>
    </message>
    <message>
        <source>took {layer}&apos;s version (Ctrl+Z undoes it)</source>
        <translation>نسخهٔ {layer} پذیرفته شد (Ctrl+Z آن را واگرد می‌کند)</translation>
    </message>
    <message>
        <source>rejected every version (Ctrl+Z undoes it)</source>
        <translation>همهٔ نسخه‌ها رد شد (Ctrl+Z آن را واگرد می‌کند)</translation>
    </message>
    <message>
        <source>settled with the gold spans as they are (Ctrl+Z undoes it)</source>
        <translation>بازه‌های gold همان‌طور که هست تثبیت شد (Ctrl+Z آن را واگرد می‌کند)</translation>
    </message>
</context>
<context>
    <name>DateValueEdit</name>
    <message>
        <source>century</source>
        <extracomment>core.timex&apos;s granularities as the hint under the field names them</extracomment>
        <translation>سده</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>دهه</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>season</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>second</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>reference to a time</source>
        <translation>ارجاع زمانی</translation>
    </message>
    <message>
        <source>TIMEX3 / ISO 8601 value at the text&apos;s granularity: {examples}; also {more}. Always a Gregorian date; the calendar field says which calendar the text used. Enter commits, Escape restores, empty clears.</source>
        <translation>مقدار TIMEX3 / ISO 8601 با همان دقت متن: {examples}؛ همچنین {more}. همیشه تاریخ میلادی است؛ فیلد تقویم نشان می‌دهد متن از کدام تقویم استفاده کرده است. Enter ثبت می‌کند، Escape مقدار قبلی را برمی‌گرداند و فیلد خالی مقدار را پاک می‌کند.</translation>
    </message>
    <message>
        <source>no value (Enter on an empty field clears it)</source>
        <translation>بدون مقدار (Enter در فیلد خالی مقدار را پاک می‌کند)</translation>
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
        <translation>منو</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Import failed, nothing was imported:</source>
        <translation>وارد کردن ناموفق بود؛ چیزی وارد نشد:</translation>
    </message>
    <message>
        <source>Imported {added} articles; {skipped} duplicates skipped.</source>
        <translation>{added} مقاله وارد شد؛ از {skipped} مقالهٔ تکراری صرف‌نظر شد.</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>در حال وارد کردن مقاله‌ها…</translation>
    </message>
    <message>
        <source>Choose the speaker</source>
        <translation>انتخاب گوینده</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <source>annotator projects</source>
        <translation>پروژه‌های annotator</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>همهٔ فایل‌ها</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>پروژهٔ جدید</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>هنوز تمام نشده است</translation>
    </message>
    <message>
        <source>This article still lacks:</source>
        <translation>این مقاله هنوز کمبود دارد:</translation>
    </message>
    <message>
        <source>Fix the first one</source>
        <translation>رفع نخستین مورد</translation>
    </message>
    <message>
        <source>Mark done anyway</source>
        <translation>با این حال انجام‌شده ثبت شود</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>بازه‌ها</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>انجام‌نشده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>صرف‌نظرشده</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>انجام‌نشده</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>صرف‌نظرشده</translation>
    </message>
    <message>
        <source>id: {id}</source>
        <translation>شناسه: {id}</translation>
    </message>
    <message>
        <source>published: {date}</source>
        <translation>تاریخ انتشار: {date}</translation>
    </message>
</context>
<context>
    <name>DocumentListDock</name>
    <message>
        <source>Search (ignores harakat, ZWNJ, yeh/kaf forms)</source>
        <translation>جست‌وجو (بدون توجه به اعراب، نیم‌فاصله و شکل‌های ی و ک)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <source>{done} / {total} done</source>
        <translation>انجام‌شده: {done} از {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>{shown} از {total} مقاله</translation>
    </message>
</context>
<context>
    <name>EntityPicker</name>
    <message>
        <source>no speaker chosen yet</source>
        <translation>هنوز گوینده‌ای انتخاب نشده است</translation>
    </message>
    <message>
        <source>Find a speaker by any name (پوتین finds بوتين)</source>
        <translation>جست‌وجوی گوینده با هر نامی (پوتین، بوتين را هم پیدا می‌کند)</translation>
    </message>
    <message>
        <source>New speaker…</source>
        <translation>گویندهٔ جدید…</translation>
    </message>
    <message>
        <source>Add a speaker to the registry, named after the span ({key}); the span text becomes one of its aliases</source>
        <translation>افزودن گوینده‌ای تازه به فهرست گویندگان با نامی برگرفته از بازه ({key})؛ متن بازه یکی از نام‌های دیگر او می‌شود</translation>
    </message>
    <message>
        <source>{n} speakers in the registry have this name: choose one</source>
        <translation>{n} گوینده در فهرست این نام را دارند: یکی را انتخاب کنید</translation>
    </message>
    <message>
        <source>speaker #{id}</source>
        <translation>گویندهٔ شمارهٔ {id}</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>در فهرست گویندگان نیست</translation>
    </message>
    <message>
        <source>Wikidata {id}</source>
        <translation>ویکی‌داده {id}</translation>
    </message>
    <message>
        <source>no Wikidata id</source>
        <translation>بدون شناسهٔ ویکی‌داده</translation>
    </message>
    <message>
        <source>aliases: {n}</source>
        <translation>نام‌های دیگر: {n}</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>گویندهٔ جدید</translation>
    </message>
    <message>
        <source>Name of the new speaker (the span text becomes one of its aliases):</source>
        <translation>نام گویندهٔ جدید (متن بازه یکی از نام‌های دیگر او می‌شود):</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Suggestions against the gold layer</source>
        <translation>پیشنهادها در برابر لایهٔ gold</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>The suggestions cannot be evaluated:</source>
        <translation>ارزیابی پیشنهادها ممکن نیست:</translation>
    </message>
    <message>
        <source>Evaluating the suggestions…</source>
        <translation>در حال ارزیابی پیشنهادها…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>every layer</source>
        <translation>همهٔ لایه‌ها</translation>
    </message>
    <message>
        <source>only articles marked done</source>
        <translation>فقط مقاله‌های انجام‌شده</translation>
    </message>
    <message>
        <source>e.g. {example} (empty: no split)</source>
        <translation>مثلاً {example} (خالی: بدون تقسیم)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>لایه</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>تقسیم</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>بذر تصادفی</translation>
    </message>
    <message>
        <source>Choose where to write the export first (type a path or press Choose…).</source>
        <translation>اول مشخص کنید خروجی کجا نوشته شود (مسیری بنویسید یا «انتخاب…» را بزنید).</translation>
    </message>
    <message>
        <source>Export into a folder</source>
        <translation>خروجی در یک پوشه</translation>
    </message>
    <message>
        <source>Export failed, nothing was written:</source>
        <translation>خروجی گرفتن ناموفق بود؛ چیزی نوشته نشد:</translation>
    </message>
    <message>
        <source>{part}: {n} records → {path}</source>
        <translation>‏{part}: {n} رکورد ← {path}</translation>
    </message>
    <message>
        <source>datasheet: {path}</source>
        <translation>شناسنامهٔ داده: {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (ignores harakat, ZWNJ, yeh/kaf forms)</source>
        <translation>جست‌وجو در مقاله (بدون توجه به اعراب، نیم‌فاصله و شکل‌های ی و ک)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>مورد قبلی (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>مورد بعدی (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>موردی پیدا نشد</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} از {total}</translation>
    </message>
</context>
<context>
    <name>GuidelinesDialog</name>
    <message>
        <source>Annotation guidelines</source>
        <translation>راهنمای برچسب‌گذاری</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Who is annotating?</source>
        <translation>چه کسی برچسب‌گذاری می‌کند؟</translation>
    </message>
    <message>
        <source>No annotator was chosen, so nothing was opened.</source>
        <translation>نام برچسب‌گذار انتخاب نشد، بنابراین چیزی باز نشد.</translation>
    </message>
    <message>
        <source>Your name or initials (stored with every span and edit):</source>
        <translation>نام یا حروف اول نام شما (همراه هر بازه و هر ویرایش ذخیره می‌شود):</translation>
    </message>
    <message>
        <source>A name is needed. Your name or initials:</source>
        <translation>نام لازم است. نام یا حروف اول نام شما:</translation>
    </message>
    <message>
        <source>Every span and edit is recorded under the annotator&apos;s name, so the project cannot open without one.</source>
        <translation>هر بازه و هر ویرایش به نام برچسب‌گذار ثبت می‌شود، پس پروژه بدون نام باز نمی‌شود.</translation>
    </message>
    <message>
        <source>Enter a name</source>
        <translation>وارد کردن نام</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Switch annotator</source>
        <translation>تعویض برچسب‌گذار</translation>
    </message>
    <message>
        <source>Annotate as (pick a name or type a new one; each annotator&apos;s work stays theirs):</source>
        <translation>برچسب‌گذاری با نام (نامی را انتخاب کنید یا نام تازه‌ای بنویسید؛ کار هر برچسب‌گذار به نام خودش می‌ماند):</translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>وارد کردن برچسب‌گذاری‌ها</translation>
    </message>
    <message>
        <source>files or a folder</source>
        <translation>فایل‌ها یا یک پوشه</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>default: from the file, else {name}</source>
        <translation>پیش‌فرض: از خود فایل، وگرنه {name}</translation>
    </message>
    <message>
        <source>Offset unit of the files (empty: the format&apos;s own)</source>
        <translation>واحد جایگاه‌ها در فایل‌ها (خالی: واحد خود قالب)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>نام لایه</translation>
    </message>
    <message>
        <source>Offset unit</source>
        <translation>واحد جایگاه</translation>
    </message>
    <message>
        <source>Folder of annotations</source>
        <translation>پوشهٔ برچسب‌گذاری‌ها</translation>
    </message>
    <message>
        <source>Annotation files</source>
        <translation>فایل‌های برچسب‌گذاری</translation>
    </message>
    <message>
        <source>Imported {spans} spans and {relations} relations ({matched} documents matched, {created} created).</source>
        <translation>{spans} بازه و {relations} رابطه وارد شد ({matched} سند مطابقت داده شد، {created} سند ساخته شد).</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>در حال وارد کردن برچسب‌گذاری‌ها…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>لغو شد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>KeyboardActions</name>
    <message>
        <source>select a span first (N/P steps through them)</source>
        <translation>اول یک بازه انتخاب کنید (با N/P بین بازه‌ها جابه‌جا شوید)</translation>
    </message>
    <message>
        <source>this span has nothing to edit but its label</source>
        <translation>در این بازه جز برچسبش چیزی برای ویرایش نیست</translation>
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
        <translation>مقاله‌ها</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>بازه‌ها</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>داوری</translation>
    </message>
    <message>
        <source>Selection ({n} characters) → span text: «{text}»</source>
        <translation>انتخاب ({n} نویسه) ← متن بازه: «{text}»</translation>
    </message>
    <message>
        <source>annotator: {name} → layer {layer}</source>
        <translation>برچسب‌گذار: {name} ← لایهٔ {layer}</translation>
    </message>
    <message>
        <source>annotator: {name}</source>
        <translation>برچسب‌گذار: {name}</translation>
    </message>
    <message>
        <source>no more articles to do</source>
        <translation>مقالهٔ انجام‌نشدهٔ دیگری نمانده است</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>وارد کردن مقاله‌ها</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>وارد کردن پوشه‌ای از مقاله‌ها</translation>
    </message>
    <message>
        <source>Analysts&apos; packages</source>
        <translation>بسته‌های تحلیل‌گران</translation>
    </message>
    <message>
        <source>Team &gt; Curation mode first (Ctrl+Shift+G)</source>
        <translation>اول تیم &gt; حالت داوری را روشن کنید (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>gold: {spans} spans and {links} links added; {left} disagreements left to curate</source>
        <translation>به لایهٔ gold افزوده شد: {spans} بازه و {links} پیوند؛ {left} اختلاف برای داوری مانده است</translation>
    </message>
    <message>
        <source>selections snap to whole words</source>
        <translation>انتخاب‌ها به مرز واژه‌ها می‌چسبند</translation>
    </message>
    <message>
        <source>selections keep the exact characters</source>
        <translation>انتخاب‌ها دقیقاً همان نویسه‌ها را نگه می‌دارند</translation>
    </message>
    <message>
        <source>text size: {size} pt</source>
        <translation>اندازهٔ متن: {size} پوینت</translation>
    </message>
    <message>
        <source>Edits are waiting</source>
        <translation>ویرایش‌ها در انتظار ذخیره‌اند</translation>
    </message>
    <message>
        <source>Another program is still writing to this project, so {n} edit(s) could not be saved yet. Close anyway and lose them?</source>
        <translation>برنامهٔ دیگری هنوز در این پروژه می‌نویسد، به همین دلیل {n} ویرایش هنوز ذخیره نشده است. با این حال پنجره را می‌بندید و آن‌ها را از دست می‌دهید؟</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Span</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Tag the selection as {label} (Alt+{key}): exact characters</source>
        <translation>برچسب {label} روی متن انتخاب‌شده (Alt+{key})، دقیقاً همان نویسه‌ها</translation>
    </message>
    <message>
        <source>Tag the selection as {label} ({key})</source>
        <translation>برچسب {label} روی متن انتخاب‌شده ({key})</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ابزارها</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>پروژه‌های اخیر</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>طرح رنگ</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;پنل‌ها</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>نوار ابزار</translation>
    </message>
    <message>
        <source>Line &amp;spacing</source>
        <translation>&amp;فاصلهٔ سطرها</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>مطابق تنظیمات سیستم</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>تیره</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>the annotator&apos;s name is empty</source>
        <translation>نام برچسب‌گذار خالی است</translation>
    </message>
    <message>
        <source>nothing selected to tag</source>
        <translation>چیزی برای برچسب‌گذاری انتخاب نشده است</translation>
    </message>
    <message>
        <source>a span must keep at least one character</source>
        <translation>بازه باید دست‌کم یک نویسه داشته باشد</translation>
    </message>
    <message>
        <source>no clitic prefix to leave out or take in</source>
        <translation>پیشوند پیوسته‌ای برای کنار گذاشتن یا افزودن وجود ندارد</translation>
    </message>
    <message>
        <source>{rel} links a {label}, not a {other}</source>
        <translation>پیوند {rel} از {label} آغاز می‌شود، نه از {other}</translation>
    </message>
    <message>
        <source>{rel} links to a {label}, not a {other}</source>
        <translation>پیوند {rel} به {label} ختم می‌شود، نه به {other}</translation>
    </message>
    <message>
        <source>a speaker needs a name</source>
        <translation>گوینده باید نام داشته باشد</translation>
    </message>
    <message>
        <source>direction must be rtl or ltr, not {value}</source>
        <translation>جهت باید rtl یا ltr باشد، نه {value}</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>چیزی برای واگرد نیست</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>چیزی برای ازنو نیست</translation>
    </message>
    <message>
        <source>that step is no longer in the history</source>
        <translation>این گام دیگر در تاریخچه نیست</translation>
    </message>
    <message>
        <source>cannot undo: {error}</source>
        <translation>واگرد ممکن نیست: {error}</translation>
    </message>
    <message>
        <source>suggestion {id} is gone</source>
        <translation>پیشنهاد {id} دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>the suggestion no longer matches the text</source>
        <translation>پیشنهاد دیگر با متن مطابقت ندارد</translation>
    </message>
    <message>
        <source>no layer {name} in this unit</source>
        <translation>لایهٔ {name} در این واحد نیست</translation>
    </message>
    <message>
        <source>this disagreement is settled already</source>
        <translation>این اختلاف پیش‌تر حل شده است</translation>
    </message>
    <message>
        <source>no document {id}</source>
        <translation>مقالهٔ {id} وجود ندارد</translation>
    </message>
    <message>
        <source>no entity {id}</source>
        <translation>موجودیت {id} وجود ندارد</translation>
    </message>
    <message>
        <source>a relation needs exactly one tail: a span or an entity</source>
        <translation>پیوند باید دقیقاً یک سر دوم داشته باشد: یک بازه یا یک موجودیت</translation>
    </message>
    <message>
        <source>span {id} was deleted in another window</source>
        <translation>بازهٔ {id} در پنجرهٔ دیگری حذف شد</translation>
    </message>
    <message>
        <source>span {id} was changed in another window</source>
        <translation>بازهٔ {id} در پنجرهٔ دیگری تغییر کرد</translation>
    </message>
    <message>
        <source>relation {id} was changed in another window</source>
        <translation>پیوند {id} در پنجرهٔ دیگری تغییر کرد</translation>
    </message>
    <message>
        <source>some of these spans were deleted in another window</source>
        <translation>برخی از این بازه‌ها در پنجرهٔ دیگری حذف شدند</translation>
    </message>
    <message>
        <source>some of these links were deleted in another window</source>
        <translation>برخی از این پیوندها در پنجرهٔ دیگری حذف شدند</translation>
    </message>
    <message>
        <source>cannot change {name}</source>
        <translation>‏{name} را نمی‌توان تغییر داد</translation>
    </message>
    <message>
        <source>not editable: {name}</source>
        <translation>ویرایش‌پذیر نیست: {name}</translation>
    </message>
    <message>
        <source>status must be one of {names}, not {value}</source>
        <translation>وضعیت باید یکی از {names} باشد، نه {value}</translation>
    </message>
    <message>
        <source>edge and towards are &apos;left&apos; or &apos;right&apos;</source>
        <translation>مقدار edge و towards یا &apos;left&apos; است یا &apos;right&apos;</translation>
    </message>
    <message>
        <source>{where}: offsets [{start}, {end}) out of range for a text of {n} characters</source>
        <translation>‏{where}: جایگاه‌های [{start}، {end}) بیرون از محدودهٔ متنی با {n} نویسه است</translation>
    </message>
    <message>
        <source>{where}: text at [{start}, {end}) is {text}, not {expected}</source>
        <translation>‏{where}: متن در [{start}، {end}) برابر {text} است، نه {expected}</translation>
    </message>
    <message>
        <source>offsets [{start}, {end}) out of range for a text of {n} characters</source>
        <translation>جایگاه‌های [{start}، {end}) بیرون از محدودهٔ متنی با {n} نویسه است</translation>
    </message>
    <message>
        <source>text at [{start}, {end}) is {text}, not {expected}</source>
        <translation>متن در [{start}، {end}) برابر {text} است، نه {expected}</translation>
    </message>
    <message>
        <source>{where}: already exists; open it or choose another name</source>
        <translation>‏{where}: از پیش وجود دارد؛ آن را باز کنید یا نام دیگری انتخاب کنید</translation>
    </message>
    <message>
        <source>{where}: is a folder, not a project file</source>
        <translation>‏{where}: پوشه است، نه فایل پروژه</translation>
    </message>
    <message>
        <source>{where}: not a regular file, not a project</source>
        <translation>‏{where}: فایل معمولی نیست و پروژه هم نیست</translation>
    </message>
    <message>
        <source>{where}: not an annotator project (not an SQLite file)</source>
        <translation>‏{where}: پروژهٔ annotator نیست (فایل SQLite نیست)</translation>
    </message>
    <message>
        <source>{where}: no such project; create it with &apos;annotator init {path}&apos;</source>
        <translation>‏{where}: چنین پروژه‌ای وجود ندارد؛ آن را با &apos;annotator init {path}&apos; بسازید</translation>
    </message>
    <message>
        <source>{where}: an empty file, not an annotator project; it was left untouched (create a project with &apos;annotator init&apos;)</source>
        <translation>‏{where}: فایلی خالی است، نه پروژهٔ annotator؛ دست‌نخورده ماند (با &apos;annotator init&apos; پروژه بسازید)</translation>
    </message>
    <message>
        <source>{where}: not an annotator project (an SQLite file of another program, with tables {names}); it was left untouched</source>
        <translation>‏{where}: پروژهٔ annotator نیست (فایل SQLite برنامهٔ دیگری با جدول‌های {names})؛ دست‌نخورده ماند</translation>
    </message>
    <message>
        <source>{where}: made by a newer annotator (project schema version {n}, this annotator knows versions up to {m}: it lacks {name}); upgrade annotator to open it</source>
        <translation>‏{where}: با نسخهٔ تازه‌تری از annotator ساخته شده (نسخهٔ ساختار پروژه {n}؛ این نسخه تا {m} را می‌شناسد و {name} را ندارد)؛ برای باز کردنش annotator را به‌روز کنید</translation>
    </message>
    <message>
        <source>{where}: the project is busy: another program (an import, suggest, a window) held its write lock too long; this change was not written, run the command again when the other one is done</source>
        <translation>‏{where}: پروژه مشغول است: برنامهٔ دیگری (وارد کردن، پیشنهاد یا یک پنجره) قفل نوشتن را بیش از حد نگه داشت؛ این تغییر نوشته نشد، وقتی کار برنامهٔ دیگر تمام شد فرمان را دوباره اجرا کنید</translation>
    </message>
    <message>
        <source>{where}: the project file is damaged ({detail}); nothing was written to it. Recover what is readable into a new file with: sqlite3 {path} &quot;.recover&quot; | sqlite3 {copy}.recovered, then check the copy with &apos;annotator check {again}.recovered&apos;</source>
        <translation>‏{where}: فایل پروژه آسیب دیده است ({detail})؛ چیزی در آن نوشته نشد. آنچه را خواندنی است با این فرمان در فایل تازه‌ای بازیابی کنید: sqlite3 {path} &quot;.recover&quot; | sqlite3 {copy}.recovered، سپس نسخه را با &apos;annotator check {again}.recovered&apos; بررسی کنید</translation>
    </message>
    <message>
        <source>no layer {name} (layers: {names})</source>
        <translation>لایهٔ {name} وجود ندارد (لایه‌ها: {names})</translation>
    </message>
    <message>
        <source>no layer {name} in this project (layers: {names})</source>
        <translation>لایهٔ {name} در این پروژه نیست (لایه‌ها: {names})</translation>
    </message>
    <message>
        <source>no layer {name} to evaluate against (layers: {names})</source>
        <translation>لایهٔ {name} برای سنجش در برابر آن وجود ندارد (لایه‌ها: {names})</translation>
    </message>
    <message>
        <source>no layer {name} to train on (layers: {names})</source>
        <translation>لایهٔ {name} برای آموزش وجود ندارد (لایه‌ها: {names})</translation>
    </message>
    <message>
        <source>no label {name} (labels: {names})</source>
        <translation>برچسب {name} وجود ندارد (برچسب‌ها: {names})</translation>
    </message>
    <message>
        <source>no label {name} in schema version {id}</source>
        <translation>برچسب {name} در نسخهٔ {id} طرح برچسب‌ها نیست</translation>
    </message>
    <message>
        <source>no relation type {name} in schema version {id}</source>
        <translation>نوع پیوند {name} در نسخهٔ {id} طرح برچسب‌ها نیست</translation>
    </message>
    <message>
        <source>label #{n} has no name</source>
        <translation>برچسب شمارهٔ {n} نام ندارد</translation>
    </message>
    <message>
        <source>label {label}: colour {value} is not #rrggbb</source>
        <translation>برچسب {label}: رنگ {value} به شکل #rrggbb نیست</translation>
    </message>
    <message>
        <source>label {label}: key {value} already used by {other}</source>
        <translation>برچسب {label}: کلید {value} پیش‌تر برای {other} به کار رفته است</translation>
    </message>
    <message>
        <source>label {label}: attribute kind {value} unknown</source>
        <translation>برچسب {label}: نوع ویژگی {value} ناشناخته است</translation>
    </message>
    <message>
        <source>label {label}: attribute {name} {error}</source>
        <translation>برچسب {label}: نام ویژگی {name} {error}</translation>
    </message>
    <message>
        <source>label {name} {error}</source>
        <translation>نام برچسب {name} {error}</translation>
    </message>
    <message>
        <source>relation type {name} {error}</source>
        <translation>نام نوع پیوند {name} {error}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>has leading or trailing spaces</source>
        <translation>در آغاز یا پایانش فاصله دارد</translation>
    </message>
    <message>
        <source>holds the control character U+{code}</source>
        <translation>نویسهٔ کنترلی U+{code} دارد</translation>
    </message>
    <message>
        <source>the schema has no labels</source>
        <translation>طرح برچسب‌ها هیچ برچسبی ندارد</translation>
    </message>
    <message>
        <source>two labels share a name</source>
        <translation>دو برچسب هم‌نام‌اند</translation>
    </message>
    <message>
        <source>relation {name}: no label {label}</source>
        <translation>پیوند {name}: برچسب {label} وجود ندارد</translation>
    </message>
    <message>
        <source>check: no label {label}</source>
        <translation>بررسی: برچسب {label} وجود ندارد</translation>
    </message>
    <message>
        <source>check on {label}: give a relation or an attribute (one of them)</source>
        <translation>بررسی {label}: یک پیوند یا یک ویژگی تعیین کنید (فقط یکی از این دو)</translation>
    </message>
    <message>
        <source>check on {label}: no relation type {name}</source>
        <translation>بررسی {label}: نوع پیوند {name} وجود ندارد</translation>
    </message>
    <message>
        <source>check on {label}: {other} has no attribute {name}</source>
        <translation>بررسی {label}: {other} ویژگی {name} ندارد</translation>
    </message>
    <message>
        <source>unknown {kind} {name}; known: {names}</source>
        <translation>‏{kind} ناشناخته: {name}؛ شناخته‌شده‌ها: {names}</translation>
    </message>
    <message>
        <source>unknown export format {name}; known: {names}</source>
        <translation>قالب خروجی {name} ناشناخته است؛ قالب‌های شناخته‌شده: {names}</translation>
    </message>
    <message>
        <source>unknown import format {name}; known: {names}</source>
        <translation>قالب ورودی {name} ناشناخته است؛ قالب‌های شناخته‌شده: {names}</translation>
    </message>
    <message>
        <source>unknown annotation format {name}; known: {names}</source>
        <translation>قالب برچسب‌گذاری {name} ناشناخته است؛ قالب‌های شناخته‌شده: {names}</translation>
    </message>
    <message>
        <source>agreement needs two layers or more; this project has {n} ({names}): merge analysts&apos; packages first, or name layers with --layers</source>
        <translation>سنجش توافق دست‌کم دو لایه می‌خواهد؛ این پروژه {n} لایه دارد ({names}): نخست بسته‌های تحلیل‌گران را ادغام کنید، یا لایه‌ها را با --layers نام ببرید</translation>
    </message>
    <message>
        <source>agreement needs at least two layers</source>
        <translation>سنجش توافق دست‌کم دو لایه می‌خواهد</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa needs at least two raters</source>
        <translation>کاپای فلایس دست‌کم دو ارزیاب می‌خواهد</translation>
    </message>
    <message>
        <source>an item has {n} judgements, expected {m}</source>
        <translation>یکی از موارد {n} داوری دارد، اما {m} داوری انتظار می‌رفت</translation>
    </message>
    <message>
        <source>the two raters judged different numbers of items</source>
        <translation>دو ارزیاب شمار متفاوتی از موارد را داوری کرده‌اند</translation>
    </message>
    <message>
        <source>alpha-U needs at least two raters</source>
        <translation>‏alpha-U دست‌کم دو ارزیاب می‌خواهد</translation>
    </message>
    <message>
        <source>expected units of {n} raters, got {m}</source>
        <translation>واحدهای {n} ارزیاب انتظار می‌رفت، اما واحدهای {m} ارزیاب رسید</translation>
    </message>
    <message>
        <source>the confusion matrix PNG needs matplotlib: pip install &apos;annotator[charts]&apos;</source>
        <translation>تصویر ماتریس درهم‌ریختگی (PNG) به matplotlib نیاز دارد: pip install &apos;annotator[charts]&apos;</translation>
    </message>
    <message>
        <source>the label chart needs matplotlib: pip install &apos;annotator[charts]&apos;</source>
        <translation>نمودار برچسب‌ها به matplotlib نیاز دارد: pip install &apos;annotator[charts]&apos;</translation>
    </message>
    <message>
        <source>charts with Arabic or Persian text need arabic-reshaper and python-bidi: pip install &apos;annotator[charts]&apos;</source>
        <translation>نمودارهای دارای متن عربی یا فارسی به arabic-reshaper و python-bidi نیاز دارند: pip install &apos;annotator[charts]&apos;</translation>
    </message>
    <message>
        <source>no labels to train: give at least one, e.g. --labels SPEAKER</source>
        <translation>برچسبی برای آموزش تعیین نشده است: دست‌کم یکی را تعیین کنید، مثلاً --labels SPEAKER</translation>
    </message>
    <message>
        <source>unknown label {name}; the schema has {names}</source>
        <translation>برچسب {name} ناشناخته است؛ برچسب‌های طرح: {names}</translation>
    </message>
    <message>
        <source>label {name} cannot be learned; the model learns {names}</source>
        <translation>برچسب {name} یادگرفتنی نیست؛ مدل این‌ها را یاد می‌گیرد: {names}</translation>
    </message>
    <message>
        <source>too few annotated articles in layer {name} to train: {detail}</source>
        <translation>مقاله‌های برچسب‌خوردهٔ لایهٔ {name} برای آموزش کافی نیست: {detail}</translation>
    </message>
    <message>
        <source>too few annotated articles in the gold and analysts&apos; layers to train: {detail}</source>
        <translation>مقاله‌های برچسب‌خوردهٔ لایهٔ gold و لایه‌های تحلیل‌گران برای آموزش کافی نیست: {detail}</translation>
    </message>
    <message>
        <source>the retraining interval must be 0 or more, not {value}</source>
        <translation>فاصلهٔ آموزش دوباره باید 0 یا بیشتر باشد، نه {value}</translation>
    </message>
    <message>
        <source>engine {name} failed on document {id}: {error}</source>
        <translation>موتور {name} روی مقالهٔ {id} شکست خورد: {error}</translation>
    </message>
    <message>
        <source>engine {name} gave offsets [{start}, {end}) that do not match document {id}</source>
        <translation>موتور {name} جایگاه‌هایی [{start}، {end}) داد که با مقالهٔ {id} مطابقت ندارد</translation>
    </message>
    <message>
        <source>unknown engine {name}; known: {names}</source>
        <translation>موتور {name} ناشناخته است؛ موتورهای شناخته‌شده: {names}</translation>
    </message>
    <message>
        <source>{where}: cannot write: {detail}</source>
        <translation>‏{where}: نوشتن ممکن نیست: {detail}</translation>
    </message>
    <message>
        <source>no analysts given: --to amina,reza</source>
        <translation>هیچ تحلیل‌گری تعیین نشده است: --to amina,reza</translation>
    </message>
    <message>
        <source>no analysts given</source>
        <translation>هیچ تحلیل‌گری تعیین نشده است</translation>
    </message>
    <message>
        <source>analyst name {name}: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>نام تحلیل‌گر {name}: فقط از حرف، رقم، &apos;_&apos;، &apos;.&apos; یا &apos;-&apos; استفاده کنید</translation>
    </message>
    <message>
        <source>analyst {name} is named twice</source>
        <translation>تحلیل‌گر {name} دو بار آمده است</translation>
    </message>
    <message>
        <source>--overlap must be between 0 and 1, not {value}</source>
        <translation>مقدار --overlap باید میان 0 و 1 باشد، نه {value}</translation>
    </message>
    <message>
        <source>{n} analysts per shared article, but only {m} analysts</source>
        <translation>برای هر مقالهٔ مشترک {n} تحلیل‌گر لازم است، اما فقط {m} تحلیل‌گر وجود دارد</translation>
    </message>
    <message>
        <source>{where}: already exists (it may hold an analyst&apos;s work); choose an empty folder</source>
        <translation>‏{where}: از پیش وجود دارد (شاید کار یک تحلیل‌گر در آن باشد)؛ یک پوشهٔ خالی انتخاب کنید</translation>
    </message>
    <message>
        <source>{where}: the project has no articles to assign</source>
        <translation>‏{where}: پروژه مقاله‌ای برای واگذاری ندارد</translation>
    </message>
    <message>
        <source>{where}: is the curation project itself</source>
        <translation>‏{where}: همان پروژهٔ داوری است</translation>
    </message>
    <message>
        <source>{where}: not an annotator project (no label schema)</source>
        <translation>‏{where}: پروژهٔ annotator نیست (طرح برچسب‌ها ندارد)</translation>
    </message>
    <message>
        <source>{where}: no such file</source>
        <translation>‏{where}: چنین فایلی وجود ندارد</translation>
    </message>
    <message>
        <source>{where}: article {id} has a different text from the project&apos;s (SHA-256 differs); nothing was merged</source>
        <translation>‏{where}: متن مقالهٔ {id} با متن آن در پروژه فرق دارد (SHA-256 متفاوت است)؛ چیزی ادغام نشد</translation>
    </message>
    <message>
        <source>{where}: unknown registry format {ext} (use .csv or .json)</source>
        <translation>‏{where}: قالب ناشناخته برای فایل فهرست گویندگان {ext} (از .csv یا .json استفاده کنید)</translation>
    </message>
    <message>
        <source>{where}: empty name</source>
        <translation>‏{where}: نام خالی است</translation>
    </message>
    <message>
        <source>{where}: kind {kind} is not an upper-case word like PERSON</source>
        <translation>‏{where}: نوع {kind} واژه‌ای با حروف بزرگ مانند PERSON نیست</translation>
    </message>
    <message>
        <source>{where}: wikidata id {id} is not like Q42</source>
        <translation>‏{where}: شناسهٔ ویکی‌داده {id} به شکل Q42 نیست</translation>
    </message>
    <message>
        <source>{where}: header must be {names}</source>
        <translation>‏{where}: سطر عنوان باید {names} باشد</translation>
    </message>
    <message>
        <source>{where}: {n} fields, expected {m}</source>
        <translation>‏{where}: {n} فیلد دارد، اما {m} فیلد انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{where}: invalid JSON ({detail})</source>
        <translation>‏{where}: JSON نامعتبر ({detail})</translation>
    </message>
    <message>
        <source>{where}: expected an object with an &quot;entities&quot; list</source>
        <translation>‏{where}: شیئی با فهرست &quot;entities&quot; انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{where}: entity #{n}</source>
        <translation>‏{where}: موجودیت شمارهٔ {n}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>‏{where}: شیء نیست</translation>
    </message>
    <message>
        <source>{where}: alias #{n} has no text</source>
        <translation>‏{where}: نام دیگر شمارهٔ {n} متنی ندارد</translation>
    </message>
    <message>
        <source>{where}: cannot read ({detail})</source>
        <translation>‏{where}: خواندن ممکن نیست ({detail})</translation>
    </message>
    <message>
        <source>{name}: {id} here, {other} in the project; kept as two entities</source>
        <translation>‏{name}: {id} این‌جا و {other} در پروژه؛ به‌صورت دو موجودیت جدا نگه داشته شدند</translation>
    </message>
    <message>
        <source>{where}: no such file or folder</source>
        <translation>‏{where}: چنین فایل یا پوشه‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>{where}: no importable files found (.txt, .jsonl, .csv, .tsv)</source>
        <translation>‏{where}: فایلی برای وارد کردن پیدا نشد (.txt، .jsonl، .csv، .tsv)</translation>
    </message>
    <message>
        <source>the paths given</source>
        <translation>مسیرهای داده‌شده</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>the input: {error}</source>
        <translation>ورودی: {error}</translation>
    </message>
    <message>
        <source>the reading process stopped (exit code {code})</source>
        <translation>فرایند خواندن متوقف شد (کد خروج {code})</translation>
    </message>
    <message>
        <source>{where}: id {id} is already used by a document with other text (use --id-prefix)</source>
        <translation>‏{where}: شناسهٔ {id} پیش‌تر برای مقاله‌ای با متن دیگر به کار رفته است (از --id-prefix استفاده کنید)</translation>
    </message>
    <message>
        <source>{error} (nothing was imported)</source>
        <translation>‏{error} (چیزی وارد نشد)</translation>
    </message>
    <message>
        <source>document {id}: label {name}: {error}</source>
        <translation>مقالهٔ {id}: برچسب {name}: {error}</translation>
    </message>
    <message>
        <source>document {id}: relation type {name}: {error}</source>
        <translation>مقالهٔ {id}: نوع پیوند {name}: {error}</translation>
    </message>
    <message>
        <source>document {id}: relation {other} refers to a span that is not there</source>
        <translation>مقالهٔ {id}: پیوند {other} به بازه‌ای اشاره می‌کند که وجود ندارد</translation>
    </message>
    <message>
        <source>document {id}: {error}</source>
        <translation>مقالهٔ {id}: {error}</translation>
    </message>
    <message>
        <source>document {id}: not valid Unicode: {reason}</source>
        <translation>مقالهٔ {id}: یونیکد نامعتبر: {reason}</translation>
    </message>
    <message>
        <source>document {id}: U+{code} at offset {offset} cannot be written in XML 1.0 (XMI); export this article with another format (jsonl keeps it), nothing was written</source>
        <translation>مقالهٔ {id}: نویسهٔ U+{code} در جایگاه {offset} را نمی‌توان در XML 1.0 (XMI) نوشت؛ از این مقاله با قالب دیگری خروجی بگیرید (jsonl نگهش می‌دارد)؛ چیزی نوشته نشد</translation>
    </message>
    <message>
        <source>dropped: {n}</source>
        <translation>از خروجی کنار گذاشته شد: {n}</translation>
    </message>
    <message>
        <source>cells neutralised against formula injection: {n}</source>
        <translation>خانه‌هایی که در برابر تزریق فرمول خنثی شدند: {n}</translation>
    </message>
    <message>
        <source>control characters replaced by U+FFFD (XML cannot hold them): {n}</source>
        <translation>نویسه‌های کنترلی که با U+FFFD جایگزین شدند (XML آن‌ها را نمی‌پذیرد): {n}</translation>
    </message>
    <message>
        <source>this project has no adjudicated &apos;gold&apos; layer yet; export one analyst&apos;s layer with --layer NAME</source>
        <translation>این پروژه هنوز لایهٔ داوری‌شدهٔ &apos;gold&apos; ندارد؛ از لایهٔ یکی از تحلیل‌گران با --layer NAME خروجی بگیرید</translation>
    </message>
    <message>
        <source>{where}: is a folder; give a file name</source>
        <translation>‏{where}: پوشه است؛ نام یک فایل را وارد کنید</translation>
    </message>
    <message>
        <source>{where}: is a file; give a folder name</source>
        <translation>‏{where}: فایل است؛ نام یک پوشه را وارد کنید</translation>
    </message>
    <message>
        <source>{where}: {path} is not a folder</source>
        <translation>‏{where}: {path} پوشه نیست</translation>
    </message>
    <message>
        <source>empty split: give e.g. train=0.8,dev=0.1,test=0.1</source>
        <translation>تقسیم خالی است: مثلاً train=0.8,dev=0.1,test=0.1 را وارد کنید</translation>
    </message>
    <message>
        <source>split part {value} is not NAME=RATIO (e.g. train=0.8)</source>
        <translation>بخش تقسیم {value} به شکل NAME=RATIO نیست (مثلاً train=0.8)</translation>
    </message>
    <message>
        <source>split name {value}: use letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>نام تقسیم {value}: فقط از حرف، رقم، &apos;_&apos; یا &apos;-&apos; استفاده کنید</translation>
    </message>
    <message>
        <source>split name {value} is given twice</source>
        <translation>نام تقسیم {value} دو بار آمده است</translation>
    </message>
    <message>
        <source>split {name}: {value} is not a number</source>
        <translation>تقسیم {name}: {value} عدد نیست</translation>
    </message>
    <message>
        <source>no splits given</source>
        <translation>هیچ تقسیمی تعیین نشده است</translation>
    </message>
    <message>
        <source>split {name}: ratio must be above 0, got {value}</source>
        <translation>تقسیم {name}: نسبت باید بیشتر از 0 باشد، اما {value} داده شد</translation>
    </message>
    <message>
        <source>split ratios sum to {value}, not 1 (within {margin})</source>
        <translation>جمع نسبت‌های تقسیم {value} است، نه 1 (با رواداری {margin})</translation>
    </message>
    <message>
        <source>document {id} is listed twice</source>
        <translation>مقالهٔ {id} دو بار آمده است</translation>
    </message>
    <message>
        <source>unknown encoding {name} (--encoding)</source>
        <translation>رمزگذاری {name} ناشناخته است (--encoding)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>فایل خالی</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>فایل دودویی است، نه متن</translation>
    </message>
    <message>
        <source>not valid UTF-8 and no Arabic encoding (Windows-1256, ISO-8859-6) explains it; convert it to UTF-8 or pass --encoding</source>
        <translation>‏UTF-8 معتبر نیست و با هیچ رمزگذاری عربی (Windows-1256، ISO-8859-6) هم خوانده نمی‌شود؛ آن را به UTF-8 تبدیل کنید یا از --encoding استفاده کنید</translation>
    </message>
    <message>
        <source>not valid UTF-8, and Windows-1256 and ISO-8859-6 both explain it with different letters; pass --encoding cp1256 or --encoding iso8859-6</source>
        <translation>‏UTF-8 معتبر نیست و با هر دو رمزگذاری Windows-1256 و ISO-8859-6 خوانده می‌شود، اما با حروف متفاوت؛ از --encoding cp1256 یا --encoding iso8859-6 استفاده کنید</translation>
    </message>
    <message>
        <source>unknown field {name} (--field); known: {names}</source>
        <translation>فیلد {name} ناشناخته است (--field)؛ فیلدهای شناخته‌شده: {names}</translation>
    </message>
    <message>
        <source>--max-chars must be at least 1, not {value}</source>
        <translation>مقدار --max-chars باید دست‌کم 1 باشد، نه {value}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation>‏{name} یک JSON معتبر نیست</translation>
    </message>
    <message>
        <source>{name} {value} is not an integer</source>
        <translation>‏{name} {value} عدد صحیح نیست</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>‏JSON بیش از اندازه تودرتو است</translation>
    </message>
    <message>
        <source>JSON {kind} where an object was expected</source>
        <translation>به‌جای شیء، JSON از نوع {kind} آمده است</translation>
    </message>
    <message>
        <source>&apos;value&apos; is {jtype}, not an object</source>
        <translation>‏&apos;value&apos; {jtype} است، نه شیء</translation>
    </message>
    <message>
        <source>[{start}, {end}) matches {text} in no unit ({names})</source>
        <translation>‏[{start}، {end}) در هیچ واحدی ({names}) با {text} مطابقت ندارد</translation>
    </message>
    <message>
        <source>{where}, region {id}: {error}</source>
        <translation>‏{where}، ناحیهٔ {id}: {error}</translation>
    </message>
    <message>
        <source>{where}, region {id}: &apos;labels&apos; is {jtype}, not an array of label names</source>
        <translation>‏{where}، ناحیهٔ {id}: &apos;labels&apos; {jtype} است، نه آرایه‌ای از نام برچسب‌ها</translation>
    </message>
    <message>
        <source>{where}: a region id is {jtype}</source>
        <translation>‏{where}: شناسهٔ یک ناحیه {jtype} است</translation>
    </message>
    <message>
        <source>{where}: a result has an id or value of the wrong type</source>
        <translation>‏{where}: شناسه یا مقدار یکی از نتیجه‌ها از نوع نادرست است</translation>
    </message>
    <message>
        <source>{where}: relation {id} -&gt; {other} refers to a missing region</source>
        <translation>‏{where}: پیوند {id} -&gt; {other} به ناحیه‌ای اشاره می‌کند که وجود ندارد</translation>
    </message>
    <message>
        <source>{where}: relation {id} -&gt; {other}: &apos;labels&apos; is not names</source>
        <translation>‏{where}: پیوند {id} -&gt; {other}: &apos;labels&apos; فهرستی از نام‌ها نیست</translation>
    </message>
    <message>
        <source>entries add up to over {n} MB uncompressed</source>
        <translation>جمع اندازهٔ ورودی‌ها در حالت غیرفشرده از {n} مگابایت بیشتر است</translation>
    </message>
    <message>
        <source>{name} is over {n} MB</source>
        <translation>‏{name} بیش از {n} مگابایت است</translation>
    </message>
    <message>
        <source>entry {name} inflates to {size} bytes, over the limit of {limit}</source>
        <translation>اندازهٔ ورودی {name} پس از استخراج {size} بایت است که از حد {limit} بیشتر است</translation>
    </message>
    <message>
        <source>entry {name} inflates {ratio} times ({size} to {unpacked} bytes), over the limit of {n} (a ZIP bomb?)</source>
        <translation>ورودی {name} پس از استخراج {ratio} برابر بزرگ‌تر می‌شود (از {size} به {unpacked} بایت) که از حد {n} بیشتر است (بمب ZIP؟)</translation>
    </message>
    <message>
        <source>entry {name} is over {size} bytes</source>
        <translation>ورودی {name} بیش از {size} بایت است</translation>
    </message>
    <message>
        <source>manifest.json: nested too deeply</source>
        <translation>‏manifest.json: بیش از اندازه تودرتو است</translation>
    </message>
    <message>
        <source>manifest.json is not a list of entries</source>
        <translation>‏manifest.json فهرستی از ورودی‌ها نیست</translation>
    </message>
    <message>
        <source>manifest.json: entry {n} is not an object with a &apos;file&apos; name</source>
        <translation>‏manifest.json: ورودی {n} شیئی با نام &apos;file&apos; نیست</translation>
    </message>
    <message>
        <source>manifest.json: entry {n}: &apos;meta&apos; is not an object</source>
        <translation>‏manifest.json: ورودی {n}: &apos;meta&apos; شیء نیست</translation>
    </message>
    <message>
        <source>its attrs feature is not JSON ({detail})</source>
        <translation>ویژگی attrs آن JSON نیست ({detail})</translation>
    </message>
    <message>
        <source>its attrs feature is not a JSON object</source>
        <translation>ویژگی attrs آن شیء JSON نیست</translation>
    </message>
    <message>
        <source>year 0000 is out of range (0001-9999)</source>
        <translation>سال 0000 بیرون از بازهٔ مجاز است (0001-9999)</translation>
    </message>
    <message>
        <source>month {value} is not between 01 and 12</source>
        <translation>ماه {value} میان 01 و 12 نیست</translation>
    </message>
    <message>
        <source>day {value} does not exist: {month} {year} has {n} days</source>
        <translation>روز {value} وجود ندارد: {month} {year} {n} روز دارد</translation>
    </message>
    <message>
        <source>day {value} does not exist: {month} has {n} days</source>
        <translation>روز {value} وجود ندارد: {month} {n} روز دارد</translation>
    </message>
    <message>
        <source>week {value} does not exist: {year} has {n} ISO weeks</source>
        <translation>هفتهٔ {value} وجود ندارد: سال {year} {n} هفتهٔ ISO دارد</translation>
    </message>
    <message>
        <source>weekday {value} is not between 1 (Monday) and 7 (Sunday)</source>
        <translation>روز هفتهٔ {value} میان 1 (دوشنبه) و 7 (یکشنبه) نیست</translation>
    </message>
    <message>
        <source>{value} falls outside 0001-9999</source>
        <translation>‏{value} بیرون از 0001-9999 است</translation>
    </message>
    <message>
        <source>UTC offset {value} is not between -14:00 and +14:00</source>
        <translation>اختلاف ساعت با UTC {value} میان -14:00 و +14:00 نیست</translation>
    </message>
    <message>
        <source>add the minutes: {value}</source>
        <translation>دقیقه‌ها را هم بنویسید: {value}</translation>
    </message>
    <message>
        <source>time {value} is not HH:MM or HH:MM:SS (24-hour clock)</source>
        <translation>زمان {value} به شکل HH:MM یا HH:MM:SS نیست (قالب 24 ساعته)</translation>
    </message>
    <message>
        <source>hour {value} is not between 00 and 23</source>
        <translation>ساعت {value} میان 00 و 23 نیست</translation>
    </message>
    <message>
        <source>minute {value} is not between 00 and 59</source>
        <translation>دقیقهٔ {value} میان 00 و 59 نیست</translation>
    </message>
    <message>
        <source>second {value} is not between 00 and 59</source>
        <translation>ثانیهٔ {value} میان 00 و 59 نیست</translation>
    </message>
    <message>
        <source>quarter Q{value} is not between Q1 and Q4</source>
        <translation>سه‌ماههٔ Q{value} میان Q1 و Q4 نیست</translation>
    </message>
    <message>
        <source>{value}: an interval is two dates, start/end (2019-03-21/2020-03-19)</source>
        <translation>‏{value}: بازهٔ زمانی دو تاریخ است، آغاز/پایان (2019-03-21/2020-03-19)</translation>
    </message>
    <message>
        <source>{value} is not a TIMEX3 value; expected 2020, 2020-11, 2020-11-07, 2020-W45, 2020-Q3 or 2020-11-07T19:31</source>
        <translation>‏{value} مقدار TIMEX3 نیست؛ یکی از این شکل‌ها انتظار می‌رود: 2020، 2020-11، 2020-11-07، 2020-W45، 2020-Q3 یا 2020-11-07T19:31</translation>
    </message>
    <message>
        <source>{value}: write dates year first, as YYYY-MM-DD (2020-11-07)</source>
        <translation>‏{value}: تاریخ را با سال آغاز کنید، به شکل YYYY-MM-DD (2020-11-07)</translation>
    </message>
    <message>
        <source>{value}: write months and days with two digits (2020-03-07)</source>
        <translation>‏{value}: ماه و روز را دورقمی بنویسید (2020-03-07)</translation>
    </message>
    <message>
        <source>{value}: write ISO weeks with two digits (2020-W05)</source>
        <translation>‏{value}: هفته‌های ISO را دورقمی بنویسید (2020-W05)</translation>
    </message>
    <message>
        <source>{value}: a year has four digits</source>
        <translation>‏{value}: سال باید چهاررقمی باشد</translation>
    </message>
    <message>
        <source>{value}: the interval ends before it starts</source>
        <translation>‏{value}: بازهٔ زمانی پیش از آغازش پایان می‌یابد</translation>
    </message>
    <message>
        <source>a TIMEX3 value is text, not {value}</source>
        <translation>مقدار TIMEX3 متن است، نه {value}</translation>
    </message>
    <message>
        <source>empty value; expected 2020, 2020-11, 2020-11-07, 2020-W45, 2020-Q3 or 2020-11-07T19:31</source>
        <translation>مقدار خالی است؛ یکی از این شکل‌ها انتظار می‌رود: 2020، 2020-11، 2020-11-07، 2020-W45، 2020-Q3 یا 2020-11-07T19:31</translation>
    </message>
    <message>
        <source>{value}: the references are PRESENT_REF, PAST_REF and FUTURE_REF</source>
        <translation>‏{value}: ارجاع‌های زمانی PRESENT_REF، PAST_REF و FUTURE_REF هستند</translation>
    </message>
    <message>
        <source>a time needs a date: write {value}</source>
        <translation>زمان به تاریخ نیاز دارد؛ به این شکل بنویسید: {value}</translation>
    </message>
    <message>
        <source>XXXX-XX-XX (an unknown day) only stands before a time: T10:00</source>
        <translation>‏XXXX-XX-XX (روزی نامعلوم) فقط پیش از یک زمان می‌آید: T10:00</translation>
    </message>
    <message>
        <source>a time needs a full YYYY-MM-DD date, not {value}</source>
        <translation>زمان به تاریخ کامل YYYY-MM-DD نیاز دارد، نه {value}</translation>
    </message>
    <message>
        <source>cannot read file: {detail}</source>
        <translation>خواندن فایل ممکن نیست: {detail}</translation>
    </message>
    <message>
        <source>no {name} field; use --field text=COLUMN</source>
        <translation>فیلد {name} وجود ندارد؛ از --field text=COLUMN استفاده کنید</translation>
    </message>
    <message>
        <source>{name} field is {jtype}, not a string</source>
        <translation>فیلد {name} {jtype} است، نه رشتهٔ متنی</translation>
    </message>
    <message>
        <source>{name} field is empty</source>
        <translation>فیلد {name} خالی است</translation>
    </message>
    <message>
        <source>article is {size} ({count} characters), over the limit of {limit} characters (--max-chars)</source>
        <translation>اندازهٔ مقاله {size} است ({count} نویسه) که از حد {limit} نویسه بیشتر است (--max-chars)</translation>
    </message>
    <message>
        <source>article is {size}, over the limit of {limit} characters (--max-chars)</source>
        <translation>اندازهٔ مقاله {size} است که از حد {limit} نویسه بیشتر است (--max-chars)</translation>
    </message>
    <message>
        <source>a line is over {size} characters, longer than a row of an article of at most {limit} characters (--max-chars); stopped reading this file</source>
        <translation>یک سطر بیش از {size} نویسه دارد و از ردیف مقاله‌ای با حداکثر {limit} نویسه بلندتر است (--max-chars)؛ خواندن این فایل متوقف شد</translation>
    </message>
    <message>
        <source>a field is over {size} characters, over the limit of {limit} characters (--max-chars); stopped reading this file</source>
        <translation>یک فیلد بیش از {size} نویسه دارد که از حد {limit} نویسه بیشتر است (--max-chars)؛ خواندن این فایل متوقف شد</translation>
    </message>
    <message>
        <source>line is over {size} characters, too long for an article of at most {limit} characters (--max-chars)</source>
        <translation>سطر بیش از {size} نویسه دارد و برای مقاله‌ای با حداکثر {limit} نویسه بیش از اندازه بلند است (--max-chars)</translation>
    </message>
    <message>
        <source>a link to {path}, outside the folder {folder} being imported (pass --follow-links to import it)</source>
        <translation>پیوند نمادین به {path}، بیرون از پوشهٔ {folder} که در حال وارد کردن آن هستید (برای وارد کردنش از --follow-links استفاده کنید)</translation>
    </message>
    <message>
        <source>not a regular file ({error}); only regular files are imported</source>
        <translation>فایل معمولی نیست ({error})؛ فقط فایل‌های معمولی وارد می‌شوند</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>یک لولهٔ FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>یک دستگاه نویسه‌ای</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>یک دستگاه بلوکی</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>یک سوکت</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>یک پوشه</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>فایل نیست</translation>
    </message>
    <message>
        <source>undecodable bytes: 0x{byte} at column {column} is not valid {encoding}; convert the file to UTF-8 or pass --encoding</source>
        <translation>بایت‌های رمزگشایی‌نشدنی: بایت 0x{byte} در ستون {column} در رمزگذاری {encoding} معتبر نیست؛ فایل را به UTF-8 تبدیل کنید یا از --encoding استفاده کنید</translation>
    </message>
    <message>
        <source>undecodable bytes: not valid {encoding} ({detail}); convert the file to UTF-8 or pass --encoding</source>
        <translation>بایت‌های رمزگشایی‌نشدنی: در رمزگذاری {encoding} معتبر نیست ({detail})؛ فایل را به UTF-8 تبدیل کنید یا از --encoding استفاده کنید</translation>
    </message>
    <message>
        <source>a JSON array, not JSON Lines (one object per line); convert it, e.g. jq -c &apos;.[]&apos; FILE</source>
        <translation>آرایهٔ JSON است، نه JSON Lines (یک شیء در هر سطر)؛ آن را تبدیل کنید، مثلاً با jq -c &apos;.[]&apos; FILE</translation>
    </message>
    <message>
        <source>a pretty-printed JSON document, not JSON Lines (one object per line)</source>
        <translation>سند JSON قالب‌بندی‌شده در چند سطر است، نه JSON Lines (یک شیء در هر سطر)</translation>
    </message>
    <message>
        <source>a JSON string has an unpaired surrogate escape (\ud800-\udfff), not valid Unicode</source>
        <translation>یک رشتهٔ JSON نیمهٔ تنهای جفت جانشین دارد (\ud800-\udfff) که یونیکد معتبر نیست</translation>
    </message>
    <message>
        <source>JSON line is not an object (got {jtype})</source>
        <translation>سطر JSON شیء نیست ({jtype} است)</translation>
    </message>
    <message>
        <source>malformed JSON: {detail} (column {column})</source>
        <translation>‏JSON نادرست: {detail} (ستون {column})</translation>
    </message>
    <message>
        <source>malformed JSON: nested too deeply</source>
        <translation>‏JSON نادرست: بیش از اندازه تودرتو است</translation>
    </message>
    <message>
        <source>malformed JSON: {detail}</source>
        <translation>‏JSON نادرست: {detail}</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>‏CSV نادرست: {detail}</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>فیلد داخل گیومه بسته نشده است</translation>
    </message>
    <message>
        <source>row has {n} fields, header has {m}</source>
        <translation>ردیف {n} فیلد دارد و سطر عنوان {m} فیلد</translation>
    </message>
    <message>
        <source>no rows after the header</source>
        <translation>پس از سطر عنوان ردیفی نیست</translation>
    </message>
    <message>
        <source>not JSON: {detail}</source>
        <translation>‏JSON نیست: {detail}</translation>
    </message>
    <message>
        <source>line is {jtype}, not an object</source>
        <translation>سطر {jtype} است، نه شیء</translation>
    </message>
    <message>
        <source>record is {jtype}, not an object</source>
        <translation>رکورد {jtype} است، نه شیء</translation>
    </message>
    <message>
        <source>task {n} is {jtype}, not an object</source>
        <translation>وظیفهٔ {n} {jtype} است، نه شیء</translation>
    </message>
    <message>
        <source>span #{n} is {jtype}, not an object</source>
        <translation>بازهٔ شمارهٔ {n} {jtype} است، نه شیء</translation>
    </message>
    <message>
        <source>entity #{n} is {jtype}, not an object</source>
        <translation>موجودیت شمارهٔ {n} {jtype} است، نه شیء</translation>
    </message>
    <message>
        <source>entity #{n} has an id that is {jtype}, not a number or string</source>
        <translation>شناسهٔ موجودیت شمارهٔ {n} {jtype} است، نه عدد یا رشتهٔ متنی</translation>
    </message>
    <message>
        <source>{name} #{n} is {jtype}, not an object</source>
        <translation>‏{name} شمارهٔ {n} {jtype} است، نه شیء</translation>
    </message>
    <message>
        <source>{name} #{n}: &apos;result&apos; is {jtype}, not an array</source>
        <translation>‏{name} شمارهٔ {n}: &apos;result&apos; {jtype} است، نه آرایه</translation>
    </message>
    <message>
        <source>{name} is {jtype}, not an array</source>
        <translation>‏{name} {jtype} است، نه آرایه</translation>
    </message>
    <message>
        <source>&apos;label&apos; is {jtype}, not an array of [start, end, label]</source>
        <translation>‏&apos;label&apos; {jtype} است، نه آرایه‌ای از [start, end, label]</translation>
    </message>
    <message>
        <source>label #{n} is not [start, end, label] (a text classification export?)</source>
        <translation>برچسب شمارهٔ {n} به شکل [start, end, label] نیست (خروجی دسته‌بندی متن است؟)</translation>
    </message>
    <message>
        <source>a span is {kind}, not a mapping</source>
        <translation>یک بازه از نوع {kind} است، نه نگاشت</translation>
    </message>
    <message>
        <source>a relation is not a mapping</source>
        <translation>یک پیوند نگاشت نیست</translation>
    </message>
    <message>
        <source>spans and relations must be lists</source>
        <translation>بازه‌ها و پیوندها باید فهرست باشند</translation>
    </message>
    <message>
        <source>spans or relations not as expected ({detail})</source>
        <translation>بازه‌ها یا پیوندها آن‌طور که انتظار می‌رفت نیستند ({detail})</translation>
    </message>
    <message>
        <source>attributes nested too deeply to read</source>
        <translation>ویژگی‌ها برای خواندن بیش از اندازه تودرتو هستند</translation>
    </message>
    <message>
        <source>span {id}: no label</source>
        <translation>بازهٔ {id}: برچسب ندارد</translation>
    </message>
    <message>
        <source>span {id}: attrs is not an object</source>
        <translation>بازهٔ {id}: attrs شیء نیست</translation>
    </message>
    <message>
        <source>span {id}: {error}</source>
        <translation>بازهٔ {id}: {error}</translation>
    </message>
    <message>
        <source>span {id} {label} [{start}, {end}) does not match {name} (expected {text})</source>
        <translation>بازهٔ {id} {label} [{start}، {end}) با {name} مطابقت ندارد (انتظار می‌رفت {text})</translation>
    </message>
    <message>
        <source>span {id} [{start}, {end}) in {unit} units: {error}</source>
        <translation>بازهٔ {id} [{start}، {end}) با واحد {unit}: {error}</translation>
    </message>
    <message>
        <source>span #{n}: id {id} is not a number or string, or twice</source>
        <translation>بازهٔ شمارهٔ {n}: شناسهٔ {id} عدد یا رشتهٔ متنی نیست، یا تکراری است</translation>
    </message>
    <message>
        <source>span id {id} is missing or used twice</source>
        <translation>شناسهٔ بازه {id} وجود ندارد یا دو بار به کار رفته است</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>برچسب ندارد</translation>
    </message>
    <message>
        <source>relation {id} has no type</source>
        <translation>پیوند {id} نوع ندارد</translation>
    </message>
    <message>
        <source>relation #{n} has no type</source>
        <translation>پیوند شمارهٔ {n} نوع ندارد</translation>
    </message>
    <message>
        <source>relation {id} refers to a missing span</source>
        <translation>پیوند {id} به بازه‌ای اشاره می‌کند که وجود ندارد</translation>
    </message>
    <message>
        <source>relation {id} refers to a span not in the line</source>
        <translation>پیوند {id} به بازه‌ای اشاره می‌کند که در این سطر نیست</translation>
    </message>
    <message>
        <source>relation #{n} refers to an entity not in the record</source>
        <translation>پیوند شمارهٔ {n} به موجودیتی اشاره می‌کند که در این رکورد نیست</translation>
    </message>
    <message>
        <source>offsets {start}, {end} are not integers</source>
        <translation>جایگاه‌های {start}، {end} عدد صحیح نیستند</translation>
    </message>
    <message>
        <source>a key {name} that is not a string</source>
        <translation>کلید {name} که رشتهٔ متنی نیست</translation>
    </message>
    <message>
        <source>a value of type {name}, which JSON cannot hold</source>
        <translation>مقداری از نوع {name} که JSON نمی‌تواند نگهش دارد</translation>
    </message>
    <message>
        <source>nested more than {n} levels deep</source>
        <translation>بیش از {n} سطح تودرتو است</translation>
    </message>
    <message>
        <source>unpaired surrogate \u{code} at character {n} (a broken \ud800-\udfff escape?); UTF-8 cannot hold it</source>
        <translation>نیمهٔ تنهای جفت جانشین \u{code} در نویسهٔ {n} (دنبالهٔ گریز \ud800-\udfff خراب است؟)؛ UTF-8 نمی‌تواند نگهش دارد</translation>
    </message>
    <message>
        <source>unpaired surrogate \u{code} (a broken \ud800-\udfff escape?); UTF-8 cannot hold it</source>
        <translation>نیمهٔ تنهای جفت جانشین \u{code} (دنبالهٔ گریز \ud800-\udfff خراب است؟)؛ UTF-8 نمی‌تواند نگهش دارد</translation>
    </message>
    <message>
        <source>unpaired surrogate (a broken \ud800-\udfff escape?); UTF-8 cannot hold it</source>
        <translation>نیمهٔ تنهای جفت جانشین (دنبالهٔ گریز \ud800-\udfff خراب است؟)؛ UTF-8 نمی‌تواند نگهش دارد</translation>
    </message>
    <message>
        <source>text_sha256 does not match the text</source>
        <translation>‏text_sha256 با متن مطابقت ندارد</translation>
    </message>
    <message>
        <source>no &apos;text&apos; string</source>
        <translation>رشتهٔ &apos;text&apos; وجود ندارد</translation>
    </message>
    <message>
        <source>no &apos;text&apos; column</source>
        <translation>ستون &apos;text&apos; وجود ندارد</translation>
    </message>
    <message>
        <source>&apos;text&apos; is empty or not a string</source>
        <translation>‏&apos;text&apos; خالی است یا رشتهٔ متنی نیست</translation>
    </message>
    <message>
        <source>offset_unit is {unit}; this importer reads &apos;codepoint&apos;</source>
        <translation>‏offset_unit برابر {unit} است؛ این واردکننده &apos;codepoint&apos; را می‌خواند</translation>
    </message>
    <message>
        <source>unknown offset unit {unit}; known: {names}</source>
        <translation>واحد جایگاه {unit} ناشناخته است؛ واحدهای شناخته‌شده: {names}</translation>
    </message>
    <message>
        <source>task {n} has no text in &apos;data&apos;</source>
        <translation>وظیفهٔ {n} در &apos;data&apos; متنی ندارد</translation>
    </message>
    <message>
        <source>task {n} (id {id}): data.{key}: {error}</source>
        <translation>وظیفهٔ {n} (شناسهٔ {id}): data.{key}: {error}</translation>
    </message>
    <message>
        <source>task {n} (id {id}): {error}</source>
        <translation>وظیفهٔ {n} (شناسهٔ {id}): {error}</translation>
    </message>
    <message>
        <source>record {n} (document {id}): {error}</source>
        <translation>رکورد {n} (مقالهٔ {id}): {error}</translation>
    </message>
    <message>
        <source>record {n}: {error}</source>
        <translation>رکورد {n}: {error}</translation>
    </message>
    <message>
        <source>nested too deeply to read</source>
        <translation>برای خواندن بیش از اندازه تودرتو است</translation>
    </message>
    <message>
        <source>too large to read into memory</source>
        <translation>بزرگ‌تر از آن است که در حافظه خوانده شود</translation>
    </message>
    <message>
        <source>the {name} importer failed ({detail})</source>
        <translation>واردکنندهٔ {name} شکست خورد ({detail})</translation>
    </message>
    <message>
        <source>document id {id} is used by records {n} and {m} with different texts</source>
        <translation>شناسهٔ مقالهٔ {id} را رکوردهای {n} و {m} با متن‌های متفاوت به کار برده‌اند</translation>
    </message>
    <message>
        <source>id {id} with layer {name} was already in row {n} (duplicate ids)</source>
        <translation>شناسهٔ {id} با لایهٔ {name} پیش‌تر در ردیف {n} آمده است (شناسهٔ تکراری)</translation>
    </message>
    <message>
        <source>bad row: {detail}</source>
        <translation>ردیف نادرست: {detail}</translation>
    </message>
    <message>
        <source>cannot read the Parquet data: {detail}</source>
        <translation>خواندن داده‌های Parquet ممکن نیست: {detail}</translation>
    </message>
    <message>
        <source>not a Parquet file: {detail}</source>
        <translation>فایل Parquet نیست: {detail}</translation>
    </message>
    <message>
        <source>not a spaCy DocBin: {detail}</source>
        <translation>‏DocBin ساختهٔ spaCy نیست: {detail}</translation>
    </message>
    <message>
        <source>user_data not as expected: {detail}</source>
        <translation>‏user_data آن‌طور که انتظار می‌رفت نیست: {detail}</translation>
    </message>
    <message>
        <source>user_data: &apos;document&apos; or its meta is not a mapping</source>
        <translation>‏user_data: &apos;document&apos; یا فراداده‌اش نگاشت نیست</translation>
    </message>
    <message>
        <source>{name} needs {library}: {command}</source>
        <translation>‏{name} به {library} نیاز دارد: {command}</translation>
    </message>
    <message>
        <source>cannot read: {detail}</source>
        <translation>خواندن ممکن نیست: {detail}</translation>
    </message>
    <message>
        <source>cannot decode: {detail}</source>
        <translation>رمزگشایی ممکن نیست: {detail}</translation>
    </message>
    <message>
        <source>cannot read T line {line}</source>
        <translation>خواندن سطر T ممکن نیست: {line}</translation>
    </message>
    <message>
        <source>id {id} is used twice (lines {n} and {m})</source>
        <translation>شناسهٔ {id} دو بار به کار رفته است (سطرهای {n} و {m})</translation>
    </message>
    <message>
        <source>skipped {id}: {error}</source>
        <translation>‏{id} نادیده گرفته شد: {error}</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {n}): CoNLL files must be</source>
        <translation>‏UTF-8 نیست (بایت {n}): فایل‌های CoNLL باید UTF-8 باشند</translation>
    </message>
    <message>
        <source>expected a token and a tag separated by TAB</source>
        <translation>یک توکن و یک تگ که با TAB از هم جدا شده‌اند انتظار می‌رفت</translation>
    </message>
    <message>
        <source>unknown tag {tag} (expected O, B-X, I-X)</source>
        <translation>تگ {tag} ناشناخته است (انتظار می‌رفت O، B-X یا I-X)</translation>
    </message>
    <message>
        <source>cannot load the XMI: no type system loaded it</source>
        <translation>بارگذاری XMI ممکن نیست: هیچ سامانهٔ نوعی نتوانست آن را بارگذاری کند</translation>
    </message>
    <message>
        <source>cannot load the XMI: {detail}</source>
        <translation>بارگذاری XMI ممکن نیست: {detail}</translation>
    </message>
    <message>
        <source>no type system XML (TypeSystem.xml) found beside the XMI</source>
        <translation>فایل XML سامانهٔ نوع (TypeSystem.xml) کنار XMI پیدا نشد</translation>
    </message>
    <message>
        <source>type {name} has no feature {feature} (--feature); its features: {names}</source>
        <translation>نوع {name} ویژگی {feature} ندارد (--feature)؛ ویژگی‌هایش: {names}</translation>
    </message>
    <message>
        <source>{name} [{start}, {end}) outside the text</source>
        <translation>‏{name} [{start}، {end}) بیرون از متن است</translation>
    </message>
    <message>
        <source>{name} [{start}, {end}): {error}</source>
        <translation>‏{name} [{start}، {end}): {error}</translation>
    </message>
    <message>
        <source>cannot tell which feature holds the label of: {names}; choose with --type TYPE --feature NAME</source>
        <translation>معلوم نیست کدام ویژگی برچسب این‌ها را دارد: {names}؛ با --type TYPE --feature NAME انتخاب کنید</translation>
    </message>
    <message>
        <source>none of the annotations could be mapped to labels; types found: {names}; choose with --type TYPE --feature NAME</source>
        <translation>هیچ‌یک از برچسب‌گذاری‌ها به برچسبی نگاشته نشد؛ نوع‌های یافته‌شده: {names}؛ با --type TYPE --feature NAME انتخاب کنید</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>‏{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{desc} (week {week})</source>
        <translation>‏{desc} (هفتهٔ {week})</translation>
    </message>
    <message>
        <source>{desc} (Solar Hijri {date})</source>
        <translation>‏{desc} (خورشیدی {date})</translation>
    </message>
    <message>
        <source>ISO week {week} of {year}</source>
        <translation>هفتهٔ {week} سال {year} به روش ISO</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>سال {year}</translation>
    </message>
    <message>
        <source>the years {start}-{end}</source>
        <translation>سال‌های {start} تا {end}</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <translation>دههٔ {decade}</translation>
    </message>
    <message>
        <source>{season} {year}</source>
        <translation>‏{season} {year}</translation>
    </message>
    <message>
        <source>quarter {quarter} of {year}</source>
        <translation>سه‌ماههٔ {quarter} سال {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>‏{month} {year}</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>روزی نامعلوم</translation>
    </message>
    <message>
        <source>{day} {month}, year unknown</source>
        <translation>‏{day} {month}، سال نامعلوم</translation>
    </message>
    <message>
        <source>{month}, year unknown</source>
        <translation>‏{month}، سال نامعلوم</translation>
    </message>
    <message>
        <source>quarter {quarter}, year unknown</source>
        <translation>سه‌ماههٔ {quarter}، سال نامعلوم</translation>
    </message>
    <message>
        <source>{season}, year unknown</source>
        <translation>‏{season}، سال نامعلوم</translation>
    </message>
    <message>
        <source>from {desc} to {until}</source>
        <translation>از {desc} تا {until}</translation>
    </message>
    <message>
        <source>{desc}, {clock} UTC{utc}</source>
        <translation>‏{desc}، ساعت {clock} به وقت UTC{utc}</translation>
    </message>
    <message>
        <source>{desc}, {clock} UTC</source>
        <translation>‏{desc}، ساعت {clock} به وقت UTC</translation>
    </message>
    <message>
        <source>{desc}, {clock}</source>
        <translation>‏{desc}، ساعت {clock}</translation>
    </message>
    <message>
        <source>the present</source>
        <translation>زمان حال</translation>
    </message>
    <message>
        <source>the past</source>
        <translation>گذشته</translation>
    </message>
    <message>
        <source>the future</source>
        <translation>آینده</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ژانویه</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فوریه</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>آوریل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مه</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ژوئن</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ژوئیه</translation>
    </message>
    <message>
        <source>August</source>
        <translation>اوت</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سپتامبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>اکتبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوامبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دسامبر</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>پنج‌شنبه</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>بهار</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>تابستان</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>پاییز</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>زمستان</translation>
    </message>
    <message>
        <source>null</source>
        <translation>تهی (null)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>یک مقدار بولی</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>یک عدد</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>یک رشتهٔ متنی</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>یک آرایه</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>یک شیء</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>‏{n} بایت</translation>
    </message>
    <message>
        <source>merged {n} files: {layers} article layers brought in ({spans} spans, {links} links), {unchanged} unchanged, {articles} new articles; registry: {created} entities created, {merged} merged, {aliases} aliases added</source>
        <translation>‏{n} فایل ادغام شد: {layers} لایهٔ مقاله افزوده شد ({spans} بازه، {links} پیوند)، {unchanged} لایه بی‌تغییر ماند، {articles} مقالهٔ تازه؛ فهرست گویندگان: {created} موجودیت ساخته شد، {merged} موجودیت ادغام شد، {aliases} نام دیگر افزوده شد</translation>
    </message>
</context>
<context>
    <name>MetadataBar</name>
    <message>
        <source>source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Publication date (ISO 8601). Relative dates (yesterday, last week) are resolved against it.</source>
        <translation>تاریخ انتشار (ISO 8601). تاریخ‌های نسبی (دیروز، هفتهٔ گذشته) نسبت به آن سنجیده می‌شوند.</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(شناسایی‌شده)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاریخ انتشار</translation>
    </message>
    <message>
        <source>Read from the article: {text}</source>
        <translation>برگرفته از متن مقاله: {text}</translation>
    </message>
    <message>
        <source>{id} · {lang} · {n} characters</source>
        <translation>{n} نویسه · {lang} · {id}</translation>
    </message>
    <message>
        <source>not an ISO date: {value}</source>
        <translation>تاریخ ISO نیست: {value}</translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>waiting for another program writing to this project (an import?): {n} edit(s) kept, saved as soon as it is done</source>
        <translation>در انتظار برنامهٔ دیگری که در این پروژه می‌نویسد (وارد کردن؟): {n} ویرایش نگه داشته شد و به‌محض پایان آن ذخیره می‌شود</translation>
    </message>
    <message>
        <source>an edit made while the project was busy could not be saved: {e}</source>
        <translation>ویرایشی که هنگام مشغول بودن پروژه انجام شد ذخیره نشد: {e}</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>entity</source>
        <extracomment>Language code -&gt; the language&apos;s own name, as the View &gt; Language menu shows it. The locale whose digits and separators the interface uses for each language. The default schema&apos;s words as the window shows them (resources/default_schema.toml): attribute names, enum values, relation types and descriptions. Stored values stay as they are; a project&apos;s own schema shows its own words untranslated.</extracomment>
        <translation>موجودیت</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مستقیم</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>غیرمستقیم</translation>
    </message>
    <message>
        <source>gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>solar_hijri</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>hijri</source>
        <translation>هجری قمری</translation>
    </message>
    <message>
        <source>said_by</source>
        <translation>گوینده</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Who is reported as saying something: a person, an office or an organisation.</source>
        <translation>کسی که سخنی از او نقل می‌شود: یک فرد، یک مقام یا یک سازمان.</translation>
    </message>
    <message>
        <source>What the speaker is reported to have said.</source>
        <translation>آنچه به نقل از گوینده آمده است.</translation>
    </message>
    <message>
        <source>A date or time expression.</source>
        <translation>عبارتی که به تاریخ یا زمان اشاره دارد.</translation>
    </message>
    <message>
        <source>The speaker in the project&apos;s registry (entity id).</source>
        <translation>گوینده در فهرست گویندگان پروژه (شناسهٔ موجودیت).</translation>
    </message>
    <message>
        <source>direct: quoted words; indirect: reported speech.</source>
        <translation>مستقیم: نقل عین سخن؛ غیرمستقیم: نقل مضمون سخن.</translation>
    </message>
    <message>
        <source>TIMEX3 / ISO 8601 value at the text&apos;s granularity: 2020, 2020-11, 2020-11-07, 2020-W45, 2020-11-07T19:31.</source>
        <translation>مقدار TIMEX3 / ISO 8601 با همان دقت متن: 2020، 2020-11، 2020-11-07، 2020-W45، 2020-11-07T19:31.</translation>
    </message>
    <message>
        <source>The calendar the text used.</source>
        <translation>تقویمی که متن به کار برده است.</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Filter by command, menu or key…</source>
        <translation>پالایش بر اساس فرمان، منو یا کلید…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Back to this command&apos;s own keys</source>
        <translation>بازگشت به کلیدهای اصلی این فرمان</translation>
    </message>
    <message>
        <source>Press the new key; the clear button leaves no shortcut</source>
        <translation>کلید تازه را فشار دهید؛ با دکمهٔ پاک کردن، فرمان بدون میان‌بر می‌ماند</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>انتقال کلید</translation>
    </message>
    <message>
        <source>Take the key from the other command</source>
        <translation>گرفتن کلید از فرمان دیگر</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>بازنشانی همه</translation>
    </message>
    <message>
        <source>New key for the selected command:</source>
        <translation>کلید تازه برای فرمان انتخاب‌شده:</translation>
    </message>
    <message>
        <source>A label&apos;s keys are set in the project&apos;s label schema.</source>
        <translation>کلیدهای برچسب‌ها در طرح برچسب‌های پروژه تعیین می‌شوند.</translation>
    </message>
    <message>
        <source>“{action}” has no shortcut now.</source>
        <translation>«{action}» اکنون میان‌بری ندارد.</translation>
    </message>
    <message>
        <source>Reassign takes it from that command.</source>
        <translation>دکمهٔ «انتقال کلید» آن را از آن فرمان می‌گیرد.</translation>
    </message>
    <message>
        <source>Choose another key.</source>
        <translation>کلید دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>“{other}” has lost its key {key}.</source>
        <translation>«{other}» دیگر کلید {key} را ندارد.</translation>
    </message>
    <message>
        <source>Given back to “{action}”, so “{other}” has lost it.</source>
        <translation>کلید به «{action}» برگشت، پس «{other}» دیگر آن را ندارد.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tagging</source>
        <translation>برچسب‌زنی</translation>
    </message>
    <message>
        <source>tag the selection as {label} (Alt: exact characters)</source>
        <translation>برچسب {label} روی متن انتخاب‌شده (با Alt: دقیقاً همان نویسه‌ها)</translation>
    </message>
    <message>
        <source>Caret</source>
        <translation>مکان‌نما</translation>
    </message>
    <message>
        <source>arrows move by character, Ctrl+arrows by word, in the direction they point on screen; Shift extends the selection</source>
        <translation>پیکان‌ها مکان‌نما را نویسه‌به‌نویسه و Ctrl همراه پیکان‌ها واژه‌به‌واژه جابه‌جا می‌کنند، در همان جهتی که روی صفحه نشان می‌دهند؛ Shift انتخاب را گسترش می‌دهد</translation>
    </message>
    <message>
        <source>moving the caret or extending the selection</source>
        <translation>جابه‌جا کردن مکان‌نما یا گسترش انتخاب</translation>
    </message>
    <message>
        <source>going back to the article</source>
        <translation>بازگشت به مقاله</translation>
    </message>
    <message>
        <source>confirming a value, speaker or label</source>
        <translation>تأیید مقدار، گوینده یا برچسب</translation>
    </message>
    <message>
        <source>moving between fields</source>
        <translation>رفتن از فیلدی به فیلد دیگر</translation>
    </message>
    <message>
        <source>selecting the whole article</source>
        <translation>انتخاب کل مقاله</translation>
    </message>
    <message>
        <source>copying the selection</source>
        <translation>کپی کردن متن انتخاب‌شده</translation>
    </message>
    <message>
        <source>{key} tags the selection as {label}.</source>
        <translation>کلید {key} برچسب {label} را روی متن انتخاب‌شده می‌زند.</translation>
    </message>
    <message>
        <source>{key} is kept for {what}.</source>
        <translation>کلید {key} برای {what} رزرو شده است.</translation>
    </message>
    <message>
        <source>{key} is already the shortcut of “{action}” ({menu}).</source>
        <translation>کلید {key} هم‌اکنون میان‌بر «{action}» ({menu}) است.</translation>
    </message>
</context>
<context>
    <name>SpanList</name>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>ویژگی‌ها</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>برچسب‌گذار</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>منشأ</translation>
    </message>
    <message>
        <source>Filter by label or text</source>
        <translation>فیلتر بر اساس برچسب یا متن</translation>
    </message>
    <message>
        <source>{shown} of {total} spans</source>
        <translation>{shown} از {total} بازه</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <source>Select a span in the text</source>
        <translation>یک بازه را در متن انتخاب کنید</translation>
    </message>
    <message>
        <source>Select a span in the text, or select text and press {keys} to tag it</source>
        <translation>یک بازه را در متن انتخاب کنید، یا متنی را انتخاب کنید و برای برچسب زدن {keys} را بزنید</translation>
    </message>
    <message>
        <source>Change the span&apos;s label: arrows choose, Enter confirms (or press the label&apos;s key in the article)</source>
        <translation>تغییر برچسب بازه: کلیدهای جهت‌نما انتخاب می‌کنند و Enter تأیید می‌کند (یا کلید برچسب را در مقاله بزنید)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Delete span (Del)</source>
        <translation>حذف بازه (Del)</translation>
    </message>
    <message>
        <source>characters {start}–{end} · {origin}</source>
        <translation>نویسه‌های {start}–{end} · {origin}</translation>
    </message>
    <message>
        <source>{value} (not in the schema)</source>
        <translation>‏{value} (در طرح برچسب‌ها نیست)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(تعیین نشده)</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>suggestions: {error}</source>
        <translation>پیشنهادها: {error}</translation>
    </message>
    <message>
        <source>no suggestions in this article</source>
        <translation>در این مقاله پیشنهادی نیست</translation>
    </message>
    <message>
        <source>no suggestion selected: ] and [ step through them</source>
        <translation>هیچ پیشنهادی انتخاب نشده است: با ⁦]⁩ و ⁦[⁩ میان پیشنهادها بروید</translation>
    </message>
    <message>
        <source>{label} was already there</source>
        <translation>{label} از پیش وجود داشت</translation>
    </message>
    <message>
        <source>rejected {label} «{text}» (Ctrl+Z brings it back)</source>
        <translation>‏{label} «{text}» رد شد (Ctrl+Z آن را برمی‌گرداند)</translation>
    </message>
    <message>
        <source>select a suggestion first: ] and [ step through them</source>
        <translation>اول یک پیشنهاد انتخاب کنید: با ⁦]⁩ و ⁦[⁩ میان پیشنهادها بروید</translation>
    </message>
    <message>
        <source>accepted {n} {label} suggestions</source>
        <translation>{n} پیشنهاد {label} پذیرفته شد</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>suggested {what} by {engine} ({rule}): A accept, X reject, Shift+A accept all {label}</source>
        <translation>پیشنهاد {what} از موتور {engine} ({rule}): A پذیرفتن، X رد، Shift+A پذیرفتن همهٔ پیشنهادهای {label}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>training %p%</source>
        <translation>آموزش %p%</translation>
    </message>
    <message>
        <source>the suggestion model is already being trained</source>
        <translation>مدل پیشنهادها هم‌اکنون در حال آموزش است</translation>
    </message>
    <message>
        <source>a project that is not a file cannot be trained in the background</source>
        <translation>برای پروژه‌ای که در فایل ذخیره نشده است، مدل را نمی‌توان در پس‌زمینه آموزش داد</translation>
    </message>
    <message>
        <source>retraining after new done articles: the model learns in the background…</source>
        <translation>آموزش دوباره پس از مقاله‌های تازه انجام‌شده: مدل در پس‌زمینه یاد می‌گیرد…</translation>
    </message>
    <message>
        <source>training: the suggestion model learns in the background…</source>
        <translation>آموزش: مدل پیشنهادها در پس‌زمینه یاد می‌گیرد…</translation>
    </message>
    <message>
        <source>Retrain the suggestion model</source>
        <translation>آموزش دوبارهٔ مدل پیشنهادها</translation>
    </message>
    <message>
        <source>Retrain after every N articles marked done (0: only from the menu):</source>
        <translation>آموزش دوباره پس از هر N مقالهٔ انجام‌شده (۰: فقط از منو):</translation>
    </message>
    <message>
        <source>the suggestion model is retrained after every {n} done articles</source>
        <translation>مدل پیشنهادها پس از هر {n} مقالهٔ انجام‌شده دوباره آموزش می‌بیند</translation>
    </message>
    <message>
        <source>the suggestion model is retrained only from the menu</source>
        <translation>مدل پیشنهادها فقط از منو دوباره آموزش می‌بیند</translation>
    </message>
    <message>
        <source>suggestion model trained: {figures}</source>
        <translation>مدل پیشنهادها آموزش دید: {figures}</translation>
    </message>
    <message>
        <source>training: {error}</source>
        <translation>آموزش: {error}</translation>
    </message>
    <message>
        <source>training stopped unexpectedly (exit code {code})</source>
        <translation>آموزش به‌طور غیرمنتظره متوقف شد (کد خروج {code})</translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>accept all {label} suggestions</source>
        <translation>پذیرفتن همهٔ پیشنهادهای {label}</translation>
    </message>
    <message>
        <source>accept {label} suggestion «{text}»</source>
        <translation>پذیرفتن پیشنهاد {label} «{text}»</translation>
    </message>
    <message>
        <source>reject {label} suggestion «{text}»</source>
        <translation>رد پیشنهاد {label} «{text}»</translation>
    </message>
    <message>
        <source>reject {label} suggestion</source>
        <translation>رد پیشنهاد {label}</translation>
    </message>
    <message>
        <source>bring back {label} suggestion</source>
        <translation>بازگرداندن پیشنهاد {label}</translation>
    </message>
    <message>
        <source>relabel {label} «{text}» as {new}</source>
        <translation>تغییر برچسب {label} «{text}» به {new}</translation>
    </message>
    <message>
        <source>add {n} spans</source>
        <translation>افزودن {n} بازه</translation>
    </message>
    <message>
        <source>remove {n} spans</source>
        <translation>حذف {n} بازه</translation>
    </message>
    <message>
        <source>add {label} «{text}»</source>
        <translation>افزودن {label} «{text}»</translation>
    </message>
    <message>
        <source>delete {label} «{text}»</source>
        <translation>حذف {label} «{text}»</translation>
    </message>
    <message>
        <source>change {label} «{text}»</source>
        <translation>ویرایش {label} «{text}»</translation>
    </message>
    <message>
        <source>set {attr} of {label}</source>
        <translation>تعیین {attr} برای {label}</translation>
    </message>
    <message>
        <source>link {rel}</source>
        <translation>ایجاد پیوند {rel}</translation>
    </message>
    <message>
        <source>unlink {rel}</source>
        <translation>حذف پیوند {rel}</translation>
    </message>
    <message>
        <source>speaker {text}</source>
        <translation>تعیین گوینده: {text}</translation>
    </message>
    <message>
        <source>mark {status}</source>
        <translation>تعیین وضعیت: {status}</translation>
    </message>
    <message>
        <source>edit document details</source>
        <translation>ویرایش مشخصات مقاله</translation>
    </message>
    <message>
        <source>take {layer}&apos;s version</source>
        <translation>پذیرفتن نسخهٔ {layer}</translation>
    </message>
    <message>
        <source>reject every version</source>
        <translation>رد همهٔ نسخه‌ها</translation>
    </message>
    <message>
        <source>settle a disagreement</source>
        <translation>تثبیت یک اختلاف</translation>
    </message>
    <message>
        <source>dismiss a disagreement</source>
        <translation>کنار گذاشتن یک اختلاف</translation>
    </message>
    <message>
        <source>bring back a disagreement</source>
        <translation>بازگرداندن یک اختلاف</translation>
    </message>
    <message>
        <source>curate automatically</source>
        <translation>داوری خودکار</translation>
    </message>
    <message>
        <source>merge {n} packages</source>
        <translation>ادغام بسته‌ها ({n})</translation>
    </message>
    <message>
        <source>merge {n} package</source>
        <translation>ادغام بسته‌ها ({n})</translation>
    </message>
    <message>
        <source>import {fmt} ({n} files)</source>
        <translation>وارد کردن {fmt} ({n} فایل)</translation>
    </message>
    <message>
        <source>import {fmt} {text}</source>
        <translation>وارد کردن {fmt} {text}</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>انجام‌نشده</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>صرف‌نظرشده</translation>
    </message>
    <message>
        <source>added {label} «{text}»</source>
        <translation>{label} «{text}» افزوده شد</translation>
    </message>
    <message>
        <source> with {labels}</source>
        <translation> همراه با {labels}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source> and {n} link(s)</source>
        <translation> و {n} پیوند</translation>
    </message>
    <message>
        <source> (overlaps {labels})</source>
        <translation> (هم‌پوشانی با {labels})</translation>
    </message>
</context>
</TS>
