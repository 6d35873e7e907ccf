package nl.normtoets.dossier;

import java.util.ArrayList;
import java.util.List;

import java.time.LocalDate;

public record Kernbesluit(LocalDate datum, boolean gedragswetenschapper, boolean jeugdigeBetrokken,
                          boolean oudersBetrokken) {

    public boolean gezinBetrokken() {
        return jeugdigeBetrokken || oudersBetrokken;
    }

    /** What this kernbesluit lacks, in report words ("2025-03-01 zonder gedragswetenschapper"); empty when nothing. */
    public List<String> gebreken() {
        List<String> uit = new ArrayList<>(2);
        if (!gedragswetenschapper) {
            uit.add(datum + " zonder gedragswetenschapper");
        }
        if (!gezinBetrokken()) {
            uit.add(datum + " zonder jeugdige of ouders");
        }
        return uit;
    }

    /** The lacks of several kernbesluiten, in their order. */
    public static List<String> gebreken(List<Kernbesluit> kernbesluiten) {
        List<String> uit = new ArrayList<>();
        kernbesluiten.forEach(k -> uit.addAll(k.gebreken()));
        return uit;
    }
}
