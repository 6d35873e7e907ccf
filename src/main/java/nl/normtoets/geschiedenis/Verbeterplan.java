package nl.normtoets.geschiedenis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored verbeterplan of each organisation (table {@code verbeteractie}). */
public final class Verbeterplan {

    private final JdbcClient jdbc;

    public Verbeterplan(DataSource ds) {
        this.jdbc = JdbcClient.create(ds);
    }

    public Verbeteractie voegToe(String organisatie, String onderwerp, String omschrijving, String eigenaar,
                                 double doel, LocalDate deadline) {
        Verbeteractie a = new Verbeteractie(UUID.randomUUID().toString(), organisatie, onderwerp, omschrijving,
                eigenaar, doel, deadline, Verbeteractie.Status.OPEN);
        jdbc.sql("INSERT INTO verbeteractie (id, organisatie, onderwerp, omschrijving, eigenaar, doel, deadline, "
                        + "status, gemaakt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), organisatie, onderwerp, omschrijving, eigenaar, doel, deadline, a.status().name(),
                        Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        return a;
    }

    /** True when an action with this id existed. */
    public boolean zetStatus(String id, Verbeteractie.Status status) {
        return jdbc.sql("UPDATE verbeteractie SET status = ? WHERE id = ?").params(status.name(), id).update() == 1;
    }

    /** The organisation's actions, earliest deadline first. */
    public List<Verbeteractie> acties(String organisatie) {
        return jdbc.sql("SELECT id, organisatie, onderwerp, omschrijving, eigenaar, doel, deadline, status "
                        + "FROM verbeteractie WHERE organisatie = ? ORDER BY deadline, onderwerp, id")
                .param(organisatie)
                .query((rs, n) -> new Verbeteractie(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getObject(7, LocalDate.class),
                        Verbeteractie.Status.valueOf(rs.getString(8))))
                .list();
    }
}
