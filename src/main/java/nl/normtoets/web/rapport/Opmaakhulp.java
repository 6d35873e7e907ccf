package nl.normtoets.web.rapport;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.scoring.Oordeel;

/** Formatting functions for the template, as {@code ${f.x(...)}}: keeps the template free of Java class references. */
public final class Opmaakhulp {

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
        return "uitkomst-" + u.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String pct(Double p) {
        return RapportModel.percentage(p);
    }

    public String waarde(Object o) {
        return RapportModel.waarde(o);
    }

    public String anker(Bevinding b) {
        return RapportModel.ankerVan(b);
    }

    public String teams(nl.normtoets.web.beveiliging.Gebruiker g) {
        return String.join(", ", new java.util.TreeSet<>(g.teams()));
    }

    public String onderwerp(Bevinding b) {
        return b.dossier() != null ? b.dossier() : b.onderwerp() != null ? b.onderwerp() : "organisatie";
    }
}
