//! Translations of the core's sentences (`text!`, `text_n!` and `phrase!` templates) and of the column
//! role names, keyed by the English template; `tests/i18n_catalogue.rs` checks that every template of
//! the sources is here with the same placeholders.

/// (English template, translation).
pub const PHRASES: &[(&str, &str)] = &[
    // Import report and file errors (src/core/ingest, src/core/error.rs)
    (
        "line {line}, column \"{column}\": \"{found}\" is not {expected} like the rest of the column, so it is left empty",
        "第 {line} 行，“{column}”列：“{found}”不像该列其他值那样是{expected}，因此留空",
    ),
    (
        "line {line} has {fields} values but the header has {width}; the values past column {width} were left out",
        "第 {line} 行有 {fields} 个值，但表头只有 {width} 列；第 {width} 列之后的值已忽略",
    ),
    (
        "more than {max} values are not {what}, so the column is kept as text",
        "超过 {max} 个值不是{what}，因此该列保留为文本",
    ),
    (
        "{rejected} of its {filled} values are not {what}, so the column is kept as text",
        "{filled} 个值中有 {rejected} 个不是{what}，因此该列保留为文本",
    ),
    (
        "a percentage",
        "百分比",
    ),
    (
        "a number",
        "数字",
    ),
    (
        "a date",
        "日期",
    ),
    (
        "a yes/no value",
        "是/否值",
    ),
    (
        "text",
        "文本",
    ),
    (
        "Dates such as \"{example}\" could be day or month first; read {reading} ({pattern}) because {order_reason}.",
        "“{example}”这类日期可能是日在前或月在前；因为{order_reason}，已按{reading}（{pattern}）读取。",
    ),
    (
        "The numbers in \"{name}\" were read as dates ({pattern}) because the header names a date.",
        "表头名称表示日期，因此“{name}”中的数字已读取为日期（{pattern}）。",
    ),
    (
        "\"{example}\" was read as {reading} because {decimal_reason}.",
        "因为{decimal_reason}，“{example}”已读取为{reading}。",
    ),
    (
        "\"{name}\" mixes currencies ({currencies}); values are kept as written, in one column.",
        "“{name}”混用多种币种（{currencies}）；数值按原样保留在同一列。",
    ),
    (
        "Column \"{name}\": {note}",
        "“{name}”列：{note}",
    ),
    (
        "Column \"{name}\": {note}.",
        "“{name}”列：{note}。",
    ),
    (
        "Column \"{name}\" was typed from all its values, as its first rows said too little.",
        "“{name}”列的前几行信息不足，已根据全部值判断类型。",
    ),
    (
        "Excel serial days",
        "Excel 序列日期值",
    ),
    (
        "Unix seconds",
        "Unix 时间戳（秒）",
    ),
    (
        "Unix milliseconds",
        "Unix 时间戳（毫秒）",
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
        "小数（“,”为小数点）",
    ),
    (
        "a whole number (',' or '.' groups thousands)",
        "整数（“,”或“.”为千位分隔符）",
    ),
    (
        "the file's other number columns use ',' as decimal separator",
        "文件中其他数字列以“,”作为小数点",
    ),
    (
        "the file's other number columns use '.' as decimal separator",
        "文件中其他数字列以“.”作为小数点",
    ),
    (
        "the options say so",
        "设置中如此指定",
    ),
    (
        "the file uses ';' as delimiter, as files with decimal commas do",
        "文件以“;”作为分隔符，使用小数逗号的文件通常如此",
    ),
    (
        "nothing else in the file settles it",
        "文件中没有其他信息可以判断",
    ),
    (
        "other date columns of the file are read that way",
        "文件中其他日期列也这样读取",
    ),
    (
        "other date columns of the file put the day first",
        "文件中其他日期列把日放在前面",
    ),
    (
        "other date columns of the file put the month first",
        "文件中其他日期列把月放在前面",
    ),
    (
        "the file writes decimal commas, as countries that put the day first do",
        "文件使用小数逗号，日在前的国家通常如此",
    ),
    (
        "no value has a day above 12 and nothing else in the file settles it",
        "没有任何值的日大于 12，文件中也没有其他信息可以判断",
    ),
    (
        "The first line \"{line}\" sets the delimiter.",
        "第一行“{line}”指定了分隔符。",
    ),
    (
        "Skipped {count} comment line starting with \"#\" above the header.",
        "已跳过表头上方 {count} 行以“#”开头的注释。",
    ),
    (
        "Skipped {count} comment lines starting with \"#\" above the header.",
        "已跳过表头上方 {count} 行以“#”开头的注释。",
    ),
    (
        "Skipped {count} title line above the header.",
        "已跳过表头上方 {count} 行标题。",
    ),
    (
        "Skipped {count} title lines above the header.",
        "已跳过表头上方 {count} 行标题。",
    ),
    (
        "The header spans two rows (questions and answers); their names were joined.",
        "表头占两行（问题和答案），已合并其名称。",
    ),
    (
        "set in the options",
        "在设置中指定",
    ),
    (
        "given by the \"sep=\" line",
        "由“sep=”行指定",
    ),
    (
        "the one that splits every line into the same number of fields",
        "能把每一行分成相同字段数的符号",
    ),
    (
        "tab",
        "制表符",
    ),
    (
        "space",
        "空格",
    ),
    (
        "Encoding {encoding} ({reason}).",
        "编码 {encoding}（{reason}）。",
    ),
    (
        "Delimiter \"{delimiter}\" ({reason}).",
        "分隔符“{delimiter}”（{reason}）。",
    ),
    (
        "{count} row had fewer values than the header; the missing values are left empty.",
        "有 {count} 行的值少于表头列数；缺少的值留空。",
    ),
    (
        "{count} rows had fewer values than the header; the missing values are left empty.",
        "有 {count} 行的值少于表头列数；缺少的值留空。",
    ),
    (
        "Skipped {count} comment line inside the data.",
        "已跳过数据中的 {count} 行注释。",
    ),
    (
        "Skipped {count} comment lines inside the data.",
        "已跳过数据中的 {count} 行注释。",
    ),
    (
        "Skipped {count} repeated header line.",
        "已跳过 {count} 行重复的表头。",
    ),
    (
        "Skipped {count} repeated header lines.",
        "已跳过 {count} 行重复的表头。",
    ),
    (
        "The times of \"{time}\" were joined to the dates of \"{date}\".",
        "已将“{time}”的时间并入“{date}”的日期。",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheet in the workbook).",
        "已读取工作表“{sheet}”（工作簿共 {count} 个工作表）。",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheets in the workbook).",
        "已读取工作表“{sheet}”（工作簿共 {count} 个工作表）。",
    ),
    (
        "byte-order mark",
        "字节顺序标记（BOM）",
    ),
    (
        "zero bytes between characters",
        "字符之间的零字节",
    ),
    (
        "valid UTF-8",
        "有效的 UTF-8",
    ),
    (
        "detected from the byte patterns",
        "根据字节模式检测",
    ),
    (
        "a PDF document",
        "PDF 文档",
    ),
    (
        "a PNG image",
        "PNG 图片",
    ),
    (
        "a JPEG image",
        "JPEG 图片",
    ),
    (
        "a GIF image",
        "GIF 图片",
    ),
    (
        "a TIFF image",
        "TIFF 图片",
    ),
    (
        "a WebP image",
        "WebP 图片",
    ),
    (
        "a zip archive",
        "ZIP 压缩包",
    ),
    (
        "an empty zip archive",
        "空的 ZIP 压缩包",
    ),
    (
        "a gzip archive",
        "gzip 压缩包",
    ),
    (
        "a RAR archive",
        "RAR 压缩包",
    ),
    (
        "a 7-Zip archive",
        "7-Zip 压缩包",
    ),
    (
        "an old Excel .xls file (save it as .xlsx or CSV)",
        "旧版 Excel .xls 文件（请另存为 .xlsx 或 CSV）",
    ),
    (
        "a program",
        "可执行程序",
    ),
    (
        "a rich-text document",
        "RTF 格式文档",
    ),
    (
        "a zip archive that is not an Excel workbook",
        "不是 Excel 工作簿的 ZIP 压缩包",
    ),
    (
        "{file} is empty: there is nothing to import.",
        "{file} 是空的：没有可导入的内容。",
    ),
    (
        "{file} looks like {found}, not a table: export the data as CSV, TSV or Excel (.xlsx) and drop that file instead.",
        "{file} 看起来是{found}，不是表格：请将数据导出为 CSV、TSV 或 Excel（.xlsx），再拖放该文件。",
    ),
    (
        "{file} has a header on line {line} but no data rows below it.",
        "{file} 的第 {line} 行是表头，但下面没有数据行。",
    ),
    (
        "{file}: the encoding \"{name}\" is not known; expected a name such as UTF-8, Shift_JIS, EUC-KR, GBK, Big5 or windows-1252.",
        "{file}：无法识别编码“{name}”；应为 UTF-8、Shift_JIS、EUC-KR、GBK、Big5 或 windows-1252 等名称。",
    ),
    (
        "{file} has no sheet named \"{sheet}\"; its sheets are: {available}.",
        "{file} 没有名为“{sheet}”的工作表；现有工作表：{available}。",
    ),
    (
        "{file} could not be read as an Excel workbook: {reason}.",
        "无法将 {file} 读取为 Excel 工作簿：{reason}。",
    ),
    // Column mapping (src/core/schema, src/core/pipeline.rs)
    (
        " (from {min} to {max})",
        "（{min} 至 {max}）",
    ),
    (
        " such as “{example}”",
        "（例如“{example}”）",
    ),
    (
        "it holds {found}{example}{range}, expected {expected}",
        "内容为{found}{example}{range}，但应为{expected}",
    ),
    (
        "dates",
        "日期",
    ),
    (
        "numbers",
        "数字",
    ),
    (
        "percentages",
        "百分比",
    ),
    (
        "yes/no values",
        "是/否值",
    ),
    (
        "whole numbers from 0 to 10",
        "0 至 10 的整数",
    ),
    (
        "positions of 1 or more",
        "1 及以上的排名",
    ),
    (
        "identifiers (text or numbers)",
        "标识符（文本或数字）",
    ),
    (
        "yes/no values or words such as won / lost",
        "是/否值，或“赢单/输单”等词",
    ),
    (
        "orders",
        "订单数据",
    ),
    (
        "traffic reports",
        "流量报表",
    ),
    (
        "page reports",
        "页面报表",
    ),
    (
        "ad reports",
        "广告报表",
    ),
    (
        "cost ledgers",
        "费用明细",
    ),
    (
        "leads",
        "线索数据",
    ),
    (
        "email campaign reports",
        "邮件营销活动报表",
    ),
    (
        "social reports",
        "社交媒体报表",
    ),
    (
        "survey responses",
        "问卷答复",
    ),
    (
        "subscriptions",
        "订阅数据",
    ),
    (
        "search console reports",
        "Search Console 报表",
    ),
    (
        "no columns",
        "没有任何列",
    ),
    (
        "no column name or value matched a known kind of export; found: {found}",
        "没有任何列名或值符合已知的导出类型；找到的列：{found}",
    ),
    (
        "{kind} need a {roles} column; found: {found}",
        "{kind}需要“{roles}”列；找到的列：{found}",
    ),
    (
        "{kind} need an {roles} column; found: {found}",
        "{kind}需要“{roles}”列；找到的列：{found}",
    ),
    (
        "{first} or {rest}",
        "{first}或{rest}",
    ),
    (
        "{kind} need a column for {roles}",
        "{kind}需要“{roles}”列",
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
        "{file}，第 {number} 列“{column}”：不能作为{kind}的“{role}”：{reason}",
    ),
    (
        "{file}: columns {first_number} “{first}” and {second_number} “{second}” are both mapped to {role}; keep one",
        "{file}：第 {first_number} 列“{first}”和第 {second_number} 列“{second}”都对应到“{role}”；请只保留一个",
    ),
    (
        "{rows} rows rejected, {values} values not understood",
        "{rows} 行被拒绝，{values} 个值无法识别",
    ),
    (
        "{message} (column “{column}” is named like the {role} but {reason})",
        "{message}（“{column}”列的名称像是“{role}”，但{reason}）",
    ),
    // Column role names (src/core/i18n/roles.rs)
    (
        "Order date",
        "订单日期",
    ),
    (
        "Order ID",
        "订单号",
    ),
    (
        "Amount",
        "金额",
    ),
    (
        "Subtotal",
        "小计",
    ),
    (
        "Quantity",
        "数量",
    ),
    (
        "Unit price",
        "单价",
    ),
    (
        "Customer ID",
        "客户 ID",
    ),
    (
        "Company",
        "公司",
    ),
    (
        "Product",
        "产品",
    ),
    (
        "Product name",
        "产品名称",
    ),
    (
        "Category",
        "品类",
    ),
    (
        "Status",
        "状态",
    ),
    (
        "Channel",
        "渠道",
    ),
    (
        "Campaign",
        "活动",
    ),
    (
        "Country",
        "国家/地区",
    ),
    (
        "Currency",
        "币种",
    ),
    (
        "Discount",
        "折扣",
    ),
    (
        "Shipping",
        "运费",
    ),
    (
        "Tax",
        "税费",
    ),
    (
        "Cost of goods",
        "销货成本",
    ),
    (
        "Profit",
        "利润",
    ),
    (
        "Fulfilment date",
        "发货日期",
    ),
    (
        "Sales rep",
        "销售代表",
    ),
    (
        "Date",
        "日期",
    ),
    (
        "Sessions",
        "会话数",
    ),
    (
        "Users",
        "用户数",
    ),
    (
        "New users",
        "新用户",
    ),
    (
        "Returning users",
        "回访用户",
    ),
    (
        "Engaged sessions",
        "互动会话数",
    ),
    (
        "Bounces",
        "跳出次数",
    ),
    (
        "Bounce rate",
        "跳出率",
    ),
    (
        "Page views",
        "浏览量",
    ),
    (
        "Average engagement time",
        "平均互动时长",
    ),
    (
        "Source",
        "来源",
    ),
    (
        "Medium",
        "媒介",
    ),
    (
        "Landing page",
        "着陆页",
    ),
    (
        "Product views",
        "商品浏览量",
    ),
    (
        "Add-to-carts",
        "加购次数",
    ),
    (
        "Checkouts",
        "发起结账次数",
    ),
    (
        "Purchases",
        "购买次数",
    ),
    (
        "Leads",
        "线索",
    ),
    (
        "Conversions",
        "转化次数",
    ),
    (
        "Revenue",
        "收入",
    ),
    (
        "Page",
        "页面",
    ),
    (
        "Views",
        "浏览次数",
    ),
    (
        "Entrances",
        "入口次数",
    ),
    (
        "Average time on page",
        "平均页面停留时长",
    ),
    (
        "CTA clicks",
        "CTA 点击次数",
    ),
    (
        "Spend",
        "花费",
    ),
    (
        "Impressions",
        "展示次数",
    ),
    (
        "Clicks",
        "点击次数",
    ),
    (
        "Conversion value",
        "转化价值",
    ),
    (
        "Budget",
        "预算",
    ),
    (
        "Cost category",
        "费用类别",
    ),
    (
        "Planned amount",
        "计划金额",
    ),
    (
        "Earned value",
        "挣值",
    ),
    (
        "Lead ID",
        "线索 ID",
    ),
    (
        "Created date",
        "创建日期",
    ),
    (
        "Stage",
        "阶段",
    ),
    (
        "Originated by",
        "来源部门",
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
        "成交日期",
    ),
    (
        "Won",
        "是否赢单",
    ),
    (
        "Owner",
        "负责人",
    ),
    (
        "Send date",
        "发送日期",
    ),
    (
        "Sent",
        "发送数",
    ),
    (
        "Delivered",
        "送达数",
    ),
    (
        "Opens",
        "打开数",
    ),
    (
        "Unsubscribes",
        "退订数",
    ),
    (
        "Spam reports",
        "垃圾邮件举报数",
    ),
    (
        "New subscribers",
        "新订阅者",
    ),
    (
        "Platform",
        "平台",
    ),
    (
        "Reach",
        "覆盖人数",
    ),
    (
        "Followers",
        "粉丝数",
    ),
    (
        "New followers",
        "新增粉丝",
    ),
    (
        "Reactions",
        "点赞数",
    ),
    (
        "Comments",
        "评论数",
    ),
    (
        "Shares",
        "分享次数",
    ),
    (
        "Score",
        "评分",
    ),
    (
        "Respondent",
        "受访者",
    ),
    (
        "Segment",
        "细分",
    ),
    (
        "Comment",
        "意见",
    ),
    (
        "Start date",
        "开始日期",
    ),
    (
        "Billing interval",
        "计费周期",
    ),
    (
        "End date",
        "结束日期",
    ),
    (
        "Plan",
        "套餐",
    ),
    (
        "Search query",
        "搜索查询",
    ),
    (
        "Position",
        "排名",
    ),
];
