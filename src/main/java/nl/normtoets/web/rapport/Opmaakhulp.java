package nl.normtoets.web.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriUtils;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.report.Labels;
import nl.normtoets.report.NlOpmaak;
import nl.normtoets.scoring.Oordeel;

/**
 * Formatting functions for the templates, as {@code ${f.x(...)}}: keeps the templates free of Java class references
 * and sends every date, number, label and explanation through {@link NlOpmaak} and {@link Labels}.
 */
public final class Opmaakhulp {

    /** One piece of evidence in words. */
    public record Bewijsregel(String label, String waarde) {
    }

    public String oordeel(Oordeel o) {
        return Weergavelabels.oordeel(o);
    }

    public String klasse(Oordeel o) {
        return Weergavelabels.klasse(o);
    }

    public String uitkomst(Uitkomst u) {
        return Weergavelabels.uitkomst(u);
    }

    public String uitkomstKlasse(Uitkomst u) {
        return "uitkomst-" + u.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label(Enum<?> e) {
        return e == null ? "" : Labels.waarde(e);
    }

    public String code(String code) {
        return code == null ? "" : Labels.waarde(code);
    }

    public String pct(Double p) {
        return NlOpmaak.procent(p);
    }

    /** A share 0..1 as a Dutch percentage; "-" when unknown. */
    public String aandeel(Double a) {
        return NlOpmaak.aandeel(a);
    }

    /** A figure with at most one decimal, Dutch comma; "-" when unknown. */
    public String getal(Number n) {
        return NlOpmaak.getal(n);
    }

    public String geheel(Number n) {
        return n == null ? "-" : NlOpmaak.geheel(n.longValue());
    }

    public String datum(LocalDate d) {
        return NlOpmaak.datum(d);
    }

    public String leeg(LocalDate d) {
        return d == null ? "" : NlOpmaak.datum(d);
    }

    public String voluit(LocalDate d) {
        return NlOpmaak.datumVoluit(d);
    }

    public String moment(java.time.Instant i) {
        return i == null ? "-" : NlOpmaak.datumVoluit(LocalDate.ofInstant(i, java.time.ZoneId.systemDefault()));
    }

    /** An ISO date as a sort key in a data attribute (the cell itself shows dd-mm-jjjj). */
    public String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public String toelichting(String t) {
        return NlOpmaak.toelichting(t);
    }

    public String veld(String sleutel) {
        return Labels.veld(sleutel);
    }

    public List<Bewijsregel> bewijs(Bevinding b) {
        List<Bewijsregel> regels = new ArrayList<>();
        for (Map.Entry<String, Object> e : b.bewijs().entrySet()) {
            regels.add(new Bewijsregel(Labels.veld(e.getKey()), NlOpmaak.bewijswaarde(e.getKey(), e.getValue())));
        }
        return regels;
    }

    public String teams(nl.normtoets.web.beveiliging.Gebruiker g) {
        return String.join(", ", new java.util.TreeSet<>(g.teams()));
    }

    public String onderwerp(Bevinding b) {
        return b.dossier() != null ? b.dossier() : b.onderwerp() != null ? b.onderwerp() : "organisatie";
    }

    /** Link to the per-dossier page of an audit. */
    public String dossierLink(String auditId, String dossier) {
        return "/api/audits/" + auditId + "/dossiers/" + UriUtils.encodePathSegment(dossier,
                java.nio.charset.StandardCharsets.UTF_8) + "?formaat=html";
    }

    public String anker(String dossier) {
        return RapportModel.anker(dossier);
    }
}
