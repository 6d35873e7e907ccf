package nl.normtoets.generator;

import nl.normtoets.dossier.Maatregel;

/** A count per kind of measure as the progress reports tabulate it: jeugdreclassering, OTS, voogdij. */
public record PerMaatregel(int jr, int ots, int voogdij) {

    public int totaal() {
        return jr + ots + voogdij;
    }

    /** The column a measure is counted in; the provisional measures count with their final kind. */
    public int van(Maatregel m) {
        return switch (m) {
            case JR -> jr;
            case OTS, VOORLOPIGE_OTS -> ots;
            case VOOGDIJ, VOORLOPIGE_VOOGDIJ -> voogdij;
        };
    }

    /** This count as a share of the same column in {@code noemer}. */
    public double aandeel(Maatregel m, PerMaatregel noemer) {
        return (double) van(m) / noemer.van(m);
    }
}
