package nl.normtoets.dossier;

import java.time.LocalDate;

public record Kernbesluit(LocalDate datum, boolean gedragswetenschapper, boolean jeugdigeBetrokken,
                          boolean oudersBetrokken) {

    public boolean gezinBetrokken() {
        return jeugdigeBetrokken || oudersBetrokken;
    }
}
