package nl.normtoets.geschiedenis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijsstuk;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
import nl.normtoets.ingest.tabel.Importverslag;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.Aantallen;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.thema4.Thema4Cijfers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit store: every audit kept with its metadata, judgements, findings, rejections and theme-4 figures, in H2
 * or PostgreSQL (schema by Flyway, {@code db/migration}). One audit is written in one transaction, so a half-stored
 * audit is never seen. Findings go in with JDBC batches, on PostgreSQL with COPY: a national audit has millions.
 * Reading an audit's summary touches the audit, theme, norm and indicator tables only, never the findings.
 */
public final class Auditarchief {

    static final int BATCH = 5_000;
    private static final int COPY_BLOK = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> BEWIJS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEKSTEN = new TypeReference<>() {
    };

    private static final String KOP = "SELECT id, organisatie, peildatum, periode_van, periode_tot, per_datum, bron, "
            + "catalogus_versie, catalogus_vingerafdruk, invoer_vingerafdruk, gemaakt, door, dossiers_ingelezen, "
            + "dossiers_getoetst, dossiers_afgewezen, bevindingen, weggelaten_feiten, weggelaten_dossiers, opgeruimd "
            + "FROM audit";
    private static final String BEVINDING_KOLOMMEN = "audit_id, volgnummer, norm, indicator, dossier, onderwerp, "
            + "uitkomst, team, regio, gemeente, maatregel, toelichting, bewijs, bewijssoort";

    private final DataSource ds;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactie;
    private final boolean postgres;

    public Auditarchief(DataSource ds) {
        this.ds = ds;
        this.template = new JdbcTemplate(ds);
        this.jdbc = JdbcClient.create(template);
        this.transactie = new TransactionTemplate(new DataSourceTransactionManager(ds));
        this.postgres = Boolean.TRUE.equals(template.execute((Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    /**
     * Stores an audit. {@code set} is the audit set it was made from: its dossiers give each finding its team,
     * regio, gemeente and maatregel, and are kept (gzipped) so a team's view can be re-made later; it may be null.
     * {@code verslag} is the import report of a registration export (null otherwise).
     */
    public Auditkop bewaar(Auditrapport r, Herkomst h, Auditset set, Importverslag verslag) {
        String id = UUID.randomUUID().toString();
        Map<String, Dossierkenmerk> kenmerken = set == null ? Map.of() : Dossierkenmerk.uit(set);
        int invoerAfgewezen = set == null ? 0 : set.afgewezen().size();
        byte[] invoer = set == null ? null : gzip(set);
        transactie.executeWithoutResult(s -> {
            schrijfKop(id, r, h, set);
            schrijfOordelen(id, r);
            schrijfAfwijzingen(id, r.afgewezen(), invoerAfgewezen);
            if (postgres) {
                kopieerBevindingen(id, r.bevindingen(), kenmerken);
            } else {
                batchBevindingen(id, r.bevindingen(), kenmerken);
            }
            if (invoer != null || verslag != null) {
                jdbc.sql("INSERT INTO audit_invoer (audit_id, auditset_gzip, importverslag) VALUES (?, ?, ?)")
                        .params(id, invoer, verslag == null ? null : JSON.writeValueAsString(verslag)).update();
            }
        });
        return kop(id).orElseThrow();
    }

    private void schrijfKop(String id, Auditrapport r, Herkomst h, Auditset set) {
        Aantallen a = r.aantallen();
        jdbc.sql("INSERT INTO audit (id, organisatie, peildatum, periode_van, periode_tot, per_datum, bron, "
                        + "catalogus_versie, catalogus_vingerafdruk, invoer_vingerafdruk, gemaakt, door, "
                        + "dossiers_ingelezen, dossiers_getoetst, dossiers_afgewezen, bevindingen, weggelaten_feiten, "
                        + "weggelaten_dossiers, organisatie_fouten, thema4, rapportkop) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, r.organisatie(), r.peildatum(), h.periodeVan(), h.periodeTot(), h.perDatum(),
                        set == null ? null : set.bron(), r.catalogusVersie(), h.catalogusVingerafdruk(),
                        h.invoerVingerafdruk(), tijd(h.gemaakt() == null ? Instant.now() : h.gemaakt()), h.door(),
                        a.dossiersIngelezen(), a.dossiersGetoetst(), a.dossiersAfgewezen(), a.bevindingen(),
                        a.weggelatenFeiten(), a.weggelatenDossiers(), JSON.writeValueAsString(r.organisatieFouten()),
                        r.thema4() == null ? null : JSON.writeValueAsString(r.thema4()),
                        JSON.writeValueAsString(new Rapportkop(r.normen(), r.themas(), r.periode(), r.maandtabel(),
                                r.nietGebruikt())))
                .update();
    }

    /** What the report says besides its findings and rejections, kept whole so a reload gives the same report. */
    record Rapportkop(List<Auditrapport.NormRij> normen, List<Auditrapport.ThemaRij> themas,
                      Auditrapport.Periode periode, nl.normtoets.scoring.Maandtabel maandtabel,
                      List<Auditrapport.NietGebruikt> nietGebruikt) {
    }

    private void schrijfOordelen(String id, Auditrapport r) {
        List<Object[]> themas = new ArrayList<>();
        for (int i = 0; i < r.themas().size(); i++) {
            ThemaRij t = r.themas().get(i);
            themas.add(new Object[] {id, i, t.id(), t.titel(), t.score().name(), t.reden()});
        }
        template.batchUpdate("INSERT INTO audit_thema (audit_id, volgorde, thema, titel, oordeel, reden) "
                + "VALUES (?, ?, ?, ?, ?, ?)", themas);
        List<Object[]> normen = new ArrayList<>();
        List<Object[]> indicatoren = new ArrayList<>();
        for (int i = 0; i < r.normen().size(); i++) {
            NormRij n = r.normen().get(i);
            normen.add(new Object[] {id, i, n.id(), n.thema(), n.titel(), n.score().name(), n.toepasbaar(),
                    n.voldoet(), n.percentage(), n.tekort(), n.nogNietToetsbaar(), n.nietVanToepassing(), n.reden()});
            for (int j = 0; j < n.indicatoren().size(); j++) {
                IndicatorRij ir = n.indicatoren().get(j);
                indicatoren.add(new Object[] {id, n.id(), j, ir.id(), ir.titel(), ir.toepasbaar(), ir.voldoet(),
                        ir.percentage(), ir.tekort(), ir.nogNietToetsbaar(), ir.nietVanToepassing()});
            }
        }
        template.batchUpdate("INSERT INTO audit_norm (audit_id, volgorde, norm, thema, titel, oordeel, toepasbaar, "
                + "voldoet, percentage, tekort, nog_niet_toetsbaar, niet_van_toepassing, reden) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", normen);
        template.batchUpdate("INSERT INTO audit_indicator (audit_id, norm, volgorde, indicator, titel, toepasbaar, "
                + "voldoet, percentage, tekort, nog_niet_toetsbaar, niet_van_toepassing) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indicatoren);
    }

    private void schrijfAfwijzingen(String id, List<Afwijzing> afgewezen, int uitInvoer) {
        List<Object[]> rijen = new ArrayList<>();
        for (int i = 0; i < afgewezen.size(); i++) {
            Afwijzing a = afgewezen.get(i);
            rijen.add(new Object[] {id, i, a.dossier(), a.team(), i < uitInvoer, JSON.writeValueAsString(a.fouten())});
        }
        for (int i = 0; i < rijen.size(); i += BATCH) {
            template.batchUpdate("INSERT INTO audit_afwijzing (audit_id, volgnummer, dossier, team, uit_invoer, fouten) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", rijen.subList(i, Math.min(rijen.size(), i + BATCH)));
        }
    }

    private void batchBevindingen(String id, List<Bevinding> bevindingen, Map<String, Dossierkenmerk> kenmerken) {
        String sql = "INSERT INTO audit_bevinding (" + BEVINDING_KOLOMMEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int start = 0; start < bevindingen.size(); start += BATCH) {
            int van = start;
            int aantal = Math.min(BATCH, bevindingen.size() - start);
            template.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    String[] v = velden(id, van + i, bevindingen.get(van + i), kenmerken);
                    for (int k = 0; k < v.length; k++) {
                        if (k == 1) {
                            ps.setInt(2, van + i);
                        } else {
                            ps.setString(k + 1, v[k]);
                        }
                    }
                }

                @Override
                public int getBatchSize() {
                    return aantal;
                }
            });
        }
    }

    /** PostgreSQL's COPY in CSV, streamed in blocks of about a megabyte: no statement per finding. */
    private void kopieerBevindingen(String id, List<Bevinding> bevindingen, Map<String, Dossierkenmerk> kenmerken) {
        Connection c = DataSourceUtils.getConnection(ds); // the transaction's connection
        try {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY audit_bevinding (" + BEVINDING_KOLOMMEN + ") FROM STDIN WITH (FORMAT csv)");
            try {
                StringBuilder blok = new StringBuilder(COPY_BLOK + 4096);
                for (int i = 0; i < bevindingen.size(); i++) {
                    String[] v = velden(id, i, bevindingen.get(i), kenmerken);
                    for (int k = 0; k < v.length; k++) {
                        if (k > 0) {
                            blok.append(',');
                        }
                        csv(blok, v[k]);
                    }
                    blok.append('\n');
                    if (blok.length() >= COPY_BLOK) {
                        byte[] b = blok.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(b, 0, b.length);
                        blok.setLength(0);
                    }
                }
                byte[] b = blok.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(b, 0, b.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bevindingen konden niet worden opgeslagen: " + e.getSQLState(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }

    /** A CSV field as COPY reads it: null unquoted and empty, every other value quoted (quotes doubled). */
    private static void csv(StringBuilder b, String waarde) {
        if (waarde == null) {
            return;
        }
        b.append('"');
        for (int i = 0; i < waarde.length(); i++) {
            char ch = waarde.charAt(i);
            if (ch == '"') {
                b.append('"');
            }
            b.append(ch);
        }
        b.append('"');
    }

    private static String[] velden(String id, int volgnummer, Bevinding b, Map<String, Dossierkenmerk> kenmerken) {
        // a finding made by the engine carries its dossier's attributes; one made before that takes them from the set
        Dossierkenmerk k = b.dossier() == null ? null : b.maatregel() != null
                ? new Dossierkenmerk(b.team(), b.regio(), b.gemeente(), b.maatregel().name())
                : kenmerken.get(b.dossier());
        return new String[] {id, Integer.toString(volgnummer), b.norm(), b.indicator(), b.dossier(), b.onderwerp(),
                b.uitkomst().name(), k == null ? null : k.team(), k == null ? null : k.regio(),
                k == null ? null : k.gemeente(), k == null ? null : k.maatregel(), b.toelichting(),
                b.bewijs().isEmpty() ? null : JSON.writeValueAsString(b.bewijs()),
                b.bewijs().isEmpty() ? null : Bewijsstuk.soort(b.bewijs())};
    }

    private static byte[] gzip(Auditset set) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(uit, 1 << 16)) {
            AuditsetSchrijver.schrijf(z, set.peildatum(), set.organisatie(), set.dossiers().iterator(),
                    () -> set.organisatieFeiten() == null ? null
                            : AuditsetLezer.MAPPER.valueToTree(set.organisatieFeiten()), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    // ---- reading ----

    /** The stored audits, of one organisation or (null) all, oldest peildatum first. */
    public List<Auditkop> lijst(String organisatie) {
        String sql = KOP + (organisatie == null ? "" : " WHERE organisatie = ?") + " ORDER BY peildatum, gemaakt, id";
        var q = jdbc.sql(sql);
        if (organisatie != null) {
            q = q.param(organisatie);
        }
        return q.query((rs, n) -> kop(rs)).list();
    }

    public Optional<Auditkop> kop(String id) {
        return jdbc.sql(KOP + " WHERE id = ?").param(id).query((rs, n) -> kop(rs)).optional();
    }

    /** Judgements and counts, without findings: a few small queries. */
    public Optional<Auditsamenvatting> samenvatting(String id) {
        return kop(id).map(k -> rapportkop(id).map(rk -> new Auditsamenvatting(k, rk.normen(), rk.themas()))
                .orElseGet(() -> new Auditsamenvatting(k, normen(id), themas(id))));
    }

    /** The report's summary as stored whole (V4); empty for audits stored before it. */
    private Optional<Rapportkop> rapportkop(String id) {
        return jdbc.sql("SELECT rapportkop FROM audit WHERE id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o)
                .map(json -> JSON.readValue(json, Rapportkop.class));
    }

    /** The whole report as it was made (findings in their order), or empty if no audit has this id. */
    public Optional<Auditrapport> rapport(String id) {
        Optional<Auditkop> kop = kop(id);
        if (kop.isEmpty()) {
            return Optional.empty();
        }
        Auditkop k = kop.get();
        Map<String, Object> rest = jdbc.sql("SELECT organisatie_fouten, thema4, rapportkop FROM audit WHERE id = ?")
                .param(id).query().singleRow();
        String kopJson = (String) rest.get(sleutel(rest, "rapportkop"));
        Rapportkop rk = kopJson == null ? null : JSON.readValue(kopJson, Rapportkop.class);
        List<String> orgFouten = leesTeksten((String) rest.get(sleutel(rest, "organisatie_fouten")));
        String t4 = (String) rest.get(sleutel(rest, "thema4"));
        Thema4Cijfers thema4 = t4 == null ? null : JSON.readValue(t4, Thema4Cijfers.class);
        List<Bevinding> bevindingen = new ArrayList<>(Math.max(16, k.aantallen().bevindingen()));
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT norm, indicator, dossier, onderwerp, uitkomst, "
                    + "toelichting, bewijs, bewijssoort, team, regio, gemeente, maatregel FROM audit_bevinding "
                    + "WHERE audit_id = ? ORDER BY volgnummer");
            ps.setString(1, id);
            ps.setFetchSize(BATCH); // PostgreSQL streams in a transaction only; elsewhere a hint
            return ps;
        }, rs -> {
            String bewijs = rs.getString(7);
            String dossier = rs.getString(3);
            bevindingen.add(new Bevinding(rs.getString(1), rs.getString(2), dossier, rs.getString(4),
                    Uitkomst.valueOf(rs.getString(5)), rs.getString(6),
                    bewijs == null ? Map.of() : Bewijsstuk.herstel(bewijssoort(rs.getString(8), dossier),
                            JSON.readValue(bewijs, BEWIJS)), rs.getString(9), rs.getString(10), rs.getString(11),
                    rs.getString(12) == null ? null : Maatregel.valueOf(rs.getString(12))));
        });
        List<Afwijzing> afgewezen = afwijzingen(id, false);
        if (rk != null) {
            return Optional.of(new Auditrapport(k.peildatum(), k.organisatie(), k.catalogusVersie(), k.aantallen(),
                    rk.normen(), rk.themas(), bevindingen, afgewezen, orgFouten, thema4, rk.periode(),
                    rk.maandtabel(), rk.nietGebruikt()));
        }
        return Optional.of(new Auditrapport(k.peildatum(), k.organisatie(), k.catalogusVersie(), k.aantallen(),
                normen(id), themas(id), bevindingen, afgewezen, orgFouten, thema4));
    }

    /**
     * The stored kind of a finding's evidence. Rows from before the kind was kept have none: the reader then
     * recognises it by its keys, but only for dossier findings, because the shared checks that make typed evidence
     * judge dossiers; organisation findings carry plain maps that can look like a term check (5.1-B: advies,
     * termijn, uiterlijk, terugkoppeling).
     */
    private static String bewijssoort(String opgeslagen, String dossier) {
        return opgeslagen == null && dossier == null ? Bewijsstuk.KAART : opgeslagen;
    }

    /**
     * The audit set the audit was made from: the accepted dossiers and the rejections made while reading it. Empty
     * when none was stored or retention removed it.
     */
    public Optional<Auditset> auditset(String id) {
        Optional<Auditkop> kop = kop(id);
        Optional<byte[]> gzip = jdbc.sql("SELECT auditset_gzip FROM audit_invoer WHERE audit_id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getBytes(1))).optional().flatMap(o -> o);
        if (kop.isEmpty() || gzip.isEmpty()) {
            return Optional.empty();
        }
        Auditkop k = kop.get();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip.get()))) {
            Auditset set = new AuditsetLezer().lees(in, k.bron() == null ? "opslag" : k.bron(), k.peildatum());
            return Optional.of(new Auditset(set.bron(), set.peildatum(), set.organisatie(), set.dossiers(),
                    afwijzingen(id, true), set.organisatieFeiten(), set.organisatieFouten()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Importverslag> importverslag(String id) {
        return jdbc.sql("SELECT importverslag FROM audit_invoer WHERE audit_id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o)
                .map(s -> JSON.readValue(s, Importverslag.class));
    }

    /** Every dossier-level outcome of one audit, without explanation or evidence: what a comparison needs. */
    public List<Dossieruitkomst> uitkomsten(String id) {
        List<Dossieruitkomst> uit = new ArrayList<>();
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT indicator, dossier, team, uitkomst FROM audit_bevinding "
                    + "WHERE audit_id = ? AND dossier IS NOT NULL");
            ps.setString(1, id);
            ps.setFetchSize(BATCH);
            return ps;
        }, rs -> {
            uit.add(new Dossieruitkomst(rs.getString(1), rs.getString(2), rs.getString(3),
                    Uitkomst.valueOf(rs.getString(4))));
        });
        return uit;
    }

    /**
     * The dossier-level outcomes of the given teams' dossiers, as findings without explanation or evidence: enough
     * to judge the audit again for those teams only. Empty after retention.
     */
    public List<Bevinding> bevindingenVanTeams(String id, java.util.Collection<String> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        String vragen = String.join(", ", java.util.Collections.nCopies(teams.size(), "?"));
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(teams);
        return jdbc.sql("SELECT norm, indicator, dossier, uitkomst FROM audit_bevinding WHERE audit_id = ? "
                        + "AND dossier IS NOT NULL AND team IN (" + vragen + ")")
                .params(params)
                .query((rs, n) -> new Bevinding(rs.getString(1), rs.getString(2), rs.getString(3), null,
                        Uitkomst.valueOf(rs.getString(4)), "", Map.of()))
                .list();
    }

    /**
     * Retention: for audits whose peildatum lies before {@code grens}, removes the dossier-level findings, the
     * rejections (they name dossiers) and the stored input; organisation findings, judgements, counts and theme-4
     * figures stay. Returns how many audits were cleaned now.
     */
    public int ruimOp(LocalDate grens) {
        return Optional.ofNullable(transactie.execute(s -> {
            List<String> ids = jdbc.sql("SELECT id FROM audit WHERE peildatum < ? AND opgeruimd IS NULL")
                    .param(grens).query(String.class).list();
            for (String id : ids) {
                jdbc.sql("DELETE FROM audit_bevinding WHERE audit_id = ? AND dossier IS NOT NULL").param(id).update();
                jdbc.sql("DELETE FROM audit_afwijzing WHERE audit_id = ?").param(id).update();
                jdbc.sql("DELETE FROM audit_invoer WHERE audit_id = ?").param(id).update();
                jdbc.sql("UPDATE audit SET opgeruimd = ? WHERE id = ?").params(tijd(Instant.now()), id).update();
            }
            return ids.size();
        })).orElse(0);
    }

    private List<NormRij> normen(String id) {
        Map<String, List<IndicatorRij>> perNorm = new LinkedHashMap<>();
        jdbc.sql("SELECT norm, indicator, titel, toepasbaar, voldoet, percentage, tekort, nog_niet_toetsbaar, "
                        + "niet_van_toepassing FROM audit_indicator WHERE audit_id = ? ORDER BY norm, volgorde")
                .param(id).query((ResultSet rs) -> {
                    perNorm.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(new IndicatorRij(
                            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), dubbel(rs, 6), rs.getInt(7),
                            rs.getInt(8), rs.getInt(9)));
                });
        return jdbc.sql("SELECT norm, thema, titel, oordeel, toepasbaar, voldoet, percentage, tekort, "
                        + "nog_niet_toetsbaar, niet_van_toepassing, reden FROM audit_norm WHERE audit_id = ? "
                        + "ORDER BY volgorde")
                .param(id).query((rs, n) -> new NormRij(rs.getString(1), rs.getString(2), rs.getString(3),
                        Oordeel.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), dubbel(rs, 7), rs.getInt(8),
                        rs.getInt(9), rs.getInt(10), rs.getString(11),
                        List.copyOf(perNorm.getOrDefault(rs.getString(1), List.of()))))
                .list();
    }

    private List<ThemaRij> themas(String id) {
        return jdbc.sql("SELECT thema, titel, oordeel, reden FROM audit_thema WHERE audit_id = ? ORDER BY volgorde")
                .param(id).query((rs, n) -> new ThemaRij(rs.getString(1), rs.getString(2),
                        Oordeel.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    private List<Afwijzing> afwijzingen(String id, boolean alleenUitInvoer) {
        return jdbc.sql("SELECT dossier, team, fouten FROM audit_afwijzing WHERE audit_id = ?"
                        + (alleenUitInvoer ? " AND uit_invoer = TRUE" : "") + " ORDER BY volgnummer")
                .param(id).query((rs, n) -> new Afwijzing(rs.getString(1), rs.getString(2), leesTeksten(rs.getString(3))))
                .list();
    }

    private static Auditkop kop(ResultSet rs) throws SQLException {
        return new Auditkop(rs.getString("id"), rs.getString("organisatie"), datum(rs, "peildatum"),
                datum(rs, "periode_van"), datum(rs, "periode_tot"), datum(rs, "per_datum"), rs.getString("bron"),
                rs.getString("catalogus_versie"), rs.getString("catalogus_vingerafdruk"),
                rs.getString("invoer_vingerafdruk"), moment(rs, "gemaakt"), rs.getString("door"),
                new Aantallen(rs.getInt("dossiers_ingelezen"), rs.getInt("dossiers_getoetst"),
                        rs.getInt("dossiers_afgewezen"), rs.getInt("bevindingen"), geheel(rs, "weggelaten_feiten"),
                        geheel(rs, "weggelaten_dossiers")),
                moment(rs, "opgeruimd"));
    }

    private static String sleutel(Map<String, Object> rij, String kolom) {
        // H2 reports column names in upper case, PostgreSQL in lower case
        return rij.containsKey(kolom) ? kolom : kolom.toUpperCase();
    }

    private static List<String> leesTeksten(String json) {
        return json == null ? List.of() : JSON.readValue(json, TEKSTEN);
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Integer geheel(ResultSet rs, String kolom) throws SQLException {
        int v = rs.getInt(kolom);
        return rs.wasNull() ? null : v;
    }

    private static Double dubbel(ResultSet rs, int kolom) throws SQLException {
        double v = rs.getDouble(kolom);
        return rs.wasNull() ? null : v;
    }

    private static OffsetDateTime tijd(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
