package nl.normtoets.geschiedenis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.review.Antwoord;
import nl.normtoets.review.Criterium;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.Lezingscore;
import nl.normtoets.review.Lezingverslag;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Steekproefdossier;
import nl.normtoets.review.Trekreden;
import nl.normtoets.review.Vraagantwoord;
import nl.normtoets.review.VieroogenFout;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store of samples and dossierlezing answers (migration V5), beside the audits they belong to. Spring JDBC on
 * the same database as {@link Auditarchief}; a sample and its dossiers are written in one transaction, a dossier's
 * answers replace its earlier answers in one transaction.
 *
 * <p>Four eyes: the workers of a sampled dossier are copied from the audit's stored audit set (every
 * {@code toewijzingen[].medewerker}, past and present) into the sample when it is drawn. The audit set is the
 * complete input; a finding's evidence names only the worker that one indicator looked at (3.4-B: the current one),
 * so it would miss earlier workers. Because the ids are kept with the sample, the check still works after retention
 * removed the input.
 */
public final class Reviewarchief {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> TEKSTEN = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> REDENEN = new TypeReference<>() {
    };

    private final Auditarchief audits;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;

    public Reviewarchief(DataSource ds) {
        this(ds, new Auditarchief(ds));
    }

    public Reviewarchief(DataSource ds, Auditarchief audits) {
        this.audits = audits;
        this.jdbc = JdbcClient.create(new JdbcTemplate(ds));
        this.transactie = new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    /**
     * Draws a sample from a stored audit (its stored audit set; dossiers the audit rejected are left out) and
     * stores it. Throws {@link java.util.NoSuchElementException} when the audit is unknown or its input was removed
     * by retention.
     */
    public Steekproef trekEnBewaar(String audit, int aantal, long startwaarde, String door) {
        if (audits.kop(audit).isEmpty()) {
            throw new NoSuchElementException("audit " + audit + " is niet bewaard");
        }
        Auditset set = audits.auditset(audit).orElseThrow(() -> new NoSuchElementException("van audit " + audit
                + " is de invoer niet (meer) bewaard; een steekproef kan alleen uit een audit met invoer"));
        List<String> afgewezen = jdbc.sql("SELECT dossier FROM audit_afwijzing WHERE audit_id = ? AND dossier IS NOT NULL")
                .param(audit).query(String.class).list();
        return bewaar(Steekproef.trek(audit, set, afgewezen, aantal, startwaarde, door));
    }

    /** Stores a drawn sample; returns it with its new id. */
    public Steekproef bewaar(Steekproef s) {
        String id = UUID.randomUUID().toString();
        Instant getrokken = (s.getrokken() == null ? Instant.now() : s.getrokken()).truncatedTo(ChronoUnit.MILLIS);
        transactie.executeWithoutResult(t -> {
            jdbc.sql("INSERT INTO steekproef (id, audit_id, aantal, startwaarde, getrokken, door) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, s.audit(), s.aantal(), s.startwaarde(), tijd(getrokken), s.door()).update();
            for (Steekproefdossier d : s.dossiers()) {
                List<Map<String, String>> redenen = new ArrayList<>();
                for (Trekreden r : d.redenen()) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("criterium", r.criterium().name());
                    if (r.waarde() != null) {
                        m.put("waarde", r.waarde());
                    }
                    redenen.add(m);
                }
                jdbc.sql("INSERT INTO steekproef_dossier (steekproef_id, volgorde, dossier, team, maatregel, startdatum, "
                                + "medewerkers, redenen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(id, d.volgorde(), d.dossier(), d.team(), d.maatregel(), d.startdatum(),
                                JSON.writeValueAsString(d.medewerkers()), JSON.writeValueAsString(redenen))
                        .update();
            }
        });
        return new Steekproef(id, s.audit(), s.aantal(), s.startwaarde(), getrokken, s.door(), s.dossiers());
    }

    /** The samples of one audit, newest first. */
    public List<Steekproef> steekproeven(String audit) {
        List<String> ids = jdbc.sql("SELECT id FROM steekproef WHERE audit_id = ? ORDER BY getrokken DESC, id")
                .param(audit).query(String.class).list();
        return ids.stream().map(this::steekproef).flatMap(Optional::stream).toList();
    }

    public Optional<Steekproef> steekproef(String id) {
        record Kop(String audit, int aantal, long startwaarde, Instant getrokken, String door) {
        }
        Optional<Kop> kop = jdbc.sql("SELECT audit_id, aantal, startwaarde, getrokken, door FROM steekproef WHERE id = ?")
                .param(id).query((rs, n) -> new Kop(rs.getString(1), rs.getInt(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
                .optional();
        if (kop.isEmpty()) {
            return Optional.empty();
        }
        List<Steekproefdossier> dossiers = jdbc.sql("SELECT dossier, volgorde, team, maatregel, startdatum, medewerkers, "
                        + "redenen FROM steekproef_dossier WHERE steekproef_id = ? ORDER BY volgorde")
                .param(id).query((rs, n) -> new Steekproefdossier(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), JSON.readValue(rs.getString(6), TEKSTEN),
                        redenen(rs.getString(7))))
                .list();
        Kop k = kop.get();
        return Optional.of(new Steekproef(id, k.audit(), k.aantal(), k.startwaarde(), k.getrokken(), k.door(), dossiers));
    }

    private static List<Trekreden> redenen(String json) {
        List<Trekreden> uit = new ArrayList<>();
        for (Map<String, String> m : JSON.readValue(json, REDENEN)) {
            uit.add(new Trekreden(Criterium.valueOf(m.get("criterium")), m.get("waarde")));
        }
        return uit;
    }

    /** The audit's newest sample: the one its report and the review pages use. */
    public Optional<Steekproef> huidige(String audit) {
        return jdbc.sql("SELECT id FROM steekproef WHERE audit_id = ? ORDER BY getrokken DESC, id")
                .param(audit).query(String.class).list().stream().findFirst().flatMap(this::steekproef);
    }

    /** One sampled dossier's saved answers, if any. */
    public Optional<Dossierantwoorden> antwoorden(String steekproef, String dossier) {
        return lees(steekproef, dossier).stream().findFirst();
    }

    /** Every saved dossier's answers of one sample, in draw order. */
    public List<Dossierantwoorden> antwoorden(String steekproef) {
        return lees(steekproef, null);
    }

    private List<Dossierantwoorden> lees(String steekproef, String dossier) {
        record Kop(String dossier, String lezer, Instant moment) {
        }
        String waar = dossier == null ? "" : " AND l.dossier = ?";
        List<Object> params = dossier == null ? List.of(steekproef) : List.of(steekproef, dossier);
        List<Kop> koppen = jdbc.sql("SELECT l.dossier, l.lezer, l.moment FROM lezing l JOIN steekproef_dossier s "
                        + "ON s.steekproef_id = l.steekproef_id AND s.dossier = l.dossier WHERE l.steekproef_id = ?"
                        + waar + " ORDER BY s.volgorde")
                .params(params).query((rs, n) -> new Kop(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
        Map<String, List<Vraagantwoord>> perDossier = new LinkedHashMap<>();
        jdbc.sql("SELECT dossier, vraag, antwoord, toelichting FROM lezing_antwoord WHERE steekproef_id = ?" + waar.replace("l.", "")
                        + " ORDER BY dossier, volgorde")
                .params(params).query((java.sql.ResultSet rs) -> {
                    perDossier.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(new Vraagantwoord(
                            rs.getString(2), Antwoord.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return koppen.stream().map(k -> new Dossierantwoorden(steekproef, k.dossier(), k.lezer(), k.moment(),
                perDossier.getOrDefault(k.dossier(), List.of()))).toList();
    }

    /**
     * Four eyes as the store sees it: the dossier is in the sample and {@code lezer} is not one of its
     * {@code medewerkers}.
     */
    public boolean magLezen(String steekproef, String dossier, String lezer) {
        return sampled(steekproef, dossier).map(d -> d.magLezen(lezer)).orElse(false);
    }

    private Optional<Steekproefdossier> sampled(String steekproef, String dossier) {
        return jdbc.sql("SELECT dossier, volgorde, team, maatregel, startdatum, medewerkers, redenen "
                        + "FROM steekproef_dossier WHERE steekproef_id = ? AND dossier = ?")
                .params(steekproef, dossier).query((rs, n) -> new Steekproefdossier(rs.getString(1), rs.getInt(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                        JSON.readValue(rs.getString(6), TEKSTEN), redenen(rs.getString(7))))
                .optional();
    }

    /**
     * Saves one dossier's answers (replacing earlier ones) with the reviewer's name and time. Throws
     * {@link VieroogenFout} when the dossier is not in the sample or the reviewer works on it, and
     * {@link IllegalArgumentException} when a question id is not in {@code lijst}.
     */
    public Dossierantwoorden bewaarAntwoorden(Dossierantwoorden a, Dossierlezing lijst) {
        if (a.steekproef() == null) {
            throw new IllegalArgumentException("antwoorden horen bij een steekproef");
        }
        if (a.lezer() == null || a.lezer().isBlank()) {
            throw new IllegalArgumentException("antwoorden hebben een lezer (gebruikersnaam)");
        }
        Steekproefdossier d = sampled(a.steekproef(), a.dossier()).orElseThrow(() -> new VieroogenFout(
                "dossier " + a.dossier() + " zit niet in deze steekproef"));
        if (!d.magLezen(a.lezer())) {
            throw new VieroogenFout("dossier " + a.dossier() + " mag niet worden gelezen door iemand die er "
                    + "jeugdbeschermer op is of was (vier ogen)");
        }
        Set<String> gezien = new HashSet<>();
        for (Vraagantwoord v : a.antwoorden()) {
            if (lijst.vraag(v.vraag()).isEmpty()) {
                throw new IllegalArgumentException("vraag " + v.vraag() + " staat niet in de dossierlezing "
                        + lijst.versie());
            }
            if (!gezien.add(v.vraag())) {
                throw new IllegalArgumentException("vraag " + v.vraag() + " is twee keer beantwoord");
            }
        }
        Instant moment = (a.moment() == null ? Instant.now() : a.moment()).truncatedTo(ChronoUnit.MILLIS);
        String lezer = a.lezer().strip();
        transactie.executeWithoutResult(t -> {
            jdbc.sql("DELETE FROM lezing_antwoord WHERE steekproef_id = ? AND dossier = ?")
                    .params(a.steekproef(), a.dossier()).update();
            jdbc.sql("DELETE FROM lezing WHERE steekproef_id = ? AND dossier = ?")
                    .params(a.steekproef(), a.dossier()).update();
            jdbc.sql("INSERT INTO lezing (steekproef_id, dossier, lezer, moment) VALUES (?, ?, ?, ?)")
                    .params(a.steekproef(), a.dossier(), lezer, tijd(moment)).update();
            int i = 0;
            for (Vraagantwoord v : a.antwoorden()) {
                jdbc.sql("INSERT INTO lezing_antwoord (steekproef_id, dossier, volgorde, vraag, antwoord, toelichting) "
                                + "VALUES (?, ?, ?, ?, ?, ?)")
                        .params(a.steekproef(), a.dossier(), i++, v.vraag(), v.antwoord().name(),
                                v.toelichting().isEmpty() ? null : v.toelichting())
                        .update();
            }
        });
        return new Dossierantwoorden(a.steekproef(), a.dossier(), lezer, moment, a.antwoorden());
    }

    /**
     * The reading of an audit's newest sample scored beside its registration; empty without a sample. Reads the
     * audit's summary and only the sampled dossiers' findings, not the whole audit.
     */
    public Optional<Lezingverslag> verslag(String audit, Normcatalogus catalogus, Dossierlezing lijst) {
        Optional<Steekproef> s = huidige(audit);
        Optional<Auditsamenvatting> sv = audits.samenvatting(audit);
        if (s.isEmpty() || sv.isEmpty()) {
            return Optional.empty();
        }
        Auditkop k = sv.get().kop();
        Auditrapport licht = new Auditrapport(k.peildatum(), k.organisatie(), k.catalogusVersie(), k.aantallen(),
                sv.get().normen(), sv.get().themas(), bevindingen(audit, s.get()), List.of());
        return Optional.of(Lezingscore.bereken(licht, s.get(), antwoorden(s.get().id()), lijst, catalogus));
    }

    /** The registration's outcomes on the sampled dossiers only. */
    private List<Bevinding> bevindingen(String audit, Steekproef s) {
        if (s.dossiers().isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(audit);
        s.dossiers().forEach(d -> params.add(d.dossier()));
        return jdbc.sql("SELECT norm, indicator, dossier, uitkomst FROM audit_bevinding WHERE audit_id = ? AND dossier IN ("
                        + String.join(", ", Collections.nCopies(s.dossiers().size(), "?")) + ")")
                .params(params)
                .query((rs, n) -> new Bevinding(rs.getString(1), rs.getString(2), rs.getString(3), null,
                        Uitkomst.valueOf(rs.getString(4)), "", Map.of()))
                .list();
    }

    /**
     * The audit's report with its {@code dossierlezing} filled in when it has a sample (otherwise the report as
     * stored); empty when no audit has this id.
     */
    public Optional<Auditrapport> rapport(String audit, Normcatalogus catalogus, Dossierlezing lijst) {
        return audits.rapport(audit).map(r -> huidige(audit)
                .map(s -> r.metDossierlezing(Lezingscore.bereken(r, s, antwoorden(s.id()), lijst, catalogus)))
                .orElse(r));
    }

    private static OffsetDateTime tijd(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
