package nl.normtoets.scoring;

import nl.normtoets.engine.Uitkomst;

/** Outcome counts of one indicator or norm. Only VOLDOET and TEKORT are "toepasbaar". */
public record Telling(int voldoet, int tekort, int nogNietToetsbaar, int nietVanToepassing) {

    public static final Telling LEEG = new Telling(0, 0, 0, 0);

    public Telling plus(Uitkomst u) {
        return plus(u, 1);
    }

    /** {@code n} more outcomes {@code u}. */
    public Telling plus(Uitkomst u, int n) {
        return switch (u) {
            case VOLDOET -> new Telling(voldoet + n, tekort, nogNietToetsbaar, nietVanToepassing);
            case TEKORT -> new Telling(voldoet, tekort + n, nogNietToetsbaar, nietVanToepassing);
            case NOG_NIET_TOETSBAAR -> new Telling(voldoet, tekort, nogNietToetsbaar + n, nietVanToepassing);
            case NIET_VAN_TOEPASSING -> new Telling(voldoet, tekort, nogNietToetsbaar, nietVanToepassing + n);
        };
    }

    public Telling plus(Telling t) {
        return new Telling(voldoet + t.voldoet, tekort + t.tekort, nogNietToetsbaar + t.nogNietToetsbaar,
                nietVanToepassing + t.nietVanToepassing);
    }

    /**
     * These outcomes as one, the worst present (TEKORT, NOG_NIET_TOETSBAAR, VOLDOET, NIET_VAN_TOEPASSING), as for
     * partial checks within one dossier. Scoring no longer uses it for theme 5 (issue 13 judges organisation
     * indicators on the share of their subjects); kept for callers that need one outcome per indicator.
     */
    public Telling alsEen() {
        if (tekort > 0) {
            return LEEG.plus(Uitkomst.TEKORT);
        }
        if (nogNietToetsbaar > 0) {
            return LEEG.plus(Uitkomst.NOG_NIET_TOETSBAAR);
        }
        if (voldoet > 0) {
            return LEEG.plus(Uitkomst.VOLDOET);
        }
        return nietVanToepassing > 0 ? LEEG.plus(Uitkomst.NIET_VAN_TOEPASSING) : LEEG;
    }

    public int toepasbaar() {
        return voldoet + tekort;
    }

    /** Share VOLDOET among applicable outcomes; null when nothing applies. */
    public Double aandeel() {
        return toepasbaar() == 0 ? null : (double) voldoet / toepasbaar();
    }
}
