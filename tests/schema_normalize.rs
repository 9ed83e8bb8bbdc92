//! Normalisation of order statuses, traffic sources, CRM stages and billing intervals in every language.

use kpiboard::core::schema::normalize::{
    channel_group, interval_months, order_status, stage, ChannelGroup, OrderStatus, Stage,
};

#[test]
fn order_statuses_in_every_language() {
    use OrderStatus::*;
    let cases: &[(&str, OrderStatus)] = &[
        // English / tool codes
        ("Refunded", Refunded),
        ("partially_refunded", Refunded),
        ("wc-refunded", Refunded),
        ("Returned", Refunded),
        ("Cancelled", Cancelled),
        ("canceled", Cancelled),
        ("wc-cancelled", Cancelled),
        ("voided", Cancelled),
        ("Failed", Cancelled),
        ("void", Cancelled),
        ("uncollectible", Cancelled),
        ("test", Cancelled),
        ("pending", Pending),
        ("On hold", Pending),
        ("wc-on-hold", Pending),
        ("processing", Pending),
        ("unpaid", Pending),
        ("partially_paid", Pending),
        ("authorized", Pending),
        ("open", Pending),
        ("draft", Pending),
        ("paid", Completed),
        ("Completed", Completed),
        ("wc-completed", Completed),
        ("complete", Completed),
        ("Shipped", Completed),
        ("fulfilled", Completed),
        ("delivered", Completed),
        ("succeeded", Completed),
        ("", Completed),
        ("gift", Unknown),
        // Korean
        ("취소", Cancelled),
        ("취소완료", Cancelled),
        ("주문취소", Cancelled),
        ("환불", Refunded),
        ("환불완료", Refunded),
        ("반품완료", Refunded),
        ("입금대기", Pending),
        ("결제완료", Completed),
        ("배송완료", Completed),
        ("구매확정", Completed),
        // Japanese
        ("キャンセル", Cancelled),
        ("キャンセル済み", Cancelled),
        ("返金", Refunded),
        ("返品", Refunded),
        ("入金待ち", Pending),
        ("新規受付", Pending),
        ("発送済", Completed),
        ("完了", Completed),
        // Chinese (Simplified / Traditional)
        ("已取消", Cancelled),
        ("取消", Cancelled),
        ("交易关闭", Cancelled),
        ("退款", Refunded),
        ("退款中", Refunded),
        ("退貨", Refunded),
        ("待付款", Pending),
        ("待發貨", Pending),
        ("已完成", Completed),
        ("已发货", Completed),
        ("交易成功", Completed),
        ("已簽收", Completed),
        // French
        ("Annulée", Cancelled),
        ("annulé", Cancelled),
        ("Erreur de paiement", Cancelled),
        ("Remboursée", Refunded),
        ("Remboursement partiel", Refunded),
        ("En attente de paiement", Pending),
        ("En cours de préparation", Pending),
        ("Paiement accepté", Completed),
        ("Livré", Completed),
        ("Expédiée", Completed),
        // Width and case folded
        ("ＲＥＦＵＮＤＥＤ", Refunded),
        ("ｷｬﾝｾﾙ", Cancelled),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter(|(raw, want)| order_status(raw) != *want)
        .map(|(raw, want)| format!("{raw:?}: {:?}, expected {want:?}", order_status(raw)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(!Cancelled.counts_as_sale() && !Refunded.counts_as_sale());
    assert!(Completed.counts_as_sale() && Pending.counts_as_sale() && Unknown.counts_as_sale());
}

#[test]
fn traffic_sources_map_to_channel_groups() {
    use ChannelGroup::*;
    // (source, medium, expected) — one row per rule of the table in `channel_group`'s documentation.
    let cases: &[(&str, &str, ChannelGroup)] = &[
        // 1. channel-group names, in each language
        ("Organic Search", "", OrganicSearch),
        ("Paid Search", "", PaidSearch),
        ("Organic Social", "", Social),
        ("Paid Social", "", Social),
        ("Email", "", Email),
        ("Referral", "", Referral),
        ("Direct", "", Direct),
        ("자연 검색", "", OrganicSearch),
        ("유료 검색", "", PaidSearch),
        ("소셜", "", Social),
        ("직접", "", Direct),
        ("自然搜索", "", OrganicSearch),
        ("付費搜尋", "", PaidSearch),
        ("引荐", "", Referral),
        ("电子邮件", "", Email),
        ("自然検索", "", OrganicSearch),
        ("有料検索", "", PaidSearch),
        ("ソーシャル", "", Social),
        ("ノーリファラー", "", Direct),
        ("Recherche naturelle", "", OrganicSearch),
        ("Recherche payante", "", PaidSearch),
        ("Réseaux sociaux", "", Social),
        ("Accès direct", "", Direct),
        ("Référent", "", Referral),
        // 2. direct
        ("(direct) / (none)", "", Direct),
        ("(direct)", "(none)", Direct),
        // 3. email
        ("newsletter", "email", Email),
        ("mailchimp / email", "", Email),
        ("klaviyo", "", Email),
        // 4. paid on a social network
        ("facebook", "cpc", Social),
        ("linkedin / paid", "", Social),
        // 5. paid search
        ("google / cpc", "", PaidSearch),
        ("bing", "ppc", PaidSearch),
        ("naver", "cpc", PaidSearch),
        // 6. social
        ("m.facebook.com / referral", "", Social),
        ("t.co", "", Social),
        ("instagram", "social", Social),
        ("kakaotalk", "", Social),
        ("weibo.com", "", Social),
        // 7. organic search
        ("google / organic", "", OrganicSearch),
        ("naver", "organic", OrganicSearch),
        ("baidu", "", OrganicSearch),
        ("daum", "", OrganicSearch),
        ("yahoo.co.jp", "", OrganicSearch),
        // 8. referral
        ("example.com / referral", "", Referral),
        ("blog.example.org", "", Referral),
        // 9. other
        ("partner", "display", Other),
        ("affiliate", "", Other),
        ("", "", Other),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter(|(s, m, want)| channel_group(s, m) != *want)
        .map(|(s, m, want)| format!("({s:?}, {m:?}): {:?}, expected {want:?}", channel_group(s, m)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn crm_stages_hubspot_salesforce_and_translations() {
    use Stage::*;
    let cases: &[(&str, Option<Stage>)] = &[
        // HubSpot lifecycle stages (labels and internal values)
        ("subscriber", Some(Lead)),
        ("Subscriber", Some(Lead)),
        ("lead", Some(Lead)),
        ("marketingqualifiedlead", Some(Mql)),
        ("Marketing Qualified Lead", Some(Mql)),
        ("salesqualifiedlead", Some(Sql)),
        ("Sales Qualified Lead", Some(Sql)),
        ("opportunity", Some(Opportunity)),
        ("customer", Some(Won)),
        ("evangelist", Some(Won)),
        ("other", Some(Lead)),
        // HubSpot deal stages
        ("appointmentscheduled", Some(Sql)),
        ("Qualified To Buy", Some(Sql)),
        ("Presentation Scheduled", Some(Opportunity)),
        ("Decision Maker Bought-In", Some(Opportunity)),
        ("Contract Sent", Some(Opportunity)),
        ("closedwon", Some(Won)),
        ("closedlost", Some(Lost)),
        // Salesforce opportunity stages
        ("Prospecting", Some(Sql)),
        ("Qualification", Some(Sql)),
        ("Needs Analysis", Some(Opportunity)),
        ("Value Proposition", Some(Opportunity)),
        ("Id. Decision Makers", Some(Opportunity)),
        ("Perception Analysis", Some(Opportunity)),
        ("Proposal/Price Quote", Some(Opportunity)),
        ("Negotiation/Review", Some(Opportunity)),
        ("Closed Won", Some(Won)),
        ("Closed Lost", Some(Lost)),
        // Pipedrive
        ("won", Some(Won)),
        ("lost", Some(Lost)),
        ("Negotiations Started", Some(Opportunity)),
        ("Proposal Made", Some(Opportunity)),
        // Korean / Japanese / Chinese / French
        ("리드", Some(Lead)),
        ("마케팅 적격 리드", Some(Mql)),
        ("영업 적격 리드", Some(Sql)),
        ("협상", Some(Opportunity)),
        ("고객", Some(Won)),
        ("잠재고객", Some(Lead)),
        ("실패", Some(Lost)),
        ("リード", Some(Lead)),
        ("商談", Some(Opportunity)),
        ("受注", Some(Won)),
        ("失注", Some(Lost)),
        ("线索", Some(Lead)),
        ("商机", Some(Opportunity)),
        ("赢单", Some(Won)),
        ("输单", Some(Lost)),
        ("潜在客户", Some(Lead)),
        ("商機", Some(Opportunity)),
        ("贏單", Some(Won)),
        ("客戶", Some(Won)),
        ("Prospect", Some(Lead)),
        ("Négociation", Some(Opportunity)),
        ("Gagné", Some(Won)),
        ("Perdu", Some(Lost)),
        // Empty and unknown
        ("", None),
        ("   ", None),
        ("Something custom", Some(Lead)),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter(|(raw, want)| stage(raw) != *want)
        .map(|(raw, want)| format!("{raw:?}: {:?}, expected {want:?}", stage(raw)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn billing_intervals_in_every_language() {
    let week = 12.0 / 52.0;
    let day = 12.0 / 365.0;
    let cases: &[(&str, Option<f64>)] = &[
        ("month", Some(1.0)),
        ("Monthly", Some(1.0)),
        ("per month", Some(1.0)),
        ("every 3 months", Some(3.0)),
        ("year", Some(12.0)),
        ("yearly", Some(12.0)),
        ("Annual", Some(12.0)),
        ("2 years", Some(24.0)),
        ("quarterly", Some(3.0)),
        ("week", Some(week)),
        ("weekly", Some(week)),
        ("day", Some(day)),
        ("월", Some(1.0)),
        ("매월", Some(1.0)),
        ("월간", Some(1.0)),
        ("3개월", Some(3.0)),
        ("연", Some(12.0)),
        ("연간", Some(12.0)),
        ("1년", Some(12.0)),
        ("분기", Some(3.0)),
        ("주간", Some(week)),
        ("月", Some(1.0)),
        ("月付", Some(1.0)),
        ("每月", Some(1.0)),
        ("年", Some(12.0)),
        ("年付", Some(12.0)),
        ("每年", Some(12.0)),
        ("季度", Some(3.0)),
        ("6个月", Some(6.0)),
        ("半年", Some(6.0)),
        ("每周", Some(week)),
        ("月額", Some(1.0)),
        ("年額", Some(12.0)),
        ("3ヶ月", Some(3.0)),
        ("四半期", Some(3.0)),
        ("週", Some(week)),
        ("mensuel", Some(1.0)),
        ("Mensuelle", Some(1.0)),
        ("par mois", Some(1.0)),
        ("annuel", Some(12.0)),
        ("Annuelle", Some(12.0)),
        ("trimestriel", Some(3.0)),
        ("semestriel", Some(6.0)),
        ("hebdomadaire", Some(week)),
        ("", None),
        ("lifetime", None),
        ("12", None),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter(|(raw, want)| match (interval_months(raw), want) {
            (Some(a), Some(b)) => (a - b).abs() > 1e-9,
            (a, b) => a.is_some() != b.is_some(),
        })
        .map(|(raw, want)| format!("{raw:?}: {:?}, expected {want:?}", interval_months(raw)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
