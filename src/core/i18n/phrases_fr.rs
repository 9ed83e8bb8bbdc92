//! Translations of the core's sentences (`text!`, `text_n!` and `phrase!` templates) and of the column
//! role names, keyed by the English template; `tests/i18n_catalogue.rs` checks that every template of
//! the sources is here with the same placeholders.

/// (English template, translation).
pub const PHRASES: &[(&str, &str)] = &[
    // Import report and file errors (src/core/ingest, src/core/error.rs)
    (
        "line {line}, column \"{column}\": \"{found}\" is not {expected} like the rest of the column, so it is left empty",
        "ligne\u{A0}{line}, colonne «\u{A0}{column}\u{A0}»\u{A0}: «\u{A0}{found}\u{A0}» n’est pas {expected} comme le reste de la colonne\u{A0}; la cellule est laissée vide",
    ),
    (
        "line {line} has {fields} values but the header has {width}; the values past column {width} were left out",
        "la ligne\u{A0}{line} compte {fields}\u{A0}valeurs mais l’en-tête en a {width}\u{A0}; les valeurs au-delà de la colonne\u{A0}{width} sont ignorées",
    ),
    (
        "more than {max} values are not {what}, so the column is kept as text",
        "plus de {max}\u{A0}valeurs ne sont pas {what}\u{A0}: la colonne reste du texte",
    ),
    (
        "{rejected} of its {filled} values are not {what}, so the column is kept as text",
        "{rejected} de ses {filled}\u{A0}valeurs ne sont pas {what}\u{A0}: la colonne reste du texte",
    ),
    (
        "a percentage",
        "un pourcentage",
    ),
    (
        "a number",
        "un nombre",
    ),
    (
        "a date",
        "une date",
    ),
    (
        "a yes/no value",
        "une valeur oui/non",
    ),
    (
        "text",
        "du texte",
    ),
    (
        "Dates such as \"{example}\" could be day or month first; read {reading} ({pattern}) because {order_reason}.",
        "Des dates comme «\u{A0}{example}\u{A0}» peuvent commencer par le jour ou par le mois\u{A0}; lues avec le {reading} ({pattern}), car {order_reason}.",
    ),
    (
        "The numbers in \"{name}\" were read as dates ({pattern}) because the header names a date.",
        "Les nombres de «\u{A0}{name}\u{A0}» ont été lus comme des dates ({pattern}), car l’en-tête désigne une date.",
    ),
    (
        "\"{example}\" was read as {reading} because {decimal_reason}.",
        "«\u{A0}{example}\u{A0}» a été lu comme {reading}, car {decimal_reason}.",
    ),
    (
        "\"{name}\" mixes currencies ({currencies}); values are kept as written, in one column.",
        "«\u{A0}{name}\u{A0}» mélange plusieurs devises ({currencies})\u{A0}; les valeurs sont gardées telles quelles, dans une seule colonne.",
    ),
    (
        "Column \"{name}\": {note}",
        "Colonne «\u{A0}{name}\u{A0}»\u{A0}: {note}",
    ),
    (
        "Column \"{name}\": {note}.",
        "Colonne «\u{A0}{name}\u{A0}»\u{A0}: {note}.",
    ),
    (
        "Column \"{name}\" was typed from all its values, as its first rows said too little.",
        "Le type de la colonne «\u{A0}{name}\u{A0}» a été établi sur toutes ses valeurs, ses premières lignes n’en disant pas assez.",
    ),
    (
        "Excel serial days",
        "jours en série Excel",
    ),
    (
        "Unix seconds",
        "secondes Unix",
    ),
    (
        "Unix milliseconds",
        "millisecondes Unix",
    ),
    (
        "day first",
        "jour en premier",
    ),
    (
        "month first",
        "mois en premier",
    ),
    (
        "a decimal (',' separates the decimals)",
        "un décimal (la virgule sépare les décimales)",
    ),
    (
        "a whole number (',' or '.' groups thousands)",
        "un entier (la virgule ou le point sépare les milliers)",
    ),
    (
        "the file's other number columns use ',' as decimal separator",
        "les autres colonnes de nombres du fichier utilisent la virgule comme séparateur décimal",
    ),
    (
        "the file's other number columns use '.' as decimal separator",
        "les autres colonnes de nombres du fichier utilisent le point comme séparateur décimal",
    ),
    (
        "the options say so",
        "les options le demandent",
    ),
    (
        "the file uses ';' as delimiter, as files with decimal commas do",
        "le fichier utilise le point-virgule comme séparateur, comme les fichiers à virgule décimale",
    ),
    (
        "nothing else in the file settles it",
        "rien d’autre dans le fichier ne permet de trancher",
    ),
    (
        "other date columns of the file are read that way",
        "les autres colonnes de dates du fichier sont lues ainsi",
    ),
    (
        "other date columns of the file put the day first",
        "les autres colonnes de dates du fichier commencent par le jour",
    ),
    (
        "other date columns of the file put the month first",
        "les autres colonnes de dates du fichier commencent par le mois",
    ),
    (
        "the file writes decimal commas, as countries that put the day first do",
        "le fichier écrit des virgules décimales, comme les pays qui mettent le jour en premier",
    ),
    (
        "no value has a day above 12 and nothing else in the file settles it",
        "aucune valeur n’a de jour supérieur à 12 et rien d’autre dans le fichier ne permet de trancher",
    ),
    (
        "The first line \"{line}\" sets the delimiter.",
        "La première ligne «\u{A0}{line}\u{A0}» fixe le séparateur.",
    ),
    (
        "Skipped {count} comment line starting with \"#\" above the header.",
        "{count}\u{A0}ligne de commentaire commençant par «\u{A0}#\u{A0}» au-dessus de l’en-tête a été ignorée.",
    ),
    (
        "Skipped {count} comment lines starting with \"#\" above the header.",
        "{count}\u{A0}lignes de commentaire commençant par «\u{A0}#\u{A0}» au-dessus de l’en-tête ont été ignorées.",
    ),
    (
        "Skipped {count} title line above the header.",
        "{count}\u{A0}ligne de titre au-dessus de l’en-tête a été ignorée.",
    ),
    (
        "Skipped {count} title lines above the header.",
        "{count}\u{A0}lignes de titre au-dessus de l’en-tête ont été ignorées.",
    ),
    (
        "The header spans two rows (questions and answers); their names were joined.",
        "L’en-tête tient sur deux lignes (questions et réponses)\u{A0}; leurs noms ont été réunis.",
    ),
    (
        "set in the options",
        "choisi dans les options",
    ),
    (
        "given by the \"sep=\" line",
        "donné par la ligne «\u{A0}sep=\u{A0}»",
    ),
    (
        "the one that splits every line into the same number of fields",
        "celui qui découpe chaque ligne en autant de champs",
    ),
    (
        "tab",
        "tabulation",
    ),
    (
        "aligned",
        "aligné",
    ),
    (
        "no delimiter fits; the columns are aligned with spaces",
        "aucun séparateur ne convient\u{A0}; les colonnes sont alignées par des espaces",
    ),
    (
        "No delimiter: the columns are aligned with spaces, so each line was cut where the header's columns start (characters {positions}).",
        "Pas de séparateur\u{A0}: les colonnes sont alignées par des espaces, chaque ligne a donc été coupée là où commencent les colonnes de l’en-tête (caractères {positions}).",
    ),
    (
        "space",
        "espace",
    ),
    (
        "Encoding {encoding} ({reason}).",
        "Encodage {encoding} ({reason}).",
    ),
    (
        "Delimiter \"{delimiter}\" ({reason}).",
        "Séparateur «\u{A0}{delimiter}\u{A0}» ({reason}).",
    ),
    (
        "{count} row had fewer values than the header; the missing values are left empty.",
        "{count}\u{A0}ligne avait moins de valeurs que l’en-tête\u{A0}; les valeurs manquantes sont laissées vides.",
    ),
    (
        "{count} rows had fewer values than the header; the missing values are left empty.",
        "{count}\u{A0}lignes avaient moins de valeurs que l’en-tête\u{A0}; les valeurs manquantes sont laissées vides.",
    ),
    (
        "Skipped {count} comment line inside the data.",
        "{count}\u{A0}ligne de commentaire dans les données a été ignorée.",
    ),
    (
        "Skipped {count} comment lines inside the data.",
        "{count}\u{A0}lignes de commentaire dans les données ont été ignorées.",
    ),
    (
        "Skipped {count} repeated header line.",
        "{count}\u{A0}ligne d’en-tête répétée a été ignorée.",
    ),
    (
        "Skipped {count} repeated header lines.",
        "{count}\u{A0}lignes d’en-tête répétées ont été ignorées.",
    ),
    (
        "The times of \"{time}\" were joined to the dates of \"{date}\".",
        "Les heures de «\u{A0}{time}\u{A0}» ont été jointes aux dates de «\u{A0}{date}\u{A0}».",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheet in the workbook).",
        "Feuille «\u{A0}{sheet}\u{A0}» lue ({count}\u{A0}feuille dans le classeur).",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheets in the workbook).",
        "Feuille «\u{A0}{sheet}\u{A0}» lue ({count}\u{A0}feuilles dans le classeur).",
    ),
    (
        "byte-order mark",
        "indicateur d’ordre des octets (BOM)",
    ),
    (
        "zero bytes between characters",
        "octets nuls entre les caractères",
    ),
    (
        "valid UTF-8",
        "UTF-8 valide",
    ),
    (
        "detected from the byte patterns",
        "détecté d’après les octets",
    ),
    (
        "a PDF document",
        "un document PDF",
    ),
    (
        "a PNG image",
        "une image PNG",
    ),
    (
        "a JPEG image",
        "une image JPEG",
    ),
    (
        "a GIF image",
        "une image GIF",
    ),
    (
        "a TIFF image",
        "une image TIFF",
    ),
    (
        "a WebP image",
        "une image WebP",
    ),
    (
        "a zip archive",
        "une archive zip",
    ),
    (
        "an empty zip archive",
        "une archive zip vide",
    ),
    (
        "a gzip archive",
        "une archive gzip",
    ),
    (
        "a RAR archive",
        "une archive RAR",
    ),
    (
        "a 7-Zip archive",
        "une archive 7-Zip",
    ),
    (
        "an old Excel .xls file (save it as .xlsx or CSV)",
        "un ancien fichier Excel .xls (enregistrez-le en .xlsx ou en CSV)",
    ),
    (
        "a program",
        "un programme",
    ),
    (
        "a rich-text document",
        "un document RTF",
    ),
    (
        "a zip archive that is not an Excel workbook",
        "une archive zip qui n’est pas un classeur Excel",
    ),
    (
        "{file} is empty: there is nothing to import.",
        "{file} est vide\u{A0}: il n’y a rien à importer.",
    ),
    (
        "{file} looks like {found}, not a table: export the data as CSV, TSV or Excel (.xlsx) and drop that file instead.",
        "{file} ressemble à {found}, pas à un tableau\u{A0}: exportez les données en CSV, TSV ou Excel (.xlsx) et déposez ce fichier à la place.",
    ),
    (
        "{file} has a header on line {line} but no data rows below it.",
        "{file} a un en-tête à la ligne\u{A0}{line} mais aucune ligne de données en dessous.",
    ),
    (
        "{file}: the encoding \"{name}\" is not known; expected a name such as UTF-8, Shift_JIS, EUC-KR, GBK, Big5 or windows-1252.",
        "{file}\u{A0}: l’encodage «\u{A0}{name}\u{A0}» est inconnu\u{A0}; un nom comme UTF-8, Shift_JIS, EUC-KR, GBK, Big5 ou windows-1252 est attendu.",
    ),
    (
        "{file} has no sheet named \"{sheet}\"; its sheets are: {available}.",
        "{file} n’a pas de feuille nommée «\u{A0}{sheet}\u{A0}»\u{A0}; ses feuilles sont\u{A0}: {available}.",
    ),
    (
        "{file} could not be read as an Excel workbook: {reason}.",
        "{file} n’a pas pu être lu comme un classeur Excel\u{A0}: {reason}.",
    ),
    // Column mapping (src/core/schema, src/core/pipeline.rs)
    (
        " (from {min} to {max})",
        " (de {min} à {max})",
    ),
    (
        " such as “{example}”",
        ", comme «\u{A0}{example}\u{A0}»",
    ),
    (
        "it holds {found}{example}{range}, expected {expected}",
        "elle contient {found}{example}{range}, alors que le rôle attend {expected}",
    ),
    (
        "dates",
        "des dates",
    ),
    (
        "numbers",
        "des nombres",
    ),
    (
        "percentages",
        "des pourcentages",
    ),
    (
        "yes/no values",
        "des valeurs oui/non",
    ),
    (
        "whole numbers from 0 to 10",
        "des entiers de 0 à 10",
    ),
    (
        "positions of 1 or more",
        "des positions de 1 ou plus",
    ),
    (
        "identifiers (text or numbers)",
        "des identifiants (texte ou nombres)",
    ),
    (
        "yes/no values or words such as won / lost",
        "des valeurs oui/non ou des mots comme gagné / perdu",
    ),
    (
        "orders",
        "les commandes",
    ),
    (
        "traffic reports",
        "les rapports de trafic",
    ),
    (
        "page reports",
        "les rapports de pages",
    ),
    (
        "ad reports",
        "les rapports publicitaires",
    ),
    (
        "cost ledgers",
        "les registres de coûts",
    ),
    (
        "leads",
        "les leads",
    ),
    (
        "email campaign reports",
        "les rapports de campagnes e-mail",
    ),
    (
        "social reports",
        "les rapports des réseaux sociaux",
    ),
    (
        "survey responses",
        "les réponses à l’enquête",
    ),
    (
        "subscriptions",
        "les abonnements",
    ),
    (
        "search console reports",
        "les rapports de la Search Console",
    ),
    (
        "no columns",
        "aucune colonne",
    ),
    (
        "no column name or value matched a known kind of export; found: {found}",
        "aucun nom de colonne ni aucune valeur ne correspond à un type d’export connu\u{A0}; colonnes trouvées\u{A0}: {found}",
    ),
    (
        "{kind} need a {roles} column; found: {found}",
        "{kind} nécessitent une colonne {roles}\u{A0}; colonnes trouvées\u{A0}: {found}",
    ),
    (
        "{kind} need an {roles} column; found: {found}",
        "{kind} nécessitent une colonne {roles}\u{A0}; colonnes trouvées\u{A0}: {found}",
    ),
    (
        "{first} or {rest}",
        "{first} ou {rest}",
    ),
    (
        "{kind} need a column for {roles}",
        "{kind} nécessitent une colonne {roles}",
    ),
    (
        "{file}: {problems}",
        "{file}\u{A0}: {problems}",
    ),
    (
        "{file}: cancelled",
        "{file}\u{A0}: annulé",
    ),
    (
        "{file}: the browser could not read this file",
        "{file}\u{A0}: le navigateur n’a pas pu lire ce fichier",
    ),
    (
        "{file}: the file was read but could not be handed over to the page ({detail}); please add it again",
        "{file}\u{A0}: le fichier a été lu mais n’a pas pu être transmis à la page ({detail})\u{A0}; ajoutez-le de nouveau",
    ),
    (
        "{file}: the worker holding the data stopped ({detail}); please add the file again",
        "{file}\u{A0}: le programme qui gardait les données s’est arrêté ({detail})\u{A0}; ajoutez le fichier de nouveau",
    ),
    (
        "{file}: reading stopped unexpectedly ({detail})",
        "{file}\u{A0}: la lecture s’est arrêtée de façon inattendue ({detail})",
    ),
    (
        "{file}, column {number} “{column}”: cannot be the {role} of {kind}: {reason}",
        "{file}, colonne\u{A0}{number} «\u{A0}{column}\u{A0}»\u{A0}: ne peut pas être la colonne {role} pour {kind}\u{A0}: {reason}",
    ),
    (
        "{file}: columns {first_number} “{first}” and {second_number} “{second}” are both mapped to {role}; keep one",
        "{file}\u{A0}: les colonnes {first_number} «\u{A0}{first}\u{A0}» et {second_number} «\u{A0}{second}\u{A0}» sont toutes deux associées à {role}\u{A0}; n’en gardez qu’une",
    ),
    (
        "{rows} rows rejected, {values} values not understood",
        "{rows}\u{A0}lignes rejetées, {values}\u{A0}valeurs non comprises",
    ),
    (
        "{message} (column “{column}” is named like the {role} but {reason})",
        "{message} (la colonne «\u{A0}{column}\u{A0}» porte le nom de {role} mais {reason})",
    ),
    // KPI reasons, warnings and steps (src/core/kpi)
    (
        "Add to cart",
        "Ajout au panier",
    ),
    (
        "Checkout",
        "Paiement",
    ),
    (
        "Purchase",
        "Achat",
    ),
    (
        "Lead",
        "Lead",
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
        "Opportunité",
    ),
    (
        "Won",
        "Gagné",
    ),
    (
        "Cart abandonment: there are more purchases than add-to-carts in the period; the rate is shown as 0",
        "Abandon de panier\u{A0}: la période compte plus d’achats que d’ajouts au panier\u{A0}; le taux est affiché à 0",
    ),
    (
        "The comparison period ({period}) has no data: choose a shorter period or another comparison to see growth",
        "La période de comparaison ({period}) n’a pas de données\u{A0}: choisissez une période plus courte ou une autre comparaison pour voir la croissance",
    ),
    (
        "Choose a comparison (previous period or previous year) to see growth",
        "Choisissez une comparaison (période précédente ou année précédente) pour voir la croissance",
    ),
    (
        "Funnel: the step \"{name}\" ({count}) is larger than the step before, \"{prev_name}\" ({prev}); the export counts these steps differently (events rather than sessions?)",
        "Entonnoir\u{A0}: l’étape «\u{A0}{name}\u{A0}» ({count}) dépasse l’étape précédente, «\u{A0}{prev_name}\u{A0}» ({prev})\u{A0}; l’export compte ces étapes différemment (des événements plutôt que des sessions\u{A0}?)",
    ),
    (
        "Pipeline funnel: more leads reached \"{name}\" ({count}) than \"{prev_name}\" ({prev}); check the stage mapping",
        "Entonnoir commercial\u{A0}: plus de leads ont atteint «\u{A0}{name}\u{A0}» ({count}) que «\u{A0}{prev_name}\u{A0}» ({prev})\u{A0}; vérifiez la correspondance des étapes",
    ),
    (
        "Needs customers ordering in two consecutive windows before the period's end (at least 8 weeks of data)",
        "Nécessite des clients ayant commandé sur deux fenêtres consécutives avant la fin de la période (au moins 8\u{A0}semaines de données)",
    ),
    (
        "Needs new customers and revenue from active customers in the period",
        "Nécessite des nouveaux clients et le chiffre d’affaires des clients actifs sur la période",
    ),
    (
        "No MRR at the start of the period",
        "Aucun MRR au début de la période",
    ),
    (
        "No active subscription at the end of the period",
        "Aucun abonnement actif à la fin de la période",
    ),
    (
        "No ad clicks in the period",
        "Aucun clic publicitaire sur la période",
    ),
    (
        "No ad conversions in the period",
        "Aucune conversion publicitaire sur la période",
    ),
    (
        "No ad impressions in the period",
        "Aucune impression publicitaire sur la période",
    ),
    (
        "No ad spend in the period",
        "Aucune dépense publicitaire sur la période",
    ),
    (
        "No add-to-cart in the period",
        "Aucun ajout au panier sur la période",
    ),
    (
        "No cohort acquired in the period has a following month in the data yet",
        "Aucune cohorte acquise sur la période n’a encore de mois suivant dans les données",
    ),
    (
        "No completed order with a cost or profit in the period",
        "Aucune commande finalisée avec un coût ou un bénéfice sur la période",
    ),
    (
        "No completed order with a fulfilment date in the period",
        "Aucune commande finalisée avec une date d’expédition sur la période",
    ),
    (
        "No completed order with a time of day in the period",
        "Aucune commande finalisée avec une heure sur la période",
    ),
    (
        "No completed orders in the period",
        "Aucune commande finalisée sur la période",
    ),
    (
        "No costs in the period",
        "Aucun coût sur la période",
    ),
    (
        "No customer had an active subscription at the start of the period",
        "Aucun client n’avait d’abonnement actif au début de la période",
    ),
    (
        "No customer has ordered yet",
        "Aucun client n’a encore commandé",
    ),
    (
        "No customer ordered in the previous period of equal length ({period})",
        "Aucun client n’a commandé sur la période précédente de même durée ({period})",
    ),
    (
        "No deal won in the period with a creation and a close date",
        "Aucune affaire gagnée sur la période avec une date de création et de clôture",
    ),
    (
        "No deal won or lost in the period",
        "Aucune affaire gagnée ou perdue sur la période",
    ),
    (
        "No email delivered in the period",
        "Aucun e-mail délivré sur la période",
    ),
    (
        "No follower count in the period",
        "Aucun nombre d’abonnés sur la période",
    ),
    (
        "No lead created in the period",
        "Aucun lead créé sur la période",
    ),
    (
        "No lead created in the period became an MQL",
        "Aucun lead créé sur la période n’est devenu MQL",
    ),
    (
        "No marketing or sales costs in the period",
        "Aucun coût marketing ou commercial sur la période",
    ),
    (
        "No marketing spend in the period",
        "Aucune dépense marketing sur la période",
    ),
    (
        "No new customers in the period",
        "Aucun nouveau client sur la période",
    ),
    (
        "No new customers in the period (no CAC)",
        "Aucun nouveau client sur la période (pas de CAC)",
    ),
    (
        "No orders in the period",
        "Aucune commande sur la période",
    ),
    (
        "No orders with a customer in the period",
        "Aucune commande avec un client sur la période",
    ),
    (
        "No page entrances in the period",
        "Aucune entrée de page sur la période",
    ),
    (
        "No page views in the period",
        "Aucune page vue sur la période",
    ),
    (
        "No planned budget in the period",
        "Aucun budget prévu sur la période",
    ),
    (
        "No revenue in the comparison period",
        "Aucun chiffre d’affaires sur la période de comparaison",
    ),
    (
        "No revenue in the period",
        "Aucun chiffre d’affaires sur la période",
    ),
    (
        "No search impressions in the period",
        "Aucune impression dans les résultats de recherche sur la période",
    ),
    (
        "No sessions in the period",
        "Aucune session sur la période",
    ),
    (
        "No social impressions in the period",
        "Aucune impression sur les réseaux sociaux sur la période",
    ),
    (
        "No survey response in the period",
        "Aucune réponse à l’enquête sur la période",
    ),
    (
        "No users in the period",
        "Aucun utilisateur sur la période",
    ),
    (
        "No won deal with an originator in the period",
        "Aucune affaire gagnée avec une origine renseignée sur la période",
    ),
    (
        "The ad spend ({a}) and the cost ledger ({b}) are in different currencies; pick one currency",
        "Les dépenses publicitaires ({a}) et le registre de coûts ({b}) sont dans des devises différentes\u{A0}; choisissez une devise",
    ),
    (
        "The costs ({a}) and the ad spend ({b}) are in different currencies; pick one currency",
        "Les coûts ({a}) et les dépenses publicitaires ({b}) sont dans des devises différentes\u{A0}; choisissez une devise",
    ),
    (
        "The data mixes currencies ({currencies}); pick one currency to see money figures",
        "Les données mélangent plusieurs devises ({currencies})\u{A0}; choisissez une devise pour voir les montants",
    ),
    (
        "The orders mix currencies ({currencies}); pick one currency to see money figures",
        "Les commandes mélangent plusieurs devises ({currencies})\u{A0}; choisissez une devise pour voir les montants",
    ),
    (
        "The subscriptions mix currencies ({currencies}); pick one currency to see money figures",
        "Les abonnements mélangent plusieurs devises ({currencies})\u{A0}; choisissez une devise pour voir les montants",
    ),
    (
        "The filter on {role} does not apply to the orders: they have no such column",
        "Le filtre sur {role} ne s’applique pas aux commandes\u{A0}: elles n’ont pas cette colonne",
    ),
    (
        "The gross-profit return needs a cost (COGS) or profit column in the orders",
        "Le retour en marge brute nécessite une colonne de coût (COGS) ou de bénéfice dans les commandes",
    ),
    (
        "The predicted CLV needs customers ordering in two consecutive windows before the period's end",
        "La CLV prévisionnelle nécessite des clients ayant commandé sur deux fenêtres consécutives avant la fin de la période",
    ),
    (
        "Unknown order statuses counted as completed: {statuses}",
        "Statuts de commande inconnus comptés comme finalisés\u{A0}: {statuses}",
    ),
    (
        "{count} NPS score is not a whole number from 0 to 10 and was left out",
        "{count}\u{A0}note NPS n’est pas un entier de 0 à 10 et a été écartée",
    ),
    (
        "{count} NPS scores are not whole numbers from 0 to 10 and were left out",
        "{count}\u{A0}notes NPS ne sont pas des entiers de 0 à 10 et ont été écartées",
    ),
    (
        "{file} has no category column: its costs count in CAC and ROI, but not in marketing spend",
        "{file} n’a pas de colonne de catégorie\u{A0}: ses coûts comptent dans le CAC et le ROI, mais pas dans les dépenses marketing",
    ),
    (
        "{file} has no date column: its figures cover all its rows whatever the period, without comparison",
        "{file} n’a pas de colonne de date\u{A0}: ses chiffres portent sur toutes ses lignes quelle que soit la période, sans comparaison",
    ),
    (
        "{file}: no amount (or quantity and unit price) column, so the file is not used for order KPIs",
        "{file}\u{A0}: pas de colonne de montant (ni de quantité et prix unitaire)\u{A0}; le fichier n’est pas utilisé pour les KPI de commandes",
    ),
    (
        "{file}: no order date column with dates, so the file is not used for order KPIs",
        "{file}\u{A0}: pas de colonne de date de commande contenant des dates\u{A0}; le fichier n’est pas utilisé pour les KPI de commandes",
    ),
    (
        "{file}: the amount is repeated on every line of an order, so it is counted once per order",
        "{file}\u{A0}: le montant est répété sur chaque ligne d’une commande\u{A0}; il est compté une fois par commande",
    ),
    (
        "{file}: {count} row without an order date was left out",
        "{file}\u{A0}: {count}\u{A0}ligne sans date de commande a été écartée",
    ),
    (
        "{file}: {count} rows without an order date were left out",
        "{file}\u{A0}: {count}\u{A0}lignes sans date de commande ont été écartées",
    ),
    (
        "{file}: {count} subscription has no known billing interval and is taken as monthly",
        "{file}\u{A0}: {count}\u{A0}abonnement sans périodicité de facturation connue est considéré comme mensuel",
    ),
    (
        "{file}: {count} subscriptions have no known billing interval and are taken as monthly",
        "{file}\u{A0}: {count}\u{A0}abonnements sans périodicité de facturation connue sont considérés comme mensuels",
    ),
    // What unlocks a KPI ("needs …", src/core/kpi)
    (
        "needs a CRM leads export with a close date",
        "nécessite un export de leads du CRM avec une date de clôture",
    ),
    (
        "needs a CRM leads export with a creation date",
        "nécessite un export de leads du CRM avec une date de création",
    ),
    (
        "needs a CRM leads export with a stage",
        "nécessite un export de leads du CRM avec une étape",
    ),
    (
        "needs a CRM leads export with a stage or MQL date",
        "nécessite un export de leads du CRM avec une étape ou une date MQL",
    ),
    (
        "needs a CRM leads export with a stage or SQL date",
        "nécessite un export de leads du CRM avec une étape ou une date SQL",
    ),
    (
        "needs a CRM leads export with a won flag or stage",
        "nécessite un export de leads du CRM avec un indicateur gagné ou une étape",
    ),
    (
        "needs a CRM leads export with a won flag or stage and a close date",
        "nécessite un export de leads du CRM avec un indicateur gagné ou une étape, et une date de clôture",
    ),
    (
        "needs a CRM leads export with an originated-by column",
        "nécessite un export de leads du CRM avec une colonne d’origine",
    ),
    (
        "needs a CRM leads export with stages or MQL / SQL dates",
        "nécessite un export de leads du CRM avec des étapes ou des dates MQL / SQL",
    ),
    (
        "needs a close date column in the leads export",
        "nécessite une colonne de date de clôture dans l’export de leads",
    ),
    (
        "needs a conversion value column in the ads export, or orders whose campaign or channel matches the ads'",
        "nécessite une colonne de valeur de conversion dans l’export publicitaire, ou des commandes dont la campagne ou le canal correspond à ceux des annonces",
    ),
    (
        "needs a cost ledger or an ads export (the cost)",
        "nécessite un registre de coûts ou un export publicitaire (le coût)",
    ),
    (
        "needs a cost ledger with a category column (marketing / sales)",
        "nécessite un registre de coûts avec une colonne de catégorie (marketing / ventes)",
    ),
    (
        "needs a cost ledger with a marketing / sales category",
        "nécessite un registre de coûts avec une catégorie marketing / ventes",
    ),
    (
        "needs a cost ledger with a planned (budget) column",
        "nécessite un registre de coûts avec une colonne prévue (budget)",
    ),
    (
        "needs a cost ledger with a planned (budget) or earned value column",
        "nécessite un registre de coûts avec une colonne prévue (budget) ou de valeur acquise",
    ),
    (
        "needs a cost ledger with an earned value column",
        "nécessite un registre de coûts avec une colonne de valeur acquise",
    ),
    (
        "needs a followers or new followers column in the social export",
        "nécessite une colonne d’abonnés ou de nouveaux abonnés dans l’export des réseaux sociaux",
    ),
    (
        "needs a leads column in the web analytics export, or a CRM leads export",
        "nécessite une colonne de leads dans l’export d’analyse web, ou un export de leads du CRM",
    ),
    (
        "needs a pages export with CTA clicks",
        "nécessite un export de pages avec les clics sur les CTA",
    ),
    (
        "needs a pages export with time on page, or a web analytics export with engagement time",
        "nécessite un export de pages avec le temps passé, ou un export d’analyse web avec la durée d’engagement",
    ),
    (
        "needs a pages export, or a web analytics export with page views",
        "nécessite un export de pages, ou un export d’analyse web avec les pages vues",
    ),
    (
        "needs a planned (budget) column in the cost ledger",
        "nécessite une colonne prévue (budget) dans le registre de coûts",
    ),
    (
        "needs a planned (budget) or earned value column in the cost ledger",
        "nécessite une colonne prévue (budget) ou de valeur acquise dans le registre de coûts",
    ),
    (
        "needs a position column in the search console export",
        "nécessite une colonne de position dans l’export de la Search Console",
    ),
    (
        "needs a product, category, channel, country, customer or sales rep column in the orders",
        "nécessite une colonne produit, catégorie, canal, pays, client ou commercial dans les commandes",
    ),
    (
        "needs a reach or impressions column in the social export",
        "nécessite une colonne de portée ou d’impressions dans l’export des réseaux sociaux",
    ),
    (
        "needs a search console export",
        "nécessite un export de la Search Console",
    ),
    (
        "needs a search console export with a position column",
        "nécessite un export de la Search Console avec une colonne de position",
    ),
    (
        "needs a social analytics export with followers or new followers",
        "nécessite un export d’analyse des réseaux sociaux avec les abonnés ou les nouveaux abonnés",
    ),
    (
        "needs a social analytics export with reach or impressions",
        "nécessite un export d’analyse des réseaux sociaux avec la portée ou les impressions",
    ),
    (
        "needs a social analytics export with reactions, comments or shares and impressions or reach",
        "nécessite un export d’analyse des réseaux sociaux avec des réactions, commentaires ou partages, et les impressions ou la portée",
    ),
    (
        "needs a stage or MQL / SQL date columns in the leads export",
        "nécessite une colonne d’étape ou des colonnes de dates MQL / SQL dans l’export de leads",
    ),
    (
        "needs a stage or {role} column in the leads export",
        "nécessite une colonne d’étape ou {role} dans l’export de leads",
    ),
    (
        "needs a subscriptions export with customer, start date and amount",
        "nécessite un export d’abonnements avec le client, la date de début et le montant",
    ),
    (
        "needs a subscriptions export with customer, start date, amount and end date",
        "nécessite un export d’abonnements avec le client, la date de début, le montant et la date de fin",
    ),
    (
        "needs a web analytics export with a landing page column",
        "nécessite un export d’analyse web avec une colonne de page de destination",
    ),
    (
        "needs a web analytics export with a landing page column and purchases, conversions or leads",
        "nécessite un export d’analyse web avec une colonne de page de destination et des achats, conversions ou leads",
    ),
    (
        "needs a web analytics export with a source or medium column",
        "nécessite un export d’analyse web avec une colonne de source ou de support",
    ),
    (
        "needs a web analytics export with a source, medium or channel column",
        "nécessite un export d’analyse web avec une colonne de source, de support ou de canal",
    ),
    (
        "needs a web analytics export with add-to-carts and purchases",
        "nécessite un export d’analyse web avec les ajouts au panier et les achats",
    ),
    (
        "needs a web analytics export with leads, or a leads export and a web analytics export",
        "nécessite un export d’analyse web avec les leads, ou un export de leads et un export d’analyse web",
    ),
    (
        "needs a web analytics export with product views, add-to-carts, checkouts or purchases",
        "nécessite un export d’analyse web avec des vues produit, ajouts au panier, passages en caisse ou achats",
    ),
    (
        "needs a web analytics export with sessions (and purchases, or an orders export)",
        "nécessite un export d’analyse web avec les sessions (et des achats, ou un export de commandes)",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions (the chosen bounce-rate variant)",
        "nécessite un export d’analyse web avec les sessions et les sessions avec engagement (la variante de taux de rebond choisie)",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions, bounces or a bounce rate, or a pages export with bounces",
        "nécessite un export d’analyse web avec les sessions et les sessions avec engagement, les rebonds ou un taux de rebond, ou un export de pages avec les rebonds",
    ),
    (
        "needs a web analytics export with sessions and product views, add-to-carts, checkouts or purchases",
        "nécessite un export d’analyse web avec les sessions et des vues produit, ajouts au panier, passages en caisse ou achats",
    ),
    (
        "needs a web analytics export with sessions or users by date",
        "nécessite un export d’analyse web avec les sessions ou les utilisateurs par date",
    ),
    (
        "needs a web analytics export with users and new or returning users",
        "nécessite un export d’analyse web avec les utilisateurs et les nouveaux utilisateurs ou les utilisateurs connus",
    ),
    (
        "needs a web analytics or pages export with a bounces column (the chosen bounce-rate variant)",
        "nécessite un export d’analyse web ou de pages avec une colonne de rebonds (la variante de taux de rebond choisie)",
    ),
    (
        "needs a web analytics or pages export with bounces, engaged sessions or a bounce rate",
        "nécessite un export d’analyse web ou de pages avec les rebonds, les sessions avec engagement ou un taux de rebond",
    ),
    (
        "needs a won column or a stage column in the leads export",
        "nécessite une colonne gagné ou une colonne d’étape dans l’export de leads",
    ),
    (
        "needs a {role} column in the email export",
        "nécessite une colonne {role} dans l’export e-mail",
    ),
    (
        "needs an NPS survey export with a 0–10 score column",
        "nécessite un export d’enquête NPS avec une colonne de note de 0 à 10",
    ),
    (
        "needs an ads export or a cost ledger, and an orders or leads export",
        "nécessite un export publicitaire ou un registre de coûts, et un export de commandes ou de leads",
    ),
    (
        "needs an ads export with clicks and impressions",
        "nécessite un export publicitaire avec les clics et les impressions",
    ),
    (
        "needs an ads export with spend (and conversion value, or an orders export with channel or campaign)",
        "nécessite un export publicitaire avec les dépenses (et la valeur de conversion, ou un export de commandes avec le canal ou la campagne)",
    ),
    (
        "needs an ads export with spend and clicks",
        "nécessite un export publicitaire avec les dépenses et les clics",
    ),
    (
        "needs an ads export with spend and conversion value (or an orders export with channel or campaign)",
        "nécessite un export publicitaire avec les dépenses et la valeur de conversion (ou un export de commandes avec le canal ou la campagne)",
    ),
    (
        "needs an ads export with spend and conversions",
        "nécessite un export publicitaire avec les dépenses et les conversions",
    ),
    (
        "needs an ads export with spend or a cost ledger",
        "nécessite un export publicitaire avec les dépenses ou un registre de coûts",
    ),
    (
        "needs an ads export with spend, or a cost ledger",
        "nécessite un export publicitaire avec les dépenses, ou un registre de coûts",
    ),
    (
        "needs an earned value column in the cost ledger",
        "nécessite une colonne de valeur acquise dans le registre de coûts",
    ),
    (
        "needs an email campaign export with clicks",
        "nécessite un export de campagnes e-mail avec les clics",
    ),
    (
        "needs an email campaign export with opens",
        "nécessite un export de campagnes e-mail avec les ouvertures",
    ),
    (
        "needs an email campaign export with unsubscribes",
        "nécessite un export de campagnes e-mail avec les désabonnements",
    ),
    (
        "needs an orders export (the return) and a cost ledger or an ads export (the cost)",
        "nécessite un export de commandes (le retour) et un registre de coûts ou un export publicitaire (le coût)",
    ),
    (
        "needs an orders export and a cost ledger (or an ads export)",
        "nécessite un export de commandes et un registre de coûts (ou un export publicitaire)",
    ),
    (
        "needs an orders export whose order date has a time of day",
        "nécessite un export de commandes dont la date de commande comporte l’heure",
    ),
    (
        "needs an orders export with a channel or campaign column",
        "nécessite un export de commandes avec une colonne de canal ou de campagne",
    ),
    (
        "needs an orders export with a channel, source or campaign column",
        "nécessite un export de commandes avec une colonne de canal, de source ou de campagne",
    ),
    (
        "needs an orders export with a cost (COGS) or profit column",
        "nécessite un export de commandes avec une colonne de coût (COGS) ou de bénéfice",
    ),
    (
        "needs an orders export with a customer column, or a subscriptions export",
        "nécessite un export de commandes avec une colonne client, ou un export d’abonnements",
    ),
    (
        "needs an orders export with a customer id (or company) column",
        "nécessite un export de commandes avec une colonne d’ID client (ou de société)",
    ),
    (
        "needs an orders export with a date and an amount",
        "nécessite un export de commandes avec une date et un montant",
    ),
    (
        "needs an orders export with a date and an amount (or quantity and unit price)",
        "nécessite un export de commandes avec une date et un montant (ou une quantité et un prix unitaire)",
    ),
    (
        "needs an orders export with a fulfilment (shipped) date column",
        "nécessite un export de commandes avec une colonne de date d’expédition",
    ),
    (
        "needs an orders export with a product, category, channel, country, customer or sales rep column",
        "nécessite un export de commandes avec une colonne produit, catégorie, canal, pays, client ou commercial",
    ),
    (
        "needs an orders export with a quantity column",
        "nécessite un export de commandes avec une colonne de quantité",
    ),
    (
        "needs an orders export with a status column",
        "nécessite un export de commandes avec une colonne de statut",
    ),
    (
        "needs an orders export with customer ids (for revenue per customer)",
        "nécessite un export de commandes avec les ID clients (pour le chiffre d’affaires par client)",
    ),
    (
        "needs an orders export with customer ids, or a leads export with won deals and close dates",
        "nécessite un export de commandes avec les ID clients, ou un export de leads avec les affaires gagnées et leurs dates de clôture",
    ),
    (
        "needs an orders export with customers and an ads export or cost ledger",
        "nécessite un export de commandes avec les clients et un export publicitaire ou un registre de coûts",
    ),
    (
        "needs an originated-by (marketing / sales) column in the leads export",
        "nécessite une colonne d’origine (marketing / ventes) dans l’export de leads",
    ),
    (
        "needs order dates with a time of day (the orders only have dates)",
        "nécessite des dates de commande avec l’heure (les commandes n’ont que des dates)",
    ),
    (
        "needs purchases or conversions in the web analytics export, or an orders export for the same dates",
        "nécessite des achats ou des conversions dans l’export d’analyse web, ou un export de commandes sur les mêmes dates",
    ),
    (
        "needs reactions, comments, shares or clicks and impressions or reach in the social export",
        "nécessite des réactions, commentaires, partages ou clics, et les impressions ou la portée dans l’export des réseaux sociaux",
    ),
    // Charts: summaries for screen readers, table headers, labels (src/core/chart, src/core/present.rs)
    (
        "No data",
        "Aucune donnée",
    ),
    (
        "Trend",
        "Tendance",
    ),
    (
        "Chart",
        "Graphique",
    ),
    (
        "{title}: no data.",
        "{title}\u{A0}: aucune donnée.",
    ),
    (
        "{title}: {details}.",
        "{title}\u{A0}: {details}.",
    ),
    (
        "{title}{head}; {details}.",
        "{title}{head}\u{A0}; {details}.",
    ),
    (
        ", {first} to {last}",
        ", de {first} à {last}",
    ),
    (
        ", {first}",
        ", {first}",
    ),
    (
        "{value} in {at}",
        "{value} en {at}",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}",
        "maximum {high} en {high_at}, minimum {low} en {low_at}",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}, latest {latest} in {latest_at}",
        "maximum {high} en {high_at}, minimum {low} en {low_at}, dernière valeur {latest} en {latest_at}",
    ),
    (
        "{series}: {clause}",
        "{series}\u{A0}: {clause}",
    ),
    (
        "highest {value} for {name}",
        "maximum {value} pour {name}",
    ),
    (
        "lowest {value} for {name}",
        "minimum {value} pour {name}",
    ),
    (
        "total {value}",
        "total {value}",
    ),
    (
        ", {count} category",
        ", {count}\u{A0}catégorie",
    ),
    (
        ", {count} categories",
        ", {count}\u{A0}catégories",
    ),
    (
        "largest total {value} for {name}",
        "total le plus élevé {value} pour {name}",
    ),
    (
        ", {categories} categories in {series} series",
        ", {categories}\u{A0}catégories en {series}\u{A0}séries",
    ),
    (
        "{name} {value}",
        "{name} {value}",
    ),
    (
        "{name} {value} ({rate} of previous step)",
        "{name} {value} ({rate} de l’étape précédente)",
    ),
    (
        "overall conversion {rate}",
        "conversion globale {rate}",
    ),
    (
        "highest {value} at {row}, {column}",
        "maximum {value} en {row}, {column}",
    ),
    (
        "lowest {value} at {row}, {column}",
        "minimum {value} en {row}, {column}",
    ),
    (
        "{count} cell without data",
        "{count}\u{A0}case sans donnée",
    ),
    (
        "{count} cells without data",
        "{count}\u{A0}cases sans donnée",
    ),
    (
        ", {rows} rows by {columns} columns",
        ", {rows}\u{A0}lignes sur {columns}\u{A0}colonnes",
    ),
    (
        " of {count} point",
        " sur {count}\u{A0}point",
    ),
    (
        " of {count} points",
        " sur {count}\u{A0}points",
    ),
    (
        "from {first} to {last}",
        "de {first} à {last}",
    ),
    (
        "highest {high}, lowest {low}",
        "maximum {high}, minimum {low}",
    ),
    (
        "Latest: {value}",
        "Dernière valeur\u{A0}: {value}",
    ),
    (
        "Period",
        "Période",
    ),
    (
        "Value",
        "Valeur",
    ),
    (
        "Total",
        "Total",
    ),
    (
        "Step",
        "Étape",
    ),
    (
        "Count",
        "Nombre",
    ),
    (
        "Of previous step",
        "De l’étape précédente",
    ),
    (
        "Of first step",
        "De la première étape",
    ),
    (
        "Change",
        "Variation",
    ),
    (
        "Running total",
        "Cumul",
    ),
    (
        "Point",
        "Point",
    ),
    (
        "days",
        "jours",
    ),
    (
        "(not set)",
        "(non renseigné)",
    ),
    (
        "Other",
        "Autres",
    ),
    (
        "Organic search",
        "Recherche naturelle",
    ),
    (
        "Paid search",
        "Recherche payante",
    ),
    (
        "Social",
        "Réseaux sociaux",
    ),
    (
        "Email",
        "E-mail",
    ),
    (
        "Referral",
        "Sites référents",
    ),
    (
        "Direct",
        "Accès direct",
    ),
    (
        "MRR at the start",
        "MRR au début",
    ),
    (
        "Churned MRR",
        "MRR perdu",
    ),
    (
        "Contraction MRR",
        "MRR de contraction",
    ),
    (
        "Expansion MRR",
        "MRR d’expansion",
    ),
    (
        "Net revenue retention",
        "Rétention nette du revenu",
    ),
    (
        "Mean",
        "Moyenne",
    ),
    (
        "Median",
        "Médiane",
    ),
    (
        "Ad spend",
        "Dépenses publicitaires",
    ),
    (
        "Ad clicks",
        "Clics publicitaires",
    ),
    (
        "Ad conversions",
        "Conversions publicitaires",
    ),
    (
        "Ad conversion value",
        "Valeur des conversions publicitaires",
    ),
    (
        "Marketing costs",
        "Coûts marketing",
    ),
    (
        "Marketing spend",
        "Dépenses marketing",
    ),
    (
        "Attributed revenue",
        "Chiffre d’affaires attribué",
    ),
    (
        "Costs",
        "Coûts",
    ),
    (
        "Actual costs",
        "Coûts réels",
    ),
    (
        "Return",
        "Retour",
    ),
    (
        "Return multiple",
        "Multiple de retour",
    ),
    (
        "New customers",
        "Nouveaux clients",
    ),
    (
        "Customers",
        "Clients",
    ),
    (
        "Window (days)",
        "Fenêtre (jours)",
    ),
    (
        "Click-to-open rate",
        "Taux de clics à l’ouverture",
    ),
    (
        "Net change",
        "Variation nette",
    ),
    (
        "{value} day",
        "{value}\u{A0}jour",
    ),
    (
        "{value} days",
        "{value}\u{A0}jours",
    ),
    (
        "{value}d",
        "{value}\u{A0}j",
    ),
    // Targets and units (src/core/view.rs, src/core/present.rs)
    (
        "Target value: \"{value}\" is not a number",
        "Valeur cible\u{A0}: «\u{A0}{value}\u{A0}» n’est pas un nombre",
    ),
    (
        "Deadline: \"{value}\" is not a date (expected YYYY-MM-DD)",
        "Échéance\u{A0}: «\u{A0}{value}\u{A0}» n’est pas une date (format attendu AAAA-MM-JJ)",
    ),
    (
        "{value} s",
        "{value}\u{202F}s",
    ),
    (
        "{value} mo",
        "{value}\u{A0}mois",
    ),
    (
        "week of {date}",
        "semaine du {date}",
    ),
    (
        "Cost ledger: marketing",
        "Registre de coûts\u{A0}: marketing",
    ),
    // Share and snapshot links (src/core/share)
    (
        "Some figures in this snapshot were not valid and were left out: {figures}.",
        "Certains chiffres de cet instantané n’étaient pas valides et ont été écartés\u{A0}: {figures}.",
    ),
    (
        "Some figures in this snapshot were not valid and were left out: {figures}; and {count} more.",
        "Certains chiffres de cet instantané n’étaient pas valides et ont été écartés\u{A0}: {figures}\u{A0}; et {count} de plus.",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}.",
        "Certains réglages de ce lien n’étaient pas valides et ont gardé leur valeur par défaut\u{A0}: {issues}.",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}; and {count} more.",
        "Certains réglages de ce lien n’étaient pas valides et ont gardé leur valeur par défaut\u{A0}: {issues}\u{A0}; et {count} de plus.",
    ),
    (
        "This is a dashboard link, not a snapshot link.",
        "Ce lien est un lien de tableau de bord, pas un lien d’instantané.",
    ),
    (
        "This is a snapshot link, not a dashboard link; opened with default settings.",
        "Ce lien est un lien d’instantané, pas un lien de tableau de bord\u{A0}; ouvert avec les réglages par défaut.",
    ),
    (
        "This link is damaged or incomplete: {detail}. Opened with default settings.",
        "Ce lien est abîmé ou incomplet\u{A0}: {detail}. Ouvert avec les réglages par défaut.",
    ),
    (
        "This link was made by a newer version of kpiboard; opened with default settings.",
        "Ce lien a été créé par une version plus récente de kpiboard\u{A0}; ouvert avec les réglages par défaut.",
    ),
    (
        "This snapshot link is damaged or incomplete: {detail}.",
        "Ce lien d’instantané est abîmé ou incomplet\u{A0}: {detail}.",
    ),
    (
        "This snapshot was made by a newer version of kpiboard; it cannot be shown here.",
        "Cet instantané a été créé par une version plus récente de kpiboard\u{A0}; il ne peut pas être affiché ici.",
    ),
    (
        "This snapshot would be a {chars}-character link, more than the {max} allowed; hide some cards or shorten the note and try again.",
        "Cet instantané donnerait un lien de {chars}\u{A0}caractères, plus que les {max} autorisés\u{A0}; masquez quelques cartes ou raccourcissez la note, puis réessayez.",
    ),
    (
        "it is a different sort of kpiboard link",
        "c’est un autre type de lien kpiboard",
    ),
    (
        "it is {chars} characters long, more than the {max} a kpiboard link can have",
        "il compte {chars}\u{A0}caractères, plus que les {max} qu’un lien kpiboard peut avoir",
    ),
    (
        "it was made by a newer version of kpiboard",
        "il a été créé par une version plus récente de kpiboard",
    ),
    (
        "the part after \"#\" should start with a version such as \"v1.\" but starts with {start}",
        "la partie après «\u{A0}#\u{A0}» devrait commencer par une version comme «\u{A0}v1.\u{A0}» mais commence par {start}",
    ),
    (
        "the settings are not valid base64url text ({detail})",
        "les réglages ne sont pas un texte base64url valide ({detail})",
    ),
    (
        "the settings could not be unpacked (the link was cut short or altered)",
        "les réglages n’ont pas pu être décompressés (le lien a été tronqué ou modifié)",
    ),
    (
        "the settings unpack to more than {max} bytes, which no real dashboard needs",
        "les réglages décompressés dépassent {max}\u{A0}octets, ce dont aucun vrai tableau de bord n’a besoin",
    ),
    (
        "the unpacked settings are not readable ({detail})",
        "les réglages décompressés sont illisibles ({detail})",
    ),
    // Column role names (src/core/i18n/roles.rs)
    (
        "Order date",
        "Date de commande",
    ),
    (
        "Order ID",
        "N° de commande",
    ),
    (
        "Amount",
        "Montant",
    ),
    (
        "Subtotal",
        "Sous-total",
    ),
    (
        "Quantity",
        "Quantité",
    ),
    (
        "Unit price",
        "Prix unitaire",
    ),
    (
        "Customer ID",
        "ID client",
    ),
    (
        "Company",
        "Société",
    ),
    (
        "Product",
        "Produit",
    ),
    (
        "Product name",
        "Nom du produit",
    ),
    (
        "Category",
        "Catégorie",
    ),
    (
        "Status",
        "Statut",
    ),
    (
        "Channel",
        "Canal",
    ),
    (
        "Campaign",
        "Campagne",
    ),
    (
        "Country",
        "Pays",
    ),
    (
        "Currency",
        "Devise",
    ),
    (
        "Discount",
        "Remise",
    ),
    (
        "Shipping",
        "Frais de port",
    ),
    (
        "Tax",
        "Taxes",
    ),
    (
        "Cost of goods",
        "Coût des marchandises",
    ),
    (
        "Profit",
        "Bénéfice",
    ),
    (
        "Fulfilment date",
        "Date d’expédition",
    ),
    (
        "Sales rep",
        "Commercial",
    ),
    (
        "Date",
        "Date",
    ),
    (
        "Sessions",
        "Sessions",
    ),
    (
        "Users",
        "Utilisateurs",
    ),
    (
        "New users",
        "Nouveaux utilisateurs",
    ),
    (
        "Returning users",
        "Utilisateurs connus",
    ),
    (
        "Engaged sessions",
        "Sessions avec engagement",
    ),
    (
        "Bounces",
        "Rebonds",
    ),
    (
        "Bounce rate",
        "Taux de rebond",
    ),
    (
        "Page views",
        "Pages vues",
    ),
    (
        "Average engagement time",
        "Durée d’engagement moyenne",
    ),
    (
        "Source",
        "Source",
    ),
    (
        "Medium",
        "Support",
    ),
    (
        "Landing page",
        "Page de destination",
    ),
    (
        "Product views",
        "Vues produit",
    ),
    (
        "Add-to-carts",
        "Ajouts au panier",
    ),
    (
        "Checkouts",
        "Passages en caisse",
    ),
    (
        "Purchases",
        "Achats",
    ),
    (
        "Leads",
        "Leads",
    ),
    (
        "Conversions",
        "Conversions",
    ),
    (
        "Revenue",
        "Chiffre d’affaires",
    ),
    (
        "Page",
        "Page",
    ),
    (
        "Views",
        "Vues",
    ),
    (
        "Entrances",
        "Entrées",
    ),
    (
        "Average time on page",
        "Temps moyen sur la page",
    ),
    (
        "CTA clicks",
        "Clics sur les CTA",
    ),
    (
        "Spend",
        "Dépenses",
    ),
    (
        "Impressions",
        "Impressions",
    ),
    (
        "Clicks",
        "Clics",
    ),
    (
        "Conversion value",
        "Valeur de conversion",
    ),
    (
        "Budget",
        "Budget",
    ),
    (
        "Cost category",
        "Catégorie de coût",
    ),
    (
        "Planned amount",
        "Montant prévu",
    ),
    (
        "Earned value",
        "Valeur acquise",
    ),
    (
        "Lead ID",
        "ID du lead",
    ),
    (
        "Created date",
        "Date de création",
    ),
    (
        "Stage",
        "Étape",
    ),
    (
        "Originated by",
        "Origine",
    ),
    (
        "MQL date",
        "Date MQL",
    ),
    (
        "SQL date",
        "Date SQL",
    ),
    (
        "Close date",
        "Date de clôture",
    ),
    (
        "Won (yes/no)",
        "Gagné",
    ),
    (
        "Owner",
        "Responsable",
    ),
    (
        "Send date",
        "Date d’envoi",
    ),
    (
        "Sent",
        "Envoyés",
    ),
    (
        "Delivered",
        "Délivrés",
    ),
    (
        "Opens",
        "Ouvertures",
    ),
    (
        "Unsubscribes",
        "Désabonnements",
    ),
    (
        "Spam reports",
        "Signalements de spam",
    ),
    (
        "New subscribers",
        "Nouveaux abonnés",
    ),
    (
        "Platform",
        "Plateforme",
    ),
    (
        "Reach",
        "Portée",
    ),
    (
        "Followers",
        "Abonnés",
    ),
    (
        "New followers",
        "Nouveaux abonnés (réseaux)",
    ),
    (
        "Reactions",
        "Réactions",
    ),
    (
        "Comments",
        "Commentaires",
    ),
    (
        "Shares",
        "Partages",
    ),
    (
        "Score",
        "Note",
    ),
    (
        "Respondent",
        "Répondant",
    ),
    (
        "Segment",
        "Segment",
    ),
    (
        "Comment",
        "Commentaire",
    ),
    (
        "Start date",
        "Date de début",
    ),
    (
        "Billing interval",
        "Périodicité de facturation",
    ),
    (
        "End date",
        "Date de fin",
    ),
    (
        "Plan",
        "Formule",
    ),
    (
        "Search query",
        "Requête",
    ),
    (
        "Position",
        "Position",
    ),
    // Chart hovers (src/core/chart/plot)
    (
        "{name}: {change} (running total {total})",
        "{name}\u{A0}: {change} (cumul\u{A0}: {total})",
    ),
    // Import report: a date pattern with an example (src/core/format.rs)
    (
        "{pattern} (e.g. {example})",
        "{pattern} (ex.\u{A0}: {example})",
    ),
    // Generated name of a column without a header (src/core/i18n/mod.rs)
    (
        "Column {number}",
        "Colonne\u{A0}{number}",
    ),
    // Reading progress of a file (src/core/present.rs)
    (
        "{read} / {total} MB",
        "{read} / {total}\u{A0}Mo",
    ),
    // Landmark names (src/ui/components)
    (
        "Controls",
        "Réglages de l’affichage",
    ),
    // Names of known export formats (src/core/schema/presets.rs)
    (
        "Shopify orders",
        "Commandes Shopify",
    ),
    (
        "WooCommerce orders",
        "Commandes WooCommerce",
    ),
    (
        "Magento orders",
        "Commandes Magento",
    ),
    (
        "PrestaShop orders",
        "Commandes PrestaShop",
    ),
    (
        "PrestaShop orders (French)",
        "Commandes PrestaShop (en français)",
    ),
    (
        "Cafe24 orders",
        "Commandes Cafe24",
    ),
    (
        "Naver Smart Store orders",
        "Commandes Naver Smart Store",
    ),
    (
        "Rakuten orders",
        "Commandes Rakuten",
    ),
    (
        "Amazon Seller Central orders",
        "Commandes Amazon Seller Central",
    ),
    (
        "Stripe invoices",
        "Factures Stripe",
    ),
    (
        "GA4 traffic acquisition",
        "GA4 – acquisition de trafic",
    ),
    (
        "GA4 source / medium report",
        "GA4 – rapport source / support",
    ),
    (
        "GA4 pages and screens",
        "GA4 – pages et écrans",
    ),
    (
        "Universal Analytics",
        "Universal Analytics",
    ),
    (
        "Universal Analytics pages",
        "Universal Analytics – pages",
    ),
    (
        "Google Ads campaigns",
        "Campagnes Google Ads",
    ),
    (
        "LinkedIn Ads campaigns",
        "Campagnes LinkedIn Ads",
    ),
    (
        "Meta Ads campaigns",
        "Campagnes Meta Ads",
    ),
    (
        "Mailchimp campaigns",
        "Campagnes Mailchimp",
    ),
    (
        "HubSpot contacts",
        "Contacts HubSpot",
    ),
    (
        "HubSpot deals",
        "Transactions HubSpot",
    ),
    (
        "Salesforce opportunities",
        "Opportunités Salesforce",
    ),
    (
        "Pipedrive deals",
        "Affaires Pipedrive",
    ),
    (
        "Stripe subscriptions",
        "Abonnements Stripe",
    ),
    (
        "Search Console queries",
        "Search Console – requêtes",
    ),
    (
        "Search Console pages",
        "Search Console – pages",
    ),
    (
        "Search Console dates",
        "Search Console – dates",
    ),
    (
        "Delighted responses",
        "Réponses Delighted",
    ),
    (
        "SurveyMonkey responses",
        "Réponses SurveyMonkey",
    ),
    (
        "Typeform responses",
        "Réponses Typeform",
    ),
    (
        "no-break space",
        "espace insécable",
    ),
    (
        "narrow no-break space",
        "espace fine insécable",
    ),
    (
        "Number",
        "Nombre",
    ),
    (
        "Amount of money",
        "Montant",
    ),
    (
        "Percentage",
        "Pourcentage",
    ),
    (
        "Date and time",
        "Date et heure",
    ),
    (
        "Yes/no",
        "Oui/non",
    ),
    (
        "Text",
        "Texte",
    ),
    (
        "{count} values not understood",
        "{count}\u{A0}valeurs non comprises",
    ),
];
