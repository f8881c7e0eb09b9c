using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The keys are derived rows: start-up writes them again (MatchKeyBackfill), since the key scheme's
            // fingerprint names the new storage. The table is made anew WITHOUT ROWID, which EF cannot express:
            // the primary key is then the table itself, half the space of a rowid table with a separate key index.
            migrationBuilder.DropTable(
                name: "person_match_keys");

            migrationBuilder.CreateTable(
                name: "person_match_subjects",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Forms = table.Column<string>(type: "TEXT", nullable: false)
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

            migrationBuilder.Sql(
                "CREATE TABLE \"person_match_keys\" (" +
                "\"Key\" INTEGER NOT NULL, " +
                "\"Number\" INTEGER NOT NULL, " +
                "CONSTRAINT \"PK_person_match_keys\" PRIMARY KEY (\"Key\", \"Number\"), " +
                "CONSTRAINT \"FK_person_match_keys_person_match_subjects_Number\" FOREIGN KEY (\"Number\") REFERENCES \"person_match_subjects\" (\"Number\") ON DELETE CASCADE" +
                ") WITHOUT ROWID;");

            migrationBuilder.CreateIndex(
                name: "IX_person_match_keys_Number",
                table: "person_match_keys",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_person_match_subjects_PersonId",
                table: "person_match_subjects",
                column: "PersonId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_match_keys");

            migrationBuilder.DropTable(
                name: "person_match_subjects");

            migrationBuilder.CreateTable(
                name: "person_match_keys",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_match_keys", x => new { x.Key, x.PersonId });
                    table.ForeignKey(
                        name: "FK_person_match_keys_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_person_match_keys_PersonId",
                table: "person_match_keys",
                column: "PersonId");
        }
    }
}
