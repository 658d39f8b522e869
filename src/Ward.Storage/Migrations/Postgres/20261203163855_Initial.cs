using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ward.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    vendor = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    executed_on = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    actor_type = table.Column<string>(type: "text", nullable: false),
                    actor_id = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    resource_type = table.Column<string>(type: "text", nullable: false),
                    resource_id = table.Column<string>(type: "text", nullable: false),
                    fields = table.Column<string>(type: "text", nullable: false),
                    purpose = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    source_address = table.Column<string>(type: "text", nullable: false),
                    previous_hash = table.Column<string>(type: "text", nullable: false),
                    hash = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => new { x.practice_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "chain_heads",
                columns: table => new
                {
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chain_heads", x => x.practice_id);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    patient_id = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    reply_address_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    language = table.Column<string>(type: "text", nullable: true),
                    last_category = table.Column<string>(type: "text", nullable: true),
                    last_inbound_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    conversation_id = table.Column<string>(type: "text", nullable: false),
                    direction = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    provider_message_id = table.Column<string>(type: "text", nullable: true),
                    body_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: true),
                    category = table.Column<string>(type: "text", nullable: true),
                    kinds = table.Column<string>(type: "text", nullable: true),
                    numbers = table.Column<string>(type: "text", nullable: true),
                    language = table.Column<string>(type: "text", nullable: true),
                    delivery_status = table.Column<string>(type: "text", nullable: true),
                    delivery_error = table.Column<string>(type: "text", nullable: true),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    delivery_updated_at_ms = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: true),
                    payload_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    lease_until_ms = table.Column<long>(type: "bigint", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    provider_message_id = table.Column<string>(type: "text", nullable: true),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    finished_at_ms = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    phone_index = table.Column<string>(type: "text", nullable: false),
                    phone_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    name_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    phone_region = table.Column<string>(type: "text", nullable: true),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "practice_keys",
                columns: table => new
                {
                    practice_id = table.Column<string>(type: "text", nullable: false),
                    master_key_id = table.Column<string>(type: "text", nullable: false),
                    encryption_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    index_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_keys", x => x.practice_id);
                });

            migrationBuilder.CreateTable(
                name: "practices",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    country = table.Column<string>(type: "text", nullable: false),
                    time_zone = table.Column<string>(type: "text", nullable: false),
                    whats_app_phone_number_id = table.Column<string>(type: "text", nullable: true),
                    sms_number = table.Column<string>(type: "text", nullable: true),
                    sms_account_sid = table.Column<string>(type: "text", nullable: true),
                    settings_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    updated_at_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practices", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_practice_id_vendor",
                table: "agreements",
                columns: new[] { "practice_id", "vendor" });

            migrationBuilder.CreateIndex(
                name: "IX_conversations_practice_id_patient_id_channel",
                table: "conversations",
                columns: new[] { "practice_id", "patient_id", "channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messages_channel_provider_message_id",
                table: "messages",
                columns: new[] { "channel", "provider_message_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messages_practice_id_conversation_id_created_at_ms",
                table: "messages",
                columns: new[] { "practice_id", "conversation_id", "created_at_ms" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_status_next_attempt_at_ms",
                table: "outbox",
                columns: new[] { "status", "next_attempt_at_ms" });

            migrationBuilder.CreateIndex(
                name: "IX_patients_practice_id_phone_index",
                table: "patients",
                columns: new[] { "practice_id", "phone_index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_practices_sms_number",
                table: "practices",
                column: "sms_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_practices_whats_app_phone_number_id",
                table: "practices",
                column: "whats_app_phone_number_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "chain_heads");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "patients");

            migrationBuilder.DropTable(
                name: "practice_keys");

            migrationBuilder.DropTable(
                name: "practices");
        }
    }
}
