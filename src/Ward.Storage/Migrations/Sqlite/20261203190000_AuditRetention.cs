using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ward.Storage.Migrations.Sqlite;

/// <summary>
/// Retention without losing proof: an audit event may be deleted only when a signed checkpoint
/// at or after its sequence exists, so a purge leaves a chain that still verifies from the
/// checkpoint. Checkpoints and consent entries are append-only like the events.
/// </summary>
[DbContext(typeof(SqliteWardDbContext))]
[Migration("20261203190000_AuditRetention")]
public sealed class AuditRetention : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER audit_events_no_delete;");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events " +
            "WHEN NOT EXISTS (SELECT 1 FROM audit_checkpoints c " +
            "WHERE c.practice_id = OLD.practice_id AND c.sequence >= OLD.sequence) " +
            "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
        foreach (var table in AppendOnlyTables)
        {
            migrationBuilder.Sql(
                $"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} " +
                $"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
            migrationBuilder.Sql(
                $"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} " +
                $"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in AppendOnlyTables)
        {
            migrationBuilder.Sql($"DROP TRIGGER {table}_no_update;");
            migrationBuilder.Sql($"DROP TRIGGER {table}_no_delete;");
        }

        migrationBuilder.Sql("DROP TRIGGER audit_events_no_delete;");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events " +
            "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
    }

    private static readonly string[] AppendOnlyTables = ["audit_checkpoints", "consents"];
}
