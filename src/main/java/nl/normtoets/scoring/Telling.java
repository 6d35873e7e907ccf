package nl.normtoets.scoring;

import nl.normtoets.engine.Uitkomst;

/** Outcome counts of one indicator or norm. Only VOLDOET and TEKORT are "toepasbaar". */
public record Telling(int voldoet, int tekort, int nogNietToetsbaar, int nietVanToepassing) {

    public static final Telling LEEG = new Telling(0, 0, 0, 0);

    public Telling plus(Uitkomst u) {
        return switch (u) {
            case VOLDOET -> new Telling(voldoet + 1, tekort, nogNietToetsbaar, nietVanToepassing);
            case TEKORT -> new Telling(voldoet, tekort + 1, nogNietToetsbaar, nietVanToepassing);
            case NOG_NIET_TOETSBAAR -> new Telling(voldoet, tekort, nogNietToetsbaar + 1, nietVanToepassing);
            case NIET_VAN_TOEPASSING -> new Telling(voldoet, tekort, nogNietToetsbaar, nietVanToepassing + 1);
        };
    }

    public Telling plus(Telling t) {
        return new Telling(voldoet + t.voldoet, tekort + t.tekort, nogNietToetsbaar + t.nogNietToetsbaar,
                nietVanToepassing + t.nietVanToepassing);
    }

    public int toepasbaar() {
        return voldoet + tekort;
    }

    /** Share VOLDOET among applicable outcomes; null when nothing applies. */
    public Double aandeel() {
        return toepasbaar() == 0 ? null : (double) voldoet / toepasbaar();
    }
}
