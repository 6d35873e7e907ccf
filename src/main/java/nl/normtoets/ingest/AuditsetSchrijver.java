package nl.normtoets.ingest;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import nl.normtoets.dossier.Analyse;
import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Doel;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Kernbesluit;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Samenwerkingsafspraak;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.Toewijzing;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes an audit set (contract v1) field by field with a streaming generator: memory stays flat however many
 * dossiers there are, and the output has exactly the contract's field names (no derived getters such as
 * {@code isVast}), so it reads back through {@link AuditsetLezer}. Empty lists and absent values are left out: the
 * contract reads them as "none recorded". The one writer of audit sets: {@code genereer}, the benchmark and the
 * table import all use it.
 *
 * <p>Order: {@code peildatum}, {@code organisatie}, {@code dossiers}, then {@code organisatieFeiten} (optional).
 * The facts come last so a producer can collect them while the dossiers stream past; the reader accepts the
 * top-level fields in any order.
 */
public final class AuditsetSchrijver implements AutoCloseable {

    private final JsonGenerator g;
    private boolean dossiersOpen = true;

    /** Compact JSON. */
    public AuditsetSchrijver(OutputStream out, LocalDate peildatum, String organisatie) {
        this(out, peildatum, organisatie, false);
    }

    /** {@code leesbaar}: indented, for fixtures people read and diff; compact otherwise. */
    public AuditsetSchrijver(OutputStream out, LocalDate peildatum, String organisatie, boolean leesbaar) {
        this.g = leesbaar ? AuditsetLezer.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)
                : AuditsetLezer.MAPPER.createGenerator(out);
        g.writeStartObject();
        g.writeStringProperty("peildatum", peildatum.toString());
        tekst("organisatie", organisatie);
        g.writeArrayPropertyStart("dossiers");
    }

    /** Writes a whole compact set without organisation facts from an iterator. */
    public static void schrijf(OutputStream out, LocalDate peildatum, String organisatie, Iterator<Dossier> dossiers) {
        schrijf(out, peildatum, organisatie, dossiers, () -> null, false);
    }

    /**
     * Writes a whole set from an iterator, so the dossiers need not all exist at once. {@code organisatieFeiten}
     * (contract JSON, already in shape) is asked for only after the last dossier, so it may summarise what the
     * iterator produced; null leaves the field out.
     */
    public static void schrijf(OutputStream out, LocalDate peildatum, String organisatie, Iterator<Dossier> dossiers,
                               Supplier<? extends JsonNode> organisatieFeiten, boolean leesbaar) {
        try (AuditsetSchrijver s = new AuditsetSchrijver(out, peildatum, organisatie, leesbaar)) {
            dossiers.forEachRemaining(s::schrijf);
            s.organisatieFeiten(organisatieFeiten.get());
        }
    }

    /** Ends the dossiers and writes the organisation facts (null: left out). After this no dossier can follow. */
    public void organisatieFeiten(JsonNode feiten) {
        sluitDossiers();
        if (feiten != null && !feiten.isNull() && !feiten.isMissingNode()) {
            g.writeName("organisatieFeiten");
            g.writeTree(feiten);
        }
    }

    private void sluitDossiers() {
        if (dossiersOpen) {
            g.writeEndArray();
            dossiersOpen = false;
        }
    }

    public void schrijf(Dossier d) {
        if (!dossiersOpen) {
            throw new IllegalStateException("dossiers na de organisatieFeiten");
        }
        g.writeStartObject();
        g.writeStringProperty("id", d.id());
        naam("maatregel", d.maatregel());
        datum("startdatum", d.startdatum());
        datum("einddatum", d.einddatum());
        tekst("regio", d.regio());
        tekst("gemeente", d.gemeente());
        tekst("team", d.team());
        if (d.geboortejaar() != null) {
            g.writeNumberProperty("geboortejaar", d.geboortejaar().intValue());
        }
        if (d.hulpNodig() != null) {
            g.writeBooleanProperty("hulpNodig", d.hulpNodig());
        }
        lijst("toewijzingen", d.toewijzingen(), this::toewijzing);
        datum("informatiebrief", d.informatiebrief());
        lijst("contacten", d.contacten(), this::contact);
        lijst("taxaties", d.taxaties(), this::taxatie);
        lijst("analyses", d.analyses(), this::analyse);
        lijst("plannen", d.plannen(), this::plan);
        lijst("hulp", d.hulp(), this::hulp);
        lijst("evaluaties", d.evaluaties(), e -> datum("datum", e.datum()));
        lijst("kernbesluiten", d.kernbesluiten(), this::kernbesluit);
        lijst("samenwerkingsafspraken", d.samenwerkingsafspraken(), this::samenwerking);
        if (d.contactafspraak() != null) {
            g.writeObjectPropertyStart("contactafspraak");
            datum("datum", d.contactafspraak().datum());
            if (d.contactafspraak().frequentieDagen() != null) {
                g.writeNumberProperty("frequentieDagen", d.contactafspraak().frequentieDagen().intValue());
            }
            g.writeEndObject();
        }
        lijst("veiligheidsafspraken", d.veiligheidsafspraken(), v -> datum("datum", v.datum()));
        lijst("signalen", d.signalen(), this::signaal);
        tekst("gezin", d.gezin());
        if (d.oorzaakanalyse() != null) {
            g.writeObjectPropertyStart("oorzaakanalyse");
            datum("datum", d.oorzaakanalyse().datum());
            naam("oorzaak", d.oorzaakanalyse().oorzaak());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void toewijzing(Toewijzing t) {
        datum("vanaf", t.vanaf());
        datum("tot", t.tot());
        naam("werkwijze", t.werkwijze());
        tekst("medewerker", t.medewerker());
        datum("gezinGeinformeerd", t.gezinGeinformeerd());
    }

    private void contact(Contact c) {
        datum("datum", c.datum());
        naam("vorm", c.vorm());
        enums("met", c.met());
        g.writeBooleanProperty("alleenJeugdige", c.alleenJeugdige());
        naam("door", c.door());
        jaNee("veiligheidBesproken", c.veiligheidBesproken());
    }

    private void taxatie(Taxatie t) {
        datum("datum", t.datum());
        naam("soort", t.soort());
        tekst("instrument", t.instrument());
        teksten("risicos", t.risicos());
        jaNee("samenMetGezin", t.samenMetGezin());
    }

    private void analyse(Analyse a) {
        datum("datum", a.datum());
        g.writeBooleanProperty("samenMetGezin", a.samenMetGezin());
        enums("leefgebieden", a.leefgebieden());
    }

    private void plan(Plan p) {
        datum("datum", p.datum());
        naam("soort", p.soort());
        g.writeBooleanProperty("besprokenMetJeugdige", p.besprokenMetJeugdige());
        g.writeBooleanProperty("besprokenMetOuders", p.besprokenMetOuders());
        g.writeArrayPropertyStart("doelen");
        for (Doel d : p.doelen()) {
            g.writeStartObject();
            tekst("id", d.id());
            teksten("adresseert", d.adresseert());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void hulp(Hulp h) {
        tekst("id", h.id());
        tekst("doel", h.doel());
        datum("aangevraagd", h.aangevraagd());
        datum("gestart", h.gestart());
        datum("gemeenteAfgestemd", h.gemeenteAfgestemd());
        datum("opgeschaald", h.opgeschaald());
        if (h.effectief() != null) {
            g.writeBooleanProperty("effectief", h.effectief());
        }
        datum("beoordeeld", h.beoordeeld());
        jaNee("strafrechtelijk", h.strafrechtelijk());
    }

    /** Optional booleans of the contract extensions: written only when recorded, so old sets stay as they were. */
    private void jaNee(String veld, Boolean waarde) {
        if (waarde != null) {
            g.writeBooleanProperty(veld, waarde);
        }
    }

    private void kernbesluit(Kernbesluit k) {
        datum("datum", k.datum());
        g.writeBooleanProperty("gedragswetenschapper", k.gedragswetenschapper());
        g.writeBooleanProperty("jeugdigeBetrokken", k.jeugdigeBetrokken());
        g.writeBooleanProperty("oudersBetrokken", k.oudersBetrokken());
    }

    private void samenwerking(Samenwerkingsafspraak s) {
        datum("datum", s.datum());
        tekst("met", s.met());
    }

    private void signaal(Signaal s) {
        datum("datum", s.datum());
        datum("opgevolgd", s.opgevolgd());
    }

    private <T> void lijst(String naam, List<T> items, Consumer<T> velden) {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayPropertyStart(naam);
        for (T item : items) {
            g.writeStartObject();
            velden.accept(item);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void enums(String naam, List<? extends Enum<?>> waarden) {
        g.writeArrayPropertyStart(naam);
        for (Enum<?> e : waarden) {
            g.writeString(e.name());
        }
        g.writeEndArray();
    }

    private void teksten(String naam, List<String> waarden) {
        g.writeArrayPropertyStart(naam);
        for (String s : waarden) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private void datum(String naam, LocalDate d) {
        if (d != null) {
            g.writeStringProperty(naam, d.toString());
        }
    }

    private void naam(String veld, Enum<?> e) {
        if (e != null) {
            g.writeStringProperty(veld, e.name());
        }
    }

    private void tekst(String naam, String s) {
        if (s != null) {
            g.writeStringProperty(naam, s);
        }
    }

    @Override
    public void close() {
        sluitDossiers();
        g.writeEndObject();
        g.close();
    }
}
