package nl.normtoets.geschiedenis;

import java.util.HashMap;
import java.util.Map;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.Auditset;

/** The attributes of a dossier stored with each of its findings, so a series by team needs no input file. */
public record Dossierkenmerk(String team, String regio, String gemeente, String maatregel) {

    public static Map<String, Dossierkenmerk> uit(Auditset set) {
        Map<String, Dossierkenmerk> m = new HashMap<>(set.dossiers().size() * 2);
        for (Dossier d : set.dossiers()) {
            m.put(d.id(), new Dossierkenmerk(d.team(), d.regio(), d.gemeente(), d.maatregel().name()));
        }
        return m;
    }
}
