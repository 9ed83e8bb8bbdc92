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
        "aligned",
        "空白對齊",
    ),
    (
        "no delimiter fits; the columns are aligned with spaces",
        "沒有合適的分隔符號，各欄以空白對齊",
    ),
    (
        "No delimiter: the columns are aligned with spaces, so each line was cut where the header's columns start (characters {positions}).",
        "無分隔符號：各欄以空白對齊，因此在標題列各欄的起始位置（第 {positions} 個字元）切分每一行。",
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
        "{file}: the browser could not read this file",
        "{file}：瀏覽器無法讀取此檔案",
    ),
    (
        "{file}: the file was read but could not be handed over to the page ({detail}); please add it again",
        "{file}：檔案已讀取，但無法傳給頁面（{detail}），請重新加入",
    ),
    (
        "{file}: the worker holding the data stopped ({detail}); please add the file again",
        "{file}：保存資料的背景程序已停止（{detail}），請重新加入檔案",
    ),
    (
        "{file}: reading stopped unexpectedly ({detail})",
        "{file}：讀取意外中止（{detail}）",
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
    // KPI reasons, warnings and steps (src/core/kpi)
    (
        "Add to cart",
        "加入購物車",
    ),
    (
        "Checkout",
        "開始結帳",
    ),
    (
        "Purchase",
        "購買",
    ),
    (
        "Lead",
        "潛在客戶",
    ),
    (
        "MQL",
        "MQL",
    ),
    (
        "SQL",
        "SQL",
    ),
    (
        "Opportunity",
        "商機",
    ),
    (
        "Won",
        "贏單",
    ),
    (
        "Cart abandonment: there are more purchases than add-to-carts in the period; the rate is shown as 0",
        "購物車放棄率：期間內的購買次數多於加入購物車次數，因此顯示為 0",
    ),
    (
        "The comparison period ({period}) has no data: choose a shorter period or another comparison to see growth",
        "比較期間（{period}）沒有資料：請選擇較短的期間或其他比較方式以查看成長",
    ),
    (
        "Choose a comparison (previous period or previous year) to see growth",
        "請選擇比較基準（上一期間或去年同期）以查看成長率",
    ),
    (
        "Funnel: the step \"{name}\" ({count}) is larger than the step before, \"{prev_name}\" ({prev}); the export counts these steps differently (events rather than sessions?)",
        "漏斗：「{name}」步驟（{count}）大於前一步驟「{prev_name}」（{prev}）；匯出檔對這些步驟的計算方式不同（以事件而非工作階段計算？）",
    ),
    (
        "Pipeline funnel: more leads reached \"{name}\" ({count}) than \"{prev_name}\" ({prev}); check the stage mapping",
        "銷售漏斗：到達「{name}」的潛在客戶（{count}）多於「{prev_name}」（{prev}）；請檢查階段對應",
    ),
    (
        "Needs customers ordering in two consecutive windows before the period's end (at least 8 weeks of data)",
        "需要在期間結束前連續兩個時段都有下單的客戶（至少 8 週的資料）",
    ),
    (
        "Needs new customers and revenue from active customers in the period",
        "需要期間內的新客戶與活躍客戶營收",
    ),
    (
        "No MRR at the start of the period",
        "期間開始時沒有 MRR",
    ),
    (
        "No active subscription at the end of the period",
        "期間結束時沒有有效訂閱",
    ),
    (
        "No ad clicks in the period",
        "期間內沒有廣告點擊",
    ),
    (
        "No ad conversions in the period",
        "期間內沒有廣告轉換",
    ),
    (
        "No ad impressions in the period",
        "期間內沒有廣告曝光",
    ),
    (
        "No ad spend in the period",
        "期間內沒有廣告花費",
    ),
    (
        "No add-to-cart in the period",
        "期間內沒有加入購物車",
    ),
    (
        "No cohort acquired in the period has a following month in the data yet",
        "期間內取得的同期群都還沒有下個月的資料",
    ),
    (
        "No completed order with a cost or profit in the period",
        "期間內沒有含成本或利潤的已完成訂單",
    ),
    (
        "No completed order with a fulfilment date in the period",
        "期間內沒有含出貨日期的已完成訂單",
    ),
    (
        "No completed order with a time of day in the period",
        "期間內沒有含下單時間的已完成訂單",
    ),
    (
        "No completed orders in the period",
        "期間內沒有已完成的訂單",
    ),
    (
        "No costs in the period",
        "期間內沒有費用",
    ),
    (
        "No customer had an active subscription at the start of the period",
        "期間開始時沒有客戶持有有效訂閱",
    ),
    (
        "No customer has ordered yet",
        "尚無客戶下單",
    ),
    (
        "No customer ordered in the previous period of equal length ({period})",
        "同樣長度的上一期間（{period}）沒有客戶下單",
    ),
    (
        "No deal won in the period with a creation and a close date",
        "期間內沒有同時具建立日期與結案日期的贏單",
    ),
    (
        "No deal won or lost in the period",
        "期間內沒有贏單或輸單",
    ),
    (
        "No email delivered in the period",
        "期間內沒有送達的電子郵件",
    ),
    (
        "No follower count in the period",
        "期間內沒有追蹤者人數",
    ),
    (
        "No lead created in the period",
        "期間內沒有新建立的潛在客戶",
    ),
    (
        "No lead created in the period became an MQL",
        "期間內建立的潛在客戶都沒有成為 MQL",
    ),
    (
        "No marketing or sales costs in the period",
        "期間內沒有行銷或銷售費用",
    ),
    (
        "No marketing spend in the period",
        "期間內沒有行銷支出",
    ),
    (
        "No new customers in the period",
        "期間內沒有新客戶",
    ),
    (
        "No new customers in the period (no CAC)",
        "期間內沒有新客戶（無 CAC）",
    ),
    (
        "No orders in the period",
        "期間內沒有訂單",
    ),
    (
        "No orders with a customer in the period",
        "期間內沒有含客戶資訊的訂單",
    ),
    (
        "No page entrances in the period",
        "期間內沒有網頁進入次數",
    ),
    (
        "No page views in the period",
        "期間內沒有網頁瀏覽",
    ),
    (
        "No planned budget in the period",
        "期間內沒有計畫預算",
    ),
    (
        "No revenue in the comparison period",
        "比較期間沒有營收",
    ),
    (
        "No revenue in the period",
        "期間內沒有營收",
    ),
    (
        "No search impressions in the period",
        "期間內沒有搜尋曝光",
    ),
    (
        "No sessions in the period",
        "期間內沒有工作階段",
    ),
    (
        "No social impressions in the period",
        "期間內沒有社群曝光",
    ),
    (
        "No survey response in the period",
        "期間內沒有問卷回覆",
    ),
    (
        "No users in the period",
        "期間內沒有使用者",
    ),
    (
        "No won deal with an originator in the period",
        "期間內沒有記錄來源部門的贏單",
    ),
    (
        "The ad spend ({a}) and the cost ledger ({b}) are in different currencies; pick one currency",
        "廣告花費（{a}）與費用明細（{b}）的幣別不同；請選擇一種幣別",
    ),
    (
        "The costs ({a}) and the ad spend ({b}) are in different currencies; pick one currency",
        "費用（{a}）與廣告花費（{b}）的幣別不同；請選擇一種幣別",
    ),
    (
        "The data mixes currencies ({currencies}); pick one currency to see money figures",
        "資料混用多種幣別（{currencies}）；請選擇一種幣別以查看金額",
    ),
    (
        "The orders mix currencies ({currencies}); pick one currency to see money figures",
        "訂單混用多種幣別（{currencies}）；請選擇一種幣別以查看金額",
    ),
    (
        "The subscriptions mix currencies ({currencies}); pick one currency to see money figures",
        "訂閱混用多種幣別（{currencies}）；請選擇一種幣別以查看金額",
    ),
    (
        "The filter on {role} does not apply to the orders: they have no such column",
        "「{role}」篩選條件不適用於訂單：訂單沒有此欄位",
    ),
    (
        "The gross-profit return needs a cost (COGS) or profit column in the orders",
        "以毛利計算的報酬需要訂單中的成本（COGS）或利潤欄",
    ),
    (
        "The predicted CLV needs customers ordering in two consecutive windows before the period's end",
        "預測 CLV 需要在期間結束前連續兩個時段都有下單的客戶",
    ),
    (
        "Unknown order statuses counted as completed: {statuses}",
        "視為已完成的不明訂單狀態：{statuses}",
    ),
    (
        "{count} NPS score is not a whole number from 0 to 10 and was left out",
        "有 {count} 個 NPS 分數不是 0 至 10 的整數，已排除",
    ),
    (
        "{count} NPS scores are not whole numbers from 0 to 10 and were left out",
        "有 {count} 個 NPS 分數不是 0 至 10 的整數，已排除",
    ),
    (
        "{file} has no category column: its costs count in CAC and ROI, but not in marketing spend",
        "{file} 沒有類別欄：其費用計入 CAC 與 ROI，但不計入行銷支出",
    ),
    (
        "{file} has no date column: its figures cover all its rows whatever the period, without comparison",
        "{file} 沒有日期欄：其數字涵蓋所有列，不受期間影響，也無法比較",
    ),
    (
        "{file}: no amount (or quantity and unit price) column, so the file is not used for order KPIs",
        "{file}：沒有金額（或數量與單價）欄，因此不用於訂單 KPI",
    ),
    (
        "{file}: no order date column with dates, so the file is not used for order KPIs",
        "{file}：沒有含日期的訂單日期欄，因此不用於訂單 KPI",
    ),
    (
        "{file}: the amount is repeated on every line of an order, so it is counted once per order",
        "{file}：金額在訂單的每一列都重複出現，因此每筆訂單只計算一次",
    ),
    (
        "{file}: {count} row without an order date was left out",
        "{file}：已排除 {count} 列沒有訂單日期的資料",
    ),
    (
        "{file}: {count} rows without an order date were left out",
        "{file}：已排除 {count} 列沒有訂單日期的資料",
    ),
    (
        "{file}: {count} subscription has no known billing interval and is taken as monthly",
        "{file}：有 {count} 筆訂閱的計費週期不明，視為按月計費",
    ),
    (
        "{file}: {count} subscriptions have no known billing interval and are taken as monthly",
        "{file}：有 {count} 筆訂閱的計費週期不明，視為按月計費",
    ),
    // What unlocks a KPI ("needs …", src/core/kpi)
    (
        "needs a CRM leads export with a close date",
        "需要含結案日期的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with a creation date",
        "需要含建立日期的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with a stage",
        "需要含階段的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with a stage or MQL date",
        "需要含階段或 MQL 日期的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with a stage or SQL date",
        "需要含階段或 SQL 日期的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with a won flag or stage",
        "需要含是否贏單或階段的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with a won flag or stage and a close date",
        "需要含是否贏單或階段，以及結案日期的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with an originated-by column",
        "需要含來源部門欄的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a CRM leads export with stages or MQL / SQL dates",
        "需要含階段或 MQL／SQL 日期的 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a close date column in the leads export",
        "潛在客戶匯出檔需要結案日期欄",
    ),
    (
        "needs a conversion value column in the ads export, or orders whose campaign or channel matches the ads'",
        "需要廣告匯出檔中的轉換價值欄，或活動、通路與廣告相符的訂單",
    ),
    (
        "needs a cost ledger or an ads export (the cost)",
        "需要費用明細或廣告匯出檔（作為成本）",
    ),
    (
        "needs a cost ledger with a category column (marketing / sales)",
        "需要含類別欄（行銷／銷售）的費用明細",
    ),
    (
        "needs a cost ledger with a marketing / sales category",
        "需要含行銷／銷售類別的費用明細",
    ),
    (
        "needs a cost ledger with a planned (budget) column",
        "需要含計畫（預算）欄的費用明細",
    ),
    (
        "needs a cost ledger with a planned (budget) or earned value column",
        "需要含計畫（預算）或實獲值欄的費用明細",
    ),
    (
        "needs a cost ledger with an earned value column",
        "需要含實獲值欄的費用明細",
    ),
    (
        "needs a followers or new followers column in the social export",
        "社群匯出檔需要追蹤者或新追蹤者欄",
    ),
    (
        "needs a leads column in the web analytics export, or a CRM leads export",
        "需要網站分析匯出檔中的潛在客戶欄，或 CRM 潛在客戶匯出檔",
    ),
    (
        "needs a pages export with CTA clicks",
        "需要含 CTA 點擊次數的網頁匯出檔",
    ),
    (
        "needs a pages export with time on page, or a web analytics export with engagement time",
        "需要含網頁停留時間的網頁匯出檔，或含互動時間的網站分析匯出檔",
    ),
    (
        "needs a pages export, or a web analytics export with page views",
        "需要網頁匯出檔，或含網頁瀏覽量的網站分析匯出檔",
    ),
    (
        "needs a planned (budget) column in the cost ledger",
        "費用明細需要計畫（預算）欄",
    ),
    (
        "needs a planned (budget) or earned value column in the cost ledger",
        "費用明細需要計畫（預算）或實獲值欄",
    ),
    (
        "needs a position column in the search console export",
        "Search Console 匯出檔需要排名欄",
    ),
    (
        "needs a product, category, channel, country, customer or sales rep column in the orders",
        "訂單需要產品、類別、通路、國家／地區、客戶或業務代表欄",
    ),
    (
        "needs a reach or impressions column in the social export",
        "社群匯出檔需要觸及人數或曝光次數欄",
    ),
    (
        "needs a search console export",
        "需要 Search Console 匯出檔",
    ),
    (
        "needs a search console export with a position column",
        "需要含排名欄的 Search Console 匯出檔",
    ),
    (
        "needs a social analytics export with followers or new followers",
        "需要含追蹤者或新追蹤者的社群分析匯出檔",
    ),
    (
        "needs a social analytics export with reach or impressions",
        "需要含觸及人數或曝光次數的社群分析匯出檔",
    ),
    (
        "needs a social analytics export with reactions, comments or shares and impressions or reach",
        "需要含心情反應、留言或分享，以及曝光次數或觸及人數的社群分析匯出檔",
    ),
    (
        "needs a stage or MQL / SQL date columns in the leads export",
        "潛在客戶匯出檔需要階段欄或 MQL／SQL 日期欄",
    ),
    (
        "needs a stage or {role} column in the leads export",
        "潛在客戶匯出檔需要階段或「{role}」欄",
    ),
    (
        "needs a subscriptions export with customer, start date and amount",
        "需要含客戶、開始日期與金額的訂閱匯出檔",
    ),
    (
        "needs a subscriptions export with customer, start date, amount and end date",
        "需要含客戶、開始日期、金額與結束日期的訂閱匯出檔",
    ),
    (
        "needs a web analytics export with a landing page column",
        "需要含到達網頁欄的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with a landing page column and purchases, conversions or leads",
        "需要含到達網頁欄，以及購買、轉換或潛在客戶的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with a source or medium column",
        "需要含來源或媒介欄的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with a source, medium or channel column",
        "需要含來源、媒介或通路欄的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with add-to-carts and purchases",
        "需要含加入購物車次數與購買次數的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with leads, or a leads export and a web analytics export",
        "需要含潛在客戶的網站分析匯出檔，或潛在客戶匯出檔加上網站分析匯出檔",
    ),
    (
        "needs a web analytics export with product views, add-to-carts, checkouts or purchases",
        "需要含產品瀏覽、加入購物車、開始結帳或購買的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with sessions (and purchases, or an orders export)",
        "需要含工作階段（以及購買或訂單匯出檔）的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions (the chosen bounce-rate variant)",
        "需要含工作階段與互動工作階段的網站分析匯出檔（所選的跳出率計算方式）",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions, bounces or a bounce rate, or a pages export with bounces",
        "需要含工作階段及互動工作階段、跳出次數或跳出率的網站分析匯出檔，或含跳出次數的網頁匯出檔",
    ),
    (
        "needs a web analytics export with sessions and product views, add-to-carts, checkouts or purchases",
        "需要含工作階段，以及產品瀏覽、加入購物車、開始結帳或購買的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with sessions or users by date",
        "需要含每日工作階段或使用者的網站分析匯出檔",
    ),
    (
        "needs a web analytics export with users and new or returning users",
        "需要含使用者，以及新使用者或回訪使用者的網站分析匯出檔",
    ),
    (
        "needs a web analytics or pages export with a bounces column (the chosen bounce-rate variant)",
        "需要含跳出次數欄的網站分析或網頁匯出檔（所選的跳出率計算方式）",
    ),
    (
        "needs a web analytics or pages export with bounces, engaged sessions or a bounce rate",
        "需要含跳出次數、互動工作階段或跳出率的網站分析或網頁匯出檔",
    ),
    (
        "needs a won column or a stage column in the leads export",
        "潛在客戶匯出檔需要是否贏單欄或階段欄",
    ),
    (
        "needs a {role} column in the email export",
        "電子郵件匯出檔需要「{role}」欄",
    ),
    (
        "needs an NPS survey export with a 0–10 score column",
        "需要含 0–10 分數欄的 NPS 問卷匯出檔",
    ),
    (
        "needs an ads export or a cost ledger, and an orders or leads export",
        "需要廣告匯出檔或費用明細，以及訂單或潛在客戶匯出檔",
    ),
    (
        "needs an ads export with clicks and impressions",
        "需要含點擊次數與曝光次數的廣告匯出檔",
    ),
    (
        "needs an ads export with spend (and conversion value, or an orders export with channel or campaign)",
        "需要含廣告花費（以及轉換價值，或含通路或活動的訂單匯出檔）的廣告匯出檔",
    ),
    (
        "needs an ads export with spend and clicks",
        "需要含廣告花費與點擊次數的廣告匯出檔",
    ),
    (
        "needs an ads export with spend and conversion value (or an orders export with channel or campaign)",
        "需要含廣告花費與轉換價值的廣告匯出檔（或含通路或活動的訂單匯出檔）",
    ),
    (
        "needs an ads export with spend and conversions",
        "需要含廣告花費與轉換次數的廣告匯出檔",
    ),
    (
        "needs an ads export with spend or a cost ledger",
        "需要含廣告花費的廣告匯出檔或費用明細",
    ),
    (
        "needs an ads export with spend, or a cost ledger",
        "需要含廣告花費的廣告匯出檔，或費用明細",
    ),
    (
        "needs an earned value column in the cost ledger",
        "費用明細需要實獲值欄",
    ),
    (
        "needs an email campaign export with clicks",
        "需要含點擊次數的電子郵件活動匯出檔",
    ),
    (
        "needs an email campaign export with opens",
        "需要含開信數的電子郵件活動匯出檔",
    ),
    (
        "needs an email campaign export with unsubscribes",
        "需要含取消訂閱數的電子郵件活動匯出檔",
    ),
    (
        "needs an orders export (the return) and a cost ledger or an ads export (the cost)",
        "需要訂單匯出檔（報酬），以及費用明細或廣告匯出檔（成本）",
    ),
    (
        "needs an orders export and a cost ledger (or an ads export)",
        "需要訂單匯出檔與費用明細（或廣告匯出檔）",
    ),
    (
        "needs an orders export whose order date has a time of day",
        "需要訂單日期含時間的訂單匯出檔",
    ),
    (
        "needs an orders export with a channel or campaign column",
        "需要含通路或活動欄的訂單匯出檔",
    ),
    (
        "needs an orders export with a channel, source or campaign column",
        "需要含通路、來源或活動欄的訂單匯出檔",
    ),
    (
        "needs an orders export with a cost (COGS) or profit column",
        "需要含成本（COGS）或利潤欄的訂單匯出檔",
    ),
    (
        "needs an orders export with a customer column, or a subscriptions export",
        "需要含客戶欄的訂單匯出檔，或訂閱匯出檔",
    ),
    (
        "needs an orders export with a customer id (or company) column",
        "需要含客戶編號（或公司）欄的訂單匯出檔",
    ),
    (
        "needs an orders export with a date and an amount",
        "需要含日期與金額的訂單匯出檔",
    ),
    (
        "needs an orders export with a date and an amount (or quantity and unit price)",
        "需要含日期與金額（或數量與單價）的訂單匯出檔",
    ),
    (
        "needs an orders export with a fulfilment (shipped) date column",
        "需要含出貨日期欄的訂單匯出檔",
    ),
    (
        "needs an orders export with a product, category, channel, country, customer or sales rep column",
        "需要含產品、類別、通路、國家／地區、客戶或業務代表欄的訂單匯出檔",
    ),
    (
        "needs an orders export with a quantity column",
        "需要含數量欄的訂單匯出檔",
    ),
    (
        "needs an orders export with a status column",
        "需要含狀態欄的訂單匯出檔",
    ),
    (
        "needs an orders export with customer ids (for revenue per customer)",
        "需要含客戶編號的訂單匯出檔（用於計算每位客戶營收）",
    ),
    (
        "needs an orders export with customer ids, or a leads export with won deals and close dates",
        "需要含客戶編號的訂單匯出檔，或含贏單與結案日期的潛在客戶匯出檔",
    ),
    (
        "needs an orders export with customers and an ads export or cost ledger",
        "需要含客戶的訂單匯出檔，以及廣告匯出檔或費用明細",
    ),
    (
        "needs an originated-by (marketing / sales) column in the leads export",
        "潛在客戶匯出檔需要來源部門（行銷／銷售）欄",
    ),
    (
        "needs order dates with a time of day (the orders only have dates)",
        "需要含時間的訂單日期（目前訂單只有日期）",
    ),
    (
        "needs purchases or conversions in the web analytics export, or an orders export for the same dates",
        "需要網站分析匯出檔中的購買或轉換，或同一期間的訂單匯出檔",
    ),
    (
        "needs reactions, comments, shares or clicks and impressions or reach in the social export",
        "社群匯出檔需要心情反應、留言、分享或點擊，以及曝光次數或觸及人數",
    ),
    // Charts: summaries for screen readers, table headers, labels (src/core/chart, src/core/present.rs)
    (
        "No data",
        "沒有資料",
    ),
    (
        "Trend",
        "趨勢",
    ),
    (
        "Chart",
        "圖表",
    ),
    (
        "{title}: no data.",
        "{title}：沒有資料。",
    ),
    (
        "{title}: {details}.",
        "{title}：{details}。",
    ),
    (
        "{title}{head}; {details}.",
        "{title}{head}；{details}。",
    ),
    (
        ", {first} to {last}",
        "，{first} 至 {last}",
    ),
    (
        ", {first}",
        "，{first}",
    ),
    (
        "{value} in {at}",
        "{at}：{value}",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}",
        "最高 {high}（{high_at}），最低 {low}（{low_at}）",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}, latest {latest} in {latest_at}",
        "最高 {high}（{high_at}），最低 {low}（{low_at}），最新 {latest}（{latest_at}）",
    ),
    (
        "{series}: {clause}",
        "{series}：{clause}",
    ),
    (
        "highest {value} for {name}",
        "最高 {value}（{name}）",
    ),
    (
        "lowest {value} for {name}",
        "最低 {value}（{name}）",
    ),
    (
        "total {value}",
        "合計 {value}",
    ),
    (
        ", {count} category",
        "，{count} 個類別",
    ),
    (
        ", {count} categories",
        "，{count} 個類別",
    ),
    (
        "largest total {value} for {name}",
        "合計最高 {value}（{name}）",
    ),
    (
        ", {categories} categories in {series} series",
        "，{categories} 個類別、{series} 個數列",
    ),
    (
        "{name} {value}",
        "{name} {value}",
    ),
    (
        "{name} {value} ({rate} of previous step)",
        "{name} {value}（為前一步驟的 {rate}）",
    ),
    (
        "overall conversion {rate}",
        "整體轉換率 {rate}",
    ),
    (
        "highest {value} at {row}, {column}",
        "最高 {value}（{row}、{column}）",
    ),
    (
        "lowest {value} at {row}, {column}",
        "最低 {value}（{row}、{column}）",
    ),
    (
        "{count} cell without data",
        "{count} 個儲存格沒有資料",
    ),
    (
        "{count} cells without data",
        "{count} 個儲存格沒有資料",
    ),
    (
        ", {rows} rows by {columns} columns",
        "，{rows} 列 × {columns} 欄",
    ),
    (
        " of {count} point",
        "（{count} 個資料點）",
    ),
    (
        " of {count} points",
        "（{count} 個資料點）",
    ),
    (
        "from {first} to {last}",
        "從 {first} 到 {last}",
    ),
    (
        "highest {high}, lowest {low}",
        "最高 {high}，最低 {low}",
    ),
    (
        "Latest: {value}",
        "最新：{value}",
    ),
    (
        "Period",
        "期間",
    ),
    (
        "Value",
        "數值",
    ),
    (
        "Total",
        "合計",
    ),
    (
        "Step",
        "步驟",
    ),
    (
        "Count",
        "數量",
    ),
    (
        "Of previous step",
        "占前一步驟",
    ),
    (
        "Of first step",
        "占第一步驟",
    ),
    (
        "Change",
        "變動",
    ),
    (
        "Running total",
        "累計",
    ),
    (
        "Point",
        "資料點",
    ),
    (
        "days",
        "天",
    ),
    (
        "(not set)",
        "（未設定）",
    ),
    (
        "Other",
        "其他",
    ),
    (
        "Organic search",
        "自然搜尋",
    ),
    (
        "Paid search",
        "付費搜尋",
    ),
    (
        "Social",
        "社群",
    ),
    (
        "Email",
        "電子郵件",
    ),
    (
        "Referral",
        "推薦連結",
    ),
    (
        "Direct",
        "直接流量",
    ),
    (
        "MRR at the start",
        "期初 MRR",
    ),
    (
        "Churned MRR",
        "流失 MRR",
    ),
    (
        "Contraction MRR",
        "縮減 MRR",
    ),
    (
        "Expansion MRR",
        "擴充 MRR",
    ),
    (
        "Net revenue retention",
        "淨營收留存率",
    ),
    (
        "Mean",
        "平均值",
    ),
    (
        "Median",
        "中位數",
    ),
    (
        "Ad spend",
        "廣告花費",
    ),
    (
        "Ad clicks",
        "廣告點擊次數",
    ),
    (
        "Ad conversions",
        "廣告轉換次數",
    ),
    (
        "Ad conversion value",
        "廣告轉換價值",
    ),
    (
        "Marketing costs",
        "行銷費用",
    ),
    (
        "Marketing spend",
        "行銷支出",
    ),
    (
        "Attributed revenue",
        "歸因營收",
    ),
    (
        "Costs",
        "費用",
    ),
    (
        "Actual costs",
        "實際費用",
    ),
    (
        "Return",
        "報酬",
    ),
    (
        "Return multiple",
        "報酬倍數",
    ),
    (
        "New customers",
        "新客戶",
    ),
    (
        "Customers",
        "客戶",
    ),
    (
        "Window (days)",
        "時段（天）",
    ),
    (
        "Click-to-open rate",
        "點擊開信比（CTOR）",
    ),
    (
        "Net change",
        "淨變動",
    ),
    (
        "{value} day",
        "{value} 天",
    ),
    (
        "{value} days",
        "{value} 天",
    ),
    (
        "{value}d",
        "{value}天",
    ),
    // Targets and units (src/core/view.rs, src/core/present.rs)
    (
        "Target value: \"{value}\" is not a number",
        "目標值：「{value}」不是數字",
    ),
    (
        "Deadline: \"{value}\" is not a date (expected YYYY-MM-DD)",
        "截止日期：「{value}」不是日期（格式應為 YYYY-MM-DD）",
    ),
    (
        "{value} s",
        "{value} 秒",
    ),
    (
        "{value} mo",
        "{value} 個月",
    ),
    (
        "week of {date}",
        "{date} 當週",
    ),
    (
        "Cost ledger: marketing",
        "費用明細：行銷",
    ),
    // Share and snapshot links (src/core/share)
    (
        "Some figures in this snapshot were not valid and were left out: {figures}.",
        "此快照中有部分數字無效，已略過：{figures}。",
    ),
    (
        "Some figures in this snapshot were not valid and were left out: {figures}; and {count} more.",
        "此快照中有部分數字無效，已略過：{figures}；另有 {count} 項。",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}.",
        "此連結中有部分設定無效，已改用預設值：{issues}。",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}; and {count} more.",
        "此連結中有部分設定無效，已改用預設值：{issues}；另有 {count} 項。",
    ),
    (
        "This is a dashboard link, not a snapshot link.",
        "這是儀表板連結，不是快照連結。",
    ),
    (
        "This is a snapshot link, not a dashboard link; opened with default settings.",
        "這是快照連結，不是儀表板連結；已以預設設定開啟。",
    ),
    (
        "This link is damaged or incomplete: {detail}. Opened with default settings.",
        "此連結已損毀或不完整：{detail}。已以預設設定開啟。",
    ),
    (
        "This link was made by a newer version of kpiboard; opened with default settings.",
        "此連結由較新版本的 kpiboard 建立；已以預設設定開啟。",
    ),
    (
        "This snapshot link is damaged or incomplete: {detail}.",
        "此快照連結已損毀或不完整：{detail}。",
    ),
    (
        "This snapshot was made by a newer version of kpiboard; it cannot be shown here.",
        "此快照由較新版本的 kpiboard 建立，無法在此顯示。",
    ),
    (
        "This snapshot would be a {chars}-character link, more than the {max} allowed; hide some cards or shorten the note and try again.",
        "此快照連結會有 {chars} 個字元，超過上限 {max}；請隱藏部分卡片或縮短備註後再試一次。",
    ),
    (
        "it is a different sort of kpiboard link",
        "這是另一種 kpiboard 連結",
    ),
    (
        "it is {chars} characters long, more than the {max} a kpiboard link can have",
        "長度為 {chars} 個字元，超過 kpiboard 連結上限 {max}",
    ),
    (
        "it was made by a newer version of kpiboard",
        "由較新版本的 kpiboard 建立",
    ),
    (
        "the part after \"#\" should start with a version such as \"v1.\" but starts with {start}",
        "「#」之後應以「v1.」這類版本開頭，但開頭是 {start}",
    ),
    (
        "the settings are not valid base64url text ({detail})",
        "設定不是有效的 base64url 文字（{detail}）",
    ),
    (
        "the settings could not be unpacked (the link was cut short or altered)",
        "無法解壓縮設定（連結遭截斷或修改）",
    ),
    (
        "the settings unpack to more than {max} bytes, which no real dashboard needs",
        "設定解壓縮後超過 {max} 位元組，實際的儀表板不需要這麼多",
    ),
    (
        "the unpacked settings are not readable ({detail})",
        "解壓縮後的設定無法讀取（{detail}）",
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
        "Won (yes/no)",
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
    // Chart hovers (src/core/chart/plot)
    (
        "{name}: {change} (running total {total})",
        "{name}：{change}（累計 {total}）",
    ),
    // Import report: a date pattern with an example (src/core/format.rs)
    (
        "{pattern} (e.g. {example})",
        "{pattern}（例如 {example}）",
    ),
    // Generated name of a column without a header (src/core/i18n/mod.rs)
    (
        "Column {number}",
        "第 {number} 欄",
    ),
    // Reading progress of a file (src/core/present.rs)
    (
        "{read} / {total} MB",
        "{read} / {total} MB",
    ),
    // Landmark names (src/ui/components)
    (
        "Controls",
        "檢視設定",
    ),
    // Names of known export formats (src/core/schema/presets.rs)
    (
        "Shopify orders",
        "Shopify 訂單",
    ),
    (
        "WooCommerce orders",
        "WooCommerce 訂單",
    ),
    (
        "Magento orders",
        "Magento 訂單",
    ),
    (
        "PrestaShop orders",
        "PrestaShop 訂單",
    ),
    (
        "PrestaShop orders (French)",
        "PrestaShop 訂單（法文）",
    ),
    (
        "Cafe24 orders",
        "Cafe24 訂單",
    ),
    (
        "Naver Smart Store orders",
        "Naver Smart Store 訂單",
    ),
    (
        "Rakuten orders",
        "樂天訂單",
    ),
    (
        "Amazon Seller Central orders",
        "Amazon 賣家平台訂單",
    ),
    (
        "Stripe invoices",
        "Stripe 發票",
    ),
    (
        "GA4 traffic acquisition",
        "GA4 流量開發",
    ),
    (
        "GA4 source / medium report",
        "GA4 來源/媒介報表",
    ),
    (
        "GA4 pages and screens",
        "GA4 網頁和畫面",
    ),
    (
        "Universal Analytics",
        "Universal Analytics",
    ),
    (
        "Universal Analytics pages",
        "Universal Analytics 網頁",
    ),
    (
        "Google Ads campaigns",
        "Google Ads 廣告活動",
    ),
    (
        "LinkedIn Ads campaigns",
        "LinkedIn 廣告活動",
    ),
    (
        "Meta Ads campaigns",
        "Meta 廣告活動",
    ),
    (
        "Mailchimp campaigns",
        "Mailchimp 行銷活動",
    ),
    (
        "HubSpot contacts",
        "HubSpot 聯絡人",
    ),
    (
        "HubSpot deals",
        "HubSpot 交易",
    ),
    (
        "Salesforce opportunities",
        "Salesforce 商機",
    ),
    (
        "Pipedrive deals",
        "Pipedrive 交易",
    ),
    (
        "Stripe subscriptions",
        "Stripe 訂閱",
    ),
    (
        "Search Console queries",
        "Search Console 查詢",
    ),
    (
        "Search Console pages",
        "Search Console 網頁",
    ),
    (
        "Search Console dates",
        "Search Console 日期",
    ),
    (
        "Delighted responses",
        "Delighted 回覆",
    ),
    (
        "SurveyMonkey responses",
        "SurveyMonkey 回覆",
    ),
    (
        "Typeform responses",
        "Typeform 回覆",
    ),
    (
        "no-break space",
        "不換行空格",
    ),
    (
        "narrow no-break space",
        "窄不換行空格",
    ),
    (
        "Number",
        "數字",
    ),
    (
        "Amount of money",
        "金額",
    ),
    (
        "Percentage",
        "百分比",
    ),
    (
        "Date and time",
        "日期與時間",
    ),
    (
        "Yes/no",
        "是/否",
    ),
    (
        "Text",
        "文字",
    ),
    (
        "{count} values not understood",
        "{count} 個值無法辨識",
    ),
];
