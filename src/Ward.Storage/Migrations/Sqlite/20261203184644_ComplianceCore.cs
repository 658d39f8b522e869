using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ward.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplianceCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_practice_keys",
                table: "practice_keys");

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "practice_keys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "erased_at_ms",
                table: "patients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "patient_id",
                table: "outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "breach_notice_days",
                table: "agreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "service",
                table: "agreements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "subprocessors",
                table: "agreements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "terminated_on",
                table: "agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "termination",
                table: "agreements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_practice_keys",
                table: "practice_keys",
                columns: new[] { "practice_id", "version" });

            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    key_id = table.Column<string>(type: "TEXT", nullable: false),
                    signature = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => new { x.practice_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "breaches",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    summary_cipher = table.Column<byte[]>(type: "BLOB", nullable: false),
                    regimes = table.Column<string>(type: "TEXT", nullable: false),
                    determination = table.Column<string>(type: "TEXT", nullable: false),
                    discovered_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    affected_count = table.Column<int>(type: "INTEGER", nullable: false),
                    affected_by_area = table.Column<string>(type: "TEXT", nullable: false),
                    vendor = table.Column<string>(type: "TEXT", nullable: true),
                    notified = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breaches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "break_glass",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    permission = table.Column<string>(type: "TEXT", nullable: false),
                    operation = table.Column<string>(type: "TEXT", nullable: false),
                    reason_cipher = table.Column<byte[]>(type: "BLOB", nullable: false),
                    at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_break_glass", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", nullable: false),
                    choice = table.Column<string>(type: "TEXT", nullable: false),
                    text_shown = table.Column<string>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    message_id = table.Column<string>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patient_keys",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "TEXT", nullable: false),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    practice_key_version = table.Column<int>(type: "INTEGER", nullable: false),
                    wrapped_key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patient_keys", x => x.patient_id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    completed_on = table.Column<string>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", nullable: false),
                    notes_cipher = table.Column<byte[]>(type: "BLOB", nullable: false),
                    recorded_at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    master_key_id = table.Column<string>(type: "TEXT", nullable: false),
                    wrapped_private_key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    public_key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signing_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    name_cipher = table.Column<byte[]>(type: "BLOB", nullable: false),
                    mobile_cipher = table.Column<byte[]>(type: "BLOB", nullable: true),
                    mfa_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    disabled_at_ms = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => new { x.practice_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_practice_id_patient_id",
                table: "outbox",
                columns: new[] { "practice_id", "patient_id" });

            migrationBuilder.CreateIndex(
                name: "IX_breaches_practice_id",
                table: "breaches",
                column: "practice_id");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_practice_id_at_ms",
                table: "break_glass",
                columns: new[] { "practice_id", "at_ms" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_practice_id_patient_id_purpose",
                table: "consents",
                columns: new[] { "practice_id", "patient_id", "purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_practice_id_kind",
                table: "reviews",
                columns: new[] { "practice_id", "kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "breaches");

            migrationBuilder.DropTable(
                name: "break_glass");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "patient_keys");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "signing_keys");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropPrimaryKey(
                name: "PK_practice_keys",
                table: "practice_keys");

            migrationBuilder.DropIndex(
                name: "IX_outbox_practice_id_patient_id",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "version",
                table: "practice_keys");

            migrationBuilder.DropColumn(
                name: "erased_at_ms",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "patient_id",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "breach_notice_days",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "service",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "subprocessors",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "terminated_on",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "termination",
                table: "agreements");

            migrationBuilder.AddPrimaryKey(
                name: "PK_practice_keys",
                table: "practice_keys",
                column: "practice_id");
        }
    }
}
