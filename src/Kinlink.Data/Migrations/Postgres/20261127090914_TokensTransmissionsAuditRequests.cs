using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TokensTransmissionsAuditRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReportedByPartyId",
                table: "status_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Action",
                table: "audit_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50);

            migrationBuilder.AddColumn<string>(
                name: "Request",
                table: "audit_entries",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_api_tokens_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientPartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusEventId = table.Column<Guid>(type: "uuid", nullable: true),
                    TransmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transmissions_parties_RecipientPartyId",
                        column: x => x.RecipientPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transmissions_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_transmissions_status_events_StatusEventId",
                        column: x => x.StatusEventId,
                        principalTable: "status_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_events_ReportedByPartyId",
                table: "status_events",
                column: "ReportedByPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Organisation_Sequence",
                table: "audit_entries",
                columns: new[] { "Organisation", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_Hash",
                table: "api_tokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_UserId_Name",
                table: "api_tokens",
                columns: new[] { "UserId", "Name" },
                unique: true,
                filter: "\"RevokedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_transmissions_PersonId",
                table: "transmissions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_transmissions_RecipientPartyId_AcknowledgedAt_Id",
                table: "transmissions",
                columns: new[] { "RecipientPartyId", "AcknowledgedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_transmissions_StatusEventId",
                table: "transmissions",
                column: "StatusEventId");

            migrationBuilder.AddForeignKey(
                name: "FK_status_events_parties_ReportedByPartyId",
                table: "status_events",
                column: "ReportedByPartyId",
                principalTable: "parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_status_events_parties_ReportedByPartyId",
                table: "status_events");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "transmissions");

            migrationBuilder.DropIndex(
                name: "IX_status_events_ReportedByPartyId",
                table: "status_events");

            migrationBuilder.DropIndex(
                name: "IX_audit_entries_Organisation_Sequence",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "users");

            migrationBuilder.DropColumn(
                name: "ReportedByPartyId",
                table: "status_events");

            migrationBuilder.DropColumn(
                name: "Request",
                table: "audit_entries");

            migrationBuilder.AlterColumn<string>(
                name: "Action",
                table: "audit_entries",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
