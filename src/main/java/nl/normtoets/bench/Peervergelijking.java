package nl.normtoets.bench;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.scoring.Telling;

/**
 * Runs the peer on the file the product just audited and insists on the same counts for 1a.3-A: a ratio against a
 * peer that computes something else would mean nothing, so unequal counts stop the bench.
 */
public final class Peervergelijking {

    public static final String INDICATOR = "1a.3-A";

    /** @param ms best wall time of the peer's computation, in this JVM (connection, read_json, query) */
    public record Uitslag(String peer, double ms, Telling telling) {
    }

    private final Peer peer;

    public Peervergelijking(Peer peer) {
        this.peer = peer;
    }

    /** The product's counts for 1a.3-A from its report (the indicator row, not the findings: those may stream). */
    public static Telling product(Auditrapport rapport) {
        for (Auditrapport.NormRij n : rapport.normen()) {
            for (Auditrapport.IndicatorRij i : n.indicatoren()) {
                if (INDICATOR.equals(i.id())) {
                    return new Telling(i.voldoet(), i.tekort(), i.nogNietToetsbaar(), i.nietVanToepassing());
                }
            }
        }
        throw new IllegalStateException("het rapport heeft geen indicator " + INDICATOR);
    }

    /** Best of {@code keer} runs; throws when the peer's counts differ from the product's. */
    public Uitslag meet(Path json, Normcatalogus catalogus, Auditrapport rapport, int keer) throws Exception {
        Indicator indicator = catalogus.indicator(INDICATOR)
                .orElseThrow(() -> new IllegalStateException("de catalogus heeft geen indicator " + INDICATOR));
        Set<String> uitgesloten = rapport.afgewezen().stream().map(a -> a.dossier()).collect(Collectors.toSet());
        Telling verwacht = product(rapport);
        double best = Double.MAX_VALUE;
        Telling telling = null;
        for (int i = 0; i < Math.max(1, keer); i++) {
            long t0 = System.nanoTime();
            telling = peer.eersteContact(json, indicator, rapport.peildatum(), uitgesloten);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        if (!verwacht.equals(telling)) {
            throw new IllegalStateException(peer.naam() + " telt voor " + INDICATOR + " " + tekst(telling)
                    + ", het product " + tekst(verwacht) + " (" + json.getFileName() + ")");
        }
        return new Uitslag(peer.naam(), Math.round(best * 10) / 10.0, telling);
    }

    static String tekst(Telling t) {
        return t.voldoet() + " voldoet / " + t.tekort() + " tekort / " + t.nogNietToetsbaar() + " nog niet toetsbaar / "
                + t.nietVanToepassing() + " niet van toepassing";
    }
}
