package nl.normtoets.report;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.normtoets.engine.Uitkomst;
import nl.normtoets.scoring.Oordeel;

/**
 * The one label table for everything a person reads: every enum value of the contract and the report (maatregel,
 * werkwijze, contact form, betrokkene, taxatie and plan soort, leefgebied, functie, uitkomst, oordeel, ...) and every
 * evidence key the rules write. HTML, PDF, CSV, xlsx and the console all take their words from here, so a value
 * reads the same everywhere. Labels of values are lower case (they sit inside sentences); {@link #oordeel} and
 * {@link #uitkomst} start with a capital (they stand alone in a table cell).
 *
 * <p>Keys and values not in the table still get a readable label: camelCase is split into words and
 * UPPER_SNAKE becomes lower-case words, so a new evidence key or risk code never shows in its internal spelling.
 */
public final class Labels {

    /** Enum values by name. One map across enums: the same name (VEILIGHEID, VOLDOET) means the same word. */
    private static final Map<String, String> WAARDEN = Map.ofEntries(
            // maatregel
            Map.entry("OTS", "OTS"),
            Map.entry("VOORLOPIGE_OTS", "voorlopige OTS"),
            Map.entry("VOOGDIJ", "voogdij"),
            Map.entry("VOORLOPIGE_VOOGDIJ", "voorlopige voogdij"),
            Map.entry("JR", "jeugdreclassering"),
            // werkwijze
            Map.entry("VAST", "vaste jeugdbeschermer"),
            Map.entry("CCP", "CCP"),
            Map.entry("CRT", "CRT"),
            // contactvorm
            Map.entry("FYSIEK", "face-to-face"),
            Map.entry("TELEFONISCH", "telefonisch"),
            Map.entry("VIDEO", "video"),
            Map.entry("SCHRIFTELIJK", "schriftelijk"),
            // betrokkene, uitvoerder
            Map.entry("JEUGDIGE", "jeugdige"),
            Map.entry("OUDERS", "ouders"),
            Map.entry("NETWERK", "netwerk"),
            Map.entry("PLEEGOUDERS", "pleegouders"),
            Map.entry("HULPVERLENER", "hulpverlener"),
            Map.entry("GI", "GI"),
            // taxatie soort, instrument
            Map.entry("VEILIGHEID", "veiligheid"),
            Map.entry("RISICO", "risico"),
            Map.entry("RECIDIVE", "recidive"),
            Map.entry("ARIJ_VEILIGHEIDSLIJST", "ARIJ-veiligheidslijst"),
            Map.entry("ARIJ_RISICOTAXATIE", "ARIJ-risicotaxatie"),
            Map.entry("LIJ", "LIJ"),
            // plan soort
            Map.entry("EERSTE", "eerste plan"),
            Map.entry("JAARLIJKS", "jaarlijks plan"),
            Map.entry("HALFJAARLIJKS", "halfjaarlijks plan"),
            Map.entry("VOOGDIJPLAN", "voogdijplan"),
            Map.entry("JR_PLAN", "JR-plan"),
            // leefgebieden
            Map.entry("GEZONDHEID", "gezondheid"),
            Map.entry("ONTWIKKELING", "ontwikkeling"),
            Map.entry("OPVOEDING", "opvoeding"),
            Map.entry("SCHOOL", "school"),
            Map.entry("FINANCIEN", "financiën"),
            Map.entry("HUISVESTING", "huisvesting"),
            Map.entry("VRIJE_TIJD", "vrije tijd"),
            Map.entry("JUSTITIE", "justitie"),
            // functie
            Map.entry("JEUGDBESCHERMER", "jeugdbeschermer"),
            Map.entry("JEUGDRECLASSEERDER", "jeugdreclasseerder"),
            Map.entry("GEDRAGSWETENSCHAPPER", "gedragswetenschapper"),
            Map.entry("PRAKTIJKBEGELEIDER", "praktijkbegeleider"),
            Map.entry("TEAMMANAGER", "teammanager"),
            Map.entry("ASSISTENT", "assistent"),
            // caseload bron
            Map.entry("DOSSIERS", "geteld uit de dossiers"),
            Map.entry("OPGEGEVEN", "opgegeven door de GI"),
            // uitkomst, oordeel (lower case for use in sentences)
            Map.entry("VOLDOET", "voldoet"),
            Map.entry("TEKORT", "tekort"),
            Map.entry("NOG_NIET_TOETSBAAR", "nog niet toetsbaar"),
            Map.entry("NIET_VAN_TOEPASSING", "niet van toepassing"),
            Map.entry("VOLDOET_GROTENDEELS", "voldoet grotendeels"),
            Map.entry("VOLDOET_GROTENDEELS_NIET", "voldoet grotendeels niet"),
            Map.entry("VOLDOET_NIET", "voldoet niet"),
            Map.entry("NIET_BEOORDEELD", "niet beoordeeld"),
            // niveau
            Map.entry("DOSSIER", "dossier"),
            Map.entry("ORGANISATIE", "organisatie"));

    /** Abbreviations that are their own label: never lower-cased by the fallback. */
    private static final Set<String> AFKORTINGEN = Set.of("OTS", "JR", "GI", "CCP", "CRT", "SKJ", "VOG", "OR", "LIJ",
            "ARIJ", "PNIL", "RVT", "CER", "FTE", "PDCA", "IGJ", "IJENV");

    /** Evidence keys (the JSON {@code bewijs} names written by the rules) in words. */
    private static final Map<String, String> VELDEN = Map.ofEntries(
            Map.entry("aandeel", "aandeel"),
            Map.entry("aantalAnalyses", "aantal analyses"),
            Map.entry("aantalBinnenTermijn", "aantal binnen de termijn"),
            Map.entry("aantalDoelen", "aantal doelen"),
            Map.entry("aantalGetoetst", "aantal getoetst"),
            Map.entry("aantalHulp", "aantal hulptrajecten"),
            Map.entry("aantalKernbesluiten", "aantal kernbesluiten"),
            Map.entry("aantalTekort", "aantal te laat of ontbrekend"),
            Map.entry("acties", "verbeteracties"),
            Map.entry("advies", "advies van"),
            Map.entry("afgerond", "afgerond op"),
            Map.entry("analyse", "analyse"),
            Map.entry("andereHulpAangevraagd", "andere hulp aangevraagd op"),
            Map.entry("besprokenMetJeugdige", "besproken met de jeugdige"),
            Map.entry("besprokenMetOuders", "besproken met de ouders"),
            Map.entry("bron", "bron"),
            Map.entry("contactafspraak", "contactafspraak"),
            Map.entry("contactmoment3", "derde contactmoment"),
            Map.entry("deadline", "deadline"),
            Map.entry("diploma", "diploma aanwezig"),
            Map.entry("dossiers", "dossiers"),
            Map.entry("eersteFaceToFaceContact", "eerste face-to-face contact"),
            Map.entry("eersteHulpGestart", "eerste hulp gestart"),
            Map.entry("eerstePlan", "eerste plan"),
            Map.entry("eersteTaxatie", "eerste taxatie"),
            Map.entry("eigenaar", "eigenaar"),
            Map.entry("einddatum", "einddatum"),
            Map.entry("financieleBuffer", "financiële buffer"),
            Map.entry("frequentieDagen", "contact elke (dagen)"),
            Map.entry("fte", "fte"),
            Map.entry("fteZiek", "fte ziek"),
            Map.entry("functie", "functie"),
            Map.entry("gebreken", "gebreken"),
            Map.entry("geevalueerd", "geëvalueerd op"),
            Map.entry("geldendPlan", "geldend plan"),
            Map.entry("gemeente", "gemeente"),
            Map.entry("gemiddeldeFte", "gemiddeld aantal fte"),
            Map.entry("gestarteHulp", "gestarte hulp"),
            Map.entry("hulp", "hulp"),
            Map.entry("hulpZonderDoel", "hulp zonder doel"),
            Map.entry("inDienst", "in dienst sinds"),
            Map.entry("informatiebrief", "informatiebrief"),
            Map.entry("laatste", "laatste"),
            Map.entry("laatsteEenOpEenContact", "laatste contact met de jeugdige alleen"),
            Map.entry("laatsteEvaluatie", "laatste evaluatie"),
            Map.entry("laatsteFaceToFaceContact", "laatste face-to-face contact"),
            Map.entry("laatsteJaargesprek", "laatste jaargesprek"),
            Map.entry("laatsteRecidivetaxatie", "laatste recidivetaxatie"),
            Map.entry("laatsteTaxatie", "laatste taxatie"),
            Map.entry("langsteGatDagen", "langste tussenpoos (dagen)"),
            Map.entry("langsteGatTot", "langste tussenpoos tot"),
            Map.entry("langsteGatVan", "langste tussenpoos vanaf"),
            Map.entry("leefgebieden", "leefgebieden"),
            Map.entry("leeftijd", "leeftijd"),
            Map.entry("leeftijdOpPlandatum", "leeftijd op de plandatum"),
            Map.entry("leeftijdsgrens", "leeftijdsgrens"),
            Map.entry("maand", "maand"),
            Map.entry("maanden", "maanden"),
            Map.entry("maatregel", "maatregel"),
            Map.entry("maximaleOuderdom", "hoogstens zo oud"),
            Map.entry("maximumAandeel", "toegestaan aandeel"),
            Map.entry("maximumCaseload", "maximale caseload per fte"),
            Map.entry("maximumGat", "langste toegestane tussenpoos"),
            Map.entry("maximumVerloop", "maximaal verloop"),
            Map.entry("maximumVerzuim", "maximaal verzuim"),
            Map.entry("medewerker", "medewerker"),
            Map.entry("minimumBuffer", "minimale buffer"),
            Map.entry("minimumDoelen", "minimaal aantal doelen"),
            Map.entry("minimumVergaderingen", "minimaal aantal vergaderingen"),
            Map.entry("nietAfgestemd", "niet afgestemd"),
            Map.entry("nietOuderDan", "niet ouder dan"),
            Map.entry("oordeelNietEffectief", "oordeel niet effectief op"),
            Map.entry("opgeschaald", "opgeschaald op"),
            Map.entry("opgevolgd", "opgevolgd op"),
            Map.entry("peildatum", "peildatum"),
            Map.entry("perFte", "dossiers per fte"),
            Map.entry("recidivetaxatie", "recidivetaxatie"),
            Map.entry("risicos", "risico's"),
            Map.entry("samenwerkingsafspraken", "samenwerkingsafspraken"),
            Map.entry("signaal", "signaal van"),
            Map.entry("skjGeldigTot", "SKJ-registratie geldig tot"),
            Map.entry("soort", "soort"),
            Map.entry("startdatum", "startdatum"),
            Map.entry("taxatie", "taxatie"),
            Map.entry("termijn", "termijn"),
            Map.entry("terugkoppeling", "terugkoppeling op"),
            Map.entry("tijdelijkVanaf", "tijdelijk vanaf"),
            Map.entry("tot", "tot"),
            Map.entry("uiterlijk", "uiterlijk"),
            Map.entry("uitstroom", "uitstroom (fte)"),
            Map.entry("vanaf", "vanaf"),
            Map.entry("veiligheidsafspraak", "veiligheidsafspraak"),
            Map.entry("vensterVanaf", "venster vanaf"),
            Map.entry("vereistAantal", "vereist aantal"),
            Map.entry("vergaderingen", "vergaderingen"),
            Map.entry("verloop", "verloop"),
            Map.entry("verlopen", "over de deadline"),
            Map.entry("verzuim", "verzuim"),
            Map.entry("vogDatum", "VOG afgegeven op"),
            Map.entry("vroegst", "VOG niet eerder dan"),
            Map.entry("werkwijze", "werkwijze"),
            Map.entry("zonderDoel", "risico's zonder doel"));

    /** Evidence values that are a share 0..1 and read as a percentage. */
    private static final Set<String> AANDELEN = Set.of("aandeel", "maximumAandeel", "financieleBuffer",
            "minimumBuffer", "verzuim", "maximumVerzuim", "verloop", "maximumVerloop");

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])");

    private Labels() {
    }

    public static String oordeel(Oordeel o) {
        return o == null ? "-" : hoofdletter(waarde(o.name()));
    }

    public static String uitkomst(Uitkomst u) {
        return u == null ? "-" : hoofdletter(waarde(u.name()));
    }

    /** The label of any enum value. */
    public static String waarde(Enum<?> e) {
        return e == null ? "-" : waarde(e.name());
    }

    /** The label of an enum value or code given by name; unknown codes become lower-case words. */
    public static String waarde(String naam) {
        if (naam == null) {
            return "-";
        }
        String label = WAARDEN.get(naam);
        if (label != null) {
            return label;
        }
        if (AFKORTINGEN.contains(naam)) {
            return naam;
        }
        return naam.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** True when the name is an enum value (or code) this table knows, or looks like one (UPPER_SNAKE). */
    public static boolean isCode(String naam) {
        return WAARDEN.containsKey(naam) || naam.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+")
                // a free code such as a risk (MISHANDELING, AGRESSIE): four or more capitals, not an abbreviation
                || naam.matches("[A-Z]{4,}") && !AFKORTINGEN.contains(naam);
    }

    /** The label of an evidence key; an unknown camelCase key is split into words. */
    public static String veld(String sleutel) {
        if (sleutel == null) {
            return "";
        }
        String label = VELDEN.get(sleutel);
        return label != null ? label : CAMEL.matcher(sleutel).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** True for the evidence keys this table names. */
    public static boolean bekendVeld(String sleutel) {
        return VELDEN.containsKey(sleutel);
    }

    /** Evidence values that hold a share 0..1 (shown as a percentage). */
    public static boolean isAandeel(String sleutel) {
        return AANDELEN.contains(sleutel);
    }

    public static String hoofdletter(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
