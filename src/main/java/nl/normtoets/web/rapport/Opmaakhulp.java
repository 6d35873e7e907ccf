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

    /** A share 0..1 as a Dutch percentage; "-" when unknown. */
    public String aandeel(Double a) {
        return a == null ? "-" : RapportModel.percentage(Math.round(a * 1000.0) / 10.0);
    }

    /** A figure with at most one decimal, Dutch comma; "-" when unknown. */
    public String getal(Number n) {
        if (n == null) {
            return "-";
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d)
                : String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',');
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
