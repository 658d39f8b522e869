using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ward.Storage.Migrations.Sqlite;

/// <summary>
/// The audit log is append-only (HIPAA 164.312(b)): the database itself refuses to update or
/// delete an event, whatever code runs against it.
/// </summary>
[DbContext(typeof(SqliteWardDbContext))]
[Migration("20261203170000_AuditAppendOnly")]
public sealed class AuditAppendOnly : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events " +
            "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events " +
            "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER audit_events_no_update;");
        migrationBuilder.Sql("DROP TRIGGER audit_events_no_delete;");
    }
}
