package nl.normtoets.dossier;

/** The kind of measure a judge ordered; decides which indicators apply. */
public enum Maatregel {
    OTS, VOORLOPIGE_OTS, VOOGDIJ, VOORLOPIGE_VOOGDIJ, JR;

    public boolean isJeugdreclassering() {
        return this == JR;
    }
}
