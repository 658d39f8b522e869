using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ward.Storage.Migrations.Postgres;

/// <summary>
/// Retention without losing proof: an audit event may be deleted only when a signed checkpoint
/// at or after its sequence exists, so a purge leaves a chain that still verifies from the
/// checkpoint. Checkpoints and consent entries are append-only like the events.
/// </summary>
[DbContext(typeof(PostgresWardDbContext))]
[Migration("20261203190000_AuditRetention")]
public sealed class AuditRetention : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER audit_events_no_change ON audit_events;");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events " +
            "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();");
        migrationBuilder.Sql(
            "CREATE FUNCTION audit_events_refuse_unsealed() RETURNS trigger " +
            "LANGUAGE plpgsql AS $$ BEGIN " +
            "IF NOT EXISTS (SELECT 1 FROM audit_checkpoints c WHERE " +
            "c.practice_id = OLD.practice_id AND c.sequence >= OLD.sequence) THEN " +
            "RAISE EXCEPTION 'audit_events is append-only'; END IF; RETURN OLD; END; $$;");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events " +
            "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_unsealed();");
        foreach (var table in AppendOnlyTables)
        {
            migrationBuilder.Sql(
                $"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} " +
                "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();");
            migrationBuilder.Sql(
                $"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} " +
                "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse();");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in AppendOnlyTables)
        {
            migrationBuilder.Sql($"DROP TRIGGER {table}_no_truncate ON {table};");
            migrationBuilder.Sql($"DROP TRIGGER {table}_no_change ON {table};");
        }

        migrationBuilder.Sql("DROP TRIGGER audit_events_no_delete ON audit_events;");
        migrationBuilder.Sql("DROP FUNCTION audit_events_refuse_unsealed();");
        migrationBuilder.Sql("DROP TRIGGER audit_events_no_update ON audit_events;");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events " +
            "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();");
    }

    private static readonly string[] AppendOnlyTables = ["audit_checkpoints", "consents"];
}
