package nl.normtoets.ingest.validatie;

/**
 * A field path such as {@code contacten[2].datum}, built as a chain while walking and only turned into text for an
 * error: the walk visits every field of every dossier, the text is needed only when something is wrong.
 */
record Pad(Pad ouder, String veld, int index) {

    static final Pad WORTEL = null;

    static Pad veld(Pad ouder, String veld) {
        return new Pad(ouder, veld, -1);
    }

    static Pad element(Pad ouder, int index) {
        return new Pad(ouder, null, index);
    }

    /** The path as text; the root (null) is the empty string. */
    static String tekst(Pad pad) {
        if (pad == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        pad.schrijf(sb);
        return sb.toString();
    }

    private void schrijf(StringBuilder sb) {
        if (ouder != null) {
            ouder.schrijf(sb);
        }
        if (veld != null) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(veld);
        } else {
            sb.append('[').append(index).append(']');
        }
    }

    @Override
    public String toString() {
        return tekst(this);
    }
}
