//! Translations of the core's sentences (`text!`, `text_n!` and `phrase!` templates) and of the column
//! role names, keyed by the English template; `tests/i18n_catalogue.rs` checks that every template of
//! the sources is here with the same placeholders.

/// (English template, translation).
pub const PHRASES: &[(&str, &str)] = &[
    // Import report and file errors (src/core/ingest, src/core/error.rs)
    (
        "line {line}, column \"{column}\": \"{found}\" is not {expected} like the rest of the column, so it is left empty",
        "第 {line} 列，「{column}」欄：「{found}」不像該欄其他值是{expected}，因此保留為空白",
    ),
    (
        "line {line} has {fields} values but the header has {width}; the values past column {width} were left out",
        "第 {line} 列有 {fields} 個值，但標題列只有 {width} 欄；第 {width} 欄之後的值已略過",
    ),
    (
        "more than {max} values are not {what}, so the column is kept as text",
        "超過 {max} 個值不是{what}，因此此欄保留為文字",
    ),
    (
        "{rejected} of its {filled} values are not {what}, so the column is kept as text",
        "{filled} 個值中有 {rejected} 個不是{what}，因此此欄保留為文字",
    ),
    (
        "a percentage",
        "百分比",
    ),
    (
        "a number",
        "數字",
    ),
    (
        "a date",
        "日期",
    ),
    (
        "a yes/no value",
        "是／否值",
    ),
    (
        "text",
        "文字",
    ),
    (
        "Dates such as \"{example}\" could be day or month first; read {reading} ({pattern}) because {order_reason}.",
        "「{example}」這類日期可能是日在前或月在前；因為{order_reason}，已按{reading}（{pattern}）讀取。",
    ),
    (
        "The numbers in \"{name}\" were read as dates ({pattern}) because the header names a date.",
        "標題名稱表示日期，因此「{name}」中的數字已讀取為日期（{pattern}）。",
    ),
    (
        "\"{example}\" was read as {reading} because {decimal_reason}.",
        "因為{decimal_reason}，「{example}」已讀取為{reading}。",
    ),
    (
        "\"{name}\" mixes currencies ({currencies}); values are kept as written, in one column.",
        "「{name}」混用多種幣別（{currencies}）；數值依原樣保留在同一欄。",
    ),
    (
        "Column \"{name}\": {note}",
        "「{name}」欄：{note}",
    ),
    (
        "Column \"{name}\": {note}.",
        "「{name}」欄：{note}。",
    ),
    (
        "Column \"{name}\" was typed from all its values, as its first rows said too little.",
        "「{name}」欄的前幾列資訊不足，已根據所有值判斷型別。",
    ),
    (
        "Excel serial days",
        "Excel 序列日數",
    ),
    (
        "Unix seconds",
        "Unix 時間（秒）",
    ),
    (
        "Unix milliseconds",
        "Unix 時間（毫秒）",
    ),
    (
        "day first",
        "日在前",
    ),
    (
        "month first",
        "月在前",
    ),
    (
        "a decimal (',' separates the decimals)",
        "小數（「,」為小數點）",
    ),
    (
        "a whole number (',' or '.' groups thousands)",
        "整數（「,」或「.」為千分位符號）",
    ),
    (
        "the file's other number columns use ',' as decimal separator",
        "檔案中其他數字欄以「,」作為小數點",
    ),
    (
        "the file's other number columns use '.' as decimal separator",
        "檔案中其他數字欄以「.」作為小數點",
    ),
    (
        "the options say so",
        "設定中如此指定",
    ),
    (
        "the file uses ';' as delimiter, as files with decimal commas do",
        "檔案以「;」作為分隔符號，使用小數逗號的檔案通常如此",
    ),
    (
        "nothing else in the file settles it",
        "檔案中沒有其他資訊可判斷",
    ),
    (
        "other date columns of the file are read that way",
        "檔案中其他日期欄也這樣讀取",
    ),
    (
        "other date columns of the file put the day first",
        "檔案中其他日期欄把日放在前面",
    ),
    (
        "other date columns of the file put the month first",
        "檔案中其他日期欄把月放在前面",
    ),
    (
        "the file writes decimal commas, as countries that put the day first do",
        "檔案使用小數逗號，日在前的國家通常如此",
    ),
    (
        "no value has a day above 12 and nothing else in the file settles it",
        "沒有任何值的日大於 12，檔案中也沒有其他資訊可判斷",
    ),
    (
        "The first line \"{line}\" sets the delimiter.",
        "第一列「{line}」指定了分隔符號。",
    ),
    (
        "Skipped {count} comment line starting with \"#\" above the header.",
        "已略過標題列上方 {count} 列以「#」開頭的註解。",
    ),
    (
        "Skipped {count} comment lines starting with \"#\" above the header.",
        "已略過標題列上方 {count} 列以「#」開頭的註解。",
    ),
    (
        "Skipped {count} title line above the header.",
        "已略過標題列上方 {count} 列標題文字。",
    ),
    (
        "Skipped {count} title lines above the header.",
        "已略過標題列上方 {count} 列標題文字。",
    ),
    (
        "The header spans two rows (questions and answers); their names were joined.",
        "標題橫跨兩列（問題與答案），已合併其名稱。",
    ),
    (
        "set in the options",
        "於設定中指定",
    ),
    (
        "given by the \"sep=\" line",
        "由「sep=」列指定",
    ),
    (
        "the one that splits every line into the same number of fields",
        "能將每一列分成相同欄位數的符號",
    ),
    (
        "tab",
        "定位字元",
    ),
    (
        "space",
        "空格",
    ),
    (
        "Encoding {encoding} ({reason}).",
        "編碼 {encoding}（{reason}）。",
    ),
    (
        "Delimiter \"{delimiter}\" ({reason}).",
        "分隔符號「{delimiter}」（{reason}）。",
    ),
    (
        "{count} row had fewer values than the header; the missing values are left empty.",
        "有 {count} 列的值少於標題欄數；缺少的值保留為空白。",
    ),
    (
        "{count} rows had fewer values than the header; the missing values are left empty.",
        "有 {count} 列的值少於標題欄數；缺少的值保留為空白。",
    ),
    (
        "Skipped {count} comment line inside the data.",
        "已略過資料中的 {count} 列註解。",
    ),
    (
        "Skipped {count} comment lines inside the data.",
        "已略過資料中的 {count} 列註解。",
    ),
    (
        "Skipped {count} repeated header line.",
        "已略過 {count} 列重複的標題列。",
    ),
    (
        "Skipped {count} repeated header lines.",
        "已略過 {count} 列重複的標題列。",
    ),
    (
        "The times of \"{time}\" were joined to the dates of \"{date}\".",
        "已將「{time}」的時間併入「{date}」的日期。",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheet in the workbook).",
        "已讀取工作表「{sheet}」（活頁簿共 {count} 個工作表）。",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheets in the workbook).",
        "已讀取工作表「{sheet}」（活頁簿共 {count} 個工作表）。",
    ),
    (
        "byte-order mark",
        "位元組順序記號（BOM）",
    ),
    (
        "zero bytes between characters",
        "字元之間的零位元組",
    ),
    (
        "valid UTF-8",
        "有效的 UTF-8",
    ),
    (
        "detected from the byte patterns",
        "依位元組模式偵測",
    ),
    (
        "a PDF document",
        "PDF 文件",
    ),
    (
        "a PNG image",
        "PNG 圖片",
    ),
    (
        "a JPEG image",
        "JPEG 圖片",
    ),
    (
        "a GIF image",
        "GIF 圖片",
    ),
    (
        "a TIFF image",
        "TIFF 圖片",
    ),
    (
        "a WebP image",
        "WebP 圖片",
    ),
    (
        "a zip archive",
        "ZIP 壓縮檔",
    ),
    (
        "an empty zip archive",
        "空的 ZIP 壓縮檔",
    ),
    (
        "a gzip archive",
        "gzip 壓縮檔",
    ),
    (
        "a RAR archive",
        "RAR 壓縮檔",
    ),
    (
        "a 7-Zip archive",
        "7-Zip 壓縮檔",
    ),
    (
        "an old Excel .xls file (save it as .xlsx or CSV)",
        "舊版 Excel .xls 檔案（請另存為 .xlsx 或 CSV）",
    ),
    (
        "a program",
        "執行檔",
    ),
    (
        "a rich-text document",
        "RTF 格式文件",
    ),
    (
        "a zip archive that is not an Excel workbook",
        "不是 Excel 活頁簿的 ZIP 壓縮檔",
    ),
    (
        "{file} is empty: there is nothing to import.",
        "{file} 是空的：沒有可匯入的內容。",
    ),
    (
        "{file} looks like {found}, not a table: export the data as CSV, TSV or Excel (.xlsx) and drop that file instead.",
        "{file} 看起來是{found}，不是表格：請將資料匯出為 CSV、TSV 或 Excel（.xlsx），再拖放該檔案。",
    ),
    (
        "{file} has a header on line {line} but no data rows below it.",
        "{file} 的第 {line} 列是標題，但下方沒有資料列。",
    ),
    (
        "{file}: the encoding \"{name}\" is not known; expected a name such as UTF-8, Shift_JIS, EUC-KR, GBK, Big5 or windows-1252.",
        "{file}：無法識別編碼「{name}」；應為 UTF-8、Shift_JIS、EUC-KR、GBK、Big5 或 windows-1252 等名稱。",
    ),
    (
        "{file} has no sheet named \"{sheet}\"; its sheets are: {available}.",
        "{file} 沒有名為「{sheet}」的工作表；現有工作表：{available}。",
    ),
    (
        "{file} could not be read as an Excel workbook: {reason}.",
        "無法將 {file} 讀取為 Excel 活頁簿：{reason}。",
    ),
    // Column mapping (src/core/schema, src/core/pipeline.rs)
    (
        " (from {min} to {max})",
        "（{min} 至 {max}）",
    ),
    (
        " such as “{example}”",
        "（例如「{example}」）",
    ),
    (
        "it holds {found}{example}{range}, expected {expected}",
        "內容為{found}{example}{range}，但應為{expected}",
    ),
    (
        "dates",
        "日期",
    ),
    (
        "numbers",
        "數字",
    ),
    (
        "percentages",
        "百分比",
    ),
    (
        "yes/no values",
        "是／否值",
    ),
    (
        "whole numbers from 0 to 10",
        "0 至 10 的整數",
    ),
    (
        "positions of 1 or more",
        "1 以上的排名",
    ),
    (
        "identifiers (text or numbers)",
        "識別碼（文字或數字）",
    ),
    (
        "yes/no values or words such as won / lost",
        "是／否值，或「贏單／輸單」等字詞",
    ),
    (
        "orders",
        "訂單資料",
    ),
    (
        "traffic reports",
        "流量報表",
    ),
    (
        "page reports",
        "網頁報表",
    ),
    (
        "ad reports",
        "廣告報表",
    ),
    (
        "cost ledgers",
        "費用明細",
    ),
    (
        "leads",
        "潛在客戶資料",
    ),
    (
        "email campaign reports",
        "電子郵件活動報表",
    ),
    (
        "social reports",
        "社群媒體報表",
    ),
    (
        "survey responses",
        "問卷回覆",
    ),
    (
        "subscriptions",
        "訂閱資料",
    ),
    (
        "search console reports",
        "Search Console 報表",
    ),
    (
        "no columns",
        "沒有任何欄位",
    ),
    (
        "no column name or value matched a known kind of export; found: {found}",
        "沒有任何欄位名稱或值符合已知的匯出類型；找到的欄位：{found}",
    ),
    (
        "{kind} need a {roles} column; found: {found}",
        "{kind}需要「{roles}」欄；找到的欄位：{found}",
    ),
    (
        "{kind} need an {roles} column; found: {found}",
        "{kind}需要「{roles}」欄；找到的欄位：{found}",
    ),
    (
        "{first} or {rest}",
        "{first}或{rest}",
    ),
    (
        "{kind} need a column for {roles}",
        "{kind}需要「{roles}」欄",
    ),
    (
        "{file}: {problems}",
        "{file}：{problems}",
    ),
    (
        "{file}: cancelled",
        "{file}：已取消",
    ),
    (
        "{file}, column {number} “{column}”: cannot be the {role} of {kind}: {reason}",
        "{file}，第 {number} 欄「{column}」：不能作為{kind}的「{role}」：{reason}",
    ),
    (
        "{file}: columns {first_number} “{first}” and {second_number} “{second}” are both mapped to {role}; keep one",
        "{file}：第 {first_number} 欄「{first}」與第 {second_number} 欄「{second}」都對應到「{role}」；請只保留一個",
    ),
    (
        "{rows} rows rejected, {values} values not understood",
        "{rows} 列遭拒，{values} 個值無法辨識",
    ),
    (
        "{message} (column “{column}” is named like the {role} but {reason})",
        "{message}（「{column}」欄的名稱像是「{role}」，但{reason}）",
    ),
    // Column role names (src/core/i18n/roles.rs)
    (
        "Order date",
        "訂單日期",
    ),
    (
        "Order ID",
        "訂單編號",
    ),
    (
        "Amount",
        "金額",
    ),
    (
        "Subtotal",
        "小計",
    ),
    (
        "Quantity",
        "數量",
    ),
    (
        "Unit price",
        "單價",
    ),
    (
        "Customer ID",
        "客戶編號",
    ),
    (
        "Company",
        "公司",
    ),
    (
        "Product",
        "產品",
    ),
    (
        "Product name",
        "產品名稱",
    ),
    (
        "Category",
        "類別",
    ),
    (
        "Status",
        "狀態",
    ),
    (
        "Channel",
        "通路",
    ),
    (
        "Campaign",
        "活動",
    ),
    (
        "Country",
        "國家／地區",
    ),
    (
        "Currency",
        "幣別",
    ),
    (
        "Discount",
        "折扣",
    ),
    (
        "Shipping",
        "運費",
    ),
    (
        "Tax",
        "稅額",
    ),
    (
        "Cost of goods",
        "銷貨成本",
    ),
    (
        "Profit",
        "利潤",
    ),
    (
        "Fulfilment date",
        "出貨日期",
    ),
    (
        "Sales rep",
        "業務代表",
    ),
    (
        "Date",
        "日期",
    ),
    (
        "Sessions",
        "工作階段",
    ),
    (
        "Users",
        "使用者",
    ),
    (
        "New users",
        "新使用者",
    ),
    (
        "Returning users",
        "回訪使用者",
    ),
    (
        "Engaged sessions",
        "互動工作階段",
    ),
    (
        "Bounces",
        "跳出次數",
    ),
    (
        "Bounce rate",
        "跳出率",
    ),
    (
        "Page views",
        "網頁瀏覽量",
    ),
    (
        "Average engagement time",
        "平均互動時間",
    ),
    (
        "Source",
        "來源",
    ),
    (
        "Medium",
        "媒介",
    ),
    (
        "Landing page",
        "到達網頁",
    ),
    (
        "Product views",
        "產品瀏覽次數",
    ),
    (
        "Add-to-carts",
        "加入購物車次數",
    ),
    (
        "Checkouts",
        "開始結帳次數",
    ),
    (
        "Purchases",
        "購買次數",
    ),
    (
        "Leads",
        "潛在客戶",
    ),
    (
        "Conversions",
        "轉換次數",
    ),
    (
        "Revenue",
        "收益",
    ),
    (
        "Page",
        "網頁",
    ),
    (
        "Views",
        "瀏覽次數",
    ),
    (
        "Entrances",
        "進入次數",
    ),
    (
        "Average time on page",
        "平均網頁停留時間",
    ),
    (
        "CTA clicks",
        "CTA 點擊次數",
    ),
    (
        "Spend",
        "廣告花費",
    ),
    (
        "Impressions",
        "曝光次數",
    ),
    (
        "Clicks",
        "點擊次數",
    ),
    (
        "Conversion value",
        "轉換價值",
    ),
    (
        "Budget",
        "預算",
    ),
    (
        "Cost category",
        "費用類別",
    ),
    (
        "Planned amount",
        "計畫金額",
    ),
    (
        "Earned value",
        "實獲值",
    ),
    (
        "Lead ID",
        "潛在客戶編號",
    ),
    (
        "Created date",
        "建立日期",
    ),
    (
        "Stage",
        "階段",
    ),
    (
        "Originated by",
        "來源部門",
    ),
    (
        "MQL date",
        "MQL 日期",
    ),
    (
        "SQL date",
        "SQL 日期",
    ),
    (
        "Close date",
        "結案日期",
    ),
    (
        "Won",
        "是否贏單",
    ),
    (
        "Owner",
        "負責人",
    ),
    (
        "Send date",
        "寄送日期",
    ),
    (
        "Sent",
        "寄送數",
    ),
    (
        "Delivered",
        "送達數",
    ),
    (
        "Opens",
        "開信數",
    ),
    (
        "Unsubscribes",
        "取消訂閱數",
    ),
    (
        "Spam reports",
        "垃圾郵件檢舉數",
    ),
    (
        "New subscribers",
        "新訂閱者",
    ),
    (
        "Platform",
        "平台",
    ),
    (
        "Reach",
        "觸及人數",
    ),
    (
        "Followers",
        "追蹤者",
    ),
    (
        "New followers",
        "新追蹤者",
    ),
    (
        "Reactions",
        "心情反應",
    ),
    (
        "Comments",
        "留言數",
    ),
    (
        "Shares",
        "分享次數",
    ),
    (
        "Score",
        "分數",
    ),
    (
        "Respondent",
        "受訪者",
    ),
    (
        "Segment",
        "區隔",
    ),
    (
        "Comment",
        "意見",
    ),
    (
        "Start date",
        "開始日期",
    ),
    (
        "Billing interval",
        "計費週期",
    ),
    (
        "End date",
        "結束日期",
    ),
    (
        "Plan",
        "方案",
    ),
    (
        "Search query",
        "搜尋查詢",
    ),
    (
        "Position",
        "排名",
    ),
];
