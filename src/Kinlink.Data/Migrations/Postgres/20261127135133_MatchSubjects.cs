using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MatchSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The keys are derived rows: start-up writes them again (MatchKeyBackfill), since the key scheme's
            // fingerprint names the new storage. Rows keyed by person id could not take a subject number anyway.
            migrationBuilder.Sql("DELETE FROM person_match_keys;");

            migrationBuilder.DropForeignKey(
                name: "FK_person_match_keys_persons_PersonId",
                table: "person_match_keys");

            migrationBuilder.DropPrimaryKey(
                name: "PK_person_match_keys",
                table: "person_match_keys");

            migrationBuilder.DropIndex(
                name: "IX_person_match_keys_PersonId",
                table: "person_match_keys");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "person_match_keys");

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "person_match_keys",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_person_match_keys",
                table: "person_match_keys",
                columns: new[] { "Key", "Number" });

            migrationBuilder.CreateTable(
                name: "person_match_subjects",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Forms = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_match_subjects", x => x.Number);
                    table.ForeignKey(
                        name: "FK_person_match_subjects_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_person_match_keys_Number",
                table: "person_match_keys",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_person_match_subjects_PersonId",
                table: "person_match_subjects",
                column: "PersonId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_person_match_keys_person_match_subjects_Number",
                table: "person_match_keys",
                column: "Number",
                principalTable: "person_match_subjects",
                principalColumn: "Number",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_person_match_keys_person_match_subjects_Number",
                table: "person_match_keys");

            migrationBuilder.DropTable(
                name: "person_match_subjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_person_match_keys",
                table: "person_match_keys");

            migrationBuilder.DropIndex(
                name: "IX_person_match_keys_Number",
                table: "person_match_keys");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "person_match_keys");

            migrationBuilder.AddColumn<Guid>(
                name: "PersonId",
                table: "person_match_keys",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddPrimaryKey(
                name: "PK_person_match_keys",
                table: "person_match_keys",
                columns: new[] { "Key", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_person_match_keys_PersonId",
                table: "person_match_keys",
                column: "PersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_person_match_keys_persons_PersonId",
                table: "person_match_keys",
                column: "PersonId",
                principalTable: "persons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
