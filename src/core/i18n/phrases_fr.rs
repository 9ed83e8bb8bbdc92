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
        "Won",
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
];
