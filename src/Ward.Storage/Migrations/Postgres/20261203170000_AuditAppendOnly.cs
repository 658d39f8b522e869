using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ward.Storage.Migrations.Postgres;

/// <summary>
/// The audit log is append-only (HIPAA 164.312(b)): the database itself refuses to update,
/// delete or truncate events, whatever code runs against it.
/// </summary>
[DbContext(typeof(PostgresWardDbContext))]
[Migration("20261203170000_AuditAppendOnly")]
public sealed class AuditAppendOnly : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            "CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ " +
            "BEGIN RAISE EXCEPTION 'audit_events is append-only'; END; $$;");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events " +
            "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();");
        migrationBuilder.Sql(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events " +
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse();");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER audit_events_no_truncate ON audit_events;");
        migrationBuilder.Sql("DROP TRIGGER audit_events_no_change ON audit_events;");
        migrationBuilder.Sql("DROP FUNCTION audit_events_refuse();");
    }
}
