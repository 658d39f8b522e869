using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ward.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KnowledgeBase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "queue",
                table: "conversations",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "knowledge_entries",
                columns: table => new
                {
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    entry_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    expires_on = table.Column<string>(type: "text", nullable: true),
                    document = table.Column<string>(type: "text", nullable: false),
                    updated_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_entries", x => new { x.practice_id, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "staff_tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    conversation_id = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    intent = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    citations = table.Column<string>(type: "text", nullable: true),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_tasks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conversations_practice_id_queue",
                table: "conversations",
                columns: new[] { "practice_id", "queue" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_tasks_practice_id_status_created_at_ms",
                table: "staff_tasks",
                columns: new[] { "practice_id", "status", "created_at_ms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "knowledge_entries");

            migrationBuilder.DropTable(
                name: "staff_tasks");

            migrationBuilder.DropIndex(
                name: "IX_conversations_practice_id_queue",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "queue",
                table: "conversations");
        }
    }
}
