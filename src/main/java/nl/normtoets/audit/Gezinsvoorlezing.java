package nl.normtoets.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.normtoets.ingest.AuditsetLezer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A cheap first pass over an audit set for the one rule that looks across dossiers (1a.2-D): with Jackson's token
 * stream, reading only each dossier's {@code gezin} and skipping everything else, it records per family the place
 * of its last dossier in the {@code dossiers} array, and counts the array's elements. The streaming audit may then
 * close a batch only where no family it holds has a dossier still to come, so each family is judged whole in one
 * session, as the in-memory audit judges it.
 *
 * <p>Families are kept by a 64-bit hash of their id in an open-addressing table (no boxed keys; 12 bytes a slot).
 * A collision of two families only makes the first look as if it ends where the second ends: a batch is then held
 * open longer than needed, never cut inside a family, so the findings stay the same.
 */
public final class Gezinsvoorlezing {

    /** No family end known (the pre-pass failed, or a family it did not see): hold the batch to the end. */
    static final int ONBEKEND = Integer.MAX_VALUE;

    private long[] sleutels = new long[1 << 10];
    private int[] laatste = new int[1 << 10];
    private int gevuld;
    private int dossiers;
    private final boolean gelukt;

    private Gezinsvoorlezing(boolean gelukt) {
        this.gelukt = gelukt;
    }

    /**
     * Never throws: a file the pre-pass cannot read is reported by the real read; without the pre-pass every family
     * end is {@link #ONBEKEND}.
     */
    public static Gezinsvoorlezing lees(Path bestand) {
        Gezinsvoorlezing v = new Gezinsvoorlezing(true);
        try (InputStream in = Files.newInputStream(bestand);
             JsonParser p = AuditsetLezer.MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Gezinsvoorlezing(false);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String veld = p.currentName();
                JsonToken t = p.nextToken();
                if ("dossiers".equals(veld) && t == JsonToken.START_ARRAY) {
                    for (int positie = 0; p.nextToken() != JsonToken.END_ARRAY; positie++) {
                        v.dossier(p, positie);
                        v.dossiers++;
                    }
                } else {
                    p.skipChildren();
                }
            }
            return v;
        } catch (IOException | RuntimeException e) { // JacksonException is a RuntimeException
            return new Gezinsvoorlezing(false);
        }
    }

    private void dossier(JsonParser p, int positie) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String veld = p.currentName();
            JsonToken t = p.nextToken();
            if ("gezin".equals(veld) && t == JsonToken.VALUE_STRING) {
                zet(hash(p.getString()), positie);
            } else {
                p.skipChildren();
            }
        }
    }

    /** Elements of the {@code dossiers} array (0 when the pre-pass failed). */
    public int dossiers() {
        return dossiers;
    }

    /** The place of the last dossier of family {@code gezin}; {@link #ONBEKEND} when not known. */
    int einde(String gezin) {
        if (!gelukt) {
            return ONBEKEND;
        }
        long h = hash(gezin);
        int masker = sleutels.length - 1;
        for (int i = plek(h, masker); sleutels[i] != 0; i = (i + 1) & masker) {
            if (sleutels[i] == h) {
                return laatste[i];
            }
        }
        return ONBEKEND;
    }

    private void zet(long h, int positie) {
        if ((gevuld + 1) * 4 > sleutels.length * 3) {
            groei();
        }
        int masker = sleutels.length - 1;
        int i = plek(h, masker);
        while (sleutels[i] != 0 && sleutels[i] != h) {
            i = (i + 1) & masker;
        }
        if (sleutels[i] == 0) {
            sleutels[i] = h;
            gevuld++;
        }
        laatste[i] = Math.max(laatste[i], positie);
    }

    private void groei() {
        long[] oudS = sleutels;
        int[] oudL = laatste;
        sleutels = new long[oudS.length * 2];
        laatste = new int[oudS.length * 2];
        gevuld = 0;
        for (int i = 0; i < oudS.length; i++) {
            if (oudS[i] != 0) {
                zet(oudS[i], oudL[i]);
            }
        }
    }

    private static int plek(long h, int masker) {
        return (int) (h ^ (h >>> 32)) & masker;
    }

    /** FNV-1a over the UTF-16 units, finished with a mix; 0 is reserved for an empty slot. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
