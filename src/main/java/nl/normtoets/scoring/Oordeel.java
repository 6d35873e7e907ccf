package nl.normtoets.scoring;

/** The inspectie's four-point scale, plus "not judged". {@code punten} is the value used to average a theme. */
public enum Oordeel {
    VOLDOET(4),
    VOLDOET_GROTENDEELS(3),
    VOLDOET_GROTENDEELS_NIET(2),
    VOLDOET_NIET(1),
    NIET_BEOORDEELD(0);

    private final int punten;

    Oordeel(int punten) {
        this.punten = punten;
    }

    public int punten() {
        return punten;
    }

    public boolean beoordeeld() {
        return this != NIET_BEOORDEELD;
    }

    static Oordeel vanPunten(int punten) {
        for (Oordeel o : values()) {
            if (o.punten == punten) {
                return o;
            }
        }
        throw new IllegalArgumentException("geen oordeel met " + punten + " punten");
    }
}
