package nl.normtoets.geschiedenis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored verbeterplan of each organisation (table {@code verbeteractie}, V2 and V6). */
public final class Verbeterplan {

    private static final String KOLOMMEN = "id, organisatie, onderwerp, omschrijving, eigenaar, doel, deadline, status, "
            + "afgerond, geevalueerd";

    private final JdbcClient jdbc;

    public Verbeterplan(DataSource ds) {
        this.jdbc = JdbcClient.create(ds);
    }

    public Verbeteractie voegToe(String organisatie, String onderwerp, String omschrijving, String eigenaar,
                                 double doel, LocalDate deadline) {
        return voegToe(new Verbeteractie(null, organisatie, onderwerp, omschrijving, eigenaar, doel, deadline,
                Verbeteractie.Status.OPEN));
    }

    /** Stores a new action under a fresh id (the given id is ignored) and returns it as stored. */
    public Verbeteractie voegToe(Verbeteractie nieuw) {
        Verbeteractie a = afgerondBijStatus(new Verbeteractie(UUID.randomUUID().toString(), nieuw.organisatie(),
                nieuw.onderwerp(), nieuw.omschrijving(), nieuw.eigenaar(), nieuw.doel(), nieuw.deadline(),
                nieuw.status() == null ? Verbeteractie.Status.OPEN : nieuw.status(), nieuw.afgerond(),
                nieuw.geevalueerd()));
        jdbc.sql("INSERT INTO verbeteractie (" + KOLOMMEN + ", gemaakt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.organisatie(), a.onderwerp(), a.omschrijving(), a.eigenaar(), a.doel(),
                        a.deadline(), a.status().name(), a.afgerond(), a.geevalueerd(), nu())
                .update();
        return a;
    }

    /**
     * Replaces everything but id and organisation of an existing action. True when it existed. An action set to
     * AFGEROND without a day gets today, so 5.2-B can tell whether it was done in time.
     */
    public boolean wijzig(Verbeteractie a) {
        Verbeteractie w = afgerondBijStatus(a);
        return jdbc.sql("UPDATE verbeteractie SET onderwerp = ?, omschrijving = ?, eigenaar = ?, doel = ?, "
                        + "deadline = ?, status = ?, afgerond = ?, geevalueerd = ?, gewijzigd = ? WHERE id = ?")
                .params(w.onderwerp(), w.omschrijving(), w.eigenaar(), w.doel(), w.deadline(), w.status().name(),
                        w.afgerond(), w.geevalueerd(), nu(), w.id())
                .update() == 1;
    }

    /** True when an action with this id existed. */
    public boolean zetStatus(String id, Verbeteractie.Status status) {
        return actie(id).map(a -> wijzig(new Verbeteractie(a.id(), a.organisatie(), a.onderwerp(), a.omschrijving(),
                a.eigenaar(), a.doel(), a.deadline(), status, status == Verbeteractie.Status.AFGEROND ? a.afgerond()
                : null, status == Verbeteractie.Status.AFGEROND ? a.geevalueerd() : null))).orElse(false);
    }

    public Optional<Verbeteractie> actie(String id) {
        return jdbc.sql("SELECT " + KOLOMMEN + " FROM verbeteractie WHERE id = ?").param(id)
                .query((rs, n) -> rij(rs)).optional();
    }

    /** The organisation's actions, earliest deadline first. */
    public List<Verbeteractie> acties(String organisatie) {
        return jdbc.sql("SELECT " + KOLOMMEN + " FROM verbeteractie WHERE organisatie = ? "
                        + "ORDER BY deadline, onderwerp, id")
                .param(organisatie)
                .query((rs, n) -> rij(rs))
                .list();
    }

    /** Every organisation with at least one action, alphabetically. */
    public List<String> organisaties() {
        return jdbc.sql("SELECT DISTINCT organisatie FROM verbeteractie ORDER BY organisatie").query(String.class)
                .list();
    }

    /**
     * The plan as norm 5.2 reads it: owner, deadline, done and evaluated. Feeds the audit when its set has no
     * {@code verbeteracties} of its own (see {@code audit.Verbeteractiebron}).
     */
    public List<nl.normtoets.organisatie.Verbeteractie> alsOrganisatiefeiten(String organisatie) {
        return acties(organisatie).stream().map(Verbeteractie::alsOrganisatiefeit).toList();
    }

    private static Verbeteractie afgerondBijStatus(Verbeteractie a) {
        if (a.status() == Verbeteractie.Status.AFGEROND && a.afgerond() == null) {
            return new Verbeteractie(a.id(), a.organisatie(), a.onderwerp(), a.omschrijving(), a.eigenaar(), a.doel(),
                    a.deadline(), a.status(), LocalDate.now(ZoneOffset.UTC), a.geevalueerd());
        }
        return a;
    }

    private static Verbeteractie rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Verbeteractie(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDouble(6), rs.getObject(7, LocalDate.class), Verbeteractie.Status.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class));
    }

    private static java.time.OffsetDateTime nu() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }
}
