using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchSubjectRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Revision",
                table: "person_match_subjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_person_match_subjects_Revision",
                table: "person_match_subjects",
                column: "Revision");

            // Every insert, and every change of a subject's forms, takes the next revision, so that a server's resident
            // index can read what changed since it last looked (ResidentMatchIndex). SQLite writes one transaction at a
            // time, so revisions become visible in the order they were given. EF cannot express triggers: a later
            // migration that makes EF rebuild this table must create them again.
            migrationBuilder.Sql("UPDATE \"person_match_subjects\" SET \"Revision\" = \"Number\";");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"person_match_subjects_revision_insert\" AFTER INSERT ON \"person_match_subjects\" " +
                "BEGIN UPDATE \"person_match_subjects\" SET \"Revision\" = (SELECT IFNULL(MAX(\"Revision\"), 0) + 1 FROM \"person_match_subjects\") WHERE \"Number\" = NEW.\"Number\"; END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"person_match_subjects_revision_update\" AFTER UPDATE OF \"Forms\", \"PersonId\" ON \"person_match_subjects\" " +
                "BEGIN UPDATE \"person_match_subjects\" SET \"Revision\" = (SELECT IFNULL(MAX(\"Revision\"), 0) + 1 FROM \"person_match_subjects\") WHERE \"Number\" = NEW.\"Number\"; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"person_match_subjects_revision_insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"person_match_subjects_revision_update\";");

            migrationBuilder.DropIndex(
                name: "IX_person_match_subjects_Revision",
                table: "person_match_subjects");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "person_match_subjects");
        }
    }
}
