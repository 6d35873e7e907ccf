package nl.normtoets.ingest.tabel;

import static nl.normtoets.ingest.tabel.Kolom.code;
import static nl.normtoets.ingest.tabel.Kolom.codes;
import static nl.normtoets.ingest.tabel.Kolom.datum;
import static nl.normtoets.ingest.tabel.Kolom.decimaal;
import static nl.normtoets.ingest.tabel.Kolom.getal;
import static nl.normtoets.ingest.tabel.Kolom.jaNee;
import static nl.normtoets.ingest.tabel.Kolom.maand;
import static nl.normtoets.ingest.tabel.Kolom.sleutel;
import static nl.normtoets.ingest.tabel.Kolom.tekst;
import static nl.normtoets.ingest.tabel.Kolom.vrijeCode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.normtoets.dossier.Betrokkene;
import nl.normtoets.dossier.Contactvorm;
import nl.normtoets.dossier.Leefgebied;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.PlanSoort;
import nl.normtoets.dossier.TaxatieSoort;
import nl.normtoets.dossier.Uitvoerder;
import nl.normtoets.dossier.Oorzaak;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.organisatie.Functie;

/**
 * The tables of a registration export, one per kind of record, with their contract columns. The file (CSV) or sheet
 * (xlsx) is named after the table; child tables carry the dossier id in column {@code dossier}. The README section
 * "Importeren uit registratie-exports" documents the same layout; keep them together.
 */
public enum Tabel {
    MAATREGELEN(sleutel("id"), code("maatregel", true, "maatregel", Maatregel.class), datum("startdatum", true),
            datum("einddatum", false), tekst("regio"), tekst("gemeente"), tekst("team"), getal("geboortejaar"),
            jaNee("hulpNodig"), datum("informatiebrief", false), datum("contactafspraakDatum", false),
            getal("contactafspraakFrequentieDagen"), tekst("gezin"), datum("oorzaakanalyseDatum", false),
            code("oorzaakanalyseOorzaak", false, "oorzaak", Oorzaak.class)),
    TOEWIJZINGEN(sleutel("dossier"), datum("vanaf", true), datum("tot", false),
            code("werkwijze", true, "werkwijze", Werkwijze.class), tekst("medewerker"),
            datum("gezinGeinformeerd", false)),
    CONTACTEN(sleutel("dossier"), datum("datum", true), code("vorm", true, "vorm", Contactvorm.class),
            codes("met", "met", Betrokkene.class), jaNee("alleenJeugdige"),
            code("door", true, "door", Uitvoerder.class), jaNee("veiligheidBesproken")),
    TAXATIES(sleutel("dossier"), datum("datum", true), code("soort", true, "taxatiesoort", TaxatieSoort.class),
            vrijeCode("instrument", "instrument"), codes("risicos", "risico", null),
            jaNee("samenMetGezin")),
    ANALYSES(sleutel("dossier"), datum("datum", true), jaNee("samenMetGezin"),
            codes("leefgebieden", "leefgebied", Leefgebied.class)),
    PLANNEN(sleutel("dossier"), sleutel("plan"), datum("datum", true),
            code("soort", false, "plansoort", PlanSoort.class), jaNee("besprokenMetJeugdige"),
            jaNee("besprokenMetOuders")),
    DOELEN(sleutel("dossier"), sleutel("plan"), sleutel("id"), codes("adresseert", "risico", null)),
    HULP(sleutel("dossier"), sleutel("id"), tekst("doel"), datum("aangevraagd", false), datum("gestart", false),
            datum("gemeenteAfgestemd", false), datum("opgeschaald", false), jaNee("effectief"),
            datum("beoordeeld", false), jaNee("strafrechtelijk")),
    EVALUATIES(sleutel("dossier"), datum("datum", true)),
    KERNBESLUITEN(sleutel("dossier"), datum("datum", true), jaNee("gedragswetenschapper"),
            jaNee("jeugdigeBetrokken"), jaNee("oudersBetrokken")),
    SAMENWERKINGSAFSPRAKEN(sleutel("dossier"), datum("datum", true), tekst("met")),
    VEILIGHEIDSAFSPRAKEN(sleutel("dossier"), datum("datum", true)),
    SIGNALEN(sleutel("dossier"), datum("datum", true), datum("opgevolgd", false)),

    // Organisation tables (theme 5): no dossier column; together they make the audit set's organisatieFeiten.
    MEDEWERKERS(false, sleutel("id"), code("functie", true, "functie", Functie.class), decimaal("fte", false),
            datum("inDienst", false), datum("uitDienst", false), jaNee("extern"), datum("skjGeldigTot", false),
            datum("vogDatum", false), jaNee("diploma"), datum("laatsteJaargesprek", false), tekst("team"),
            getal("caseload")),
    PERSONEELSCIJFERS(false, maand("maand"), decimaal("fte", true), decimaal("fteZiek", false),
            decimaal("fteExtern", false), decimaal("uitstroom", false)),
    CLIENTENRAADADVIEZEN(false, datum("datum", true), datum("terugkoppeling", false)),
    ORGANISATIEDATUMS(false, code("soort", true, "organisatiedatum", Organisatiedatum.class), datum("datum", true)),
    VERBETERACTIES(false, sleutel("id"), tekst("eigenaar"), datum("deadline", false), datum("afgerond", false),
            datum("geevalueerd", false)),
    SAMENWERKINGSPROTOCOLLEN(false, sleutel("gemeente"), datum("datum", false)),
    FINANCIEN(false, decimaal("financieleBuffer", false));

    /** Kinds of dated governance events in table organisatiedatums, each one list of organisatieFeiten. */
    public enum Organisatiedatum {
        JAARVERSLAG, OR_VERGADERING, RVT_VERGADERING, CLIENTERVARINGSONDERZOEK
    }

    private final boolean perDossier;
    private final List<Kolom> kolommen;

    Tabel(Kolom... kolommen) {
        this(true, kolommen);
    }

    Tabel(boolean perDossier, Kolom... kolommen) {
        this.perDossier = perDossier;
        this.kolommen = List.of(kolommen);
    }

    /** Dossier tables carry a dossier id; the others hold organisation facts. */
    public boolean perDossier() {
        return perDossier;
    }

    /** The file base name and sheet name: {@code maatregelen}, {@code contacten}, ... */
    public String naam() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<Kolom> kolommen() {
        return kolommen;
    }

    public Optional<Kolom> kolom(String naam) {
        return kolommen.stream().filter(k -> k.naam().equalsIgnoreCase(naam)).findFirst();
    }

    public static Optional<Tabel> metNaam(String naam) {
        for (Tabel t : values()) {
            if (t.naam().equalsIgnoreCase(naam.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
