using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ward.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "acknowledged_at_ms",
                table: "messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "acknowledged_by",
                table: "messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sent_by",
                table: "messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assigned_to",
                table: "conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "taken_over_at_ms",
                table: "conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "taken_over_by",
                table: "conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "conversation_notes",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    practice_id = table.Column<string>(type: "TEXT", nullable: false),
                    conversation_id = table.Column<string>(type: "TEXT", nullable: false),
                    author_id = table.Column<string>(type: "TEXT", nullable: false),
                    body_cipher = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_notes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_notes_practice_id_conversation_id_created_at_ms",
                table: "conversation_notes",
                columns: new[] { "practice_id", "conversation_id", "created_at_ms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_notes");

            migrationBuilder.DropColumn(
                name: "acknowledged_at_ms",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "acknowledged_by",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "sent_by",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "assigned_to",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "taken_over_at_ms",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "taken_over_by",
                table: "conversations");
        }
    }
}
