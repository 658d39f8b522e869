using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ward.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PortalIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "date_of_birth_cipher",
                table: "patients",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "portal_challenges",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    phone_index = table.Column<string>(type: "TEXT", nullable: false),
                    source_index = table.Column<string>(type: "TEXT", nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", nullable: true),
                    code_hash = table.Column<string>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    used_at_ms = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_challenges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "portal_sessions",
                columns: table => new
                {
                    token_hash = table.Column<string>(type: "TEXT", nullable: false),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", nullable: false),
                    verified_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    revoked_at_ms = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_sessions", x => x.token_hash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_portal_challenges_practice_id_phone_index_created_at_ms",
                table: "portal_challenges",
                columns: new[] { "practice_id", "phone_index", "created_at_ms" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_challenges_source_index_created_at_ms",
                table: "portal_challenges",
                columns: new[] { "source_index", "created_at_ms" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_sessions_practice_id_patient_id",
                table: "portal_sessions",
                columns: new[] { "practice_id", "patient_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "portal_challenges");

            migrationBuilder.DropTable(
                name: "portal_sessions");

            migrationBuilder.DropColumn(
                name: "date_of_birth_cipher",
                table: "patients");
        }
    }
}
