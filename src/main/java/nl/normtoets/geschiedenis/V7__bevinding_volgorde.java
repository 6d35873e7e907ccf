package nl.normtoets.geschiedenis;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V7: the findings table made fit for bulk stores of millions of rows (profiled on H2 storing a
 * 10 000-dossier audit). A Java migration because the foreign key's name is generated and differs between H2 and
 * PostgreSQL; registered in {@link Databank#migreer}.
 * <ul>
 * <li>Findings are read by audit in report order (volgnummer), never by indicator. The index on
 * (audit_id, indicator) made every store insert into random places of the B-tree and every full read sort; on
 * (audit_id, volgnummer) a store appends and a read walks the index in order.</li>
 * <li>The foreign key to {@code audit} is dropped: checking it cost H2 a parent lookup and lock per finding (about
 * a third of the store). Findings are written only by {@link Bevindingschrijver}, inside the transaction that
 * inserts their audit, and audits are never deleted (retention removes findings, not the audit row), so the check
 * could never fail and its ON DELETE CASCADE never fire.</li>
 * </ul>
 */
public final class V7__bevinding_volgorde extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("DROP INDEX audit_bevinding_audit");
            st.execute("CREATE INDEX audit_bevinding_volgorde ON audit_bevinding (audit_id, volgnummer)");
            for (String fk : sleutels(c)) {
                st.execute("ALTER TABLE audit_bevinding DROP CONSTRAINT \"" + fk.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /** The names of the findings table's foreign keys (H2 keeps names in upper case, PostgreSQL in lower). */
    private static List<String> sleutels(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String tabel = md.storesUpperCaseIdentifiers() ? "AUDIT_BEVINDING" : "audit_bevinding";
        List<String> namen = new ArrayList<>();
        try (ResultSet rs = md.getImportedKeys(c.getCatalog(), c.getSchema(), tabel)) {
            while (rs.next()) {
                String naam = rs.getString("FK_NAME");
                if (naam != null && !namen.contains(naam)) {
                    namen.add(naam);
                }
            }
        }
        return namen;
    }
}
