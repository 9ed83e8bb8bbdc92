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
        "aligned",
        "空格对齐",
    ),
    (
        "no delimiter fits; the columns are aligned with spaces",
        "没有合适的分隔符，各列以空格对齐",
    ),
    (
        "No delimiter: the columns are aligned with spaces, so each line was cut where the header's columns start (characters {positions}).",
        "无分隔符：各列以空格对齐，因此在表头各列的起始位置（第 {positions} 个字符）切分每一行。",
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
        "{file}: the browser could not read this file",
        "{file}：浏览器无法读取此文件",
    ),
    (
        "{file}: the file was read but could not be handed over to the page ({detail}); please add it again",
        "{file}：文件已读取，但无法传递给页面（{detail}），请重新添加",
    ),
    (
        "{file}: the worker holding the data stopped ({detail}); please add the file again",
        "{file}：保存数据的后台进程已停止（{detail}），请重新添加文件",
    ),
    (
        "{file}: reading stopped unexpectedly ({detail})",
        "{file}：读取意外中止（{detail}）",
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
    // KPI reasons, warnings and steps (src/core/kpi)
    (
        "Add to cart",
        "加入购物车",
    ),
    (
        "Checkout",
        "发起结账",
    ),
    (
        "Purchase",
        "购买",
    ),
    (
        "Lead",
        "线索",
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
        "商机",
    ),
    (
        "Won",
        "赢单",
    ),
    (
        "Cart abandonment: there are more purchases than add-to-carts in the period; the rate is shown as 0",
        "购物车放弃率：期间内的购买次数多于加购次数，因此显示为 0",
    ),
    (
        "The comparison period ({period}) has no data: choose a shorter period or another comparison to see growth",
        "对比期间（{period}）没有数据：请选择更短的期间或其他对比方式以查看增长",
    ),
    (
        "Choose a comparison (previous period or previous year) to see growth",
        "请选择对比基准（上一周期或去年同期）以查看增长率",
    ),
    (
        "Funnel: the step \"{name}\" ({count}) is larger than the step before, \"{prev_name}\" ({prev}); the export counts these steps differently (events rather than sessions?)",
        "漏斗：“{name}”步骤（{count}）大于前一步骤“{prev_name}”（{prev}）；导出文件对这些步骤的统计口径不同（按事件而非会话统计？）",
    ),
    (
        "Pipeline funnel: more leads reached \"{name}\" ({count}) than \"{prev_name}\" ({prev}); check the stage mapping",
        "销售漏斗：到达“{name}”的线索（{count}）多于“{prev_name}”（{prev}）；请检查阶段映射",
    ),
    (
        "Needs customers ordering in two consecutive windows before the period's end (at least 8 weeks of data)",
        "需要在周期结束前连续两个时间窗口都有下单的客户（至少 8 周的数据）",
    ),
    (
        "Needs new customers and revenue from active customers in the period",
        "需要周期内的新客户和活跃客户收入",
    ),
    (
        "No MRR at the start of the period",
        "周期开始时没有 MRR",
    ),
    (
        "No active subscription at the end of the period",
        "周期结束时没有有效订阅",
    ),
    (
        "No ad clicks in the period",
        "周期内没有广告点击",
    ),
    (
        "No ad conversions in the period",
        "周期内没有广告转化",
    ),
    (
        "No ad impressions in the period",
        "周期内没有广告展示",
    ),
    (
        "No ad spend in the period",
        "周期内没有广告花费",
    ),
    (
        "No add-to-cart in the period",
        "周期内没有加购",
    ),
    (
        "No cohort acquired in the period has a following month in the data yet",
        "周期内获取的同期群都还没有下个月的数据",
    ),
    (
        "No completed order with a cost or profit in the period",
        "周期内没有含成本或利润的已完成订单",
    ),
    (
        "No completed order with a fulfilment date in the period",
        "周期内没有含发货日期的已完成订单",
    ),
    (
        "No completed order with a time of day in the period",
        "周期内没有含下单时间的已完成订单",
    ),
    (
        "No completed orders in the period",
        "周期内没有已完成的订单",
    ),
    (
        "No costs in the period",
        "周期内没有费用",
    ),
    (
        "No customer had an active subscription at the start of the period",
        "周期开始时没有客户持有有效订阅",
    ),
    (
        "No customer has ordered yet",
        "尚无客户下单",
    ),
    (
        "No customer ordered in the previous period of equal length ({period})",
        "同等长度的上一周期（{period}）没有客户下单",
    ),
    (
        "No deal won in the period with a creation and a close date",
        "周期内没有同时具有创建日期和成交日期的赢单",
    ),
    (
        "No deal won or lost in the period",
        "周期内没有赢单或输单",
    ),
    (
        "No email delivered in the period",
        "周期内没有送达的邮件",
    ),
    (
        "No follower count in the period",
        "周期内没有粉丝数",
    ),
    (
        "No lead created in the period",
        "周期内没有新建线索",
    ),
    (
        "No lead created in the period became an MQL",
        "周期内创建的线索都没有成为 MQL",
    ),
    (
        "No marketing or sales costs in the period",
        "周期内没有营销或销售费用",
    ),
    (
        "No marketing spend in the period",
        "周期内没有营销支出",
    ),
    (
        "No new customers in the period",
        "周期内没有新客户",
    ),
    (
        "No new customers in the period (no CAC)",
        "周期内没有新客户（无 CAC）",
    ),
    (
        "No orders in the period",
        "周期内没有订单",
    ),
    (
        "No orders with a customer in the period",
        "周期内没有含客户信息的订单",
    ),
    (
        "No page entrances in the period",
        "周期内没有页面入口次数",
    ),
    (
        "No page views in the period",
        "周期内没有页面浏览",
    ),
    (
        "No planned budget in the period",
        "周期内没有计划预算",
    ),
    (
        "No revenue in the comparison period",
        "对比周期没有收入",
    ),
    (
        "No revenue in the period",
        "周期内没有收入",
    ),
    (
        "No search impressions in the period",
        "周期内没有搜索展示",
    ),
    (
        "No sessions in the period",
        "周期内没有会话",
    ),
    (
        "No social impressions in the period",
        "周期内没有社交媒体展示",
    ),
    (
        "No survey response in the period",
        "周期内没有问卷答复",
    ),
    (
        "No users in the period",
        "周期内没有用户",
    ),
    (
        "No won deal with an originator in the period",
        "周期内没有记录来源部门的赢单",
    ),
    (
        "The ad spend ({a}) and the cost ledger ({b}) are in different currencies; pick one currency",
        "广告花费（{a}）与费用明细（{b}）的币种不同；请选择一种币种",
    ),
    (
        "The costs ({a}) and the ad spend ({b}) are in different currencies; pick one currency",
        "费用（{a}）与广告花费（{b}）的币种不同；请选择一种币种",
    ),
    (
        "The data mixes currencies ({currencies}); pick one currency to see money figures",
        "数据混用多种币种（{currencies}）；请选择一种币种以查看金额",
    ),
    (
        "The orders mix currencies ({currencies}); pick one currency to see money figures",
        "订单混用多种币种（{currencies}）；请选择一种币种以查看金额",
    ),
    (
        "The subscriptions mix currencies ({currencies}); pick one currency to see money figures",
        "订阅混用多种币种（{currencies}）；请选择一种币种以查看金额",
    ),
    (
        "The filter on {role} does not apply to the orders: they have no such column",
        "“{role}”筛选条件不适用于订单：订单没有该列",
    ),
    (
        "The gross-profit return needs a cost (COGS) or profit column in the orders",
        "按毛利计算的回报需要订单中的成本（COGS）或利润列",
    ),
    (
        "The predicted CLV needs customers ordering in two consecutive windows before the period's end",
        "预测 CLV 需要在周期结束前连续两个时间窗口都有下单的客户",
    ),
    (
        "Unknown order statuses counted as completed: {statuses}",
        "按已完成统计的未知订单状态：{statuses}",
    ),
    (
        "{count} NPS score is not a whole number from 0 to 10 and was left out",
        "有 {count} 个 NPS 评分不是 0 至 10 的整数，已排除",
    ),
    (
        "{count} NPS scores are not whole numbers from 0 to 10 and were left out",
        "有 {count} 个 NPS 评分不是 0 至 10 的整数，已排除",
    ),
    (
        "{file} has no category column: its costs count in CAC and ROI, but not in marketing spend",
        "{file} 没有类别列：其费用计入 CAC 和 ROI，但不计入营销支出",
    ),
    (
        "{file} has no date column: its figures cover all its rows whatever the period, without comparison",
        "{file} 没有日期列：其数字涵盖所有行，不受周期影响，也无法对比",
    ),
    (
        "{file}: no amount (or quantity and unit price) column, so the file is not used for order KPIs",
        "{file}：没有金额（或数量和单价）列，因此不用于订单 KPI",
    ),
    (
        "{file}: no order date column with dates, so the file is not used for order KPIs",
        "{file}：没有含日期的订单日期列，因此不用于订单 KPI",
    ),
    (
        "{file}: the amount is repeated on every line of an order, so it is counted once per order",
        "{file}：金额在订单的每一行都重复出现，因此每个订单只计算一次",
    ),
    (
        "{file}: {count} row without an order date was left out",
        "{file}：已排除 {count} 行没有订单日期的数据",
    ),
    (
        "{file}: {count} rows without an order date were left out",
        "{file}：已排除 {count} 行没有订单日期的数据",
    ),
    (
        "{file}: {count} subscription has no known billing interval and is taken as monthly",
        "{file}：有 {count} 个订阅的计费周期不明，按月计算",
    ),
    (
        "{file}: {count} subscriptions have no known billing interval and are taken as monthly",
        "{file}：有 {count} 个订阅的计费周期不明，按月计算",
    ),
    // What unlocks a KPI ("needs …", src/core/kpi)
    (
        "needs a CRM leads export with a close date",
        "需要含成交日期的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with a creation date",
        "需要含创建日期的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with a stage",
        "需要含阶段的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with a stage or MQL date",
        "需要含阶段或 MQL 日期的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with a stage or SQL date",
        "需要含阶段或 SQL 日期的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with a won flag or stage",
        "需要含是否赢单或阶段的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with a won flag or stage and a close date",
        "需要含是否赢单或阶段，以及成交日期的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with an originated-by column",
        "需要含来源部门列的 CRM 线索导出文件",
    ),
    (
        "needs a CRM leads export with stages or MQL / SQL dates",
        "需要含阶段或 MQL/SQL 日期的 CRM 线索导出文件",
    ),
    (
        "needs a close date column in the leads export",
        "线索导出文件需要成交日期列",
    ),
    (
        "needs a conversion value column in the ads export, or orders whose campaign or channel matches the ads'",
        "需要广告导出文件中的转化价值列，或活动、渠道与广告一致的订单",
    ),
    (
        "needs a cost ledger or an ads export (the cost)",
        "需要费用明细或广告导出文件（作为成本）",
    ),
    (
        "needs a cost ledger with a category column (marketing / sales)",
        "需要含类别列（营销/销售）的费用明细",
    ),
    (
        "needs a cost ledger with a marketing / sales category",
        "需要含营销/销售类别的费用明细",
    ),
    (
        "needs a cost ledger with a planned (budget) column",
        "需要含计划（预算）列的费用明细",
    ),
    (
        "needs a cost ledger with a planned (budget) or earned value column",
        "需要含计划（预算）或挣值列的费用明细",
    ),
    (
        "needs a cost ledger with an earned value column",
        "需要含挣值列的费用明细",
    ),
    (
        "needs a followers or new followers column in the social export",
        "社交媒体导出文件需要粉丝数或新增粉丝列",
    ),
    (
        "needs a leads column in the web analytics export, or a CRM leads export",
        "需要网站分析导出文件中的线索列，或 CRM 线索导出文件",
    ),
    (
        "needs a pages export with CTA clicks",
        "需要含 CTA 点击次数的页面导出文件",
    ),
    (
        "needs a pages export with time on page, or a web analytics export with engagement time",
        "需要含页面停留时长的页面导出文件，或含互动时长的网站分析导出文件",
    ),
    (
        "needs a pages export, or a web analytics export with page views",
        "需要页面导出文件，或含浏览量的网站分析导出文件",
    ),
    (
        "needs a planned (budget) column in the cost ledger",
        "费用明细需要计划（预算）列",
    ),
    (
        "needs a planned (budget) or earned value column in the cost ledger",
        "费用明细需要计划（预算）或挣值列",
    ),
    (
        "needs a position column in the search console export",
        "Search Console 导出文件需要排名列",
    ),
    (
        "needs a product, category, channel, country, customer or sales rep column in the orders",
        "订单需要产品、品类、渠道、国家/地区、客户或销售代表列",
    ),
    (
        "needs a reach or impressions column in the social export",
        "社交媒体导出文件需要覆盖人数或展示次数列",
    ),
    (
        "needs a search console export",
        "需要 Search Console 导出文件",
    ),
    (
        "needs a search console export with a position column",
        "需要含排名列的 Search Console 导出文件",
    ),
    (
        "needs a social analytics export with followers or new followers",
        "需要含粉丝数或新增粉丝的社交媒体分析导出文件",
    ),
    (
        "needs a social analytics export with reach or impressions",
        "需要含覆盖人数或展示次数的社交媒体分析导出文件",
    ),
    (
        "needs a social analytics export with reactions, comments or shares and impressions or reach",
        "需要含点赞、评论或分享，以及展示次数或覆盖人数的社交媒体分析导出文件",
    ),
    (
        "needs a stage or MQL / SQL date columns in the leads export",
        "线索导出文件需要阶段列或 MQL/SQL 日期列",
    ),
    (
        "needs a stage or {role} column in the leads export",
        "线索导出文件需要阶段或“{role}”列",
    ),
    (
        "needs a subscriptions export with customer, start date and amount",
        "需要含客户、开始日期和金额的订阅导出文件",
    ),
    (
        "needs a subscriptions export with customer, start date, amount and end date",
        "需要含客户、开始日期、金额和结束日期的订阅导出文件",
    ),
    (
        "needs a web analytics export with a landing page column",
        "需要含着陆页列的网站分析导出文件",
    ),
    (
        "needs a web analytics export with a landing page column and purchases, conversions or leads",
        "需要含着陆页列，以及购买、转化或线索的网站分析导出文件",
    ),
    (
        "needs a web analytics export with a source or medium column",
        "需要含来源或媒介列的网站分析导出文件",
    ),
    (
        "needs a web analytics export with a source, medium or channel column",
        "需要含来源、媒介或渠道列的网站分析导出文件",
    ),
    (
        "needs a web analytics export with add-to-carts and purchases",
        "需要含加购次数和购买次数的网站分析导出文件",
    ),
    (
        "needs a web analytics export with leads, or a leads export and a web analytics export",
        "需要含线索的网站分析导出文件，或线索导出文件加网站分析导出文件",
    ),
    (
        "needs a web analytics export with product views, add-to-carts, checkouts or purchases",
        "需要含商品浏览、加购、发起结账或购买的网站分析导出文件",
    ),
    (
        "needs a web analytics export with sessions (and purchases, or an orders export)",
        "需要含会话（以及购买或订单导出文件）的网站分析导出文件",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions (the chosen bounce-rate variant)",
        "需要含会话和互动会话的网站分析导出文件（所选的跳出率算法）",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions, bounces or a bounce rate, or a pages export with bounces",
        "需要含会话及互动会话、跳出次数或跳出率的网站分析导出文件，或含跳出次数的页面导出文件",
    ),
    (
        "needs a web analytics export with sessions and product views, add-to-carts, checkouts or purchases",
        "需要含会话，以及商品浏览、加购、发起结账或购买的网站分析导出文件",
    ),
    (
        "needs a web analytics export with sessions or users by date",
        "需要含按日期的会话或用户的网站分析导出文件",
    ),
    (
        "needs a web analytics export with users and new or returning users",
        "需要含用户，以及新用户或回访用户的网站分析导出文件",
    ),
    (
        "needs a web analytics or pages export with a bounces column (the chosen bounce-rate variant)",
        "需要含跳出次数列的网站分析或页面导出文件（所选的跳出率算法）",
    ),
    (
        "needs a web analytics or pages export with bounces, engaged sessions or a bounce rate",
        "需要含跳出次数、互动会话或跳出率的网站分析或页面导出文件",
    ),
    (
        "needs a won column or a stage column in the leads export",
        "线索导出文件需要是否赢单列或阶段列",
    ),
    (
        "needs a {role} column in the email export",
        "邮件导出文件需要“{role}”列",
    ),
    (
        "needs an NPS survey export with a 0–10 score column",
        "需要含 0–10 评分列的 NPS 问卷导出文件",
    ),
    (
        "needs an ads export or a cost ledger, and an orders or leads export",
        "需要广告导出文件或费用明细，以及订单或线索导出文件",
    ),
    (
        "needs an ads export with clicks and impressions",
        "需要含点击次数和展示次数的广告导出文件",
    ),
    (
        "needs an ads export with spend (and conversion value, or an orders export with channel or campaign)",
        "需要含花费（以及转化价值，或含渠道或活动的订单导出文件）的广告导出文件",
    ),
    (
        "needs an ads export with spend and clicks",
        "需要含花费和点击次数的广告导出文件",
    ),
    (
        "needs an ads export with spend and conversion value (or an orders export with channel or campaign)",
        "需要含花费和转化价值的广告导出文件（或含渠道或活动的订单导出文件）",
    ),
    (
        "needs an ads export with spend and conversions",
        "需要含花费和转化次数的广告导出文件",
    ),
    (
        "needs an ads export with spend or a cost ledger",
        "需要含花费的广告导出文件或费用明细",
    ),
    (
        "needs an ads export with spend, or a cost ledger",
        "需要含花费的广告导出文件，或费用明细",
    ),
    (
        "needs an earned value column in the cost ledger",
        "费用明细需要挣值列",
    ),
    (
        "needs an email campaign export with clicks",
        "需要含点击次数的邮件营销活动导出文件",
    ),
    (
        "needs an email campaign export with opens",
        "需要含打开数的邮件营销活动导出文件",
    ),
    (
        "needs an email campaign export with unsubscribes",
        "需要含退订数的邮件营销活动导出文件",
    ),
    (
        "needs an orders export (the return) and a cost ledger or an ads export (the cost)",
        "需要订单导出文件（回报），以及费用明细或广告导出文件（成本）",
    ),
    (
        "needs an orders export and a cost ledger (or an ads export)",
        "需要订单导出文件和费用明细（或广告导出文件）",
    ),
    (
        "needs an orders export whose order date has a time of day",
        "需要订单日期含时间的订单导出文件",
    ),
    (
        "needs an orders export with a channel or campaign column",
        "需要含渠道或活动列的订单导出文件",
    ),
    (
        "needs an orders export with a channel, source or campaign column",
        "需要含渠道、来源或活动列的订单导出文件",
    ),
    (
        "needs an orders export with a cost (COGS) or profit column",
        "需要含成本（COGS）或利润列的订单导出文件",
    ),
    (
        "needs an orders export with a customer column, or a subscriptions export",
        "需要含客户列的订单导出文件，或订阅导出文件",
    ),
    (
        "needs an orders export with a customer id (or company) column",
        "需要含客户 ID（或公司）列的订单导出文件",
    ),
    (
        "needs an orders export with a date and an amount",
        "需要含日期和金额的订单导出文件",
    ),
    (
        "needs an orders export with a date and an amount (or quantity and unit price)",
        "需要含日期和金额（或数量和单价）的订单导出文件",
    ),
    (
        "needs an orders export with a fulfilment (shipped) date column",
        "需要含发货日期列的订单导出文件",
    ),
    (
        "needs an orders export with a product, category, channel, country, customer or sales rep column",
        "需要含产品、品类、渠道、国家/地区、客户或销售代表列的订单导出文件",
    ),
    (
        "needs an orders export with a quantity column",
        "需要含数量列的订单导出文件",
    ),
    (
        "needs an orders export with a status column",
        "需要含状态列的订单导出文件",
    ),
    (
        "needs an orders export with customer ids (for revenue per customer)",
        "需要含客户 ID 的订单导出文件（用于计算每位客户收入）",
    ),
    (
        "needs an orders export with customer ids, or a leads export with won deals and close dates",
        "需要含客户 ID 的订单导出文件，或含赢单和成交日期的线索导出文件",
    ),
    (
        "needs an orders export with customers and an ads export or cost ledger",
        "需要含客户的订单导出文件，以及广告导出文件或费用明细",
    ),
    (
        "needs an originated-by (marketing / sales) column in the leads export",
        "线索导出文件需要来源部门（营销/销售）列",
    ),
    (
        "needs order dates with a time of day (the orders only have dates)",
        "需要含时间的订单日期（当前订单只有日期）",
    ),
    (
        "needs purchases or conversions in the web analytics export, or an orders export for the same dates",
        "需要网站分析导出文件中的购买或转化，或同一时间段的订单导出文件",
    ),
    (
        "needs reactions, comments, shares or clicks and impressions or reach in the social export",
        "社交媒体导出文件需要点赞、评论、分享或点击，以及展示次数或覆盖人数",
    ),
    // Charts: summaries for screen readers, table headers, labels (src/core/chart, src/core/present.rs)
    (
        "No data",
        "暂无数据",
    ),
    (
        "Trend",
        "趋势",
    ),
    (
        "Chart",
        "图表",
    ),
    (
        "{title}: no data.",
        "{title}：暂无数据。",
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
        "合计 {value}",
    ),
    (
        ", {count} category",
        "，{count} 个类别",
    ),
    (
        ", {count} categories",
        "，{count} 个类别",
    ),
    (
        "largest total {value} for {name}",
        "合计最高 {value}（{name}）",
    ),
    (
        ", {categories} categories in {series} series",
        "，{categories} 个类别、{series} 个系列",
    ),
    (
        "{name} {value}",
        "{name} {value}",
    ),
    (
        "{name} {value} ({rate} of previous step)",
        "{name} {value}（为上一步骤的 {rate}）",
    ),
    (
        "overall conversion {rate}",
        "总转化率 {rate}",
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
        "{count} 个单元格没有数据",
    ),
    (
        "{count} cells without data",
        "{count} 个单元格没有数据",
    ),
    (
        ", {rows} rows by {columns} columns",
        "，{rows} 行 × {columns} 列",
    ),
    (
        " of {count} point",
        "（{count} 个数据点）",
    ),
    (
        " of {count} points",
        "（{count} 个数据点）",
    ),
    (
        "from {first} to {last}",
        "从 {first} 到 {last}",
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
        "周期",
    ),
    (
        "Value",
        "数值",
    ),
    (
        "Total",
        "合计",
    ),
    (
        "Step",
        "步骤",
    ),
    (
        "Count",
        "数量",
    ),
    (
        "Of previous step",
        "占上一步骤",
    ),
    (
        "Of first step",
        "占第一步骤",
    ),
    (
        "Change",
        "变动",
    ),
    (
        "Running total",
        "累计",
    ),
    (
        "Point",
        "数据点",
    ),
    (
        "days",
        "天",
    ),
    (
        "(not set)",
        "（未设置）",
    ),
    (
        "Other",
        "其他",
    ),
    (
        "Organic search",
        "自然搜索",
    ),
    (
        "Paid search",
        "付费搜索",
    ),
    (
        "Social",
        "社交媒体",
    ),
    (
        "Email",
        "电子邮件",
    ),
    (
        "Referral",
        "引荐",
    ),
    (
        "Direct",
        "直接访问",
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
        "缩减 MRR",
    ),
    (
        "Expansion MRR",
        "扩展 MRR",
    ),
    (
        "Net revenue retention",
        "净收入留存率",
    ),
    (
        "Mean",
        "平均值",
    ),
    (
        "Median",
        "中位数",
    ),
    (
        "Ad spend",
        "广告花费",
    ),
    (
        "Ad clicks",
        "广告点击次数",
    ),
    (
        "Ad conversions",
        "广告转化次数",
    ),
    (
        "Ad conversion value",
        "广告转化价值",
    ),
    (
        "Marketing costs",
        "营销费用",
    ),
    (
        "Marketing spend",
        "营销支出",
    ),
    (
        "Attributed revenue",
        "归因收入",
    ),
    (
        "Costs",
        "费用",
    ),
    (
        "Actual costs",
        "实际费用",
    ),
    (
        "Return",
        "回报",
    ),
    (
        "Return multiple",
        "回报倍数",
    ),
    (
        "New customers",
        "新客户",
    ),
    (
        "Customers",
        "客户",
    ),
    (
        "Window (days)",
        "时间窗口（天）",
    ),
    (
        "Click-to-open rate",
        "点击打开率（CTOR）",
    ),
    (
        "Net change",
        "净变动",
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
        "目标值：“{value}”不是数字",
    ),
    (
        "Deadline: \"{value}\" is not a date (expected YYYY-MM-DD)",
        "截止日期：“{value}”不是日期（格式应为 YYYY-MM-DD）",
    ),
    (
        "{value} s",
        "{value} 秒",
    ),
    (
        "{value} mo",
        "{value} 个月",
    ),
    (
        "week of {date}",
        "{date} 当周",
    ),
    (
        "Cost ledger: marketing",
        "费用明细：营销",
    ),
    // Share and snapshot links (src/core/share)
    (
        "Some figures in this snapshot were not valid and were left out: {figures}.",
        "此快照中有部分数字无效，已忽略：{figures}。",
    ),
    (
        "Some figures in this snapshot were not valid and were left out: {figures}; and {count} more.",
        "此快照中有部分数字无效，已忽略：{figures}；另有 {count} 项。",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}.",
        "此链接中有部分设置无效，已使用默认值：{issues}。",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}; and {count} more.",
        "此链接中有部分设置无效，已使用默认值：{issues}；另有 {count} 项。",
    ),
    (
        "This is a dashboard link, not a snapshot link.",
        "这是仪表板链接，不是快照链接。",
    ),
    (
        "This is a snapshot link, not a dashboard link; opened with default settings.",
        "这是快照链接，不是仪表板链接；已按默认设置打开。",
    ),
    (
        "This link is damaged or incomplete: {detail}. Opened with default settings.",
        "此链接已损坏或不完整：{detail}。已按默认设置打开。",
    ),
    (
        "This link was made by a newer version of kpiboard; opened with default settings.",
        "此链接由较新版本的 kpiboard 创建；已按默认设置打开。",
    ),
    (
        "This snapshot link is damaged or incomplete: {detail}.",
        "此快照链接已损坏或不完整：{detail}。",
    ),
    (
        "This snapshot was made by a newer version of kpiboard; it cannot be shown here.",
        "此快照由较新版本的 kpiboard 创建，无法在此显示。",
    ),
    (
        "This snapshot would be a {chars}-character link, more than the {max} allowed; hide some cards or shorten the note and try again.",
        "此快照链接将有 {chars} 个字符，超过上限 {max}；请隐藏部分卡片或缩短备注后重试。",
    ),
    (
        "it is a different sort of kpiboard link",
        "这是另一种 kpiboard 链接",
    ),
    (
        "it is {chars} characters long, more than the {max} a kpiboard link can have",
        "长度为 {chars} 个字符，超过 kpiboard 链接上限 {max}",
    ),
    (
        "it was made by a newer version of kpiboard",
        "由较新版本的 kpiboard 创建",
    ),
    (
        "the part after \"#\" should start with a version such as \"v1.\" but starts with {start}",
        "“#”之后应以“v1.”这类版本开头，但开头是 {start}",
    ),
    (
        "the settings are not valid base64url text ({detail})",
        "设置不是有效的 base64url 文本（{detail}）",
    ),
    (
        "the settings could not be unpacked (the link was cut short or altered)",
        "无法解压设置（链接被截断或修改）",
    ),
    (
        "the settings unpack to more than {max} bytes, which no real dashboard needs",
        "设置解压后超过 {max} 字节，真实的仪表板不需要这么多",
    ),
    (
        "the unpacked settings are not readable ({detail})",
        "解压后的设置无法读取（{detail}）",
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
        "Won (yes/no)",
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
    // Chart hovers (src/core/chart/plot)
    (
        "{name}: {change} (running total {total})",
        "{name}：{change}（累计 {total}）",
    ),
    // Import report: a date pattern with an example (src/core/format.rs)
    (
        "{pattern} (e.g. {example})",
        "{pattern}（例如 {example}）",
    ),
    // Generated name of a column without a header (src/core/i18n/mod.rs)
    (
        "Column {number}",
        "第 {number} 列",
    ),
    // Reading progress of a file (src/core/present.rs)
    (
        "{read} / {total} MB",
        "{read} / {total} MB",
    ),
    // Landmark names (src/ui/components)
    (
        "Controls",
        "视图设置",
    ),
    // Names of known export formats (src/core/schema/presets.rs)
    (
        "Shopify orders",
        "Shopify 订单",
    ),
    (
        "WooCommerce orders",
        "WooCommerce 订单",
    ),
    (
        "Magento orders",
        "Magento 订单",
    ),
    (
        "PrestaShop orders",
        "PrestaShop 订单",
    ),
    (
        "PrestaShop orders (French)",
        "PrestaShop 订单（法语）",
    ),
    (
        "Cafe24 orders",
        "Cafe24 订单",
    ),
    (
        "Naver Smart Store orders",
        "Naver Smart Store 订单",
    ),
    (
        "Rakuten orders",
        "乐天订单",
    ),
    (
        "Amazon Seller Central orders",
        "亚马逊卖家平台订单",
    ),
    (
        "Stripe invoices",
        "Stripe 发票",
    ),
    (
        "GA4 traffic acquisition",
        "GA4 流量获取",
    ),
    (
        "GA4 source / medium report",
        "GA4 来源/媒介报告",
    ),
    (
        "GA4 pages and screens",
        "GA4 网页和屏幕",
    ),
    (
        "Universal Analytics",
        "Universal Analytics",
    ),
    (
        "Universal Analytics pages",
        "Universal Analytics 网页",
    ),
    (
        "Google Ads campaigns",
        "Google Ads 广告系列",
    ),
    (
        "LinkedIn Ads campaigns",
        "LinkedIn 广告活动",
    ),
    (
        "Meta Ads campaigns",
        "Meta 广告系列",
    ),
    (
        "Mailchimp campaigns",
        "Mailchimp 营销活动",
    ),
    (
        "HubSpot contacts",
        "HubSpot 联系人",
    ),
    (
        "HubSpot deals",
        "HubSpot 交易",
    ),
    (
        "Salesforce opportunities",
        "Salesforce 业务机会",
    ),
    (
        "Pipedrive deals",
        "Pipedrive 交易",
    ),
    (
        "Stripe subscriptions",
        "Stripe 订阅",
    ),
    (
        "Search Console queries",
        "Search Console 查询",
    ),
    (
        "Search Console pages",
        "Search Console 网页",
    ),
    (
        "Search Console dates",
        "Search Console 日期",
    ),
    (
        "Delighted responses",
        "Delighted 回复",
    ),
    (
        "SurveyMonkey responses",
        "SurveyMonkey 回复",
    ),
    (
        "Typeform responses",
        "Typeform 回复",
    ),
    (
        "no-break space",
        "不换行空格",
    ),
    (
        "narrow no-break space",
        "窄不换行空格",
    ),
    (
        "Number",
        "数字",
    ),
    (
        "Amount of money",
        "金额",
    ),
    (
        "Percentage",
        "百分比",
    ),
    (
        "Date and time",
        "日期和时间",
    ),
    (
        "Yes/no",
        "是/否",
    ),
    (
        "Text",
        "文本",
    ),
    (
        "{count} values not understood",
        "{count} 个值无法识别",
    ),
];
