package nl.normtoets.geschiedenis;

import java.util.List;
import java.util.Optional;

import nl.normtoets.report.Auditrapport.IndicatorRegel;
import nl.normtoets.report.Auditrapport.NormRegel;
import nl.normtoets.report.Auditrapport.ThemaRegel;

/** A stored audit's judgements and counts per theme, norm and indicator: what history and comparison read. */
public record Auditsamenvatting(Auditkop kop, List<NormRegel> normen, List<ThemaRegel> themas) {

    public Optional<NormRegel> norm(String id) {
        return normen.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<IndicatorRegel> indicator(String id) {
        return normen.stream().flatMap(n -> n.indicatoren().stream()).filter(i -> i.id().equals(id)).findFirst();
    }
}
