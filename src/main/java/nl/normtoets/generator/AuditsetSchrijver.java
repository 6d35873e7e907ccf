package nl.normtoets.generator;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

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
import nl.normtoets.ingest.AuditsetLezer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an audit set (contract v1) field by field with a streaming generator: memory stays flat however many
 * dossiers there are, and the output has exactly the contract's field names (no derived getters such as
 * {@code isVast}). Empty lists and absent values are left out: the contract reads them as "none recorded".
 */
public final class AuditsetSchrijver implements AutoCloseable {

    private final JsonGenerator g;

    public AuditsetSchrijver(OutputStream out, LocalDate peildatum, String organisatie) {
        this(out, peildatum, organisatie, false);
    }

    /** {@code leesbaar}: indented, for fixtures people read and diff; compact otherwise. */
    public AuditsetSchrijver(OutputStream out, LocalDate peildatum, String organisatie, boolean leesbaar) {
        this.g = leesbaar ? AuditsetLezer.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)
                : AuditsetLezer.MAPPER.createGenerator(out);
        g.writeStartObject();
        g.writeStringProperty("peildatum", peildatum.toString());
        if (organisatie != null) {
            g.writeStringProperty("organisatie", organisatie);
        }
        g.writeArrayPropertyStart("dossiers");
    }

    /** Writes a whole set from an iterator, so the dossiers need not all exist at once. */
    public static void schrijf(OutputStream out, LocalDate peildatum, String organisatie, Iterator<Dossier> dossiers) {
        schrijf(out, peildatum, organisatie, dossiers, false);
    }

    public static void schrijf(OutputStream out, LocalDate peildatum, String organisatie, Iterator<Dossier> dossiers,
                               boolean leesbaar) {
        try (AuditsetSchrijver s = new AuditsetSchrijver(out, peildatum, organisatie, leesbaar)) {
            dossiers.forEachRemaining(s::schrijf);
        }
    }

    public void schrijf(Dossier d) {
        g.writeStartObject();
        g.writeStringProperty("id", d.id());
        g.writeStringProperty("maatregel", d.maatregel().name());
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
        g.writeEndObject();
    }

    private void toewijzing(Toewijzing t) {
        datum("vanaf", t.vanaf());
        datum("tot", t.tot());
        g.writeStringProperty("werkwijze", t.werkwijze().name());
        tekst("medewerker", t.medewerker());
    }

    private void contact(Contact c) {
        datum("datum", c.datum());
        g.writeStringProperty("vorm", c.vorm().name());
        enums("met", c.met());
        g.writeBooleanProperty("alleenJeugdige", c.alleenJeugdige());
        g.writeStringProperty("door", c.door().name());
    }

    private void taxatie(Taxatie t) {
        datum("datum", t.datum());
        g.writeStringProperty("soort", t.soort().name());
        tekst("instrument", t.instrument());
        teksten("risicos", t.risicos());
    }

    private void analyse(Analyse a) {
        datum("datum", a.datum());
        g.writeBooleanProperty("samenMetGezin", a.samenMetGezin());
        enums("leefgebieden", a.leefgebieden());
    }

    private void plan(Plan p) {
        datum("datum", p.datum());
        g.writeStringProperty("soort", p.soort().name());
        g.writeBooleanProperty("besprokenMetJeugdige", p.besprokenMetJeugdige());
        g.writeBooleanProperty("besprokenMetOuders", p.besprokenMetOuders());
        g.writeArrayPropertyStart("doelen");
        for (Doel d : p.doelen()) {
            g.writeStartObject();
            g.writeStringProperty("id", d.id());
            teksten("adresseert", d.adresseert());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void hulp(Hulp h) {
        g.writeStringProperty("id", h.id());
        tekst("doel", h.doel());
        datum("aangevraagd", h.aangevraagd());
        datum("gestart", h.gestart());
        datum("gemeenteAfgestemd", h.gemeenteAfgestemd());
        datum("opgeschaald", h.opgeschaald());
        if (h.effectief() != null) {
            g.writeBooleanProperty("effectief", h.effectief());
        }
        datum("beoordeeld", h.beoordeeld());
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

    private <T> void lijst(String naam, List<T> items, java.util.function.Consumer<T> velden) {
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

    private void tekst(String naam, String s) {
        if (s != null) {
            g.writeStringProperty(naam, s);
        }
    }

    @Override
    public void close() {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}
