package nl.normtoets.geschiedenis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.scoring.Oordeel;

/**
 * Per norm and indicator, its course over the stored audits of one organisation in peildatum order: judgement
 * (norms), share and count per audit. A norm or indicator missing from an audit (another catalog) has no point
 * there.
 */
public record Trend(String organisatie, List<Auditkop> audits, List<Reeks> reeksen) {

    /** One norm ({@code norm} equal to {@code id}) or indicator over the audits; points line up with the audits. */
    public record Reeks(String id, String norm, String titel, List<Punt> punten) {
    }

    /** Null when the audit had no such norm or indicator. {@code oordeel} is null for indicators. */
    public record Punt(String audit, LocalDate peildatum, Oordeel oordeel, Double percentage, int voldoet,
                       int toepasbaar) {
    }

    public static Trend maak(String organisatie, List<Auditsamenvatting> samenvattingen) {
        Map<String, Reeks> reeksen = new LinkedHashMap<>();
        List<Auditkop> koppen = samenvattingen.stream().map(Auditsamenvatting::kop).toList();
        int n = samenvattingen.size();
        for (int k = 0; k < n; k++) {
            Auditsamenvatting s = samenvattingen.get(k);
            for (NormRij nr : s.normen()) {
                reeks(reeksen, nr.id(), nr.id(), nr.titel(), n).punten().set(k, new Punt(s.kop().id(),
                        s.kop().peildatum(), nr.score(), nr.percentage(), nr.voldoet(), nr.toepasbaar()));
                for (IndicatorRij ir : nr.indicatoren()) {
                    reeks(reeksen, ir.id(), nr.id(), ir.titel(), n).punten().set(k, new Punt(s.kop().id(),
                            s.kop().peildatum(), null, ir.percentage(), ir.voldoet(), ir.toepasbaar()));
                }
            }
        }
        // points may be null (no such norm in that audit), so the unmodifiable view instead of List.copyOf
        return new Trend(organisatie, koppen, reeksen.values().stream()
                .map(r -> new Reeks(r.id(), r.norm(), r.titel(), java.util.Collections.unmodifiableList(r.punten())))
                .toList());
    }

    private static Reeks reeks(Map<String, Reeks> reeksen, String id, String norm, String titel, int n) {
        return reeksen.computeIfAbsent(id, k -> {
            List<Punt> punten = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                punten.add(null);
            }
            return new Reeks(id, norm, titel, punten);
        });
    }
}
