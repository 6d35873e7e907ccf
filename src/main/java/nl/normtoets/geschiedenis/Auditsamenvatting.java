package nl.normtoets.geschiedenis;

import java.util.List;
import java.util.Optional;

import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;

/** A stored audit's judgements and counts per theme, norm and indicator: what history and comparison read. */
public record Auditsamenvatting(Auditkop kop, List<NormRij> normen, List<ThemaRij> themas) {

    public Optional<NormRij> norm(String id) {
        return normen.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<IndicatorRij> indicator(String id) {
        return normen.stream().flatMap(n -> n.indicatoren().stream()).filter(i -> i.id().equals(id)).findFirst();
    }
}
